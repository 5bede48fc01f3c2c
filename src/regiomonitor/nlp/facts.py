"""Pipeline component: agreements, events and joint projects — the facts behind the dossiers.

Reads the layers that earlier components put on the document (sentences, places, persons,
organizations, the publication date) and adds one `Fact` per agreement, event or project that a
sentence reports. Which words trigger which kind of fact is language data in `data/facts/<lang>/`
(see its README); this module only knows how to combine triggers with the mentions around them.

Precision comes before recall here: a dossier that lists "more than three hundred agreements"
as one agreement, or "whoever builds roads" as a construction project, is worse than one that
misses a sentence. Hence the admission rules per family (`_admit_*`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from regiomonitor.knowledge.files import data_path, read_tsv
from regiomonitor.nlp.document import Document, Fact, Mention
from regiomonitor.nlp.literals import LiteralPrefilter, LiteralRows, WholeWords, folded, windows_around

FAMILIES = ("agreement", "event", "project")
# One project per sentence: when a sentence says "Joint Venture für die Montage von Traktoren"
# the assembly is what the joint venture does, not a second project. Likewise one event: "eine
# Delegation besuchte ...", "beim Treffen während des Forums" report one occasion, named by
# its most specific word.
EVENT_PRIORITY = ("forum", "commission_session", "fair", "delegation", "visit", "meeting", "other")
PROJECT_PRIORITY = ("joint_venture", "service_centre", "assembly", "plant", "construction", "delivery", "other")


# -- language data ---------------------------------------------------------------------------

# a literal's occurrence: (start, end, alternatives of a lexicon whose matches may hold it)
Hit = tuple[int, int, frozenset[int]]


@dataclass(frozen=True, eq=False)  # equal and hashed by identity: a key of `_alternative_patterns`
class Lexicon:
    """Labelled patterns compiled into one alternation; at any position the first row wins."""

    labels: tuple[str, ...]
    regex: re.Pattern[str]
    by_label: dict[str, re.Pattern[str]]  # the rows of one label, for cue look-ups
    prefilter: LiteralPrefilter  # where in a long text the alternation can match at all
    parts: tuple[str, ...]  # the alternatives of `regex`, one per row
    # the rows' own alternatives (`Joint[- ]Ventures?|\w*[Gg]emeinschaftsunternehmen|...`), as
    # (row, pattern) in row order, and which of them a text may hold at all
    alternatives: tuple[tuple[int, str], ...]
    rows: LiteralRows

    def find(self, text: str, hits: list[Hit] | None = None) -> list[tuple[str, int, int]]:
        """(label, start, end) of every trigger in `text`, scanning only near literal hits and
        only with the alternatives whose literals the text holds (the others cannot match: same
        hits). `hits`: the literal hits in `text` when known (from a pass over the document)."""
        if hits is None:
            hits = self._hits(text)
        if hits is None:
            candidates = self.rows.candidates(text)
            windows = self.prefilter.windows(text) if candidates else []
        else:
            candidates = self.rows.candidates_of(hits)
            windows = self._windows(text, hits)
        if not candidates:
            return []
        alternatives = _alternative_patterns(self, candidates)
        out = []
        for start, end in [(0, len(text))] if windows is None else windows:
            for row, s, e in _alternation_matches(alternatives, text, start, end):
                out.append((self.labels[row], s, e))
        return out

    def _hits(self, text: str) -> list[Hit] | None:
        """The literal hits in `text`; None when lower-casing shifts offsets or differs from
        `folded` (`ı`, `ſ`), where the prefilter's windows would not be those of the hits."""
        low = text.lower()
        if len(low) != len(text) or "ı" in low or "ſ" in low:
            return None
        return self.rows.hits(low)

    def _windows(self, text: str, hits: list[Hit]) -> list[tuple[int, int]] | None:
        """What `self.prefilter.windows(text)` gives, from the literal hits already found."""
        if not self.prefilter.complete:
            return None
        before, after = self.prefilter.before, self.prefilter.after
        first = min((start for start, _, _ in hits), default=None)
        if first is not None and first <= before and first + after >= len(text):
            # the first hit's window reaches both ends of a short text, and all others join it
            return [(0, len(text))]
        return windows_around(text, (start for start, _, _ in hits), before, after)

    def first(self, text: str) -> str | None:
        m = self.regex.search(text)
        return self.labels[int(m.lastgroup[1:])] if m and m.lastgroup else None

    def search(self, label: str, text: str) -> re.Match[str] | None:
        pattern = self.by_label.get(label)
        return pattern.search(text) if pattern else None


def _load(path: Path) -> Lexicon:
    labels: list[str] = []
    parts: list[str] = []
    alternatives: list[tuple[int, str]] = []
    per_label: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        label, pattern = (x.strip() for x in line.split("\t", 1))
        # whole words only: a trigger may be the tail of a compound through its own `\w*`,
        # but never the middle of a longer word ("Werk" in "Werkzeug")
        wrapped = rf"(?<!\w)(?:{pattern})(?!\w)"
        alternatives.extend((len(labels), alternative) for alternative in _top_level_alternatives(pattern))
        parts.append(_part(len(labels), pattern))
        per_label.setdefault(label, []).append(wrapped)
        labels.append(label)
    by_label = {label: re.compile("|".join(p)) for label, p in per_label.items()}
    return Lexicon(
        tuple(labels),
        _alternation(tuple(parts)),
        by_label,
        LiteralPrefilter([p for rows in per_label.values() for p in rows]),
        tuple(parts),
        tuple(alternatives),
        LiteralRows(_alternative_parts(alternatives)),
    )


# One alternative of a row alone: (row, regex, guarded). The alternation `\b(?=\w)(?:(?P<g0>(?:a|b)
# (?!\w))|...)` tries, at an offset, row after row and in a row alternative after alternative,
# each followed by `(?!\w)`: the same as trying `a(?!\w)`, `b(?!\w)`, ... one after the other.
# So its matches are found with one small pattern per alternative, compiled once per process,
# where an alternation of the candidate rows was compiled for every new set of them.
#
# Guarded: the regex opens with the alternation's word-start guard `\b(?=\w)`, which makes re
# try it at every offset. An alternative that opens with given letters is searched for without
# the guard, so that re skips ahead to those letters (several times faster), and the guard is
# checked at each match found. Which alternatives are searched so is a matter of speed only.
AlternativePattern = tuple[int, re.Pattern[str], bool]
_WORD_START = re.compile(r"\b(?=\w)")
# an alternative that may open with any word character (`\w*`, `.`, `[^ ]`, `[\w-]`, also in a
# group): without the guard it would be tried at every offset of every word
_ANY_OPENING = re.compile(r"(?:\((?:\?:)?)*(?:\\|\.|\[\^|\[[^\]]*\\)")


