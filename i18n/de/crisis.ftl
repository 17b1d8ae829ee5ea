# Die Antwort auf eine Nachricht, in der jemand sterben oder sich verletzen will oder in Gefahr
# ist (flows/crisis/). Zuerst die Nummern, dann wenige Worte; der Bot verspricht nichts, was er
# nicht kann: Er ist kein Mensch und kann keine Hilfe rufen.

crisis-title = { $register ->
    [informal] <b>Was du gerade geschrieben hast, zählt. Du kannst jetzt anrufen, Tag und Nacht:</b>
   *[formal] <b>Was Sie gerade geschrieben haben, zählt. Sie können jetzt anrufen, Tag und Nacht:</b>
}
crisis-words = { $register ->
    [informal] Ich bin ein Bot: Ich kann selbst keine Hilfe rufen. Diese Menschen schon; sie hören zu, ohne zu urteilen. Du bist nicht schuld. Deine Nachricht wird nur in deinen Notizen behalten, wenn du es willst.
   *[formal] Ich bin ein Bot: Ich kann selbst keine Hilfe rufen. Diese Menschen schon; sie hören zu, ohne zu urteilen. Sie sind nicht schuld. Ihre Nachricht wird nur in Ihren Notizen behalten, wenn Sie es wollen.
}
btn-crisis-safe = ✅ Ich bin gerade sicher, weiter
btn-crisis-keep = ✍️ Meine Nachricht in meinen Notizen behalten

# Eine Nachricht, wo der Bot einen Knopf erwartet: nie verloren.
notice-typed-story = { $register ->
    [informal] Danke. Ich behalte diese Nachricht, verschlüsselt auf unserem Server: Sie ist der Anfang deiner Geschichte (/notes zum Nachlesen).
   *[formal] Danke. Ich behalte diese Nachricht, verschlüsselt auf unserem Server: Sie ist der Anfang Ihrer Geschichte (/notes zum Nachlesen).
}
notice-typed-kept = { $register ->
    [informal] Ich habe diese Nachricht in deinen Notizen behalten, verschlüsselt (/notes zum Lesen, /delete löscht alles). Für die Frage bitte einen Knopf drücken:
   *[formal] Ich habe diese Nachricht in Ihren Notizen behalten, verschlüsselt (/notes zum Lesen, /delete löscht alles). Für die Frage bitte einen Knopf drücken:
}
notice-no-link-kept = { $register ->
    [informal] In dieser Nachricht war kein Link; ich habe sie in deinen Notizen behalten. Ein Link sieht aus wie „instagram.com/…“ oder „https://…“.
   *[formal] In dieser Nachricht war kein Link; ich habe sie in Ihren Notizen behalten. Ein Link sieht aus wie „instagram.com/…“ oder „https://…“.
}
