# Le dossier PDF de /export (texte simple, sans HTML).

dossier-title = Dossier : ce qui s'est passé
dossier-intro = Ce dossier reprend ce qui a été noté dans Abri, dans l'ordre. Les noms sont recopiés exactement, tels qu'ils ont été écrits ; les liens sous leur forme normale, sans les traceurs ajoutés au partage (la page est la même).
dossier-made = Dossier établi le { $utc }, soit { $local }.
dossier-case = Situation
dossier-answer = { $label } : { $value }
dossier-timeline = Chronologie des notes
dossier-recorded = noté le { $utc }, soit { $local }
dossier-digest-title = Empreinte du dossier
dossier-digest = Cette empreinte SHA-256 est calculée à partir des notes ci-dessus. Les mêmes notes donnent toujours la même empreinte : elle permet de montrer plus tard que le dossier n'a pas été modifié.
dossier-next-title = Que faire de ce dossier ?
dossier-next-pharos = Signaler sur Pharos (internet-signalement.gouv.fr), pour un contenu public. Le formulaire demande : la catégorie (« Ce qui s'est passé »), la date et l'heure de publication (« Quand »), le site ou le réseau et l'adresse (« Lien »), des commentaires (« Récit », « Compte »), { $register ->
    [informal] tes coordonnées ou l'anonymat, et si tu es la victime
   *[formal] vos coordonnées ou l'anonymat, et si vous êtes la victime
}. Un signalement n'est pas une plainte.
dossier-next-plainte = Porter plainte dans n'importe quel commissariat ou gendarmerie, en apportant ce dossier. Une personne mineure peut porter plainte accompagnée d'un adulte. Pour une escroquerie, y compris le chantage pour de l'argent, la plainte en ligne THESEE existe aussi.
dossier-next-constat = Pour une preuve plus solide : un constat de commissaire de justice (ancien huissier) enregistre officiellement une page web, avec son adresse et la date. Il coûte environ 300 €. Une capture d'écran seule n'est qu'un début de preuve.
dossier-next-lu = Au Luxembourg : la BEE SECURE Helpline (8002 1234) conseille ; la police prend les plaintes dans un commissariat (113 en cas d'urgence ; le commissariat en ligne ne prend que les vols et les objets perdus). La BEE SECURE Stopline (stopline.bee-secure.lu) ne reçoit que les contenus d'abus sexuels d'enfants, le racisme et le terrorisme.
dossier-next-platform = Signaler aussi le contenu à la plateforme où il apparaît, après avoir gardé les preuves : un signalement peut le faire disparaître.
dossier-days = entre le { $earliest } et le { $latest }
dossier-characters = Les caractères que la police de ce document ne sait pas dessiner (les émojis, par exemple) sont écrits par leur code Unicode, comme [U+1F64F] ; l'empreinte est calculée sur le texte exact, tel qu'il a été écrit.
dossier-next-3018 = { $register ->
    [informal] Le 3018 (gratuit, anonyme, tous les jours de 9 h à 23 h, aussi par chat sur 3018.fr) aide les jeunes face aux violences en ligne et peut faire retirer des contenus vite. Tu peux lui montrer ce dossier.
   *[formal] Le 3018 (gratuit, anonyme, tous les jours de 9 h à 23 h, aussi par chat sur 3018.fr) aide les jeunes face aux violences en ligne et peut faire retirer des contenus vite. Ce dossier peut lui être montré.
}
dossier-next-kjt = { $register ->
    [informal] Le Kanner-Jugendtelefon (116 111, aussi par chat sur kjt.lu) écoute les jeunes, anonymement. Tu peux aussi aller à la police avec un adulte de confiance, en apportant ce dossier.
   *[formal] Le Kanner-Jugendtelefon (116 111, aussi par chat sur kjt.lu) écoute les jeunes, anonymement ; les parents : 8002 4444. Une personne mineure peut aller à la police avec un adulte, en apportant ce dossier.
}
dossier-next-no-copy = Quand un enfant est montré, ne garder ni l'image ni une capture d'écran, et ne la montrer à personne : le signalement se fait avec le lien seul, noté ici.
dossier-timestamps-title = Horodatage
dossier-timestamp = Horodaté par { $authority } le { $utc }, soit { $local }.
dossier-timestamp-pending = Horodatage en attente : { $authority } n'a pas répondu. Abri redemande plus tard ; un nouveau dossier (/export), demandé dans quelques heures, le contiendra.
dossier-timestamp-none = Ce dossier n'est pas horodaté par un tiers de confiance : seule l'empreinte ci-dessus montre qu'il n'a pas changé.
dossier-verify-title = Comment vérifier l'horodatage
dossier-verify-proves = Ce que l'horodatage prouve : ce dossier (les notes ci-dessus, exactement) existait à cette date et n'a pas été modifié depuis. Ce qu'il ne prouve pas : ce que montrait la page en ligne ; pour cela, il faut un constat de commissaire de justice.
dossier-verify-files = Ce PDF contient en pièces jointes : dossier-record.json (les notes, sous la forme exacte qui a été horodatée ; seule son empreinte SHA-256 a été envoyée à l'autorité), une réponse par autorité (timestamp-1.tsr, …) et timestamp-roots.pem (les certificats racines des autorités). Avec OpenSSL, pour chaque réponse :
dossier-verify-digest = L'empreinte du fichier doit être celle imprimée plus haut :
dossier-verify-read = Pour lire la date, l'autorité et son numéro de série :
dossier-answered-on = { $value } (le { $day })
