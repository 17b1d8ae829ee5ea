"""The use cases: what happens when a person starts, presses, types, asks for help, their
notes, check-ins, a quick exit, an export, a deletion. One module each, functions of one
update's Scope (context.py). No aiogram here: the bot and the terminal chat share them."""