@lru_cache(maxsize=4096)
def _alternative_patterns(lexicon: Lexicon, candidates: tuple[int, ...]) -> tuple[AlternativePattern, ...]:
    """The patterns of these alternatives, in order. Only the candidates: an alternative that
    cannot match in a text changes no match there (a `\\w*` alternative tried at every word
    costs, though)."""
    return tuple((row, *_alternative_regex(pattern)) for row, pattern in (lexicon.alternatives[i] for i in candidates))


@lru_cache(maxsize=1024)
def _alternative_regex(pattern: str) -> tuple[re.Pattern[str], bool]:
    """One alternative as the alternation tries it (a whole word at its end), and whether guarded."""
    whole_word = rf"(?:{pattern})(?!\w)"
    if _ANY_OPENING.match(pattern):
        return re.compile(_WORD_START.pattern + whole_word), True
    return re.compile(whole_word), False


def _leftmost(alternative: AlternativePattern, text: str, pos: int, end: int) -> re.Match[str] | None:
    """The alternative's first match in text[pos:end] that the alternation could find: at a word
    start. A match attempt at an offset does not depend on where the search began (`\\b` sees
    the text before `pos`; `end` is the end of the text, as for `finditer`)."""
    _, regex, guarded = alternative
    m = regex.search(text, pos, end)
    if not guarded:
        while m is not None and _WORD_START.match(text, m.start(), end) is None:
            m = regex.search(text, m.start() + 1, end)
    return m


def _alternation_matches(
    alternatives: tuple[AlternativePattern, ...], text: str, start: int, end: int
) -> list[tuple[int, int, int]]:
    """(row, start, end) of the matches `_alternation` of these alternatives' rows finds with
    `finditer(text, start, end)`, from the alternatives' own patterns.

    The alternation takes, at the leftmost offset where anything matches, the first alternative
    that matches there, and goes on from that match's end. So: keep each alternative's leftmost
    match from the current offset; take the one that starts first (the earlier alternative on a
    tie); then search again only for those whose match starts before the new offset: a match at
    or after it is still the leftmost. No match is empty (`(?=\\w)` and `(?!\\w)` cannot both
    hold at one offset), so the offset moves on with every match."""
    out = []
    nexts = [_leftmost(alternative, text, start, end) for alternative in alternatives]
    while True:
        first = None
        for i, m in enumerate(nexts):
            if m is not None and (first is None or m.start() < nexts[first].start()):
                first = i
        if first is None:
            return out
        at = nexts[first].end()
        out.append((alternatives[first][0], nexts[first].start(), at))
        for i, m in enumerate(nexts):
            if m is not None and m.start() < at:
                nexts[i] = _leftmost(alternatives[i], text, at, end)


def _part(row: int, pattern: str) -> str:
    """A row in the alternation: named by its index, a whole word at its end."""
    return rf"(?P<g{row}>(?:{pattern})(?!\w))"


def _alternative_parts(alternatives: Iterable[tuple[int, str]]) -> list[str]:
    """The alternatives as the rows they belong to would hold them alone (for their literals)."""
    return [_part(row, pattern) for row, pattern in alternatives]


def _top_level_alternatives(pattern: str) -> list[str]:
    """`A|B(?:C|D)|[|]` -> `A`, `B(?:C|D)`, `[|]`: the branches of a pattern's outermost
    alternation (the whole pattern where a branch read so would not compile)."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[i:i + 1] == "]":
                i += 1  # a `]` first in a class is a literal
            continue
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    try:
        for branch in branches:
            re.compile(branch)
    except re.error:
        return [pattern]
    return branches


def _alternation(parts: tuple[str, ...]) -> re.Pattern[str]:
    """The rows `parts` (named groups `g<row>`) as one alternation: a lexicon's `regex`, whose
    matches `find` gives from the alternatives' own patterns. The word-start guard stands once
    in front of the alternation: twice as fast as in each row."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(parts) + ")")


@dataclass(frozen=True)
class Language:
    agreements: Lexicon
    events: Lexicon
    projects: Lexicon
    status: Lexicon
    cues: Lexicon
    months: dict[str, int]
    ordinal_words: dict[str, int]
    day_month_year: re.Pattern[str]
    month_year: re.Pattern[str]
    ordinal_word: re.Pattern[str]  # an inflected ordinal word (`fünften`): see `_ordinal_word_pattern`
    month_names: WholeWords  # whether a (`folded`) text names a month: else no month pattern can match
    triggers: "Triggers"  # the literals of the three families' triggers, for one pass over a text


