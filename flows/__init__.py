"""The flow engine: scripts volunteers write in YAML, walked without any Telegram code."""
