"""Shape tests of the knowledge files in data/organizations, data/persons and data/sectors.

They check the format described in each folder's README.md, not the quality of the lists:
columns, allowed values, ISO 3166 ids known to pycountry, no form claimed by two entries,
sector terms long enough for substring matching, weights 1..3.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pycountry
import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
ORGS = DATA / "organizations" / "organizations.tsv"
OFFICIALS = DATA / "persons" / "officials.tsv"
ROLE_NOUNS = DATA / "persons" / "role_nouns.tsv"
GIVEN_NAMES = DATA / "persons" / "given_names.txt"
SURNAMES = DATA / "persons" / "surnames.txt"
SECTORS_DE = DATA / "sectors" / "de.yaml"

SECTOR_KEYS = {
    "machinery", "agriculture_food", "energy_chemicals", "construction", "transport_logistics",
    "light_industry", "trade_finance", "science_technology", "education", "culture_tourism",
    "health", "media_information", "politics_diplomacy", "environment",
}
ORG_KINDS = {
    "enterprise", "holding", "bank", "exchange", "agency", "media", "university", "academy",
    "ministry", "authority", "international", "association", "other",
}
ROLE_KEYS = {
    "head_of_state", "head_of_government", "deputy_head_of_government", "head_of_region", "mayor",
    "minister", "foreign_minister", "ambassador", "consul", "diplomat", "chair",
    "parliament_speaker", "spokesperson", "state_secretary", "secretary_general", "head",
    "director", "rector", "counterpart", "guest",
    "deputy_minister", "deputy_head_of_region", "deputy_head", "deputy_mayor",
}
GENDERS = {"m", "f", "n", "mf"}
YEAR = re.compile(r"^(19|20)\d\d$")


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) of a TSV knowledge file; `#` and blank lines skipped.

    Cells are kept unstripped so that stray spaces around values are caught.
    """
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
        else:
            rows.append((number, cells))
    assert header is not None, f"{path.name}: no header line"
    return header, rows


@cache
def place_ids() -> frozenset[str]:
    ids = {c.alpha_2 for c in pycountry.countries}
    ids |= {s.code for s in pycountry.subdivisions}
    return frozenset(ids)