@lru_cache(maxsize=None)
def language(lang: str = "de") -> Language:
    """Load and compile the lexicons of one language once per process."""
    base = data_path("facts", lang)
    ordinals: dict[str, int] = {}
    for line in (base / "ordinals.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            number, stem = line.split("\t")
            ordinals[stem.strip()] = int(number)
    # month names are shared with the figures' period reader (data/lang/<lang>/months.tsv)
    months = {row["name"].lower(): int(row["month"]) for row in read_tsv(data_path("lang", lang, "months.tsv"))}
    day_month_year, month_year = _month_patterns(months)
    families = {"agreement": _load(base / "agreements.tsv"), "event": _load(base / "events.tsv"),
                "project": _load(base / "projects.tsv")}
    return Language(
        agreements=families["agreement"],
        events=families["event"],
        projects=families["project"],
        status=_load(base / "status.tsv"),
        cues=_load(base / "cues.tsv"),
        months=months,
        ordinal_words=ordinals,
        day_month_year=day_month_year,
        month_year=month_year,
        ordinal_word=_ordinal_word_pattern(ordinals),
        month_names=WholeWords(months),
        triggers=Triggers(families),
    )


class Triggers:
    """The trigger literals of several families (lexicons) in one automaton: one pass over a
    document finds which sentences may hold a trigger of which family, and of which rows."""

    def __init__(self, families: dict[str, Lexicon]) -> None:
        self._first_rows: dict[str, range] = {}
        parts: list[str] = []
        for family, lexicon in families.items():
            self._first_rows[family] = range(len(parts), len(parts) + len(lexicon.alternatives))
            parts.extend(_alternative_parts(lexicon.alternatives))
        self._rows = LiteralRows(parts)
        self.complete = self._rows.complete
        # a hit's rows of all families, split by family (as many keys as literals)
        self._split: dict[frozenset[int], list[tuple[str, frozenset[int]]]] = {}

    def by_sentence(self, doc: Document) -> dict[int, dict[str, list[Hit]]] | None:
        """Per sentence index, per family, the literal hits in that sentence (offsets relative
        to it); None when the document's lower case is no `folded` text with the same offsets
        (look sentence by sentence)."""
        low = doc.lowered
        if not self.complete or len(low) != len(doc.text) or "ı" in low or "ſ" in low:
            return None
        found: dict[int, dict[str, list[Hit]]] = {}
        sentence_at = doc.sentence_finder()  # a long text has hundreds of hits
        for start, end, rows in self._rows.hits(low):
            sentence = doc.sentences[sentence_at(start)]
            if not (sentence.start <= start and end <= sentence.end):
                continue  # across a sentence boundary: in no sentence's text
            per_family = found.setdefault(sentence.index, {})
            for family, local in self._by_family(rows):
                per_family.setdefault(family, []).append((start - sentence.start, end - sentence.start, local))
        return found

    def _by_family(self, rows: frozenset[int]) -> list[tuple[str, frozenset[int]]]:
        split = self._split.get(rows)
        if split is None:
            split = [
                (family, frozenset(row - span.start for row in rows if row in span))
                for family, span in self._first_rows.items()
                if any(row in span for row in rows)
            ]
            self._split[rows] = split
        return split


def _ordinal_word_pattern(ordinals: dict[str, int]) -> re.Pattern[str]:
    """One pattern for all ordinal stems, longest first, each in a group `o<number>_<i>`: a full
    match tries the stems in that order, as a loop over them would, in one call."""
    stems = sorted(ordinals.items(), key=lambda kv: -len(kv[0]))
    return re.compile("|".join(rf"(?P<o{number}_{i}>(?:{stem})(?:e|en|er|es|em))" for i, (stem, number) in enumerate(stems)))


# -- dates -----------------------------------------------------------------------------------

_YEAR = r"(?:19[5-9]\d|20\d\d)"
# the guard before a year is tested after its four digits (`(?<!\d\d{4})` there is `(?<!\d)`
# before them): a pattern that opens with the year lets `re` skip to the digits 1 and 2
_RANGE = re.compile(rf"{_YEAR}(?<!\d\d{{4}})\s*(?:-|–|—|bis)\s*{_YEAR}(?!\d)")
_BARE_YEAR = re.compile(rf"({_YEAR})(?<![\d.,\-–]\d{{4}})(?![\d\-–])")
# a year after "bis" is a deadline, after "für" a validity or a target ("Bedarf ... für 2022",
# "für das nächste [2023] Jahr"), after a part of a year the period a figure covers ("im
# ersten Quartal 2021"): none of them dates the act the sentence reports
_NOT_A_DATE_BEFORE = re.compile(
    r"(?:\bbis|\bfür(?:\s+(?:das|den|die)?\s*(?:nächste|kommende|laufende)\w*)?|"
    r"Quartal\w*|Halbjahr\w*|Jahreshälfte|Monate\w*|Quartalen)(?:\s+(?:des|der)\s+Jahres)?\s*\[?\s*$"
)
_NUMERIC_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\.(\d{{1,2}})\.({_YEAR})(?!\d)")
# what every match of the date patterns holds: a year (all but the day-month one) or a day
# `7.`; most sentences have neither, and these quick searches spare them the patterns
_ANY_YEAR = re.compile(_YEAR)
_ANY_DAY = re.compile(r"\d\.")


@dataclass(frozen=True)
class DateHit:
    value: str
    start: int
    end: int


def _month_patterns(names: dict[str, int]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    months = rf"(?i:(?<!\w)(?:{alternatives})(?!\w)\.?)"
    day_month_year = re.compile(rf"(?<!\d)(\d{{1,2}})\.\s*({months})(?:\s+({_YEAR}))?(?!\d)")
    month_year = re.compile(rf"({months})\s+(?:des\s+Jahres\s+)?({_YEAR})(?!\d)")
    return day_month_year, month_year


def _month_number(lang: Language, word: str) -> int:
    return lang.months.get(word.lower().rstrip("."), 0)


def find_dates(text: str, published: date | None, lang: Language) -> list[DateHit]:
    """Every date the sentence gives, most specific reading per stretch of text.

    Years inside a range ("für 2016-2020", "2020 bis 2022") are validity periods, not dates, and
    a year after "bis" is a deadline; neither is returned. A day and month without a year take
    the year of publication (the month before publication, else the year before).
    """
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(value: str, s: int, e: int) -> None:
        if free(s, e):
            hits.append(DateHit(value, s, e))
            taken.append((s, e))

    has_year = _ANY_YEAR.search(text) is not None
    has_day = _ANY_DAY.search(text) is not None
    low = folded(text)
    # the month patterns try their names at every character: only where a month is named
    has_month = low is None or lang.month_names.found_in(low)
    for m in _NUMERIC_DATE.finditer(text) if has_year and has_day else ():
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            add(f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end())
    for m in lang.day_month_year.finditer(text) if has_month and has_day else ():
        day, month = int(m.group(1)), _month_number(lang, m.group(2))
        if not (1 <= day <= 31 and month):
            continue
        if m.group(3):
            add(f"{int(m.group(3)):04d}-{month:02d}-{day:02d}", m.start(), m.end())
        elif published is not None:
            year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
            add(f"{year:04d}-{month:02d}-{day:02d}", m.start(), m.end())
    for m in lang.month_year.finditer(text) if has_month and has_year else ():
        add(f"{int(m.group(2)):04d}-{_month_number(lang, m.group(1)):02d}", m.start(), m.end())
    for m in _RANGE.finditer(text) if has_year else ():
        taken.append((m.start(), m.end()))  # blocks the bare years inside it
    for m in _BARE_YEAR.finditer(text) if has_year else ():
        before = text[max(0, m.start() - 40) : m.start()]
        if _NOT_A_DATE_BEFORE.search(before):
            continue
        add(m.group(1), m.start(1), m.end(1))
    if published is not None:
        for label, s, e in lang.cues.find(text):
            if label == "relative_today":
                add(published.isoformat(), s, e)
            elif label == "relative_yesterday":
                add((published - timedelta(days=1)).isoformat(), s, e)
            elif label == "relative_this_year":
                add(str(published.year), s, e)
            elif label == "relative_last_year":
                add(str(published.year - 1), s, e)
    return hits


class SentenceDates:
    """The dates of one sentence (`find_dates`), found on the first call: most sentences with a
    trigger turn out to hold no fact and need none."""

    __slots__ = ("_text", "_published", "_lang", "_dates")

    def __init__(self, text: str, published: date | None, lang: Language) -> None:
        self._text, self._published, self._lang = text, published, lang
        self._dates: list[DateHit] | None = None

    def __call__(self) -> list[DateHit]:
        if self._dates is None:
            self._dates = find_dates(self._text, self._published, self._lang)
        return self._dates


def nearest_date(hits: list[DateHit], position: int) -> str | None:
    if not hits:
        return None
    best = min(hits, key=lambda h: (min(abs(h.start - position), abs(h.end - position)), -len(h.value)))
    return best.value


# -- ordinals --------------------------------------------------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(numeral: str) -> int | None:
    if not numeral or any(ch not in _ROMAN for ch in numeral):
        return None
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    return total


_ORDINAL_BEFORE = re.compile(r"(?<![\w.])(?:([IVXLC]+)|(\d{1,3}))\.\s+((?:[\w-]+\s+){0,2})$")


def ordinal_before(text: str, position: int, lang: Language) -> int | None:
    """`V. Forum` → 5, `das 8. Forum` → 8, `des fünften Forums` → 5 (at most two words between);
    `am 27. November trafen sich` is a date, not the 27th meeting."""
    before = text[max(0, position - 60) : position]
    bare = re.search(r"(?<![\w.])([IVX]{2,})\s+$", before)
    if bare:  # "VII Forum": a Roman numeral without its dot, directly before the noun
        return roman_to_int(bare.group(1))
    m = _ORDINAL_BEFORE.search(before)
    if m:
        between = m.group(3).split()
        if between and between[0].lower().rstrip(".") in lang.months:
            return None
        return roman_to_int(m.group(1)) if m.group(1) else int(m.group(2))
    words = re.findall(r"[\wäöüß]+", before)[-3:]
    for word in reversed(words):
        m = lang.ordinal_word.fullmatch(word.lower())
        if m:
            return int(m.lastgroup[1:].split("_")[0])
    return None


# -- mentions around a trigger ---------------------------------------------------------------

def _label(m: Mention) -> str:
    """Place id for countries and regions; a city (no first-level id) by its name."""
    if m.kind in ("country", "region"):
        return m.key
    return m.name or m.surface or m.key


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v not in seen:
            seen[v] = None
    return list(seen)


_QUOTE_SPAN = re.compile(r"[„\"«“][^„\"«»“”]{1,600}[“”\"»]")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_SPAN.finditer(text)]


def _quoted(spans: list[tuple[int, int]], position: int) -> bool:
    return any(a < position < b for a, b in spans)


@dataclass
class SentenceView:
    """One sentence with the mentions that fall into it (offsets relative to the sentence)."""

    index: int
    text: str
    start: int
    places: list[Mention]
    persons: list[Mention]
    organizations: list[Mention]
    # per family, the literal hits of its triggers in the sentence; None: not looked up yet
    trigger_hits: dict[str, list[Hit]] | None = None

    def hits_of(self, family: str) -> list[Hit] | None:
        return None if self.trigger_hits is None else self.trigger_hits.get(family, [])

    def inside_organization(self, s: int, e: int) -> bool:
        """The trigger is (part of) an organization's name: `Werks für Hochspannungsgeräte JSC`."""
        return any(s < m.end - self.start and m.start - self.start < e for m in self.organizations)


def _views(doc: Document, indexes: set[int] | None = None) -> list[SentenceView]:
    """Views of the sentences with these `indexes` (all when None): a long text has thousands
    of sentences and only a few hold a trigger."""
    by_sentence: dict[int, SentenceView] = {
        s.index: SentenceView(s.index, s.text, s.start, [], [], [])
        for s in doc.sentences
        if indexes is None or s.index in indexes
    }
    for layer, attr in ((doc.places, "places"), (doc.persons, "persons"), (doc.organizations, "organizations")):
        for m in layer:
            view = by_sentence.get(m.sentence)
            if view is not None:
                getattr(view, attr).append(m)
    return [by_sentence[i] for i in sorted(by_sentence)]


# -- the three families ----------------------------------------------------------------------

_QUOTED = re.compile(r"[\"„“«»]([^\"„“«»]{8,200})[\"“”«»]")
_TITLE_TAIL = re.compile(r"^\s*((?:über|zur|zum|für|betreffend)\s+.+)", re.S)
# where a title ends: a relative clause, a dash, a finite verb or participle of the sentence,
# a date, or a new noun phrase ("... Masseninformationen die Formen der Interaktion")
_TITLE_END = re.compile(
    r",\s+(?:der|die|das|dessen|deren|welche[rsn]?|wo|um|was|wobei|wie|mit|und\s+(?:der|die|das))\b"
    r"|,\s+(?:in|bei|auf|an|mit|nach|von|für|über|durch)\s+(?:dem|der|denen|den|welche\w*)\b"
    r"|\s+[-–—]\s+|[.;:!?(\"„“]|\s+zu\s+[a-zäöüß]+en\b"
    r"|\s+(?:zwischen|mit\s+de[mnr]|wurde|wurden|wird|werden|worden|ist|sind|war|waren|hat|haben|hatte|soll|sollte|sollen|"
    r"kann|können|unterzeichnet\w*|verabschiedet\w*|angenommen|geschlossen|abgeschlossen|ergänzt|aktualisiert|erneuert|"
    r"entwickelt|vereinbart|getroffen|gebilligt|genehmigt|im\s+Jahr|im\s+\w+\s+\d{4}|am\s+\d+|vom\s+\d+|in\s+Höhe|bereits|auch)\b"
)
_PARTICLES = ("vor", "an", "ab", "auf", "aus", "ein", "fest", "mit", "zu", "zusammen", "dar", "fort", "bei", "hin")
_ARTICLE = re.compile(r"(\S+)\s+(?:die|das|den)\s")
_PREPOSITIONS = ("in", "an", "auf", "für", "über", "zur", "zum", "mit", "von", "bei", "aus", "nach", "um", "zu",
                 "gegen", "durch", "zwischen", "und", "oder", "sowie")


def _title_end(phrase: str) -> int:
    """Where the title phrase ends (see `_TITLE_END`); an accusative article after a noun starts
    a new phrase: "über die Verbreitung von Masseninformationen | die Formen der Interaktion"."""
    ends = [m.start() for m in [_TITLE_END.search(phrase, 4)] if m]
    for m in _ARTICLE.finditer(phrase, 4):
        if m.group(1).lower().strip(",") not in _PREPOSITIONS:
            ends.append(m.end(1))
            break
    return min(ends) if ends else len(phrase)


def _quoted_title(view: SentenceView, start: int, end: int) -> str | None:
    """A quoted title that contains the trigger or opens right after it (`Resolution „Über den
    Aktionsplan ...“`, `Abkommen „Über ...“`); a quotation elsewhere is speech, not a title."""
    for m in _QUOTED.finditer(view.text):
        # the trigger opens the quotation ("„Fahrplan für ...“"), not somewhere in quoted speech
        inside = m.start() < start and end <= m.end() and start - m.start() <= 25
        right_after = 0 <= m.start() - end <= 3 and re.match(r"[\"„“«»]?\s*(?:Über|Zur|Zum|Für)\b", view.text[m.start() :])
        if inside or right_after:
            return m.group(1).strip()
    return None


def _title(view: SentenceView, start: int, end: int) -> str | None:
    """A quoted title next to the trigger, else the trigger with its `über ...` phrase."""
    quoted = _quoted_title(view, start, end)
    if quoted:
        return quoted
    tail = _TITLE_TAIL.match(view.text[end:])
    if not tail:
        return None
    phrase = tail.group(1)
    phrase = phrase[: _title_end(phrase)]
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,")
    words = phrase.split()
    # "... Zusammenarbeit mit" or the particle of "sieht ... vor": not part of the title
    while words and (words[-1].lower() in _PREPOSITIONS or words[-1] in _PARTICLES):
        words.pop()
    phrase = " ".join(words)
    if len(words) < 2 or len(phrase) > 200:
        return None
    return f"{view.text[start:end]} {phrase}"


# words between a count and its noun are adjectives ("22 bilaterale Abkommen"), never verbs
_TALLY_GAP = re.compile(
    r"^\s*(?:(?!(?:wurden?|werden?|haben?|hatten?|sind|waren|hatte|und|oder|mit|von|in|im|an|auf|zu|der|des|die|das|dem|den)\b)[a-zäöüß-]+\s+){0,2}"
    # "mit 27 Regionen Abkommen": a counted noun, then the trigger without an article
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:en|n|e|er)\s+)?$"
)


