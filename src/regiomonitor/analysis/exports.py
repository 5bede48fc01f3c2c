"""Exports of the register: documents, entities, facts or figures as CSV, JSON, GeoJSON or XLSX.

Rows are built once per dataset (`DATASETS`), then written by one writer per format
(`FORMATS`); adding a dataset or a format is one entry in a table. GeoJSON places each row at
the map points of the places it concerns (region centroids shipped by the web package).

Text from documents reaches spreadsheets here, so a cell that starts like a formula (`=`, `+`,
`-`, `@`) is written with a leading apostrophe: a hostile title must not run in Excel.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import distinct, func, select

from regiomonitor.analysis import records
from regiomonitor.analysis.access import reading
from regiomonitor.analysis.context import fact_organizations, fact_persons, fact_places, parent_regions
from regiomonitor.analysis.sources import load_sources
from regiomonitor.store.schema import Document, DocumentSector, Entity, Mention

CENTROIDS = Path(__file__).resolve().parents[1] / "web" / "static" / "region_centroids.json"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row = dict[str, Any]


@cache
def centroids() -> dict[str, tuple[float, float]]:
    """ISO id → (lon, lat); empty when the web package's table is missing (no geometry then)."""
    if not CENTROIDS.is_file():
        return {}
    table = json.loads(CENTROIDS.read_text(encoding="utf-8"))
    return {key: (float(v["lon"]), float(v["lat"])) for key, v in table.items() if "lat" in v and "lon" in v}


# -- datasets: (rows, the place ids of each row) ---------------------------------------------

def _documents(session) -> tuple[list[Row], list[list[str]]]:
    places: dict[int, list[str]] = {}
    for doc_id, key in session.execute(
        select(Mention.document_id, Entity.key)
        .join(Entity, Entity.id == Mention.entity_id)
        .where(Entity.kind == "place")
        .distinct()
        .order_by(Mention.document_id, Entity.key)
    ):
        places.setdefault(doc_id, []).append(key)
    sectors: dict[int, list[str]] = {}
    for doc_id, sector in session.execute(
        select(DocumentSector.document_id, DocumentSector.sector).order_by(DocumentSector.document_id, DocumentSector.score.desc())
    ):
        sectors.setdefault(doc_id, []).append(sector)
    ids = list(session.scalars(select(Document.id).order_by(Document.id)))
    sources = load_sources(session, ids)
    rows, geo = [], []
    for doc_id, story_id, language in session.execute(select(Document.id, Document.story_id, Document.language).order_by(Document.id)):
        s = sources[doc_id]
        rows.append(
            {
                "id": doc_id,
                "story_id": story_id,
                "title": s["title"],
                "published": s["published"],
                "outlet": s["outlet"],
                "language": language,
                "url": s["url"],
                "locations": s["locations"],
                "places": places.get(doc_id, []),
                "sectors": sectors.get(doc_id, []),
                "citation": s["citation"],
            }
        )
        geo.append(places.get(doc_id, []))
    return rows, geo


def _entities(session) -> tuple[list[Row], list[list[str]]]:
    rows, geo = [], []
    for entity, mentions, documents in session.execute(
        select(Entity, func.count(Mention.id), func.count(distinct(Mention.document_id)))
        .outerjoin(Mention, Mention.entity_id == Entity.id)
        .group_by(Entity.id)
        .order_by(Entity.kind, Entity.key)
    ):
        rows.append(
            {
                "id": entity.id,
                "kind": entity.kind,
                "key": entity.key,
                "name": entity.name,
                "subtype": entity.subtype,
                "mentions": mentions,
                "documents": documents,
            }
        )
        geo.append([entity.key] if entity.kind == "place" else [])
    return rows, geo


