"""Full-text search over the register, with facets; the same results shape on both backends.

The index holds `wordforms.index_text(text)` per document: each word and its German lemmas. On
SQLite that is an FTS5 table, on PostgreSQL a tsvector (configuration `german`, which stems on
top). A query word matches if any of its forms does; every query word must match. Snippets
are cut in Python from the stored text, so they look the same whatever the backend.
"""
from __future__ import annotations

import datetime as dt
import html
from typing import Any

from sqlalchemy import and_, column, extract, func, insert, literal_column, or_, select, table
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from regiomonitor.store.schema import Document, DocumentSector, Entity, Mention
from regiomonitor.store.wordforms import WORD, fold, index_text, query_groups, word_forms

FILTER_KEYS = ("place", "sector", "person", "organization", "outlet", "year")
ENTITY_KINDS = ("place", "person", "organization")
MAX_PER_PAGE = 100
FACET_SIZE = 20
SNIPPET_CHARS = 240
SNIPPET_SCAN_CHARS = 200_000  # a gigantic document's snippet comes from its first 200 KB
MAX_TSVECTOR_INPUT = 900_000  # a tsvector must stay under 1 MB

sqlite_fts = table("documents_fts", column("rowid"), column("body"), column("rank"))
postgres_fts = table("documents_fts", column("document_id"), column("body"))
GERMAN = literal_column("'german'::regconfig")


def index_document(session: Session, document_id: int, text: str) -> None:
    """Add a document to the full-text index (once per document, inside `Store.save`)."""
    body = index_text(text)
    if session.bind.dialect.name == "postgresql":
        if len(body) > MAX_TSVECTOR_INPUT:
            # Word positions no longer matter at this size; the distinct forms still do.
            body = " ".join(dict.fromkeys(body.split()))[:MAX_TSVECTOR_INPUT]
        session.execute(insert(postgres_fts).values(document_id=document_id, body=func.to_tsvector(GERMAN, body)))
    else:
        session.execute(insert(sqlite_fts).values(rowid=document_id, body=body))


def search(
    store, query: str | None, filters: dict[str, Any] | None = None, page: int = 1, per_page: int = 20, *, facets: bool = True
) -> dict:
    """One page of documents matching `query` and `filters`, with facets over all matches.

    `filters` maps a key of FILTER_KEYS to a value or a list of values (any of them matches);
    place, person and organization take entity keys, year takes a number. An empty query
    lists every document that passes the filters, newest first. `facets=False` leaves the facet
    lists empty (a CSV export that walks all pages does not need them on every page).
    """
    page = max(1, int(page))
    per_page = max(1, min(int(per_page), MAX_PER_PAGE))
    groups = query_groups(query or "")
    conditions = filter_conditions(filters or {})
    with store.session() as session:
        dialect = session.bind.dialect.name
        matching = select(Document.id).where(*conditions)
        # The ids of all matches, for the count and the facets. On SQLite, the FTS table's rowids
        # are document ids: without filters there is no need to visit the documents table (its
        # rows hold the texts; thousands of lookups there cost more than the match itself).
        ids_only = None
        order = []
        if groups:
            if dialect == "postgresql":
                tsquery = _postgres_query(groups)
                matching = matching.join(postgres_fts, postgres_fts.c.document_id == Document.id)
                matching = matching.where(postgres_fts.c.body.op("@@")(tsquery))
                order.append(func.ts_rank(postgres_fts.c.body, tsquery).desc())
            else:
                fts_query = _sqlite_query(groups)
                matching = matching.join(sqlite_fts, sqlite_fts.c.rowid == Document.id)
                matching = matching.where(sqlite_fts.c.body.op("MATCH")(fts_query))
                order.append(sqlite_fts.c.rank)
                if not conditions:
                    ids_only = select(sqlite_fts.c.rowid.label("id")).where(sqlite_fts.c.body.op("MATCH")(fts_query))
        order += [Document.published.desc().nulls_last(), Document.id.desc()]
        counted = ids_only if ids_only is not None else matching

        total = session.scalar(select(func.count()).select_from(counted.subquery()))
        rows = session.execute(
            matching.add_columns(Document.title, Document.published, Document.outlet, Document.text)
            .order_by(*order)
            .limit(per_page)
            .offset((page - 1) * per_page)
        ).all()
        hits = [
            {
                "document_id": row.id,
                "title": row.title,
                "published": row.published.isoformat() if row.published else None,
                "outlet": row.outlet,
                "snippet": snippet(row.text, groups),
            }
            for row in rows
        ]
        counts = _facets(session, counted) if total and facets else {key: [] for key in FILTER_KEYS}
    return {"total": total, "page": page, "per_page": per_page, "hits": hits, "facets": counts}


def filter_conditions(filters: dict[str, Any]) -> list:
    """SQL conditions on `documents` for the filters (values always travel as bound parameters)."""
    conditions = []
    for key, raw in filters.items():
        if key not in FILTER_KEYS:
            raise ValueError(f"unknown search filter {key!r} (known: {', '.join(FILTER_KEYS)})")
        values = raw if isinstance(raw, (list, tuple, set)) else [raw]
        values = [str(v) for v in values if v is not None and str(v) != ""]
        if not values:
            continue
        if key in ENTITY_KINDS:
            mentioned = (
                select(Mention.document_id)
                .join(Entity, Entity.id == Mention.entity_id)
                .where(Entity.kind == key, Entity.key.in_(values))
            )
            conditions.append(Document.id.in_(mentioned))
        elif key == "sector":
            conditions.append(Document.id.in_(select(DocumentSector.document_id).where(DocumentSector.sector.in_(values))))
        elif key == "outlet":
            conditions.append(Document.outlet.in_(values))
        else:  # year: a range on the indexed date column rather than a function of it
            try:
                years = [int(v) for v in values]
            except ValueError:
                raise ValueError(f"year filter must be a number, not {values!r}") from None
            conditions.append(
                or_(*(and_(Document.published >= dt.date(y, 1, 1), Document.published < dt.date(y + 1, 1, 1)) for y in years))
            )
    return conditions