_COORDINATED = re.compile(r"^\s*(?:und|sowie|oder|bzw\.)\s+(?:[a-zäöüß-]+\s+){0,2}$")


def _is_tally(text: str, start: int, lang: Language, tallies: list[tuple[int, int]] | None = None) -> bool:
    """"mehr als dreihundert Vereinbarungen", "22 bilaterale Abkommen", "200 Treffen": a count
    of many, which a dossier cannot date or place as one agreement or event. A trigger joined
    to a counted one ("11 Verträge und Vereinbarungen") is counted with it."""
    if tallies and any(e <= start and _COORDINATED.match(text[e:start]) for _, e in tallies):
        return True
    before = text[max(0, start - 50) : start]
    pattern = lang.cues.by_label["generic"]
    for m in pattern.finditer(before):
        if re.fullmatch(r"(?:19|20)\d\d", m.group()):  # a year, not a count
            continue
        if _TALLY_GAP.match(before[m.end() :]):
            return True
    return False


_TWINNING_WORDS = re.compile(r"Städtepartnerschaft|Partnerst(?:adt|ädte)|Schwesterst(?:adt|ädte)")
# "Abkommen ... vom 23. Juni 2004", "des Abkommens von 1998": the date belongs to the document
_DATED_BY = re.compile(r"\s*(?:vom|von|aus\s+dem\s+Jahr[e]?)\s+$")
# "einen Fahrplan - den Aktionsplan für 2017-2019", "einen Fahrplan bzw. ein Programm": one
# document under two names
_APPOSITION = re.compile(r"^\s*(?:[-–—,]|bzw\.|beziehungsweise|oder)\s*(?:de[nmrs]|die|das|eine?[nmrs]?)?\s*$")
# "das Forum der Regionen von Belarus und Russland": the countries name the forum, they are not
# parties to what was signed there
_FORUM_NAME = re.compile(r"Forum\w*\s+der\s+(?:[\w-]+\s+)?Regionen\s+(?:von\s+)?[\w-]+\s+und\s+(?:der\s+)?[\w-]+")


