# Die PDF-Akte von /export (einfacher Text, kein HTML).

dossier-title = Akte: was passiert ist
dossier-intro = Diese Akte enthält, was in Abri notiert wurde, der Reihe nach. Namen sind genau so übernommen, wie sie geschrieben wurden; Links in ihrer normalen Form, ohne die Tracking-Angaben, die beim Teilen angehängt werden (die Seite bleibt dieselbe).
dossier-made = Akte erstellt am { $utc }, also { $local }.
dossier-case = Die Lage
dossier-answer = { $label }: { $value }
dossier-timeline = Zeitleiste der Notizen
dossier-recorded = notiert am { $utc }, also { $local }
dossier-digest-title = Fingerabdruck der Akte
dossier-digest = Dieser SHA-256-Fingerabdruck wird aus den Notizen oben berechnet. Dieselben Notizen ergeben immer denselben Fingerabdruck: so lässt sich später zeigen, dass die Akte nicht verändert wurde.
dossier-next-title = Was tun mit dieser Akte?
dossier-next-pharos = In Frankreich auf Pharos melden (internet-signalement.gouv.fr), bei öffentlichen Inhalten. Das Formular fragt: die Kategorie („Was passiert ist“), Datum und Uhrzeit der Veröffentlichung („Wann“), die Seite oder das Netzwerk und die Adresse („Link“), Kommentare („Schilderung“, „Konto“), Kontaktdaten oder anonym, und ob man selbst betroffen ist. Eine Meldung ist keine Anzeige.
dossier-next-plainte = In Frankreich Anzeige (plainte) bei jeder Polizei- oder Gendarmeriewache erstatten und diese Akte mitbringen. Minderjährige können mit einem Erwachsenen Anzeige erstatten. Bei Betrug, auch Erpressung um Geld, gibt es zusätzlich die Online-Anzeige THESEE.
dossier-next-constat = Für einen stärkeren Beweis: ein commissaire de justice (Gerichtsvollzieher) kann eine Webseite amtlich festhalten (constat), mit Adresse und Datum. Das kostet etwa 300 €. Ein Screenshot allein ist nur ein Anfangsbeweis.
dossier-next-lu = In Luxemburg: die BEE SECURE Helpline (8002 1234) berät; die Polizei nimmt Anzeigen auf einer Polizeiwache auf (113 im Notfall; die Online-Wache nimmt nur Diebstähle und verlorene Sachen). Die BEE SECURE Stopline (stopline.bee-secure.lu) nimmt nur Darstellungen sexuellen Kindesmissbrauchs, Rassismus und Terrorismus an.
dossier-next-platform = Den Inhalt auch der Plattform melden, auf der er erscheint, nachdem die Beweise gesichert sind: eine Meldung kann ihn verschwinden lassen.
dossier-days = zwischen { $earliest } und { $latest }
dossier-characters = Zeichen, die die Schrift dieses Dokuments nicht darstellen kann (zum Beispiel Emojis), stehen als ihr Unicode-Code da, etwa [U+1F64F]; der Fingerabdruck wird aus dem genauen Text berechnet, so wie er geschrieben wurde.
dossier-next-3018 = Die 3018 in Frankreich (kostenlos, anonym, täglich 9–23 Uhr, auch per Chat auf 3018.fr) hilft jungen Menschen bei Gewalt im Netz und kann Inhalte schnell entfernen lassen. Diese Akte kann ihr gezeigt werden.
dossier-next-kjt = Das Kanner-Jugendtelefon (116 111, auch per Chat auf kjt.lu) hört jungen Menschen zu, anonym; Eltern: 8002 4444. Minderjährige können mit einem Erwachsenen zur Polizei gehen und diese Akte mitbringen.
dossier-next-no-copy = Wenn ein Kind zu sehen ist: weder das Bild noch einen Screenshot behalten und es niemandem zeigen. Gemeldet wird nur mit dem Link, der hier notiert ist.
