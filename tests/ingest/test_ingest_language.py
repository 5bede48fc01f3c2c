"""Language detection on the cleaned text (py3langid, offline, restricted set)."""
from __future__ import annotations

import pytest

from regiomonitor.ingest.language import LANGUAGES, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Gebiete Witebsk und Pskow wollen den Warenverkehr über die Grenze deutlich ausbauen.", "de"),
        ("Витебская и Псковская области намерены значительно расширить товарооборот через границу.", "ru"),
        ("The Vitebsk and Pskov regions want to expand the exchange of goods across their border.", "en"),
    ],
)
def test_detects_the_language(text, language):
    assert detect_language(text) == language


def test_too_little_text_gives_none():
    assert detect_language("") is None
    assert detect_language("12:38 2026") is None


def test_long_text_is_sampled():
    text = "Die Zusammenarbeit der Regionen wächst weiter. " * 5000
    assert detect_language(text) == "de"
    assert "de" in LANGUAGES
