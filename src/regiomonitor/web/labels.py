"""German labels for keys the register stores (sectors, metrics, entity kinds)."""
from __future__ import annotations

SECTORS = {
    "machinery": "Maschinen- und Fahrzeugbau",
    "agriculture_food": "Landwirtschaft und Lebensmittel",
    "energy_chemicals": "Energie und Chemie",
    "construction": "Bauwesen",
    "transport_logistics": "Transport und Logistik",
    "light_industry": "Leichtindustrie",
    "trade_finance": "Handel und Finanzen",
    "science_technology": "Wissenschaft und Technik",
    "education": "Bildung",
    "culture_tourism": "Kultur und Tourismus",
    "health": "Gesundheit",
    "media_information": "Medien und Information",
    "politics_diplomacy": "Politik und Diplomatie",
    "environment": "Umwelt",
}

METRICS = {
    "turnover": "Handelsumsatz",
    "export": "Export",
    "import": "Import",
    "balance": "Saldo",
    "investment": "Investitionen",
    "contracts": "Verträge",
    "other": "Sonstiges",
}

VALUE_KINDS = {"actual": "Ist", "target": "Ziel", "forecast": "Prognose"}

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

FACT_SUBKINDS = {
    "agreement": "Abkommen",
    "action_plan": "Aktionsplan",
    "roadmap": "Fahrplan",
    "memorandum": "Memorandum",
    "protocol": "Protokoll",
    "twinning": "Partnerschaft",
    "contract": "Vertrag",
    "meeting": "Treffen",
    "visit": "Besuch",
    "delegation": "Delegation",
    "forum": "Forum",
    "commission_session": "Kommissionssitzung",
    "fair": "Messe",
    "joint_venture": "Gemeinschaftsunternehmen",
    "assembly": "Montage",
    "service_centre": "Servicezentrum",
    "plant": "Werk",
    "delivery": "Lieferung",
    "construction": "Bau",
    "other": "Sonstiges",
}


def place_name(key: str | None) -> str:
    """A German name for a place key from the map's centroid file, else the key itself."""
    from regiomonitor.web.charts import centroids

    entry = centroids().get(key or "")
    return entry["name"] if entry else (key or "")
