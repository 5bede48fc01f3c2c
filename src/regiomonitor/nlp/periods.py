"""Time expressions that date a figure: years, year ranges, month ranges, quarters, halves,
`in 10 Monaten des Jahres 2020`, and relative years (`in diesem Jahr`) against the document date.

Years named only for comparison (`im Vergleich zu 2012`, `gegenüber 2019`, `seit 2015`) are not
the year a figure refers to and are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from regiomonitor.knowledge.files import data_path, read_tsv
from regiomonitor.nlp.literals import automaton_of, folded, required_literals

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_COMPARISON = re.compile(
    r"(?:(?:im\s+vergleich\s+(?:zu[mr]?|mit)|verglichen\s+mit|gegenüber|seit|vor|als|ab|nach)\s+(?:(?:dem|den|der|des)\s+)?(?:(?:jahr|jahren|jahre)\s+)?"
    r"|(?:wie|als)\s+(?:im|in\s+dem)\s+(?:gleichen|selben|entsprechenden|vergleichbaren)\s+zeitraum\s+(?:des\s+(?:jahres|vorjahres)\s+)?)$",
    re.IGNORECASE,
)
# `_COMPARISON` read backwards, tried once at the start of the reversed stretch: `re` tries the
# `$`-anchored original at every position of the 40 characters before a year, the reversed one
# fails at the first characters unless a comparison word ends right there. (Every branch of the
# original ends with `\s+`, so its `$` before a final line break finds nothing the end would not.)
_COMPARISON_REVERSED = re.compile(
    r"(?:\s+(?:rhaj|nerhaj|erhaj))?(?:\s+(?:med|ned|red|sed))?\s+"
    r"(?:(?:[mr]?uz|tim)\s+hcielgrev\s+mi|tim\s+nehcilgrev|rebünegeg|ties|rov|sla|ba|hcan)"
    r"|(?:\s+(?:serhaj|serhajrov)\s+sed)?\s+muartiez\s+(?:nehcielg|nebles|nednehcerpstne|nerabhcielgrev)\s+"
    r"(?:mi|med\s+ni)\s+(?:eiw|sla)",
    re.IGNORECASE,
)


def _ends_with_comparison(stretch: str) -> bool:
    """Whether `_COMPARISON` (a comparison word, `im Vergleich zum Jahr`) ends `stretch`."""
    return _COMPARISON_REVERSED.match(stretch[::-1]) is not None


# the previous year named, its number given in brackets: `des Vorjahres [2020]`, `Vorjahr (2020)`
_PREVIOUS_YEAR_NAMED = re.compile(r"vorjahr(?:es|s)?\s*[\[(]\s*$|vorjahreszeitraum(?:s)?\s*[\[(]\s*$", re.IGNORECASE)
_ORDINALS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4}
_COUNT_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12,
}


@dataclass
class TimeRef:
    start: int
    end: int
    year: int | None
    period: str | None
    range_years: tuple[int, int] | None = None
    months: tuple[int, int] | None = None  # a month range whose year the text leaves to context
    relative: bool = False  # a year said against the document's date (`im vergangenen Jahr`)

    def with_year(self, year: int | None) -> "TimeRef":
        if year is None or self.months is None:
            return self
        first, last = self.months
        return TimeRef(self.start, self.end, year, f"{year:04d}-{first:02d}..{year:04d}-{last:02d}")


@cache
def _months() -> dict[str, int]:
    return {row["name"]: int(row["month"]) for row in read_tsv(data_path("lang", "de", "months.tsv"))}


@cache
def _patterns() -> dict[str, re.Pattern]:
    month = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    count = r"\d{1,2}|" + "|".join(_COUNT_WORDS)
    return {
        "year_range": re.compile(
            rf"(?:zwischen|von)\s+(?:(?:dem\s+)?jahre?n?\s+)?({YEAR})\s+(?:und|bis(?:\s+zum)?)\s+(?:jahre?\s+)?({YEAR})|\b({YEAR})\s*[-–—/]\s*({YEAR})\b",
            re.IGNORECASE,
        ),
        "month_range": re.compile(
            rf"\b({month})\.?\s*(?:[-–—/]|bis|und)\s*({month})\.?(?:\s+(?:des\s+jahres\s+)?({YEAR}))?",
            re.IGNORECASE,
        ),
        "months": re.compile(
            rf"\b(?:in\s+)?(?:den\s+)?(?:ersten\s+)?({count})\s+monate?n?(?:\s+(?:des\s+jahres\s+)?({YEAR}))?",
            re.IGNORECASE,
        ),
        "quarter": re.compile(
            rf"\b(ersten|zweiten|dritten|vierten|[1-4]\.)\s+quartal(?:s|es)?(?:\s+(?:des\s+jahres\s+)?({YEAR}))?",
            re.IGNORECASE,
        ),
        # `Q1 2024`, `Q3/2024`, `H1 2025` (upper case only: `h1` is no half-year)
        "quarter_short": re.compile(rf"\b([QH][1-4])(?:\s*/?\s*({YEAR}))?\b"),
        "quarters": re.compile(
            rf"\b(?:in\s+)?(?:den\s+)?(?:ersten\s+)?(zwei|drei|2|3)\s+quartalen(?:\s+(?:des\s+jahres\s+)?({YEAR}))?",
            re.IGNORECASE,
        ),
        "half": re.compile(
            rf"\b(ersten|zweiten|1\.|2\.)\s+(?:jahreshälfte|halbjahr(?:es|s)?)(?:\s+(?:des\s+jahres\s+)?({YEAR}))?",
            re.IGNORECASE,
        ),
        "relative": re.compile(
            r"\b(?:(?:in\s+)?diese[msn]?\s+jahr(?:es)?|im\s+laufenden\s+jahr|des\s+laufenden\s+jahres|heuer"
            r"|(?:im\s+)?(?:(?:gesamten|ganzen)\s+)?(?:vergangenen|letzten|vorigen)\s+jahr(?:es)?"
            r"|im\s+(?:(?:gesamten|ganzen)\s+)?vorjahr|im\s+vorjahreszeitraum"
            r"|(?:im\s+)?(?:nächsten|kommenden)\s+jahr(?:es)?)\b"
            r"|\(\s*vorjahr(?:eszeitraum)?(?=\s*:)",  # `(Vorjahr: 2,9 Mrd. Euro)`
            re.IGNORECASE,
        ),
        # a year told from the one the text named before: `ein Jahr später`, `im Jahr davor`
        "sequel": re.compile(
            r"\b(?:ein\s+jahr\s+(?:später|danach|darauf|zuvor|davor|früher)"
            r"|im\s+(?:(?:darauf)?folgenden\s+jahr|jahr\s+(?:darauf|danach|davor|zuvor)|folgejahr)"
            r"|im\s+(?:selben|gleichen)\s+jahr)\b",
            re.IGNORECASE,
        ),
        # the guard before the year tested after its four digits: `re` skips to a 1 or 2
        "year": re.compile(rf"({YEAR})(?<![\d.,]\d{{4}})(?![\d])"),
    }


@cache
def _literals() -> dict[str, frozenset[str] | None]:
    """Per pattern, the literals one of which its every match contains (None: not known).
    Most sentences hold no `Monat`, `Quartal` or `Jahr`: their patterns need not run there."""
    return {kind: required_literals(p.pattern, p.flags) for kind, p in _patterns().items()}


# a year as `YEAR` has it, without the guards: where fewer than two stand, no range of years does
_YEAR_DIGITS = re.compile(r"19[5-9]\d|20[0-4]\d")
# the first year of a range and what joins it to the second (`2016-`, `2021 bis`, `2005 und`):
# every match of the year range pattern holds it, and `re` skips to its digits where the
# range pattern, opening with `zwischen`, `von` or `\b`, tries every position
_YEAR_JOINED = re.compile(rf"{YEAR}(?:\s*[-–—/]|\s+(?:und|bis)\s)", re.IGNORECASE)


_MONTH = "month name"


@cache
def _kinds_without_literals() -> frozenset[str]:
    return frozenset(kind for kind, literals in _literals().items() if literals is None)


@cache
def _triggers() -> ahocorasick.Automaton:
    """One automaton over the literals of all patterns (`_literals`) and the month names."""
    labels: dict[str, set[str]] = {}
    for kind, literals in _literals().items():
        for literal in literals or ():
            labels.setdefault(literal, set()).add(kind)
    for name in _months():
        labels.setdefault(name, set()).add(_MONTH)
    return automaton_of({literal: frozenset(kinds) for literal, kinds in labels.items()})


def _possible_kinds(text: str, start: int, end: int, low: str | None) -> set[str]:
    """The patterns that may match in text[start:end] (`low`: it `folded`): those without
    literals and those whose literals it holds (one automaton pass for all), but a month range
    only where month names stand at two places and a year range only where two years do (their
    patterns name no literal, and trying them at every word costs)."""
    if low is None:
        kinds = set(_patterns())
    else:
        kinds = set(_kinds_without_literals())
        month_starts = set()
        for last, (length, labels) in _triggers().iter(low):
            kinds |= labels
            if _MONTH in labels:
                month_starts.add(last - length + 1)
        kinds.discard(_MONTH)
        if len(month_starts) < 2:
            kinds.discard("month_range")
    if not _two_years(text, start, end) or not _YEAR_JOINED.search(text, start, end):
        kinds.discard("year_range")
    return kinds


def _two_years(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds two years, as a year range needs."""
    years = _YEAR_DIGITS.finditer(text, start, end)
    return next(years, None) is not None and next(years, None) is not None


