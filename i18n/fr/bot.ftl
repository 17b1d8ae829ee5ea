# Textes communs : boutons, menu, messages du bot.

progress = Étape { $current } sur { $total }
btn-begin = Commencer
btn-continue = Continuer
btn-done = C'est tout
btn-skip = Passer
btn-back = ← Retour
btn-stop = ✕ Arrêter
btn-sos = 🆘 Urgence
btn-exit = 🚪 Sortie rapide
btn-resume = Reprendre

notice-link-refused = { $register ->
    [informal] Je ne garde pas les liens « { $scheme }: » : ils ne mènent pas à une page web et peuvent cacher autre chose. Copie plutôt l'adresse de la page, qui commence par https://
   *[formal] Je ne garde pas les liens « { $scheme }: » : ils ne mènent pas à une page web et peuvent cacher autre chose. Copiez plutôt l'adresse de la page, qui commence par https://
}
notice-link-too-long = { $register ->
    [informal] Ce lien est trop long pour être gardé. Copie l'adresse de la publication elle-même, sans ce qui suit le « ? ».
   *[formal] Ce lien est trop long pour être gardé. Copiez l'adresse de la publication elle-même, sans ce qui suit le « ? ».
}
notice-links-saved = { $count ->
    [one] Lien enregistré.
   *[other] { $count } liens enregistrés.
} { $register ->
    [informal] Tu peux en envoyer d'autres, ou appuyer sur « C'est tout ».
   *[formal] Vous pouvez en envoyer d'autres, ou appuyer sur « C'est tout ».
}
notice-date-impossible = { $register ->
    [informal] Cette date n'existe pas dans le calendrier. Écris-la par exemple ainsi : 03/11/2026, ou choisis un bouton.
   *[formal] Cette date n'existe pas dans le calendrier. Écrivez-la par exemple ainsi : 03/11/2026, ou choisissez un bouton.
}
notice-stale = Reprenons là où nous en étions.
notice-flow-changed = Le parcours a été mis à jour entretemps. Rien de ce qui a été noté n'est perdu.

menu-intro = Que faire maintenant ?
menu-note = ✍️ Ajouter une note
menu-notes = 📒 Mes notes
menu-help = 🆘 Aide tout de suite
menu-delete = 🗑 Effacer mes données
menu-start = Raconter ce qui s'est passé

stopped = D'accord, on s'arrête là. Ce qui a été noté reste gardé, chiffré. /start pour recommencer depuis le début, /delete pour tout effacer.

emergency-back = Quand c'est possible, on peut reprendre là où on en était.

