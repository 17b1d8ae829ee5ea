# Mit jemandem sprechen: die Berater·innen eines Vereins antworten in diesem Chat (docs/counsellors.md).
# $association: der Name des Vereins (Einstellung ASSOCIATION_NAME).

btn-talk = 💬 Mit jemandem sprechen
command-talk = Mit jemandem vom Verein sprechen
help-talk = /sprechen (oder /talk): mit jemandem vom Verein sprechen
talk-consent = { $register ->
    [informal] Jemand von { $association } kann deine Nachrichten lesen und dir hier antworten.
        Zuerst gebe ich eine kurze Zusammenfassung weiter: deine Sprache, dein Land, deine Altersgruppe, was passiert ist und die schon genannten Stellen. Nie deinen Namen, deinen Benutzernamen oder dein Telegram-Konto.
        Du kannst auch deine Notizen und Links teilen, wenn du willst.
   *[formal] Jemand von { $association } kann Ihre Nachrichten lesen und Ihnen hier antworten.
        Zuerst gebe ich eine kurze Zusammenfassung weiter: Ihre Sprache, Ihr Land, Ihre Altersgruppe, was passiert ist und die schon genannten Stellen. Nie Ihren Namen, Ihren Benutzernamen oder Ihr Telegram-Konto.
        Sie können auch Ihre Notizen und Links teilen, wenn Sie möchten.
}
talk-share = Ja, mit der Zusammenfassung
talk-share-notes = Ja, mit Zusammenfassung und Notizen
talk-not-now = Jetzt nicht
talk-closed = { $register ->
    [informal] Gerade ist niemand von { $association } da. Jemand ist am { $when } da.
        Wenn du in Gefahr bist oder sofort reden musst, diese Nummern sind erreichbar:
   *[formal] Gerade ist niemand von { $association } da. Jemand ist am { $when } da.
        Wenn Sie in Gefahr sind oder sofort reden müssen, diese Nummern sind erreichbar:
}
talk-closed-later = { $register ->
    [informal] Gerade ist niemand von { $association } da, und ich weiß noch nicht, wann wieder jemand da ist.
        Wenn du in Gefahr bist oder sofort reden musst, diese Nummern sind erreichbar:
   *[formal] Gerade ist niemand von { $association } da, und ich weiß noch nicht, wann wieder jemand da ist.
        Wenn Sie in Gefahr sind oder sofort reden müssen, diese Nummern sind erreichbar:
}
talk-remind-me = 🔔 Eine Nachricht, wenn jemand da ist
talk-unavailable = { $register ->
    [informal] Ich kann dich hier gerade nicht mit einer Person verbinden. Diese Nummern sind erreichbar:
   *[formal] Ich kann Sie hier gerade nicht mit einer Person verbinden. Diese Nummern sind erreichbar:
}
talk-connected = { $register ->
    [informal] Erledigt. Jemand von { $association } antwortet dir hier, meist innerhalb von { $minutes } Minuten. Schreib, wann du willst: Die Person liest, was du schreibst.
        Die Knöpfe funktionieren weiter: 🆘 für die Notrufnummern, 🚪 um den Chat zu leeren.
   *[formal] Erledigt. Jemand von { $association } antwortet Ihnen hier, meist innerhalb von { $minutes } Minuten. Schreiben Sie, wann Sie wollen: Die Person liest, was Sie schreiben.
        Die Knöpfe funktionieren weiter: 🆘 für die Notrufnummern, 🚪 um den Chat zu leeren.
}
talk-already = { $register ->
    [informal] Du bist mit { $association } verbunden: Schreib hier, jemand liest mit.
   *[formal] Sie sind mit { $association } verbunden: Schreiben Sie hier, jemand liest mit.
}
talk-from = 💬 { $name }
talk-lines = { $register ->
    [informal] Hier kannst du dich hinwenden:
   *[formal] Hier können Sie sich hinwenden:
}
talk-ended = { $register ->
    [informal] { $association } hat das Gespräch beendet. Danke, dass du geschrieben hast: Es war richtig, darüber zu reden, und es ist nicht deine Schuld.
        Möchtest du in ein paar Tagen eine Nachricht von mir?
   *[formal] { $association } hat das Gespräch beendet. Danke, dass Sie geschrieben haben: Es war richtig, darüber zu reden, und es ist nicht Ihre Schuld.
        Möchten Sie in ein paar Tagen eine Nachricht von mir?
}
talk-taking-longer = { $register ->
    [informal] Es dauert länger als sonst, entschuldige. Noch konnte niemand antworten, aber deine Nachricht ist angekommen. Bis dahin sind diese Nummern erreichbar:
   *[formal] Es dauert länger als sonst, entschuldigen Sie. Noch konnte niemand antworten, aber Ihre Nachricht ist angekommen. Bis dahin sind diese Nummern erreichbar:
}
talk-not-relayed = { $register ->
    [informal] Ich konnte diese Nachricht nicht weitergeben. Schick sie bitte gleich noch einmal. Wenn es dringend ist: 🆘.
   *[formal] Ich konnte diese Nachricht nicht weitergeben. Schicken Sie sie bitte gleich noch einmal. Wenn es dringend ist: 🆘.
}
talk-no-files = { $register ->
    [informal] Dateien gebe ich auch nicht an den Verein weiter. Beschreib, was es ist, oder schick den Link.
   *[formal] Dateien gebe ich auch nicht an den Verein weiter. Beschreiben Sie, was es ist, oder schicken Sie den Link.
}

