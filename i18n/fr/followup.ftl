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
followup-platform-decision = Qu'a répondu la plateforme au signalement ?
followup-refused = Elle refuse de le retirer
followup-no-answer = Pas de réponse
followup-appeal-rights = { $register ->
    [informal] Ce refus n'est pas le dernier mot, et il ne dit rien contre toi. Tu as au moins <b>six mois</b> après la décision pour demander à la plateforme de la revoir, gratuitement, par son système de réclamation (règlement européen sur les services numériques, article 20). Le lien se trouve d'habitude dans le message qui annonce la décision.
   *[formal] Ce refus n'est pas le dernier mot, et il ne dit rien contre vous. Vous avez au moins <b>six mois</b> après la décision pour demander à la plateforme de la revoir, gratuitement, par son système de réclamation (règlement européen sur les services numériques, article 20). Le lien se trouve d'habitude dans le message qui annonce la décision.
}
followup-appeal-routes = Autre voie : un organisme de règlement des litiges certifié, par exemple Appeals Centre Europe (appealscentre.eu), examine la décision et se prononce en principe dans les 90 jours (article 21). Le signalement à Pharos, ou une plainte, restent possibles à tout moment.
followup-appeal-remind = { $register ->
    [informal] Veux-tu un message dans cinq mois, avant la fin du délai ? Il sera neutre, comme les autres.
   *[formal] Voulez-vous un message dans cinq mois, avant la fin du délai ? Il sera neutre, comme les autres.
}
followup-appeal-150 = Oui, dans 5 mois
followup-appeal-due = { $register ->
    [informal] Il y a cinq mois, tu m'as dit que la plateforme refusait de retirer le contenu. Le délai de six mois pour contester sa décision se termine bientôt (article 20 du règlement sur les services numériques) : c'est le moment, si le contenu est toujours en ligne.
   *[formal] Il y a cinq mois, vous m'avez dit que la plateforme refusait de retirer le contenu. Le délai de six mois pour contester sa décision se termine bientôt (article 20 du règlement sur les services numériques) : c'est le moment, si le contenu est toujours en ligne.
}
field-platform_decision = Décision de la plateforme
field-appeal = Rappel du délai de contestation
followup-link = Lien sur { $platform }, à vérifier (Abri ne l'ouvre jamais) :
