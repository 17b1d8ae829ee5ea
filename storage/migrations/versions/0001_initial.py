"""People (with their wrapped data keys), conversations, encrypted entries, vault secrets.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Stamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "vault_secrets",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("master_id", sa.String(16), nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("key_hash", sa.LargeBinary(32), nullable=False, unique=True),
        sa.Column("data_key_wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("master_id", sa.String(16), nullable=False, index=True),
        sa.Column("chat_id_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("language_chosen", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("awaiting", sa.String(16), nullable=True),
        sa.Column("pending_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", Stamp, nullable=False),
    )
    op.create_table(
        "conversations",
        sa.Column(
            "person_id",
            BigId,
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("flow_id", sa.String(32), nullable=False),
        sa.Column("flow_version", sa.String(16), nullable=False),
        sa.Column("step_id", sa.String(32), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("updated_at", Stamp, nullable=False),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column(
            "person_id",
            BigId,
            sa.ForeignKey("people.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
    )


def downgrade() -> None:
    for table in ("entries", "conversations", "people", "vault_secrets"):
        op.drop_table(table)
