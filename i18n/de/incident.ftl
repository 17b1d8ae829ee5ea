# Erstkontakt (flows/incident.yaml).
# Texte sind Telegram-HTML: <b>, <i>, <code>; für „&“ bitte &amp; schreiben.
# $register ist „informal“ (du), „formal“ (Sie) oder „neutral“ vor der Altersfrage.

welcome =
    <b>Willkommen. Hier kann man erzählen, was passiert ist, ohne Urteil.</b>

    Dieser Bot hilft, wenn ein intimes oder sexuelles Bild ohne Zustimmung verbreitet wird, echt oder gefälscht, oder wenn jemand damit droht.

    • Was hier geschrieben wird, ist auf unserem Server verschlüsselt.
    • /delete löscht jederzeit alles.
    • Das hier ist nicht die Polizei und kein Notdienst.
    • /emergency zeigt jederzeit die Notrufnummern.
    • /exit leert diesen Chat auf einmal (siehe /help).

danger-question = Besteht gerade jetzt eine akute Gefahr?
danger-yes = Ja, jetzt in Gefahr
danger-no = Nein, gerade nicht

btn-continue-safe = Weiter

who-question = Wer ist betroffen?
who-me = Ich
who-child = Mein Kind
who-other = Eine andere Person

age-question = { $who ->
    [me] Welche Altersgruppe? Das hilft, die richtige Hilfe zu finden.
    [child] Wie alt ist Ihr Kind?
   *[other] Wie alt ist die betroffene Person?
}
age-under18 = Unter 18
age-adult = 18 oder älter

country-question = { $register ->
    [informal] In welchem Land lebst du?
   *[formal] In welchem Land leben Sie?
}
country-fr = Frankreich
country-lu = Luxemburg
country-other = Anderswo

kind-question = Was ist passiert? Das Nächstliegende genügt.
kind-ai-image = Ein mit KI gemachtes oder bearbeitetes sexuelles Bild
kind-shared-image = Ein echtes intimes Bild, ohne Zustimmung verbreitet
kind-sextortion = Drohungen oder Erpressung mit Bildern
kind-child-image = Ein sexuelles Bild eines Kindes, online gesehen
kind-other = Etwas anderes

describe-question = { $register ->
    [informal] Erzähl in deinen Worten, was passiert ist. Du kannst das auch überspringen.
   *[formal] Erzählen Sie in Ihren Worten, was passiert ist. Sie können das auch überspringen.
}
typed-is-encrypted = <i>Was hier geschrieben wird, ist auf unserem Server verschlüsselt und wird im Chat nicht wiederholt.</i>

links-question = { $kind ->
    [sextortion] { $register ->
        [informal] Wenn Bilder veröffentlicht wurden, schick den Link oder die Links. Sonst drück auf „Ich habe keinen Link“. Schick mir nie das Bild selbst.
       *[formal] Wenn Bilder veröffentlicht wurden, senden Sie den Link oder die Links. Sonst drücken Sie auf „Ich habe keinen Link“. Senden Sie nie das Bild selbst.
    }
   *[other] { $register ->
        [informal] Schick den Link oder die Links, wo es zu sehen ist (ein Beitrag, ein Profil). Schick mir nie das Bild selbst.
       *[formal] Senden Sie den Link oder die Links, wo es zu sehen ist (ein Beitrag, ein Profil). Senden Sie nie das Bild selbst.
    }
}
links-none = Ich habe keinen Link

when-question = { $register ->
    [informal] Wann ist es passiert, oder wann hast du es gesehen? Wähle, oder schreib ein Datum.
   *[formal] Wann ist es passiert, oder wann haben Sie es gesehen? Wählen Sie, oder schreiben Sie ein Datum.
}
when-today = Heute
when-yesterday = Gestern
when-this-week = Diese Woche
when-earlier = Früher
when-unknown = Ich weiß es nicht

