# La réponse à un message qui dit l'envie de mourir, de se faire du mal, ou un danger
# (flows/crisis/). Les numéros d'abord, puis quelques mots ; le bot ne promet rien qu'il ne peut
# pas faire : ce n'est pas une personne, il ne peut pas appeler à l'aide.

crisis-title = { $register ->
    [informal] <b>Ce que tu viens d'écrire compte. Tu peux appeler maintenant, jour et nuit :</b>
   *[formal] <b>Ce que vous venez d'écrire compte. Vous pouvez appeler maintenant, jour et nuit :</b>
}
crisis-words = { $register ->
    [informal] Je suis un bot : je ne peux pas appeler à l'aide moi-même. Ces personnes, si ; elles écoutent sans juger. Tu n'y es pour rien. Ton message n'est gardé dans tes notes que si tu le demandes.
   *[formal] Je suis un bot : je ne peux pas appeler à l'aide moi-même. Ces personnes, si ; elles écoutent sans juger. Vous n'y êtes pour rien. Votre message n'est gardé dans vos notes que si vous le demandez.
}
btn-crisis-safe = ✅ Je suis en sécurité pour l'instant, on continue
btn-crisis-keep = ✍️ Garder mon message dans mes notes

# Un message écrit là où le bot attend un bouton : jamais perdu.
notice-typed-story = { $register ->
    [informal] Merci. Je garde ce message, chiffré sur notre serveur : c'est le début de ton récit (/notes pour le relire).
   *[formal] Merci. Je garde ce message, chiffré sur notre serveur : c'est le début de votre récit (/notes pour le relire).
}
notice-typed-kept = { $register ->
    [informal] J'ai gardé ce message dans tes notes, chiffré (/notes pour le relire, /delete pour tout effacer). Pour la question, appuie sur un bouton :
   *[formal] J'ai gardé ce message dans vos notes, chiffré (/notes pour le relire, /delete pour tout effacer). Pour la question, appuyez sur un bouton :
}
notice-no-link-kept = { $register ->
    [informal] Je n'ai pas trouvé de lien dans ce message ; je l'ai gardé dans tes notes. Un lien ressemble à « instagram.com/… » ou « https://… ».
   *[formal] Je n'ai pas trouvé de lien dans ce message ; je l'ai gardé dans vos notes. Un lien ressemble à « instagram.com/… » ou « https://… ».
}
