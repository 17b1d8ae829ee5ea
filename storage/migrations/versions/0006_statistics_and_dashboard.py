"""Anonymous statistics, and the dashboard's accounts and sessions.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stat_counts",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("flow_id", sa.String(32), primary_key=True),
        sa.Column("flow_version", sa.String(16), primary_key=True),
        sa.Column("event", sa.String(24), primary_key=True),
        sa.Column("step_id", sa.String(32), primary_key=True),
        sa.Column("detail", sa.String(32), primary_key=True),
        sa.Column("language", sa.String(8), primary_key=True),
        sa.Column("country", sa.String(8), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "dashboard_users",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "dashboard_sessions",
        sa.Column("token_hash", sa.LargeBinary(32), primary_key=True),
        sa.Column(
            "user_name",
            sa.String(64),
            sa.ForeignKey("dashboard_users.name", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("dashboard_sessions")
    op.drop_table("dashboard_users")
    op.drop_table("stat_counts")
