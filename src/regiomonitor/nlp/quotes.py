"""Pipeline component: direct quotations and who said them.

A quotation is text between German or English quotation marks („…“, "…", «…») long enough to
be speech. The speaker is the person named in the attribution around it (`sagte Alexander
Lukaschenko`, `so der Präsident`); a role noun (`der Staatschef`, `das Staatsoberhaupt`) is
resolved to the last person the document gave that role to, or else the last person named.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from regiomonitor.knowledge.persons import person_base
from regiomonitor.nlp.document import Document, Mention, Quote
from regiomonitor.nlp.literals import alternation, folded

# The quoted text holds no quotation mark, so it can only end where its run of other characters
# ends: the run is taken whole (possessive), not tried for a closing mark after every character.
_QUOTE = re.compile(r"[„\"«“]([^„\"«»“”]{25,1500}+)[“\"»”]")
_SPEECH_VERBS = (
    "sagte|sagt|betonte|erklärte|unterstrich|bemerkte|meinte|fügte|versicherte|schlug|"
    "so|erinnerte|stellte|hob|wies|führte|teilte|zitierte|fuhr|merkte|gesagt|betont|erklärt|unterstrichen|"
    "bemerkt|hinzugefügt|ergänzte|sprach|warnte|versprach|räumte|nennt|nannte|formuliert|formulierte|"
    "schrieb|schreibt|kommentierte|antwortete|berichtete|bekräftigte|sagt|meint|erklärt"
).split("|")
_SPEECH = re.compile(r"\b(?:" + "|".join(_SPEECH_VERBS) + r")\b", re.IGNORECASE)
# the same verbs in a `folded` (lower-cased) text: `re` matches a case-blind pattern far slower,
# and the verbs grouped by first letter spare it a try of each verb at every word
_SPEECH_FOLDED = re.compile(r"\b(?:" + alternation(_SPEECH_VERBS) + r")\b")
@cache
def _role_noun() -> re.Pattern:
    """`der Staatschef`, `das Staatsoberhaupt`, `die belarussische Präsidentin`: a role noun of
    `data/persons/role_nouns.tsv` with its article, after which the quote's speaker is looked up."""
    nouns = sorted(person_base().role_nouns, key=len, reverse=True)
    return re.compile(r"\b(?:der|das|die)\s+((?:[a-zäöüß]+isch(?:e|en)\s+)?(?:" + "|".join(map(re.escape, nouns)) + r"))\b")


def role_keys(text: str | None) -> set[str]:
    """Role keys (`head_of_state`, `head_of_region`, ...) of the role nouns in a text, compounds
    of them included (`Wirtschaftsminister`)."""
    if not text:
        return set()
    base = person_base()
    keys = set()
    for word in re.findall(r"[\wÄÖÜäöüß]+", text):
        if word in base.role_nouns:
            keys.add(base.role_nouns[word])
        elif key := next((k for head, k in base.role_heads.items() if word.lower().endswith(head)), None):
            keys.add(key)  # `Wirtschaftsministerin`: a compound of a role noun
    return keys


def _last_person_before(persons: list[Mention], offset: int, role: str | None = None) -> str | None:
    """The person named last before `offset`; with `role`, the last one holding that role, or the
    last one named when no one was given it (`sagt der Geschäftsführer der Taunus Pharma GmbH`)."""
    wanted = role_keys(role.split()[-1]) if role else set()
    best = last = None
    for p in persons:
        if p.start >= offset:
            break
        last = p.name
        if not wanted or wanted & (role_keys(p.role) | role_keys(p.attrs.get("kb_role"))):
            best = p.name
    return best or last


def _has_speech_verb(window: str) -> bool:
    low = folded(window)
    return (_SPEECH.search(window) if low is None else _SPEECH_FOLDED.search(low)) is not None


class _Persons:
    """A document's persons in order of position, to find those named in a stretch of text."""

    def __init__(self, persons: list[Mention]) -> None:
        self.ordered = sorted(persons, key=lambda p: p.start)
        self._starts = [p.start for p in self.ordered]

    def named_in(self, start: int, end: int) -> list[Mention]:
        """The persons named from `start` to before `end`, in order."""
        return self.ordered[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]


def _speaker(
    doc: Document, by_position: _Persons, sentence_at: Callable[[int], int], q_start: int, q_end: int
) -> str | None:
    text = doc.text
    persons = by_position.ordered
    # the attribution is in the quote's own sentence: after it up to the sentence's end, before it
    # from the sentence's start (a person named in the next sentence did not say it)
    # (the document's sentences, which know `Prof. Dr.` is no sentence end)
    after_end = min(doc.sentences[sentence_at(max(q_start, q_end - 1))].end, q_end + 160) if doc.sentences else q_end + 160
    before_start = max(doc.sentences[sentence_at(q_start)].start, q_start - 160) if doc.sentences else q_start - 160
    after = text[q_end:max(q_end, after_end)]
    before = text[max(0, before_start):q_start]
    windows = ((after, q_end), (before, q_start - len(before)))
    introduced = before.rstrip().endswith(":")
    if introduced:
        windows = windows[::-1]  # `Matwijenko erklärte zur Eröffnung: „...“`
    for window, offset in windows:
        # a colon introduces the quote: its sentence's subject speaks, whatever the verb
        if not _has_speech_verb(window) and not (introduced and window is before):
            continue
        named = by_position.named_in(offset, offset + len(window))
        if named:
            return (named[0] if window is after else named[-1]).name
        role = _role_noun().search(window)
        if role:
            return _last_person_before(persons, q_start, role.group(1))
    if _has_speech_verb(after[:60]) or re.match(r"\s*,?\s*(?:so|sagte|betonte)\b", after):
        return _last_person_before(persons, q_start)
    return None


def add_quotes(doc: Document) -> None:
    """Fill `doc.quotes` (needs sentences and persons)."""
    quotes = []
    lookups: tuple[_Persons, Callable[[int], int]] | None = None
    for m in _QUOTE.finditer(doc.text):
        inner = m.group(1).strip()
        if len(inner.split(maxsplit=3)) < 4:
            continue  # a quoted name or title, not speech
        if lookups is None:  # made at the first quote: most texts quote no one
            lookups = _Persons(doc.persons), doc.sentence_finder()
        by_position, sentence_at = lookups
        quotes.append(Quote(_speaker(doc, by_position, sentence_at, m.start(), m.end()), inner, sentence_at(m.start()), m.start(), m.end()))
    doc.quotes = quotes
