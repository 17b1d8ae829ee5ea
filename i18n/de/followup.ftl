# Zwischenbilanz, wenn die Person sie gewünscht hat (flows/followup.yaml).

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
field-reported = Gemeldet
field-removed = Entfernt
field-answered = Antwort erhalten
field-more_help = Weitere Hilfe
