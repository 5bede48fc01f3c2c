"""Places, persons, organizations: lists and one entity's page, each with JSON and CSV twins."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import Depends, Path, Query

from regiomonitor.web import labels, queries
from regiomonitor.web.pages import NotFound, Pages, get_store

pages = Pages(
    nav=[("Orte", "/entities/place"), ("Personen", "/entities/person"), ("Organisationen", "/entities/organization")],
    tag="entities",
)

Kind = Literal["place", "person", "organization"]
KEY = Path(min_length=1, max_length=300, description="ISO 3166 code for places, canonical name otherwise")


@pages.page(
    "/entities/{kind}", api="/api/entities/{kind}", template="entities.html",
    csv="/api/entities/{kind}.csv",
)
def entity_list_view(
    kind: Kind,
    q: str = Query("", max_length=200, description="Part of the name or key"),
    subtype: str = Query("", max_length=40, description="Only this subtype, e.g. country, region, city"),
    page: int = Query(1, ge=1, le=100_000),
    per_page: int = Query(50, ge=1, le=100),
    store: Any = Depends(get_store),
) -> dict:
    """Entities of one kind with the number of documents naming them."""
    with store.session() as session:
        result = queries.entity_list(session, kind, q.strip(), page, per_page, subtype.strip() or None)
        kinds = queries.subtypes(session, kind)
    return {"kind": kind, "query": q, "subtype": subtype, "subtypes": kinds, "page": page, "per_page": per_page, **result}


def _entity_or_404(session: Any, kind: str, key: str) -> Any:
    ent = queries.entity(session, kind, key)
    if ent is None:
        raise NotFound(f"{kind} {key!r}", f"{labels.ENTITY_KIND_SINGULAR.get(kind, kind)} „{key}“ kommt im Register nicht vor.")
    return ent


# registered before the entity page: its {key:path} would swallow ".../documents"
@pages.page(
    None, api="/api/entities/{kind}/{key:path}/documents",
    csv="/api/entities/{kind}/{key:path}/documents.csv",
)
def entity_documents_view(
    kind: Kind,
    key: str = KEY,
    page: int = Query(1, ge=1, le=100_000),
    per_page: int = Query(20, ge=1, le=100),
    store: Any = Depends(get_store),
) -> dict:
    """Documents naming an entity, latest first."""
    with store.session() as session:
        ent = _entity_or_404(session, kind, key)
        result = queries.entity_documents(session, ent.id, page, per_page)
    return {"kind": kind, "key": key, "page": page, "per_page": per_page, **result}


def _figure_csv_row(figure: dict) -> dict:
    """A figure for a spreadsheet: one column per source field, sources joined by '; '."""
    row = {k: v for k, v in figure.items() if k != "sources"}
    sources = figure.get("sources") or []
    row["document_ids"] = [s["document_id"] for s in sources]
    row["sources"] = [
        ", ".join(str(x) for x in (s.get("outlet") or s.get("document_title"), s.get("published")) if x) or f"Dokument {s['document_id']}"
        for s in sources
    ]
    return row


@pages.page(
    None, api="/api/entities/{kind}/{key:path}/figures",
    csv="/api/entities/{kind}/{key:path}/figures.csv", csv_rows="figures", csv_row=_figure_csv_row,
)
def entity_figures_view(kind: Kind, key: str = KEY, store: Any = Depends(get_store)) -> dict:
    """Money figures measured for a place or stated in sentences naming the entity, with sources."""
    with store.session() as session:
        ent = _entity_or_404(session, kind, key)
        figures = queries.entity_figures(session, ent)
    return {"kind": kind, "key": ent.key, "figures": figures}


@pages.page("/entities/{kind}/{key:path}", api="/api/entities/{kind}/{key:path}", template="entity.html")
def entity_view(kind: Kind, key: str = KEY, store: Any = Depends(get_store)) -> dict:
    """One entity: mentions over time, related entities, figures, quotes, latest documents."""
    with store.session() as session:
        ent = _entity_or_404(session, kind, key)
        out = {
            "kind": kind,
            "key": ent.key,
            "name": ent.name,
            "subtype": ent.subtype,
            "attrs": ent.attrs or {},
            **queries.entity_counts(session, ent.id),
            "timeline": queries.entity_timeline(session, ent.id),
            "related": queries.related_entities(session, ent.id),
            "figures": queries.entity_figures(session, ent),
            "quotes": queries.entity_quotes(session, ent) if kind == "person" else [],
            "latest_documents": queries.entity_documents(session, ent.id, 1, 10)["rows"],
        }
    return out