note-ask = { $register ->
    [informal] Écris ta note. Elle sera chiffrée sur notre serveur, avec la date.
   *[formal] Écrivez la note. Elle sera chiffrée sur notre serveur, avec la date.
}
note-saved = Note enregistrée, chiffrée, avec la date.
notes-warning = { $register ->
    [informal] ⚠️ Tes notes vont s'afficher à l'écran. Vérifie que personne ne regarde.
   *[formal] ⚠️ Les notes vont s'afficher à l'écran. Vérifiez que personne ne regarde.
}
notes-show = Afficher mes notes
notes-empty = Aucune note pour l'instant.
notes-header = <b>Mes notes</b>, page { $page } sur { $pages } (les plus récentes d'abord)
notes-newer = ‹ Plus récentes
notes-older = Plus anciennes ›
notes-export = 📄 Tout exporter en PDF
note-unreadable = Cette note n'a pas pu être lue.
field-describe = Récit
field-link = Lien
field-links = Liens
field-when = Quand
field-account = Compte
field-note = Note
field-danger = Danger immédiat
field-who = Personne concernée
field-age = Âge
field-writer_age = Âge de la personne qui écrit
field-country = Pays
field-kind = Ce qui s'est passé

held-ask = { $register ->
    [informal] Veux-tu garder ce message dans tes notes ? Il sera chiffré sur notre serveur.
   *[formal] Garder ce message dans les notes ? Il sera chiffré sur notre serveur.
}
held-keep = ✍️ Oui, garder comme note
held-drop = Non

export-ready = { $register ->
    [informal] Voici ton dossier en PDF. Il reste dans cette conversation : enregistre-le dans un endroit sûr, puis supprime-le ici si quelqu'un d'autre peut voir ton téléphone.
   *[formal] Voici votre dossier en PDF. Il reste dans cette conversation : enregistrez-le dans un endroit sûr, puis supprimez-le ici si quelqu'un d'autre peut voir votre téléphone.
}

delete-confirm = Tout effacer ? Notes, liens, réponses : rien ne pourra être récupéré.
delete-yes = Oui, tout effacer
delete-no = Non, garder
delete-done = { $entries ->
        [0] C'est effacé : toutes les réponses, et la clé qui les chiffrait.
        [one] C'est effacé : 1 note ou lien, toutes les réponses, et la clé qui les chiffrait.
       *[other] C'est effacé : { $entries } notes et liens, toutes les réponses, et la clé qui les chiffrait.
    } Il ne reste rien ici. { $register ->
        [informal] Ce que seul·e toi peux supprimer : ce chat dans Telegram (appui long sur la conversation, « Supprimer ») et un PDF déjà enregistré sur ton téléphone.
       *[formal] Ce que vous seul·e pouvez supprimer : ce chat dans Telegram (appui long sur la conversation, « Supprimer ») et un PDF déjà enregistré sur votre téléphone.
    }
delete-kept = D'accord, rien n'a été effacé.

media-deleted =
    J'ai retiré ce fichier de la conversation : je ne garde jamais d'image ni de fichier.
    Un lien vers l'endroit où il apparaît suffit.
media-deleted-child =
    J'ai retiré ce fichier de la conversation. Quand un enfant est montré, garder ou envoyer l'image est en soi interdit.
    Le lien, le nom du compte et l'heure suffisent. Si l'image est sur l'appareil, mieux vaut l'effacer.
media-not-deleted = { $register ->
    [informal] Je n'ai pas pu retirer ce fichier : supprime-le toi-même de la conversation, s'il te plaît.
   *[formal] Je n'ai pas pu retirer ce fichier : merci de le supprimer vous-même de la conversation.
}
unsupported = Je ne peux lire que du texte et des boutons.

help =
    <b>Abri</b> aide après la diffusion ou la menace de diffusion d'images intimes ou sexuelles.
    /start : raconter ce qui s'est passé
    /notes : mes notes
    /export : mes notes en PDF
    /urgence : numéros d'urgence
    /exit : sortie rapide
    /language : changer de langue
    /reminders : mes rappels
    /delete : tout effacer
    Ce qui est écrit ici est chiffré sur notre serveur. Ce n'est ni la police ni un service d'urgence.

    <b>Sortie rapide</b> (/exit ou le bouton 🚪) : le bot efface les messages de cette conversation des dernières 48 heures, garde les notes et laisse un simple « OK ». Cela cache le chat à quelqu'un qui jette un œil au téléphone, pas à un logiciel espion. Pour supprimer le chat lui-même : appui long sur le chat dans la liste, puis « Supprimer » (sur iPhone : le faire glisser vers la gauche).

error-generic = { $register ->
    [informal] Un problème est survenu de notre côté. Tes notes sont en sécurité. Réessaie dans un instant.
   *[formal] Un problème est survenu de notre côté. Vos notes sont en sécurité. Réessayez dans un instant.
}

language-ask = Quelle langue ? / Which language? / Welche Sprache?
language-set = C'est noté : je continue en français.
language-name-fr = Français
language-name-en = English
language-name-de = Deutsch

# Menu des commandes de Telegram (setMyCommands)
command-start = Raconter ce qui s'est passé
command-help = Aide et commandes
command-notes = Mes notes
command-export = Mes notes en PDF
command-delete = Tout effacer
command-urgence = Aide immédiate
command-exit = Sortie rapide : vider ce chat
command-language = Changer de langue

reminder-text = Bonjour 👋 Voici le message demandé. On fait le point ?
reminder-yes = Oui
reminder-later = Plus tard
reminder-stop = Arrêter les rappels
reminders-planned = C'est noté : un message viendra le { $when }.
reminders-none = { $register ->
    [informal] Aucun rappel prévu. Quand veux-tu un message ?
   *[formal] Aucun rappel prévu. Quand voulez-vous un message ?
}
reminders-list = Rappels prévus :
reminders-item = • le { $when }
reminders-stop-all = Arrêter les rappels
reminders-stopped = C'est fait : plus aucun rappel.
command-reminders = Mes rappels
reminders-zone = 🕘 Fuseau horaire : { $zone }
reminders-zone-ask = Quel fuseau horaire ? Aucun message n'arrive entre 21 h et 9 h, à l'heure de ce fuseau.
reminders-zone-name = 🕘 { $zone }

exit-word = OK

# Combien de temps les données sont gardées sans nouvelles (/help, l'avertissement, le dossier).
help-retention = { $days ->
    [0] <b>Conservation</b> : ce qui est noté ici est gardé jusqu'à ce qu'il soit effacé avec /delete.
   *[other] <b>Conservation</b> : sans nouvelles pendant { $days } jours, tout ce qui est noté ici est effacé, comme avec /delete. Une semaine avant, un message prévient.
}
retention-button = 🗓 Durée de conservation
retention-ask = Combien de temps garder ce qui est noté ici, sans nouvelles ? Chaque message ou bouton compte comme des nouvelles.
retention-choice = { $current ->
    [true] ✓{ " " }
   *[false] { "" }
}{ $days ->
    [0] Jusqu'à ce que je l'efface
    [365] 1 an
   *[other] { $days } jours
}
retention-set = { $until ->
    [never] C'est noté : gardé jusqu'à ce que ce soit effacé avec /delete.
   *[other] C'est noté : sans nouvelles, effacé le { $until }.
}
retention-warning = Bonjour 👋 Sans nouvelles d'ici là, ce qui est gardé ici sera effacé le { $day }. Pour le garder, il suffit d'appuyer sur « Garder ».
retention-keep = Garder
retention-choose = 🗓 Choisir la durée
retention-delete-now = 🗑 Tout effacer maintenant
dossier-retention = { $days ->
    [0] Abri garde ces notes jusqu'à ce qu'elles soient effacées avec /delete.
   *[other] Abri efface ces notes après { $days } jours sans nouvelles (la durée se choisit dans /help). Ce PDF, lui, reste là où il a été enregistré.
}
