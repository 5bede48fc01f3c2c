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
from functools import lru_cache

from regiomonitor.knowledge.places import NOT_A_PLACE, PlaceForm, gazetteer
from regiomonitor.nlp.document import Document, Mention

_LEVEL_RANK = {"region": 0, "country": 1, "city": 2, "district": 3, "federal_district": 4}
# The word that ends a short slice, but for spaces, dashes or a colon after it (`Gebiets- `),
# read from the slice reversed: anchored at its start, `re` makes one try instead of one from
# every letter. A run of dashes alone is no word.
_REVERSED_WORD_BEFORE = re.compile(r"[\s\-–:]*?(-*\w[\w-]*)")
_WORD_AFTER = re.compile(r"\s*([\w-]+)")  # matched at an offset
_LOCATIVE = re.compile(r"\b(?:in|nach|aus)\s+$")
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:und|sowie|oder)|-|–|)\s*(?:(?:der|die|dem|den|des)\s+)?")  # fullmatched
_COMPOUND_AFTER = re.compile(r"-[A-ZÄÖÜa-zäöü]")
_FROM_TO = re.compile(r"\b(?:von|über)\s+$")  # (`von Gomel nach ...`, `über Brest nach Europa`)
_COMPOUND_DESIGNATORS = ("gebiet", "region", "oblast")
_TO_AFTER = re.compile(r"\s+nach\s+[A-ZÄÖÜ]")
# _CUE_BEFORE reads the word that ends a short slice. Its guard (`(?<!\w)`) changes no match - a
# match starting inside a word would have started one letter earlier - but spares `re` the tries
# from every letter of the slice.
_CUE_BEFORE = re.compile(r"(?<!\w)(\w+)\s+(?:(?:von|der|des|dem)\s+)?$")
# Between two items of a list: a comma or `und`, optionally a year in brackets and up to three
# names the gazetteer does not know (`Moskau, Kaluga, Grosny, Noworossijsk, Zaslawl, Mogilew`).
_LIST_LINK = re.compile(
    r"(?:\s*\(\d{4}\))?(?:\s*,\s*[A-ZÄÖÜ][\w-]+(?:\s*\(\d{4}\))?){0,3}"
    r"\s*(?:,|,?\s*(?:und|sowie|oder))\s*(?:(?:der|die|dem|den|des)\s+)?"
)
_LIST_CLOSER = re.compile(r"\s*,?\s*(?:und|sowie|oder)\s+(?:andere[n]?|weitere[n]?|viele[n]?|einige[n]?)\s+(\w+)")


def lowercase_same_length(text: str, lowered: str | None = None) -> str:
    """`str.lower` unless it would shift offsets (a few non-German letters lowercase to two);
    `lowered` is `text.lower()` when made already (`Document.lowered`)."""
    low = text.lower() if lowered is None else lowered
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _candidates(text: str, low: str) -> list[tuple[int, int, str, tuple[PlaceForm, ...]]]:
    """(start, stop, key, forms) of the gazetteer's names in `text`, on word boundaries, with the
    forms whose case the surface fits; the longest first, then the leftmost, of overlapping ones."""
    found = []
    for start, stop, key, forms in _whole_word_matches(low):
        usable = _usable_forms(key, text[start:stop])
        if usable:
            found.append((start, stop, key, usable))
    taken = []
    for cluster in _overlap_clusters(found):
        taken += cluster if len(cluster) == 1 else _longest_first(cluster)
    taken.sort()
    return taken


def _whole_word_matches(low: str) -> list[tuple[int, int, str, tuple[PlaceForm, ...]]]:
    """(start, stop, key, forms) of each key of the automaton that is a whole word (or words) in
    `low`. Most hits lie inside a word (`russisch` in `belarussischen`), so this loop is kept bare."""
    n = len(low)
    found = []
    for end, (key, forms) in gazetteer().automaton.iter(low):
        stop = end + 1
        start = stop - len(key)
        if stop < n and ((after := low[stop]).isalnum() or after == "_"):
            continue
        if start > 0 and ((before := low[start - 1]).isalnum() or before == "_"):
            continue
        found.append((start, stop, key, forms))
    return found


@lru_cache(maxsize=8192)
def _usable_forms(key: str, surface: str) -> tuple[PlaceForm, ...]:
    """The forms of gazetteer key `key` that `surface` (its spelling in the text) may stand for."""
    _, forms = gazetteer().automaton.get(key)
    return tuple(f for f in forms if _case_fits(f, surface))


