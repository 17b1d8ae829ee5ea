# Parler à quelqu'un : les écoutant·es d'une association répondent dans ce chat (docs/counsellors.md).
# $association : le nom de l'association (réglage ASSOCIATION_NAME).

btn-talk = 💬 Parler à quelqu'un
command-talk = Parler à une personne de l'association
help-talk = /parler (ou /talk) : parler à une personne de l'association
talk-consent = { $register ->
    [informal] Une personne de { $association } peut lire tes messages et te répondre ici.
        Pour commencer, je lui transmets un court résumé : ta langue, ton pays, ta tranche d'âge, ce qui s'est passé et les services déjà indiqués. Jamais ton nom, ton pseudo ni ton compte Telegram.
        Tu peux aussi partager tes notes et tes liens, si tu veux.
   *[formal] Une personne de { $association } peut lire vos messages et vous répondre ici.
        Pour commencer, je lui transmets un court résumé : votre langue, votre pays, votre tranche d'âge, ce qui s'est passé et les services déjà indiqués. Jamais votre nom, votre pseudo ni votre compte Telegram.
        Vous pouvez aussi partager vos notes et vos liens, si vous le voulez.
}
talk-share = Oui, avec le résumé
talk-share-notes = Oui, avec le résumé et mes notes
talk-not-now = Pas maintenant
talk-closed = { $register ->
    [informal] Personne de { $association } n'est là en ce moment. Quelqu'un sera là le { $when }.
        Si tu es en danger, ou si tu as besoin de parler tout de suite, ces lignes répondent :
   *[formal] Personne de { $association } n'est là en ce moment. Quelqu'un sera là le { $when }.
        Si vous êtes en danger, ou si vous avez besoin de parler tout de suite, ces lignes répondent :
}
talk-closed-later = { $register ->
    [informal] Personne de { $association } n'est là en ce moment, et je ne sais pas encore quand quelqu'un sera là.
        Si tu es en danger, ou si tu as besoin de parler tout de suite, ces lignes répondent :
   *[formal] Personne de { $association } n'est là en ce moment, et je ne sais pas encore quand quelqu'un sera là.
        Si vous êtes en danger, ou si vous avez besoin de parler tout de suite, ces lignes répondent :
}
talk-remind-me = 🔔 Un message quand quelqu'un est là
talk-unavailable = { $register ->
    [informal] Je ne peux pas te mettre en lien avec une personne ici pour l'instant. Ces lignes répondent, elles :
   *[formal] Je ne peux pas vous mettre en lien avec une personne ici pour l'instant. Ces lignes répondent, elles :
}
talk-connected = { $register ->
    [informal] C'est fait. Une personne de { $association } va te répondre ici, en général dans les { $minutes } minutes. Écris quand tu veux : elle lit ce que tu écris.
        Les boutons marchent toujours : 🆘 pour les numéros d'urgence, 🚪 pour effacer la conversation.
   *[formal] C'est fait. Une personne de { $association } va vous répondre ici, en général dans les { $minutes } minutes. Écrivez quand vous voulez : elle lit ce que vous écrivez.
        Les boutons marchent toujours : 🆘 pour les numéros d'urgence, 🚪 pour effacer la conversation.
}
talk-already = { $register ->
    [informal] Tu es en lien avec { $association } : écris ici, une personne te lit.
   *[formal] Vous êtes en lien avec { $association } : écrivez ici, une personne vous lit.
}
talk-from = 💬 { $name }
talk-lines = { $register ->
    [informal] Voici où tu peux t'adresser :
   *[formal] Voici où vous pouvez vous adresser :
}
talk-ended = { $register ->
    [informal] { $association } a fermé la conversation. Merci d'avoir écrit : tu as bien fait d'en parler, et ce n'est pas ta faute.
        Tu veux un message de ma part dans quelques jours ?
   *[formal] { $association } a fermé la conversation. Merci d'avoir écrit : vous avez bien fait d'en parler, et ce n'est pas votre faute.
        Voulez-vous un message de ma part dans quelques jours ?
}
talk-taking-longer = { $register ->
    [informal] C'est plus long que d'habitude, désolé. Personne n'a encore pu répondre, mais ton message est bien arrivé. En attendant, ces lignes répondent :
   *[formal] C'est plus long que d'habitude, désolé. Personne n'a encore pu répondre, mais votre message est bien arrivé. En attendant, ces lignes répondent :
}
talk-not-relayed = { $register ->
    [informal] Je n'ai pas pu transmettre ce message. Renvoie-le dans un moment, s'il te plaît. Si c'est urgent : 🆘.
   *[formal] Je n'ai pas pu transmettre ce message. Renvoyez-le dans un moment, s'il vous plaît. Si c'est urgent : 🆘.
}
talk-no-files = { $register ->
    [informal] Je ne transmets pas non plus les fichiers à l'association. Décris ce que c'est, ou envoie le lien.
   *[formal] Je ne transmets pas non plus les fichiers à l'association. Décrivez ce que c'est, ou envoyez le lien.
}

