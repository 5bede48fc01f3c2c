"""The register: the one place that reads and writes the database.

SQLite by default (one file, nothing to start), PostgreSQL when several people share it; the
same code serves both through SQLAlchemy. `save()` writes one analysed document in one
transaction, so an interrupted ingest never leaves half a document behind.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, extract, func, insert, or_, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from regiomonitor.nlp import document as nlp
from regiomonitor.store import dedup
from regiomonitor.store.schema import (
    Document,
    DocumentSector,
    Entity,
    Fact,
    IngestFailure,
    Mention,
    MinhashBand,
    Sentence,
    Source,
    Story,
)

DEFAULT_URL = "sqlite:///./regiomonitor.db"
MIGRATIONS = Path(__file__).with_name("migrations")
CANDIDATES_CHECKED = 20  # near-duplicate candidates compared per document, most shared bands first


@dataclass(frozen=True)
class SaveResult:
    status: str  # new | duplicate | near_duplicate
    document_id: int
    story_id: int | None


def database_url(url: str | None = None) -> str:
    """The SQLAlchemy URL to use: the argument, else $REGIOMONITOR_DB, else ./regiomonitor.db.

    A bare file path means SQLite; `postgresql://` means PostgreSQL through psycopg 3.
    """
    url = url or os.environ.get("REGIOMONITOR_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_url(location: str) -> bool:
    return location.startswith(("http://", "https://"))


# "https:", "upload:" (the web app's uploads), ...; one letter would be a Windows drive.
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


def source_location(path_or_url: str | os.PathLike) -> str:
    """How a source is named in the register: a URL (or other `scheme:` name) as given, a file
    by its absolute path."""
    text = str(path_or_url)
    return text if SCHEME.match(text) else os.path.abspath(text)


def document_location(doc: nlp.Document) -> str | None:
    """Where `doc` was read from: its file if it came from one (a .json file may carry the
    original URL as well), else its URL."""
    if doc.source_path:
        return source_location(doc.source_path)
    return doc.url


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _cut(value: Any, length: int) -> str | None:
    """Text for a VARCHAR(length) column (PostgreSQL refuses longer values; SQLite would not)."""
    return None if value is None else str(value)[:length]


def _make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, json_serializer=_json_dumps)

    engine = create_engine(url, connect_args={"timeout": 30}, json_serializer=_json_dumps)

    @event.listens_for(engine, "connect")
    def configure_sqlite(dbapi_connection, _record) -> None:
        # The driver must not open transactions itself: `begin` below does, so that writers
        # can take the write lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: the web app keeps reading while an ingest writes. NORMAL is durable across
        # application crashes (a killed ingest), which is what resuming relies on.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def begin_sqlite(connection) -> None:
        # A writer that first reads (is this hash known?) and then writes must hold the write
        # lock from the start, or a second writer makes it fail instead of wait.
        immediate = connection.get_execution_options().get("sqlite_immediate")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Store:
    """The register behind one database URL."""

    def __init__(self, url: str | None = None):
        self.url = database_url(url)
        self.engine = _make_engine(self.url)
        self.dialect = self.engine.dialect.name  # "sqlite" | "postgresql"
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    # -- schema -----------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the database to the newest schema (Alembic `upgrade head`); cheap when it is."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            if self.dialect == "postgresql":
                # Two commands starting at once on a fresh database must not both create tables.
                connection.exec_driver_sql("SELECT pg_advisory_xact_lock(72657369)")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def optimize(self) -> None:
        """Refresh the planner's statistics after a large write (`ANALYZE`; SQLite's `PRAGMA
        optimize`), so that search and facet queries pick the right indexes."""
        with self.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA optimize" if self.dialect == "sqlite" else "ANALYZE")

    # -- sessions ---------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """Like `session()`, but on SQLite it takes the write lock when it begins."""
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                connection.execution_options(sqlite_immediate=True)
            with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                if self.dialect == "postgresql":
                    # Do not wait for the disk on every document: if the server crashes, the last
                    # few documents are lost as a whole (never half), and the next ingest of
                    # the batch reads them again. Many times faster for a batch.
                    session.execute(text("SET LOCAL synchronous_commit = off"))
                yield session

    # -- writing ----------------------------------------------------------------------
    def save(
        self,
        doc: nlp.Document,
        location: str | None = None,
        *,
        content_hash: str | None = None,
        signature: bytes | None = None,
    ) -> SaveResult:
        """Store an analysed document with all its layers, in one transaction.

        `location` defaults to the document's file or URL. The fingerprints can be computed
        beforehand (the ingest runner does it in its worker processes).
        """
        location = location or document_location(doc)
        if content_hash is None:
            content_hash = dedup.content_hash(doc.text)
        if signature is None:
            signature = dedup.near_duplicate_signature(doc.text)
        try:
            return self._save_once(doc, location, content_hash, signature)
        except IntegrityError:
            # Another writer stored the same text or location between our look-up and insert;
            # a second attempt sees its row and records a duplicate.
            return self._save_once(doc, location, content_hash, signature)

    def _save_once(self, doc, location, content_hash, signature) -> SaveResult:
        with self._writing() as session:
            known = session.execute(
                select(Document.id, Document.story_id).where(Document.content_hash == content_hash)
            ).first()
            if known is not None:
                if location:
                    _attach_source(session, known.id, location, doc.outlet)
                    _clear_failure(session, location)
                return SaveResult("duplicate", known.id, known.story_id)

            bands = dedup.band_hashes(signature)
            match = _near_duplicate(session, signature, bands)
            if match is not None:
                story_id = match
                if doc.date is not None:
                    session.execute(
                        update(Story)
                        .where(Story.id == story_id)
                        .where(or_(Story.first_published.is_(None), Story.first_published > doc.date))
                        .values(first_published=doc.date)
                    )
            else:
                story_id = session.execute(
                    insert(Story).values(title=doc.title, first_published=doc.date).returning(Story.id)
                ).scalar_one()

            document_id = session.execute(
                insert(Document)
                .values(
                    story_id=story_id,
                    content_hash=content_hash,
                    url=doc.url,
                    outlet=_cut(doc.outlet, 200),
                    title=doc.title,
                    published=doc.date,
                    language=_cut(doc.language, 8),
                    text=doc.text,
                    footnotes=[asdict(note) for note in doc.footnotes],
                    minhash=signature,
                )
                .returning(Document.id)
            ).scalar_one()
            if location:
                _attach_source(session, document_id, location, doc.outlet)
                _clear_failure(session, location)
            _insert_layers(session, document_id, doc)
            if bands:
                session.execute(
                    insert(MinhashBand.__table__),
                    [{"document_id": document_id, "band": band, "hash": value} for band, value in bands],
                )
            from regiomonitor.store.search import index_document

            index_document(session, document_id, doc.text)
            return SaveResult("near_duplicate" if match is not None else "new", document_id, story_id)

    def record_failure(self, location: str, reason: str) -> None:
        """Remember that `location` could not be read (re-ingesting retries it)."""
        with self._writing() as session:
            _clear_failure(session, location)
            session.execute(insert(IngestFailure).values(location=location, reason=reason))

    def stored_locations(self, locations: list[str]) -> set[str]:
        """Which of `locations` are already sources in the register."""
        found: set[str] = set()
        with self.session() as session:
            for start in range(0, len(locations), 500):
                chunk = locations[start : start + 500]
                found.update(session.scalars(select(Source.location).where(Source.location.in_(chunk))))
        return found

    # -- reading ----------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        """Counts for `regiomonitor stats` and the web app's front page."""
        year = extract("year", Document.published)
        with self.session() as session:
            count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
            return {
                "documents": count(Document),
                "stories": count(Story),
                "sources": count(Source),
                "languages": {
                    language or "unknown": n
                    for language, n in session.execute(
                        select(Document.language, func.count()).group_by(Document.language).order_by(func.count().desc())
                    )
                },
                "documents_per_year": {
                    str(int(y)) if y is not None else "unknown": n
                    for y, n in session.execute(select(year, func.count()).group_by(year).order_by(year))
                },
                "entities": dict(session.execute(select(Entity.kind, func.count()).group_by(Entity.kind).order_by(Entity.kind)).all()),
                "facts": dict(session.execute(select(Fact.kind, func.count()).group_by(Fact.kind).order_by(Fact.kind)).all()),
                "failures": count(IngestFailure),
                "recent_failures": [
                    {"location": location, "reason": reason}
                    for location, reason in session.execute(
                        select(IngestFailure.location, IngestFailure.reason).order_by(IngestFailure.id.desc()).limit(20)
                    )
                ],
            }

    def get_document(self, document_id: int) -> dict[str, Any] | None:
        """One document with everything the document view shows; None when there is no such id."""
        with self.session() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                return None
            sentence_index = dict(session.execute(select(Sentence.id, Sentence.idx).where(Sentence.document_id == document_id)).all())
            sources = session.execute(
                select(Source.location, Source.outlet, Source.added_at).where(Source.document_id == document_id).order_by(Source.id)
            ).all()
            siblings = session.execute(
                select(Document.id, Document.title, Document.outlet, Document.published)
                .where(Document.story_id == doc.story_id, Document.id != document_id)
                .order_by(Document.published, Document.id)
            ).all() if doc.story_id is not None else []
            mentions = session.execute(
                select(Mention, Entity.kind, Entity.key, Entity.name, Entity.subtype)
                .join(Entity, Entity.id == Mention.entity_id)
                .where(Mention.document_id == document_id)
                .order_by(Mention.start)
            ).all()
            facts = session.scalars(select(Fact).where(Fact.document_id == document_id).order_by(Fact.id)).all()
            sectors = session.execute(
                select(DocumentSector.sector, DocumentSector.score)
                .where(DocumentSector.document_id == document_id)
                .order_by(DocumentSector.score.desc())
            ).all()
            return {
                "id": doc.id,
                "story_id": doc.story_id,
                "title": doc.title,
                "url": doc.url,
                "outlet": doc.outlet,
                "published": doc.published.isoformat() if doc.published else None,
                "language": doc.language,
                "text": doc.text,
                "footnotes": doc.footnotes or [],
                "sources": [
                    {"location": s.location, "outlet": s.outlet, "added_at": s.added_at.isoformat() if s.added_at else None}
                    for s in sources
                ],
                "story_siblings": [
                    {"id": s.id, "title": s.title, "outlet": s.outlet, "published": s.published.isoformat() if s.published else None}
                    for s in siblings
                ],
                "mentions": [
                    {
                        "kind": kind,
                        "subtype": subtype,
                        "key": key,
                        "name": name,
                        "surface": m.surface,
                        "start": m.start,
                        "end": m.end,
                        "sentence": sentence_index.get(m.sentence_id),
                        "role": m.role,
                    }
                    for m, kind, key, name, subtype in mentions
                ],
                "facts": [
                    {
                        "id": f.id,
                        "kind": f.kind,
                        "sentence": sentence_index.get(f.sentence_id),
                        "evidence": f.evidence,
                        "data": f.data,
                    }
                    for f in facts
                ],
                "sectors": {sector: score for sector, score in sectors},
            }


