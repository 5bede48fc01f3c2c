"""The phrase list of page furniture (`boilerplate_de.txt`), loaded once, with its tests."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PHRASES_FILE = Path(__file__).with_name("boilerplate_de.txt")
_SECTIONS = ("line", "paragraph", "comments", "advert", "related")
APPEAL_MAX_WORDS = 80
RELATED_EXTRA_WORDS = 2  # `Letzte Nachrichten aus` + `Belarus`
COMMENT_HEADER_MAX_WORDS = 25
_TRAILING_PUNCT = ".…:!?|>»›→-"  # dropped from a line's end, with spaces between them
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return " ".join(_key_words(text)).casefold()


def _key_words(text: str) -> list[str]:
    """The words of `text` without trailing punctuation: its key joins them by single spaces
    (case-folding makes no spaces)."""
    text = text.strip()
    while text and text[-1] in _TRAILING_PUNCT:
        text = text.rstrip(_TRAILING_PUNCT).rstrip()
    return text.split()


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    paragraph_phrases: PhraseGroups
    comment_phrases: PhraseGroups
    line_max_words: int  # of the longest entry of `lines`: a longer line needs no key
    related: frozenset[str] = frozenset()  # headings of a list of links to other articles
    adverts: frozenset[str] = frozenset()  # marks of an advertisement in the line after them

    def marks_advert(self, line: str) -> bool:
        return " ".join(_key_words(line)).casefold() in self.adverts

    def opens_related(self, line: str) -> bool:
        """`Mehr zum Thema`, `Letzte Nachrichten aus Belarus`: the heading of a list of other
        articles' teasers (a listed phrase, and at most RELATED_EXTRA_WORDS words after it), also
        as one language of a bilingual heading (`Boshqa yangiliklar / Weitere Nachrichten`)."""
        for part in line.split(" / ") if " / " in line else (line,):
            words = _key_words(part)
            if any(" ".join(words[:n]).casefold() in self.related
                   for n in range(max(1, len(words) - RELATED_EXTRA_WORDS), len(words) + 1)):
                return True
        return False

    def is_furniture_line(self, line: str) -> bool:
        words = _key_words(line)
        return len(words) <= self.line_max_words and " ".join(words).casefold() in self.lines

    def is_appeal(self, paragraph: str) -> bool:
        return _holds_phrase(paragraph, APPEAL_MAX_WORDS, self.paragraph_phrases)

    def opens_comments(self, line: str) -> bool:
        return _holds_phrase(line, COMMENT_HEADER_MAX_WORDS, self.comment_phrases)


def _holds_phrase(text: str, max_words: int, phrases: PhraseGroups) -> bool:
    """`text` has fewer than `max_words` words and contains one of the phrases (case-folded,
    spaces collapsed; a phrase never starts or ends with a space, so the words joined by single
    spaces hold the same phrases as the text with its spaces collapsed)."""
    words = text.split()
    if len(words) >= max_words:
        return False
    return phrases.found_in(" ".join(words).casefold())


@dataclass(frozen=True)
class PhraseGroups:
    """Phrases grouped under a substring that all phrases of the group contain: a text without
    it holds none of them, so most texts need one test per group instead of one per phrase."""

    groups: tuple[tuple[str, tuple[str, ...]], ...]

    def found_in(self, text: str) -> bool:
        for shared, phrases in self.groups:
            if shared in text:
                for phrase in phrases:
                    if phrase in text:
                        return True
        return False


SHARED_MIN_CHARS = 6


def group_phrases(phrases: list[str]) -> PhraseGroups:
    """Greedily: the substring (of SHARED_MIN_CHARS or more) that most of the phrases not yet
    grouped contain, the longer one on a tie, heads the next group (a phrase shorter than that
    is its own group)."""
    left = list(dict.fromkeys(phrases))
    groups = []
    while left:
        counts = Counter(sub for p in left for sub in _substrings(p, SHARED_MIN_CHARS))
        shared = max(counts, key=lambda c: (counts[c], len(c), c)) if counts else min(left, key=len)
        groups.append((shared, tuple(p for p in left if shared in p)))
        left = [p for p in left if shared not in p]
    return PhraseGroups(tuple(groups))


def _substrings(text: str, min_chars: int) -> set[str]:
    return {text[i:j] for i in range(len(text)) for j in range(i + min_chars, len(text) + 1)}


def parse_phrases(text: str) -> Boilerplate:
    sections: dict[str, list[str]] = {name: [] for name in _SECTIONS}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if current not in sections:
                raise ValueError(f"{PHRASES_FILE.name}: unknown section [{current}]")
            continue
        if current is None:
            raise ValueError(f"{PHRASES_FILE.name}: phrase outside a section: {line!r}")
        sections[current].append(line)
    lines = frozenset(_key(p) for p in sections["line"])
    return Boilerplate(
        lines=lines,
        paragraph_phrases=group_phrases([_SPACES.sub(" ", p).casefold() for p in sections["paragraph"]]),
        comment_phrases=group_phrases([_SPACES.sub(" ", p).casefold() for p in sections["comments"]]),
        line_max_words=max((len(key.split(" ")) for key in lines), default=0),
        related=frozenset(_key(p) for p in sections["related"]),
        adverts=frozenset(_key(p) for p in sections["advert"]),
    )


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    return parse_phrases(PHRASES_FILE.read_text(encoding="utf-8"))
