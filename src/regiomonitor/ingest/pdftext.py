"""Repair of text extracted from PDFs (and other hard-wrapped layouts).

What a PDF extractor leaves behind, and what happens to it here:
- double line spacing (a blank line after every line)          -> ignored as a separator
- one paragraph spread over many lines, words hyphenated at ends -> joined (see linejoin)
- footnote blocks in the middle of the body, after a line of spaces -> moved to footnotes
- page numbers on a line of their own                           -> dropped
- footnote reference numbers glued to words (`1Denn`)          -> dropped (see footnotes)
- URLs left in the body                                          -> dropped
Paragraph ends are recovered from short lines ending a sentence, from a single line break
inside double-spaced text, and from headings (short lines without final punctuation).
The module never looks at a file name: `looks_pdf_extracted` decides from the artefacts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from regiomonitor.ingest.footnotes import (
    PAGE_NUMBER,
    SEPARATOR,
    FootnoteCollector,
    entry_start,
    implicit_entry_start,
    looks_like_prose,
    reference_numbers,
    strip_reference_marks,
)
from regiomonitor.ingest.hardwrap import MAIL_HEADER
from regiomonitor.ingest.linejoin import join_lines
from regiomonitor.ingest.paragraphs import is_table_line
from regiomonitor.nlp.document import Footnote

_SENTENCE_END = re.compile(r'[.!?:]["“”»)]?\d{0,3}\s*$|[.!?]["“”»]?\s*\.?\s*$')
# what a match of _SENTENCE_END ends in (besides digits and spaces)
_SENTENCE_END_LAST = frozenset('.!?:"“”»)')
_URL = re.compile(r"(?:https?\s?://|www\.)[^\s)\]>\"“”]+", re.I)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_SPACES = re.compile(r"  +")  # (not "[ ]{2,}": a pattern that opens with a literal is searched faster)
# A body line opening with digits glued to a lowercase word: "141wie Wirtschaft und Handel".
# Usually a count or a continuation, but when the digits are exactly the next footnote number
# after the last reference the body cited, the extractor dropped the superscript's context
# and they are a reference mark.
# `1253,1 Millionen` where 125 is the next reference the body cites: the marker and `3,1`
_LEADING_GLUED_NUMBER = re.compile(r"^(\d{1,3})(?=[1-9]\d{0,2}(?:,\d+)?\s)")
_ENTRY_LINE = re.compile(r"^(\d{1,3})\s+(?=[A-ZÄÖÜ])")
# what only a bibliographic entry holds (an inline URL in the body does not count)
_CITATION = re.compile(r"\[El[ea][ck]tr|Ressource\s?\]|Quelle\s?\]|\bURL\s?:")
_LEADING_GLUED_LOWER = re.compile(r"^(\d{1,3})(?=[a-zäöüß]{2})")


@dataclass
class PdfText:
    text: str
    title: str | None
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Line:
    text: str  # stripped
    lead: bool  # the raw line began with a single space (page starts, headings)
    blank_before: int  # blank lines between this and the previous body line
    after_block: bool  # first body line after a footnote block or page number
    ends_sentence: bool  # _ends_sentence(text), asked up to four times per line


MAIL_HEADER_LINES = 20  # an e-mail's header stands in its first lines


def looks_pdf_extracted(text: str) -> bool:
    """True when `text` carries the layout of a PDF extraction: hard-wrapped short lines,
    double line spacing or footnote rules. Paragraph-per-line web text is not."""
    lines = text.split("\n")
    if not _has_content_lines(lines, 6):
        return False
    if sum(1 for ln in lines[:MAIL_HEADER_LINES] if MAIL_HEADER.match(ln.strip())) >= 2:
        return False  # an e-mail (`Betreff:`, `Datum:` ...), wrapped at a typewriter's width: no PDF
    if any(SEPARATOR.match(ln) for ln in lines) and any(_starts_numbered(ln) for ln in lines):
        return True
    content = [ln for ln in lines if ln.strip()]  # (not before: footnote rules decide a long text)
    lengths = [len(ln.strip()) for ln in content]
    if median(lengths) > 110 or sum(1 for n in lengths if n > 160) > len(lengths) * 0.1:
        return False  # long lines: one paragraph per line, nothing was wrapped
    # wrapped prose: many lines end mid-sentence and the next line continues in lowercase
    continued = 0
    for a, b in zip(content, content[1:]):
        a, b = a.rstrip(), b.lstrip()
        if a and b and not _ends_sentence(a) and (b[:1].islower() or a.endswith("-")):
            continued += 1
    return continued >= 0.3 * (len(content) - 1)


def _has_content_lines(lines: list[str], n: int) -> bool:
    """At least `n` of the lines hold more than whitespace (counted only up to `n`)."""
    for line in lines:
        if line.strip():
            n -= 1
            if n == 0:
                return True
    return False


def _starts_numbered(line: str) -> bool:
    return bool(re.match(r"^ ?\d{1,3}\s+\S", line))


def _is_double_spaced(body: list[_Line]) -> bool:
    """Most body lines come after a blank line (footnote entries, which are set single-spaced
    in the seeds, do not count)."""
    lines = [ln for ln in body[1:] if not ln.after_block]
    return bool(lines) and sum(1 for ln in lines if ln.blank_before) >= 0.5 * len(lines)


# a running head or foot: a short title, a wide gap, the page number (text with a decimal comma
# before the gap is a table row)
_RUNNING_LINE = re.compile(r"(?=[^\d\n]*[A-Za-zÄÖÜäöü]{3})(?!.*\d,\d)\S.{0,70}?\S {3,}\d{1,3}$")


def _split_body_and_notes(lines: list[str]) -> tuple[list[_Line], FootnoteCollector, set[int]]:
    """Walk the lines once; footnote blocks go to the collector, the rest is body.
    Also returns the reference numbers the body cites."""
    body: list[_Line] = []
    notes = FootnoteCollector()
    cited: set[int] = set()
    last_cited: int | None = None
    in_block = False
    blank = 0
    after_block = False
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            if SEPARATOR.match(raw):
                in_block, blank = True, 0
            else:
                blank += 1
            continue
        # page numbers, footnote entries and glued marks open with a digit: most lines need
        # none of their regexes
        opens_with_digit = stripped[0].isdecimal()
        if (opens_with_digit and PAGE_NUMBER.match(raw)) or (stripped[-1].isdecimal() and _RUNNING_LINE.match(stripped)):
            # page number, or a running head or foot with one (`Zentralasien-Analysen Nr. 160 |
            # Juli 2024      6`): ends a footnote block; in the body it is simply dropped
            if in_block:
                in_block, after_block = False, True
            continue
        if in_block:
            started = opens_with_digit and entry_start(raw, notes)
            if started:
                notes.start(*started)
                blank = 0
                continue
            if raw.startswith(" ") and not raw.startswith("  ") and looks_like_prose(raw):
                in_block, after_block = False, True  # the body resumes on the next page
            elif blank and _resumes_body(stripped):
                # an entry's lines follow each other; running text after a blank line, with no
                # page number between, is the body going on below the block
                in_block, after_block = False, True
            else:
                notes.continue_last(stripped)
                blank = 0
                continue
        else:
            started = opens_with_digit and implicit_entry_start(raw, notes, cited)
            if started:
                notes.start(*started)
                in_block = True
                continue
            entry_above = bool(body) and blank == 0 and not body[-1].after_block and _ENTRY_LINE.match(body[-1].text)
            # (the regex last: it tries every alternative at every position of the line)
            if (not body or entry_above) and _CITATION.search(stripped):
                # a footnote block whose rule line lies before this excerpt began: the entry opens
                # here, or its first line (single-spaced, right above) went to the body
                own = _ENTRY_LINE.match(stripped)
                if own:
                    notes.start(int(own.group(1)), stripped[own.end():])
                else:
                    if entry_above:
                        first = body.pop()
                        number = _ENTRY_LINE.match(first.text)
                        notes.start(int(number.group(1)), first.text[number.end():])
                    notes.continue_last(stripped)
                in_block = True
                continue
        glued = opens_with_digit and (_LEADING_GLUED_LOWER.match(stripped) or _LEADING_GLUED_NUMBER.match(stripped))
        if glued and last_cited is not None and glued.group(1) == str(last_cited + 1):
            stripped = stripped[glued.end(1):]
            last_cited += 1
            cited.add(last_cited)
        references = reference_numbers(stripped)
        if references:
            cited.update(references)
            last_cited = references[-1]
        body.append(_Line(stripped, raw.startswith(" "), blank, after_block, _ends_sentence(stripped)))
        blank, after_block = 0, False
    return body, notes, cited


_BODY_SENTENCE = re.compile(r"[A-ZÄÖÜ]\w+(?: \w[\w,-]*){4,}[.!?:]")


def _resumes_body(line: str) -> bool:
    """A line of running text: prose, not a bibliographic fragment, with a sentence of five or
    more words in it (`Den Kern der Beziehungen bildet der Maschinenbau.`)."""
    return looks_like_prose(line) and _BODY_SENTENCE.search(line) is not None


def _typical_width(body: list[_Line]) -> int:
    lengths = [len(ln.text) for ln in body if len(ln.text) > 25]
    return int(median(lengths)) if len(lengths) >= 5 else 70


def _opens_heading(body: list[_Line], i: int, current: list[str], short: float, double_spaced: bool) -> bool:
    """A heading: a short line (or one set apart by the layout) that starts with a capital,
    does not end a sentence, and stands at a paragraph boundary."""
    ln = body[i]
    if not ln.text[:1].isupper() or ln.ends_sentence:
        return False
    if current and (not ln.lead or not body[i - 1].ends_sentence):  # current ends with line i - 1
        return False
    # set apart: its own leading space, and the next line follows without the blank line that
    # double spacing puts after every body line
    set_apart = ln.lead and double_spaced and i + 1 < len(body) and body[i + 1].blank_before == 0
    return len(ln.text) < short or set_apart


def _paragraphs(body: list[_Line], double_spaced: bool) -> tuple[list[str], str | None]:
    """Group body lines into paragraphs; a heading on the first line is the title."""
    short = 0.75 * _typical_width(body)
    paragraphs: list[list[str]] = []
    current: list[str] = []
    in_heading = starts_with_heading = False
    for i, ln in enumerate(body):
        if in_heading:
            # a heading may wrap: a further short line without final punctuation, no blank line
            if (len(ln.text) < short and not ln.ends_sentence
                    and ln.blank_before == 0 and not ln.after_block):
                current.append(ln.text)
                continue
            in_heading = False
            paragraphs.append(current)
            current = []
        if _opens_heading(body, i, current, short, double_spaced):
            if current:
                paragraphs.append(current)
            current, in_heading = [ln.text], True
            starts_with_heading = starts_with_heading or i == 0
            continue
        if current and _breaks_before(ln, body[i - 1], short, double_spaced):  # current ends with line i - 1
            paragraphs.append(current)
            current = []
        current.append(ln.text)
    if current:
        paragraphs.append(current)
    texts = [join_lines(p) for p in paragraphs]
    return texts, (texts[0] if starts_with_heading and texts else None)


# a table's caption and its rows stand on lines of their own (`Tabelle 2: Handel ...`, see
# paragraphs.is_table_line)
_TABLE_CAPTION = re.compile(r"(?:Tabelle|Tab\.)\s*\d")
_CELL_ENDS = frozenset("0123456789-–%")


def _breaks_before(ln: _Line, previous: _Line, short: float, double_spaced: bool) -> bool:
    if not double_spaced and ln.blank_before and not ln.after_block:
        return True  # single-spaced layout: a blank line separates paragraphs
    if _TABLE_CAPTION.match(ln.text) or (ln.text[-1:] in _CELL_ENDS and is_table_line(ln.text)) \
            or (previous.text[-1:] in _CELL_ENDS and is_table_line(previous.text)):
        return True
    if not previous.ends_sentence or _amount_goes_on(previous.text, ln.text):
        return False
    if len(previous.text) < short:
        return True  # the last line of a paragraph is short
    # in double-spaced text a single line break (no blank line) marks a paragraph end
    return double_spaced and ln.blank_before == 0 and not ln.after_block


_SCALE_AT_END = re.compile(r"\d\s?(?:Mio|Mrd|Tsd|Bio)\.$")


def _amount_goes_on(previous: str, line: str) -> bool:
    """`im Wert von 13,8 Mio.` and, after a footnote block, `US-Dollar. Für ...`: the stop of a
    scale word, and the currency of the amount on the next line."""
    if not _SCALE_AT_END.search(previous):
        return False
    from regiomonitor.knowledge.money import money_lexicon  # (the currencies: data, loaded once)

    first = line.split(None, 1)[0].rstrip(".,;:0123456789").lower() if line.strip() else ""
    return first in money_lexicon().suffix


def _ends_sentence(line: str) -> bool:
    last = line[-1:]
    if not (last in _SENTENCE_END_LAST or last.isdecimal() or last.isspace()):
        return False  # most lines end inside a sentence, in a word or at a comma
    return _SENTENCE_END.search(line[-8:]) is not None  # only the end matters: cheap on long lines


def _clean_paragraph(text: str) -> str:
    # "www." in any case (only W lower-cases to w; replace() is much cheaper than lower())
    if "://" in text or "www." in text.replace("W", "w"):
        text = _EMPTY_BRACKETS.sub("", _URL.sub("", text))  # "(https://...)" leaves nothing behind
    text = strip_reference_marks(text)
    return _SPACES.sub(" ", text).strip()


def clean_pdf_text(text: str) -> PdfText:
    """Body paragraphs (joined by a blank line), the title heading and the footnotes."""
    body, notes, cited = _split_body_and_notes(text.split("\n"))
    double_spaced = _is_double_spaced(body)
    paragraphs, title = _paragraphs(body, double_spaced)
    cleaned = [p for p in (_clean_paragraph(p) for p in paragraphs) if p and not PAGE_NUMBER.match(p)]
    footnotes = notes.footnotes(cited)
    warnings = []
    lost = [n.number for n in footnotes if not n.text]
    if footnotes:
        warnings.append(f"moved {len(footnotes) - len(lost)} footnote entries out of the body")
    if lost:
        warnings.append(f"{len(lost)} footnotes cited in the body have no entry in the text: "
                        + ", ".join(map(str, lost)))
    return PdfText("\n\n".join(cleaned), title, footnotes, warnings)
