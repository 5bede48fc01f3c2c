"""The phrase list of page furniture (`boilerplate_de.txt`), loaded once, with its three tests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PHRASES_FILE = Path(__file__).with_name("boilerplate_de.txt")
_SECTIONS = ("line", "paragraph", "comments")
APPEAL_MAX_WORDS = 80
COMMENT_HEADER_MAX_WORDS = 25
_TRAILING_PUNCT = ".…:!?|>»›→-"
_TRAILING = re.compile(rf"[\s{re.escape(_TRAILING_PUNCT)}]+$")
_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    text = text.strip()
    if text[-1:] in _TRAILING_PUNCT:  # (stripped: only trailing punctuation can start a match)
        text = _TRAILING.sub("", text)
    return _collapse_spaces(text).casefold()


def _collapse_spaces(text: str) -> str:
    """`_SPACES.sub(" ", text)` for a text without leading or trailing whitespace, without a
    regex (str.split and the regex agree on what whitespace is)."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    paragraph_phrases: tuple[str, ...]
    comment_phrases: tuple[str, ...]

    def is_furniture_line(self, line: str) -> bool:
        return _key(line) in self.lines

    def is_appeal(self, paragraph: str) -> bool:
        return _holds_phrase(paragraph, APPEAL_MAX_WORDS, self.paragraph_phrases)

    def opens_comments(self, line: str) -> bool:
        return _holds_phrase(line, COMMENT_HEADER_MAX_WORDS, self.comment_phrases)


def _holds_phrase(text: str, max_words: int, phrases: tuple[str, ...]) -> bool:
    """`text` has fewer than `max_words` words and contains one of the phrases (case-folded,
    spaces collapsed; a phrase never starts or ends with a space, so the words joined by single
    spaces hold the same phrases as the text with its spaces collapsed)."""
    words = text.split()
    if len(words) >= max_words:
        return False
    low = " ".join(words).casefold()
    return any(p in low for p in phrases)


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
    return Boilerplate(
        lines=frozenset(_key(p) for p in sections["line"]),
        paragraph_phrases=tuple(_SPACES.sub(" ", p).casefold() for p in sections["paragraph"]),
        comment_phrases=tuple(_SPACES.sub(" ", p).casefold() for p in sections["comments"]),
    )


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    return parse_phrases(PHRASES_FILE.read_text(encoding="utf-8"))