# -- the pieces of one save (all inside the caller's transaction) ----------------------------


def _attach_source(session: Session, document_id: int, location: str, outlet: str | None) -> None:
    """Record that the document was read from `location`; a location names the latest text
    read from it, so a changed file moves its source to the new document."""
    current = session.execute(select(Source.id, Source.document_id).where(Source.location == location)).first()
    if current is None:
        session.execute(insert(Source).values(document_id=document_id, location=location, outlet=_cut(outlet, 200)))
    elif current.document_id != document_id:
        session.execute(update(Source).where(Source.id == current.id).values(document_id=document_id))


def _clear_failure(session: Session, location: str) -> None:
    session.execute(delete(IngestFailure).where(IngestFailure.location == location))


def _near_duplicate(session: Session, signature: bytes | None, bands: list[tuple[int, int]]) -> int | None:
    """The story of the most similar stored document at or above the threshold, if any."""
    if not bands:
        return None
    parameters = {}
    for number, (band, value) in enumerate(bands):
        parameters[f"band{number}"], parameters[f"hash{number}"] = band, value
    best: tuple[float, int] | None = None
    for candidate in session.execute(_candidates_query(len(bands)), parameters):
        if candidate.minhash is None:
            continue
        score = dedup.similarity(signature, candidate.minhash)
        if score >= dedup.NEAR_DUPLICATE_THRESHOLD and (best is None or score > best[0]):
            best = (score, candidate.story_id)
    return best[1] if best else None