def _sqlite_query(groups: list[tuple[str, ...]]) -> str:
    """An FTS5 query: every group must match, any form of a group will do. Forms are quoted
    strings, so nothing a user types can become FTS5 syntax; the query is a bound parameter."""
    quoted = lambda form: '"' + form.replace('"', '""') + '"'  # noqa: E731
    return " AND ".join("(" + " OR ".join(quoted(f) for f in forms) + ")" for forms in groups)


def _postgres_query(groups: list[tuple[str, ...]]):
    """The same as a tsquery, assembled from plainto_tsquery() of bound parameters."""
    combined = None
    for forms in groups:
        alternatives = None
        for form in forms:
            one = func.plainto_tsquery(GERMAN, form, type_=TSQUERY)
            alternatives = one if alternatives is None else alternatives.op("||", return_type=TSQUERY)(one)
        combined = alternatives if combined is None else combined.op("&&", return_type=TSQUERY)(alternatives)
    return combined


def _facets(session: Session, matching) -> dict[str, list[dict]]:
    """Counts of matching documents per place, sector, person, organization, outlet and year."""
    ids = select(matching.subquery().c.id)
    facets: dict[str, list[dict]] = {kind: [] for kind in ENTITY_KINDS}
    # One pass over the matches' mentions (index on mentions(document_id, entity_id)) for all
    # three entity kinds: it costs what the matches cost, not what each entity's mentions cost.
    pairs = select(Mention.entity_id, Mention.document_id).where(Mention.document_id.in_(ids)).distinct().subquery()
    documents = func.count().label("documents")
    rows = session.execute(
        select(Entity.kind, Entity.key, Entity.name, documents)
        .join(pairs, pairs.c.entity_id == Entity.id)
        .where(Entity.kind.in_(ENTITY_KINDS))
        .group_by(Entity.id, Entity.kind, Entity.key, Entity.name)
        .order_by(documents.desc(), Entity.key)
    ).all()
    for kind, key, name, n in rows:
        if len(facets[kind]) < FACET_SIZE:
            facets[kind].append({"key": key, "name": name, "count": n})

    documents = func.count().label("documents")
    rows = session.execute(
        select(DocumentSector.sector, documents)
        .where(DocumentSector.document_id.in_(ids))
        .group_by(DocumentSector.sector)
        .order_by(documents.desc(), DocumentSector.sector)
        .limit(FACET_SIZE)
    ).all()
    facets["sector"] = [{"key": sector, "name": sector, "count": n} for sector, n in rows]

    rows = session.execute(
        select(Document.outlet, documents)
        .where(Document.id.in_(ids), Document.outlet.is_not(None))
        .group_by(Document.outlet)
        .order_by(documents.desc(), Document.outlet)
        .limit(FACET_SIZE)
    ).all()
    facets["outlet"] = [{"key": outlet, "name": outlet, "count": n} for outlet, n in rows]

    year = extract("year", Document.published)
    rows = session.execute(
        select(year.label("year"), documents)
        .where(Document.id.in_(ids), Document.published.is_not(None))
        .group_by(year)
        .order_by(year.desc())
    ).all()
    facets["year"] = [{"key": str(int(y)), "name": str(int(y)), "count": n} for y, n in rows]
    return {key: facets[key] for key in FILTER_KEYS}


def snippet(text: str, groups: list[tuple[str, ...]], width: int = SNIPPET_CHARS) -> str:
    """An HTML-escaped excerpt of `text` around the best run of query words, each in <mark>.

    "Best" is the window holding the most different query words; without a query (or a match
    in the scanned part) it is the beginning of the text.
    """
    wanted = {fold(form): number for number, forms in enumerate(groups) for form in forms}
    scanned = text[:SNIPPET_SCAN_CHARS]
    hits = []
    if wanted:
        for match in WORD.finditer(scanned):
            number = next((wanted[f] for f in map(fold, word_forms(match.group())) if f in wanted), None)
            if number is not None:
                hits.append((match.start(), match.end(), number))
                if len(hits) >= 200:
                    break
    start = 0
    if hits:
        best = max(range(len(hits)), key=lambda i: (len({n for s, _, n in hits[i:] if s < hits[i][0] + width}), -i))
        start = max(0, hits[best][0] - width // 4)
        while start > 0 and not text[start - 1].isspace() and hits[best][0] - start < width // 2:
            start -= 1  # do not cut the first word in half
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1

    parts = ["…"] if start > 0 else []
    position = start
    for hit_start, hit_end, _ in hits:
        if hit_start < start or hit_end > end:
            continue
        parts.append(_plain(text[position:hit_start]))
        parts.append("<mark>" + html.escape(text[hit_start:hit_end]) + "</mark>")
        position = hit_end
    parts.append(_plain(text[position:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts).strip()


def _plain(fragment: str) -> str:
    """Escaped text with line breaks and runs of spaces folded into single spaces."""
    collapsed = " ".join(fragment.split())
    if fragment[:1].isspace() and collapsed:
        collapsed = " " + collapsed
    if fragment[-1:].isspace():
        collapsed += " "
    return html.escape(collapsed)