def _overlap_clusters(found: list[tuple]) -> list[list[tuple]]:
    """`found` (start, stop, ...) split into runs that overlap one another, by start. Choosing the
    longest first among overlapping matches is the same within each run as over the whole text,
    and most runs hold a single match."""
    clusters: list[list[tuple]] = []
    reach = -1
    for match in sorted(found):
        if match[0] < reach:
            clusters[-1].append(match)
        else:
            clusters.append([match])
        reach = max(reach, match[1])
    return clusters


def _longest_first(matches: list[tuple]) -> list[tuple]:
    """The longest matches first, then the leftmost, each kept if it overlaps none kept before."""
    taken: list[tuple] = []
    for match in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
        if not any(match[0] < kept[1] and kept[0] < match[1] for kept in taken):
            taken.append(match)
    return taken


def _case_fits(form: PlaceForm, surface: str) -> bool:
    if form.level == NOT_A_PLACE and not form.capitalised and not form.form.islower():
        # `aus dem Russischen` (a language) keeps the capitals of its later words, not of its
        # first (`Aus dem Russischen übersetzt`): `aus dem russischen Markt` names the country
        return [w[:1].isupper() for w in surface.split()[1:]] == [w[:1].isupper() for w in form.form.split()[1:]]
    if not form.capitalised:
        return True
    if not surface[:1].isupper():
        return False
    # all-caps text (MINSK) is fine; otherwise the form's own capitalisation must be kept for
    # abbreviations written in capitals (NKFD) so that ordinary words are not read as them
    if form.form.isupper() and len(form.form) > 1:
        return surface.isupper()
    return True


def word_before(text: str, start: int) -> str:
    """The lower-cased word that ends before `start` but for spaces, dashes or a colon, or ''."""
    before = _REVERSED_WORD_BEFORE.match(text[max(0, start - 40):start][::-1])
    return before.group(1)[::-1].lower() if before else ""


def _word_after(text: str, stop: int) -> str:
    """The lower-cased word that follows `stop` but for spaces, or ''."""
    after = _WORD_AFTER.match(text, stop, stop + 40)
    return after.group(1).lower() if after else ""


@lru_cache(maxsize=8192)
def _chosen_form(key: str, surface: str, designated: bool) -> PlaceForm | None:
    """`_choose` among the forms of gazetteer key `key` that `surface` may stand for."""
    return _choose(_usable_forms(key, surface), designated)


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


class _Reading:
    """One matched place name as its neighbours in a list see it and, if it counts, its form
    before the list rules decide between region and town. Whether it reads as a town is worked out
    only when asked: few names are regions named like their capital, so the town rules' regular
    expressions mostly need not run."""

    __slots__ = ("start", "stop", "designated", "by_list", "previous", "_town", "form", "as_town", "dropped")

    def __init__(self, start: int, stop: int, designated: bool, by_list: bool, previous: _Reading | None) -> None:
        self.start, self.stop, self.designated = start, stop, designated
        self.by_list = by_list  # designated only through the list it stands in
        self.previous = previous  # the reading before, when this one continues its list
        self._town: bool | None = False if designated else None
        self.form: PlaceForm | None = None
        self.as_town = False  # a region named like its capital, read as the town (`in Mogiljow`)
        self.dropped = False

    def is_town(self, text: str, g) -> bool:
        """Not designated, and a town by its context (`in Mogiljow`) or by the list it continues."""
        # a name is a town because the one before it is, along a list of any length: walk back
        # along the list rather than recurse
        pending: list[_Reading] = []
        item = self
        while item._town is None:
            if _town_context(text, item.start, item.stop, g):
                item._town = True
            elif item.previous is None:
                item._town = False
            else:
                pending.append(item)
                item = item.previous
        for link in pending:
            link._town = item._town
        return item._town


def _town_context(text: str, start: int, stop: int, g) -> bool:
    """`in Mogiljow`, `die Stadt Brjansk`, `Einwohner von Mogilew`: the name is the town."""
    if _LOCATIVE.search(text[max(0, start - 10):start]):
        return True
    if _FROM_TO.search(text[max(0, start - 10):start]) and _TO_AFTER.match(text, stop):
        return True  # `von Gomel nach Kasachstan geschickt`
    before = _CUE_BEFORE.search(text[max(0, start - 40):start])
    return bool(before and before.group(1).lower() in g.city_cues)


def _regional_twins(text: str, low: str, readings: list["_Reading"], g) -> dict[int, PlaceForm]:
    """start -> the region's form for a city's adjective (`die Minsker Delegation`) in a text that
    names the region around the city (`Gebiet Minsk`) and never the city itself: the adjective
    speaks of the region the text is about, not of the capital."""
    designated = {r.form.id for r in readings if r.designated and not r.dropped}
    named = {r.form.id for r in readings if not r.designated and not r.dropped and r.form.type == "name"}
    twins = {}
    for r in readings:
        if r.dropped or r.designated or r.form.type != "adj" or r.form.id in named:
            continue
        forms = g.automaton.get(low[r.start:r.stop], (None, ()))[1]
        twin = next((f for f in forms if f.type == "designated" and f.id != r.form.id and f.id in designated), None)
        if twin is not None:
            twins[r.start] = twin
    return twins


