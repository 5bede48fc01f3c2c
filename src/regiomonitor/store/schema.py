"""The register's tables (SQLAlchemy 2). Alembic migrations in `store/migrations` create them.

A *story* groups near-duplicate documents (the same agency item on three sites); a *source*
is one place a document was read from (a path or URL), so an exact duplicate only adds a source.
Entities are places, persons and organizations; a mention ties an entity to a document and a
sentence; a fact (figure, quote, agreement, event, project) also points to its sentence.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Story(Base):
    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    first_published: Mapped[date | None] = mapped_column(Date)
    documents: Mapped[list[Document]] = relationship(back_populates="story")


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    footnotes: Mapped[list] = mapped_column(JSON, default=list)  # [{"number": 1, "text": ...}]
    minhash: Mapped[bytes | None] = mapped_column()  # serialised signature for near-duplicates
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    story: Mapped[Story | None] = relationship(back_populates="documents")
    sources: Mapped[list[Source]] = relationship(back_populates="document", cascade="all, delete-orphan")
    sentences: Mapped[list[Sentence]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Sentence.idx"
    )


class Source(Base):
    """One place a document was read from."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("location", name="uq_sources_location"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    location: Mapped[str] = mapped_column(Text)  # absolute path or URL
    outlet: Mapped[str | None] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    document: Mapped[Document] = relationship(back_populates="sources")


class Sentence(Base):
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("document_id", "idx"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    document: Mapped[Document] = relationship(back_populates="sentences")


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)  # place | person | organization
    key: Mapped[str] = mapped_column(String(300))  # ISO code or canonical name
    name: Mapped[str] = mapped_column(Text)
    subtype: Mapped[str | None] = mapped_column(String(32))  # country, region, city, ...
    attrs: Mapped[dict] = mapped_column(JSON, default=dict)


class Mention(Base):
    __tablename__ = "mentions"
    # the search facets count the entities of the matching documents in one pass over this index
    __table_args__ = (Index("ix_mentions_document_entity", "document_id", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sentence_id: Mapped[int | None] = mapped_column(ForeignKey("sentences.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)


class Fact(Base):
    """A figure, quote, agreement, event or project, with its evidence sentence.

    Figures fill the typed columns (amount ... partners) so that series and contradictions can
    be queried; everything the contract says about a fact is also kept in `data`.
    """

    __tablename__ = "facts"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)  # figure|quote|agreement|event|project
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    sentence_id: Mapped[int | None] = mapped_column(ForeignKey("sentences.id", ondelete="CASCADE"))
    evidence: Mapped[str] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    metric: Mapped[str | None] = mapped_column(String(32))
    value_kind: Mapped[str | None] = mapped_column(String(16))  # actual | target | forecast
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    period: Mapped[str | None] = mapped_column(String(32))
    partners: Mapped[str | None] = mapped_column(String(200), index=True)  # sorted ids joined by ","


class DocumentSector(Base):
    __tablename__ = "document_sectors"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    sector: Mapped[str] = mapped_column(String(32), primary_key=True)
    score: Mapped[float] = mapped_column(Float)


class IngestFailure(Base):
    """Inputs that could not be read, with the reason (shown by `stats`, retried on re-ingest)."""

    __tablename__ = "ingest_failures"
    id: Mapped[int] = mapped_column(primary_key=True)
    location: Mapped[str] = mapped_column(Text, unique=True)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class MinhashBand(Base):
    """Locality-sensitive hashing bands of a document's MinHash signature.

    Two documents whose signatures agree on every row of at least one band become candidates
    for a near-duplicate check; the index on (band, hash) keeps that lookup one index probe per
    band however many documents the register holds.
    """

    __tablename__ = "minhash_bands"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[int] = mapped_column(BigInteger)


# Full-text search lives outside the ORM because it differs per backend (see store/search.py):
# SQLite has an FTS5 table `documents_fts(body)` whose rowid is the document id; PostgreSQL has
# a table `documents_fts(document_id, body tsvector)` with a GIN index (configuration `german`).

Index("ix_minhash_bands_lookup", MinhashBand.band, MinhashBand.hash)
Index("ix_facts_series", Fact.partners, Fact.metric, Fact.year)
