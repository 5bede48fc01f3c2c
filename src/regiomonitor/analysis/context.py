"""Which places and organizations a fact is about: its own fields plus its sentence's mentions.

A figure names its partners, an agreement its parties, a project its enterprises and place; the
sentence around them often names more (the oblast whose delegation signed, the enterprise that
delivers). Networks, coverage and dossiers all ask this same question, so it is answered once.
"""
from __future__ import annotations

import re
from typing import Any

PLACE_ID = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")


def is_place_id(value: Any) -> bool:
    return isinstance(value, str) and bool(PLACE_ID.match(value))


def fact_places(
    record: dict[str, Any], entities: dict[str, list[dict[str, Any]]] | None, parents: dict[str, str] | None = None
) -> list[str]:
    """Place ids (countries and first-level regions) a fact concerns, in order of first naming;
    a city (`Ufa`) stands for its region when `parents` (see `parent_regions`) knows it."""
    parents = parents or {}
    data = record.get("data") or {}
    named: list[str] = list(record.get("partners") or [])
    named += list(data.get("parties") or [])
    named.append(data.get("place"))
    named += [e["key"] for e in (entities or {}).get("place", [])]
    ids = [n if is_place_id(n) else parents.get(n) for n in named if n]
    return list(dict.fromkeys(i for i in ids if i and is_place_id(i)))


def fact_organizations(record: dict[str, Any], entities: dict[str, list[dict[str, Any]]] | None) -> list[str]:
    data = record.get("data") or {}
    names: list[str] = [p for p in data.get("parties") or [] if p and not is_place_id(p)]
    names += list(data.get("organizations") or [])
    names += [e["key"] for e in (entities or {}).get("organization", [])]
    return list(dict.fromkeys(n for n in names if n))


def fact_persons(record: dict[str, Any], entities: dict[str, list[dict[str, Any]]] | None) -> list[str]:
    data = record.get("data") or {}
    names: list[str] = list(data.get("participants") or [])
    if data.get("speaker"):
        names.append(data["speaker"])
    names += [e["key"] for e in (entities or {}).get("person", [])]
    return list(dict.fromkeys(n for n in names if n))


def belarusian(place: str) -> bool:
    return place == "BY" or place.startswith("BY-")


def is_region(place: str) -> bool:
    return "-" in place


def parent_regions(session) -> dict[str, str]:
    """First-level unit of every city or district the register knows, by entity key and name.

    The places component keeps a city's parent in the entity's attrs (`{"parent": "RU-BA"}`);
    a parent that is itself a district is followed up to its region.
    """
    from sqlalchemy import select

    from regiomonitor.store.schema import Entity

    parent: dict[str, str] = {}
    names: dict[str, str] = {}
    for key, name, attrs in session.execute(select(Entity.key, Entity.name, Entity.attrs).where(Entity.kind == "place")):
        up = (attrs or {}).get("parent")
        if up and not is_place_id(key):
            parent[key] = up
            names[key] = name
    out: dict[str, str] = {}
    for key, up in parent.items():
        seen = {key}
        while up in parent and up not in seen and not is_place_id(up):
            seen.add(up)
            up = parent[up]
        if is_place_id(up):
            out[key] = up
            if names.get(key):
                out.setdefault(names[key], up)
    return out
