"""An index of mentions by document and entity, for counting the facets of a search in one pass.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""
from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_mentions_document_entity", "mentions", ["document_id", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_mentions_document_entity", table_name="mentions")