# In der Gruppe der Berater·innen: nie ein Name, ein Benutzername oder eine Telegram-ID.
desk-topic = Person { $number }
desk-summary-title = <b>Person { $number }</b> möchte sprechen. Was sie teilen wollte:
desk-summary-language = Sprache: { $language }
desk-summary-kind = Situation: { $answer }
desk-summary-who = Wer auf den Bildern ist: { $answer }
desk-summary-age = Alter der Person auf den Bildern: { $answer }
desk-summary-writer-age = Alter der schreibenden Person: { $answer }
desk-summary-country = Land: { $answer }
desk-summary-services = Schon genannte Stellen:
desk-summary-service = · { $name }
desk-summary-no-notes = Die Notizen wurden nicht geteilt.
desk-summary-notes = { $count ->
    [0] Die Person wollte ihre Notizen teilen, hat aber keine.
    [one] Ihre Notiz:
   *[other] Ihre { $count } Notizen:
}
desk-commands = Schreiben Sie hier: Ich gebe Ihre Antwort weiter, unterschrieben mit „{ $association }“. Befehle: /close zum Beenden, /note für eine interne Notiz (nie weitergegeben), /lines um die passenden Stellen zu schicken, /undo als Antwort auf eine Ihrer Nachrichten, um sie auf der anderen Seite zu entfernen. Dateien werden nie weitergegeben. Leiten Sie nichts aus dieser Gruppe weiter.
desk-crisis = ⚠️ Diese Nachricht enthält Krisenwörter. Die Person hat die Krisennummern bekommen. Antworten Sie so bald wie möglich.
desk-file-refused = Die Person wollte eine Datei schicken. Sie wurde nicht weitergegeben (der Bot behält nie ein Bild); die Person wurde gebeten, sie zu beschreiben.
desk-person-left = Die Person hat das Gespräch beendet. Ihre Nachrichten wurden aus diesem Thema entfernt, soweit Telegram es noch erlaubt.
desk-closed = Dieses Gespräch ist beendet: Nichts wird weitergegeben. Kommt die Person zurück, erscheint hier eine Nachricht.
desk-no-files = Dateien werden nicht weitergegeben. Schreiben Sie den Text oder schicken Sie einen Link.
desk-too-old = Diese Nachricht ist älter als 48 Stunden: Ihre Korrektur kann nicht mehr weitergegeben werden.
desk-not-followed = Die Korrektur konnte nicht weitergegeben werden.
desk-undo-how = Um eine Nachricht auf der anderen Seite zu entfernen: Antworten Sie auf diese Nachricht mit /undo.
desk-undone = Nachricht auf der anderen Seite entfernt.
desk-closed-now = Gespräch beendet. Die Person hat eine Abschlussnachricht und das Angebot einer Nachfrage bekommen.
desk-lines-sent = Die passenden Stellen wurden der Person geschickt.
desk-waiting = ⏰ Seit { $minutes } Minuten hat niemand geantwortet. Die Person weiß, dass es länger dauert, und hat die Nummern bekommen.
desk-person-unreachable = Die Person hat den Bot blockiert: Nichts kann mehr weitergegeben werden.
desk-not-sent = Die Nachricht konnte gerade nicht weitergegeben werden. Versuchen Sie es gleich noch einmal.
desk-command-close = Dieses Gespräch beenden
desk-command-note = Interne Notiz, nie weitergegeben
desk-command-lines = Die passenden Stellen schicken
desk-command-undo = Als Antwort auf Ihre Nachricht: auf der anderen Seite entfernen
