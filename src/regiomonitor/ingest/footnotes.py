"""Footnotes of PDF-extracted texts: parsing the blocks, removing the reference numbers.

The seed texts cite in Russian bibliographic style. After text extraction a page's footnotes
sit in the middle of the body: a line of spaces (the footnote rule), then numbered entries
(`12 Titel [Elektronische Ressource]. - 2021. - URL: ...`) whose lines wrap, with URLs broken
anywhere. The reference marks in the body lose their superscript and get glued to the text:
`1Denn` at a sentence start, `Kontakte"3 .` after a quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from regiomonitor.nlp.document import Footnote

# The footnote rule of a PDF page comes out as a line holding nothing but many spaces.
SEPARATOR = re.compile(r"^[ ]{20,}$")
# "12 Titel", "148Die Börsen", "150 . Das BUTB", " 77 Minnikhanov" (a stray leading space).
_ENTRY_START = re.compile(r"^(?P<lead> ?)(?P<num>\d{1,3})(?!\d)(?P<gap>\s*\.\s+|\s+)?(?=\S)")
# A page number on its own line (documents have fewer than 1000 pages; a year alone on a line
# is part of a sentence).
PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
# Things that never occur in prose but always in bibliographic entries and URLs.
# (` / ` between title and authors, `interviewt von`)
_BIBLIO_MARK = re.compile(
    r"https?\s?:|www\.|URL|\[El[ea][ck]tr|Ressource\s?\]|Quelle\s?\]|//|\.html?\b|\.php\b|\bС\.\s\d|\bC\.\s\d"
    r"|\s/\s|[Ii]nterview|[Mm]itverfasst|[Kk]oautor|[Mm]itautor|[Zz]usammengestellt|Biznesofset"
)
_WORD = re.compile(r"^[\"„“«»(]*[A-Za-zÄÖÜäöüß][a-zäöüßA-ZÄÖÜ]*(?:-[A-Za-zÄÖÜäöüß]+)*[\"“”»).,;:!?]*$")
# How far the numbering may jump between two entries that survived the extraction.
MAX_NUMBER_GAP = 15


@dataclass
class FootnoteCollector:
    """Accumulates the entries of all footnote blocks of one document, in order."""

    entries: list[list] = field(default_factory=list)  # [number, [lines]]
    last_number: int | None = None

    def plausible_next(self, number: int) -> bool:
        # Footnotes are numbered through the document. Extraction loses whole footnote blocks
        # now and then (a dozen numbers in the seeds), and a new chapter may restart at 1.
        if self.last_number is None:
            return number >= 1
        return self.last_number < number <= self.last_number + MAX_NUMBER_GAP or number == 1

    def start(self, number: int, text: str) -> None:
        self.entries.append([number, [text]])
        self.last_number = number

    def continue_last(self, text: str) -> None:
        if self.entries:
            self.entries[-1][1].append(text)
        else:  # the block began on a page we do not have (an excerpt): keep it unnumbered
            self.entries.append([None, [text]])

    def footnotes(self, cited: set[int] | None = None) -> list[Footnote]:
        """The entries in document order. Numbers the body cites whose entry the extraction
        lost get an entry with empty text, so every reference resolves to a Footnote."""
        notes = [Footnote(number, join_entry_lines(lines)) for number, lines in self.entries]
        found = {n.number for n in notes}
        if cited and found - {None}:
            ceiling = max(n for n in found if n is not None) + MAX_NUMBER_GAP
            lost = sorted(n for n in cited if n not in found and n <= ceiling)
            notes.extend(Footnote(n, "") for n in lost)
            notes.sort(key=lambda n: (n.number is not None, n.number or 0))
        return notes


def entry_start(line: str, collector: FootnoteCollector) -> tuple[int, str] | None:
    """(number, rest) when `line` opens the next footnote entry, else None."""
    m = _ENTRY_START.match(line)
    if not m:
        return None
    number = int(m.group("num"))
    rest = line[m.end():]
    if m.group("lead") and not m.group("gap"):
        return None  # " 131Diese Struktur ...": body text resuming with a glued reference
    if not collector.plausible_next(number):
        return None
    if not m.group("gap") and rest[:1].islower():
        return None  # "60." continuation or a number glued to a lowercase word
    return number, rest


def looks_like_prose(line: str) -> bool:
    """True for a line of running text, False for bibliographic or URL fragments."""
    s = line.strip()
    if not s or _BIBLIO_MARK.search(s):
        return False
    tokens = s.split()
    if len(tokens) == 1:
        return bool(_WORD.match(tokens[0])) and "-" not in tokens[0].strip("-")
    words = sum(1 for t in tokens if _WORD.match(t))
    return words >= max(2, len(tokens) // 2 + 1)


_URL_TAIL = re.compile(r"(https?:|www\.|\w/|/\w|\w-$)", re.I)
_RUN_OF_SPACES = re.compile(r"\s\s+")  # (\s{2,}, written so that the engine can skip ahead)


def join_entry_lines(lines: list[str]) -> str:
    """One footnote entry on one line: URLs broken across lines are glued back together."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        last = out.rsplit(None, 1)[-1]
        if _URL_TAIL.search(last):
            out += line
        else:
            out += " " + line
    return _RUN_OF_SPACES.sub(" ", out).strip()