_SEQUEL_CONTEXT = 600  # characters before `ein Jahr später` in which its year was named


def _year_named_before(text: str, offset: int) -> int | None:
    """The last year the text named in the stretch before `offset`."""
    years = list(_patterns()["year"].finditer(text, max(0, offset - _SEQUEL_CONTEXT), offset))
    return int(years[-1].group(1)) if years else None


def _lower(word: str) -> str:
    """`word` lower-cased as `re.IGNORECASE` matches it: that matches the long s and the Kelvin
    sign as `s` and `k`, `lower()` keeps them, and tables keyed by `s` and `k` would miss them."""
    return word.lower().replace("ſ", "s").replace("\u212a", "k")


def _month_period(year: int | None, first: int, last: int) -> str | None:
    if year is None:
        return None
    return f"{year:04d}-{first:02d}..{year:04d}-{last:02d}"


def _previous_year(refs: list[TimeRef], m: re.Match, doc_year: int | None) -> TimeRef | None:
    """`im Vorjahr`, `(Vorjahr: ...)`, `im Vorjahreszeitraum`: the year before the one the
    sentence has named before it (`2024 ... 3,1 Mrd. Euro (Vorjahr: 2,9 Mrd. Euro)` is 2023), the
    same months of it for `Vorjahreszeitraum`; with no year named, the year before the document's."""
    named = [r for r in refs if r.end <= m.start() and r.year is not None]
    if not named:
        return None if doc_year is None else TimeRef(m.start(), m.end(), doc_year - 1, None)
    base = max(named, key=lambda r: r.end)
    year = base.year - 1
    if "zeitraum" in m.group(0).lower() and base.period:
        first, last = base.period[5:7], base.period[-2:]
        return TimeRef(m.start(), m.end(), year, f"{year:04d}-{first}..{year:04d}-{last}")
    return TimeRef(m.start(), m.end(), year, None)


