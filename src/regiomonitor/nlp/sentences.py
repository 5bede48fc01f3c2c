"""Sentence boundaries for German text that survive abbreviations, ordinals and initials.

A stop ends a sentence when the next word starts a new one (capital letter, quote, digit) and
the word before it is not an abbreviation (`Mio.`, `z. B.`), an ordinal (`7. Februar`,
`V. Forum`, `11. Platz`) or an initial (`W. Wladimirow`). Line breaks end a sentence too: the
ingest cleaning has already joined the lines of a paragraph.
"""
from __future__ import annotations

import re
from functools import cache

from regiomonitor.knowledge.files import data_path, read_lines
from regiomonitor.nlp.document import Document, Sentence

# candidate boundary: ., ! or ? (possibly followed by closing quotes/brackets), then space.
# Spelled `[.!?…][.!?…]*`, not `[.!?…]+`: `re` skips ahead to a character of a leading class,
# but tries a leading repeat at every position.
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"'“”»«)\]]*(?=\s+[\"'„“«(\[]?[A-ZÄÖÜ0-9])")
# the word that ends a short slice; the guard changes no match (a match starting inside a word
# would have started a letter earlier) but spares `re` the tries from every letter of the slice
_WORD_BEFORE = re.compile(r"(?<![\w-])([\w-]+)$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_MONTH_OR_NOUN_AFTER_ORDINAL = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]+")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(read_lines(data_path("lang", "de", "abbreviations.txt")))


@cache
def _final_abbreviations() -> frozenset[str]:
    return frozenset(read_lines(data_path("lang", "de", "abbreviations_final.txt")))


@cache
def _sentence_starters() -> frozenset[str]:
    return frozenset(read_lines(data_path("lang", "de", "sentence_starters.txt")))


_NEXT_WORD = re.compile(r"\s+[\"'„“«(\[]?([\wÄÖÜäöüß]+)")


def _is_boundary(text: str, stop: int, end: int) -> bool:
    """`stop` is the index of the punctuation, `end` the index after it."""
    if text[stop] in "!?…":
        return True
    m = _WORD_BEFORE.search(text[max(0, stop - 40):stop])
    if not m:
        return True  # e.g. a stop after a quote or bracket
    word = m.group(1)
    last = word.rsplit("-", 1)[-1]  # `$320-Mio.`
    if last in _final_abbreviations():
        following = _NEXT_WORD.match(text, end)
        return bool(following and following.group(1) in _sentence_starters())
    if word in _abbreviations() or last in _abbreviations():
        return False
    if len(word) == 1 and word.isalpha():
        return False  # initial: W. Wladimirow, z. B.
    if word.isdigit() and len(word) <= 2:
        return False  # ordinal: 7. Februar, 11. Platz (a sentence rarely ends in a bare 1-2 digit number)
    if _ROMAN.match(word) and len(word) <= 5:
        return False  # V. Forum, XI. Forum
    return True


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for block in re.finditer(r"[^\n]+", text):
        start = block.start()
        chunk_end = block.end()
        for m in _BOUNDARY.finditer(text, block.start(), chunk_end):
            stop = m.start()
            if _is_boundary(text, stop, m.end()):
                _add(sentences, text, start, m.end())
                start = m.end()
        _add(sentences, text, start, chunk_end)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


def add_sentences(doc: Document) -> None:
    """Pipeline component: fill `doc.sentences`."""
    doc.sentences = split_sentences(doc.text)
