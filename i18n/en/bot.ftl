# Shared texts: buttons, menu, bot messages.

progress = Step { $current } of { $total }
btn-begin = Begin
btn-continue = Continue
btn-done = That's all
btn-skip = Skip
btn-back = ← Back
btn-stop = ✕ Stop
btn-sos = 🆘 Emergency
btn-exit = 🚪 Quick exit
btn-resume = Carry on

notice-link-refused = I don't keep "{ $scheme }:" links: they don't lead to a web page and can hide something else. Copy the page's address instead, the one starting with https://
notice-link-too-long = This link is too long to keep. Copy the address of the post itself, without what follows the "?".
notice-links-saved = { $count ->
    [one] Link saved.
   *[other] { $count } links saved.
} You can send more, or press "That's all".
notice-date-impossible = That date is not in the calendar. Write it like this, for example: 03/11/2026 (day/month/year), or choose a button.
notice-stale = Let's pick up where we were.
notice-flow-changed = The conversation has been updated in the meantime. Nothing you noted is lost.

menu-intro = What would you like to do now?
menu-note = ✍️ Add a note
menu-notes = 📒 My notes
menu-help = 🆘 Get help now
menu-delete = 🗑 Delete my data
menu-start = Tell what happened

stopped = Okay, we stop here. What you noted is kept, encrypted. /start to begin again, /delete to erase everything.

emergency-back = When you can, we can pick up where we were.

note-ask = Write your note. It will be encrypted on our server, with the date.
note-saved = Note saved, encrypted, with the date.
notes-warning = ⚠️ Your notes will show on screen. Make sure nobody is looking.
notes-show = Show my notes
notes-empty = No notes yet.
notes-header = <b>My notes</b>, page { $page } of { $pages } (newest first)
notes-newer = ‹ Newer
notes-older = Older ›
notes-export = 📄 Export all as PDF
note-unreadable = This note could not be read.
field-describe = Account of events
field-link = Link
field-links = Links
field-when = When
field-account = Account
field-note = Note
field-danger = Immediate danger
field-who = Person affected
field-age = Age
field-writer_age = Age of the person writing
field-country = Country
field-kind = What happened

held-ask = Keep this message in your notes? It will be encrypted on our server.
held-keep = ✍️ Yes, keep as a note
held-drop = No

export-ready = Here is your dossier as a PDF. It stays in this chat: save it somewhere safe, then delete it here if someone else may see your phone.

delete-confirm = Delete everything? Notes, links, answers: nothing can be recovered.
delete-yes = Yes, delete everything
delete-no = No, keep it
delete-done = { $entries ->
        [0] Deleted: all your answers, and the key that encrypted them.
        [one] Deleted: 1 note or link, all your answers, and the key that encrypted them.
       *[other] Deleted: { $entries } notes and links, all your answers, and the key that encrypted them.
    } Nothing about you is left here. Only you can remove this chat in Telegram (press and hold the conversation, "Delete") and a PDF you already saved on your phone.
delete-kept = Okay, nothing was deleted.

media-deleted =
    I removed that file from the chat: I never keep images or files.
    A link to where it appears is enough.
media-deleted-child =
    I removed that file from the chat. When a child is shown, keeping or sending the image is itself an offence.
    The link, the account name and the time are enough. If the image is on your device, it is best to delete it.
media-not-deleted = I couldn't remove that file: please delete it from the chat yourself.
unsupported = I can only read text and buttons.

help =
    <b>Abri</b> helps when intimate or sexual images are shared, or someone threatens to share them.
    /start: tell what happened
    /notes: my notes
    /export: my notes as a PDF
    /emergency: emergency numbers
    /exit: quick exit
    /language: change language
    /reminders: my reminders
    /delete: erase everything
    What you write here is encrypted on our server. This is not the police and not an emergency service.

    <b>Quick exit</b> (/exit or the 🚪 button): the bot deletes this conversation's messages from the last 48 hours, keeps the notes, and leaves a single "OK". This hides the chat from someone glancing at the phone, not from spyware. To remove the chat itself: press and hold it in the list of chats, then "Delete" (on iPhone: swipe it to the left).

error-generic = Something went wrong on our side. Your notes are safe. Please try again in a moment.

language-ask = Quelle langue ? / Which language? / Welche Sprache?
language-set = Noted: I'll carry on in English.
language-name-fr = Français
language-name-en = English
language-name-de = Deutsch

# Telegram's command menu (setMyCommands)
command-start = Tell what happened
command-help = Help and commands
command-notes = My notes
command-export = My notes as a PDF
command-delete = Delete everything
command-urgence = Help right now
command-exit = Quick exit: clear this chat
command-language = Change language

reminder-text = Hello 👋 Here is the message you asked for. Shall we take stock?
reminder-yes = Yes
reminder-later = Later
reminder-stop = Stop reminders
reminders-planned = Noted: a message will come on { $when }.
reminders-none = No reminder planned. When would you like a message?
reminders-list = Planned reminders:
reminders-item = • on { $when }
reminders-stop-all = Stop reminders
reminders-stopped = Done: no more reminders.
command-reminders = My reminders
reminders-zone = 🕘 Time zone: { $zone }
reminders-zone-ask = Which time zone? No message comes between 9 pm and 9 am there.
reminders-zone-name = 🕘 { $zone }

exit-word = OK

# How long data is kept without news (/help, the warning, the dossier).
help-retention = { $days ->
    [0] <b>Keeping</b>: what is noted here is kept until it is erased with /delete.
   *[other] <b>Keeping</b>: after { $days } days without news, everything noted here is erased, as with /delete. A message warns a week before.
}
retention-button = 🗓 How long it is kept
retention-ask = How long should what is noted here be kept without news? Any message or button counts as news.
retention-choice = { $current ->
    [true] ✓{ " " }
   *[false] { "" }
}{ $days ->
    [0] Until I erase it
    [365] 1 year
   *[other] { $days } days
}
retention-set = { $until ->
    [never] Noted: kept until it is erased with /delete.
   *[other] Noted: without news, erased on { $until }.
}
retention-warning = Hello 👋 Without news by then, what is kept here will be erased on { $day }. To keep it, just press "Keep".
retention-keep = Keep
retention-choose = 🗓 Choose how long
retention-delete-now = 🗑 Erase everything now
dossier-retention = { $days ->
    [0] Abri keeps these notes until they are erased with /delete.
   *[other] Abri erases these notes after { $days } days without news (the period is chosen in /help). This PDF stays wherever it was saved.
}
