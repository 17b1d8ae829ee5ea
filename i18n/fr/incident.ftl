# Parcours de premier contact (flows/incident.yaml).
# Les textes sont du HTML de Telegram : <b>, <i>, <code> ; écrire &amp; pour « & ».
# $register vaut « informal » (tu), « formal » (vous) ou « neutral » avant la question de l'âge.

welcome =
    <b>Bienvenue. Ici, on peut parler de ce qui s'est passé, sans jugement.</b>

    Ce bot aide quand une image intime ou sexuelle circule sans accord, qu'elle soit vraie ou fabriquée, ou quand quelqu'un menace de la diffuser.

    • Ce qui est écrit ici est chiffré sur notre serveur.
    • /delete efface tout, à tout moment.
    • Ce n'est ni la police ni un service d'urgence.
    • /urgence donne les numéros d'urgence à tout moment.
    • /exit vide ce chat d'un coup (voir /help).

danger-question = Y a-t-il un danger immédiat, en ce moment ?
danger-yes = Oui, danger maintenant
danger-no = Non, pas maintenant

btn-continue-safe = Continuer

who-question = Qui est concerné ?
who-me = Moi
who-child = Mon enfant
who-other = Une autre personne

age-question = { $who ->
    [me] Quelle est la tranche d'âge ? Cela aide à trouver la bonne aide.
    [child] Quel âge a votre enfant ?
   *[other] Quel âge a la personne concernée ?
}
age-under18 = Moins de 18 ans
age-adult = 18 ans ou plus

country-question = { $register ->
    [informal] Dans quel pays vis-tu ?
   *[formal] Dans quel pays vivez-vous ?
}
country-fr = France
country-lu = Luxembourg
country-other = Ailleurs

kind-question = Que s'est-il passé ? Le choix le plus proche suffit.
kind-ai-image = Une image sexuelle fabriquée ou retouchée (IA)
kind-shared-image = Une vraie image intime diffusée sans accord
kind-sextortion = Des menaces ou un chantage aux images
kind-child-image = Une image sexuelle d'enfant vue en ligne
kind-other = Autre chose

describe-question = { $register ->
    [informal] Raconte ce qui s'est passé, avec tes mots. Tu peux aussi passer cette étape.
   *[formal] Racontez ce qui s'est passé, avec vos mots. Vous pouvez aussi passer cette étape.
}
typed-is-encrypted = <i>Ce qui est écrit ici est chiffré sur notre serveur, et n'est pas répété dans la conversation.</i>

links-question = { $kind ->
    [sextortion] { $register ->
        [informal] Si des images ont été publiées, envoie le ou les liens. Sinon, appuie sur « Je n'ai pas de lien ». Ne m'envoie jamais l'image elle-même.
       *[formal] Si des images ont été publiées, envoyez le ou les liens. Sinon, appuyez sur « Je n'ai pas de lien ». N'envoyez jamais l'image elle-même.
    }
   *[other] { $register ->
        [informal] Envoie le ou les liens où ça apparaît (une publication, un profil). Ne m'envoie jamais l'image elle-même.
       *[formal] Envoyez le ou les liens où cela apparaît (une publication, un profil). N'envoyez jamais l'image elle-même.
    }
}
links-none = Je n'ai pas de lien

when-question = { $register ->
    [informal] Quand est-ce arrivé, ou quand l'as-tu vu ? Choisis, ou écris une date.
   *[formal] Quand est-ce arrivé, ou quand l'avez-vous vu ? Choisissez, ou écrivez une date.
}
when-today = Aujourd'hui
when-yesterday = Hier
when-this-week = Cette semaine
when-earlier = Avant
when-unknown = Je ne sais pas

account-question = { $kind ->
    [sextortion] { $register ->
        [informal] Qui te menace ? Écris le nom de son compte ou le lien de son profil, ou passe cette étape.
       *[formal] Qui vous menace ? Écrivez le nom de son compte ou le lien de son profil, ou passez cette étape.
    }
   *[other] { $register ->
        [informal] Quel compte l'a publié ? Écris son nom ou le lien de son profil, ou passe cette étape.
       *[formal] Quel compte l'a publié ? Écrivez son nom ou le lien de son profil, ou passez cette étape.
    }
}

advice-evidence-title = <b>Garder des preuves, sans danger</b>
advice-child =
    Quand un enfant est montré, l'image ne doit jamais être gardée :
    • pas de capture d'écran, pas de téléchargement ;
    • ne jamais la transférer, même pour la dénoncer : c'est interdit et puni.

    Le lien, le nom du compte et l'heure suffisent. Ils sont déjà notés ici.

advice-child-own =
    Ne garde pas l'image et ne l'envoie à personne, même pour demander de l'aide : pas de capture d'écran, pas de téléchargement. Si tu as déjà une capture, tu peux la supprimer.

    Le lien, le nom du compte et l'heure suffisent. Ils sont déjà notés ici.

advice-adult =
    <b>Garder des preuves, sans danger</b>

    • Noter le lien de la publication et du profil, la plateforme, le nom du compte, la date et l'heure.
    • Une capture d'écran qui montre l'adresse et la date est utile : la garder pour soi.
    • Garder les preuves <b>avant</b> de signaler ou de bloquer : un signalement peut faire disparaître le contenu.
    • Ne jamais partager ni transférer le contenu, même pour le dénoncer.
    • Bloquer le compte <b>après</b> avoir noté les preuves ; ne pas supprimer son propre compte.

advice-sextortion =
    <b>Face au chantage</b>
    • Ne pas payer, ne pas envoyer d'autres images, ne pas répondre.
    • Noter les mots de la menace et ce qui est demandé (montant, moyen de paiement).
    • Garder les messages, puis bloquer le compte une fois les preuves notées. Ne pas supprimer son propre compte ni la conversation.
    • La personne qui menace a tort. Pas la personne menacée.

end = { $register ->
    [informal] Merci. Ce que tu as noté est gardé, chiffré sur notre serveur. Tu peux revenir à tout moment.
   *[formal] Merci. Ce que vous avez noté est gardé, chiffré sur notre serveur. Vous pouvez revenir à tout moment.
}

checkin-question = { $register ->
    [informal] Veux-tu que je prenne de tes nouvelles plus tard ?
   *[formal] Voulez-vous que je prenne de vos nouvelles plus tard ?
}
checkin-discreet = <i>Le message sera neutre : il ne dira rien de ce qui s'est passé, même dans la notification. Jamais entre 21 h et 9 h.</i>
checkin-1 = Dans 1 jour
checkin-3 = Dans 3 jours
checkin-7 = Dans 1 semaine
checkin-no = Non merci
field-checkin = Rappel

first-aid-intro = <b>D'abord, l'essentiel, tout de suite.</b>
writer-age-question = Et la personne qui écrit ici : quelle tranche d'âge ? Cela aide à trouver la bonne aide.
advice-not-your-fault = { $register ->
    [informal] Tu n'y es pour rien, et tu ne risques rien en demandant de l'aide. Si tu peux, parles-en à un adulte de confiance (un parent, un·e CPE, un·e infirmier·e scolaire).
   *[formal] Vous n'y êtes pour rien, et vous ne risquez rien en demandant de l'aide.
}
advice-witness = Une capture d'écran ou une image déjà enregistrée : la supprimer, sans la montrer à personne. Le signalement se fait avec le lien seul.
