"""The reminders table is the only truth: APScheduler's job store (pickled jobs) goes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nothing in the database may be a serialised object: a planted pickle would run as code.
    op.execute("DROP TABLE IF EXISTS apscheduler_jobs")


def downgrade() -> None:
    pass  # the old job store rebuilt itself from the reminders table at start
