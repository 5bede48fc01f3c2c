"""The agency dateline that opens a news item: `MINSK, 7. Februar (BelTA) - ...`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from regiomonitor.ingest.months import month_number, month_pattern

# Only the first lines of a document can hold the dateline.
SEARCH_LINES = 12
# The first SEARCH_LINES lines after leading whitespace, matched without touching the rest.
_LEADING = re.compile(r"\s*((?:[^\n]*\n){0,%d}[^\n]*)" % (SEARCH_LINES - 1))
LONG_TEXT_CHARS = 10_000


@dataclass(frozen=True)
class Dateline:
    place: str
    day: int | None  # None: a wire dateline without a date (`Grodno (dpa) - ...`)
    month: int | None
    year: int | None
    agency: str | None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(
        r"^\s*(?P<place>(?-i:[A-ZÄÖÜА-Я])[\w.\- ]{1,40}?),\s+"
        r"(?:(?P<day>\d{1,2})\.?\s*(?P<month>" + month_pattern() + r")\.?"
        r"(?:\s+(?P<year>\d{4}))?"
        r"|(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>\d{4}))\s*"  # `Dresden, 16.05.2024 –`
        r"(?:[(/](?P<agency>[^()\n]{2,30})[)/]\s*)?"
        # a dash or colon ends the dateline; after a full date with its year or after the agency a
        # full stop does too (`Mogiljow, 12. Oktober 2022. In der Stadt ...`, `14.05.2025 /Khovar/.`)
        r"(?:[-–—:]|(?<=\d{4})\.(?=\s)|(?<=[)/])\.(?=\s))",
        re.IGNORECASE,
    )


# a wire service's dateline names place and agency only: `Grodno (dpa) - Auf dem Forum ...`,
# `Wien (APA/dpa) – ...`; the agency is one word or several joined by slashes, and a sentence follows
_UNDATED = re.compile(
    r"^\s*(?P<place>[A-ZÄÖÜ][\w.\-]{1,30}(?:[ /][A-ZÄÖÜ][\w.\-]{1,30})?)\s+"
    r"\((?P<agency>[A-Za-z][\w.\-]{1,15}(?:/[A-Za-z][\w.\-]{1,15}){0,2})\)\s*[-–—]\s+(?=\S.{30})")


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of one of the first lines of `text`, or None."""
    pattern = _pattern()
    for line in _leading_lines(text):
        m = pattern.match(line)
        if not m:
            undated = _UNDATED.match(line)
            if undated and not _is_place_name(undated.group("agency")):
                return Dateline(undated.group("place"), None, None, None, undated.group("agency"))
            continue
        if m.group("nday"):
            day, month, year = int(m.group("nday")), int(m.group("nmonth")), int(m.group("nyear"))
            if not 1 <= month <= 12:
                continue
        else:
            month = month_number(m.group("month"))
            day = int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else None
        if month and 1 <= day <= 31:
            agency = (m.group("agency") or "").strip() or None
            return Dateline(m.group("place").strip(), day, month, year, agency)
    return None


def _leading_lines(text: str) -> list[str]:
    """The first SEARCH_LINES lines of `text` after leading whitespace. split() copies all the
    rest of the text: on a long one the regex cuts the lines off first."""
    if len(text) > LONG_TEXT_CHARS:
        text = _LEADING.match(text).group(1)
    return text.lstrip().split("\n", SEARCH_LINES)[:SEARCH_LINES]


def _is_place_name(word: str) -> bool:
    """`Minsk (Belarus) - ...` is a place and its country, not a dateline with an agency."""
    from regiomonitor.knowledge.places import gazetteer

    return gazetteer().automaton.exists(word.lower())
