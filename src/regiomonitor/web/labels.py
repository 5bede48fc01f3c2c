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

LANGUAGES = {"de": "Deutsch", "ru": "Russisch", "en": "Englisch", "be": "Belarussisch", "kk": "Kasachisch", "uk": "Ukrainisch"}


def language(code: str | None) -> str:
    return LANGUAGES.get(code or "", code or "")


def place_kind(key: str | None) -> str:
    """What a place key names, from its form: 'BY' a country, 'RU-BA' a first-level region
    (ISO 3166-2), 'city:Ufa' a city, 'district:…' a district — to tell same-named places apart."""
    key = key or ""
    prefix, sep, _ = key.partition(":")
    if sep:
        return PLACE_SUBTYPES.get(prefix, prefix)
    if len(key) == 2 and key.isalpha():
        return PLACE_SUBTYPES["country"]
    if len(key) > 3 and key[2] == "-":
        return PLACE_SUBTYPES["region"]
    return ""


def ambiguous_names(items: list[dict], name_key: str = "name") -> set[str]:
    """Names that occur more than once in a list (Gomel the region and Gomel the city)."""
    seen: dict[str, int] = {}
    for item in items:
        name = item.get(name_key) or ""
        seen[name] = seen.get(name, 0) + 1
    return {name for name, n in seen.items() if n > 1}
