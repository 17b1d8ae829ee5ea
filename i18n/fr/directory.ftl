# L'annuaire d'orientation (flows/directory.yaml) : comment chaque service est présenté.
# Les numéros viennent de directory.yaml : ne pas les écrire une deuxième fois ici.

referral-intro = <b>Vers qui se tourner</b>
referral-elsewhere = Ce bot connaît surtout la France et le Luxembourg. Ce qui suit marche partout.
referral-minor-complaint-fr = { $register ->
    [informal] Tu peux porter plainte, avec un adulte de confiance : au commissariat ou à la gendarmerie. C'est toi la victime, pas la personne en faute.
   *[formal] Un·e mineur·e peut porter plainte, accompagné·e d'un adulte : au commissariat ou à la gendarmerie.
}
referral-minor-complaint-lu = { $register ->
    [informal] Tu peux aller à la Police (113), dans un commissariat, avec un adulte de confiance. C'est toi la victime, pas la personne en faute.
   *[formal] Un·e mineur·e peut aller à la Police (113), dans un commissariat, avec un adulte.
}
referral-police-elsewhere = Le chantage est un délit partout : la police du pays où l'on vit peut prendre une plainte.

emergency-title = <b>En cas de danger, appeler tout de suite :</b>
emergency-line = 📞 <b>{ $number }</b> : { $name }
emergency-line-sms = 💬 <b>{ $number }</b> : { $name }

service-title = <b>{ $name }</b>
service-link = 🔗 { $name }
service-chat = 💬 { $name } : chat
reach-phone = 📞 { $number }
reach-sms = 💬 { $number } (SMS)
reach-always = 🕒 24 h/24, 7 j/7
reach-daily = 🕒 tous les jours, { $opens }–{ $closes }

notice-platforms = Vu sur : { $names }. À la fin, je dirai comment le signaler là-bas.
platform-report = { $platform ->
    [telegram] <b>{ $name }</b> : appui long sur le message, puis « Signaler ». Pour une chaîne ou un groupe : ouvrir son profil, ⋮, « Signaler ».
    [whatsapp] <b>{ $name }</b> : ouvrir la discussion, toucher le nom du contact, puis « Signaler ».
    [snapchat] <b>{ $name }</b> : appui long sur le Snap ou le nom du compte, puis « Signaler ».
   *[other] <b>{ $name }</b> : sur la publication, toucher ⋯ ou ⋮, puis « Signaler ». Signaler aussi le compte.
}

service-police_17-name = Police (France)
service-police_17 = En cas de danger immédiat.
service-emergency_112-name = Urgences, partout en Europe
service-emergency_112 = Police, ambulance, pompiers. Gratuit, depuis n'importe quel téléphone.
service-sms_114-name = Urgences par SMS (France)
service-sms_114 = Quand on ne peut pas parler ou entendre : écrire un SMS.
service-police_lu-name = Police (Luxembourg)
service-police_lu = En cas d'urgence, et pour porter plainte : dans un commissariat (le commissariat en ligne ne prend que les vols et les objets perdus).
service-line_3114-name = Prévention du suicide, 24 h/24
service-line_3114 = Quand on pense au suicide, ou qu'on s'inquiète pour quelqu'un. Gratuit, 24 h/24, des infirmiers et des psychologues répondent.
service-samu_15-name = SAMU, urgence médicale
service-samu_15 = Une urgence médicale : des médicaments avalés, une blessure.
service-fil_sante_jeunes-name = Fil Santé Jeunes
service-fil_sante_jeunes = Pour les 12–25 ans : quelqu'un à qui parler, gratuit et anonyme, au téléphone ou par chat.
service-sos_detresse-name = SOS Détresse
service-sos_detresse = Quelqu'un à qui parler quand ça ne va pas, anonyme, en luxembourgeois, allemand, français ou anglais ; aussi par chat.
service-line_116000-name = Écoute pour les jeunes, 24 h/24
service-line_116000 = Pour les jeunes, 24 h/24 : on y écoute aussi quand ça va très mal.

