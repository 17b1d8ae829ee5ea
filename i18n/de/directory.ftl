# Das Verzeichnis der Anlaufstellen (flows/directory.yaml): wie jede Stelle vorgestellt wird.
# Die Nummern stehen in directory.yaml: hier nicht ein zweites Mal schreiben.

referral-intro = <b>Wohin man sich wenden kann</b>
referral-elsewhere = Dieser Bot kennt sich vor allem in Frankreich und Luxemburg aus. Das Folgende gilt überall.
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
service-police_lu = Im Notfall. Die Polizei nimmt Anzeigen auch online auf.

service-pharos-name = Pharos
service-pharos = Den Link den Polizei- und Gendarmeriekräften melden, die öffentliche Inhalte im Netz prüfen. Nur öffentliche Inhalte; private Nachrichten gehen an die Polizei. Eine Meldung ist keine Anzeige.
service-line_3018-name = 3018
service-line_3018 = Für junge Menschen, die online Gewalt erleben, und ihre Eltern. Kostenlos, anonym, vertraulich. Kann Inhalte auf vielen Plattformen schnell entfernen lassen. Auch per Chat und in der 3018-App.
service-allo_119-name = 119 – Allô Enfance en Danger
service-allo_119 = Für Kinder und Jugendliche in Gefahr und Erwachsene, die sich um ein Kind sorgen. Kostenlos; der Anruf erscheint nicht auf der Rechnung.
service-france_victimes-name = 116 006 – France Victimes
service-france_victimes = Eine Hilfe-Hotline für alle Opfer. Kostenlos, keine Anzeige nötig. Aus dem Ausland: +33 1 80 52 33 76.
service-point_de_contact-name = Point de Contact
service-point_de_contact = Ein Verein, bei dem man illegale Inhalte im Netz anonym melden kann.
service-thesee-name = THESEE
service-thesee = Die Online-Anzeige bei Betrug im Internet, auch bei Erpressung um Geld. Cybermalveillance.gouv.fr erklärt die Schritte.
service-plainte-name = Anzeige erstatten
service-plainte = Bei jeder Polizei- oder Gendarmeriestation. Minderjährige können mit einem Erwachsenen Anzeige erstatten. Die hier notierten Links und Daten mitbringen: /export macht daraus ein PDF.
service-constat-name = Protokoll eines Gerichtsvollziehers (constat)
service-constat = Ein commissaire de justice protokolliert die Webseite (Adresse, Datum, Aufnahme): der stärkste Beweis. Kostet etwa 300 €.

service-stopline-name = BEE SECURE Stopline
service-stopline = Den Link anonym melden und eine Vorgangsnummer erhalten. Nur für sexuelle Darstellungen von Kindern (und Rassismus, Terrorismus). Das Bild nie behalten.
service-bee_helpline-name = BEE SECURE Helpline
service-bee_helpline = Kostenlose Beratung zu allen Fragen der Sicherheit im Netz, auch bei Erpressung.
service-kjt-name = Kanner-Jugendtelefon
service-kjt = Für Kinder und Jugendliche, anonym; auch per Chat. Eltern: 8002 4444.

service-stopncii-name = StopNCII.org
service-stopncii = Für Erwachsene. Auf dem eigenen Handy wird ein Fingerabdruck des Bildes berechnet: Das Bild verlässt es nicht, und Partnerplattformen sperren Kopien. Fallnummer und PIN aufbewahren: Sie lassen sich nicht wiederherstellen.
service-take_it_down-name = Take It Down
service-take_it_down = Für ein Bild, das vor dem 18. Geburtstag entstand. Der Fingerabdruck wird auf dem Handy berechnet, das Bild verlässt es nicht, und teilnehmende Plattformen entfernen Kopien. Das Bild dafür nie herunterladen oder teilen.
service-platform_report-name = Die Plattform selbst
service-platform_report = Jede Plattform hat eine Melde-Funktion, beim Beitrag und beim Konto. Beides melden, sobald der Link notiert ist.
