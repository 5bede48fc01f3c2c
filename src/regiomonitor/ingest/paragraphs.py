"""Paragraph-level helpers shared by the cleaners."""
from __future__ import annotations

import re
from collections import Counter

_KEY = re.compile(r"\W+")
_BLANK_LINE = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a cleaned text (separated by blank lines)."""
    return [p.strip() for p in _BLANK_LINE.split(text) if p.strip()]


def paragraph_key(paragraph: str) -> str:
    """Identity of a paragraph for duplicate detection: words only, case-folded."""
    return _KEY.sub(" ", paragraph.casefold()).strip()


# Letters that only their own capital case-folds to (unlike s: ß -> ss, or i: İ -> i̇).
FINGERPRINT_LETTERS = "erd"


def _fingerprint(paragraph: str) -> tuple[int, ...]:
    """A cheap function of the paragraph's key: the key keeps every letter of the case-folded
    paragraph, so paragraphs with equal keys have equal counts of these letters (counted
    without case-folding the paragraph, which costs ten times more)."""
    return tuple(paragraph.count(ch) + paragraph.count(ch.upper()) for ch in FINGERPRINT_LETTERS)


def dedupe_paragraphs(paragraphs: list[str]) -> tuple[list[str], int]:
    """Keep the first occurrence of every paragraph (scraped pages repeat whole blocks).
    Returns the kept paragraphs and how many were dropped."""
    # The key (a regex over the whole paragraph) is the slow part on long texts; a paragraph
    # whose fingerprint no other paragraph shares can neither repeat nor be repeated.
    fingerprints = [_fingerprint(p) for p in paragraphs]
    shared = {f for f, n in Counter(fingerprints).items() if n > 1}
    seen: set[str] = set()
    kept: list[str] = []
    for p, fingerprint in zip(paragraphs, fingerprints):
        if fingerprint not in shared:
            kept.append(p)
            continue
        key = paragraph_key(p)
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(p)
    return kept, len(paragraphs) - len(kept)


def word_count(text: str) -> int:
    return len(text.split())


# a table's row: a short label, then two numbers or more (`Gebiet Kaluga 389,6 222,4 612,0 +6,8`), or a
# year and one number or more (`2023 48,0`); no sentence
_CELL = r"(?:\s+[+-]?\d[\d ,]*%?|\s+[-–])"
_TABLE_ROW_LINE = re.compile(rf"[^\d\s.,;:!?][^\d.;:!?]{{0,50}}?{_CELL}{{2,}}\s*|(?:19|20)\d\d{_CELL}+\s*")


def is_table_line(text: str) -> bool:
    return _TABLE_ROW_LINE.fullmatch(text) is not None
