# Zwischenbilanz, wenn die Person sie gewünscht hat (flows/followup.yaml).

followup-how = { $register ->
    [informal] Wie geht es dir seit dem letzten Mal?
   *[formal] Wie geht es Ihnen seit dem letzten Mal?
}
followup-better = Etwas besser
followup-same = Gleich
followup-worse = Schlechter
followup-support = { $register ->
    [informal] Danke, dass du es mir sagst. Was du erlebst, ist schwer, und du musst es nicht allein tragen. Diese Stellen hören zu, kostenlos:
   *[formal] Danke, dass Sie es mir sagen. Was Sie erleben, ist schwer, und Sie müssen es nicht allein tragen. Diese Stellen hören zu, kostenlos:
}

followup-reported = { $register ->
    [informal] Konntest du melden, was passiert ist?
   *[formal] Konnten Sie melden, was passiert ist?
}
followup-removed = Wurde der Inhalt entfernt?
followup-answered = { $register ->
    [informal] Hast du eine Antwort bekommen (Plattform, Polizei, Beratungsstelle)?
   *[formal] Haben Sie eine Antwort bekommen (Plattform, Polizei, Beratungsstelle)?
}
followup-more-help = { $register ->
    [informal] Brauchst du weitere Hilfe?
   *[formal] Brauchen Sie weitere Hilfe?
}
followup-checkin = Später noch eine Nachricht?
followup-end = { $register ->
    [informal] Danke, dass du dir die Zeit genommen hast. Du kannst jederzeit hierher zurückkommen.
   *[formal] Danke, dass Sie sich die Zeit genommen haben. Sie können jederzeit hierher zurückkommen.
}
followup-yes = Ja
followup-no = Nein
followup-not-yet = Noch nicht
followup-unknown = Ich weiß es nicht
followup-waiting = Ich warte noch
field-how = Befinden
field-reported = Gemeldet
field-removed = Entfernt
field-answered = Antwort erhalten
field-more_help = Weitere Hilfe
followup-platform-decision = Was hat die Plattform auf die Meldung geantwortet?
followup-refused = Sie weigert sich, ihn zu entfernen
followup-no-answer = Keine Antwort
followup-appeal-rights = { $register ->
    [informal] Diese Ablehnung ist nicht das letzte Wort, und sie sagt nichts gegen dich. Du hast mindestens <b>sechs Monate</b> nach der Entscheidung, um die Plattform kostenlos über ihr Beschwerdesystem um eine neue Prüfung zu bitten (EU-Gesetz über digitale Dienste, Artikel 20). Der Link steht meist in der Nachricht mit der Entscheidung.
   *[formal] Diese Ablehnung ist nicht das letzte Wort, und sie sagt nichts gegen Sie. Sie haben mindestens <b>sechs Monate</b> nach der Entscheidung, um die Plattform kostenlos über ihr Beschwerdesystem um eine neue Prüfung zu bitten (EU-Gesetz über digitale Dienste, Artikel 20). Der Link steht meist in der Nachricht mit der Entscheidung.
}
followup-appeal-routes = Ein anderer Weg: eine zertifizierte Streitbeilegungsstelle, zum Beispiel das Appeals Centre Europe (appealscentre.eu), prüft die Entscheidung und entscheidet in der Regel innerhalb von 90 Tagen (Artikel 21). Eine Meldung bei Pharos oder eine Anzeige bleiben jederzeit möglich.
followup-appeal-remind = { $register ->
    [informal] Möchtest du in fünf Monaten eine Nachricht, bevor die Frist endet? Sie ist neutral, wie die anderen.
   *[formal] Möchten Sie in fünf Monaten eine Nachricht, bevor die Frist endet? Sie ist neutral, wie die anderen.
}
followup-appeal-150 = Ja, in 5 Monaten
followup-appeal-due = { $register ->
    [informal] Vor fünf Monaten hast du mir gesagt, dass die Plattform sich weigert, den Inhalt zu entfernen. Die sechs Monate, um ihre Entscheidung anzufechten, enden bald (Artikel 20 des Gesetzes über digitale Dienste): jetzt ist der Moment, falls der Inhalt noch online ist.
   *[formal] Vor fünf Monaten haben Sie mir gesagt, dass die Plattform sich weigert, den Inhalt zu entfernen. Die sechs Monate, um ihre Entscheidung anzufechten, enden bald (Artikel 20 des Gesetzes über digitale Dienste): jetzt ist der Moment, falls der Inhalt noch online ist.
}
field-platform_decision = Entscheidung der Plattform
field-appeal = Erinnerung an die Anfechtungsfrist
followup-link = Link auf { $platform }, bitte selbst prüfen (Abri öffnet ihn nie):
