"""Paragraph-level helpers shared by the cleaners."""
from __future__ import annotations

import re

_KEY = re.compile(r"\W+")
_BLANK_LINE = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a cleaned text (separated by blank lines)."""
    return [p.strip() for p in _BLANK_LINE.split(text) if p.strip()]


def paragraph_key(paragraph: str) -> str:
    """Identity of a paragraph for duplicate detection: words only, case-folded."""
    return _KEY.sub(" ", paragraph.casefold()).strip()


def dedupe_paragraphs(paragraphs: list[str]) -> tuple[list[str], int]:
    """Keep the first occurrence of every paragraph (scraped pages repeat whole blocks).
    Returns the kept paragraphs and how many were dropped."""
    seen: set[str] = set()
    kept: list[str] = []
    for p in paragraphs:
        key = paragraph_key(p)
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(p)
    return kept, len(paragraphs) - len(kept)


def word_count(text: str) -> int:
    return len(text.split())
