"""Pipeline component: the fields of cooperation a document substantially deals with.

Every word is looked up in the sector lexicon (a term inside a word counts, for German
compounds: `Landmaschinen` contains `maschine`); one word adds each term's weight at most once.
A sector is kept when its score reaches the lexicon's absolute minimum and its share of all
sector scores, so that a passing word does not make a topic.
"""
from __future__ import annotations

import re

from regiomonitor.knowledge.sectors import sector_lexicon
from regiomonitor.nlp.document import Document

_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")


def score_sectors(text: str) -> dict[str, float]:
    lex = sector_lexicon()
    scores: dict[str, float] = {}
    has_inside = len(lex.inside) > 0
    for m in _WORD.finditer(text):
        word = m.group(0).lower()
        hits: dict[tuple[str, str], float] = {}
        for sector, weight in lex.whole.get(word, ()):
            hits[(sector, word)] = weight
        if has_inside:
            for _, values in lex.inside.iter(word):
                for sector, weight in values:
                    hits[(sector, "")] = max(hits.get((sector, ""), 0.0), weight)
        for (sector, _), weight in hits.items():
            scores[sector] = scores.get(sector, 0.0) + weight
    return scores


def select_sectors(scores: dict[str, float]) -> dict[str, float]:
    lex = sector_lexicon()
    total = sum(scores.values()) or 1.0
    return {
        key: round(value, 2)
        for key, value in sorted(scores.items(), key=lambda kv: -kv[1])
        if value >= lex.min_score and value / total >= lex.min_share
    }


def add_sectors(doc: Document) -> None:
    doc.sectors = select_sectors(score_sectors(doc.text))
