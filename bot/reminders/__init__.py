"""Reminders (check-ins a person asked for): the loop that sends them, the leader that runs it
when several processes share PostgreSQL, and pacing under Telegram's rate. When one is due
(quiet hours included) is decided when it is planned, by the use case (bot/usecases/)."""
