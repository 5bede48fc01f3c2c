"""What a dossier id names: a place (ISO id), an enterprise or a person."""
from __future__ import annotations

from dataclasses import dataclass

import pycountry
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from regiomonitor.analysis.context import is_place_id
from regiomonitor.store.schema import Entity


@dataclass(frozen=True)
class Subject:
    id: str  # the entity key
    kind: str  # place | organization | person
    name: str
    subtype: str | None = None

    def as_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name, "subtype": self.subtype}


def place_name(code: str) -> str | None:
    """German display name from the places gazetteer, else pycountry's (transliterated) name."""
    try:
        from regiomonitor.knowledge.places import display_name

        name = display_name(code)
        if name and name != code:
            return name
    except (OSError, KeyError, ImportError):  # gazetteer files not installed: fall back
        pass
    if "-" in code:
        sub = pycountry.subdivisions.get(code=code)
        return sub.name if sub else None
    country = pycountry.countries.get(alpha_2=code)
    return country.name if country else None


def _known_organization(ident: str) -> str | None:
    """The canonical name behind a known alias ("MAZ" → "Minsker Automobilwerk"), else None."""
    try:
        from regiomonitor.knowledge.organizations import organization_base

        automaton = organization_base().automaton
        if ident.lower() not in automaton:
            return None
        _, candidates = automaton.get(ident.lower())
    except (OSError, KeyError, ImportError, AttributeError):
        return None
    for org, exact in candidates:
        if exact is None or exact == ident:  # "MAZ" in capitals, as the lexicon demands
            return org.name
    return None


def resolve(session: Session, ident: str) -> Subject:
    """The subject behind `ident`; LookupError when the register knows nothing by that name."""
    ident = ident.strip()
    if is_place_id(ident.upper()):
        code = ident.upper()
        row = session.execute(select(Entity.name, Entity.subtype).where(Entity.kind == "place", Entity.key == code)).first()
        if row is not None:
            return Subject(code, "place", row.name, row.subtype)
        name = place_name(code)
        if name is not None:  # a valid id the register has not seen yet: an empty dossier
            return Subject(code, "place", name, "region" if "-" in code else "country")
    canonical = _known_organization(ident)
    for kind in ("organization", "person", "place"):
        if kind == "organization" and canonical and canonical.lower() != ident.lower():
            row = session.execute(
                select(Entity.key, Entity.name, Entity.subtype).where(Entity.kind == kind, func.lower(Entity.key) == canonical.lower()).limit(1)
            ).first()
            if row is not None:
                return Subject(row.key, kind, row.name, row.subtype)
        row = session.execute(
            select(Entity.key, Entity.name, Entity.subtype)
            .where(Entity.kind == kind)
            .where(or_(func.lower(Entity.key) == ident.lower(), func.lower(Entity.name) == ident.lower()))
            .limit(1)
        ).first()
        if row is not None:
            return Subject(row.key, kind, row.name, row.subtype)
    raise LookupError(f"no place, organization or person {ident!r} in the register")
