"""Read queries the web pages need beyond `Store` and `store.search` (SQLAlchemy, bound parameters).

Every function takes an open `Session` and returns plain dicts and lists, ready for JSON.
Dates are grouped by month with `extract()`, which SQLAlchemy renders for SQLite and
PostgreSQL alike.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import String, and_, cast, distinct, extract, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from regiomonitor.store.schema import (
    Document,
    DocumentSector,
    Entity,
    Fact,
    IngestFailure,
    Mention,
    Sentence,
    Source,
    Story,
)

# A first-level region's key is an ISO 3166-2 code such as RU-BA, BY-HM or KZ-71.
REGION_KEY = "__-%"
COUNTRY_KEY = "__"


def _month_key(year: Any, month: Any) -> str | None:
    if year is None or month is None:
        return None
    return f"{int(year):04d}-{int(month):02d}"


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- entities ------------------------------------------------------------------------------


def entity_list(session: Session, kind: str, q: str, page: int, per_page: int, subtype: str | None = None) -> dict:
    """Entities of one kind with the number of documents and mentions, most documents first."""
    docs = func.count(distinct(Mention.document_id)).label("documents")
    mentions = func.count(Mention.id).label("mentions")
    where = [Entity.kind == kind]
    if subtype:
        where.append(Entity.subtype == subtype)
    if q:
        pattern = f"%{_like_escape(q.lower())}%"
        where.append(
            or_(func.lower(Entity.name).like(pattern, escape="\\"), func.lower(Entity.key).like(pattern, escape="\\"))
        )
    total = session.scalar(select(func.count()).select_from(Entity).where(*where)) or 0
    rows = session.execute(
        select(Entity.key, Entity.name, Entity.subtype, docs, mentions)
        .outerjoin(Mention, Mention.entity_id == Entity.id)
        .where(*where)
        .group_by(Entity.id, Entity.key, Entity.name, Entity.subtype)
        .order_by(docs.desc(), Entity.name)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return {
        "total": total,
        "rows": [
            {"key": r.key, "name": r.name, "subtype": r.subtype, "documents": r.documents, "mentions": r.mentions}
            for r in rows
        ],
    }


def subtypes(session: Session, kind: str) -> list[dict]:
    """The subtypes of a kind (country, region, city … for places) with their entity counts."""
    n = func.count(Entity.id).label("n")
    rows = session.execute(
        select(Entity.subtype, n).where(Entity.kind == kind, Entity.subtype.is_not(None)).group_by(Entity.subtype).order_by(n.desc())
    ).all()
    return [{"key": r.subtype, "count": r.n} for r in rows]


def entity(session: Session, kind: str, key: str) -> Entity | None:
    return session.scalar(select(Entity).where(Entity.kind == kind, Entity.key == key))


def entity_counts(session: Session, entity_id: int) -> dict:
    row = session.execute(
        select(func.count(Mention.id), func.count(distinct(Mention.document_id))).where(
            Mention.entity_id == entity_id
        )
    ).one()
    return {"mentions": row[0], "documents": row[1]}


def entity_timeline(session: Session, entity_id: int) -> dict:
    """Documents mentioning the entity per month of publication (undated ones counted apart)."""
    year = extract("year", Document.published)
    month = extract("month", Document.published)
    rows = session.execute(
        select(year, month, func.count(distinct(Document.id)))
        .join(Mention, Mention.document_id == Document.id)
        .where(Mention.entity_id == entity_id)
        .group_by(year, month)
        .order_by(year, month)
    ).all()
    months = [{"month": _month_key(y, m), "documents": n} for y, m, n in rows if y is not None]
    undated = sum(n for y, m, n in rows if y is None)
    return {"months": fill_months(months), "undated": undated}


def fill_months(months: list[dict]) -> list[dict]:
    """The same monthly counts with empty months in between as zero (a gap must look like one)."""
    if not months:
        return []
    counts = {m["month"]: m["documents"] for m in months}
    first, last = months[0]["month"], months[-1]["month"]
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while True:
        key = f"{y:04d}-{m:02d}"
        out.append({"month": key, "documents": counts.get(key, 0)})
        if key >= last or len(out) > 1200:
            return out
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def related_entities(session: Session, entity_id: int, limit: int = 20) -> list[dict]:
    """Entities named in the same sentences (and, as a second measure, the same documents)."""
    m1, m2 = aliased(Mention), aliased(Mention)
    in_sentences = dict(
        session.execute(
            select(m2.entity_id, func.count(distinct(m2.sentence_id)))
            .join(m1, and_(m1.document_id == m2.document_id, m1.sentence_id == m2.sentence_id))
            .where(m1.entity_id == entity_id, m2.entity_id != entity_id, m2.sentence_id.is_not(None))
            .group_by(m2.entity_id)
        ).all()
    )
    doc_ids = select(Mention.document_id).where(Mention.entity_id == entity_id).distinct().scalar_subquery()
    in_documents = dict(
        session.execute(
            select(Mention.entity_id, func.count(distinct(Mention.document_id)))
            .where(Mention.document_id.in_(doc_ids), Mention.entity_id != entity_id)
            .group_by(Mention.entity_id)
        ).all()
    )
    ranked = sorted(in_documents, key=lambda e: (-in_sentences.get(e, 0), -in_documents[e]))[:limit]
    names = {
        e.id: e for e in session.scalars(select(Entity).where(Entity.id.in_(ranked)))
    } if ranked else {}
    return [
        {
            "kind": names[e].kind,
            "key": names[e].key,
            "name": names[e].name,
            "sentences": in_sentences.get(e, 0),
            "documents": in_documents[e],
        }
        for e in ranked
        if e in names
    ]


def entity_figures(session: Session, ent: Entity, limit: int = 200) -> list[dict]:
    """Money figures measured between this place and a partner, or stated in a sentence naming it."""
    in_sentence = select(Mention.sentence_id).where(
        Mention.entity_id == ent.id, Mention.sentence_id.is_not(None)
    )
    conditions = [Fact.sentence_id.in_(in_sentence)]
    if ent.kind == "place":
        padded = literal(",") + cast(Fact.partners, String) + literal(",")
        conditions.append(padded.like(f"%,{_like_escape(ent.key)},%", escape="\\"))
    rows = session.execute(
        select(Fact, Document.title, Document.published, Document.outlet)
        .join(Document, Document.id == Fact.document_id)
        .where(Fact.kind == "figure", or_(*conditions))
        .order_by(Fact.year.desc().nulls_last(), Document.published.desc().nulls_last(), Fact.id)
        .limit(limit)
    ).all()
    # the same figure from the same sentence in several sources (one story) is one row
    grouped: dict[tuple, dict] = {}
    for f, title, published, outlet in rows:
        same = (f.amount, f.currency, f.metric, f.value_kind, f.year, f.partners, f.evidence)
        row = grouped.setdefault(
            same,
            {
                "id": f.id,
                "year": f.year,
                "period": f.period,
                "metric": f.metric,
                "kind": f.value_kind,
                "amount": f.amount,
                "currency": f.currency,
                "partners": f.partners.split(",") if f.partners else [],
                "change_pct": (f.data or {}).get("change_pct"),
                "evidence": f.evidence,
                "sources": [],
            },
        )
        row["sources"].append(
            {"id": f.id, "document_id": f.document_id, "document_title": title, "published": published, "outlet": outlet}
        )
    return list(grouped.values())


QUOTE_SOURCES = 10  # sources listed per quote; `source_count` says how many there are


def entity_quotes(session: Session, ent: Entity, limit: int = 30) -> list[dict]:
    """Quotes attributed to a person (speaker equal to the entity's name or key), each with up to
    QUOTE_SOURCES sources (latest first) and the number of all."""
    names = {ent.name.casefold(), ent.key.casefold()}
    docs = select(Mention.document_id).where(Mention.entity_id == ent.id).distinct().scalar_subquery()
    grouped: dict[str, dict] = {}
    for f, title, published, outlet in session.execute(
        select(Fact, Document.title, Document.published, Document.outlet)
        .join(Document, Document.id == Fact.document_id)
        .where(Fact.kind == "quote", Fact.document_id.in_(docs))
        .order_by(Document.published.desc().nulls_last(), Fact.id)
        .limit(2000)
    ):
        speaker = (f.data or {}).get("speaker")
        if not speaker or speaker.casefold() not in names:
            continue
        text = (f.data or {}).get("text") or f.evidence
        if text not in grouped and len(grouped) >= limit:
            continue
        quote = grouped.setdefault(text, {"text": text, "source_count": 0, "sources": []})
        quote["source_count"] += 1
        if len(quote["sources"]) < QUOTE_SOURCES:
            quote["sources"].append({"document_id": f.document_id, "document_title": title, "published": published, "outlet": outlet})
    return list(grouped.values())


def entity_documents(session: Session, entity_id: int, page: int, per_page: int) -> dict:
    """Documents naming the entity, latest first, with the number of mentions in each."""
    n = func.count(Mention.id).label("mentions")
    total = session.scalar(
        select(func.count(distinct(Mention.document_id))).where(Mention.entity_id == entity_id)
    ) or 0
    rows = session.execute(
        select(Document.id, Document.title, Document.outlet, Document.published, n)
        .join(Mention, Mention.document_id == Document.id)
        .where(Mention.entity_id == entity_id)
        .group_by(Document.id, Document.title, Document.outlet, Document.published)
        .order_by(Document.published.desc().nulls_last(), Document.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return {
        "total": total,
        "rows": [
            {"id": r.id, "title": r.title, "outlet": r.outlet, "published": r.published, "mentions": r.mentions}
            for r in rows
        ],
    }


# -- overview ------------------------------------------------------------------------------


def fingerprint(session: Session) -> tuple:
    """Changes whenever a document is added or removed (for caching the overview)."""
    return tuple(session.execute(select(func.count(Document.id), func.max(Document.id))).one())


def counts(session: Session) -> dict:
    def count(col: Any, *where: Any) -> int:
        return session.scalar(select(func.count(col)).where(*where)) or 0

    return {
        "documents": count(Document.id),
        "stories": count(Story.id),
        "sources": count(Source.id),
        "sentences": count(Sentence.id),
        "places": count(Entity.id, Entity.kind == "place"),
        "persons": count(Entity.id, Entity.kind == "person"),
        "organizations": count(Entity.id, Entity.kind == "organization"),
        "mentions": count(Mention.id),
        "figures": count(Fact.id, Fact.kind == "figure"),
        "quotes": count(Fact.id, Fact.kind == "quote"),
        "other_facts": count(Fact.id, Fact.kind.not_in(["figure", "quote"])),
        "failures": count(IngestFailure.id),
    }


def documents_per_month(session: Session) -> list[dict]:
    year = extract("year", Document.published)
    month = extract("month", Document.published)
    rows = session.execute(
        select(year, month, func.count(Document.id))
        .where(Document.published.is_not(None))
        .group_by(year, month)
        .order_by(year, month)
    ).all()
    return fill_months([{"month": _month_key(y, m), "documents": n} for y, m, n in rows])


def top_entities(session: Session, kind: str, limit: int, *, key_like: str | None = None) -> list[dict]:
    """Entities of a kind by number of documents; `key_like` e.g. REGION_KEY or COUNTRY_KEY."""
    docs = func.count(distinct(Mention.document_id)).label("documents")
    where = [Entity.kind == kind]
    if key_like:
        where.append(Entity.key.like(key_like))
    rows = session.execute(
        select(Entity.key, Entity.name, docs)
        .join(Mention, Mention.entity_id == Entity.id)
        .where(*where)
        .group_by(Entity.id, Entity.key, Entity.name)
        .order_by(docs.desc(), Entity.name)
        .limit(limit)
    ).all()
    return [{"key": r.key, "name": r.name, "documents": r.documents} for r in rows]


def place_counts(session: Session) -> list[dict]:
    """Every place with the number of documents naming it (for the map)."""
    return top_entities(session, "place", limit=10_000)


def top_sectors(session: Session, limit: int = 20) -> list[dict]:
    n = func.count(DocumentSector.document_id).label("documents")
    rows = session.execute(
        select(DocumentSector.sector, n).group_by(DocumentSector.sector).order_by(n.desc()).limit(limit)
    ).all()
    return [{"key": r.sector, "documents": r.documents} for r in rows]


def cooccurrence(session: Session, *, limit_edges: int = 120) -> list[dict]:
    """Pairs of regions and organizations named in the same sentence, with the sentence count.

    Countries are left out: Belarus and Russia are named with everything and would only draw
    a star around themselves. So are the outlets (a "(BelTA)" dateline is no cooperation).
    """
    m1, m2 = aliased(Mention), aliased(Mention)
    e1, e2 = aliased(Entity), aliased(Entity)
    outlets = select(Document.outlet).where(Document.outlet.is_not(None)).distinct()
    node = lambda e: or_(  # noqa: E731
        and_(e.kind == "place", e.key.like(REGION_KEY)),
        and_(e.kind == "organization", e.key.not_in(outlets), e.name.not_in(outlets)),
    )
    n = func.count(distinct(m1.sentence_id)).label("sentences")
    rows = session.execute(
        select(e1.kind, e1.key, e1.name, e2.kind, e2.key, e2.name, n)
        .select_from(m1)
        .join(m2, and_(m2.document_id == m1.document_id, m2.sentence_id == m1.sentence_id, m2.entity_id > m1.entity_id))
        .join(e1, e1.id == m1.entity_id)
        .join(e2, e2.id == m2.entity_id)
        .where(m1.sentence_id.is_not(None), node(e1), node(e2))
        .group_by(e1.kind, e1.key, e1.name, e2.kind, e2.key, e2.name)
        .order_by(n.desc())
        .limit(limit_edges)
    ).all()
    return [
        {
            "source": {"kind": r[0], "key": r[1], "name": r[2]},
            "target": {"kind": r[3], "key": r[4], "name": r[5]},
            "sentences": r[6],
        }
        for r in rows
    ]