service-pharos-name = Pharos
service-pharos = Signaler le lien aux policiers et gendarmes qui contrôlent les contenus publics en ligne. Seulement les contenus publics ; les messages privés vont à la police. Un signalement n'est pas une plainte.
service-line_3018-name = 3018
service-line_3018 = Pour les jeunes face aux violences en ligne, et leurs parents. Gratuit, anonyme, confidentiel. Il peut faire retirer des contenus vite sur de nombreuses plateformes. Aussi par chat et dans l'application 3018.
service-cyber_17-name = 17Cyber
service-cyber_17 = L'aide en ligne de l'État face au chantage et au cyberharcèlement : un diagnostic, puis, dans les cas graves, un chat avec un policier ou un gendarme, 24 h/24.
service-allo_119-name = 119 – Allô Enfance en Danger
service-allo_119 = Pour les enfants et les jeunes en danger, et les adultes inquiets pour un enfant. Gratuit ; l'appel n'apparaît pas sur la facture.
service-france_victimes-name = 116 006 – France Victimes
service-france_victimes = Une ligne d'aide pour toutes les victimes. Gratuit, sans plainte préalable. Depuis l'étranger : +33 1 80 52 33 76.
service-point_de_contact-name = Point de Contact
service-point_de_contact = Une association où signaler un contenu illégal en ligne, de façon anonyme.
service-thesee-name = THESEE
service-thesee = Le signalement et la plainte en ligne pour les escroqueries, quand trois choses sont vraies : la personne n'a été connue qu'en ligne, il y a du chantage, et de l'argent est demandé. Il faut FranceConnect pour la plainte.
service-plainte-name = Porter plainte
service-plainte = Dans n'importe quel commissariat ou gendarmerie. Une personne mineure peut porter plainte avec un adulte. Apporter les liens et dates notés ici : /export en fait un PDF.
service-visioplainte-name = Visioplainte
service-visioplainte = Porter plainte par vidéo, depuis chez soi, avec un policier ou un gendarme (pour les adultes, avec FranceConnect). Pour une atteinte sexuelle, il faut ensuite compléter sur place.
service-constat-name = Un constat de commissaire de justice
service-constat = Un commissaire de justice constate la page web (adresse, date, capture) : la preuve la plus solide. Environ 300 €.

service-stopline-name = BEE SECURE Stopline
service-stopline = Signaler le lien de façon anonyme, avec un numéro de suivi. Seulement pour les images sexuelles d'enfants (et le racisme, le terrorisme). Ne jamais garder l'image.
service-bee_helpline-name = BEE SECURE Helpline
service-bee_helpline = Des conseils gratuits pour toute question de sécurité en ligne, y compris le chantage.
service-kjt-name = Kanner-Jugendtelefon
service-kjt = Pour les enfants et les jeunes, anonyme ; aussi par chat. Parents : 8002 4444.
service-scas-name = SCAS – aide aux victimes
service-scas = Le service d'aide aux victimes du ministère de la Justice : écoute et accompagnement, aussi par e-mail (scas-sav@justice.etat.lu).

service-stopncii-name = StopNCII.org
service-stopncii = Pour les adultes. Une empreinte de l'image est calculée sur le téléphone même : l'image ne le quitte pas, et les plateformes partenaires bloquent les copies. Cela marche aussi pour une image truquée dont on a une copie, pas pour ses nouvelles versions. Garder le numéro de dossier et le code PIN : ils ne peuvent pas être retrouvés.
service-take_it_down-name = Take It Down
service-take_it_down = Pour une image prise avant 18 ans, seulement pour la personne qu'elle montre (ou son parent), avec le fichier sur son propre téléphone. Une empreinte y est calculée, l'image ne le quitte pas, et les plateformes participantes retirent les copies. Ne jamais télécharger ni partager l'image pour s'en servir.
service-platform_report-name = La plateforme elle-même
service-platform_report = Chaque plateforme a un bouton de signalement, sur la publication et sur le compte. Signaler les deux, une fois le lien noté.

# Le premier message d'une orientation : quelques portes, une ligne chacune (un écran de
# téléphone) ; « Plus d'adresses » ouvre le reste. Les horaires viennent de directory.yaml.
referral-door = <b>{ $name }</b> : { $short }{ $reach ->
    [phone] { " " }· 📞 { $number }
    [sms] { " " }· 💬 { $number } (SMS)
   *[none] { "" }
}{ $hours ->
    [always] { " " }· 24 h/24
    [open] { " " }· ouvert maintenant, jusqu'à { $closes }
    [closed] { " " }· fermé maintenant, ouvre à { $opens }
   *[unknown] { "" }
}
btn-more-places = ➕ Plus d'adresses, et comment signaler
referral-more-title = <b>Autres adresses</b>

service-police_17-short = danger immédiat
service-emergency_112-short = police, ambulance, pompiers
service-sms_114-short = urgence par écrit, sans parler
service-police_lu-short = urgence, et plainte au commissariat
service-pharos-short = signaler le lien à la police
service-line_3018-short = violences en ligne, pour les jeunes et leurs parents
service-cyber_17-short = l'aide de l'État face au chantage en ligne
service-allo_119-short = enfants et jeunes en danger
service-france_victimes-short = aide gratuite aux victimes
service-point_de_contact-short = signaler le lien, anonymement
service-thesee-short = plainte en ligne quand de l'argent est demandé
service-plainte-short = au commissariat ou à la gendarmerie
service-visioplainte-short = porter plainte par vidéo
service-constat-short = la preuve la plus solide, environ 300 €
service-stopline-short = signaler le lien, anonymement
service-bee_helpline-short = conseils gratuits, y compris sur le chantage
service-kjt-short = écoute pour les jeunes, anonyme
service-scas-short = aide aux victimes
service-stopncii-short = bloquer les copies d'une image, sans l'envoyer
service-take_it_down-short = faire retirer une image prise avant 18 ans
service-platform_report-short = son bouton « Signaler »
