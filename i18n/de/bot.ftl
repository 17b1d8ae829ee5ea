# Gemeinsame Texte: Knöpfe, Menü, Nachrichten des Bots.

progress = Schritt { $current } von { $total }
btn-begin = Anfangen
btn-continue = Weiter
btn-done = Das ist alles
btn-skip = Überspringen
btn-back = ← Zurück
btn-stop = ✕ Aufhören
btn-sos = 🆘 Notfall
btn-exit = 🚪 Schnell raus
btn-resume = Weitermachen

notice-link-refused = { $register ->
    [informal] „{ $scheme }:“-Links speichere ich nicht: Sie führen zu keiner Webseite und können etwas anderes verbergen. Kopiere lieber die Adresse der Seite, die mit https:// beginnt.
   *[formal] „{ $scheme }:“-Links speichere ich nicht: Sie führen zu keiner Webseite und können etwas anderes verbergen. Kopieren Sie lieber die Adresse der Seite, die mit https:// beginnt.
}
notice-link-too-long = { $register ->
    [informal] Dieser Link ist zu lang zum Speichern. Kopiere die Adresse des Beitrags selbst, ohne das, was nach dem „?“ kommt.
   *[formal] Dieser Link ist zu lang zum Speichern. Kopieren Sie die Adresse des Beitrags selbst, ohne das, was nach dem „?“ kommt.
}
notice-links-saved = { $count ->
    [one] Link gespeichert.
   *[other] { $count } Links gespeichert.
} { $register ->
    [informal] Du kannst weitere schicken oder „Das ist alles“ drücken.
   *[formal] Sie können weitere senden oder „Das ist alles“ drücken.
}
notice-date-impossible = { $register ->
    [informal] Dieses Datum gibt es im Kalender nicht. Schreib es zum Beispiel so: 03.11.2026, oder wähle einen Knopf.
   *[formal] Dieses Datum gibt es im Kalender nicht. Schreiben Sie es zum Beispiel so: 03.11.2026, oder wählen Sie einen Knopf.
}
notice-stale = Machen wir da weiter, wo wir waren.
notice-flow-changed = Das Gespräch wurde inzwischen aktualisiert. Nichts von dem, was notiert wurde, ist verloren.

menu-intro = Was jetzt?
menu-note = ✍️ Notiz hinzufügen
menu-notes = 📒 Meine Notizen
menu-help = 🆘 Sofort Hilfe
menu-delete = 🗑 Meine Daten löschen
menu-start = Erzählen, was passiert ist

stopped = In Ordnung, wir hören hier auf. Was notiert wurde, bleibt verschlüsselt. /start, um neu anzufangen, /delete, um alles zu löschen.

emergency-back = Sobald es geht, machen wir da weiter, wo wir waren.

note-ask = { $register ->
    [informal] Schreib deine Notiz. Sie wird auf unserem Server verschlüsselt, mit Datum.
   *[formal] Schreiben Sie Ihre Notiz. Sie wird auf unserem Server verschlüsselt, mit Datum.
}
note-saved = Notiz gespeichert, verschlüsselt, mit Datum.
notes-warning = { $register ->
    [informal] ⚠️ Deine Notizen erscheinen gleich auf dem Bildschirm. Achte darauf, dass niemand zuschaut.
   *[formal] ⚠️ Ihre Notizen erscheinen gleich auf dem Bildschirm. Achten Sie darauf, dass niemand zuschaut.
}
notes-show = Meine Notizen zeigen
notes-empty = Noch keine Notizen.
notes-header = <b>Meine Notizen</b>, Seite { $page } von { $pages } (neueste zuerst)
notes-newer = ‹ Neuere
notes-older = Ältere ›
notes-export = 📄 Alles als PDF exportieren
note-unreadable = Diese Notiz konnte nicht gelesen werden.
field-describe = Schilderung
field-link = Link
field-links = Links
field-when = Wann
field-account = Konto
field-note = Notiz
field-danger = Akute Gefahr
field-who = Betroffene Person
field-age = Alter
field-writer_age = Alter der schreibenden Person
field-country = Land
field-kind = Was passiert ist

held-ask = { $register ->
    [informal] Diese Nachricht in deinen Notizen behalten? Sie wird auf unserem Server verschlüsselt.
   *[formal] Diese Nachricht in den Notizen behalten? Sie wird auf unserem Server verschlüsselt.
}
held-keep = ✍️ Ja, als Notiz behalten
held-drop = Nein

export-ready = { $register ->
    [informal] Hier ist deine Akte als PDF. Sie bleibt in diesem Chat: speichere sie an einem sicheren Ort und lösche sie dann hier, falls jemand anderes dein Handy sehen kann.
   *[formal] Hier ist Ihre Akte als PDF. Sie bleibt in diesem Chat: speichern Sie sie an einem sicheren Ort und löschen Sie sie dann hier, falls jemand anderes Ihr Handy sehen kann.
}

delete-confirm = Alles löschen? Notizen, Links, Antworten: nichts kann wiederhergestellt werden.
delete-yes = Ja, alles löschen
delete-no = Nein, behalten
delete-done = { $entries ->
        [0] Gelöscht: alle Antworten und der Schlüssel, der sie verschlüsselt hat.
        [one] Gelöscht: 1 Notiz oder Link, alle Antworten und der Schlüssel, der sie verschlüsselt hat.
       *[other] Gelöscht: { $entries } Notizen und Links, alle Antworten und der Schlüssel, der sie verschlüsselt hat.
    } Hier ist nichts mehr übrig. { $register ->
        [informal] Nur du kannst diesen Chat in Telegram löschen (lange auf die Unterhaltung drücken, „Löschen“) und ein PDF, das du schon auf deinem Handy gespeichert hast.
       *[formal] Nur Sie können diesen Chat in Telegram löschen (lange auf die Unterhaltung drücken, „Löschen“) und ein PDF, das Sie schon auf Ihrem Handy gespeichert haben.
    }
