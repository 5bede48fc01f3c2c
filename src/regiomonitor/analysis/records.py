"""Facts of the register as plain dicts with their provenance (document, sentence, source).

The one place that turns rows of `facts`, `sentences` and `mentions` into the records every
analysis works on, so that series, contradictions, networks, coverage, exports and dossiers
agree on what a fact is and where it came from.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from regiomonitor.analysis.periods import span_of
from regiomonitor.analysis.sources import load_sources
from regiomonitor.store.schema import Entity, Fact, Mention, Sentence

DOSSIER_KINDS = ("agreement", "event", "project")


def _base(fact: Fact, sentence_idx: int | None) -> dict[str, Any]:
    return {
        "id": fact.id,
        "kind": fact.kind,
        "document_id": fact.document_id,
        "sentence_id": fact.sentence_id,
        "sentence": sentence_idx,
        "evidence": fact.evidence,
        "data": fact.data or {},
        "year": fact.year,
    }


def _attach_sources(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    sources = load_sources(session, (r["document_id"] for r in records))
    for r in records:
        r["source"] = sources.get(r["document_id"])
    return records


def figures(
    session: Session,
    *,
    partners: Iterable[str] | None = None,
    metric: str | None = None,
    place: str | None = None,
    document_ids: Iterable[int] | None = None,
) -> list[dict[str, Any]]:
    """Figure records; `partners` selects exactly that pair (order does not matter), `place` any
    figure whose partners include that id."""
    query = select(Fact, Sentence.idx).outerjoin(Sentence, Sentence.id == Fact.sentence_id).where(Fact.kind == "figure")
    if partners is not None:
        query = query.where(Fact.partners == ",".join(sorted(set(partners))))
    if metric is not None:
        query = query.where(Fact.metric == metric)
    if place is not None:
        query = query.where(Fact.partners.like(f"%{place}%"))
    if document_ids is not None:
        query = query.where(Fact.document_id.in_(list(document_ids)))
    records = []
    for fact, idx in session.execute(query.order_by(Fact.id)):
        parts = [p for p in (fact.partners or "").split(",") if p]
        if place is not None and place not in parts:
            continue  # LIKE also matched RU-BAX for RU-BA
        r = _base(fact, idx)
        r.update(
            amount=fact.amount,
            currency=fact.currency,
            metric=fact.metric,
            value_kind=fact.value_kind,
            period=fact.period,
            partners=parts,
            change_pct=(fact.data or {}).get("change_pct"),
            surface=(fact.data or {}).get("surface") or None,
            bound=(fact.data or {}).get("bound"),
            segment=(fact.data or {}).get("segment"),
            span=span_of(fact.year, fact.period),
        )
        records.append(r)
    return _attach_sources(session, records)


def facts(
    session: Session,
    kinds: Iterable[str] = DOSSIER_KINDS,
    *,
    document_ids: Iterable[int] | None = None,
    sentence_ids: Iterable[int] | None = None,
) -> list[dict[str, Any]]:
    """Agreement, event, project (and quote) records."""
    query = (
        select(Fact, Sentence.idx)
        .outerjoin(Sentence, Sentence.id == Fact.sentence_id)
        .where(Fact.kind.in_(list(kinds)))
    )
    if document_ids is not None:
        query = query.where(Fact.document_id.in_(list(document_ids)))
    if sentence_ids is not None:
        query = query.where(Fact.sentence_id.in_(list(sentence_ids)))
    records = [_base(fact, idx) for fact, idx in session.execute(query.order_by(Fact.id))]
    return _attach_sources(session, records)


def sentence_entities(session: Session, sentence_ids: Iterable[int]) -> dict[int, dict[str, list[dict[str, Any]]]]:
    """The places, persons and organizations named in each sentence."""
    ids = sorted({i for i in sentence_ids if i is not None})
    out: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: {"place": [], "person": [], "organization": []})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(Mention.sentence_id, Entity.kind, Entity.key, Entity.name, Entity.subtype, Mention.role)
            .join(Entity, Entity.id == Mention.entity_id)
            .where(Mention.sentence_id.in_(chunk))
            .order_by(Mention.start)
        )
        for sentence_id, kind, key, name, subtype, role in rows:
            bucket = out[sentence_id].setdefault(kind, [])
            if all(e["key"] != key for e in bucket):
                bucket.append({"key": key, "name": name, "subtype": subtype, "role": role})
    return out


def fact_date(record: dict[str, Any]) -> str | None:
    """When a fact happened: its own date, else its figure period's end year, else publication."""
    data = record.get("data") or {}
    if data.get("date"):
        return str(data["date"])
    span = record.get("span")
    if span is not None:
        return str(span.year)
    if record.get("year"):
        return str(record["year"])
    source = record.get("source") or {}
    return source.get("published")


def fact_year(record: dict[str, Any]) -> int | None:
    when = fact_date(record)
    try:
        return int(when[:4]) if when else None
    except ValueError:
        return None
