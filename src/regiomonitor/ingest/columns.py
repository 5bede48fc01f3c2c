"""Two columns printed side by side (what `pdftotext -layout` makes of a two-column page), read
one after the other: the left column of a stretch, then its right column.

A stretch of two columns is a run of lines that all leave a gutter free at one position: lines
with text on both sides of it, lines that end before it (the left column alone, or blank) and
lines that start after it (the right column alone). A line of text across the gutter (a heading
over both columns, a caption, a footnote) ends the stretch. Only a stretch whose two sides read
as running text is unfolded: the aligned cells of a table or a chart stay as they are.
"""
from __future__ import annotations

import re
from collections import Counter

GUTTER_MIN = 3  # spaces between the columns
MIN_TWO_SIDED = 4  # lines with text on both sides, for a stretch to count as two columns
MIN_LEFT_WIDTH = 25  # the right column starts at least this far in
_GAP = re.compile(r"\S( {%d,})(?=\S)" % GUTTER_MIN)  # (spaces only: a gap never crosses a line)
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")


def _right_starts(line: str) -> list[int]:
    """Where text starts after a gap of GUTTER_MIN or more spaces inside `line`."""
    return [m.end(1) for m in _GAP.finditer(line) if m.end(1) >= MIN_LEFT_WIDTH]


def _gutter(text: str) -> int | None:
    """The position where the right column starts in most lines with text on both sides."""
    counts: Counter[int] = Counter()
    for m in _GAP.finditer(text):  # (over the whole text at once: most lines hold no gap)
        start = m.end(1) - text.rfind("\n", 0, m.start()) - 1
        if start >= MIN_LEFT_WIDTH:
            counts[start] += 1
    if not counts:
        return None
    # (a right column's lines start within a character or two of one another)
    best = max(counts, key=lambda p: counts[p - 1] + counts[p] + counts[p + 1] + counts[p + 2])
    support = sum(counts[p] for p in range(best - 1, best + 3))
    return best if support >= MIN_TWO_SIDED else None


def _split(line: str, gutter: int) -> tuple[str, str] | None:
    """`line` as (left, right) around a gutter at `gutter`, or None when text runs across it."""
    if not line.strip():
        return "", ""
    if len(line.rstrip()) <= gutter - GUTTER_MIN + 1:
        return line.rstrip(), ""  # the left column alone
    if not line[:gutter - 1].strip():
        return "", line.strip()  # the right column alone
    for start in _right_starts(line):
        if gutter - 1 <= start <= gutter + 2:
            left, right = line[:start].strip(), line[start:].strip()
            # (a page number beside a running head is the page's head line, no two columns)
            return None if left.isdigit() or right.isdigit() else (line[:start].rstrip(), right)
    return None


def _reads_as_text(parts: list[str]) -> bool:
    """Most of the non-empty parts hold three words or more (prose, not table cells)."""
    filled = [p for p in parts if p]
    return bool(filled) and sum(len(_WORD.findall(p)) >= 3 for p in filled) >= 0.7 * len(filled)


def unfold_columns(text: str) -> str:
    """`text` with its stretches of side-by-side columns read left column first."""
    if " " * GUTTER_MIN not in text:
        return text  # most texts: no gap anywhere
    gutter = _gutter(text)
    if gutter is None:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        stretch: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and (parts := _split(lines[j], gutter)) is not None:
            stretch.append(parts)
            j += 1
        two_sided = [(left, right) for left, right in stretch if left and right]
        if len(two_sided) >= MIN_TWO_SIDED and _reads_as_text([left for left, _ in two_sided]) \
                and _reads_as_text([right for _, right in two_sided]):
            out.extend(left for left, _ in stretch)
            out.append("")
            out.extend(right for _, right in stretch)
        else:
            out.extend(lines[i:j])
        if j < len(lines):
            out.append(lines[j])  # the line across the gutter that ended the stretch
            j += 1
        i = j
    return "\n".join(out)
