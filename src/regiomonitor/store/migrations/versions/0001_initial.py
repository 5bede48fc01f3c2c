"""The register: documents, stories, sources, sentences, entities, mentions, facts, sectors,
failures, near-duplicate bands, and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text()),
        sa.Column("first_published", sa.Date()),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id")),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.String(200)),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("language", sa.String(8)),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("footnotes", sa.JSON(), nullable=False),
        sa.Column("minhash", sa.LargeBinary()),
        sa.Column("ingested_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.UniqueConstraint("content_hash"),
    )
    op.create_index("ix_documents_story_id", "documents", ["story_id"])
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_published", "documents", ["published"])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("outlet", sa.String(200)),
        sa.Column("added_at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.UniqueConstraint("location", name="uq_sources_location"),
    )
    op.create_index("ix_sources_document_id", "sources", ["document_id"])
    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.UniqueConstraint("document_id", "idx"),
    )
    op.create_index("ix_sentences_document_id", "sentences", ["document_id"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("subtype", sa.String(32)),
        sa.Column("attrs", sa.JSON(), nullable=False),
        sa.UniqueConstraint("kind", "key"),
    )
    op.create_index("ix_entities_kind", "entities", ["kind"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entity_id", sa.Integer(), sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence_id", sa.Integer(), sa.ForeignKey("sentences.id", ondelete="CASCADE")),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("surface", sa.Text(), nullable=False),
        sa.Column("role", sa.Text()),
    )
    op.create_index("ix_mentions_entity_id", "mentions", ["entity_id"])
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence_id", sa.Integer(), sa.ForeignKey("sentences.id", ondelete="CASCADE")),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("amount", sa.Float()),
        sa.Column("currency", sa.String(3)),
        sa.Column("metric", sa.String(32)),
        sa.Column("value_kind", sa.String(16)),
        sa.Column("year", sa.Integer()),
        sa.Column("period", sa.String(32)),
        sa.Column("partners", sa.String(200)),
    )
    op.create_index("ix_facts_kind", "facts", ["kind"])
    op.create_index("ix_facts_document_id", "facts", ["document_id"])
    op.create_index("ix_facts_year", "facts", ["year"])
    op.create_index("ix_facts_partners", "facts", ["partners"])
    op.create_index("ix_facts_series", "facts", ["partners", "metric", "year"])
    op.create_table(
        "document_sectors",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("sector", sa.String(32), primary_key=True),
        sa.Column("score", sa.Float(), nullable=False),
    )
    op.create_table(
        "ingest_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.UniqueConstraint("location"),
    )
    op.create_table(
        "minhash_bands",
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("band", sa.Integer(), primary_key=True),
        sa.Column("hash", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_minhash_bands_lookup", "minhash_bands", ["band", "hash"])
    create_fulltext_index()


def create_fulltext_index() -> None:
    """The index `store/search.py` queries; it holds `wordforms.index_text(text)` per document."""
    if op.get_bind().dialect.name == "postgresql":
        op.create_table(
            "documents_fts",
            sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("body", postgresql.TSVECTOR(), nullable=False),
        )
        op.create_index("ix_documents_fts_body", "documents_fts", ["body"], postgresql_using="gin")
    else:
        # Contentless: the snippets come from documents.text, so the index keeps no second copy.
        # The rowid is the document id.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "body, content='', tokenize='unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    op.drop_table("documents_fts")
    for table in (
        "minhash_bands",
        "ingest_failures",
        "document_sectors",
        "facts",
        "mentions",
        "entities",
        "sentences",
        "sources",
        "documents",
        "stories",
    ):
        op.drop_table(table)
