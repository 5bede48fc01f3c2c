"""Sets of non-overlapping character spans with logarithmic overlap tests.

Components choose mentions greedily (longest first) and drop any candidate that overlaps one
already chosen. Testing each candidate against every chosen span is quadratic in a long text;
the chosen spans never overlap one another, so kept sorted by start they are sorted by end too,
and the only chosen span that can overlap [start, end) is the last one starting before `end`.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate


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


class SpanCover:
    """Spans [start, end) that may overlap, to ask whether an offset or a span lies inside one of
    them by binary search instead of a loop over all of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        # the furthest end among the spans up to each one: some span starting at or before an
        # offset reaches beyond it exactly when the furthest of them does
        self._reach = list(accumulate((end for _, end in ordered), max))

    def _furthest_end(self, start: int) -> int | None:
        i = bisect.bisect_right(self._starts, start)  # the spans [0, i) start at or before `start`
        return self._reach[i - 1] if i else None

    def covers(self, offset: int) -> bool:
        """Whether some span holds `offset`: `start <= offset < end`."""
        reach = self._furthest_end(offset)
        return reach is not None and reach > offset

    def contains(self, start: int, end: int) -> bool:
        """Whether some span holds all of [start, end): `s <= start and end <= e`."""
        reach = self._furthest_end(start)
        return reach is not None and reach >= end
