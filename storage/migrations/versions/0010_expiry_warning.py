"""The day a person was warned that their data will expire: one warning, not one per day.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("people") as table:
        table.add_column(sa.Column("expiry_warned_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("people") as table:
        table.drop_column("expiry_warned_on")