account-question = { $kind ->
    [sextortion] { $register ->
        [informal] Wer bedroht dich? Schreib den Kontonamen oder den Profil-Link, oder überspring das.
       *[formal] Wer bedroht Sie? Schreiben Sie den Kontonamen oder den Profil-Link, oder überspringen Sie das.
    }
   *[other] { $register ->
        [informal] Welches Konto hat es veröffentlicht? Schreib den Namen oder den Profil-Link, oder überspring das.
       *[formal] Welches Konto hat es veröffentlicht? Schreiben Sie den Namen oder den Profil-Link, oder überspringen Sie das.
    }
}

advice-evidence-title = <b>Beweise sicher festhalten</b>
advice-child =
    Wenn ein Kind zu sehen ist, darf das Bild nie aufbewahrt werden:
    • kein Screenshot, kein Download;
    • nie weiterleiten, auch nicht, um es zu melden: das ist verboten und strafbar.

    Der Link, der Kontoname und die Uhrzeit reichen. Sie sind hier schon notiert.

advice-child-own =
    Behalte das Bild nicht und schick es niemandem, auch nicht, um Hilfe zu bekommen: kein Screenshot, kein Download. Wenn du schon einen Screenshot hast, kannst du ihn löschen.

    Der Link, der Name des Kontos und die Uhrzeit reichen. Sie sind hier schon notiert.

advice-adult =
    <b>Beweise sicher festhalten</b>

    • Den Link zum Beitrag und zum Profil notieren, die Plattform, den Kontonamen, Datum und Uhrzeit.
    • Ein Screenshot, der Adresse und Datum zeigt, hilft: privat aufbewahren.
    • Beweise <b>vor</b> dem Melden oder Blockieren sichern: eine Meldung kann den Inhalt verschwinden lassen.
    • Den Inhalt nie teilen oder weiterleiten, auch nicht, um ihn anzuprangern.
    • Das Konto <b>nach</b> dem Notieren der Beweise blockieren; das eigene Konto nicht löschen.

advice-sextortion =
    <b>Bei Erpressung</b>
    • Nicht zahlen, keine weiteren Bilder schicken, nicht antworten.
    • Die Worte der Drohung notieren und was verlangt wird (Betrag, Zahlungsweg).
    • Die Nachrichten behalten, dann das Konto blockieren, sobald die Beweise notiert sind. Das eigene Konto und den Chat nicht löschen.
    • Im Unrecht ist die Person, die droht. Nicht die bedrohte Person.

end = { $register ->
    [informal] Danke. Was du notiert hast, bleibt verschlüsselt auf unserem Server. Du kannst jederzeit wiederkommen.
   *[formal] Danke. Was Sie notiert haben, bleibt verschlüsselt auf unserem Server. Sie können jederzeit wiederkommen.
}

checkin-question = { $register ->
    [informal] Soll ich mich später noch einmal bei dir melden?
   *[formal] Soll ich mich später noch einmal bei Ihnen melden?
}
checkin-discreet = <i>Die Nachricht ist neutral: Sie sagt nichts darüber, was passiert ist, auch nicht in der Benachrichtigung. Nie zwischen 21 und 9 Uhr.</i>
checkin-1 = In 1 Tag
checkin-3 = In 3 Tagen
checkin-7 = In 1 Woche
checkin-no = Nein danke
field-checkin = Erinnerung

first-aid-intro = <b>Zuerst das Wichtigste, sofort.</b>
writer-age-question = Und die Person, die hier schreibt: welche Altersgruppe? Das hilft, die passende Hilfe zu finden.
advice-not-your-fault = { $register ->
    [informal] Du bist nicht schuld, und du riskierst nichts, wenn du Hilfe suchst. Wenn du kannst, sprich mit einem Erwachsenen, dem du vertraust (Eltern, Schulsozialarbeit, Lehrkraft).
   *[formal] Sie sind nicht schuld, und Sie riskieren nichts, wenn Sie Hilfe suchen.
}
advice-witness = Einen Screenshot oder eine gespeicherte Kopie, die schon gemacht wurde: löschen, ohne sie jemandem zu zeigen. Für die Meldung genügt der Link.