def _lists(text: str, readings: list[_Reading]) -> list[list[_Reading]]:
    """Readings joined by list glue (`Moskau, Kaluga, Grosny (2005) und Smolensk`) as groups."""
    groups: list[list[_Reading]] = []
    for r in readings:
        if groups and _LIST_LINK.fullmatch(text, groups[-1][-1].stop, r.start):
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def _apply_list_rules(text: str, readings: list[_Reading], g) -> None:
    """A bare name among towns is a town; a list closed by `und anderen Regionen` holds regions."""
    for group in _lists(text, readings):
        if len(group) < 2:
            continue
        if group[0].form.level == "district":
            # `der Bezirke Belynitschi und Kirow`: a list of districts; an item that is a district
            # by no reading (Kirow, the Russian region) is not read as a region either
            for r in group[1:]:
                r.dropped = r.by_list and r.form.level != "district"
        closer = _LIST_CLOSER.match(text, group[-1].stop)
        if closer and closer.group(1).lower() in g.region_list_closers:
            for r in group:
                r.as_town = False
            continue
        if any(r.form.level == "city" for r in group):
            for r in group:
                if not r.designated and r.form.id in g.capital_named and text[r.start:r.stop].lower() in g.capital_named[r.form.id]:
                    r.as_town = True


def _town_name(g, region_id: str, surface: str) -> str:
    name = g.names.get(region_id, surface)
    return name if " " not in name else surface


def find_places(
    text: str, sentence_of=lambda offset: 0, excluded: list[tuple[int, int]] = (), lowered: str | None = None
) -> list[Mention]:
    """Place mentions in `text`; `excluded` are sorted spans (organization names) to skip;
    `lowered` is `text.lower()` when made already."""
    g = gazetteer()
    low = lowercase_same_length(text, lowered)
    readings: list[_Reading] = []
    previous: _Reading | None = None
    for start, stop, key, _ in _candidates(text, low):
        before_word = word_before(text, start)
        word_after = _word_after(text, stop)
        # (also the first part of a compound: `Minsker Gebietsexekutivkomitee` is the region's)
        designated = before_word in g.designators or word_after in g.designators or (
            word_after[:1] in "gro" and any(word_after.startswith(d + "s") for d in _COMPOUND_DESIGNATORS))
        in_list = previous is not None and _LIST_GLUE.fullmatch(text, previous.stop, start) is not None
        by_list = not designated and in_list and previous.designated
        if by_list:
            designated = True  # `den Regionen Kursk, Moskau und Jaroslawl`
        if not designated:
            designated = before_word in g.plural_designators
        reading = _Reading(start, stop, designated, by_list, previous if in_list else None)
        previous = reading
        if _inside(excluded, start, stop):
            continue
        form = _chosen_form(key, text[start:stop], designated)
        if form is None or form.level == NOT_A_PLACE:
            continue  # `Wladimir` alone is a first name; `Indischen Ozean` is a sea
        if form.type == "name" and not designated and _COMPOUND_AFTER.match(text, stop):
            continue  # `Mogilev-Aufzüge`: the first part of a compound names a product, not the place
        reading.form = form
        reading.as_town = (
            form.id in g.capital_named and text[start:stop].lower() in g.capital_named[form.id]
            and reading.is_town(text, g)
        )
        readings.append(reading)
    _apply_list_rules(text, readings, g)
    twins = _regional_twins(text, low, readings, g)
    mentions: list[Mention] = []
    for r in readings:
        if r.dropped:
            continue
        form, surface = twins.get(r.start, r.form), text[r.start:r.stop]
        # the town takes its region's display name, so that `Kostanai` and `Kostanay` are one town
        key, level = (f"city:{_town_name(g, form.id, surface)}", "city") if r.as_town else (form.id, form.level)
        mentions.append(
            Mention(
                kind=level,
                key=key,
                surface=surface,
                start=r.start,
                end=r.stop,
                sentence=sentence_of(r.start),
                name=g.names.get(form.id, form.form),
                attrs={"parent": form.id if level == "city" and key != form.id else form.parent} if (form.parent or key != form.id) else {},
            )
        )
    return mentions


def add_places(doc: Document) -> None:
    """Pipeline component: fill `doc.places` (needs sentences; organizations if present)."""
    excluded = sorted((m.start, m.end) for m in doc.organizations if not m.attrs.get("authority"))
    doc.places = find_places(doc.text, doc.sentence_finder(), excluded, doc.lowered)
