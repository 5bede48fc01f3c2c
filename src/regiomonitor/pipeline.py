"""Reading + NLP, and the contract shape: the functions the CLI, the web app and Dask share."""
from __future__ import annotations

import re
from pathlib import Path

from regiomonitor.ingest.reader import read_path, read_text
from regiomonitor.knowledge.places import OUTPUT_LEVELS
from regiomonitor.nlp.document import Document
from regiomonitor.knowledge.organizations import organization_base
from regiomonitor.nlp.organizations import nominative
from regiomonitor.nlp.pipeline import process


def analyse_path(path: str | Path) -> Document:
    """Read a file as ingestion does and run the whole pipeline over it."""
    return process(read_path(Path(path)))


def analyse_text(text: str, url: str | None = None, kind: str = "txt") -> Document:
    return process(read_text(text, url=url, kind=kind))


def extract(text: str, url: str | None = None) -> dict:
    """One document's object of the extraction contract (without "id")."""
    return to_contract(analyse_text(text, url=url))


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


_CASE_ENDING = re.compile(r"(?:es|en|er|em|e|s|n)$")


def _stem_key(name: str) -> str:
    """The name without German case endings: `Belarussischen Stahlwerks` ~ `Belarussisches Stahlwerk`."""
    return " ".join(_CASE_ENDING.sub("", w) for w in _fold(name).split())


def _organizations(doc: Document) -> list[dict]:
    """One entry per organization: the fullest name; a name contained in another is an alias."""
    # the name is the fullest form the text uses (the knowledge base's name is only the key)
    # (a proper name before a description: `Rospotrebnadsor`, not `russische Verbraucherschutzbehörde`)
    fullest: dict[str, str] = {}
    for m in doc.organizations:
        surface = nominative(m.attrs.get("display") or " ".join(m.surface.split()).strip(" -"))
        if m.key not in fullest or _name_rank(surface) > _name_rank(fullest[m.key]):
            fullest[m.key] = surface
    names = list(dict.fromkeys(fullest[m.key] for m in doc.organizations))  # in order of first mention
    # names of organizations the knowledge base knows as entities of their own
    by_name = organization_base().by_name
    known = {fullest[m.key] for m in doc.organizations if m.key in by_name}
    kept: list[tuple[str, str]] = []  # name, folded
    kept_keys: set[str] = set()  # their stem keys
    # the folded names of `kept`, each after a line break (which no folded name holds): a name
    # found in none of them needs no look at each
    kept_folded = ""
    for name in sorted(names, key=len, reverse=True):
        f, key = _fold(name), _stem_key(name)
        # a name inside a longer one is the same organization (an alias), unless the knowledge base
        # knows both as two (`Unionsstaat` inside `Ständiges Komitee des Unionsstaates`)
        if key in kept_keys or (
            f in kept_folded and any(f in kf and not (name in known and (kept_name in known or _part_of_compound(name, kept_name)))
                                     for kept_name, kf in kept)
        ):
            continue
        kept.append((name, f))
        kept_keys.add(key)
        kept_folded += "\n" + f
    kept_names = [k[0] for k in kept]
    order = {n: i for i, n in enumerate(names)}
    return [{"name": n} for n in sorted(kept_names, key=lambda n: order[n])]


def _name_rank(surface: str) -> tuple[bool, bool, int]:
    """Abbreviations (`BUOTB`) last, then descriptions (`russische Verbraucherschutzbehörde`), then
    names, the longer first."""
    return not (surface.isupper() and " " not in surface), surface[:1].isupper(), len(surface)


def _part_of_compound(name: str, longer: str) -> bool:
    """`Belorusneft` in `OOO „Belorusneft-Sibir“`: inside a hyphenated word only, a subsidiary's name."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", longer) is None


def _persons(doc: Document) -> dict[str, dict]:
    """One entry per person, keyed by its canonical name: the name in the text's own spelling, as
    fully as the text gives it (`Alexei Teksler`, even where the officials file writes `Texler`),
    and the first role stated."""
    people: dict[str, dict] = {}
    for m in doc.persons:
        entry = people.setdefault(m.name, {"name": m.name, "role": None, "_surface": ""})
        surface = _nominative_person(" ".join(m.surface.split()), m.name)
        if (len(surface.split()), len(surface)) > (len(entry["_surface"].split()), len(entry["_surface"])):
            entry["_surface"] = surface
        if entry["role"] is None and m.role:
            entry["role"] = m.role
    for entry in people.values():
        surface = entry.pop("_surface")
        if len(surface.split()) >= len(entry["name"].split()):
            entry["name"] = surface
    return people


def _nominative_person(surface: str, canonical: str) -> str:
    """`Lukaschenkos` -> `Lukaschenko`: German marks the genitive of a name with -s alone;
    `Muraschko M.A.` -> `M.A. Muraschko`: a list's surname-first form, surname last."""
    initials = re.fullmatch(r"(\S+)\s+((?:[A-ZÄÖÜ]\.\s?)+)", surface)
    if initials:
        return f"{initials.group(2).replace(' ', '')} {initials.group(1)}"
    if surface.endswith("s") and not canonical.endswith("s") and not surface.endswith("ss"):
        return surface[:-1]
    return surface


def _places(doc: Document) -> list[dict]:
    out: dict[str, dict] = {}
    for m in doc.places:
        if m.kind in OUTPUT_LEVELS and m.key not in out:
            out[m.key] = {"id": m.key, "name": m.surface}
    return list(out.values())


def to_contract(doc: Document) -> dict:
    persons = _persons(doc)
    result = {
        "date": doc.date.isoformat() if doc.date else None,
        "places": _places(doc),
        "persons": list(persons.values()),
        "organizations": _organizations(doc),
        "figures": [
            {
                "amount": int(f.amount) if float(f.amount).is_integer() else f.amount,
                "currency": f.currency,
                "metric": f.metric,
                "kind": f.kind,
                "year": f.year,
                "period": f.period,
                "partners": f.partners,
                "change_pct": f.change_pct,
                "evidence": f.evidence,
            }
            for f in doc.figures
        ],
        "sectors": list(doc.sectors),
        # a speaker is named as the persons list names them (the text's spelling)
        "quotes": [{"speaker": persons[q.speaker]["name"] if q.speaker in persons else q.speaker, "text": q.text} for q in doc.quotes],
    }
    try:
        from regiomonitor.nlp.facts import to_contract_facts
    except ImportError:  # pragma: no cover
        to_contract_facts = None
    if to_contract_facts is not None:
        result.update(to_contract_facts(doc))
    else:
        result.update({"agreements": [], "events": [], "projects": []})
    return result
