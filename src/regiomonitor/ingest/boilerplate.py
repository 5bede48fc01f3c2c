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
    paragraph_phrases: tuple[str, ...]
    comment_phrases: tuple[str, ...]
    line_max_words: int  # of the longest entry of `lines`: a longer line needs no key

    def is_furniture_line(self, line: str) -> bool:
        words = _key_words(line)
        return len(words) <= self.line_max_words and " ".join(words).casefold() in self.lines

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
    for phrase in phrases:  # (a plain loop: any() with a generator costs a third more here)
        if phrase in low:
            return True
    return False


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
        paragraph_phrases=tuple(_SPACES.sub(" ", p).casefold() for p in sections["paragraph"]),
        comment_phrases=tuple(_SPACES.sub(" ", p).casefold() for p in sections["comments"]),
        line_max_words=max((len(key.split(" ")) for key in lines), default=0),
    )


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    return parse_phrases(PHRASES_FILE.read_text(encoding="utf-8"))
