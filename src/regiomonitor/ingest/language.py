"""Language of the cleaned text: py3langid, offline, restricted to the languages we expect.

Restricting the candidate set keeps short German news items from being read as Dutch or
Luxembourgish. Only a sample of a long text is classified (the model is linear in length).
"""
from __future__ import annotations

import re
import threading

# German first, then the languages of the region and its neighbours.
LANGUAGES = ("de", "ru", "en", "uk", "be", "kk", "pl", "fr")
SAMPLE_CHARS = 6000
MIN_LETTERS = 20
MIN_CONFIDENCE = 0.5
_LETTER = re.compile(r"[^\W\d_]")

_identifier = None
_lock = threading.Lock()


def _get_identifier():
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                ident.set_languages(list(LANGUAGES))
                _identifier = ident
    return _identifier


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    third = SAMPLE_CHARS // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2: middle + third // 2], text[-third:]))


def _enough_letters(text: str) -> bool:
    """At least MIN_LETTERS letters: stops counting there (a news item has thousands)."""
    for count, _ in enumerate(_LETTER.finditer(text), start=1):
        if count >= MIN_LETTERS:
            return True
    return False


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or the model is unsure."""
    sample = _sample(text)
    if not _enough_letters(sample[:2000]):
        return None
    lang, confidence = _get_identifier().classify(sample)
    return lang if confidence >= MIN_CONFIDENCE else None
