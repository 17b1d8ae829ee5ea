# Le point, quand la personne l'a demandé (flows/followup.yaml).

followup-how = { $register ->
    [informal] Comment vas-tu depuis la dernière fois ?
   *[formal] Comment allez-vous depuis la dernière fois ?
}
followup-better = Un peu mieux
followup-same = Pareil
followup-worse = Moins bien
followup-support = { $register ->
    [informal] Merci de me le dire. Ce que tu vis est lourd, et tu n'as pas à le porter seul·e. Ces lignes écoutent, gratuitement :
   *[formal] Merci de me le dire. Ce que vous vivez est lourd, et vous n'avez pas à le porter seul·e. Ces lignes écoutent, gratuitement :
}

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
field-how = Comment ça va
field-reported = Signalé
field-removed = Retiré
field-answered = Réponse reçue
field-more_help = Autre aide
