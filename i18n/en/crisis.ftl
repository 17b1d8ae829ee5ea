# The answer to a message saying the person wants to die, to hurt themself, or is in danger
# (flows/crisis/). Numbers first, then a few words; the bot promises nothing it cannot do: it is
# not a person and cannot call for help.

crisis-title = <b>What you just wrote matters. You can call now, day and night:</b>
crisis-words = I'm a bot: I can't call for help myself. These people can; they listen without judging. It is not your fault. Your message is kept in your notes only if you ask.
btn-crisis-safe = ✅ I'm safe for now, let's go on
btn-crisis-keep = ✍️ Keep my message in my notes

# A message typed where the bot expects a button: never lost.
notice-typed-story = Thank you. I'm keeping this message, encrypted on our server: it's the beginning of your story (/notes to read it again).
notice-typed-kept = I kept this message in your notes, encrypted (/notes to read it, /delete to erase everything). For the question, press a button:
notice-no-link-kept = I couldn't find a link in that message; I kept it in your notes. A link looks like "instagram.com/…" or "https://…".
