"""Sets of non-overlapping character spans with logarithmic overlap tests.

Components choose mentions greedily (longest first) and drop any candidate that overlaps one
already chosen. Testing each candidate against every chosen span is quadratic in a long text;
the chosen spans never overlap one another, so kept sorted by start they are sorted by end too,
and the only chosen span that can overlap [start, end) is the last one starting before `end`.
"""
from __future__ import annotations

import bisect


class DisjointSpans:
    """Spans [start, end) of which no two overlap (`a < d and c < b` for [a, b) and [c, d)),
    sorted by (start, end)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span [a, b) overlaps [start, end): `start < b and a < end`."""
        i = bisect.bisect_left(self._starts, end)  # the spans [0, i) start before `end`
        return i > 0 and self._ends[i - 1] > start  # and the last of them ends last

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the others."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] == start and self._ends[i] < end:
            i += 1
        self._starts.insert(i, start)
        self._ends.insert(i, end)
