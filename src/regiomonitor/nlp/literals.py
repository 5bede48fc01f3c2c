"""Literal prefilters: find the few places where a large regular expression can match.

A lexicon of German trigger words compiled into one alternation (`\\w*[Pp]rotokoll(?:e|s)?|...`)
is slow to scan over a long text: Python's `re` tries every alternative at every word start, and
a leading `\\w*` makes each try run to the end of the word and back. Yet every match of such a
pattern must contain some literal text (`protokoll`). `required_literals` reads that literal set
off the parsed pattern, and `LiteralPrefilter` finds all of them at once with an Aho-Corasick
automaton over the lower-cased text; the regular expression then runs only on the stretches
(sentences) where a literal occurs. This is the idea of RE2's `FilteredRE2` and of Hyperscan's
literal decomposition, reduced to what our lexicons use.

The prefilter is sound by construction: a pattern whose required literals cannot be read (say,
`\\w+` alone) makes the prefilter report "anywhere" (`None`), so callers fall back to a full scan.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from itertools import product

import ahocorasick

try:  # the parser of the `re` module: public as `sre_parse` until 3.11, private after
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layout
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# A literal set larger than this (from cross products of alternatives) is not worth building.
_MAX_SET = 64
# Literals shorter than this would match nearly everywhere: no use as a filter.
_MIN_LENGTH = 3

_C = _sre_constants
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}


def _exact(items) -> set[str] | None:
    """The complete set of (lower-cased) strings a parsed sequence can match, when small and finite."""
    strings = {""}
    for op, arg in items:
        if op is _C.LITERAL:
            options = {chr(arg).lower()}
        elif op is _C.IN:
            options = _class_options(arg)
        elif op is _C.SUBPATTERN:
            options = _exact(arg[-1])
        elif op is _C.BRANCH:
            options = set()
            for branch in arg[1]:
                sub = _exact(branch)
                if sub is None:
                    return None
                options |= sub
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, high, body = arg
            sub = _exact(body)
            if sub is None or high not in (0, 1) or low not in (0, 1):
                return None
            options = sub | ({""} if low == 0 else set())
        elif op in _ZERO_WIDTH:
            options = {""}
        else:
            return None
        if options is None:
            return None
        strings = {a + b for a, b in product(strings, options)}
        if len(strings) > _MAX_SET:
            return None
    return strings


def _class_options(arg) -> set[str] | None:
    """`[Pp]` → {"p"}, `[aä]` → {"a", "ä"}; wider classes (`[A-Z]`, `\\w`) are not literals."""
    options = set()
    for op, value in arg:
        if op is not _C.LITERAL:
            return None
        options.add(chr(value).lower())
    return options if len(options) <= 4 else None


def _score(literals: set[str]) -> tuple[int, int]:
    """Better filters have longer shortest literals, then fewer literals."""
    return (min(len(s) for s in literals), -len(literals))


def _required(items) -> set[str] | None:
    """A set of literals of which every match of the sequence contains at least one."""
    candidates: list[set[str]] = []
    run: list = []

    def close_run() -> None:
        if run:
            exact = _exact(run)
            if exact and "" not in exact:
                candidates.append(exact)
            run.clear()

    for item in items:
        op, arg = item
        if _exact([item]) is not None:
            run.append(item)
            continue
        close_run()
        sub: set[str] | None = None
        if op is _C.SUBPATTERN:
            sub = _required(arg[-1])
        elif op is _C.BRANCH:
            branches = [_required(b) for b in arg[1]]
            if all(branches):
                sub = set().union(*branches)  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and arg[0] >= 1:
            sub = _required(arg[2])
        if sub:
            candidates.append(sub)
    close_run()
    usable = [c for c in candidates if len(c) <= _MAX_SET]
    return max(usable, key=_score) if usable else None


def required_literals(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased literals of which every match of `pattern` contains one; None if unknown.

    >>> sorted(required_literals(r"\\w*[Pp]rotokoll(?:e|s)?"))
    ['protokoll']
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    found = _required(list(parsed))
    if not found or min(len(s) for s in found) < _MIN_LENGTH:
        return None
    # "forum" already finds every "forums"
    return frozenset(s for s in found if not any(t != s and t in s for t in found))



def automaton_of(values: dict[str, Any]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton that finds each key of `values` and reports `(len(key), value)`;
    None when there are no keys (an automaton without words cannot be searched)."""
    if not values:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in values.items():
        automaton.add_word(key, (len(key), value))
    automaton.make_automaton()
    return automaton

