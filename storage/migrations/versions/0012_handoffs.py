"""Conversations with an association's counsellors: one forum topic per person, and the ids of
the messages relayed (never their text).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

PERSON_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "handoffs",
        sa.Column(
            "person_id",
            PERSON_ID,
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("topic_id", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ping_due_at", sa.DateTime(timezone=True), nullable=True, index=True),
    )
    op.create_table(
        "relays",
        sa.Column("id", PERSON_ID, primary_key=True, autoincrement=True),
        sa.Column(
            "person_id",
            PERSON_ID,
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("topic_message_id", sa.BigInteger(), nullable=False, index=True),
        sa.Column("chat_message_id", sa.BigInteger(), nullable=False),
        sa.Column("from_person", sa.Boolean(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("relays")
    op.drop_table("handoffs")
