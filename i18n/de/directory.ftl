# Das Verzeichnis der Anlaufstellen (flows/directory.yaml): wie jede Stelle vorgestellt wird.
# Die Nummern stehen in directory.yaml: hier nicht ein zweites Mal schreiben.

referral-intro = <b>Wohin man sich wenden kann</b>
referral-elsewhere = Dieser Bot kennt sich vor allem in Frankreich und Luxemburg aus. Das Folgende gilt überall.
referral-minor-complaint-fr = { $register ->
    [informal] Du kannst Anzeige erstatten, mit einem Erwachsenen, dem du vertraust: bei der Polizei oder Gendarmerie. Du bist das Opfer, nicht im Unrecht.
   *[formal] Minderjährige können Anzeige erstatten, begleitet von einem Erwachsenen: bei der Polizei oder Gendarmerie.
}
referral-minor-complaint-lu = { $register ->
    [informal] Du kannst zur Polizei (113) gehen, auf eine Wache, mit einem Erwachsenen, dem du vertraust. Du bist das Opfer, nicht im Unrecht.
   *[formal] Minderjährige können zur Polizei (113) gehen, auf eine Wache, begleitet von einem Erwachsenen.
}
referral-police-elsewhere = Erpressung ist überall eine Straftat: Die Polizei am Wohnort nimmt eine Anzeige auf.

emergency-title = <b>Bei Gefahr sofort anrufen:</b>
emergency-line = 📞 <b>{ $number }</b>: { $name }
emergency-line-sms = 💬 <b>{ $number }</b>: { $name }

service-title = <b>{ $name }</b>
service-link = 🔗 { $name }
service-chat = 💬 { $name }: Chat
reach-phone = 📞 { $number }
reach-sms = 💬 { $number } (SMS)
reach-always = 🕒 rund um die Uhr
reach-daily = 🕒 täglich { $opens }–{ $closes }

notice-platforms = Gesehen auf: { $names }. Am Ende steht, wie man es dort meldet.
platform-report = { $platform ->
    [telegram] <b>{ $name }</b>: die Nachricht lange drücken, dann „Melden“. Für einen Kanal oder eine Gruppe: das Profil öffnen, ⋮, „Melden“.
    [whatsapp] <b>{ $name }</b>: den Chat öffnen, auf den Namen des Kontakts tippen, dann „Melden“.
    [snapchat] <b>{ $name }</b>: den Snap oder den Kontonamen lange drücken, dann „Melden“.
   *[other] <b>{ $name }</b>: beim Beitrag auf ⋯ oder ⋮ tippen, dann „Melden“. Auch das Konto melden.
}

service-police_17-name = Polizei (Frankreich)
service-police_17 = Bei akuter Gefahr.
service-emergency_112-name = Notruf, überall in Europa
service-emergency_112 = Polizei, Rettungsdienst, Feuerwehr. Kostenlos, von jedem Telefon.
service-sms_114-name = Notruf per SMS (Frankreich)
service-sms_114 = Wenn man nicht sprechen oder hören kann: eine SMS schreiben.
service-police_lu-name = Polizei (Luxemburg)
service-police_lu = Im Notfall, und für eine Anzeige: auf einer Polizeiwache (die Online-Wache nimmt nur Diebstähle und verlorene Sachen auf).
service-line_3114-name = Suizidprävention (Frankreich), rund um die Uhr
service-line_3114 = Wenn man an Suizid denkt oder sich um jemanden sorgt. Kostenlos, rund um die Uhr, Pflegekräfte und Psychologen antworten.
service-samu_15-name = SAMU, medizinischer Notfall (Frankreich)
service-samu_15 = Ein medizinischer Notfall: geschluckte Tabletten, eine Verletzung.
service-fil_sante_jeunes-name = Fil Santé Jeunes
service-fil_sante_jeunes = Für 12- bis 25-Jährige: jemand zum Reden, kostenlos und anonym, am Telefon oder im Chat (auf Französisch).
service-sos_detresse-name = SOS Détresse
service-sos_detresse = Jemand zum Reden, wenn es einem schlecht geht, anonym, auf Luxemburgisch, Deutsch, Französisch oder Englisch; auch per Chat.
service-line_116000-name = Zuhören für junge Menschen (Luxemburg), rund um die Uhr
service-line_116000 = Für junge Menschen, rund um die Uhr: Dort hört man auch zu, wenn es einem sehr schlecht geht.

