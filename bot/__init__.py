"""Abri: the Telegram adapter, settings, composition root and command line."""
