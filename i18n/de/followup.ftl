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
