"""Full-text search with facets: `/` and `/search` ↔ `/api/search` (+ `/api/search.csv`)."""
from __future__ import annotations

import inspect
from typing import Any

from fastapi import Depends, Query

from regiomonitor.store.search import search
from regiomonitor.web.pages import Pages, exporting, get_store, html_to_text

pages = Pages(nav=[("Suche", "/search")], tag="search")

FACETS = ("place", "sector", "person", "organization", "outlet", "year")
# a store whose search can leave out the facet counts (`facets=False`) saves them in CSV exports
_CAN_SKIP_FACETS = "facets" in inspect.signature(search).parameters


def _csv_row(hit: dict) -> dict:
    return {**hit, "snippet": html_to_text(hit.get("snippet"))}


@pages.page(
    ["/", "/search"], api="/api/search", template="search.html",
    csv="/api/search.csv", csv_rows="hits", csv_row=_csv_row,
)
def search_view(
    q: str = Query("", max_length=500, description="Search words; German word forms match each other"),
    place: str | None = Query(None, max_length=300, description="Place key (ISO 3166), e.g. RU-BA"),
    sector: str | None = Query(None, max_length=64, description="Sector key, e.g. machinery"),
    person: str | None = Query(None, max_length=300),
    organization: str | None = Query(None, max_length=300),
    outlet: str | None = Query(None, max_length=200),
    year: int | None = Query(None, ge=1900, le=2100),
    page: int = Query(1, ge=1, le=10_000),
    per_page: int = Query(20, ge=1, le=100),
    store: Any = Depends(get_store),
) -> dict:
    """Search documents: ranked hits with highlighted snippets and facet counts."""
    values = {"place": place, "sector": sector, "person": person, "organization": organization,
              "outlet": outlet, "year": year}
    filters = {k: v for k, v in values.items() if v not in (None, "")}
    skip = {"facets": False} if _CAN_SKIP_FACETS and exporting() else {}
    result = search(store, q.strip(), filters, page=page, per_page=per_page, **skip)
    return {"query": q, "filters": filters, **result}
