"""The Telegram adapter (aiogram): the client and its retries, the dispatcher, its middlewares
and one router per feature, the callback data of buttons, rendering, sending, webhook mode."""
