"""The one document model that flows through ingest, the NLP pipeline, the store and the web.

Ingestion fills the metadata and the cleaned `text` (plus the footnotes it moved out of the
body); each pipeline component then adds one layer of annotations. Every annotation keeps the
character span in `text` and the index of the sentence it was read from, so that a fact never
travels without its provenance.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cached_property
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass
class Footnote:
    number: int | None
    text: str


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A place, person or organization named in the text.

    `key` is the stable identity: an ISO 3166 code for places, the canonical name for people and
    organizations. `kind` says what sort of thing it is (country, region, city, district,
    federal_district, person, organization).
    """

    kind: str
    key: str
    surface: str
    start: int
    end: int
    sentence: int
    name: str = ""  # canonical display name
    role: str | None = None  # persons: the role the text gives
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Figure:
    amount: float
    currency: str
    metric: str
    kind: str
    year: int | None
    period: str | None
    partners: list[str]
    change_pct: float | None
    evidence: str
    sentence: int
    start: int
    end: int
    surface: str = ""
    # `mehr als 10 Mio.`: the value is a lower bound ("min"); `weniger als`: an upper one ("max")
    bound: str | None = None
    # `Exporte von Dienstleistungen`: the goods or services the figure is limited to, if any
    segment: str | None = None


@dataclass
class Quote:
    speaker: str | None
    text: str
    sentence: int
    start: int
    end: int


@dataclass
class Fact:
    """An agreement, event or project (the dossier facts); `data` holds the contract's keys."""

    kind: str  # agreement | event | project
    data: dict[str, Any]
    sentence: int
    evidence: str


@dataclass
class Document:
    text: str
    id: str | None = None
    url: str | None = None
    source_path: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: date | None = None
    language: str | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # annotation layers, filled by the pipeline components
    sentences: list[Sentence] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    persons: list[Mention] = field(default_factory=list)
    organizations: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sectors: dict[str, float] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    # -- helpers used by the components -------------------------------------------------
    @cached_property
    def lowered(self) -> str:
        """The text in lower case, made once for the components' case-blind automata."""
        return self.text.lower()

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing character `offset` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))

    def sentence_finder(self) -> Callable[[int], int]:
        """`sentence_at` for many offsets while the sentences stay as they are: their bounds are
        read once, and each offset is found by `bisect` instead of a loop in Python. The
        sentences are in order and do not overlap, so the last one starting at or before an
        offset is the only one that can hold it; an offset between two goes to the next."""
        starts = [s.start for s in self.sentences]
        ends = [s.end for s in self.sentences]
        last = len(self.sentences) - 1

        def sentence_at(offset: int) -> int:
            i = bisect.bisect_right(starts, offset) - 1
            if i >= 0 and offset < ends[i]:
                return i
            return max(0, min(i + 1, last))

        return sentence_at

    def mentions(self) -> list[Mention]:
        return [*self.places, *self.persons, *self.organizations]

    def to_dict(self) -> dict[str, Any]:
        """Everything, for storage and debugging (not the contract shape)."""
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d