def _is_adjective(m: Mention) -> bool:
    """`belarussische`, `russischen`: a country named by its adjective (lower case in German)."""
    return m.surface[:1].islower()


def _preceded_by(view: SentenceView, m: Mention, pattern: re.Pattern[str]) -> bool:
    start = m.start - view.start
    return bool(pattern.search(view.text[max(0, start - 40) : start]))


_SIGNED_IN = re.compile(r"(?<!\w)in\s+$")
_SIGNING_VERB = re.compile(r"unterzeichne\w*|geschlossen|abgeschlossen|angenommen|verabschiedet\w*|paraphiert")


def _place_of_signing(view: SentenceView, m: Mention) -> bool:
    """"der am 17. Januar 1996 in Minsk unterzeichnet wurde", "unterzeichnet in Gomel": the
    place where a document was signed, next to the signing verb (not "der Bezirk X in Minsk")."""
    if not _preceded_by(view, m, _SIGNED_IN):
        return False
    start, end = m.start - view.start, m.end - view.start
    after = view.text[end : end + 30]
    before = view.text[max(0, start - 30) : start]
    return bool(re.match(r"^\s*(?:\S+\s+){0,1}(?:" + _SIGNING_VERB.pattern + ")", after) or re.search("(?:" + _SIGNING_VERB.pattern + r")\s+in\s+$", before))


def _party_places(view: SentenceView, kind: str) -> list[Mention]:
    """The places that can be parties: countries and regions (cities in a twinning, between
    cities, or where nothing larger is named), but not the place of signing ("unterzeichnet in Minsk") nor the countries in a forum's name."""
    forum_spans = [(m.start(), m.end()) for m in _FORUM_NAME.finditer(view.text)]
    out = []
    for m in view.places:
        # cities are parties of twinnings and of agreements between cities ("zwischen den Städten
        # Grodno und Uchta"), where no region or country is named beside them
        if not (m.kind in ("country", "region", "city")):
            continue
        start = m.start - view.start
        if any(a <= start < b for a, b in forum_spans):
            continue
        if _place_of_signing(view, m):
            continue
        if m.kind == "city" and kind != "twinning" and (_located(view, m) or _preceded_by(view, m, _ORIGIN)):
            continue  # "das in Sotschi stattfand", "ein Unternehmen aus Ufa": where, not who
        out.append(m)
    if kind != "twinning" and not re.search(r"\bSt[aä]dt", view.text) and any(m.kind != "city" for m in out):
        out = [m for m in out if m.kind != "city"]
    return out