# Dans le groupe des écoutant·es : jamais de nom, de pseudo ni d'identifiant Telegram.
desk-topic = Personne { $number }
desk-summary-title = <b>Personne { $number }</b> demande à parler. Ce qu'elle a accepté de partager :
desk-summary-language = Langue : { $language }
desk-summary-kind = Situation : { $answer }
desk-summary-who = Qui est sur les images : { $answer }
desk-summary-age = Âge de la personne sur les images : { $answer }
desk-summary-writer-age = Âge de la personne qui écrit : { $answer }
desk-summary-country = Pays : { $answer }
desk-summary-services = Services déjà indiqués :
desk-summary-service = · { $name }
desk-summary-no-notes = Elle n'a pas partagé ses notes.
desk-summary-notes = { $count ->
    [0] Elle a accepté de partager ses notes, mais n'en a aucune.
    [one] Sa note :
   *[other] Ses { $count } notes :
}
desk-commands = Écrivez ici : je transmets votre réponse, signée « { $association } ». Commandes : /close pour fermer, /note pour une note interne (jamais transmise), /lines pour lui envoyer les services adaptés, /undo en réponse à un de vos messages pour le retirer de son côté. Les fichiers ne sont jamais transmis. Ne transférez rien hors de ce groupe.
desk-crisis = ⚠️ Ce message contient des mots de crise. La personne a reçu les lignes de crise. Répondez-lui dès que possible.
desk-file-refused = La personne a essayé d'envoyer un fichier. Il n'a pas été transmis (le bot ne garde jamais d'image) ; elle a été invitée à le décrire.
desk-person-left = La conversation est terminée par la personne. Ses messages ont été retirés de ce sujet quand Telegram le permet encore.
desk-closed = Cette conversation est fermée : rien n'est transmis. Si la personne revient, un message apparaîtra ici.
desk-no-files = Les fichiers ne sont pas transmis. Écrivez le texte, ou envoyez un lien.
desk-too-old = Ce message a plus de 48 heures : sa correction ne peut plus être transmise.
desk-not-followed = La correction n'a pas pu être transmise.
desk-undo-how = Pour retirer un message de son côté : répondez à ce message avec /undo.
desk-undone = Message retiré de son côté.
desk-closed-now = Conversation fermée. La personne a reçu un message de fin et une proposition de rappel.
desk-lines-sent = Les services adaptés à sa situation lui ont été envoyés.
desk-waiting = ⏰ Personne n'a répondu depuis { $minutes } minutes. La personne a été prévenue que c'est plus long, avec les lignes à appeler.
desk-person-unreachable = La personne a bloqué le bot : rien ne peut plus lui être transmis.
desk-not-sent = Le message n'a pas pu être transmis pour l'instant. Réessayez dans un moment.
desk-command-close = Fermer cette conversation
desk-command-note = Note interne, jamais transmise
desk-command-lines = Lui envoyer les services adaptés
desk-command-undo = En réponse à votre message : le retirer de son côté
