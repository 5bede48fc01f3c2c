"""The register at a glance: `/overview` ↔ `/api/overview`."""
from __future__ import annotations

import threading
from typing import Any

from fastapi import Depends

from regiomonitor.web import charts, labels, queries
from regiomonitor.web.pages import Pages, get_store

pages = Pages(nav=[("Überblick", "/overview")], tag="overview")

_cache: dict[int, tuple[tuple, dict]] = {}
_charts: list[tuple[dict, dict]] = []  # (data, its chart specs): the network layout takes a while
_lock = threading.Lock()


def chart_specs(data: dict) -> dict:
    """The overview's Plotly specs, built once per state of the register (data is cached)."""
    with _lock:
        for cached_data, specs in _charts:
            if cached_data is data:
                return specs
    sectors = [{"name": labels.sector(s["key"]), "documents": s["documents"]} for s in data["top_sectors"]]
    specs = {
        "per_month": charts.monthly_bars(data["documents_per_month"]) if data["documents_per_month"] else {},
        "map": charts.region_map(data["places"], data["map_links"]),
        "regions": charts.hbars(data["top_regions"]),
        "sectors": charts.hbars(sectors, colour="#2a7a4b"),
        "network": charts.network(data["cooperation"]),
    }
    with _lock:
        _charts[:] = [*_charts[-3:], (data, specs)]  # one per store; a few stores in tests
    return specs


@pages.page("/overview", api="/api/overview", template="overview.html", context=lambda data: {"specs": chart_specs(data)})
def overview_view(store: Any = Depends(get_store)) -> dict:
    """Counts, documents per month, top regions/sectors/organizations, map points, network edges."""
    with store.session() as session:
        stamp = queries.fingerprint(session)
        with _lock:
            cached = _cache.get(id(store))
        if cached and cached[0] == stamp:
            return cached[1]
        data = {
            "counts": queries.counts(session),
            "documents_per_month": queries.documents_per_month(session),
            "top_regions": queries.top_entities(session, "place", 15, key_like=queries.REGION_KEY),
            "top_countries": queries.top_entities(session, "place", 10, key_like=queries.COUNTRY_KEY),
            "top_sectors": queries.top_sectors(session),
            "top_organizations": queries.top_entities(session, "organization", 15),
            "top_persons": queries.top_entities(session, "person", 15),
            "places": queries.place_counts(session),
            "cooperation": queries.cooccurrence(session),
        }
    # the map draws region pairs (no countries); the network draws regions and organizations
    data["map_links"] = [
        e for e in data["cooperation"] if e["source"]["kind"] == "place" and e["target"]["kind"] == "place"
    ][:60]
    with _lock:
        _cache[id(store)] = (stamp, data)
    return data