# --- reference numbers left in the body ------------------------------------------------------
# A reference mark is 1-3 digits glued to the text in one of these ways (the digits are found
# with one fast scan, the context is checked in Python - regexes with look-behinds at every
# position were the slowest part of cleaning a 200 KB text):
#   at a paragraph or sentence start, before a word or an opening quote: "1Denn", '99"Die', "83USD"
#   after a space, before a capitalised word or a quoted one: "Irkutsk, 102Kaliningrad", 'dass 175"An'
#   glued to a closing quote: 'Kontakte"3 .', 'ausgebildet wurden"108 montiert'
#   glued to the end of a word of 4+ lowercase letters: "getroffen wurden7 ." (not "km2", "CO2"),
#   or to the stop after it: "zu steigern.17 Ob" (not "Nr.17")
# Real numbers stay: "2016", "5 Tausend", "MTZ-80", "V. Forum", "Nr. 71", "3D-Druck".
_DIGITS = re.compile(r"\d\d*")  # (\d+, written so that the engine can skip ahead to a digit)
# Most lines hold no digit at all; a search for one digit is cheaper than a finditer.
_ANY_DIGIT = re.compile(r"\d")
_SENTENCE_PUNCT = frozenset('.!?:;"“”»)]')
_OPENING_QUOTES = frozenset('"„“«»')
_CLOSING_QUOTES = frozenset('"“”»')
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")
_AFTER_TRAILING_MARK = frozenset(" \t\n.,;:)")
# what may follow a mark glued to the next word (only there can a capital or a quote follow)
_WORD_OPENERS = _UPPER | _OPENING_QUOTES | {"<"}
# (" +" written as " (?: *)": a pattern that opens with a literal is searched much faster)
_SPACE_BEFORE_PUNCT = re.compile(r" (?: *)(?=,|[.;:](?:\s|$))", re.M)
_SPACE_BEFORE_PUNCT_PAIRS = (" ,", " .", " ;", " :")  # what every match of it contains
# '."' + '.' or '..' left where a mark stood between them; an ellipsis "..." stays
_DOUBLE_STOP = re.compile(r'([.!?])(["“”»]?)\.(\.*)')


def _fix_double_stop(m: re.Match) -> str:
    return m.group(0) if m.group(3) else m.group(1) + m.group(2)


def _is_reference(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else "\n"
    a0, a1 = text[end: end + 1], text[end + 1: end + 2]
    if a0 in _WORD_OPENERS:
        return bool(a1) and _glued_to_next_word(text, start, before, a0, a1)
    if a0 and a0 not in _AFTER_TRAILING_MARK:
        return False  # a number with its unit or suffix: "5km", "2-fach", "3%", "1/2"
    return _glued_to_previous_word(text, start, before)


def _glued_to_next_word(text: str, start: int, before: str, a0: str, a1: str) -> bool:
    """`1Denn`, `99"Die`, `83USD`, `Irkutsk, 102Kaliningrad` (see the shapes above)."""
    upper_lower = a0 in _UPPER and a1 in _LOWER
    quoted_capital = a0 in _OPENING_QUOTES and (a1 in _UPPER or a1 in _OPENING_QUOTES)
    if before in " \t\n(" and (upper_lower or quoted_capital):
        return True
    sentence_start = before == "\n" or (before == " " and start >= 2 and text[start - 2] in _SENTENCE_PUNCT)
    upper_upper = a0 in _UPPER and a1 in _UPPER
    elided = a0 == "<" and a1 == "."  # "87<...> Das Projekt": a quotation that starts with an ellipsis
    return sentence_start and (upper_lower or upper_upper or quoted_capital or elided)


def _glued_to_previous_word(text: str, start: int, before: str) -> bool:
    """`Kontakte"3 .`, `getroffen wurden7 .`: the mark ends at a space, punctuation or the end."""
    if before in _CLOSING_QUOTES and start >= 2 and (text[start - 2].isalnum() or text[start - 2] in ".!?)…"):
        return True
    if before in ".!?" and start >= 5:
        return all(ch in _LOWER for ch in text[start - 5:start - 1])  # `zu steigern.17 Ob`
    return before in _LOWER and start >= 4 and all(ch in _LOWER for ch in text[start - 4:start])


def _reference_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        start, end = m.span()
        if end - start <= 3 and _is_reference(text, start, end):
            spans.append((start, end))
    return spans


def reference_numbers(text: str) -> list[int]:
    """The footnote reference numbers glued into `text` (what strip_reference_marks removes)."""
    if not _ANY_DIGIT.search(text):
        return []  # most lines of a PDF: asked line by line
    return [int(text[a:b]) for a, b in _reference_spans(text)]


def strip_reference_marks(text: str) -> str:
    """Remove footnote reference numbers from body text, leave real numbers alone."""
    spans = _reference_spans(text)
    if spans:
        parts, last = [], 0
        for a, b in spans:
            parts.append(text[last:a])
            last = b
        parts.append(text[last:])
        text = "".join(parts)
    if any(pair in text for pair in _SPACE_BEFORE_PUNCT_PAIRS):  # cheap test before the regex
        text = _SPACE_BEFORE_PUNCT.sub("", text)
    return _DOUBLE_STOP.sub(_fix_double_stop, text)


def implicit_entry_start(line: str, collector: FootnoteCollector, cited: set[int]) -> tuple[int, str] | None:
    """A footnote entry that the extractor put into the body without the footnote rule.

    Accepted only when the body already cited that number (`103"Der ...` earlier on the page)
    and it continues the numbering, so that body lines opening with a count ("23 Unternehmen
    ...") are not taken for footnotes.
    """
    m = _ENTRY_START.match(line)
    if not m or not m.group("gap"):
        return None
    number = int(m.group("num"))
    if number not in cited or not collector.plausible_next(number) or number == 1:
        return None
    return number, line[m.end():]
