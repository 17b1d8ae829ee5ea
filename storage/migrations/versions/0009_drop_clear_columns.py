"""The columns that held a person's state in clear go, now that the bot has sealed it (0008).

Refuses to run while someone's state is still in the old columns: the bot converts them at
start with the master key (storage/legacy.py), before it asks for this revision.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    left = op.get_bind().scalar(sa.text("SELECT count(*) FROM people WHERE state_sealed IS NULL"))
    if left:
        raise RuntimeError(
            f"{left} people are not sealed yet: start the bot (python -m bot) once, with its "
            "master key; it seals them, then upgrades the schema"
        )
    with op.batch_alter_table("people") as table:
        for column in ("language", "language_chosen", "time_zone", "awaiting", "pending_sealed"):
            table.drop_column(column)
        table.drop_column("created_at")
        table.alter_column("state_sealed", existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table("conversations")
    with op.batch_alter_table("entries") as table:
        table.drop_column("field")
        table.drop_column("created_at")
        table.alter_column("position", existing_type=sa.Integer(), nullable=False)
        table.create_index("ix_entries_person_position", ["person_id", "position"])
    with op.batch_alter_table("chat_messages") as table:
        table.drop_column("sent_at")
        table.alter_column("sent_hour", existing_type=Stamp, nullable=False)
        table.create_index("ix_chat_messages_person_hour", ["person_id", "sent_hour"])
    with op.batch_alter_table("reminders") as table:
        for column in ("time_zone", "sent_at", "created_at"):
            table.drop_column(column)


def downgrade() -> None:
    raise RuntimeError("0009 cannot be undone: the columns it dropped held data in clear")
