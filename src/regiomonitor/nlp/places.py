"""Pipeline component: places named in the text, linked to ISO 3166 ids.

Matching is case-insensitive over the gazetteer's automaton, longest match first, on word
boundaries. Then German rules decide between the units a form can name:
- a designator noun next to the name (`Gebiet Minsk`, `des Gebiets Kaluga`, `Minsker Gebiet`,
  `Stawropol Krai`) or a plural designator heading a list (`den Regionen Kursk, Moskau und
  Jaroslawl`) selects the region over the city of the same name (`Minsk` alone is the city);
- a proper-name form must start with a capital letter (or be all capitals, as in `MINSK,`);
- a place inside an organization's name (`Minsker Traktorenwerk`) does not count, unless the
  organization is the region's own authority (`Exekutivkomitee des Gebiets Gomel`).
"""
from __future__ import annotations

import bisect
import re

from regiomonitor.knowledge.places import PlaceForm, gazetteer
from regiomonitor.nlp.document import Document, Mention

_LEVEL_RANK = {"region": 0, "country": 1, "city": 2, "district": 3, "federal_district": 4}
_WORD_BEFORE = re.compile(r"([\w-]+)[\s\-–:]*$")
_WORD_AFTER = re.compile(r"^\s*([\w-]+)")
_LOCATIVE = re.compile(r"\b(?:in|nach|aus)\s+$")
_LIST_GLUE = re.compile(r"^\s*(?:,|,?\s*(?:und|sowie|oder)|-|–|)\s*(?:(?:der|die|dem|den|des)\s+)?$")
_COMPOUND_AFTER = re.compile(r"-[A-ZÄÖÜa-zäöü]")


def lowercase_same_length(text: str) -> str:
    """`str.lower` unless it would shift offsets (a few non-German letters lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _candidates(text: str, low: str) -> list[tuple[int, int, tuple[PlaceForm, ...]]]:
    found = []
    n = len(low)
    for end, (key, forms) in gazetteer().automaton.iter(low):
        start = end - len(key) + 1
        stop = end + 1
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            continue
        if stop < n and (low[stop].isalnum() or low[stop] == "_"):
            continue
        surface = text[start:stop]
        usable = tuple(f for f in forms if _case_fits(f, surface))
        if usable:
            found.append((start, stop, usable))
    # longest first, then leftmost; keep non-overlapping
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, tuple[PlaceForm, ...]]] = []
    occupied: set[int] = set()
    for cand in found:
        if any(i in occupied for i in range(cand[0], cand[1])):
            continue
        taken.append(cand)
        occupied.update(range(cand[0], cand[1]))
    taken.sort()
    return taken


def _case_fits(form: PlaceForm, surface: str) -> bool:
    if not form.capitalised:
        return True
    if not surface[:1].isupper():
        return False
    # all-caps text (MINSK) is fine; otherwise the form's own capitalisation must be kept for
    # abbreviations written in capitals (NKFD) so that ordinary words are not read as them
    if form.form.isupper() and len(form.form) > 1:
        return surface.isupper()
    return True


def _has_designator(text: str, start: int, stop: int, designators: frozenset[str]) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    if before and before.group(1).lower() in designators:
        return True
    after = _WORD_AFTER.match(text[stop:stop + 40])
    return bool(after and after.group(1).lower() in designators)


def _choose(forms: tuple[PlaceForm, ...], designated: bool) -> PlaceForm | None:
    if designated:
        marked = [f for f in forms if f.type == "designated"]
        if marked:
            return min(marked, key=lambda f: _LEVEL_RANK.get(f.level, 9))
    plain = [f for f in forms if f.type != "designated"]
    if not plain:
        return None  # `Wladimir` alone is a first name; only `Gebiet Wladimir` is the region
    return min(plain, key=lambda f: _LEVEL_RANK.get(f.level, 9))


def _inside(spans: list[tuple[int, int]], start: int, stop: int) -> bool:
    """Whether [start, stop) lies inside one of the sorted, non-overlapping `spans`."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and stop <= spans[i][1]


def find_places(text: str, sentence_of=lambda offset: 0, excluded: list[tuple[int, int]] = ()) -> list[Mention]:
    """Place mentions in `text`; `excluded` are sorted spans (organization names) to skip."""
    g = gazetteer()
    low = lowercase_same_length(text)
    mentions: list[Mention] = []
    prev_stop, prev_designated, prev_locative = -1, False, False
    for start, stop, forms in _candidates(text, low):
        designated = _has_designator(text, start, stop, g.designators)
        in_list = prev_stop >= 0 and bool(_LIST_GLUE.match(text[prev_stop:start]))
        if not designated and in_list and prev_designated:
            designated = True  # `den Regionen Kursk, Moskau und Jaroslawl`
        if not designated:
            before = _WORD_BEFORE.search(text[max(0, start - 40):start])
            designated = bool(before and before.group(1).lower() in g.plural_designators)
        locative = not designated and (bool(_LOCATIVE.search(text[max(0, start - 10):start])) or (in_list and prev_locative))
        prev_stop, prev_designated, prev_locative = stop, designated, locative
        if _inside(excluded, start, stop):
            continue
        form = _choose(forms, designated)
        if form is None:
            continue
        if form.type == "name" and _COMPOUND_AFTER.match(text, stop) and not designated:
            continue  # `Mogilev-Aufzüge`: the first part of a compound names a product, not the place
        key, level = form.id, form.level
        if locative and form.id in g.capital_named and text[start:stop].lower() in g.capital_named[form.id]:
            # `in Mogiljow`: the city, not the region named after it
            key, level = f"city:{text[start:stop]}", "city"
        mentions.append(
            Mention(
                kind=level,
                key=key,
                surface=text[start:stop],
                start=start,
                end=stop,
                sentence=sentence_of(start),
                name=g.names.get(form.id, form.form),
                attrs={"parent": form.id if level == "city" and key != form.id else form.parent} if (form.parent or key != form.id) else {},
            )
        )
    return mentions


def add_places(doc: Document) -> None:
    """Pipeline component: fill `doc.places` (needs sentences; organizations if present)."""
    excluded = sorted((m.start, m.end) for m in doc.organizations if not m.attrs.get("authority"))
    doc.places = find_places(doc.text, doc.sentence_at, excluded)
