"""Nothing about a person in clear: where each one stands, their choices and bookkeeping move into
one sealed state; notes keep their label and time inside their ciphertext; message times coarse.

This revision only adds. The bot, which holds the master key, then seals what the earlier
columns held (storage/legacy.py), and 0009 drops those columns.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("people") as table:
        table.add_column(sa.Column("state_sealed", sa.LargeBinary(), nullable=True))
        table.add_column(sa.Column("active_on", sa.Date(), nullable=True))
        table.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
        table.create_index("ix_people_expires_on", ["expires_on"])
    with op.batch_alter_table("entries") as table:
        table.add_column(sa.Column("position", sa.Integer(), nullable=True))
    with op.batch_alter_table("chat_messages") as table:
        table.add_column(sa.Column("sent_hour", Stamp, nullable=True))
    op.create_table(
        "handled_updates",
        sa.Column("bot_id", sa.BigInteger(), primary_key=True),
        sa.Column("update_id", sa.BigInteger(), primary_key=True),
        sa.Column("handled_hour", Stamp, nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("handled_updates")
    with op.batch_alter_table("chat_messages") as table:
        table.drop_column("sent_hour")
    with op.batch_alter_table("entries") as table:
        table.drop_column("position")
    with op.batch_alter_table("people") as table:
        table.drop_index("ix_people_expires_on")
        table.drop_column("expires_on")
        table.drop_column("active_on")
        table.drop_column("state_sealed")
