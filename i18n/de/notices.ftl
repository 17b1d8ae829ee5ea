# Die Meldevorlage für Plattformen (DSA, Artikel 16), in der PDF-Akte (reiner Text).

notice-title = Meldungen an die Plattformen
notice-intro = Für jeden notierten Link eine Meldung zum Kopieren, mit dem, was das EU-Gesetz über digitale Dienste (DSA, Artikel 16) verlangt. Abri schickt selbst nichts. Vor dem Senden die Beweise sichern: eine Meldung kann den Inhalt verschwinden lassen. [Name] und [E-Mail] vor dem Senden ersetzen.
notice-intro-child = Wenn ein Kind zu sehen ist, wird ohne Namen und E-Mail gemeldet und nie mit angehängtem Bild: der Link genügt.
notice-for = { $name }: { $link }
notice-opening = Nach Artikel 16 der Verordnung (EU) 2022/2065 (Gesetz über digitale Dienste, DSA) melde ich Ihnen den folgenden Inhalt, den ich für rechtswidrig halte.
notice-location = Genaue Adresse des Inhalts (URL): { $link }
notice-illegal-montage = Warum er rechtswidrig ist: dieser Inhalt ist ein sexuelles Bild einer realen Person, ohne ihre Einwilligung hergestellt oder verändert (Montage, KI-generiertes Bild). In Frankreich ist das Herstellen oder Verbreiten strafbar (Artikel 226-8-1 des Code pénal).
notice-illegal-shared = Warum er rechtswidrig ist: dieser Inhalt ist ein intimes Bild einer Person, ohne ihre Einwilligung verbreitet. In Frankreich ist das strafbar (Artikel 226-2-1 des Code pénal).
notice-illegal-intimate = Warum er rechtswidrig ist: dieser Inhalt zeigt eine Person sexuell oder intim ohne ihre Einwilligung. In Frankreich ist das Verbreiten eines solchen Bildes strafbar (Artikel 226-2-1 des Code pénal), ebenso eine Montage (Artikel 226-8-1).
notice-illegal-child = Warum er rechtswidrig ist: dieser Inhalt ist ein sexuelles Bild einer minderjährigen Person. In Frankreich ist das Herstellen, Besitzen oder Verbreiten verboten und strafbar (Artikel 227-23 des Code pénal).
notice-illegal-child-lu = Warum er rechtswidrig ist: dieser Inhalt ist ein sexuelles Bild einer minderjährigen Person. In Frankreich ist das Herstellen, Besitzen oder Verbreiten verboten und strafbar (Artikel 227-23 des Code pénal); in Luxemburg auch das Besitzen oder Ansehen (Artikel 384 des Code pénal).
notice-notifier = Meldende Person: [Name], [E-Mail]
notice-anonymous = Diese Meldung erfolgt ohne Namen und E-Mail-Adresse, wie Artikel 16 Absatz 2 Buchstabe c der Verordnung es bei Darstellungen sexuellen Missbrauchs von Kindern erlaubt.
notice-good-faith = Ich erkläre in gutem Glauben, dass die Angaben und Behauptungen in dieser Meldung richtig und vollständig sind.
notice-request = Ich bitte Sie, diesen Inhalt zu entfernen oder den Zugang zu ihm zu sperren, und mir Ihre Entscheidung mitzuteilen (Artikel 16 Absatz 5).
notice-where-form = Wohin damit, bei { $name }: { $url }. Oder auf dem Inhalt „Melden“ antippen und diesen Text dort einfügen, wo nach Details gefragt wird.
notice-where-report = Wohin damit: auf dem Inhalt ⋯ oder ⋮ antippen, dann „Melden“, und diesen Text dort einfügen, wo nach Details gefragt wird.

# Dieselben Meldungen im Chat, aus den Notizen (Telegram-Text).
notes-notices = 📨 Meldungen zum Kopieren
notice-chat-intro = Eine Meldung je notiertem Link, zum Kopieren: Antippen des Blocks kopiert ihn. Abri schickt selbst nichts. Vor dem Senden die Beweise sichern: eine Meldung kann den Inhalt verschwinden lassen. Stehen [Name] und [E-Mail] darin, sie vor dem Senden ersetzen.
notice-chat-heading = Für { $platform }, dieser Link:
notice-none = Während der Fragen wurde kein Link notiert: Meldungen werden aus den Links erstellt.
