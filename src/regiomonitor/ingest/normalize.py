"""Character-level normalisation applied to every raw text before any cleaning rule.

Only invisible or equivalent characters are touched here; the layout (line breaks, leading
spaces, blank lines) is kept because the PDF and web cleaners read it as a signal.
"""
from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: soft hyphen (PDF/HTML hyphenation hints), zero-width marks, BOM.
_INVISIBLE_CHARS = r"\u00ad\u200b\u200c\u200d\u2060\ufeff"  # (regex escapes)
# Space variants (no-break, narrow no-break, figure space, ...) and tabs become a plain space.
_SPACE_CHARS = r"\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
_CONTROL_CHARS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
# Most texts hold none of them: one scan for all three classes spares the three substitutions.
_ANY_TO_REPLACE = re.compile(f"[{_INVISIBLE_CHARS}{_SPACE_CHARS}{_CONTROL_CHARS}]")


def normalize_raw(text: str) -> str:
    """Unify line endings, drop invisible and control characters, NFC-compose umlauts.
    Idempotent and cheap on text that is already clean (regex scans, no per-char Python)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0c", "\n")
    if _ANY_TO_REPLACE.search(text):
        text = _INVISIBLE.sub("", text)
        text = _SPACES.sub(" ", text)
        text = _CONTROL.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
