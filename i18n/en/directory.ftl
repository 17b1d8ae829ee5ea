# The referral directory (flows/directory.yaml): how each service is presented.
# Names and numbers: the numbers come from directory.yaml, never write them here twice.

referral-intro = <b>Where to turn</b>
referral-elsewhere = This bot knows France and Luxembourg best. What follows works everywhere.
referral-minor-complaint-fr = You can file a complaint, with an adult you trust: at a police or gendarmerie station. You are the victim, not the one in the wrong.
referral-minor-complaint-lu = You can go to the Police (113), at a station, with an adult you trust. You are the victim, not the one in the wrong.
referral-police-elsewhere = Blackmail is a crime everywhere: the police where you live can take a complaint.

emergency-title = <b>If you are in danger, call now:</b>
emergency-line = 📞 <b>{ $number }</b>: { $name }
emergency-line-sms = 💬 <b>{ $number }</b>: { $name }

service-title = <b>{ $name }</b>
service-link = 🔗 { $name }
service-chat = 💬 { $name }: chat
reach-phone = 📞 { $number }
reach-sms = 💬 { $number } (text message)
reach-always = 🕒 24/7
reach-daily = 🕒 every day, { $opens }–{ $closes }

notice-platforms = Seen on: { $names }. At the end I'll say how to report it there.
platform-report = { $platform ->
    [telegram] <b>{ $name }</b>: press and hold the message, then "Report". For a channel or a group: open its profile, ⋮, "Report".
    [whatsapp] <b>{ $name }</b>: open the chat, tap the contact's name, then "Report".
    [snapchat] <b>{ $name }</b>: press and hold the Snap or the account name, then "Report".
   *[other] <b>{ $name }</b>: on the post, tap ⋯ or ⋮, then "Report". Report the account too.
}

service-police_17-name = Police (France)
service-police_17 = When you are in danger right now.
service-emergency_112-name = Emergency, everywhere in Europe
service-emergency_112 = Police, ambulance, fire brigade. Free, from any phone.
service-sms_114-name = Emergency by text message (France)
service-sms_114 = If you cannot speak or hear: write a text message.
service-police_lu-name = Police (Luxembourg)
service-police_lu = In an emergency, and to file a complaint: at a police station (the online police station only takes thefts and lost objects).
service-line_3114-name = Suicide prevention (France), 24/7
service-line_3114 = When you think about suicide, or worry about someone. Free, 24/7, answered by nurses and psychologists.
service-samu_15-name = SAMU, medical emergency (France)
service-samu_15 = A medical emergency: pills swallowed, an injury.
service-fil_sante_jeunes-name = Fil Santé Jeunes
service-fil_sante_jeunes = For 12 to 25 year-olds: someone to talk to, free and anonymous, by phone or chat.
service-sos_detresse-name = SOS Détresse
service-sos_detresse = Someone to talk to when things are bad, anonymous, in Luxembourgish, German, French or English; also by chat.
service-line_116000-name = Listening line for young people (Luxembourg), 24/7
service-line_116000 = For young people, 24/7: they also listen when things are very bad.

service-pharos-name = Pharos
service-pharos = Report the link to the police and gendarmerie, who check public content online. For public content only; private messages go to the police. A report is not a complaint.
service-line_3018-name = 3018
service-line_3018 = For young people facing online violence, and their parents. Free, anonymous, confidential. They can get content removed quickly from many platforms. Also by chat and in the 3018 app.
service-cyber_17-name = 17Cyber
service-cyber_17 = The French State's online help against blackmail and cyberharassment: a diagnosis, then, in serious cases, a 24/7 chat with a police officer or gendarme.
service-allo_119-name = 119 – Allô Enfance en Danger
service-allo_119 = For children and young people in danger, and adults worried about a child. Free; the call does not show on the phone bill.
service-france_victimes-name = 116 006 – France Victimes
service-france_victimes = A help line for all victims. Free, no complaint needed first. From abroad: +33 1 80 52 33 76.
service-point_de_contact-name = Point de Contact
service-point_de_contact = An association where illegal content online can be reported, anonymously.
service-thesee-name = THESEE
service-thesee = The online report and complaint for scams, when three things are true: you only ever knew the person online, there is blackmail, and money is demanded. The complaint needs FranceConnect.
service-plainte-name = A complaint (plainte)
service-plainte = At any police station or gendarmerie. A minor can file it with an adult. Bring the links and dates noted here: /export makes a PDF of them.
service-visioplainte-name = Visioplainte
service-visioplainte = File a complaint by video, from home, with a police officer or gendarme (adults, with FranceConnect). For a sexual offence it is completed in person afterwards.
service-constat-name = A bailiff's record (constat)
service-constat = A commissaire de justice records the web page (address, date, capture): the strongest evidence. It costs about €300.

service-stopline-name = BEE SECURE Stopline
service-stopline = Report the link anonymously and get a tracking number. Only for sexual images of children (and racism, terrorism). Never keep the image.
service-bee_helpline-name = BEE SECURE Helpline
service-bee_helpline = Free advice on any question about online safety, including blackmail.
service-kjt-name = Kanner-Jugendtelefon
service-kjt = For children and young people, anonymous; also by chat. Parents: 8002 4444.
service-scas-name = SCAS – victim support
service-scas = The Ministry of Justice's victim support service: listening and help through the steps, also by e-mail (scas-sav@justice.etat.lu).

service-stopncii-name = StopNCII.org
service-stopncii = For adults. It makes a fingerprint of the image on the phone itself: the image never leaves it, and partner platforms block copies. It works for a manipulated image you have a copy of too, not for new versions of it. Keep the case number and PIN: they cannot be recovered.
service-take_it_down-name = Take It Down
service-take_it_down = For an image taken before 18, only for the person it shows (or their parent), with the file on their own phone. A fingerprint is made there, the image never leaves it, and participating platforms remove copies. Never download or share the image to use it.
service-platform_report-name = The platform itself
service-platform_report = Every platform has a report button, on the post and on the account. Report both, once the link is noted.

# A referral's first message: a few doors, one line each (a phone screen); "More places" opens
# the rest. Hours come from directory.yaml.
referral-door = <b>{ $name }</b>: { $short }{ $reach ->
    [phone] { " " }· 📞 { $number }
    [sms] { " " }· 💬 { $number } (text)
   *[none] { "" }
}{ $hours ->
    [always] { " " }· 24/7
    [open] { " " }· open now, until { $closes }
    [closed] { " " }· closed now, opens at { $opens }
   *[unknown] { "" }
}
btn-more-places = ➕ More places, and how to report
referral-more-title = <b>More places</b>

service-police_17-short = immediate danger
service-emergency_112-short = police, ambulance, fire
service-sms_114-short = emergency by text, without speaking
service-police_lu-short = emergencies, and complaints at a station
service-pharos-short = report the link to the police
service-line_3018-short = online violence, for young people and their parents
service-cyber_17-short = the State's help against online blackmail
service-allo_119-short = children and young people in danger
service-france_victimes-short = free help for victims
service-point_de_contact-short = report the link, anonymously
service-thesee-short = complaint online when money is demanded
service-plainte-short = at a police or gendarmerie station
service-visioplainte-short = file a complaint by video
service-constat-short = the strongest evidence, about €300
service-stopline-short = report the link, anonymously
service-bee_helpline-short = free advice, blackmail included
service-kjt-short = someone to listen, for young people, anonymous
service-scas-short = victim support
service-stopncii-short = block copies of an image without sending it
service-take_it_down-short = have an image taken before 18 removed
service-platform_report-short = its "Report" button
