"""Footnote numbers for a dossier: one number per source, in order of first citation.

The seed texts cite each statement with a footnote and list the sources at the end; a renderer
asks `refs()` for the numbers of a statement's sources and prints `entries()` as the list.
"""
from __future__ import annotations

from typing import Any


class Footnotes:
    def __init__(self, sources: dict[str, dict[str, Any]]):
        self.sources = sources
        self.numbers: dict[str, int] = {}

    def refs(self, cites: list[dict[str, Any]]) -> list[tuple[int, str]]:
        """(number, evidence sentence) per distinct source of one statement."""
        out: list[tuple[int, str]] = []
        for cite in cites:
            key = cite.get("key")
            if key not in self.sources:
                continue
            number = self.numbers.setdefault(key, len(self.numbers) + 1)
            if all(number != n for n, _ in out):
                out.append((number, cite.get("evidence") or ""))
        return out

    def entries(self) -> list[tuple[int, dict[str, Any]]]:
        return sorted(((n, self.sources[k]) for k, n in self.numbers.items()), key=lambda e: e[0])
