"""Reminders: check-ins a person asked for, the authoritative state behind scheduler jobs.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "person_id",
            BigId,
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("due_at", Stamp, nullable=False, index=True),
        sa.Column("time_zone", sa.String(40), nullable=False),
        sa.Column("status", sa.String(12), nullable=False, index=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", Stamp, nullable=True),
        sa.Column("created_at", Stamp, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("reminders")
