"""German labels for keys the register stores (sectors, metrics, entity kinds)."""
from __future__ import annotations

from regiomonitor.knowledge.labels import labels

SECTORS = labels("sectors")
METRICS = labels("metrics")
VALUE_KINDS = labels("value_kinds")

ENTITY_KINDS = {"place": "Orte", "person": "Personen", "organization": "Organisationen"}
ENTITY_KIND_SINGULAR = {"place": "Ort", "person": "Person", "organization": "Organisation"}

FACETS = {
    "place": "Region / Land",
    "sector": "Bereich",
    "person": "Person",
    "organization": "Organisation",
    "outlet": "Quelle",
    "year": "Jahr",
}

FACT_KINDS = {
    "figure": "Zahl",
    "quote": "Zitat",
    "agreement": "Abkommen",
    "event": "Ereignis",
    "project": "Projekt",
}


def sector(key: str | None) -> str:
    return SECTORS.get(key or "", key or "")

PLACE_SUBTYPES = {
    "country": "Land",
    "region": "Region",
    "city": "Stadt",
    "district": "Bezirk",
    "federal_district": "Föderationskreis",
}

FACT_SUBKINDS = {**labels("agreements"), **labels("events"), **labels("projects")}


def place_name(key: str | None) -> str:
    """A German name for a place key from the map's centroid file, else the key itself."""
    from regiomonitor.web.charts import centroids

    entry = centroids().get(key or "")
    return entry["name"] if entry else (key or "")
