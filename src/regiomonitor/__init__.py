"""RegioMonitor: turns publications about interregional cooperation into a source-cited register.

The public function for notebooks and benchmarks is `extract(text, url=None)`: one document's
object in the shape of the extraction contract (without "id").
"""
from __future__ import annotations

__version__ = "0.1.0"


def extract(text: str, url: str | None = None) -> dict:
    """Clean `text` as ingestion does, run the extraction pipeline, return the contract object."""
    from regiomonitor.pipeline import extract as _extract

    return _extract(text, url=url)
