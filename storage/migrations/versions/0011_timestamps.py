"""Trusted timestamps of the dossier (RFC 3161 tokens), sealed, one per person and authority.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "timestamps",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "person_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("pending", sa.Boolean(), nullable=False, index=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("timestamps")
