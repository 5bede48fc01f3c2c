"""Sector lexicon (`data/sectors/de.yaml`): term -> weight per sector key, and the threshold."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from regiomonitor.knowledge.files import data_path, read_yaml

SECTOR_KEYS = (
    "machinery", "agriculture_food", "energy_chemicals", "construction", "transport_logistics",
    "light_industry", "trade_finance", "science_technology", "education", "culture_tourism",
    "health", "media_information", "politics_diplomacy", "environment",
)


@dataclass
class SectorLexicon:
    inside: ahocorasick.Automaton  # term found inside a lowercased word -> [(sector, weight)]
    whole: dict[str, list[tuple[str, float]]]  # `=term`: the whole lowercased word
    min_score: float
    min_share: float
    min_hits: int
    short_text: int = 0  # characters: a shorter text is one news item on few topics ...
    min_share_short: float = 0.0  # ... and needs this share for a sector instead of min_share
    # a sector named by many words is substantial with a smaller share (a long text on many topics)
    many_hits: int = 0  # 0: no such second way
    many_min_score: float = 0.0
    many_min_share: float = 0.0
    # a document that reports this many figures of trade or deals deals with trade (0: off)
    trade_figures: int = 0


@cache
def sector_lexicon(language: str = "de") -> SectorLexicon:
    raw = read_yaml(data_path("sectors", f"{language}.yaml")) or {}
    threshold = raw.get("threshold") or {}
    inside: dict[str, list[tuple[str, float]]] = {}
    whole: dict[str, list[tuple[str, float]]] = {}
    for key in SECTOR_KEYS:
        for term, weight in (raw.get(key) or {}).items():
            term = str(term).lower()
            target = whole if term.startswith("=") else inside
            target.setdefault(term.lstrip("="), []).append((key, float(weight)))
    automaton = ahocorasick.Automaton()
    for term, values in inside.items():
        automaton.add_word(term, values)
    if inside:
        automaton.make_automaton()
    return SectorLexicon(
        automaton,
        whole,
        float(threshold.get("min_score", 5)),
        float(threshold.get("min_share", 0.08)),
        int(threshold.get("min_hits", 2)),
        int(threshold.get("short_text", 0)),
        float(threshold.get("min_share_short", threshold.get("min_share", 0.08))),
        int(threshold.get("many_hits", 0)),
        float(threshold.get("many_min_score", 0)),
        float(threshold.get("many_min_share", 0)),
        int(threshold.get("trade_figures", 0)),
    )