service-pharos-name = Pharos
service-pharos = Den Link den Polizei- und Gendarmeriekräften melden, die öffentliche Inhalte im Netz prüfen. Nur öffentliche Inhalte; private Nachrichten gehen an die Polizei. Eine Meldung ist keine Anzeige.
service-line_3018-name = 3018
service-line_3018 = Für junge Menschen, die online Gewalt erleben, und ihre Eltern. Kostenlos, anonym, vertraulich. Kann Inhalte auf vielen Plattformen schnell entfernen lassen. Auch per Chat und in der 3018-App.
service-cyber_17-name = 17Cyber
service-cyber_17 = Die Online-Hilfe des französischen Staates bei Erpressung und Cybermobbing: eine Einschätzung, dann in schweren Fällen ein Chat mit der Polizei, rund um die Uhr.
service-allo_119-name = 119 – Allô Enfance en Danger
service-allo_119 = Für Kinder und Jugendliche in Gefahr und Erwachsene, die sich um ein Kind sorgen. Kostenlos; der Anruf erscheint nicht auf der Rechnung.
service-france_victimes-name = 116 006 – France Victimes
service-france_victimes = Eine Hilfe-Hotline für alle Opfer. Kostenlos, keine Anzeige nötig. Aus dem Ausland: +33 1 80 52 33 76.
service-point_de_contact-name = Point de Contact
service-point_de_contact = Ein Verein, bei dem man illegale Inhalte im Netz anonym melden kann.
service-thesee-name = THESEE
service-thesee = Meldung und Anzeige online bei Betrug, wenn drei Dinge zutreffen: Man kannte die Person nur online, es gibt Erpressung, und es wird Geld verlangt. Für die Anzeige braucht man FranceConnect.
service-plainte-name = Anzeige erstatten
service-plainte = Bei jeder Polizei- oder Gendarmeriestation. Minderjährige können mit einem Erwachsenen Anzeige erstatten. Die hier notierten Links und Daten mitbringen: /export macht daraus ein PDF.
service-visioplainte-name = Visioplainte
service-visioplainte = Anzeige per Video erstatten, von zu Hause, bei Polizei oder Gendarmerie (für Erwachsene, mit FranceConnect). Bei einer Sexualstraftat wird sie danach vor Ort ergänzt.
service-constat-name = Protokoll eines Gerichtsvollziehers (constat)
service-constat = Ein commissaire de justice protokolliert die Webseite (Adresse, Datum, Aufnahme): der stärkste Beweis. Kostet etwa 300 €.

service-stopline-name = BEE SECURE Stopline
service-stopline = Den Link anonym melden und eine Vorgangsnummer erhalten. Nur für sexuelle Darstellungen von Kindern (und Rassismus, Terrorismus). Das Bild nie behalten.
service-bee_helpline-name = BEE SECURE Helpline
service-bee_helpline = Kostenlose Beratung zu allen Fragen der Sicherheit im Netz, auch bei Erpressung.
service-kjt-name = Kanner-Jugendtelefon
service-kjt = Für Kinder und Jugendliche, anonym; auch per Chat. Eltern: 8002 4444.
service-scas-name = SCAS – Opferhilfe
service-scas = Die Opferhilfe des Justizministeriums: zuhören und begleiten, auch per E-Mail (scas-sav@justice.etat.lu).

service-stopncii-name = StopNCII.org
service-stopncii = Für Erwachsene. Auf dem eigenen Handy wird ein Fingerabdruck des Bildes berechnet: Das Bild verlässt es nicht, und Partnerplattformen sperren Kopien. Das geht auch für ein manipuliertes Bild, von dem man eine Kopie hat, nicht für neue Versionen davon. Fallnummer und PIN aufbewahren: Sie lassen sich nicht wiederherstellen.
service-take_it_down-name = Take It Down
service-take_it_down = Für ein Bild, das vor dem 18. Geburtstag entstand, nur für die Person darauf (oder ihre Eltern), mit der Datei auf dem eigenen Handy. Dort wird ein Fingerabdruck berechnet, das Bild verlässt es nicht, und teilnehmende Plattformen entfernen Kopien. Das Bild dafür nie herunterladen oder teilen.
service-platform_report-name = Die Plattform selbst
service-platform_report = Jede Plattform hat eine Melde-Funktion, beim Beitrag und beim Konto. Beides melden, sobald der Link notiert ist.

# Die erste Nachricht einer Weiterleitung: wenige Stellen, je eine Zeile (ein Handybildschirm);
# „Weitere Stellen“ öffnet den Rest. Die Zeiten kommen aus directory.yaml.
referral-door = <b>{ $name }</b>: { $short }{ $reach ->
    [phone] { " " }· 📞 { $number }
    [sms] { " " }· 💬 { $number } (SMS)
   *[none] { "" }
}{ $hours ->
    [always] { " " }· rund um die Uhr
    [open] { " " }· jetzt erreichbar, bis { $closes }
    [closed] { " " }· jetzt geschlossen, ab { $opens }
   *[unknown] { "" }
}
btn-more-places = ➕ Weitere Stellen, und wie man meldet
referral-more-title = <b>Weitere Stellen</b>

service-police_17-short = akute Gefahr
service-emergency_112-short = Polizei, Rettung, Feuerwehr
service-sms_114-short = Notruf schriftlich, ohne zu sprechen
service-police_lu-short = Notfälle, und Anzeige auf der Wache
service-pharos-short = den Link der Polizei melden
service-line_3018-short = Gewalt im Netz, für junge Menschen und ihre Eltern
service-cyber_17-short = Hilfe des Staates bei Erpressung im Netz
service-allo_119-short = Kinder und Jugendliche in Gefahr
service-france_victimes-short = kostenlose Hilfe für Opfer
service-point_de_contact-short = den Link anonym melden
service-thesee-short = Online-Anzeige, wenn Geld verlangt wird
service-plainte-short = bei Polizei oder Gendarmerie
service-visioplainte-short = Anzeige per Video
service-constat-short = der stärkste Beweis, etwa 300 €
service-stopline-short = den Link anonym melden
service-bee_helpline-short = kostenlose Beratung, auch bei Erpressung
service-kjt-short = jemand hört zu, für junge Menschen, anonym
service-scas-short = Opferhilfe
service-stopncii-short = Kopien eines Bildes sperren, ohne es zu senden
service-take_it_down-short = ein Bild von vor dem 18. Geburtstag entfernen lassen
service-platform_report-short = ihr „Melden“-Knopf