def _facts(session) -> tuple[list[Row], list[list[str]]]:
    recs = records.facts(session, ("agreement", "event", "project", "quote"))
    entities = records.sentence_entities(session, (r["sentence_id"] for r in recs))
    parents = parent_regions(session)
    rows, geo = [], []
    for r in recs:
        ents = entities.get(r["sentence_id"]) if r["sentence_id"] is not None else None
        data = r["data"]
        places = fact_places(r, ents, parents)
        rows.append(
            {
                "id": r["id"],
                "kind": r["kind"],
                "type": data.get("kind"),
                "date": records.fact_date(r),
                "places": places,
                "organizations": fact_organizations(r, ents),
                "persons": fact_persons(r, ents),
                "title": data.get("title") or data.get("product"),
                "status": data.get("status"),
                "ordinal": data.get("ordinal"),
                "text": data.get("text") if r["kind"] == "quote" else None,
                "evidence": r["evidence"],
                "document_id": r["document_id"],
                "sentence": r["sentence"],
                "citation": r["source"]["citation"] if r["source"] else None,
            }
        )
        geo.append(places)
    return rows, geo


def _figures(session) -> tuple[list[Row], list[list[str]]]:
    rows, geo = [], []
    for r in records.figures(session):
        rows.append(
            {
                "id": r["id"],
                "amount": r["amount"],
                "currency": r["currency"],
                "metric": r["metric"],
                "kind": r["value_kind"],
                "year": r["year"],
                "period": r["period"],
                "partners": r["partners"],
                "change_pct": r["change_pct"],
                "evidence": r["evidence"],
                "document_id": r["document_id"],
                "sentence": r["sentence"],
                "citation": r["source"]["citation"] if r["source"] else None,
            }
        )
        geo.append(r["partners"])
    return rows, geo


DATASETS: dict[str, Callable] = {"documents": _documents, "entities": _entities, "facts": _facts, "figures": _figures}


# -- formats ---------------------------------------------------------------------------------

def _cell(value: Any) -> Any:
    """A flat spreadsheet cell: lists joined, dicts as JSON, formula-like text defused."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        value = "'" + value
    return value


def _csv(name: str, rows: list[Row], geo: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    # UTF-8 with BOM so that Excel opens umlauts correctly
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _json(name: str, rows: list[Row], geo: list[list[str]]) -> bytes:
    return json.dumps(rows, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def _geometry(places: list[str]) -> dict[str, Any] | None:
    points = [list(centroids()[p]) for p in places if p in centroids()]
    if not points:
        return None
    if len(points) == 1:
        return {"type": "Point", "coordinates": points[0]}
    return {"type": "MultiPoint", "coordinates": points}


def _geojson(name: str, rows: list[Row], geo: list[list[str]]) -> bytes:
    features = []
    for row, places in zip(rows, geo):
        geometry = _geometry(places)
        if geometry is not None:  # rows without a known place have no position on a map
            features.append({"type": "Feature", "id": row.get("id"), "geometry": geometry, "properties": row})
    collection = {"type": "FeatureCollection", "name": name, "features": features}
    return json.dumps(collection, ensure_ascii=False, default=str).encode("utf-8")


def _xlsx(name: str, rows: list[Row], geo: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = name[:31]
    if rows:
        sheet.append(list(rows[0]))
        for row in rows:
            sheet.append([_cell(v) for v in row.values()])
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class Format:
    write: Callable[[str, list[Row], list[list[str]]], bytes]
    media_type: str
    extension: str


FORMATS: dict[str, Format] = {
    "csv": Format(_csv, "text/csv; charset=utf-8", "csv"),
    "json": Format(_json, "application/json", "json"),
    "geojson": Format(_geojson, "application/geo+json", "geojson"),
    "xlsx": Format(_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}


@dataclass(frozen=True)
class Export:
    content: bytes
    media_type: str
    filename: str


def export(source: Any, what: str, fmt: str) -> Export:
    """One dataset in one format; ValueError names the allowed choices for anything else."""
    if what not in DATASETS:
        raise ValueError(f"unknown dataset {what!r}; choose one of {', '.join(DATASETS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with reading(source) as session:
        rows, geo = DATASETS[what](session)
    writer = FORMATS[fmt]
    return Export(writer.write(what, rows, geo), writer.media_type, f"regiomonitor-{what}.{writer.extension}")
