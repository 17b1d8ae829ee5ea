# The PDF dossier of /export (plain text, no HTML).

dossier-title = Dossier: what happened
dossier-intro = This dossier holds what was noted in Abri, in order. Names are copied exactly as they were written; links in their normal form, without the tracking added when they were shared (the page is the same).
dossier-made = Dossier made on { $utc }, that is { $local }.
dossier-case = The situation
dossier-answer = { $label }: { $value }
dossier-timeline = Timeline of the notes
dossier-recorded = noted on { $utc }, that is { $local }
dossier-digest-title = Fingerprint of the dossier
dossier-digest = This SHA-256 fingerprint is computed from the notes above. The same notes always give the same fingerprint: it can show later that the dossier was not changed.
dossier-next-title = What to do with this dossier
dossier-next-pharos = Report on Pharos (internet-signalement.gouv.fr), for public content. The form asks for: the category ("What happened"), the date and time of publication ("When"), the site or network and the address ("Link"), comments ("Account of events", "Account"), your contact details or anonymity, and whether you are the victim. A report is not a complaint.
dossier-next-plainte = File a complaint (plainte) at any police station or gendarmerie in France, bringing this dossier. A minor can file with an adult. For a scam, including blackmail for money, the online complaint service THESEE also exists.
dossier-next-constat = For stronger evidence: a commissaire de justice (bailiff) can make a certified record (constat) of a web page, with its address and date. It costs about €300. A screenshot alone is only a start of proof.
dossier-next-lu = In Luxembourg: the BEE SECURE Helpline (8002 1234) gives advice; the police take complaints at a police station (113 in an emergency; the online police station only takes thefts and lost objects). The BEE SECURE Stopline (stopline.bee-secure.lu) only takes child sexual abuse material, racism and terrorism.
dossier-next-platform = Also report the content to the platform where it appears, after keeping the evidence: a report can make it disappear.
dossier-days = between { $earliest } and { $latest }
dossier-characters = Characters the font of this document cannot draw (emoji, for example) are written as their Unicode code, like [U+1F64F]; the fingerprint is computed from the exact text, as it was written.
dossier-next-3018 = 3018 (free, anonymous, every day from 9:00 to 23:00, also by chat at 3018.fr) helps young people facing online violence and can have content removed quickly. This dossier can be shown to them.
dossier-next-kjt = The Kanner-Jugendtelefon (116 111, also by chat at kjt.lu) listens to young people, anonymously; parents: 8002 4444. A minor can go to the police with an adult, bringing this dossier.
dossier-next-no-copy = When a child is shown, keep neither the image nor a screenshot, and show it to no one: the report is made with the link alone, noted here.
