# Le point, quand la personne l'a demandé (flows/followup.yaml).

followup-reported = { $register ->
    [informal] As-tu pu signaler ce qui s'est passé ?
   *[formal] Avez-vous pu signaler ce qui s'est passé ?
}
followup-removed = Le contenu a-t-il été retiré ?
followup-answered = { $register ->
    [informal] As-tu eu une réponse (plateforme, police, association) ?
   *[formal] Avez-vous eu une réponse (plateforme, police, association) ?
}
followup-more-help = { $register ->
    [informal] As-tu besoin d'autre aide ?
   *[formal] Avez-vous besoin d'autre aide ?
}
followup-checkin = Un autre message plus tard ?
followup-end = { $register ->
    [informal] Merci d'avoir pris le temps. Tu peux revenir ici à tout moment.
   *[formal] Merci d'avoir pris le temps. Vous pouvez revenir ici à tout moment.
}
followup-yes = Oui
followup-no = Non
followup-not-yet = Pas encore
followup-unknown = Je ne sais pas
followup-waiting = J'attends
field-reported = Signalé
field-removed = Retiré
field-answered = Réponse reçue
field-more_help = Autre aide
