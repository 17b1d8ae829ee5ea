# First-contact flow (flows/incident.yaml).
# Texts are Telegram HTML: <b>, <i>, <code>; write &amp; for "&".

welcome =
    <b>Welcome. Here you can talk about what happened, without judgement.</b>

    This bot helps when an intimate or sexual image is shared without consent, real or faked, or when someone threatens to share one.

    • What you write here is encrypted on our server.
    • /delete erases everything, at any time.
    • This is not the police and not an emergency service.
    • /emergency gives the emergency numbers at any time.
    • /exit clears this chat in one go (see /help).

danger-question = Are you in danger right now?
danger-yes = Yes, in danger now
danger-no = No, not right now

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

links-question = { $kind ->
    [sextortion] If images were posted, send the link or links. If not, press "I don't have a link". Never send me the image itself.
   *[other] Send the link or links where it appears (a post, a profile). Never send me the image itself.
}
links-none = I don't have a link

when-question = When did it happen, or when did you see it? Choose, or type a date.
when-today = Today
when-yesterday = Yesterday
when-this-week = This week
when-earlier = Before that
when-unknown = I don't know

account-question = { $kind ->
    [sextortion] Who is threatening you? Type their account name or profile link, or skip this.
   *[other] Which account posted it? Type its name or profile link, or skip this.
}

advice-evidence-title = <b>Keeping evidence safely</b>
advice-child =
    When a child is shown, the image must never be kept:
    • no screenshot, no download;
    • never forward it, not even to report it: that is forbidden and punished.

    The link, the account name and the time are enough. They are already noted here.

advice-child-own =
    Don't keep the image or send it to anyone, not even to ask for help: no screenshot, no download. If you already have a screenshot, you can delete it.

    The link, the account name and the time are enough. They are already noted here.

advice-adult =
    <b>Keeping evidence safely</b>

    • Note the link to the post and the profile, the platform, the account name, the date and time.
    • A screenshot showing the address and date helps: keep it private.
    • Keep evidence <b>before</b> reporting or blocking: a report can make the content disappear.
    • Never share or forward the content, not even to denounce it.
    • Block the account <b>after</b> noting the evidence; don't delete your own account.

advice-sextortion =
    <b>If someone is blackmailing you</b>
    • Don't pay, don't send more images, don't reply.
    • Note the words of the threat and what they ask for (amount, how to pay).
    • Keep the messages, then block the account once the evidence is noted. Don't delete your own account or the conversation.
    • The person making threats is in the wrong. Not you.

end = Thank you. What you noted is kept, encrypted on our server. You can come back at any time.

checkin-question = Would you like me to check in with you later?
checkin-discreet = <i>The message will be neutral: it says nothing about what happened, not even in the notification. Never between 9 pm and 9 am.</i>
checkin-1 = In 1 day
checkin-3 = In 3 days
checkin-7 = In 1 week
checkin-no = No thanks
field-checkin = Check-in

first-aid-intro = <b>First, what matters most, right now.</b>
writer-age-question = And you, the person writing: how old are you? It helps find the right help.
advice-not-your-fault = You did nothing wrong, and you risk nothing by asking for help. If you can, tell an adult you trust (a parent, a school nurse, a teacher).
advice-witness = A screenshot or a saved copy already taken: delete it, without showing it to anyone. The report needs the link only.
