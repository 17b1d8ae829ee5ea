"""Reminders (check-ins a person asked for): the loop that sends them, the leader that runs it
when several processes share PostgreSQL, pacing under Telegram's rate, and quiet hours."""
