"""What the bot says, before any platform renders it: replies, buttons and the actions they
carry, the screens the use cases compose. No aiogram, no database."""