class LiteralPrefilter:
    r"""Offsets in a text where at least one of many patterns might match.

    Built from a list of patterns; `positions(text)` returns the start offsets of their required
    literals in `text`, or None when some pattern has no usable literal (scan everything).
    `windows(text)` widens the hits to the stretches a match through them can cover: from
    `before` characters ahead of the word that holds the literal (a trigger may open with a
    word or two: `Unternehmen mit belarussischer Kapitalbeteiligung`) to `after` characters
    beyond it (`Sitzung der ... Arbeitsgruppe`). Windows end at word boundaries, so `\b` and
    `(?!\w)` mean the same inside a window as in the whole text.
    """

    def __init__(self, patterns: list[str], flags: int = 0, before: int = 80, after: int = 200) -> None:
        self.before, self.after = before, after
        literals: set[str] = set()
        self.complete = True
        for pattern in patterns:
            found = required_literals(pattern, flags)
            if found is None:
                self.complete = False
                break
            literals |= found
        self._automaton: ahocorasick.Automaton | None = None
        if self.complete and literals:
            automaton = ahocorasick.Automaton()
            for literal in literals:
                automaton.add_word(literal, len(literal))
            automaton.make_automaton()
            self._automaton = automaton

    def positions(self, text: str, lowered: str | None = None) -> list[int] | None:
        """Start offsets of literal hits; None when the filter cannot decide (scan all of it)."""
        if not self.complete:
            return None
        if self._automaton is None:
            return []
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) != len(text):  # a character whose lower case is longer: offsets would drift
            return None
        return [end - length + 1 for end, length in self._automaton.iter(lowered)]

    def windows(self, text: str, lowered: str | None = None) -> list[tuple[int, int]] | None:
        """Merged (start, end) stretches of `text` around the literal hits, in order; None: all."""
        positions = self.positions(text, lowered)
        if positions is None:
            return None
        return windows_around(text, positions, self.before, self.after)


def windows_around(text: str, positions: Iterable[int], before: int, after: int) -> list[tuple[int, int]]:
    """Merged (start, end) stretches of `text` around literal hits at `positions`, in order: from
    `before` characters ahead of a hit's word to `after` characters beyond the hit, both ends
    between words (see `LiteralPrefilter`)."""
    spans: list[tuple[int, int]] = []
    for hit in sorted(positions):
        start = _word_start(text, _word_start(text, hit) - before)
        end = _word_end(text, hit + after)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def _word_start(text: str, i: int) -> int:
    """The start of the word around offset `i` (or `i` itself between words), at least 0."""
    i = max(0, i)
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    i = min(len(text), i)
    while i < len(text) and (text[i].isalnum() or text[i] == "_"):
        i += 1
    return i


def alternation(words: list[str]) -> str:
    """`re.escape`d `words` as one alternation, grouped by first character and otherwise in the
    given order: `Präsident|Gouverneur|Premier` -> `P(?:räsident|remier)|G(?:ouverneur)`.

    A match is the same as with the flat alternation (only words with the text's first character
    can match at a position, and among those the order is kept), but `re` tests one first
    character per group instead of one per word. Only for case-sensitive patterns.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items())


# the two letters that a case-insensitive `re` pattern matches beyond what `str.lower` gives
_IGNORECASE_EXTRA = str.maketrans({"ı": "i", "ſ": "s"})


def folded(text: str) -> str | None:
    """`text` lower-cased such that every literal (of `required_literals`) that a pattern, also
    a case-insensitive one, matches in `text` is a substring of it; None when lower-casing would
    turn a letter into two (`İ`), which can split a literal."""
    return folded_lower(text, text.lower())


def folded_lower(text: str, lowered: str) -> str | None:
    """`folded(text)`, given `lowered`, the `text.lower()` made already (`Document.lowered`)."""
    low = lowered
    if len(low) != len(text):
        return None
    if "ı" in low or "ſ" in low:
        low = low.translate(_IGNORECASE_EXTRA)
    return low


def may_match(literals: frozenset[str] | None, folded_text: str | None) -> bool:
    """False only when no match is possible: none of a pattern's required `literals` is in the
    `folded` text."""
    return literals is None or folded_text is None or any(literal in folded_text for literal in literals)


class AnyOf:
    """Whether a text holds any of some strings, in one Aho-Corasick pass (a loop of `in` tests
    scans the text once per string)."""

    def __init__(self, words: Iterable[str]) -> None:
        words = set(words)
        self._always = "" in words  # the empty string is in every text
        self._automaton: ahocorasick.Automaton | None = None
        if words and not self._always:
            self._automaton = ahocorasick.Automaton()
            for word in words:
                self._automaton.add_word(word, len(word))
            self._automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        if self._always:
            return True
        return self._automaton is not None and next(self._automaton.iter(text), None) is not None


class WholeWords:
    r"""Whether a text holds any of some words as a whole word (`(?<!\w)word(?!\w)`: `Mai`, not
    `Mail`), in one Aho-Corasick pass."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in set(words) - {""}:
            self._automaton.add_word(word, len(word))
        if len(self._automaton):
            self._automaton.make_automaton()

    def found_in(self, text: str) -> bool:
        if not len(self._automaton):
            return False
        for last, length in self._automaton.iter(text):
            start, end = last - length + 1, last + 1
            if not (start > 0 and _is_word_char(text[start - 1])) and not (end < len(text) and _is_word_char(text[end])):
                return True
        return False