def split_list(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def check_list_cell(where: str, cell: str) -> list[str]:
    """A `|`-separated cell: no empty items, no spaces around items, no slashes joining names."""
    items = split_list(cell)
    for item in items:
        assert item, f"{where}: empty item in {cell!r}"
        assert item == item.strip(), f"{where}: spaces around {item!r}"
        assert "\t" not in item
    return items


# ---------------------------------------------------------------- organizations

def test_organizations_columns_and_values():
    header, rows = read_table(ORGS)
    assert header == ["name", "aliases", "kind", "place", "sectors"]
    assert len(rows) >= 300
    for number, cells in rows:
        where = f"organizations.tsv:{number}"
        assert len(cells) == 5, f"{where}: {len(cells)} columns"
        name, aliases, kind, place, sectors = cells
        assert name and name == name.strip(), f"{where}: empty or padded name"
        assert "|" not in name and "/" not in name, f"{where}: name {name!r}"
        check_list_cell(where, aliases)
        assert kind in ORG_KINDS, f"{where}: kind {kind!r}"
        assert place == "" or place in place_ids(), f"{where}: place {place!r} unknown to pycountry"
        for key in check_list_cell(where, sectors):
            assert key in SECTOR_KEYS, f"{where}: sector {key!r}"


def test_no_organization_form_claimed_twice():
    _, rows = read_table(ORGS)
    owner: dict[str, str] = {}
    names: set[str] = set()
    for number, cells in rows:
        name, aliases = cells[0], cells[1]
        assert name.casefold() not in names, f"organizations.tsv:{number}: {name!r} listed twice"
        names.add(name.casefold())
        for form in {name.casefold(), *(a.casefold() for a in split_list(aliases))}:
            other = owner.setdefault(form, name)
            assert other == name, f"organizations.tsv:{number}: {form!r} is claimed by {other!r} and {name!r}"


def test_organizations_leave_out_generic_words_and_events():
    _, rows = read_table(ORGS)
    forbidden = {"regierung", "parlament", "unternehmen", "forum der regionen", "ministerium",
                 "gesundheitsministerium", "exekutivkomitee", "präsidialverwaltung"}
    for number, cells in rows:
        for form in [cells[0], *split_list(cells[1])]:
            assert form.casefold() not in forbidden, f"organizations.tsv:{number}: generic {form!r}"
            assert not form.casefold().startswith("forum"), f"organizations.tsv:{number}: event {form!r}"


# ---------------------------------------------------------------- persons

def test_officials_columns_and_values():
    header, rows = read_table(OFFICIALS)
    assert header == ["name", "variants", "role", "place", "from", "to"]
    assert len(rows) >= 150
    for number, cells in rows:
        where = f"officials.tsv:{number}"
        assert len(cells) == 6, f"{where}: {len(cells)} columns"
        name, variants, role, place, start, end = cells
        assert name and name == name.strip() and " " in name, f"{where}: name {name!r} is not a full name"
        check_list_cell(where, variants)
        assert role and role == role.strip(), f"{where}: empty role"
        assert place == "" or place in place_ids(), f"{where}: place {place!r} unknown to pycountry"
        for year in (start, end):
            assert year == "" or YEAR.match(year), f"{where}: year {year!r}"
        if start and end:
            assert int(start) <= int(end), f"{where}: {start} after {end}"


def test_no_person_variant_claimed_by_two_people():
    _, rows = read_table(OFFICIALS)
    owner: dict[str, str] = {}
    for number, cells in rows:
        name, variants = cells[0], cells[1]
        for form in {name.casefold(), *(v.casefold() for v in split_list(variants))}:
            other = owner.setdefault(form, name)
            assert other == name, f"officials.tsv:{number}: {form!r} is claimed by {other!r} and {name!r}"


def test_officials_cover_the_heads_of_state():
    _, rows = read_table(OFFICIALS)
    names = {cells[0] for _, cells in rows}
    for name in ("Alexander Lukaschenko", "Wladimir Putin", "Kassym-Schomart Tokajew",
                 "Radi Chabirow", "Wladislaw Schapscha", "Jerlan Koschanow"):
        assert name in names


def test_role_nouns():
    header, rows = read_table(ROLE_NOUNS)
    assert header == ["noun", "gender", "refers_to_role"]
    seen: set[str] = set()
    for number, cells in rows:
        where = f"role_nouns.tsv:{number}"
        assert len(cells) == 3, f"{where}: {len(cells)} columns"
        noun, gender, role = cells
        # a compound's last part (`-minister`) is lower case after its dash; a noun is capitalised
        head = noun[1:] if noun.startswith("-") else None
        assert noun and noun == noun.strip(), f"{where}: noun {noun!r}"
        assert (head and head.isalpha() and head.islower()) or (not head and noun[0].isupper()), f"{where}: noun {noun!r}"
        assert noun not in seen, f"{where}: {noun!r} listed twice"
        seen.add(noun)
        assert gender in GENDERS, f"{where}: gender {gender!r}"
        assert role in ROLE_KEYS, f"{where}: role key {role!r}"
    for noun in ("Staatschef", "Staatsoberhaupt", "Präsident", "Gouverneur", "Akim", "Premierminister", "-minister"):
        assert noun in seen


def test_given_names():
    lines = [line for line in GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) >= 500
    assert len(lines) == len(set(lines)), "a given name is listed twice"
    for name in lines:
        assert name == name.strip() and " " not in name, f"given name {name!r}"
        assert name[0].isupper(), f"given name {name!r} is not capitalised"
    for name in ("Alexander", "Aleksandr", "Wladimir", "Vladimir", "Jerlan", "Kassym-Schomart", "Natalja"):
        assert name in lines


def test_surnames_are_single_capitalised_words_and_no_given_name_twice():
    lines = [line for line in SURNAMES.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) == len(set(lines)), "a surname is listed twice"
    for name in lines:
        assert name == name.strip() and " " not in name and name[0].isupper(), f"surname {name!r}"
    for name in ("Weber", "Müller", "Koch", "Lenz"):
        assert name in lines


# ---------------------------------------------------------------- sectors

@pytest.fixture(scope="module")
def sectors_de() -> dict:
    return yaml.safe_load(SECTORS_DE.read_text(encoding="utf-8"))


def test_sector_threshold(sectors_de):
    threshold = sectors_de["threshold"]
    assert set(threshold) == {"min_score", "min_share", "min_hits", "short_text", "min_share_short",
                              "many_hits", "many_min_score", "many_min_share", "trade_figures"}
    assert isinstance(threshold["trade_figures"], int) and threshold["trade_figures"] >= 2  # one figure is a passing word
    assert threshold["many_hits"] > threshold["min_hits"] and 0 < threshold["many_min_share"] < threshold["min_share"]
    assert threshold["min_share"] <= threshold["min_share_short"] < 1 and threshold["short_text"] > 0
    assert isinstance(threshold["min_score"], (int, float)) and threshold["min_score"] > 0
    assert isinstance(threshold["min_share"], float) and 0 < threshold["min_share"] < 1
    assert isinstance(threshold["min_hits"], int) and threshold["min_hits"] >= 1


def test_sector_keys_and_terms(sectors_de):
    sectors = {k: v for k, v in sectors_de.items() if k != "threshold"}
    assert set(sectors) == SECTOR_KEYS
    for key, terms in sectors.items():
        assert isinstance(terms, dict)
        assert 40 <= len(terms) <= 120, f"{key}: {len(terms)} terms"
        for term, weight in terms.items():
            assert isinstance(term, str) and term == term.strip() and term, f"{key}: term {term!r}"
            assert term == term.lower(), f"{key}: {term!r} is not lowercase"
            word = term[1:] if term.startswith("=") else term
            assert word and re.fullmatch(r"\w+", word), f"{key}: {term!r} is not one token"
            if not term.startswith("="):
                assert len(term) >= 5, f"{key}: {term!r} is shorter than 5 characters (write '={term}')"
            assert isinstance(weight, int) and not isinstance(weight, bool), f"{key}: {term!r} weight {weight!r}"
            assert 1 <= weight <= 3, f"{key}: {term!r} weight {weight}"
