"""How values read in a German dossier: money amounts, dates and the names of kinds."""
from __future__ import annotations

from regiomonitor.analysis.periods import MONTHS_DE
from regiomonitor.knowledge.labels import labels

METRICS = labels("metrics")
VALUE_KINDS = labels("value_kinds")
AGREEMENTS = labels("agreements")
EVENTS = labels("events")
PROJECTS = labels("projects")
STATUS = {"planned": "geplant", "under_way": "im Gange", "done": "umgesetzt", None: "Stand unbekannt"}
RULES = {
    "value_mismatch": "abweichende Werte",
    "balance_exceeds_turnover": "Saldo > Umsatz",
    "flow_exceeds_turnover": "Export/Import > Umsatz",
    "part_exceeds_whole": "Teilzeitraum > Gesamtzeitraum",
}
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def number(value: float, decimals: int = 1) -> str:
    """German digits: 122,4 and 1.250,5 (thousands with a dot, decimals with a comma)."""
    text = f"{value:,.{decimals}f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if decimals and "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def money(value: float | None, currency: str | None) -> str:
    """`320 Mio. USD`, `1,5 Mrd. RUB`, `950.000 USD` (the scale the seed texts use)."""
    if value is None:
        return "–"
    unit = currency or ""
    magnitude = abs(value)
    if magnitude >= 1e9:
        text = f"{number(value / 1e9, 2)} Mrd."
    elif magnitude >= 1e6:
        text = f"{number(value / 1e6, 1)} Mio."
    else:
        text = number(value, 0)
    return f"{text} {unit}".strip()


def date_text(value: str | None) -> str:
    """`1999-06` → `Juni 1999`, `2025-02-07` → `7. Februar 2025`, `2018` → `2018`."""
    if not value:
        return "ohne Datum"
    parts = str(value).split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])}. {MONTHS_DE[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS_DE[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return str(value)
    return parts[0]


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def place(names: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    return names.get(key, key)


def partners(names: dict[str, str], keys: list[str]) -> str:
    return " – ".join(place(names, k) for k in keys)


def event_title(event: dict, names: dict[str, str]) -> str:
    """`V. Forum der Regionen`, `Treffen in Minsk`."""
    kind = EVENTS.get(event.get("kind"), "Veranstaltung")
    if event.get("kind") == "forum":
        kind = "Forum der Regionen"
    if event.get("ordinal"):
        kind = f"{roman(int(event['ordinal']))}. {kind}"
    if event.get("place"):
        kind += f", {place(names, event['place'])}"
    return kind


def project_title(project: dict, names: dict[str, str]) -> str:
    """`Servicezentrum: AMKODOR, Ufa – Traktoren`."""
    parts = [PROJECTS.get(project.get("kind"), "Projekt")]
    who = ", ".join(project.get("organizations") or [])
    where = place(names, project.get("place"))
    detail = ", ".join(x for x in (who, where) if x)
    text = parts[0] + (f": {detail}" if detail else "")
    if project.get("product"):
        text += f" – {project['product']}"
    return text
