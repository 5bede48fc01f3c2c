"""Bytes -> text: binary detection, UTF-8 first, then charset-normalizer (cp1251, latin-1, ...)."""
from __future__ import annotations

import codecs
import re

from regiomonitor.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# bytes that never occur in text files (NUL and most C0 controls)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
BINARY_SAMPLE = 64 * 1024
PLAUSIBILITY_SAMPLE = 64 * 1024
MAX_CONTROL_RATIO = 0.01
# What charset-normalizer may choose from: Western and Central European, Cyrillic.
CANDIDATE_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u",
                       "iso8859_5", "cp866", "mac_cyrillic")
SOURCE_CODEPAGES = ("cp1252", "cp1251")
_GERMAN_AND_TYPOGRAPHY = frozenset("äöüÄÖÜßẞ„“”‚‘’«»–—…€§°·•\u00a0")
_CHARSET_DECLARATION = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# The warning a document carries when its bytes were not UTF-8; the ingest report shows it.
DECODED_NOTE = "decoded as {encoding} (not UTF-8)"


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def check_not_binary(data: bytes, location: str) -> None:
    """Raise InputError for data that is not text (NUL bytes, control characters)."""
    if _bom_encoding(data):
        return  # UTF-16/32 text legitimately contains NUL bytes
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        raise InputError(location, "binary file (contains NUL bytes), not text")
    controls = len(_BINARY_BYTES.findall(sample))
    if controls > max(2, MAX_CONTROL_RATIO * len(sample)):
        raise InputError(location, f"binary file ({controls} control bytes in the first {len(sample)}), not text")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its head, if Python knows it."""
    m = _CHARSET_DECLARATION.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, location: str, hint: str | None = None) -> tuple[str, list[str]]:
    """Text and warnings (a note when the text was not UTF-8). Raises InputError."""
    check_not_binary(data, location)
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom), []
        except UnicodeDecodeError as exc:
            raise InputError(location, f"undecodable text: invalid {bom} ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best() or from_bytes(data).best()
    # A declared charset (HTML meta, HTTP header) comes first, then charset-normalizer's guess.
    # On short texts charset-normalizer cannot tell cp1250 from cp1251 (or even Shift-JIS), and
    # declarations lie; so the codepages our sources use are tried as well and the most
    # plausible reading wins (ties go to the earlier candidate).
    candidates = [e for e in (hint, best.encoding if best is not None else None) if e]
    candidates += [e for e in SOURCE_CODEPAGES if e not in candidates]
    encoding, text = _most_plausible(data, candidates)
    if text is None:
        raise InputError(location, "undecodable text: not UTF-8 and no known encoding fits")
    for codepage in SOURCE_CODEPAGES:  # same text: call it by the codepage the sources use
        if encoding != codepage and _decodes_to(data, codepage, text):
            encoding = codepage
            break
    if text.count("\ufffd") > 0.01 * len(text):
        raise InputError(location, f"undecodable text: too many invalid characters as {encoding}")
    return text, [DECODED_NOTE.format(encoding=encoding)]


def plausibility(text: str) -> int:
    """How much the non-ASCII characters look like German or Russian text: umlauts, ß,
    typographic quotes and dashes, Cyrillic letters inside Cyrillic words score; anything else
    (accented letters of other languages, CJK, controls, Cyrillic glued to Latin) costs."""
    score = 0
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        if ch in _GERMAN_AND_TYPOGRAPHY:
            score += 1
        elif "\u0400" <= ch <= "\u04ff":
            neighbours = text[i - 1: i] + text[i + 1: i + 2]
            score += -1 if any("a" <= c.lower() <= "z" for c in neighbours) else 1
        else:
            score -= 1
    return score


def _decodes_to(data: bytes, encoding: str, text: str) -> bool:
    try:
        return data.decode(encoding) == text
    except UnicodeDecodeError:
        return False


def _most_plausible(data: bytes, encodings: list[str]) -> tuple[str | None, str | None]:
    """Judge each encoding on a sample (the scoring is per character), decode with the winner."""
    sample = data[:PLAUSIBILITY_SAMPLE]
    best_encoding, best_score = None, None
    for encoding in encodings:
        try:
            data.decode(encoding)  # must decode as a whole, not only the sample
            text = sample.decode(encoding, errors="ignore")  # the sample may cut a multi-byte char
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text)
        if best_score is None or score > best_score:
            best_encoding, best_score = encoding, score
    if best_encoding is None:
        return None, None
    return best_encoding, data.decode(best_encoding)
