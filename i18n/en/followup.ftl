# Taking stock, when the person asked for it (flows/followup.yaml).

followup-how = How have you been since last time?
followup-better = A bit better
followup-same = The same
followup-worse = Worse
followup-support = Thank you for telling me. What you are going through is heavy, and you don't have to carry it alone. These lines listen, for free:

followup-reported = Were you able to report what happened?
followup-removed = Has the content been removed?
followup-answered = Did you get an answer (platform, police, support service)?
followup-more-help = Do you need more help?
followup-checkin = Another message later?
followup-end = Thank you for taking the time. You can come back here at any time.
followup-yes = Yes
followup-no = No
followup-not-yet = Not yet
followup-unknown = I don't know
followup-waiting = I'm waiting
field-how = How they are
field-reported = Reported
field-removed = Removed
field-answered = Answer received
field-more_help = More help
followup-platform-decision = What did the platform answer to the report?
followup-refused = It refuses to remove it
followup-no-answer = No answer
followup-appeal-rights = This refusal is not the last word, and it says nothing against you. You have at least <b>six months</b> after the decision to ask the platform to review it, free of charge, through its complaint system (EU Digital Services Act, Article 20). The link is usually in the message announcing the decision.
followup-appeal-routes = Another way: a certified dispute settlement body, for example Appeals Centre Europe (appealscentre.eu), reviews the decision and normally decides within 90 days (Article 21). Reporting to Pharos, or a complaint to the police, stay possible at any time.
followup-appeal-remind = Would you like a message in five months, before the time runs out? It will be neutral, like the others.
followup-appeal-150 = Yes, in 5 months
followup-appeal-due = Five months ago, you told me the platform refused to remove the content. The six months to contest its decision end soon (Article 20 of the Digital Services Act): now is the time, if the content is still online.
field-platform_decision = Platform's decision
field-appeal = Reminder of the time to contest
followup-link = Link on { $platform }, to check (Abri never opens it):