def find_times(text: str, start: int, end: int, doc_year: int | None) -> list[TimeRef]:
    """All time expressions in text[start:end], without overlaps, in text order."""
    pats = _patterns()
    possible = _possible_kinds(text, start, end, folded(text[start:end]))
    refs: list[TimeRef] = []
    taken: list[tuple[int, int]] = []

    def matches(kind: str):
        """The pattern's matches in the stretch; none where it cannot match."""
        return pats[kind].finditer(text, start, end) if kind in possible else ()

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    def add(ref: TimeRef) -> None:
        refs.append(ref)
        taken.append((ref.start, ref.end))

    for m in matches("year_range"):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        add(TimeRef(m.start(), m.end(), None, f"{a}..{b}", (int(a), int(b))))
    for m in matches("month_range"):
        if not free(m.start(), m.end()):
            continue
        if _ends_with_comparison(text[max(0, m.start() - 40):m.start()]):
            taken.append((m.start(), m.end()))  # `132,5 % gegenüber Januar–Mai 2020`: the base of a comparison, its year too
            continue
        first, last = _months()[_lower(m.group(1))], _months()[_lower(m.group(2))]
        if last < first:
            continue
        year = int(m.group(3)) if m.group(3) else None
        add(TimeRef(m.start(), m.end(), year, _month_period(year, first, last) or f"?-{first:02d}..?-{last:02d}"))
    for kind in ("months", "quarter", "quarter_short", "quarters", "half"):
        for m in matches(kind):
            if not free(m.start(), m.end()):
                continue
            if _ends_with_comparison(text[max(0, m.start() - 40):m.start()]):
                taken.append((m.start(), m.end()))
                continue
            word = _lower(m.group(1))
            if kind == "months":
                n = int(word) if word.isdigit() else _COUNT_WORDS.get(word, 0)
                if not 1 <= n <= 12:
                    continue
                first, last = 1, n
            elif kind == "quarter":
                q = _ORDINALS.get(word)
                if q is None:
                    continue
                first, last = 3 * q - 2, 3 * q
            elif kind == "quarter_short":
                n = int(word[1])
                if word[0] == "q":
                    first, last = 3 * n - 2, 3 * n
                elif n <= 2:
                    first, last = (1, 6) if n == 1 else (7, 12)
                else:
                    continue
            elif kind == "quarters":
                first, last = 1, 3 * (2 if word in ("zwei", "2") else 3)
            else:
                h = _ORDINALS.get(word)
                if h is None:
                    continue
                first, last = (1, 6) if h == 1 else (7, 12)
            year = int(m.group(2)) if m.group(2) else None
            add(TimeRef(m.start(), m.end(), year, _month_period(year, first, last) or f"?-{first:02d}..?-{last:02d}"))
    for m in matches("sequel"):
        named = _year_named_before(text, m.start())
        if named is not None and free(m.start(), m.end()):
            phrase = m.group(0).lower()
            step = 0 if ("selben" in phrase or "gleichen" in phrase) else -1 if any(w in phrase for w in ("zuvor", "davor", "früher")) else 1
            add(TimeRef(m.start(), m.end(), named + step, None))
    for m in matches("year"):
        if not free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        # its every match ends with a bracket and spaces: most years stand after none
        if before.rstrip().endswith(("[", "(")) and _PREVIOUS_YEAR_NAMED.search(before):
            # `gegenüber dem Vorjahreszeitraum [2020]`: the base year; the figure is of the year after
            add(TimeRef(m.start(), m.end(), int(m.group(1)) + 1, None))
            continue
        if _ends_with_comparison(before[-40:]):
            continue
        add(TimeRef(m.start(), m.end(), int(m.group(1)), None))
    for m in matches("relative"):
        if not free(m.start(), m.end()):
            continue
        phrase = m.group(0).lower()
        if _ends_with_comparison(text[max(0, m.start() - 40):m.start()]) or "vorjahr" in phrase and "gegenüber" in text[max(0, m.start() - 20):m.start()].lower():
            continue
        if "vorjahr" in phrase:
            ref = _previous_year(refs, m, doc_year)
            if ref is not None:
                add(ref)
            continue
        if doc_year is None:
            continue
        offset = -1 if any(w in phrase for w in ("vergangen", "letzt", "vorig")) else 1 if any(w in phrase for w in ("nächst", "kommend")) else 0
        add(TimeRef(m.start(), m.end(), doc_year + offset, None, relative=offset != 0))
    refs.sort(key=lambda r: r.start)
    # a month range or count without its own year takes the nearest year in the same stretch (not
    # one said against the date: `im Januar–Juli ..., im vergangenen Jahr waren es ...` is this year's)
    years = [r for r in refs if r.year is not None and r.period is None and not r.relative]
    for r in refs:
        if r.period and r.period.startswith("?-") and years:
            nearest = min(years, key=lambda y: abs(y.start - r.start))
            first, last = r.period[2:4], r.period[-2:]
            r.year = nearest.year
            r.period = f"{nearest.year:04d}-{first}..{nearest.year:04d}-{last}"
    for r in refs:
        if r.period and r.period.startswith("?-"):
            r.months = (int(r.period[2:4]), int(r.period[-2:]))
            r.period = None
    return refs
