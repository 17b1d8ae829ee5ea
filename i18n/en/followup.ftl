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
