# First-contact flow (flows/incident.yaml).
# Texts are Telegram HTML: <b>, <i>, <code>; write &amp; for "&".

welcome =
    <b>Welcome. Here you can talk about what happened, without judgement.</b>

    This bot helps when an intimate or sexual image is shared without consent, real or faked, or when someone threatens to share one.

    • What you write here is encrypted on our server.
    • /delete erases everything, at any time.
    • This is not the police and not an emergency service.
    • /emergency gives the emergency numbers at any time.

danger-question = Are you in danger right now?
danger-yes = Yes, in danger now
danger-no = No, not right now

emergency-numbers-all =
    <b>If you are in danger, call now:</b>

    🇫🇷 France: <b>17</b> (police), <b>112</b> (emergency), <b>114</b> by text message if you cannot speak
    🇱🇺 Luxembourg: <b>113</b> (police), <b>112</b> (emergency)
    Elsewhere in Europe: <b>112</b>
emergency-then = When you can, we can carry on here.
btn-continue-safe = Carry on

who-question = Who is affected?
who-me = Me
who-child = My child
who-other = Someone else

age-question = { $who ->
    [me] How old are you?
    [child] How old is your child?
   *[other] How old is the person affected?
}
age-under18 = Under 18
age-adult = 18 or over

country-question = Which country do you live in?
country-fr = France
country-lu = Luxembourg
country-other = Somewhere else

kind-question = What happened? Choose the closest.
kind-ai-image = A sexual image made or edited with AI
kind-shared-image = A real intimate image shared without consent
kind-sextortion = Threats or blackmail to share images
kind-child-image = A sexual image of a child seen online
kind-other = Something else

describe-question = Tell me what happened, in your own words. You can also skip this.
typed-is-encrypted = <i>What you write is encrypted on our server and is not repeated in this chat.</i>

links-question = Send the link or links where it appears (a post, a profile). Never send me the image itself.
links-none = I don't have a link

when-question = When did it happen, or when did you see it? Choose, or type a date.
when-today = Today
when-yesterday = Yesterday
when-this-week = This week
when-earlier = Before that
when-unknown = I don't know

account-question = Which account posted it? Type its name or profile link, or skip this.

advice-child =
    <b>Keeping evidence safely</b>

    When a child is shown, the image must never be kept:
    • no screenshot, no download;
    • never forward it, not even to report it: that is forbidden and punished.

    The link, the account name and the time are enough. They are already noted here.

advice-adult =
    <b>Keeping evidence safely</b>

    • Note the link to the post and the profile, the platform, the account name, the date and time.
    • A screenshot showing the address and date helps: keep it private.
    • Keep evidence <b>before</b> reporting or blocking: a report can make the content disappear.
    • Never share or forward the content.

advice-sextortion =
    <b>If someone is blackmailing you</b>
    • Don't pay, don't send more images, don't reply.
    • Keep the messages, then block the account once the evidence is noted.
    • The person making threats is in the wrong. Not you.

referral-intro = <b>Where to turn</b>
referral-3018 = 📞 <b>3018</b>: free and anonymous, for young people and parents facing online violence. They can get content removed fast. Also by chat on 3018.fr.
referral-119 = 📞 <b>119</b>: Allô Enfance en Danger, 24/7, free, does not show on the phone bill.
referral-pharos = 🔗 <b>Pharos</b>: report the link to the police, 24/7, at internet-signalement.gouv.fr. A report is not a complaint.
referral-stopline = 🔗 <b>BEE SECURE Stopline</b>: report the link anonymously at stopline.bee-secure.lu. Never keep the image.
referral-bee-helpline = 📞 <b>BEE SECURE Helpline</b>: 8002 1234, free, for any question about online safety, including blackmail.
referral-kjt = 📞 <b>Kanner-Jugendtelefon</b>: 116 111, anonymous, for children and young people; also by chat at kjt.lu.
referral-elsewhere = This bot knows France and Luxembourg best. Everywhere, the platform where the content appears has its own report button.
referral-take-it-down = 🔗 <b>Take It Down</b> (takeitdown.ncmec.org): for an image taken before 18. The image never leaves the phone.
referral-stopncii = 🔗 <b>StopNCII</b> (stopncii.org): for adults. The image never leaves the phone; partner platforms block copies.

end = Thank you. What you noted is kept, encrypted on our server. You can come back at any time.

checkin-question = Would you like me to check in with you later?
checkin-discreet = <i>The message will be neutral: it says nothing about what happened, not even in the notification. Never between 9 pm and 9 am.</i>
checkin-1 = In 1 day
checkin-3 = In 3 days
checkin-7 = In 1 week
checkin-no = No thanks
field-checkin = Check-in
