# Le kit de signalement aux plateformes (DSA, article 16), dans le dossier PDF (texte simple).

notice-title = Signalements à envoyer aux plateformes
notice-intro = Pour chaque lien noté, un signalement prêt à copier, avec ce que le règlement européen sur les services numériques (DSA, article 16) demande. Abri n'envoie rien lui-même. Garder les preuves avant d'envoyer : un signalement peut faire disparaître le contenu. Remplacer [nom] et [e-mail] avant l'envoi.
notice-intro-child = Quand un enfant est montré, le signalement se fait sans nom ni e-mail, et sans jamais joindre d'image : le lien suffit.
notice-for = { $name } : { $link }
notice-opening = Je vous signale, au titre de l'article 16 du règlement (UE) 2022/2065 sur les services numériques (DSA), le contenu suivant, que je considère comme illégal.
notice-location = Adresse exacte du contenu (URL) : { $link }
notice-illegal-montage = Pourquoi il est illégal : ce contenu est une image à caractère sexuel d'une personne réelle, fabriquée ou modifiée (montage, image générée par IA) sans son consentement. En France, la réaliser ou la diffuser est un délit (article 226-8-1 du Code pénal).
notice-illegal-shared = Pourquoi il est illégal : ce contenu est une image intime d'une personne, diffusée sans son consentement. En France, c'est un délit (article 226-2-1 du Code pénal).
notice-illegal-intimate = Pourquoi il est illégal : ce contenu montre une personne de façon sexuelle ou intime sans son consentement. En France, diffuser une telle image est un délit (article 226-2-1 du Code pénal), et un montage aussi (article 226-8-1).
notice-illegal-child = Pourquoi il est illégal : ce contenu est une image à caractère sexuel d'une personne mineure. En France, la fixer, la détenir ou la diffuser est interdit et puni (article 227-23 du Code pénal).
notice-illegal-child-lu = Pourquoi il est illégal : ce contenu est une image à caractère sexuel d'une personne mineure. En France, la fixer, la détenir ou la diffuser est interdit et puni (article 227-23 du Code pénal) ; au Luxembourg, la détenir ou la regarder aussi (article 384 du Code pénal).
notice-notifier = Auteur du signalement : [nom], [e-mail]
notice-anonymous = Ce signalement est fait sans nom ni adresse e-mail, comme l'article 16, paragraphe 2, point c), du règlement le permet pour les contenus d'abus sexuels sur mineurs.
notice-good-faith = Je déclare de bonne foi que les informations et les allégations contenues dans ce signalement sont exactes et complètes.
notice-request = Je vous demande de retirer ce contenu ou d'en bloquer l'accès, et de m'informer de votre décision (article 16, paragraphe 5).
notice-where-form = Où l'envoyer, chez { $name } : { $url }. Ou bien toucher « Signaler » sur le contenu, et coller ce texte là où des détails sont demandés.
notice-where-report = Où l'envoyer : sur le contenu, toucher ⋯ ou ⋮ puis « Signaler », et coller ce texte là où des détails sont demandés.

# Les mêmes signalements dans la conversation, depuis les notes (texte Telegram).
notes-notices = 📨 Signalements prêts à copier
notice-chat-intro = Un signalement par lien noté, prêt à copier : toucher le bloc le copie. Abri n'envoie rien lui-même. Garder les preuves avant d'envoyer : un signalement peut faire disparaître le contenu. S'il y a [nom] et [e-mail], les remplacer avant l'envoi.
notice-chat-heading = Pour { $platform }, ce lien :
notice-none = Aucun lien n'a été noté pendant les questions : les signalements se préparent à partir des liens.