@lru_cache(maxsize=8)
def _candidates_query(bands: int):
    """Documents sharing at least one band, most shared bands first: one index probe per band
    on (band, hash). Written once per band count, as the statement runs for every document."""
    shared_band = " OR ".join(f"(band = :band{i} AND hash = :hash{i})" for i in range(bands))
    return text(
        "SELECT candidate.document_id, documents.minhash, documents.story_id FROM ("
        f" SELECT document_id, count(*) AS shared FROM minhash_bands WHERE {shared_band}"
        f" GROUP BY document_id ORDER BY shared DESC, document_id LIMIT {CANDIDATES_CHECKED}"
        ") AS candidate JOIN documents ON documents.id = candidate.document_id"
        " ORDER BY candidate.shared DESC, candidate.document_id"
    )


def _insert_layers(session: Session, document_id: int, doc: nlp.Document) -> None:
    """Sentences, entities and mentions, facts and sectors of one document."""
    sentence_ids: dict[int, int] = {}
    if doc.sentences:
        rows = [
            {"document_id": document_id, "idx": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in doc.sentences
        ]
        for idx, sentence_id in session.execute(insert(Sentence.__table__).returning(Sentence.idx, Sentence.id), rows):
            sentence_ids[idx] = sentence_id

    labelled = [("place", m) for m in doc.places] + [("person", m) for m in doc.persons]
    labelled += [("organization", m) for m in doc.organizations]
    labelled = [(kind, m) for kind, m in labelled if m.key]
    entity_ids = _upsert_entities(session, labelled)
    if labelled:
        session.execute(
            insert(Mention.__table__),
            [
                {
                    "entity_id": entity_ids[(kind, _cut(m.key, 300))],
                    "document_id": document_id,
                    "sentence_id": sentence_ids.get(m.sentence),
                    "start": m.start,
                    "end": m.end,
                    "surface": m.surface,
                    "role": m.role,
                }
                for kind, m in labelled
            ],
        )

    facts = [_figure_row(f, sentence_ids) for f in doc.figures]
    facts += [_quote_row(q, doc, sentence_ids) for q in doc.quotes]
    facts += [_fact_row(f, sentence_ids) for f in doc.facts]
    if facts:
        columns = {key for row in facts for key in row}  # one executemany needs the same keys
        session.execute(insert(Fact.__table__), [{**dict.fromkeys(columns), **row, "document_id": document_id} for row in facts])
    if doc.sectors:
        session.execute(
            insert(DocumentSector.__table__),
            [{"document_id": document_id, "sector": _cut(key, 32), "score": float(score)} for key, score in doc.sectors.items()],
        )


def _upsert_entities(session: Session, labelled: list[tuple[str, nlp.Mention]]) -> dict[tuple[str, str], int]:
    """Entity ids by (kind, key), inserting the entities the register does not know yet.

    The first mention names a new entity; later documents never rename it (a canonical name
    from the knowledge files does not change from one document to the next).
    """
    rows: dict[tuple[str, str], dict] = {}
    for kind, m in labelled:
        key = _cut(m.key, 300)
        rows.setdefault(
            (kind, key),
            {
                "kind": kind,
                "key": key,
                "name": m.name or m.surface or key,
                "subtype": _cut(m.kind, 32) if kind == "place" else None,
                "attrs": m.attrs or {},
            },
        )
    if not rows:
        return {}
    dialect_insert = postgresql_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    session.execute(
        dialect_insert(Entity.__table__).on_conflict_do_nothing(index_elements=["kind", "key"]),
        list(rows.values()),
    )
    ids: dict[tuple[str, str], int] = {}
    keys = list(rows)
    for start in range(0, len(keys), 300):
        chunk = keys[start : start + 300]
        for entity_id, kind, key in session.execute(
            select(Entity.id, Entity.kind, Entity.key).where(tuple_(Entity.kind, Entity.key).in_(chunk))
        ):
            ids[(kind, key)] = entity_id
    return ids


def _year(value: Any) -> int | None:
    try:
        return int(str(value)[:4]) if value is not None else None
    except ValueError:
        return None


def _figure_row(figure: nlp.Figure, sentence_ids: dict[int, int]) -> dict:
    data = asdict(figure)
    return {
        "kind": "figure",
        "sentence_id": sentence_ids.get(figure.sentence),
        "evidence": figure.evidence or "",
        "data": data,
        "amount": figure.amount,
        "currency": _cut(figure.currency, 3),
        "metric": _cut(figure.metric, 32),
        "value_kind": _cut(figure.kind, 16),
        "year": _year(figure.year),
        "period": _cut(figure.period, 32),
        "partners": _cut(",".join(sorted(figure.partners or [])), 200) or None,
    }


def _quote_row(quote: nlp.Quote, doc: nlp.Document, sentence_ids: dict[int, int]) -> dict:
    sentence = doc.sentences[quote.sentence].text if 0 <= quote.sentence < len(doc.sentences) else quote.text
    return {
        "kind": "quote",
        "sentence_id": sentence_ids.get(quote.sentence),
        "evidence": sentence,
        "data": asdict(quote),
    }


def _fact_row(fact: nlp.Fact, sentence_ids: dict[int, int]) -> dict:
    """Agreements, events and projects: the contract's keys stay in `data`; the year is also
    typed so that timelines can be queried."""
    data = dict(fact.data)
    return {
        "kind": _cut(fact.kind, 32),
        "sentence_id": sentence_ids.get(fact.sentence),
        "evidence": fact.evidence or data.get("evidence") or "",
        "data": data,
        "year": _year(data.get("date")),
    }
