# The notice kit for platforms (DSA, Article 16), in the PDF dossier (plain text).

notice-title = Notices to send to the platforms
notice-intro = For each link noted, a notice ready to copy, with what the EU Digital Services Act (DSA, Article 16) asks for. Abri sends nothing itself. Keep the evidence before sending: a notice can make the content disappear. Replace [name] and [email] before sending.
notice-intro-child = When a child is shown, the notice is sent without a name or email, and never with an image attached: the link is enough.
notice-for = { $name }: { $link }
notice-opening = Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act), I am notifying you of the following content, which I consider to be illegal.
notice-location = Exact location of the content (URL): { $link }
notice-illegal-montage = Why it is illegal: this content is a sexual image of a real person, made or altered (a montage, an AI-generated image) without their consent. In France, making or spreading it is an offence (article 226-8-1 of the Code pénal).
notice-illegal-shared = Why it is illegal: this content is an intimate image of a person, shared without their consent. In France, this is an offence (article 226-2-1 of the Code pénal).
notice-illegal-intimate = Why it is illegal: this content shows a person in a sexual or intimate way without their consent. In France, spreading such an image is an offence (article 226-2-1 of the Code pénal), and so is a montage (article 226-8-1).
notice-illegal-child = Why it is illegal: this content is a sexual image of a minor. In France, making, keeping or spreading it is forbidden and punished (article 227-23 of the Code pénal).
notice-illegal-child-lu = Why it is illegal: this content is a sexual image of a minor. In France, making, keeping or spreading it is forbidden and punished (article 227-23 of the Code pénal); in Luxembourg, keeping or viewing it is an offence too (article 384 of the Code pénal).
notice-notifier = Notifier: [name], [email]
notice-anonymous = This notice is made without a name or email address, as Article 16(2)(c) of the Regulation allows for child sexual abuse material.
notice-good-faith = I confirm my bona fide belief that the information and allegations in this notice are accurate and complete.
notice-request = I ask you to remove this content or disable access to it, and to inform me of your decision (Article 16(5)).
notice-where-form = Where to send it, at { $name }: { $url }. Or tap "Report" on the content, and paste this text where details are asked for.
notice-where-report = Where to send it: on the content, tap ⋯ or ⋮ then "Report", and paste this text where details are asked for.

# The same notices in the chat, from the notes (Telegram text).
notes-notices = 📨 Notices ready to copy
notice-chat-intro = One notice per link noted, ready to copy: tapping the block copies it. Abri sends nothing itself. Keep the evidence before sending: a notice can make the content disappear. If there are [name] and [email], replace them before sending.
notice-chat-heading = For { $platform }, this link:
notice-none = No link was noted during the questions: notices are prepared from the links.