def _agreements(view: SentenceView, published: date | None, lang: Language, dates: SentenceDates) -> list[Fact]:
    found = [(k, s, e) for k, s, e in lang.agreements.find(view.text, view.hits_of("agreement")) if not view.inside_organization(s, e)]
    if not found:
        return []  # most sentences with a trigger's literal hold no trigger
    signed = lang.cues.search("signed", view.text) is not None
    city_context = any(m.kind == "city" for m in view.places) or re.search(r"\bSt[aä]dt", view.text)
    quotes = _quote_spans(view.text)
    # one document under two names in apposition: keep the later, more specific name
    found = [
        t for i, t in enumerate(found)
        if not any(_APPOSITION.match(view.text[t[2] : u[1]]) for u in found[i + 1 :])
    ]
    # "ein Aktionsplan zur Umsetzung des Abkommens": the agreement is the background of the act
    # the sentence reports; reported beside another document it is left out, alone it has no date
    referenced = {(s, e) for _, s, e in found if lang.cues.search("referenced", view.text[max(0, s - 60) : s])}
    acts = [(k, s, e) for k, s, e in found if (s, e) not in referenced]
    facts: list[Fact] = []
    seen: set[str] = set()
    tallies: list[tuple[int, int]] = []
    for label, s, e in acts or found:
        kind = label.removesuffix("_weak")
        if _is_tally(view.text, s, lang, tallies):
            tallies.append((s, e))
            continue
        if kind in seen:
            continue
        in_quote = _quoted(quotes, s)
        # a date inside a quotation dates what is quoted, unless the trigger is quoted too (a title)
        own_dates = dates() if in_quote else [h for h in dates() if not _quoted(quotes, h.start)]
        title = _title(view, s, e)
        if (s, e) in referenced:
            # a referenced document keeps only the date attached to its own name
            tail = view.text[e : e + (len(title) - (e - s) if title else 0) + 40]
            when = next(
                (h.value for h in own_dates if e <= h.start <= e + len(tail) and _DATED_BY.search(view.text[max(e, h.start - 25) : h.start])),
                None,
            )
        else:
            when = nearest_date(own_dates, s)
        if kind != "twinning" and _TWINNING_WORDS.search(f"{view.text[s:e]} {title or ''}"):
            kind = "twinning"  # "Vertrag über die Städtepartnerschaft"
        places = _party_places(view, kind)
        parties = _unique([_label(m) for m in places] + [m.name or m.key for m in view.organizations])
        # parties named only by adjectives ("belarussisch-russische Städtepartnerschaften") are
        # the topic of a general remark, not two sides of one document
        named = _unique([_label(m) for m in places if not _is_adjective(m)] + [m.name or m.key for m in view.organizations])
        if kind == "twinning" and not city_context and len(named) < 2:
            continue
        if not (signed or when or len(named) >= 2):
            continue
        # a quotation that opens with the trigger is a title or theme ("Das Thema lautete
        # „Städtepartnerschaften als ...“"): no document unless the sentence reports an act or a date
        if in_quote and any(0 < s - a <= 2 for a, _ in quotes) and not (signed or when):
            continue
        seen.add(kind)
        data = {"kind": kind, "parties": parties, "date": when, "title": title, "evidence": view.text}
        facts.append(Fact("agreement", data, view.index, view.text))
    return facts


_IN_PLACE = re.compile(r"(?:\bin|\bnach|\bim|\bin\s+der)\s+(?:[\w-]+\s+){0,2}$")
# "das Unternehmen ... aus Mogilev", "Vertreter aus Tuwa": where someone comes from ("von" is
# mostly a genitive, "der Hauptplatz von Wladiwostok", and says nothing of origin)
_ORIGIN = re.compile(r"\baus\s+(?:de[mnr]\s+)?(?:[\w-]+\s+){0,1}$")
# the place before a visit verb or after it: "besuchte ... das Gebiet Woronesch", "Kasachstan besuchte"
_VISIT_VERB = re.compile(r"\bbesucht\w*")
_GENITIVE_BEFORE = re.compile(r"(?:\bde[rs]|\baus|\bvon|\bzwischen)\s+(?:(?:Republik|Region|Gebiet(?:s|es)?|Oblast|Föderationskreis)\s+)?$")
# how far from its trigger word a sentence still speaks about the same occasion or project
_NEAR_BEFORE, _NEAR_AFTER = 80, 100


def _near(view: SentenceView, m: Mention, s: int, e: int) -> bool:
    start = m.start - view.start
    return s - _NEAR_BEFORE <= start <= e + _NEAR_AFTER


def _located(view: SentenceView, m: Mention) -> bool:
    return _preceded_by(view, m, _IN_PLACE)


def _event_place(view: SentenceView, kind: str, s: int, e: int, quotes: list[tuple[int, int]]) -> str | None:
    """The place an event happened: a city or region introduced by "in"/"nach" near the trigger
    (cities first), or what a visit went to. A country named by its adjective, a place someone
    comes from, and a place inside a quotation the trigger is not part of are none of these."""
    in_quote = _quoted(quotes, s)
    candidates = [
        m for m in view.places
        if not _is_adjective(m)
        and not _preceded_by(view, m, _ORIGIN)
        and (in_quote or not _quoted(quotes, m.start - view.start))
    ]
    # "das im April 2017 in Gomel stattfand": the sentence says where it took place
    took_place = [
        m for m in candidates
        if _located(view, m) and re.match(r"^\s*(?:\S+\s+){0,1}(?:statt\w*|abgehalten|tagte)", view.text[m.end - view.start :])
    ]
    if took_place:
        return _label(took_place[0])
    located = [m for m in candidates if _located(view, m) and _near(view, m, s, e)]
    for group in ([m for m in located if m.kind == "city"], [m for m in located if m.kind != "country"], located):
        if group:
            return _label(group[0])
    verb = _VISIT_VERB.search(view.text)
    if kind in ("visit", "delegation") and verb:
        visited = [m for m in candidates if not _preceded_by(view, m, _GENITIVE_BEFORE)]
        if visited:
            return _label(min(visited, key=lambda m: abs(m.start - view.start - verb.start())))
    cities = [m for m in candidates if m.kind == "city" and _near(view, m, s, e)]
    return _label(cities[0]) if cities else None


_PLURAL_EVENT = re.compile(r"(?:Besuche|Delegationen|Messen|Ausstellungen|Foren|Konferenzen|Sitzungen|Gespräche|Seminare|Festivals)$", re.IGNORECASE)
# "die Notwendigkeit, ein Forum ... zu veranstalten": an event proposed, not one that took place
_PROPOSED = re.compile(r"^[^,.;]{0,80}?\b(?:zu\s+(?:veranstalten|organisieren|abhalten|durchführen|gründen)|abzuhalten|durchzuführen)\b")


