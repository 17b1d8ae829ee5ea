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