delete-kept = In Ordnung, nichts wurde gelöscht.

media-deleted =
    Ich habe diese Datei aus dem Chat entfernt: Ich behalte nie Bilder oder Dateien.
    Ein Link zu der Stelle, wo sie erscheint, reicht.
media-deleted-child =
    Ich habe diese Datei aus dem Chat entfernt. Wenn ein Kind zu sehen ist, ist schon das Aufbewahren oder Senden des Bildes strafbar.
    Der Link, der Kontoname und die Uhrzeit reichen. Ist das Bild auf dem Gerät, löscht man es am besten.
media-not-deleted = { $register ->
    [informal] Ich konnte diese Datei nicht entfernen: bitte lösch sie selbst aus dem Chat.
   *[formal] Ich konnte diese Datei nicht entfernen: bitte löschen Sie sie selbst aus dem Chat.
}
unsupported = Ich kann nur Text und Knöpfe lesen.

help =
    <b>Abri</b> hilft, wenn intime oder sexuelle Bilder verbreitet werden oder jemand damit droht.
    /start: erzählen, was passiert ist
    /notes: meine Notizen
    /export: meine Notizen als PDF
    /emergency: Notrufnummern
    /exit: schnell raus
    /language: Sprache ändern
    /reminders: meine Erinnerungen
    /delete: alles löschen
    Was hier geschrieben wird, ist auf unserem Server verschlüsselt. Das hier ist nicht die Polizei und kein Notdienst.

    <b>Schnell raus</b> (/exit oder der Knopf 🚪): Der Bot löscht die Nachrichten dieses Gesprächs aus den letzten 48 Stunden, behält die Notizen und hinterlässt nur ein „OK“. Das verbirgt den Chat vor jemandem, der kurz aufs Handy schaut, nicht vor Spionage-Software. Um den Chat selbst zu entfernen: ihn in der Chatliste lange drücken, dann „Löschen“ (auf dem iPhone: nach links wischen).

error-generic = { $register ->
    [informal] Bei uns ist etwas schiefgelaufen. Deine Notizen sind sicher. Versuch es gleich noch einmal.
   *[formal] Bei uns ist etwas schiefgelaufen. Ihre Notizen sind sicher. Bitte versuchen Sie es gleich noch einmal.
}

language-ask = Quelle langue ? / Which language? / Welche Sprache?
language-set = Notiert: Ich mache auf Deutsch weiter.
language-name-fr = Français
language-name-en = English
language-name-de = Deutsch

# Das Befehlsmenü von Telegram (setMyCommands)
command-start = Erzählen, was passiert ist
command-help = Hilfe und Befehle
command-notes = Meine Notizen
command-export = Meine Notizen als PDF
command-delete = Alles löschen
command-urgence = Sofort Hilfe
command-exit = Schnell raus: Chat leeren
command-language = Sprache ändern

reminder-text = Hallo 👋 Hier ist die gewünschte Nachricht. Sollen wir eine Zwischenbilanz ziehen?
reminder-yes = Ja
reminder-later = Später
reminder-stop = Erinnerungen beenden
reminders-planned = Notiert: Eine Nachricht kommt am { $when }.
reminders-none = Keine Erinnerung geplant. Wann soll eine Nachricht kommen?
reminders-list = Geplante Erinnerungen:
reminders-item = • am { $when }
reminders-stop-all = Erinnerungen beenden
reminders-stopped = Erledigt: keine Erinnerungen mehr.
command-reminders = Meine Erinnerungen
reminders-zone = 🕘 Zeitzone: { $zone }
reminders-zone-ask = Welche Zeitzone? Zwischen 21 und 9 Uhr kommt dort keine Nachricht.
reminders-zone-name = 🕘 { $zone }

exit-word = OK

# Wie lange Daten ohne Nachricht aufbewahrt werden (/help, die Warnung, die Akte).
help-retention = { $days ->
    [0] <b>Aufbewahrung</b>: Was hier notiert ist, bleibt, bis es mit /delete gelöscht wird.
   *[other] <b>Aufbewahrung</b>: Nach { $days } Tagen ohne Nachricht wird alles hier Notierte gelöscht, wie mit /delete. Eine Woche vorher kommt eine Nachricht.
}
retention-button = 🗓 Aufbewahrungsdauer
retention-ask = Wie lange soll das hier Notierte ohne Nachricht aufbewahrt werden? Jede Nachricht und jeder Knopf zählt als Nachricht.
retention-choice = { $current ->
    [true] ✓{ " " }
   *[false] { "" }
}{ $days ->
    [0] Bis ich es lösche
    [365] 1 Jahr
   *[other] { $days } Tage
}
retention-set = { $until ->
    [never] Notiert: aufbewahrt, bis es mit /delete gelöscht wird.
   *[other] Notiert: ohne Nachricht gelöscht am { $until }.
}
retention-warning = Hallo 👋 Ohne Nachricht bis dahin wird das hier Aufbewahrte am { $day } gelöscht. Um es zu behalten, einfach „Behalten“ drücken.
retention-keep = Behalten
retention-choose = 🗓 Dauer wählen
retention-delete-now = 🗑 Jetzt alles löschen
dossier-retention = { $days ->
    [0] Abri bewahrt diese Notizen auf, bis sie mit /delete gelöscht werden.
   *[other] Abri löscht diese Notizen nach { $days } Tagen ohne Nachricht (die Dauer wird in /help gewählt). Dieses PDF bleibt, wo es gespeichert wurde.
}