def _events(view: SentenceView, published: date | None, lang: Language, dates: SentenceDates) -> list[Fact]:
    found = []
    for kind, s, e in lang.events.find(view.text, view.hits_of("event")):
        if view.inside_organization(s, e) or _is_tally(view.text, s, lang):
            continue
        if view.text[e : e + 1] == "-":
            continue  # "Messe- und Ausstellungsevents": the noun is the compound's last part
        if _PLURAL_EVENT.search(view.text[s:e]) and not any(abs(h.start - s) <= 60 for h in dates()):
            continue  # "Erfahrungen mit ähnlichen Foren", "Vor-Ort-Besuche": no one event
        found.append((kind, s, e))
    if not found:
        return []
    kind, s, e = min(found, key=lambda t: (EVENT_PRIORITY.index(t[0]), t[1]))
    quotes = _quote_spans(view.text)
    in_quote = _quoted(quotes, s)
    # a date inside a quotation the trigger is not part of dates what is quoted
    own_dates = dates() if in_quote else [h for h in dates() if not _quoted(quotes, h.start)]
    when = nearest_date(own_dates, s)
    if not when and _PROPOSED.match(view.text[e:]):
        return []
    place = _event_place(view, kind, s, e, quotes)
    participants = _unique([m.name or m.key for m in view.persons])
    ordinal = ordinal_before(view.text, s, lang)
    if not (when or place or participants or ordinal):
        return []
    data = {"kind": kind, "date": when, "place": place, "participants": participants, "ordinal": ordinal, "evidence": view.text}
    return [Fact("event", data, view.index, view.text)]


# a product: up to two adjectives ("von öffentlichen Verkehrsmitteln", "medizinischen
# Produkten") and a noun, or several coordinated ("Anhänger, Ballenpressen und Mähmaschinen")
_NOUN = r"(?:(?:(?!(?:die|der|das|den|dem|des|eine[mnrs]?|diese[mnrs]?|jene[mnrs]?|seine[mnrs]?|ihre[mnrs]?|welche[mnrs]?|unsere[mnrs]?)\s)[a-zäöü][a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}(?:[A-ZÄÖÜ][\w]*-,?\s*(?:(?:und|oder|sowie)\s+)?)*[A-ZÄÖÜ][\w-]*[a-zäöüß])"
_PRODUCT = re.compile(
    rf"\b(?:von|für)\s+(?:den|die|der|dem|das|neuen|neue)?\s*({_NOUN}(?:(?:\s*,\s*|\s+(?:und|sowie)\s+){_NOUN})*)"
)
# right after a trigger that ends in its preposition or article ("Produktion von", "Bau einer")
_PRODUCT_HERE = re.compile(rf"\s*({_NOUN}(?:(?:\s*,\s*|\s+(?:und|sowie)\s+){_NOUN})*)")
_COMPOUND_PRODUCT = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{3,})(?:montage|produktion|lieferung)", re.IGNORECASE)
# nouns that follow "von"/"für" but are activities, sides or amounts, not products
_NOT_PRODUCT = re.compile(
    r"^(?:Jahr|Jahren|Zusammenarbeit|Unternehmen|Projekt|Projekte|Region|Regionen|Republik|Seite|Partner|Belarus|"
    r"Russland|Kasachstan|Gebiet|Gebiete|Stadt|Höhe|Wert|Mio|Millionen|Milliarden|Produktion|Herstellung|Wartung|"
    r"Verkauf|Reparatur|Service|Bergbau|Entwicklung|Umsetzung|Schaffung|Organisation|Gründung|Durchführung|Joint|"
    r"Kontakt|Kontakten|Beziehungen|Ausstellungen|Messen|Überholung|Personen|Verwendung|Nutzung|Einführung|Lieferung|"
    r"Anbau|Technologien|Auswahl|Betreuung|Erfahrungen|Beteiligung|Basis|Grundlage|Lizenzen)\b"
)
_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+isch(?:e|en|er|es|em)?$")
_OPEN_TRIGGER = re.compile(r"(?:\bvon|\bder|\bdes|\beines|\beiner|\beinem|\bneuer|\bneuen)$")


def _clean_product(candidate: str) -> str | None:
    """Cut a coordination at the first activity ("Kippern, Reparatur und Wartung" → "Kippern")
    and drop the adjectives' article-less leftovers; None when nothing product-like is left."""
    parts = re.split(r"(\s*,\s*|\s+(?:und|sowie)\s+)", candidate)
    kept: list[str] = []
    for i in range(0, len(parts), 2):
        head = parts[i].split()[-1] if parts[i].split() else ""
        if _NOT_PRODUCT.match(head):
            break
        if kept:
            kept.append(parts[i - 1])
        kept.append(parts[i])
    product = "".join(kept).strip(" ,")
    return product if len(product) >= 5 else None


def _product(view: SentenceView, start: int, end: int, lang: Language) -> str | None:
    word = view.text[start:end]
    compound = _COMPOUND_PRODUCT.match(word)
    if compound and not word.lower().startswith(("montage", "produktion", "lieferung")):
        return compound.group(1)[0].upper() + compound.group(1)[1:]
    named = " ".join(x.surface for x in (*view.places, *view.organizations))
    matches: list[re.Match[str]] = []
    if _OPEN_TRIGGER.search(word):
        here = _PRODUCT_HERE.match(view.text, end)
        if here:
            matches.append(here)
    # "für die Umsetzung von großen Projekten": what follows an activity is not the product
    matches.extend(
        m for m in _PRODUCT.finditer(view.text, end)
        if m.start() <= end + 90 and not _NOT_PRODUCT.match((re.findall(r"[\wäöüß]+", view.text[max(0, m.start() - 30) : m.start()]) or [""])[-1])
    )
    for m in matches:
        candidate = m.group(1)
        following = view.text[m.end() : m.end() + 2]
        if following[:1] == "-":
            continue  # "für den Personen- und Güterverkehr": half a compound
        # "Montagewerk von Hyundai Trans Auto": a run of capitalised words is a name
        if re.match(r" [A-ZÄÖÜ]", following) and " " not in candidate.strip():
            continue
        head = candidate.split()[-1] if " " not in candidate.strip() else re.split(r"\s*,\s*|\s+(?:und|sowie)\s+", candidate)[0].split()[-1]
        # "für die Montage und den Verkauf von Traktoren": an activity, look further
        if _NOT_PRODUCT.match(head) or lang.projects.first(head) or _ADJECTIVE.match(head):
            continue
        if head in named or candidate.split()[0] in named.split():
            continue  # "Montagewerk von Hyundai Trans Auto": an enterprise, not a product
        product = _clean_product(candidate)
        if product:
            return product
    return None


