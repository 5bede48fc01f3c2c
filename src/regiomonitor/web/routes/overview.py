"""The register at a glance: `/overview` ↔ `/api/overview`."""
from __future__ import annotations

import threading
from typing import Any

from fastapi import Depends

from regiomonitor.web import queries
from regiomonitor.web.pages import Pages, get_store

pages = Pages(nav=[("Überblick", "/overview")], tag="overview")

_cache: dict[int, tuple[tuple, dict]] = {}
_lock = threading.Lock()


@pages.page("/overview", api="/api/overview", template="overview.html")
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
