"""Language of the cleaned text: py3langid, offline, restricted to the languages we expect.

Restricting the candidate set keeps short German news items from being read as Dutch or
Luxembourgish. Only a sample of a long text is classified (the model is linear in length).
A sample that is plainly German - German letters only and at least a fifth German function
words - is German without asking the model (which costs up to a millisecond per document).
Letters of other alphabets (Cyrillic, Polish, French) always go to the model; in mixes of
German and English paragraphs the model said German for every sample above a share of 0.17,
and German news items lie at 0.22-0.34.
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

# Frequent German words that are rare in the other expected languages (not "in", "an", "was",
# "so": frequent English words too; not "des": a French one).
_GERMAN_FUNCTION_WORDS = frozenset(
    "der die das und den dem nicht ist sich mit von auf für eine einer eines einen einem ein zu im"
    " auch wird werden wurde wurden dass sind bei nach aus über wie zum zur hat haben vom durch"
    " sowie oder noch um als".split()
)
PLAINLY_GERMAN_MIN_WORDS = 40
PLAINLY_GERMAN_MIN_SHARE = 0.2
# Anything beyond ASCII, umlauts and common typography (Cyrillic, Polish or French letters,
# rare symbols) leaves the decision to the model.
_NOT_PLAIN_GERMAN = re.compile(r"[^\x00-\x7fÄÖÜäöüß„“”‚‘’«»‹›–—…€§°²³·•\u2010-\u2015]")

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


def _plainly_german(sample: str) -> bool:
    if _NOT_PLAIN_GERMAN.search(sample):
        return False
    words = sample.lower().split()
    if len(words) < PLAINLY_GERMAN_MIN_WORDS:
        return False
    function_words = sum(map(_GERMAN_FUNCTION_WORDS.__contains__, words))
    return function_words >= PLAINLY_GERMAN_MIN_SHARE * len(words)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it is too short or the model is unsure."""
    sample = _sample(text)
    if not _enough_letters(sample[:2000]):
        return None
    if _plainly_german(sample):
        return "de"
    lang, confidence = _get_identifier().classify(sample)
    return lang if confidence >= MIN_CONFIDENCE else None
