"""Officials (`data/persons/officials.tsv`), given names and role nouns (`data/persons/`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from regiomonitor.knowledge.files import data_path, read_lines, read_tsv


@dataclass(frozen=True)
class Official:
    name: str
    role: str | None
    place: str | None


@dataclass
class PersonBase:
    by_form: dict[str, Official]  # a full name or variant -> official
    by_surname: dict[str, Official]  # a distinctive surname -> official (only when unambiguous)
    given_names: frozenset[str]
    role_nouns: dict[str, str]  # noun (any case form listed) -> role key
    surname_endings: tuple[str, ...] = ()  # `ow`, `enko`, ...: a word ending so is a surname
    surnames: frozenset[str] = frozenset()  # `Weber`, `Lenz`: surnames that are also German words
    role_heads: dict[str, str] = field(default_factory=dict)  # `minister`: `Wirtschaftsminister` is a role noun


@cache
def person_base() -> PersonBase:
    by_form: dict[str, Official] = {}
    surnames: dict[str, dict[str, Official]] = {}  # surname -> canonical name -> first office
    path = data_path("persons", "officials.tsv")
    if path.exists():
        for row in read_tsv(path):
            name = row.get("name", "")
            if not name:
                continue
            official = Official(name, row.get("role") or None, row.get("place") or None)
            for form in [name, *(v.strip() for v in (row.get("variants") or "").split("|"))]:
                if not form:
                    continue
                by_form.setdefault(form, official)
                surname = form.split()[-1]
                if len(surname) >= 5 and "." not in surname:
                    surnames.setdefault(surname, {}).setdefault(name, official)
    # a surname alone identifies an official only when no two officials share it
    by_surname = {s: next(iter(o.values())) for s, o in surnames.items() if len(o) == 1}
    given_path = data_path("persons", "given_names.txt")
    given = frozenset(read_lines(given_path)) if given_path.exists() else frozenset()
    roles: dict[str, str] = {}
    heads: dict[str, str] = {}  # rows `-minister`: the head of compound role nouns
    role_path = data_path("persons", "role_nouns.tsv")
    if role_path.exists():
        for row in read_tsv(role_path):
            noun = row.get("noun", "")
            if noun.startswith("-"):
                heads[noun[1:]] = row.get("refers_to_role") or noun[1:]
            elif noun:
                roles[noun] = row.get("refers_to_role") or noun.lower()
    endings_path = data_path("persons", "surname_endings.txt")
    endings = tuple(sorted(read_lines(endings_path), key=len, reverse=True)) if endings_path.exists() else ()
    surnames_path = data_path("persons", "surnames.txt")
    known_surnames = frozenset(read_lines(surnames_path)) if surnames_path.exists() else frozenset()
    return PersonBase(by_form, by_surname, given, roles, endings, known_surnames, heads)
