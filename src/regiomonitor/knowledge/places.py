"""The places gazetteer: every form of every place, compiled once into an Aho-Corasick automaton.

`data/places/de/*.tsv` hold base forms (`id level type form parent`); `inflection.yaml` holds
the German endings and designator nouns. Inflected keys are generated here, so the data stays
small: `Baschkortostan` also yields `Baschkortostans`, the stem `belarussisch` yields
`belarussische`, `belarussischen`, ... Keys are lowercased; case rules are applied at match time.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from regiomonitor.knowledge.files import data_path, read_lines, read_tsv, read_yaml

OUTPUT_LEVELS = ("country", "region")


NOT_A_PLACE = "none"  # level of the phrases in not_places.txt


@dataclass(frozen=True)
class PlaceForm:
    id: str
    level: str  # country | region | city | district | federal_district
    type: str  # name | adj | designated
    form: str  # base form as written in the data file
    parent: str | None
    capitalised: bool  # the form must start with a capital letter in the text


@dataclass
class Gazetteer:
    automaton: ahocorasick.Automaton
    designators: frozenset[str]  # lowercased nouns: gebiet, gebiets, region, ...
    plural_designators: frozenset[str]
    names: dict[str, str]  # id -> display name (first `name` form)
    levels: dict[str, str]  # id -> level
    parents: dict[str, str]  # id -> parent id
    capital_named: dict[str, frozenset[str]]  # region id -> its bare one-word names that are also its capital's
    city_cues: frozenset[str] = frozenset()  # `Stadt`, `Einwohner`: the bare name after them is the town
    region_list_closers: frozenset[str] = frozenset()  # `... und anderen Regionen`


def _keys_for(row: dict[str, str], inflection: dict) -> list[tuple[str, PlaceForm]]:
    form = row["form"]
    typ = row["type"]
    capitalised = form[:1].isupper()
    place = PlaceForm(row["id"], row["level"], typ, form, row.get("parent") or None, capitalised)
    keys: list[str] = []
    if typ == "adj" and form[:1].islower():
        keys = [form + suffix for suffix in inflection["adj_suffixes"]]
    elif typ == "adj":
        keys = [form]  # indeclinable -er adjectives of towns: Minsker, Brester
    else:
        keys = [form]
        if not form.endswith(("s", "z", "x", "ß")):
            keys += [form + suffix for suffix in inflection["name_suffixes"] if suffix]
    return [(k.lower(), place) for k in dict.fromkeys(keys)]


@cache
def gazetteer(language: str = "de") -> Gazetteer:
    folder = data_path("places", language)
    inflection = read_yaml(folder / "inflection.yaml")
    by_key: dict[str, list[PlaceForm]] = {}
    names: dict[str, str] = {}
    levels: dict[str, str] = {}
    parents: dict[str, str] = {}
    for path in sorted(folder.glob("*.tsv")):
        for row in read_tsv(path):
            if not row.get("id") or not row.get("form"):
                continue
            levels.setdefault(row["id"], row["level"])
            if row.get("parent"):
                parents.setdefault(row["id"], row["parent"])
            if row["type"] == "name":
                names.setdefault(row["id"], row["form"])
            for key, place in _keys_for(row, inflection):
                bucket = by_key.setdefault(key, [])
                if place not in bucket:
                    bucket.append(place)
    capital_named = _capital_named_forms(by_key)
    # phrases that hide a place word (`Indischen Ozean`): the longest match wins, and a form of
    # level NOT_A_PLACE is dropped by the matcher
    blocked = folder / "not_places.txt"
    for phrase in read_lines(blocked) if blocked.exists() else []:
        by_key.setdefault(phrase.lower(), [PlaceForm("", NOT_A_PLACE, "name", phrase, None, phrase[:1].isupper())])
    automaton = ahocorasick.Automaton()
    # in key order, the trie nodes of keys that share a prefix are allocated close together: a
    # scan (which follows such paths) then touches fewer cache lines while the automaton is cold
    for key, places in sorted(by_key.items()):
        automaton.add_word(key, (key, tuple(places)))
    automaton.make_automaton()
    designators = frozenset(d.lower() for d in inflection.get("designators", []))
    plural = frozenset(d.lower() for d in inflection.get("plural_designators", []))
    if not plural:
        plural = frozenset(d for d in designators if d.endswith(("e", "en", "n")) and d not in {"region"})
    city_cues = frozenset(w.lower() for w in inflection.get("city_cues", []))
    closers = frozenset(w.lower() for w in inflection.get("list_closers_region", []))
    return Gazetteer(automaton, designators, plural, names, levels, parents, capital_named, city_cues, closers)


# Most oblasts, krais and Kazakh regions are named after their capital (Gebiet Brjansk, Brjansk);
# republics and autonomous districts are not. pycountry's subdivision type tells which is which.
_NAMED_AFTER_CAPITAL_TYPES = {"Administrative region", "Administrative territory", "Oblast", "Region"}
_NOT_A_TOWN_ENDINGS = ("ien", "land", "stan", "je", "ja", "kasachstan")


def _capital_named_forms(by_key: dict[str, list[PlaceForm]]) -> dict[str, frozenset[str]]:
    import pycountry

    types = {s.code: s.type for s in pycountry.subdivisions}
    exceptions_file = data_path("places", "de", "regions_not_named_after_capital.txt")
    exceptions = set(read_lines(exceptions_file)) if exceptions_file.exists() else set()
    out: dict[str, set[str]] = {}
    for key, forms in by_key.items():
        for f in forms:
            if (
                f.level == "region" and f.type == "name" and " " not in f.form and "-" not in f.form
                and types.get(f.id) in _NAMED_AFTER_CAPITAL_TYPES and f.id not in exceptions and not f.form.lower().endswith(_NOT_A_TOWN_ENDINGS)
            ):
                out.setdefault(f.id, set()).add(key)
    return {k: frozenset(v) for k, v in out.items()}


def display_name(place_id: str) -> str:
    g = gazetteer()
    return g.names.get(place_id, place_id)


def output_id(place_id: str) -> str | None:
    """The id to list in `places`: countries and regions themselves, nothing for the rest."""
    level = gazetteer().levels.get(place_id)
    return place_id if level in OUTPUT_LEVELS else None


def region_of(place_id: str) -> str | None:
    """The first-level unit a city or district lies in (or the unit itself)."""
    g = gazetteer()
    seen = set()
    while place_id and g.levels.get(place_id) not in OUTPUT_LEVELS and place_id not in seen:
        seen.add(place_id)
        place_id = g.parents.get(place_id)
    return place_id


@cache
def city_regions() -> frozenset[str]:
    """First-level units that are cities (`BY-HM` Minsk, `RU-MOW`, `KZ-71` Astana), by pycountry's type."""
    import pycountry

    return frozenset(s.code for s in pycountry.subdivisions if s.type in ("City", "Autonomous city", "Federal city"))


@cache
def national_capitals() -> frozenset[str]:
    """Capitals that are first-level units of their own (`BY-HM`, `RU-MOW`, `DE-BE`), from
    `data/places/de/capitals.txt`: a text may name the state by them."""
    path = data_path("places", "de", "capitals.txt")
    return frozenset(read_lines(path)) if path.exists() else frozenset()
