"""Integrity of the German places knowledge base (data/places/de).

Standard library + pycountry + yaml only: the data must be right whatever the matcher does.
`resolve()` below restates the documented reading rules of data/places/README.md, so the
expectations table checks the data, not one implementation of the matcher.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import yaml

PLACES = Path(__file__).resolve().parents[2] / "data" / "places" / "de"
HEADER = ["id", "level", "type", "form", "parent"]
LEVELS = ("country", "region", "city", "district", "federal_district")
TYPES = ("name", "adj", "designated")
LEVEL_RANK = {"region": 0, "country": 1, "city": 2, "district": 3, "federal_district": 4}
OUTPUT_LEVELS = ("country", "region")

# Keys (lowercased, as the matcher sees them) that deliberately name two units of the same level.
# Keep in sync with data/places/README.md ("Deliberate ambiguities").
ALLOWED_AMBIGUOUS: dict[str, set[str]] = {}

# Keys of cities/districts that may equal a key of a country/region (the region wins, by level rank).
ALLOWED_CITY_REGION_OVERLAP: set[str] = set()

# Must never be a form of anything: not places (contract), or ordinary words / first names.
FORBIDDEN_KEYS = {
    "europa", "sowjetunion", "udssr", "unionsstaat", "gus", "eu", "ural", "wolga", "sibirien", "fernost",
    "ferner osten", "kaukasus", "nordkaukasus", "georg", "us", "man", "oral", "taras", "engels", "wladimir",
    "vladimir", "amur", "altai", "sacha", "abai", "tatarisch", "jüdisch", "koreanisch", "arabisch", "englisch",
    "moskwa", "nursultan", "jersey", "stadt", "region", "gebiet", "republik",
    # new countries (china.tsv ... vietnam.tsv): ordinary words, first names, persons, rivers; not places
    "kanton", "sind", "balkan", "mary", "ganja", "talas", "naryn", "lori", "ararat", "armawir", "bender", "van",
    "granma", "miranda", "lara", "bolívar", "füzuli", "oğuz", "tartar", "java", "fars", "ho chi minh", "bor",
    "süchbaatar", "orchon", "töw", "uws", "tibetisch", "uigurisch", "frunse", "kirin", "darchan", "khanlar",
    "shanghaier", "schanghaier",
    # Germany ... France (germany.tsv ... france.tsv): parts of a unit are not the unit; words, first names,
    # persons; towns that are no units; old regions. Designated-only forms (Pommern, Schlesien, Pest,
    # Marken, Lebus, Heiligkreuz, Pilsner, Karpatenvorland) may exist with a designator only.
    "mecklenburg", "vorpommern", "franken", "pfalz", "holstein", "westfalen", "rheinland", "baden", "württemberg",
    "brandenburger", "saarländer", "essen", "halle", "roma", "friaul", "elsass", "provence", "burgund", "centre",
    "nancy", "nice", "tours", "pommern", "schlesien", "pest", "marken", "lebus", "heiligkreuz", "pilsner",
    "karpatenvorland", "vorkarpaten", "eger", "böhmen", "mähren", "südfinnland", "rigaer", "memel", "masuren",
}

# (surface form, designated?, expected id). `designated` means a designator noun stands next to it.
EXPECTED = [
    ("Baschkortostan", False, "RU-BA"),
    ("Baschkortostans", False, "RU-BA"),
    ("Republik Baschkortostan", False, "RU-BA"),
    ("Baschkirien", False, "RU-BA"),
    ("baschkirischen", False, "RU-BA"),
    ("Tatarstan", False, "RU-TA"),
    ("Tjowa", False, "RU-TY"),
    ("Tjewa", False, "RU-TY"),
    ("Tyva", False, "RU-TY"),
    ("Tuwa", False, "RU-TY"),
    ("Tschetschenische Republik", False, "RU-CE"),
    ("Tschetschenischen Republik", False, "RU-CE"),
    ("Dagestan", False, "RU-DA"),
    ("Kabardino-Balkarien", False, "RU-KB"),
    ("Stawropol Krai", False, "RU-STA"),
    ("Stawropol", False, "RU-STA"),
    ("Primorskij", False, "RU-PRI"),
    ("Primorje", False, "RU-PRI"),
    ("Brjansk", False, "RU-BRY"),
    ("Brjansker", True, "RU-BRY"),
    ("Pskow", False, "RU-PSK"),
    ("Nischni Nowgorod", False, "RU-NIZ"),
    ("Nowgorod", False, "RU-NGR"),
    ("Tscheljabinsk", False, "RU-CHE"),
    ("Chelyabinsk", False, "RU-CHE"),
    ("Kusbass", False, "RU-KEM"),
    ("Moskau", False, "RU-MOW"),
    ("Moskau", True, "RU-MOS"),
    ("Moskauer", True, "RU-MOS"),
    ("Moskauer", False, "RU-MOW"),
    ("Sankt Petersburg", False, "RU-SPE"),
    ("St. Petersburg", False, "RU-SPE"),
    ("Leningrad", False, "RU-SPE"),
    ("Leningrad", True, "RU-LEN"),
    ("Leningrader", True, "RU-LEN"),
    ("Wladimir", True, "RU-VLA"),
    ("Wladimir", False, None),
    ("Altai", True, "RU-ALT"),
    ("Republik Altai", False, "RU-AL"),
    ("Jüdischen Autonomen Gebiet", False, "RU-YEV"),
    ("Autonomer Bezirk der Jamal-Nenzen", False, "RU-YAN"),
    ("Jugra", False, "RU-KHM"),
    ("Krim", False, "UA-43"),
    ("Minsk", False, "BY-HM"),
    ("MINSK", False, "BY-HM"),
    ("Minsk", True, "BY-MI"),
    ("Minsker", True, "BY-MI"),
    ("Minsker", False, "BY-HM"),
    ("Mogilew", False, "BY-MA"),
    ("Mogiljow", False, "BY-MA"),
    ("Mahiljou", False, "BY-MA"),
    ("Mogilev", True, "BY-MA"),
    ("Witebsk", False, "BY-VI"),
    ("Vitebsk", False, "BY-VI"),
    ("Homel", False, "BY-HO"),
    ("Grodno", False, "BY-HR"),
    ("Hrodna", False, "BY-HR"),
    ("Brester", False, "BY-BR"),
    ("Astana", False, "KZ-71"),
    ("Nur-Sultan", False, "KZ-71"),
    ("Almaty", False, "KZ-75"),
    ("Almaty", True, "KZ-19"),
    ("Schymkent", False, "KZ-79"),
    ("Akmola", False, "KZ-11"),
    ("Aqmola", True, "KZ-11"),
    ("Karaganda", False, "KZ-35"),
    ("Qaraghandy", False, "KZ-35"),
    ("Kostanay", False, "KZ-39"),
    ("Kostanai", False, "KZ-39"),
    ("Ostkasachstan", False, "KZ-63"),
    ("ostkasachstanischen", False, "KZ-63"),
    ("Nordkasachstan", False, "KZ-59"),
    ("Pawlodar", False, "KZ-55"),
    ("Südkasachstan", False, "KZ-61"),
    ("Abai", True, "KZ-10"),
    ("Schetissu", False, "KZ-33"),
    ("Kiew", False, "UA-30"),
    ("Kiew", True, "UA-32"),
    ("Taschkent", False, "UZ-TK"),
    ("Taschkent", True, "UZ-TO"),
    ("Belarus", False, "BY"),
    ("Weißrussland", False, "BY"),
    ("Weißrusslands", False, "BY"),
    ("Republik Belarus", False, "BY"),
    ("belarussischen", False, "BY"),
    ("Weißrussische", False, "BY"),
    ("Russland", False, "RU"),
    ("Russischen Föderation", False, "RU"),
    ("russische", False, "RU"),
    ("Kasachstan", False, "KZ"),
    ("kasachischen", False, "KZ"),
    ("Kirgisien", False, "KG"),
    ("Moldawien", False, "MD"),
    ("Vereinigten Arabischen Emiraten", False, "AE"),
    ("USA", False, "US"),
    ("Volksrepublik China", False, "CN"),
    ("Türkei", False, "TR"),
    ("Aserbaidschan", False, "AZ"),
    # China, Central Asia, Caucasus, Vietnam, ...: capitals that are first-level units, designated-only forms
    ("Heilongjiang", False, "CN-HL"),
    ("Heilongjiang", True, "CN-HL"),
    ("Schantung", False, "CN-SD"),
    ("Sezuan", False, "CN-SC"),
    ("Peking", False, "CN-BJ"),
    ("Pekinger", False, "CN-BJ"),
    ("Inneren Mongolei", False, "CN-NM"),
    ("Mongolei", False, "MN"),
    ("Provinz Kanton", False, "CN-GD"),
    ("Kanton", False, None),
    ("Taiwan", False, "TW"),
    ("Hongkong", False, "HK"),
    ("Harbin", False, "city:Harbin"),
    ("Gandscha", False, "AZ-GA"),
    ("Ganja", False, None),
    ("Ganja", True, "AZ-GA"),
    ("Sumgait", False, "AZ-SM"),
    ("Mingatschewir", False, "AZ-MI"),
    ("Baku", False, "AZ-BA"),
    ("Scheki", False, "AZ-SA"),
    ("Scheki", True, "AZ-SAK"),
    ("Nachitschewan", False, "AZ-NX"),
    ("Hung Yen", False, "VN-66"),
    ("Hưng Yên", False, "VN-66"),
    ("Hanoi", False, "VN-HN"),
    ("Ho-Chi-Minh-Stadt", False, "VN-SG"),
    ("Ho Chi Minh", False, None),
    ("Haiphong", False, "VN-HP"),
    ("Da Nang", False, "VN-DN"),
    ("Bischkek", False, "KG-GB"),
    ("Osch", False, "KG-GO"),
    ("Osch", True, "KG-O"),
    ("Talas", False, None),
    ("Talas", True, "KG-T"),
    ("Naryn", True, "KG-N"),
    ("Tschüi", False, "KG-C"),
    ("Issyk-Kul", False, "KG-Y"),
    ("Dschalal-Abad", False, "KG-J"),
    ("Duschanbe", False, "TJ-DU"),
    ("Sughd", False, "TJ-SU"),
    ("Chatlon", False, "TJ-KT"),
    ("Berg-Badachschan", False, "TJ-GB"),
    ("GBAO", False, "TJ-GB"),
    ("Chudschand", False, "city:Chudschand"),
    ("Jerewan", False, "AM-ER"),
    ("Ararat", False, None),
    ("Ararat", True, "AM-AR"),
    ("Schirak", False, "AM-SH"),
    ("Aschgabat", False, "TM-S"),
    ("Balkan", False, None),
    ("Mary", True, "TM-M"),
    ("Ulan-Bator", False, "MN-1"),
    ("Chisinau", False, "MD-CU"),
    ("Chișinău", False, "MD-CU"),
    ("Gagausien", False, "MD-GA"),
    ("Tiflis", False, "GE-TB"),
    ("Tbilissi", False, "GE-TB"),
    ("Adscharien", False, "GE-AJ"),
    ("Belgrad", False, "RS-00"),
    ("Vojvodina", False, "RS-VO"),
    ("Havanna", False, "CU-03"),
    ("Teheran", False, "IR-23"),
    ("Ost-Aserbaidschan", False, "IR-03"),
    ("Fars", False, None),
    ("Punjab", False, "PK-PB"),
    ("Sind", False, None),
    ("Sindh", False, "PK-SD"),
    ("Java", False, None),
    # cities and districts: stored, linked, not output
    ("Ufa", False, "city:Ufa"),
    ("Wladiwostok", False, "city:Wladiwostok"),
    ("Bobruisk", False, "city:Bobruisk"),
    ("Stolin", True, "district:Stolin"),
    ("Stolin", False, "city:Stolin"),
    ("Dubrowsk", True, "district:Dubrowno"),
    ("Vetka", True, "district:Wetka"),
    ("Belynitschi", True, "district:Belynitschi"),
    ("Kokschetau", False, "city:Kokschetau"),
    ("Öskemen", False, "city:Öskemen"),
    ("Ust-Kamenogorsk", False, "city:Öskemen"),
    ("Petropawlowsk", False, "city:Petropawlowsk"),
    # federal districts
    ("NKFD", False, "RU-FD-NCFD"),
    ("SKFO", False, "RU-FD-NCFD"),
    ("Nordkaukasischen Föderationskreises", False, "RU-FD-NCFD"),
    ("Föderationskreis Nordkaukasus", False, "RU-FD-NCFD"),
    ("Sibirischen Föderationskreis", False, "RU-FD-SIBFD"),
    ("Zentralen Föderationskreis", False, "RU-FD-CFD"),
    ("Föderationskreis Wolga", False, "RU-FD-VFD"),
    ("Föderalbezirk Ural", False, "RU-FD-UFD"),
    ("Ural", False, None),
    ("Wolga", False, None),
    ("Sibirien", False, None),
    # German Länder: `Sachsen` is no part of `Niedersachsen` or `Sachsen-Anhalt` (separate keys)
    ("Sachsen", False, "DE-SN"),
    ("Freistaat Sachsen", False, "DE-SN"),
    ("Freistaates Sachsen", False, "DE-SN"),
    ("sächsischen", False, "DE-SN"),
    ("Niedersachsen", False, "DE-NI"),
    ("niedersächsische", False, "DE-NI"),
    ("Sachsen-Anhalt", False, "DE-ST"),
    ("Sachsen-Anhalts", False, "DE-ST"),
    ("Bayern", False, "DE-BY"),
    ("Bayerns", False, "DE-BY"),
    ("bayerische", False, "DE-BY"),
    ("Nordrhein-Westfalens", False, "DE-NW"),
    ("NRW", False, "DE-NW"),
    ("Nrw", False, None),
    ("Baden-Württemberg", False, "DE-BW"),
    ("baden-württembergischen", False, "DE-BW"),
    ("Land Brandenburg", False, "DE-BB"),
    ("Brandenburg", False, "DE-BB"),
    ("Brandenburger", False, None),
    ("Brandenburg an der Havel", False, "city:Brandenburg an der Havel"),
    ("Berlin", False, "DE-BE"),
    ("Berliner", False, "DE-BE"),
    ("Hamburg", False, "DE-HH"),
    ("Hamburger", False, "DE-HH"),
    ("Freie und Hansestadt Hamburg", False, "DE-HH"),
    ("Bremen", False, "DE-HB"),
    ("Bremerhaven", False, "city:Bremerhaven"),
    ("Thüringer", False, "DE-TH"),
    ("Mecklenburg-Vorpommern", False, "DE-MV"),
    ("Mecklenburg", False, None),
    ("München", False, "city:München"),
    ("Frankfurt", False, "city:Frankfurt am Main"),
    ("Frankfurt (Oder)", False, "city:Frankfurt (Oder)"),
    # Austria: Wien is a Land; Salzburg bare is the city
    ("Wien", False, "AT-9"),
    ("Wiener", False, "AT-9"),
    ("Wiener Neustadt", False, "city:Wiener Neustadt"),
    ("Oberösterreich", False, "AT-4"),
    ("Tiroler", False, "AT-7"),
    ("Kärntner", False, "AT-2"),
    ("Salzburg", False, "city:Salzburg"),
    ("Salzburg", True, "AT-5"),
    ("Land Salzburg", False, "AT-5"),
    ("Salzburger Land", False, "AT-5"),
    ("Südtirol", False, "district:Südtirol"),
    # Poland, Czechia, Slovakia, Hungary: capitals that are no units are cities; `Woiwodschaft X`, `Region X`
    ("Woiwodschaft Podlachien", False, "PL-20"),
    ("Podlachien", False, "PL-20"),
    ("Masowien", False, "PL-14"),
    ("Woiwodschaft Lublin", False, "PL-06"),
    ("Lublin", False, "city:Lublin"),
    ("Lublin", True, "PL-06"),
    ("Krakau", False, "city:Krakau"),
    ("Warschau", False, "city:Warschau"),
    ("Pommern", False, None),
    ("Woiwodschaft Pommern", False, "PL-22"),
    ("Schlesien", True, "PL-24"),
    ("Karpatenvorland", False, None),
    ("Prag", False, "CZ-10"),
    ("Prager", False, "CZ-10"),
    ("Pilsen", False, "city:Pilsen"),
    ("Pilsen", True, "CZ-32"),
    ("Pilsner", False, None),
    ("Südmähren", False, "CZ-64"),
    ("Mährisch-Schlesien", False, "CZ-80"),
    ("Bratislava", False, "city:Bratislava"),
    ("Bratislava", True, "SK-BL"),
    ("Budapest", False, "HU-BU"),
    ("Debrecen", False, "HU-DE"),
    ("Győr-Moson-Sopron", False, "HU-GS"),
    ("Pest", False, None),
    ("Komitat Pest", False, "HU-PE"),
    ("Veszprém", False, "HU-VM"),
    ("Veszprém", True, "HU-VE"),
    ("Eger", False, None),
    # Baltic states and Finland
    ("Vilnius", False, "city:Vilnius"),
    ("Vilnius", True, "LT-VL"),
    ("Bezirk Vilnius", False, "LT-VL"),
    ("Riga", False, "LV-RIX"),
    ("Daugavpils", False, "LV-DGV"),
    ("Ventspils", False, "LV-VEN"),
    ("Ventspils", True, "LV-106"),
    ("Ida-Virumaa", False, "EE-45"),
    ("Tartu", False, "city:Tartu"),
    ("Tartu", True, "EE-79"),
    ("Lappland", False, "FI-10"),
    ("Uusimaa", False, "FI-18"),
    ("Nordkarelien", False, "FI-13"),
    ("Karelien", False, "RU-KR"),
    ("Åland", False, "AX"),
    ("Landschaft Åland", False, "FI-01"),
    ("Helsinki", False, "city:Helsinki"),
    # Italy and France: regions, not provinces; overseas territories stay ISO 3166-1 countries
    ("Lombardei", False, "IT-25"),
    ("Latium", False, "IT-62"),
    ("Marken", False, None),
    ("Marken", True, "IT-57"),
    ("Friaul-Julisch Venetien", False, "IT-36"),
    ("Rom", False, "city:Rom"),
    ("Île-de-France", False, "FR-IDF"),
    ("Korsika", False, "FR-20R"),
    ("Paris", False, "city:Paris"),
    ("Guadeloupe", False, "GP"),
]

# display names: the first `name` row of an id
DISPLAY_NAMES = {"BY-MI": "Gebiet Minsk", "RU-MOS": "Gebiet Moskau", "RU-LEN": "Gebiet Leningrad",
                 "KZ-19": "Gebiet Almaty", "BY-HM": "Minsk", "RU-BA": "Baschkortostan", "BY": "Belarus",
                 "RU": "Russland", "KZ": "Kasachstan", "CN-BJ": "Peking", "VN-SG": "Ho-Chi-Minh-Stadt", "AZ-GA": "Gandscha",
                 "KG-O": "Gebiet Osch", "KG-GO": "Osch", "GE-TB": "Tiflis", "MD-CU": "Chișinău",
                 "DE-SN": "Sachsen", "DE-BB": "Brandenburg", "AT-5": "Land Salzburg", "AT-9": "Wien",
                 "PL-06": "Woiwodschaft Lublin", "PL-20": "Podlachien", "CZ-10": "Prag", "CZ-32": "Region Pilsen",
                 "SK-BL": "Region Bratislava", "HU-PE": "Komitat Pest", "LT-VL": "Bezirk Vilnius", "LV-RIX": "Riga",
                 "EE-37": "Kreis Harju", "FI-10": "Lappland", "IT-57": "Region Marken", "FR-IDF": "Île-de-France"}


def read_rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted(PLACES.glob("*.tsv")):
        header = None
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                assert cells == HEADER, f"{path.name}: header {cells}"
                header = cells
                continue
            assert len(cells) == 5, f"{path.name}:{number}: {len(cells)} columns: {line!r}"
            row = dict(zip(HEADER, cells))
            row["where"] = f"{path.name}:{number}"
            rows.append(row)
    return rows


ROWS = read_rows()
INFLECTION = yaml.safe_load((PLACES / "inflection.yaml").read_text(encoding="utf-8"))


def keys_of(row: dict[str, str]) -> list[str]:
    """The lowercased keys a row produces, by the rules of inflection.yaml."""
    form = row["form"]
    if row["type"] == "adj" and form[:1].islower():
        keys = [form + s for s in INFLECTION["adj_suffixes"]]
    elif row["type"] == "adj":
        keys = [form]
    else:
        keys = [form]
        if not form.endswith(("s", "z", "x", "ß")):
            keys += [form + s for s in INFLECTION["name_suffixes"] if s]
    return list(dict.fromkeys(k.lower() for k in keys))


BY_KEY: dict[str, list[dict[str, str]]] = defaultdict(list)
for _row in ROWS:
    for _key in keys_of(_row):
        BY_KEY[_key].append(_row)


def resolve(surface: str, designated: bool) -> str | None:
    """Which unit a surface form names (README: "How a form is read")."""
    rows = [r for r in BY_KEY.get(surface.lower(), []) if case_fits(r["form"], surface)]
    if designated:
        marked = [r for r in rows if r["type"] == "designated"]
        if marked:
            rows = marked
        else:
            rows = [r for r in rows if r["type"] != "designated"]
    else:
        rows = [r for r in rows if r["type"] != "designated"]
    if not rows:
        return None
    best = min(LEVEL_RANK[r["level"]] for r in rows)
    ids = sorted({r["id"] for r in rows if LEVEL_RANK[r["level"]] == best})
    assert len(ids) == 1, f"{surface!r} is ambiguous: {ids}"
    return ids[0]


def case_fits(form: str, surface: str) -> bool:
    if not form[:1].isupper():
        return True
    if not surface[:1].isupper():
        return False
    if form.isupper() and len(form) > 1:
        return surface.isupper()
    return True


def ids_with_level(level: str) -> set[str]:
    return {r["id"] for r in ROWS if r["level"] == level}


# --- file format


def test_files_exist():
    names = {p.name for p in PLACES.glob("*.tsv")}
    assert {"countries.tsv", "russia.tsv", "belarus.tsv", "kazakhstan.tsv"} <= names
    assert len(ROWS) > 3000


def test_levels_types_and_forms_are_well_formed():
    for r in ROWS:
        where = r["where"]
        assert r["level"] in LEVELS, where
        assert r["type"] in TYPES, where
        form = r["form"]
        assert form and form == form.strip() and "  " not in form, f"{where}: {form!r}"
        if r["type"] == "adj":
            if form[:1].islower():
                assert form.endswith("sch"), f"{where}: adjective stem without -isch: {form}"
            else:
                assert form.endswith("er"), f"{where}: capitalised adjective must be the -er form: {form}"
        else:
            assert form[:1].isupper() or form[:1].isdigit(), f"{where}: names start with a capital: {form}"


def test_no_duplicate_rows():
    seen = {}
    for r in ROWS:
        key = (r["id"], r["type"], r["form"].lower())
        assert key not in seen, f"{r['where']} repeats {seen[key]}"
        seen[key] = r["where"]


def test_each_id_has_one_level_and_one_parent():
    level, parent = {}, {}
    for r in ROWS:
        assert level.setdefault(r["id"], r["level"]) == r["level"], f"{r['where']}: {r['id']} changes level"
        assert parent.setdefault(r["id"], r["parent"]) == r["parent"], f"{r['where']}: {r['id']} changes parent"


# --- ids and parents


def test_country_ids_exist_in_pycountry():
    for r in ROWS:
        if r["level"] == "country":
            assert pycountry.countries.get(alpha_2=r["id"]) is not None, r["where"]
            assert r["parent"] == "", r["where"]


def test_region_ids_exist_in_pycountry_and_hang_under_their_country():
    for r in ROWS:
        if r["level"] == "region":
            sub = pycountry.subdivisions.get(code=r["id"])
            assert sub is not None, f"{r['where']}: {r['id']} is not an ISO 3166-2 code in pycountry"
            assert sub.parent_code is None, f"{r['where']}: {r['id']} is not a first-level unit"
            assert r["parent"] == sub.country_code, r["where"]


def test_made_up_ids_follow_the_scheme():
    for r in ROWS:
        pid, level = r["id"], r["level"]
        if level == "city":
            assert pid.startswith("city:") and len(pid) > 5, r["where"]
        elif level == "district":
            assert pid.startswith("district:") and len(pid) > 9, r["where"]
        elif level == "federal_district":
            assert pid.startswith("RU-FD-") and r["parent"] == "RU", r["where"]


def test_every_parent_exists():
    known = {r["id"] for r in ROWS}
    for r in ROWS:
        if r["level"] == "country":
            continue
        assert r["parent"], f"{r['where']}: {r['id']} has no parent"
        assert r["parent"] in known, f"{r['where']}: parent {r['parent']} is not defined"
        if r["level"] in ("city", "district"):
            parent_level = next(x["level"] for x in ROWS if x["id"] == r["parent"])
            assert parent_level == "region", f"{r['where']}: a {r['level']} hangs under a region"


# --- coverage


# every first-level unit pycountry lists is listed (Abkhazia, Kosovo and Transnistria too: the contract's ids are pycountry's)


@pytest.mark.parametrize("country", ["RU", "BY", "KZ", "UA", "UZ", "CN", "AZ", "VN", "KG", "TJ", "AM", "TM", "MN", "MD",
                                     "GE", "RS", "PK", "ID", "DE", "AT", "PL", "CZ", "SK", "HU", "LT", "LV", "EE",
                                     "FI", "IT"])
def test_every_subdivision_has_a_name(country):
    named = {r["id"] for r in ROWS if r["type"] == "name"}
    codes = {s.code for s in pycountry.subdivisions.get(country_code=country) if s.parent_code is None}
    missing = sorted(codes - named)
    assert not missing, f"no name row for {missing}"


def test_france_has_its_metropolitan_regions_and_no_overseas_unit():
    """The 12 metropolitan regions and Corsica; the overseas units stay ISO 3166-1 territories (GP, MQ, ...)."""
    named = {r["id"] for r in ROWS if r["type"] == "name" and r["id"].startswith("FR-")}
    subs = [s for s in pycountry.subdivisions.get(country_code="FR") if s.parent_code is None]
    metropolitan = {s.code for s in subs if s.type == "Metropolitan region"} | {"FR-20R"}
    assert len(metropolitan) == 13
    assert named == metropolitan


def test_every_country_has_a_name():
    named = {r["id"] for r in ROWS if r["type"] == "name" and r["level"] == "country"}
    missing = sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in named)
    assert not missing


def test_german_names_of_pycountry_are_present():
    import gettext

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    forms = {(r["id"], r["form"]) for r in ROWS if r["type"] == "name"}
    skipped = {"JE"}  # `Jersey` alone is a fabric
    for c in pycountry.countries:
        german = de.gettext(getattr(c, "common_name", None) or c.name)
        if c.alpha_2 in skipped or "," in german or "(" in german:
            continue
        assert (c.alpha_2, german) in forms, f"{c.alpha_2}: {german}"


def test_domain_countries_have_adjectives():
    with_adj = {r["id"] for r in ROWS if r["type"] == "adj" and r["level"] == "country"}
    post_soviet = {"RU", "BY", "KZ", "UA", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD", "LT", "LV", "EE"}
    assert post_soviet <= with_adj
    assert {"CN", "IN", "IR", "TR", "US", "VN", "MN", "DE", "PL", "FR", "IT"} <= with_adj
    assert len(with_adj) >= 60


def test_all_belarusian_districts():
    districts = {r["id"]: r["parent"] for r in ROWS if r["level"] == "district" and r["parent"].startswith("BY-")}
    assert len(districts) == 118
    per_oblast = defaultdict(int)
    for parent in districts.values():
        per_oblast[parent] += 1
    assert dict(per_oblast) == {"BY-BR": 16, "BY-VI": 21, "BY-HO": 21, "BY-HR": 17, "BY-MI": 22, "BY-MA": 21}


# --- ambiguity


def test_no_unintended_ambiguity_at_one_level():
    problems = []
    for key, rows in BY_KEY.items():
        for designated in (False, True):
            group = [r for r in rows if (r["type"] == "designated") == designated]
            by_level = defaultdict(set)
            for r in group:
                by_level[r["level"]].add(r["id"])
            for level, ids in by_level.items():
                if len(ids) > 1 and ids != ALLOWED_AMBIGUOUS.get(key):
                    problems.append((key, "designated" if designated else "plain", level, sorted(ids)))
    assert not problems, problems


def test_designated_cities_and_districts_never_capture_a_region_name():
    """`Gebiet Kirow` must stay RU-KIR: designated district rows win next to any designator."""
    region_keys = {k for k, rows in BY_KEY.items() if any(r["level"] in OUTPUT_LEVELS for r in rows)}
    bad = sorted(
        (k, r["id"]) for k, rows in BY_KEY.items() for r in rows
        if r["type"] == "designated" and r["level"] not in OUTPUT_LEVELS and k in region_keys
    )
    assert not bad, bad


def test_city_forms_do_not_shadow_regions():
    region_keys = {k for k, rows in BY_KEY.items()
                   if any(r["level"] in OUTPUT_LEVELS and r["type"] != "designated" for r in rows)}
    bad = sorted(
        (k, r["id"]) for k, rows in BY_KEY.items() for r in rows
        if r["level"] not in OUTPUT_LEVELS and k in region_keys and k not in ALLOWED_CITY_REGION_OVERLAP
    )
    assert not bad, bad


def test_disputed_units_that_pycountry_lists_are_found():
    from regiomonitor.nlp.places import find_places

    found = {m.key for m in find_places("Abchasien, das Kosovo und Transnistrien")}
    assert {"GE-AB", "RS-KM", "MD-SN"} <= found


def test_forbidden_forms_are_absent():
    present = sorted(k for k in FORBIDDEN_KEYS if k in BY_KEY and any(r["type"] != "designated" for r in BY_KEY[k]))
    assert not present, present
    # not places at all, not even designated
    for word in ("europa", "sowjetunion", "udssr", "unionsstaat", "gus", "eu"):
        assert word not in BY_KEY, word


def test_federal_district_forms_carry_their_noun_or_are_abbreviations():
    nouns = ("föderationskreis", "föderalbezirk", "föderationsbezirk", "föderalkreis", "bundesbezirk",
             "föderaldistrikt", "föderationsdistrikt", "föderal")
    for r in ROWS:
        if r["level"] == "federal_district":
            form = r["form"]
            abbreviation = " " not in form and "-" not in form and len(form) <= 5
            assert abbreviation or any(n in form.lower() for n in nouns), f"{r['where']}: {form}"


# --- inflection.yaml


def test_inflection_file():
    assert INFLECTION["name_suffixes"] == ["", "s"]
    assert INFLECTION["adj_suffixes"] == ["", "e", "en", "er", "es", "em"]
    designators = {d.lower() for d in INFLECTION["designators"]}
    assert all(" " not in d for d in designators), "designators are single words"
    for word in ("gebiet", "gebiets", "gebietes", "region", "regionen", "oblast", "bezirk", "rajon", "kreis",
                 "krai", "kraj", "republik", "verwaltungsgebiet"):
        assert word in designators, word
    assert {d.lower() for d in INFLECTION["plural_designators"]} <= designators
    assert {d.lower() for d in INFLECTION["adj_designators"]} <= designators
    assert "region" not in {d.lower() for d in INFLECTION["plural_designators"]}


# --- expectations


@pytest.mark.parametrize("surface,designated,expected", EXPECTED)
def test_expected_reading(surface, designated, expected):
    assert resolve(surface, designated) == expected


def test_display_names():
    first = {}
    for r in ROWS:
        if r["type"] == "name":
            first.setdefault(r["id"], r["form"])
    for pid, name in DISPLAY_NAMES.items():
        assert first.get(pid) == name, (pid, first.get(pid))


def test_national_capitals_are_first_level_units_one_per_state():
    import pycountry

    from regiomonitor.knowledge.places import national_capitals

    capitals = national_capitals()
    assert {"BY-HM", "RU-MOW", "KZ-71", "DE-BE"} <= capitals
    for code in capitals:
        unit = pycountry.subdivisions.get(code=code)
        assert unit is not None and unit.parent_code is None, code
    assert len({c.split("-")[0] for c in capitals}) == len(capitals)
