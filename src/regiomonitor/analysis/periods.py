"""Periods of figures as month intervals, so that "the first ten months of 2021" can be compared
with "2021" (part of it) and with "2020..2022" (inside it).

The figures component writes `year` and a free `period` (`2021-01..2021-10`, `2020..2022`); a
figure with only a year covers that whole year. Months are counted as `year * 12 + month - 1`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")

_YM = r"(\d{4})(?:-(\d{1,2}))?"
_RANGE = re.compile(rf"^\s*{_YM}\s*\.\.\s*{_YM}\s*$")
_SINGLE = re.compile(rf"^\s*{_YM}\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})-Q([1-4])\s*$", re.IGNORECASE)
_HALF = re.compile(r"^\s*(\d{4})-H([12])\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Span:
    first: int  # inclusive month number
    last: int  # inclusive month number

    @property
    def key(self) -> str:
        """Canonical text: `2021`, `2020..2022`, `2021-01..2021-10`."""
        fy, fm = divmod(self.first, 12)
        ly, lm = divmod(self.last, 12)
        if fm == 0 and lm == 11:
            return str(fy) if fy == ly else f"{fy}..{ly}"
        return f"{fy:04d}-{fm + 1:02d}..{ly:04d}-{lm + 1:02d}"

    @property
    def year(self) -> int:
        """The year the span ends in (a chart's x position)."""
        return self.last // 12

    @property
    def months(self) -> int:
        return self.last - self.first + 1

    def label(self) -> str:
        """German label for tables: `2021`, `2020–2022`, `Januar–Oktober 2021`."""
        fy, fm = divmod(self.first, 12)
        ly, lm = divmod(self.last, 12)
        if fm == 0 and lm == 11:
            return str(fy) if fy == ly else f"{fy}–{ly}"
        if fy == ly:
            if fm == lm:
                return f"{MONTHS_DE[fm]} {fy}"
            return f"{MONTHS_DE[fm]}–{MONTHS_DE[lm]} {fy}"
        return f"{MONTHS_DE[fm]} {fy} – {MONTHS_DE[lm]} {ly}"

    def inside(self, other: Span) -> bool:
        """Strictly part of `other` (contained and shorter)."""
        return other.first <= self.first and self.last <= other.last and self != other

    def within(self, other: Span) -> bool:
        return other.first <= self.first and self.last <= other.last


def _month(year: str, month: str | None, end: bool) -> int | None:
    m = int(month) if month else (12 if end else 1)
    if not 1 <= m <= 12:
        return None
    return int(year) * 12 + m - 1


def span_of(year: int | None, period: str | None) -> Span | None:
    """The months a figure covers, or None when the text gave no time (or one we cannot read)."""
    if period:
        m = _RANGE.match(period)
        if m:
            first, last = _month(m.group(1), m.group(2), False), _month(m.group(3), m.group(4), True)
            if first is not None and last is not None and first <= last:
                return Span(first, last)
            return None
        m = _SINGLE.match(period)
        if m:
            first, last = _month(m.group(1), m.group(2), False), _month(m.group(1), m.group(2), True)
            return Span(first, last) if first is not None and last is not None else None
        m = _QUARTER.match(period)
        if m:
            q = int(m.group(2))
            return Span(int(m.group(1)) * 12 + 3 * q - 3, int(m.group(1)) * 12 + 3 * q - 1)
        m = _HALF.match(period)
        if m:
            h = int(m.group(2))
            return Span(int(m.group(1)) * 12 + 6 * h - 6, int(m.group(1)) * 12 + 6 * h - 1)
    if year is not None:
        return Span(int(year) * 12, int(year) * 12 + 11)
    return None