@lru_cache(maxsize=None)
def _not_enterprise() -> re.Pattern[str]:
    from regiomonitor.knowledge.files import read_lines

    # case-insensitive: "Landwirtschaftsministerium" is a ministry too
    return re.compile("|".join(f"(?:{p})" for p in read_lines(data_path("facts", "de", "not_enterprises.txt"))), re.IGNORECASE)


NON_ENTERPRISE_KINDS = ("authority", "ministry", "international", "media", "agency")


def is_enterprise(name: str, *, authority: bool = False) -> bool:
    """Can this organization run a project (an enterprise, holding, bank, university) rather
    than being a body that agrees, reports or governs (ministry, commission, union, agency)?"""
    from regiomonitor.knowledge.organizations import organization_base

    org = organization_base().by_name.get(name)
    if org is not None and org.kind in NON_ENTERPRISE_KINDS:
        return False
    return not authority and not _not_enterprise().search(name)


def _enterprises(organizations: list[Mention]) -> list[str]:
    """The organizations of a project that can run one: no ministries, commissions, unions."""
    return _unique([m.name or m.key for m in organizations if is_enterprise(m.name or m.key, authority=bool(m.attrs.get("authority")))])


def _project_place(view: SentenceView, s: int, e: int) -> str | None:
    """Where the project is: a city or partner region rather than Belarus as a whole. A place an
    enterprise comes from ("aus Mogilev") is not where the project is, and a Belarusian region
    that is not introduced by "in" is rather a partner's origin ("Erfahrungen der Region Brest")."""
    places = [m for m in view.places if not _is_adjective(m) and not _preceded_by(view, m, _ORIGIN)]
    located = [m for m in places if _located(view, m)]
    for group in (
        [m for m in located if m.kind == "city"],
        [m for m in located if m.kind == "region"],
        [m for m in places if m.kind == "region" and not m.key.startswith("BY")],
        [m for m in places if m.kind == "city" and _near(view, m, s, e)],
    ):
        if group:
            return _label(group[0])
    return None


_PLURAL_PROJECT = re.compile(r"(?:Ventures|zentren|werke|werken|stätten|anlagen|stationen|linien|einrichtungen|projekte|projekten)$", re.IGNORECASE)
def _status(text: str, trigger: int, lang: Language) -> str | None:
    """The status cue nearest to the trigger: "wurde mit der Montage begonnen, ... sollen 2011
    ausgeliefert werden" is an assembly under way, the plan is about the deliveries."""
    cues = lang.status.find(text)
    if not cues:
        return None
    return min(cues, key=lambda c: min(abs(c[1] - trigger), abs(c[2] - trigger)))[0]


def _projects(view: SentenceView, lang: Language) -> list[Fact]:
    found = [
        (k, s, e) for k, s, e in lang.projects.find(view.text, view.hits_of("project"))
        if not view.inside_organization(s, e) and view.text[e : e + 1] != "-"
    ]
    if not found:
        return []
    kind, s, e = min(found, key=lambda t: (PROJECT_PRIORITY.index(t[0]), t[1]))
    organizations = _enterprises(view.organizations)
    place = _project_place(view, s, e)
    product = _product(view, s, e, lang) or next((p for _, s2, e2 in found if (p := _product(view, s2, e2, lang))), None)
    # "Wer Straßen baut ..." names nobody and nothing: not a project
    if not (organizations or (product and place) or (place and kind in ("joint_venture", "service_centre", "assembly"))):
        return []
    # "die Herstellung von Kontakten" is no plant, and "Reserven ...: Joint Ventures, Transport"
    # is a wish list: a plant, or projects in the plural, need an enterprise that runs them
    if not organizations and (kind == "plant" or _PLURAL_PROJECT.search(view.text[s:e])):
        return []
    status = _status(view.text, s, lang)
    data = {
        "kind": kind,
        "organizations": organizations,
        "place": place,
        "product": product,
        "status": status,
        "evidence": view.text,
    }
    return [Fact("project", data, view.index, view.text)]


# -- the component ---------------------------------------------------------------------------

def add_facts(doc: Document) -> None:
    """Append agreements, events and projects read from `doc`'s sentences to `doc.facts`."""
    lang = language("de")  # Russian and English lexicons will be chosen by doc.language
    hits = lang.triggers.by_sentence(doc) if doc.sentences else {}
    if hits is None:
        families = (("agreement", lang.agreements), ("event", lang.events), ("project", lang.projects))
        triggered = {family: _triggered_sentences(doc, lexicon) for family, lexicon in families}
    else:
        triggered = {family: {i for i, found in hits.items() if family in found} for family in FAMILIES}
    if not any(triggered.values()):
        return
    for view in _views(doc, set().union(*triggered.values())):
        wanted = [family for family in FAMILIES if view.index in triggered[family]]
        if not wanted:
            continue
        view.trigger_hits = None if hits is None else hits[view.index]
        dates = SentenceDates(view.text, doc.date, lang)
        if "agreement" in wanted:
            doc.facts.extend(_agreements(view, doc.date, lang, dates))
        if "event" in wanted:
            doc.facts.extend(_events(view, doc.date, lang, dates))
        if "project" in wanted:
            doc.facts.extend(_projects(view, lang))


def _triggered_sentences(doc: Document, lexicon: Lexicon) -> set[int]:
    """Indexes of the sentences that may hold a trigger of `lexicon` (a superset).

    Most sentences hold no fact: the literal prefilter names the few that contain a trigger's
    literal core, in one automaton pass over the whole text.
    """
    positions = lexicon.prefilter.positions(doc.text, doc.lowered)
    if positions is None:
        return {doc.sentence_at(m.start()) for m in lexicon.regex.finditer(doc.text)}
    sentence_at = doc.sentence_finder()
    return {sentence_at(p) for p in positions} if doc.sentences else set()


def to_contract_facts(doc: Document) -> dict[str, list[dict]]:
    """The contract's `agreements`, `events` and `projects` keys for one processed document."""
    out: dict[str, list[dict]] = {"agreements": [], "events": [], "projects": []}
    for fact in doc.facts:
        key = {"agreement": "agreements", "event": "events", "project": "projects"}.get(fact.kind)
        if key:
            out[key].append(dict(fact.data))
    return out
