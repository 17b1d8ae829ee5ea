# Talking to someone: an association's counsellors answer in this chat (docs/counsellors.md).
# $association: the association's name (setting ASSOCIATION_NAME).

btn-talk = 💬 Talk to someone
command-talk = Talk to someone from the association
help-talk = /talk: talk to someone from the association
talk-consent =
    Someone from { $association } can read your messages and answer you here.
    To begin, I pass on a short summary: your language, your country, your age group, what happened and the services already shown. Never your name, your username or your Telegram account.
    You can also share your notes and links, if you wish.
talk-share = Yes, with the summary
talk-share-notes = Yes, with the summary and my notes
talk-not-now = Not now
talk-closed =
    Nobody from { $association } is there right now. Someone will be there on { $when }.
    If you are in danger, or need to talk right away, these lines answer:
talk-closed-later =
    Nobody from { $association } is there right now, and I do not know yet when someone will be.
    If you are in danger, or need to talk right away, these lines answer:
talk-remind-me = 🔔 A message when someone is there
talk-unavailable = I cannot put you in touch with a person here for now. These lines do answer:
talk-connected =
    Done. Someone from { $association } will answer you here, usually within { $minutes } minutes. Write whenever you like: they read what you write.
    The buttons still work: 🆘 for the emergency numbers, 🚪 to clear this chat.
talk-already = You are in touch with { $association }: write here, someone reads you.
talk-from = 💬 { $name }
talk-lines = Here is where you can turn:
talk-ended =
    { $association } closed the conversation. Thank you for writing: you did the right thing by talking about it, and it is not your fault.
    Would you like a message from me in a few days?
talk-taking-longer = This is taking longer than usual, sorry. Nobody could answer yet, but your message did arrive. Meanwhile, these lines answer:
talk-not-relayed = I could not pass this message on. Please send it again in a moment. If it is urgent: 🆘.
talk-no-files = I do not pass files on to the association either. Describe what it is, or send the link.

# In the counsellors' group: never a name, a username or a Telegram id.
desk-topic = Person { $number }
desk-summary-title = <b>Person { $number }</b> asks to talk. What they agreed to share:
desk-summary-language = Language: { $language }
desk-summary-kind = Situation: { $answer }
desk-summary-who = Who is in the images: { $answer }
desk-summary-age = Age of the person in the images: { $answer }
desk-summary-writer-age = Age of the person writing: { $answer }
desk-summary-country = Country: { $answer }
desk-summary-services = Services already shown:
desk-summary-service = · { $name }
desk-summary-no-notes = They did not share their notes.
desk-summary-notes = { $count ->
    [0] They agreed to share their notes, but have none.
    [one] Their note:
   *[other] Their { $count } notes:
}
desk-commands = Write here: I pass your answer on, signed "{ $association }". Commands: /close to close, /note for an internal note (never passed on), /lines to send them the services that fit, /undo in reply to one of your messages to remove it on their side. Files are never passed on. Forward nothing outside this group.
desk-crisis = ⚠️ This message has crisis words. The person was given the crisis lines. Answer them as soon as you can.
desk-file-refused = The person tried to send a file. It was not passed on (the bot never keeps an image); they were asked to describe it.
desk-person-left = The person ended the conversation. Their messages were removed from this topic where Telegram still allows it.
desk-closed = This conversation is closed: nothing is passed on. If the person comes back, a message will appear here.
desk-no-files = Files are not passed on. Write the text, or send a link.
desk-too-old = This message is more than 48 hours old: its correction can no longer be passed on.
desk-not-followed = The correction could not be passed on.
desk-undo-how = To remove a message on their side: reply to that message with /undo.
desk-undone = Message removed on their side.
desk-closed-now = Conversation closed. The person got a closing message and the offer of a check-in.
desk-lines-sent = The services that fit their situation were sent to them.
desk-waiting = ⏰ Nobody has answered for { $minutes } minutes. The person was told it is taking longer, with the lines to call.
desk-person-unreachable = The person blocked the bot: nothing more can be passed on to them.
desk-not-sent = The message could not be passed on for now. Try again in a moment.
desk-command-close = Close this conversation
desk-command-note = Internal note, never passed on
desk-command-lines = Send them the services that fit
desk-command-undo = In reply to your message: remove it on their side