def _is_word_char(char: str) -> bool:
    r"""`re`'s `\w` (str patterns): what `str.isalnum` accepts, and `_`."""
    return char.isalnum() or char == "_"


class LiteralRows:
    """Which rows of a lexicon (one pattern each) may match a text, in one automaton pass.

    An alternation of many rows tries each of them at every word start of a text, yet a text
    rarely holds the literal of more than one or two. A row whose required literals
    (`required_literals`) are all absent cannot match anywhere in the text, so an alternation of
    the remaining rows, in their order, finds the same matches. Rows without usable literals are
    always candidates.
    """

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        self._always: frozenset[int] = frozenset()
        rows_of: dict[str, set[int]] = {}
        for row, pattern in enumerate(patterns):
            found = required_literals(pattern, flags)
            if found is None:
                self._always |= {row}
            else:
                for literal in found:
                    rows_of.setdefault(literal, set()).add(row)
        self._all = tuple(range(len(patterns)))
        self._automaton = automaton_of({literal: frozenset(rows) for literal, rows in rows_of.items()})

    @property
    def complete(self) -> bool:
        """Whether every row has literals (else some row may match anywhere)."""
        return not self._always

    def hits(self, folded_text: str) -> list[tuple[int, int, frozenset[int]]]:
        """(start, end, rows) of every occurrence of a literal in a `folded` text, by end."""
        if self._automaton is None:
            return []
        return [(last - length + 1, last + 1, rows) for last, (length, rows) in self._automaton.iter(folded_text)]

    def candidates(self, text: str) -> tuple[int, ...]:
        """Indexes of the rows that may match somewhere in `text`, in row order."""
        low = folded(text)
        if low is None:
            return self._all
        return self.candidates_of(self.hits(low))

    def candidates_of(self, hits: Iterable[tuple[int, int, frozenset[int]]]) -> tuple[int, ...]:
        """The rows that may match in a text with these `hits`, in row order."""
        return tuple(sorted(self._always.union(*(rows for _, _, rows in hits))))


class Occurrences:
    """Where the strings of some labelled groups occur in a text (case as written), for all
    groups in one Aho-Corasick pass; overlapping occurrences are all reported."""

    def __init__(self, groups: dict[str, Iterable[str]]) -> None:
        self._labels = tuple(groups)
        labels_of: dict[str, list[str]] = {}
        for label, words in groups.items():
            for word in words:
                if word:
                    labels_of.setdefault(word, []).append(label)
        self._automaton = automaton_of({word: tuple(labels) for word, labels in labels_of.items()})

    def spans(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Per label, (start, end) of each occurrence of its strings, ordered by end."""
        found: dict[str, list[tuple[int, int]]] = {label: [] for label in self._labels}
        if self._automaton is not None:
            for end, (length, labels) in self._automaton.iter(text):
                for label in labels:
                    found[label].append((end - length + 1, end + 1))
        return found


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def finditer_in_windows(pattern: re.Pattern, text: str, windows: Iterable[tuple[int, int]]):
    """The matches of `pattern.finditer(text)`, scanning only `windows` of the text.

    The same matches as the full scan when every match lies inside one window and each window
    ends at the text's end or before a character that is no word character: then no match
    crosses a window's edge, the scan between windows finds nothing, and inside a window a match
    attempt reads nothing beyond it that could change its outcome (`\\b` and `(?!\\w)` at the
    window's end say what they say in the whole text; look-behinds see the text before it)."""
    for start, end in merged(windows):
        yield from pattern.finditer(text, start, end)


def word_end(text: str, i: int) -> int:
    """The end of the word around offset `i` (or `i` itself between words)."""
    return _word_end(text, i)


def space_end(text: str, i: int) -> int:
    """The first offset from `i` on that holds no whitespace."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def word_start(text: str, i: int) -> int:
    """The start of the word around offset `i` (or `i` itself between words), at least 0."""
    return _word_start(text, i)
