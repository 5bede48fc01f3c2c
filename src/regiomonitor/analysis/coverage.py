"""Coverage: which sources report on which regions and fields over time, and which agreements
and projects nobody has written about lately.

"Lately" is measured back from the register's newest publication date (not today), so that an
archive of 2021 texts still shows which of its agreements went quiet within 2021; pass `as_of`
to measure from another day.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import distinct, extract, func, select

from regiomonitor.analysis import records
from regiomonitor.analysis.access import reading
from regiomonitor.analysis.context import is_place_id
from regiomonitor.store.schema import Document, DocumentSector, Entity, Mention

UNKNOWN_OUTLET = "unbekannt"


def months_before(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    # the 31st of a shorter month falls back to that month's last day
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _time_columns(by: str):
    year = extract("year", Document.published)
    return (year, extract("month", Document.published)) if by == "month" else (year,)


def _when(row: tuple, by: str) -> str:
    return f"{int(row[0]):04d}-{int(row[1]):02d}" if by == "month" else str(int(row[0]))


def _identity(record: dict[str, Any]) -> tuple | None:
    """What makes two facts the same agreement or project across documents."""
    data = record["data"]
    if record["kind"] == "agreement":
        parties = tuple(sorted(data.get("parties") or []))
        if not parties:
            return None
        return ("agreement", data.get("kind"), parties, data.get("date") or data.get("title"))
    organizations = tuple(sorted(data.get("organizations") or []))
    if not organizations and not data.get("place"):
        return None
    return ("project", data.get("kind"), organizations, data.get("place"))


def uncovered(session, *, months: int = 12, as_of: date | None = None) -> tuple[date | None, list[dict[str, Any]]]:
    """Agreements and projects no document mentioned in the `months` before `as_of`."""
    if as_of is None:
        as_of = session.scalar(select(func.max(Document.published)))
    if as_of is None:
        return None, []
    cutoff = months_before(as_of, months)
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for r in records.facts(session, ("agreement", "project")):
        identity = _identity(r)
        if identity is not None:
            groups[identity].append(r)
    out = []
    for identity, members in groups.items():
        dates = sorted(m["source"]["published"] for m in members if m["source"] and m["source"]["published"])
        last = dates[-1] if dates else None
        if last is not None and last >= cutoff.isoformat():
            continue
        first = members[0]
        out.append(
            {
                "kind": first["kind"],
                "type": first["data"].get("kind"),
                "parties": list(identity[2]),
                "place": first["data"].get("place") if first["kind"] == "project" else None,
                "date": first["data"].get("date"),
                "title": first["data"].get("title") or first["data"].get("product"),
                "status": first["data"].get("status"),
                "first_seen": dates[0] if dates else None,
                "last_seen": last,
                "documents": len({m["document_id"] for m in members}),
                "evidence": first["evidence"],
                "sources": list({m["document_id"]: m["source"] for m in members}.values()),
            }
        )
    out.sort(key=lambda x: (x["last_seen"] or "", x["kind"], x["type"] or ""))
    return as_of, out


def coverage(source: Any, *, by: str = "year", months: int = 12, as_of: date | None = None) -> dict[str, Any]:
    """Documents per outlet, region and sector per year (or month), and the uncovered facts."""
    cols = _time_columns(by)
    outlet = func.coalesce(Document.outlet, UNKNOWN_OUTLET)
    with reading(source) as session:
        per_outlet = [
            {"outlet": row[0], "period": _when(row[1:-1], by), "documents": row[-1]}
            for row in session.execute(
                select(outlet, *cols, func.count())
                .where(Document.published.is_not(None))
                .group_by(outlet, *cols)
                .order_by(outlet, *cols)
            )
        ]
        undated = session.scalar(select(func.count()).select_from(Document).where(Document.published.is_(None)))
        per_region = [
            {"region": row[0], "name": row[1], "period": _when(row[2:-1], by), "documents": row[-1]}
            for row in session.execute(
                select(Entity.key, Entity.name, *cols, func.count(distinct(Mention.document_id)))
                .join(Mention, Mention.entity_id == Entity.id)
                .join(Document, Document.id == Mention.document_id)
                .where(Entity.kind == "place", Document.published.is_not(None))
                .group_by(Entity.key, Entity.name, *cols)
                .order_by(Entity.key, *cols)
            )
            if is_place_id(row[0])
        ]
        per_sector = [
            {"sector": row[0], "period": _when(row[1:-1], by), "documents": row[-1]}
            for row in session.execute(
                select(DocumentSector.sector, *cols, func.count())
                .join(Document, Document.id == DocumentSector.document_id)
                .where(Document.published.is_not(None))
                .group_by(DocumentSector.sector, *cols)
                .order_by(DocumentSector.sector, *cols)
            )
        ]
        reference, quiet = uncovered(session, months=months, as_of=as_of)
    return {
        "by": by,
        "undated_documents": undated,
        "outlets": per_outlet,
        "regions": per_region,
        "sectors": per_sector,
        "uncovered": {"as_of": reference.isoformat() if reference else None, "months": months, "items": quiet},
    }
