"""`python -m bot …`: one module per command, each imported only when its command runs, so that
the volunteers' checks start in a fraction of a second (no aiogram, no database layer)."""
