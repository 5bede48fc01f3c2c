"""Pipeline component: organizations, from the knowledge base and from German name patterns.

Patterns, in order of confidence:
1. the knowledge base (names and aliases, `MAZ` only in capitals);
2. legal forms before or after a name (`RUPE Gomelkhlebprom`, `Liteiny Zavod LLC`, `Amkodor-Holding`);
3. a head noun followed by a quoted name (`Vereinigung "Erholung auf dem Lande"`);
4. German noun phrases headed by an organization noun (`Nationale Akademie der Wissenschaften von
   Belarus`, `Minsker Traktorenwerk`, `tschetschenisches Landwirtschaftsministerium`), kept only
   when they name one specific body: a proper modifier (a place adjective, a capitalised
   adjective) or a complement (`für Außenbeziehungen des Leningrader Gebiets`). `eine gemeinsame
   Kommission` or `die Arbeitsgruppe` name nothing and are dropped;
5. transliterated enterprise names (`Gomselmash`, `Mogilevkhimvolkno`).
Overlapping finds keep the longest; one entry per organization, aliases folded to the KB name.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import compress
from typing import NamedTuple

import ahocorasick

import simplemma

from regiomonitor.ingest.dateline import find_dateline
from regiomonitor.ingest.months import month_number
from regiomonitor.knowledge.organizations import org_grammar, organization_base
from regiomonitor.knowledge.persons import person_base
from regiomonitor.knowledge.places import gazetteer
from regiomonitor.nlp.document import Document, Mention
from regiomonitor.nlp.literals import (alternation, finditer_in_windows, space_end, word_end,
                                      word_start)
from regiomonitor.nlp.places import lowercase_same_length
from regiomonitor.nlp.spans import DisjointSpans

_TOKEN = re.compile(r"\s[-–]\s|St\.|[\wÄÖÜäöüß]+(?:[-'][\wÄÖÜäöüß]+)*-?|[\"„“”«»]|№\s?\d+|[.,;:()!?]")
_QUOTE = "\"„“”«»"


@cache
def _patterns() -> dict[str, re.Pattern]:
    g = org_grammar()
    prefix = alternation(list(g.legal_prefix))
    suffix = "|".join(re.escape(s) for s in sorted(g.legal_suffix, key=len, reverse=True))
    # capitalised words, dots only inside a word (`St.Petersburg`; `Schodsina.` ends a sentence),
    # never opening with an article or a possessive (`Die Kohleholding AG` is `Kohleholding AG`)
    word = r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Unser|Unsere|Ihre|Seine)\b)[A-ZÄÖÜ][\w&-]*(?:\.[\w&-]+)*"
    # (`Kraus & Weber AG`, `Optical Fibre and Cable Company`; a name does not run over a line break:
    # `Zur Sache` / `Kappler Beregnungstechnik GmbH: gegründet 1973`)
    name_word = rf"{word}(?:[^\S\n]+(?:№\s?\d+|(?:&|and)[^\S\n]+{word}|{word}))*"
    quoted_heads = alternation(sorted(g.quoted_heads, key=len, reverse=True))
    endings = "|".join(sorted(g.enterprise_endings, key=len, reverse=True))
    return {
        "legal_prefix": re.compile(rf"\b(?:{prefix})\s+[\"„“«]?(?:{name_word})[\"“”»]?"),
        "legal_suffix": re.compile(rf"(?<![\w])(?:[\"„“«][^\"“”»\n]{{2,60}}[\"“”»]|{name_word})[\s-](?:{suffix})(?![\w])"),
        "quoted": re.compile(rf"\b(?:{quoted_heads})\s+[\"„“«][A-ZÄÖÜ][^\"“”»\n]{{1,60}}[\"“”»](?:\s+(?:{suffix})\b)?"),
        "enterprise": re.compile(rf"\b[A-Z][a-z]{{2,}}(?:{endings})\b"),
    }


# Where the patterns of `_patterns` can match. Each match holds one of a few literal words (a
# legal form, a head noun, an ending), so the patterns run only on windows around those words
# (`finditer_in_windows`) instead of over the whole text, where trying the capitalised-word
# chains of `name_word` at every capital letter is slow. Each window is wide enough for every
# match through its word, so the matches are the same as a full scan's.

# the longest legal suffix (`Corporation`) after the closing quote of a quoted name
_LONGEST_SUFFIX = 11
# `"Name"` in `quoted` and `legal_suffix`: a quote, up to 61 characters, a quote
_QUOTED_REACH = 63
# Inside a chain of capitalised words (`name_word`) every whitespace is followed by a capital,
# `№`, a digit (`№ 5`) or an opening quote (after a legal prefix).
_CHAIN_AFTER = re.compile(r"\S*(?:\s+[A-ZÄÖÜ№\d\"„“«]\S*)*")
_CHAIN_OPENER = re.compile(r"[A-ZÄÖÜ№\d\"„“«]")
_WORD_CHAR = re.compile(r"\w")
_OPENING_QUOTES = "\"„“«"


def _chain_start(text: str, end: int) -> int:
    """The earliest offset a chain of capitalised words ending at `end` can start from: back
    over whitespace-separated words as long as each word after a whitespace opens a chain word."""
    i = end
    while True:
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        if j == 0 or (j < end and not _CHAIN_OPENER.match(text, j)):
            return j  # no match reaches over the whitespace before a word that opens no chain word
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == 0:
            return 0
        i = j


def _word_boundary_before(text: str, i: int) -> bool:
    return i == 0 or not _WORD_CHAR.match(text, i - 1)


def _legal_prefix_windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """From a legal form (`OAO`), a word of its own with a space after it, over the chain of name
    words after it."""
    return [(s, _CHAIN_AFTER.match(text, s).end()) for s, e in spans
            if e < len(text) and text[e].isspace() and _word_boundary_before(text, s)]


def _legal_suffix_windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """From the start of the name (a chain of name words or a quoted name) to the legal form."""
    windows = []
    for s, e in spans:
        if s > 0 and (text[s - 1].isspace() or text[s - 1] == "-") and not _WORD_CHAR.match(text, e):
            windows.append((max(0, min(_chain_start(text, s), s - _QUOTED_REACH - 1)), e))
    return windows


def _quoted_windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """From the head noun, when spaces and an opening quote follow it, over the quoted name and a
    legal form after it."""
    windows = []
    for s, e in spans:
        quote = space_end(text, e)
        if quote > e and quote < len(text) and text[quote] in _OPENING_QUOTES and _word_boundary_before(text, s):
            after_quote = space_end(text, min(len(text), quote + _QUOTED_REACH))
            windows.append((s, word_end(text, min(len(text), after_quote + _LONGEST_SUFFIX))))
    return windows


def _word_windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words that end in an ending (`Gomselmash`)."""
    return [(word_start(text, s), e) for s, e in spans if not _WORD_CHAR.match(text, e)]


_WINDOWS = {"legal_prefix": _legal_prefix_windows, "legal_suffix": _legal_suffix_windows,
            "quoted": _quoted_windows, "enterprise": _word_windows}


@cache
def _pattern_word_groups() -> dict[str, tuple[str, ...]]:
    """Per pattern of `_patterns`, the words (case as written) one of which each match holds."""
    g = org_grammar()
    return {"legal_prefix": g.legal_prefix, "legal_suffix": g.legal_suffix, "quoted": g.quoted_heads,
            "enterprise": _literal_endings(g.enterprise_endings)}


@cache
def _cased_word_groups() -> dict[str, tuple[str, ...]]:
    """The words `_scan` finds where the text writes them as given: those of `_pattern_word_groups`
    and the lead nouns of `_led_names` ("lead")."""
    return {**_pattern_word_groups(), "lead": org_grammar().name_leads}


def _literal_endings(endings: tuple[str, ...]) -> tuple[str, ...]:
    """The enterprise endings, which the pattern takes as written: plain words only."""
    assert all(re.escape(e) == e for e in endings), "enterprise endings must be plain words"
    return endings


def _pattern_matches(text: str, words: dict[str, list[tuple[int, int]]] | None = None) -> Iterator[tuple[str, re.Match]]:
    """(key, match) of `_patterns()[key].finditer(text)` for each key in order, scanning only
    around the patterns' words (`_Scan.words`, found here when not given)."""
    if words is None:
        words = _scan(text, lowercase_same_length(text)).words
    for key, pattern in _patterns().items():
        windows = _WINDOWS[key](text, words[key])
        for m in finditer_in_windows(pattern, text, windows):
            yield key, m


# One Aho-Corasick pass over the lower-cased text finds the three kinds of literal words this
# component looks for: the knowledge base's names, the words of `_patterns` and the lead nouns
# (case as written, so a hit of their lower-cased form counts where the text writes them so) and
# the head nouns (any case). A pass costs about the same per character whatever the number of words, so one pass
# instead of three saves two thirds of it.


class _Entry(NamedTuple):
    """What a lower-cased key of `_text_automaton` stands for."""
    length: int
    known: tuple | None  # the knowledge base's entries ((Organization, exact form or None), ...)
    cased: tuple[tuple[str, tuple[str, ...]], ...]  # (word as written, its labels in `_cased_word_groups`)
    head: bool  # a head noun


class _Scan(NamedTuple):
    known: list[tuple[int, int, str, bool]]  # as `_kb_matches` gives them
    words: dict[str, list[tuple[int, int]]]  # per label of `_cased_word_groups`, spans of its words, by end
    heads: list[tuple[int, int]]  # spans of head nouns, by end


@cache
def _text_automaton() -> ahocorasick.Automaton | None:
    known = {key: entries for key, (_, entries) in organization_base().automaton.items()}
    cased: dict[str, dict[str, list[str]]] = {}  # lower-cased word -> word as written -> labels
    for label, words in _cased_word_groups().items():
        for word in words:
            if word:
                assert len(word.lower()) == len(word), "cased words keep their length in lower case"
                cased.setdefault(word.lower(), {}).setdefault(word, []).append(label)
    heads = {h.lower() for h in org_grammar().heads}
    keys = [*known, *(k for k in cased if k not in known), *(h for h in heads if h not in known and h not in cased)]
    if not keys:
        return None
    automaton = ahocorasick.Automaton()
    for key in keys:
        forms = tuple((word, tuple(labels)) for word, labels in cased.get(key, {}).items())
        automaton.add_word(key, _Entry(len(key), known.get(key), forms, key in heads))
    automaton.make_automaton()
    return automaton


def _scan(text: str, low: str) -> _Scan:
    """The literal words of `text` (`low`: the text lower-cased) in one automaton pass."""
    found = _Scan([], {label: [] for label in _cased_word_groups()}, [])
    automaton = _text_automaton()
    if automaton is None:
        return found
    n = len(text)
    words, heads, known = found.words, found.heads, found.known
    for end, (length, entries, cased, head) in automaton.iter(low):
        stop = end + 1
        start = stop - length
        if cased:
            for word, labels in cased:
                if text.startswith(word, start):
                    for label in labels:
                        words[label].append((start, stop))
        if head:
            heads.append((start, stop))
        # most hits are short keys inside words (`un` in `und`): the word boundaries first
        if entries is not None and not (start and low[start - 1].isalnum()) and not (stop < n and low[stop].isalnum()):
            organization = _known_at(text, start, stop, entries)
            if organization is not None:
                known.append(organization)
    return found


def _known_at(text: str, start: int, stop: int, entries: tuple) -> tuple[int, int, str, bool] | None:
    """The known organization of a key's hit between word boundaries, if the surface's case fits
    one of its entries."""
    surface = text[start:stop]
    for org, exact in entries:
        if exact is not None and surface != exact:
            continue
        if exact is None and not surface[:1].isupper() and org.name[:1].isupper() and not _lowercase_adjective_lead(surface):
            continue
        return start, stop, org.name, org.kind == "authority"
    return None


def _kb_matches(text: str, low: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, knowledge-base name, is a region's authority) of known organizations."""
    base = organization_base()
    found = []
    if len(base.automaton) == 0:
        return found
    n = len(text)
    for end, (key, entries) in base.automaton.iter(low):
        start = end - len(key) + 1
        stop = end + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        if stop < n and low[stop].isalnum():
            continue
        known = _known_at(text, start, stop, entries)
        if known is not None:
            found.append(known)
    return found


_ADJECTIVE_LEAD = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em) [A-ZÄÖÜ]")


def _lowercase_adjective_lead(surface: str) -> bool:
    """`die belarussische Universal Commodity Exchange`: an adjective before a name is written
    in lower case, the name after it is not."""
    return _ADJECTIVE_LEAD.match(surface) is not None


@cache
def _head_patterns() -> tuple[re.Pattern, re.Pattern]:
    g = org_grammar()
    heads = "|".join(map(re.escape, g.heads))
    long_not = "|".join(map(re.escape, (n for n in g.not_heads if len(n) > 6)))
    short_not = "|".join(map(re.escape, (n for n in g.not_heads if len(n) <= 6)))
    # the head itself or its genitive (`Ministeriums`, `Traktorenwerks`); plurals name no one body
    head = re.compile(rf"(?:{heads})(?:s|es)?$")
    not_head = re.compile(rf"(?:^(?:{short_not})|(?:{long_not}))(?:s|es)?$")
    return head, not_head


def is_organization_noun(word: str) -> bool:
    """`Gebietsexekutivkomitees`, `Traktorenwerk`: a noun that heads organization names."""
    return _is_head(word)


# what follows a head noun at the end of a word (`_is_head`): a genitive ending, then no word character
_HEAD_END = re.compile(r"(?:e?s)?(?!\w)")


def _sentences_with_heads(heads: list[tuple[int, int]], low: str,
                          sentence_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences (in order, not overlapping) in which a word ends in a head noun, the only ones
    in which a token can be a head (`_is_head`). Most sentences hold none: a head inside a word
    (`rat` in `beraten`, `werk` in `Werkzeug`) does not count. `heads`: the spans of the head
    nouns in `low` (`_Scan.heads`), the text lower-cased."""
    if not org_grammar().heads or any(a[1] > b[0] for a, b in zip(sentence_spans, sentence_spans[1:])):
        return sentence_spans
    starts = [start for start, _ in sentence_spans]
    holding: set[int] = set()
    for start, end in heads:
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= sentence_spans[i][1] and _HEAD_END.match(low, end, sentence_spans[i][1]):
            holding.add(i)
    return [sentence_spans[i] for i in sorted(holding)]


@cache
def _is_head(word: str) -> bool:
    """An organization noun, also in the genitive (`Traktorenwerks`, `Ministeriums`)."""
    if not word[:1].isupper() or word in person_base().given_names:
        return False  # (`Marat` ends like `Stadtrat` but is a given name)
    low = word.lower().rstrip("-")
    head, not_head = _head_patterns()
    # (`Ararat` ends like `Stadtrat` but is a place's name)
    return bool(head.search(low)) and not not_head.search(low) and gazetteer().automaton.get(low, None) is None


_POSSESSIVES = frozenset({"deren", "dessen", "sein", "seine", "seinem", "seinen", "seines", "ihr", "ihre", "ihrem", "ihren", "ihres"})
_WEAK_HEADS = frozenset({"zentrum", "zentrums", "zentren", "kommission", "komitee", "komitees", "rat", "rates", "rats",
                         "arbeitsgruppe", "gruppe", "werk", "werke", "werks", "werken", "börse", "bank", "holding",
                         "agentur", "verband", "vereinigung", "konzern", "fonds", "institut", "mission", "botschaft"})
_TOPIC_PREPOSITIONS = frozenset({"für", "zur", "zum"})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des"})
_GENERIC_LEADS = re.compile(r"^(?:(?:Das|Die|Der)\s+)?(?:[A-ZÄÖÜ]\w+er\s+(?=\w*(?:[Bb]auer|[Hh]ersteller)))?(?:\w*[Uu]nternehmen|Firma|Betrieb|Gesellschaft"
                            r"|\w*(?:[Bb]auer|[Hh]ersteller|[Ll]ieferer|[Hh]ändler|[Kk]onzern))\s+(?=[A-ZÄÖÜ])")  # (`Anlagenbauer X AG`)


@lru_cache(maxsize=65536)
def _proper_modifier(word: str) -> bool:
    """A modifier that makes the name specific: a capitalised adjective (Nationale, Minsker,
    Belarussische), a lowercase adjective of a place (tschetschenisches), a truncated compound
    (`Industrie-`)."""
    low = word.lower()
    if word.endswith("-"):
        return False  # `Service- und Technikzentrum`: part of the noun, says nothing specific
    if word[:1].isupper() and re.search(r"(?:e|en|er|es|em)$", low):
        return True
    return word[:1].islower() and _is_place_word(word)


@cache
@cache
def _place_readings(words: str) -> tuple[tuple[str, int, int], ...]:
    """(kind, start, end) of the places `words` name (`country`, `region`, `city`, ...)."""
    from regiomonitor.nlp.places import find_places

    return tuple((m.kind, m.start, m.end) for m in find_places(words))


def _is_country_word(word: str) -> bool:
    return any(kind == "country" for kind, _, _ in _place_readings(word))


def _is_place_word(word: str) -> bool:
    return any(kind in ("country", "region") for kind, _, _ in _place_readings(word))


def _is_town_word(word: str) -> bool:
    """A town the gazetteer knows (`Jena`, `Münster`): simplemma knows such names as words."""
    return any(kind == "city" for kind, _, _ in _place_readings(word))


def _is_whole_place(words: str) -> bool:
    return any(start == 0 and end == len(words) for _, start, end in _place_readings(words))


def _named_compound(word: str) -> bool:
    """`Osteuropa-Wirtschaftsinstitut`, `Robert-Koch-Institut`: a head compound whose first parts
    hold a name (a place, a listed geographic or given name, a word no word list knows) is itself a name."""
    parts = word.split("-")[:-1]
    # (not an enterprise's abbreviation: `BELAZ-Kompetenzzentrum`, `KAMAZ-Stammwerk` are its sites)
    return bool(parts) and all(p[:1].isupper() and not p.isupper() for p in parts) and any(
        p in org_grammar().compound_name_parts or p in person_base().given_names or _is_place_word(p) or not _is_known_word(p)
        for p in parts)


def _country_adjective_on_noun(tokens: list[str], k: int) -> bool:
    """`Russischen Unternehmer`: a country's adjective on a noun that does not make a place name
    with it (as `Russischen Föderation` does)."""
    return bool(_PLACE_ADJECTIVE.search(tokens[k])) and k + 1 < len(tokens) and tokens[k + 1][:1].isupper() \
        and not _is_place_word(tokens[k + 1]) and not _is_whole_place(f"{tokens[k]} {tokens[k + 1]}")


class _TokenStarts:
    """Where the tokens of a sentence (`_TOKEN.findall(text, start, ...)`) start, found only as far
    as asked: `findall` gives no offsets, and most sentences yield no phrase whose bounds are needed.
    `_TOKEN` has no look-around, so no match of it starts between two tokens (`findall` would have
    found it): each token starts at the first occurrence of its text after the one before it ends."""

    def __init__(self, text: str, start: int, tokens: list[str]) -> None:
        self._text, self._tokens = text, tokens
        self._starts: list[int] = []
        self._next = start  # where the first token not yet placed is searched from

    def __getitem__(self, i: int) -> int:
        while len(self._starts) <= i:
            token = self._tokens[len(self._starts)]
            self._starts.append(self._text.index(token, self._next))
            self._next = self._starts[-1] + len(token)
        return self._starts[i]


_ADJECTIVE_INFLECTIONS = ("e", "en", "er", "es", "em")
_PLACE_ADJECTIVE = re.compile(r"(?:isch|[Dd]eutsch)(?:e[nmrs]?)?$")  # (`deutsch` is no `-isch` word)


_ABROAD_HEADS = ("botschaft", "konsulat", "handelsvertretung", "vertretung")


def _place_after(tokens: list[str], k: int) -> int | None:
    """The index of the last word of a country or region named from `k` on, after an article
    (`der Bundesrepublik Deutschland`, `Kasachstan`), or None."""
    first = k + 1 if k < len(tokens) and tokens[k].lower() in _ARTICLES else k
    last = None
    for j in range(first, min(len(tokens), first + 4)):
        if not tokens[j][:1].isupper():
            break
        if _is_place_word(" ".join(tokens[first:j + 1])):
            last = j
    return last


def _topic_list_end(tokens: list[str], k: int) -> int | None:
    """At a comma (`tokens[k]`) in a body's topic: the index of the last topic of a list `, B, C und
    D` (each one capitalised word), or None when no such list follows (a comma ending the name)."""
    j = k
    while j + 1 < len(tokens) and tokens[j] == "," and tokens[j + 1][:1].isupper() and tokens[j + 1].isalpha():
        j += 2
    if j > k and j + 1 < len(tokens) and tokens[j] == "und" and tokens[j + 1][:1].isupper() and tokens[j + 1].isalpha():
        return j + 1
    return None


def _head_ahead(tokens: list[str], k: int) -> int | None:
    """The index of a head noun that capitalised modifiers from `k` on lead to (`Moskauer
    Staatlichen Technischen Universität`, `Belarussischen Industrie- und Handelskammer`), or None."""
    j = k
    while j < len(tokens) and j - k <= 4:
        t = tokens[j]
        if _is_head(t) and j > k:
            return j
        if t[:1].isupper() or t.endswith("-") or (t == "und" and j > k and tokens[j - 1].endswith("-")):
            j += 1
            continue
        return None
    return None


def _noun_phrases(text: str, sentence_spans: list[tuple[int, int]], low: str,
                  heads: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, is_authority) of organization noun phrases; `low` is the text lower-cased,
    `heads` the spans of head nouns in it (`_Scan.heads`)."""
    g = org_grammar()
    given_names = person_base().given_names
    out = []
    for s_start, s_end in _sentences_with_heads(heads, low, sentence_spans):
        tokens = _TOKEN.findall(text, s_start, s_end)
        starts = _TokenStarts(text, s_start, tokens)
        for i in compress(range(len(tokens)), map(_is_head, tokens)):
            word = tokens[i]
            # modifiers to the left: adjectives, `Industrie- und`
            left = i
            specific = False
            j = i - 1
            while j >= 0:
                w = tokens[j]
                if w == "und" and j > 0 and tokens[j - 1].endswith("-"):
                    j -= 1
                    continue
                if w.lower() in g.stop_words or w in ".,;:()!?" or w in _QUOTE or w.strip() in "-–":
                    break
                if w.endswith("-") or (w == "St." and j + 1 < i):
                    left = j  # `Industrie- und Handelskammer`, `St. Petersburger ...`
                    j -= 1
                    continue
                if _proper_modifier(w) or (w[:1].isupper() and j == i - 1 and word[:1].isupper() and w.lower() not in g.connectors and not w.isupper() and _looks_like_name_part(w)):
                    specific = specific or _proper_modifier(w) or True
                    left = j
                    j -= 1
                    continue
                break
            specific = specific or _named_compound(word)
            if _indefinite_before(tokens, left):
                continue  # `ein gemeinsames Werk für Kommunaltechnik`: one of a kind, not a name
            if i > 0 and word.lower().endswith(_ABROAD_HEADS) and tokens[i - 1][:1].islower() \
                    and tokens[i - 1].endswith(_ADJECTIVE_INFLECTIONS) and tokens[i - 1] not in g.stop_words \
                    and tokens[i - 1] not in _ARTICLES and not _is_place_word(tokens[i - 1]):
                continue  # `der diplomatischen Vertretung Kasachstans`: what the body is, not its name
            if left > 0 and tokens[left - 1].lower() in _POSSESSIVES:
                continue  # `deren Zentrum Öskemen`: a region's centre, a town; `sein Werk`
            if left > 0 and _SUPERLATIVE.match(tokens[left - 1]):
                continue  # `die größte Warenbörse Russlands`: a description, not a name
            # complement to the right: `für Außenbeziehungen des Leningrader Gebiets`
            right = i
            k = i + 1
            after_preposition = False
            place_complement = False
            seen_connector = False  # `und` joins inside a complement (`für Industrie und Handel`) only
            topic = k < len(tokens) and tokens[k].lower() in _TOPIC_PREPOSITIONS
            # a body for the cooperation of two sides names both: `... zwischen Belarus und der Region Irkutsk`
            cooperation = topic and any(t.lower() == "zusammenarbeit" for t in tokens[k:k + 4])
            while k < len(tokens) and k - i <= 12:
                w = tokens[k]
                w_low = w.lower()
                if w_low == "mit" and cooperation and k + 1 < len(tokens) and tokens[k + 1].lower() in _ARTICLES:
                    k += 1  # `Arbeitsgruppe für die Zusammenarbeit des Gomeler Gebiets mit der Region ...`
                    continue
                if w_low == "in" and word.lower().endswith(_ABROAD_HEADS) and (at := _place_after(tokens, k + 1)) is not None:
                    # `Botschaft der Republik Belarus in Kasachstan`: where a mission abroad sits is its name
                    right, place_complement = at, True
                    k = at + 1
                    continue
                if w_low in ("in", "im", "am", "an", "auf", "mit", "bei", "über"):
                    break  # `Werk in Minsk` gives the plant's place, not its name
                if _is_time_word(w):
                    break  # `Konzern Bellesbumprom zwischen Januar und September`: a time, not the name
                if w_low in g.connectors:
                    if w_low == "und" and not seen_connector:
                        break  # `Automobilwerk und AstanaBelAZService LLP`: two bodies, not one name
                    if w_low == "und" and not (k + 1 < len(tokens) and tokens[k + 1][:1].isupper() and tokens[k + 1].lower() not in g.stop_words) \
                            and not (cooperation and k + 2 < len(tokens) and tokens[k + 1].lower() in _ARTICLES and tokens[k + 2][:1].isupper()):
                        break  # (`Zusammenarbeit zwischen Belarus und der Region Irkutsk` goes on)
                    if w_low == "und" and any(map(_is_head, tokens[k + 1:k + 6])):
                        break  # `Agraruniversität und Belarussische ... Universität`: two organizations
                    if w_low in ("die", "den", "dem") and not after_preposition:
                        break  # an article opens a new phrase unless a preposition asked for it
                    after_preposition = w_low not in ("der", "des", "die", "den", "dem", "und")
                    seen_connector = True
                    k += 1
                    continue
                if w in given_names or _surname_next(tokens, k):
                    break  # `des Föderationsrats Valentina Matwijenko`: a person follows the name
                head_at = _head_ahead(tokens, k) if after_preposition is False and tokens[k - 1].lower() in ("der", "des") else None
                if head_at is not None:
                    # `Filiale der Moskauer Staatlichen Technischen Universität`: the body it belongs to
                    right = head_at
                    place_complement = True
                    k = head_at + 1
                    continue
                if w == "," and topic and (last := _topic_list_end(tokens, k)) is not None:
                    right = last  # `Ministerium für Wirtschaft, Arbeit, Verkehr und Digitalisierung`
                    k = last + 1
                    continue
                if len(w) == 1 and w.isupper() and k + 1 < len(tokens) and tokens[k + 1] == ".":
                    break  # an initial: a namesake follows (`Universität N. E. Bauman`, read after the name)
                if k > i + 1 and _is_place_word(tokens[k - 1]) and _is_known_word(w) and not _is_place_word(w) \
                        and not _is_head(w) and not _PLACE_ADJECTIVE.search(tokens[k - 1]) and w_low not in gazetteer().designators:
                    # `Hokimiyat der Region Samarkand Geld`: the name ended with its place (a place's
                    # adjective goes on with its noun: `der Kirgisischen Republik`)
                    break
                if w[:1].isupper() and w not in _QUOTE and not w.startswith("№"):
                    if k == i + 1 and not (_is_place_word(w) or not _is_known_word(w) or _is_town_word(w)):
                        break  # `Holding Händlernetz`: a common noun right after the head is not part of the name
                    if _is_town_word(w) and k == i + 1 and word.lower() not in _WEAK_HEADS:
                        place_complement = True  # `Universitätsklinikum Jena`, `Theater Münster`
                    elif _is_place_word(w) and (not _is_country_word(w) or word.lower() not in _WEAK_HEADS
                                              or _country_adjective_on_noun(tokens, k)):
                        # `Universität Kasan`, `Verkehrsministerium der Republik Kasachstan`,
                        # `Verband der Russischen Unternehmer`; not `Botschaft Russlands` (a weak
                        # head with a country names no one body)
                        place_complement = True
                    elif not _is_known_word(w) and not w.isupper():
                        place_complement = True  # a proper name: `Universität Kasan`, `Kohlebergwerk Kedrovsky`
                    after_preposition = False
                    right = k
                    k += 1
                    continue
                if _proper_modifier(w) and k + 1 < len(tokens) and tokens[k + 1][:1].isupper():
                    k += 1
                    continue
                if tokens[k - 1].lower() in ("für", "zur", "zum") and w.endswith(_ADJECTIVE_INFLECTIONS) and k + 1 < len(tokens) \
                        and tokens[k + 1][:1].isupper() and _is_known_word(tokens[k + 1]):
                    k += 1  # `Ministerium für internationale Zusammenarbeit`: an adjective of the topic
                    continue
                break
            if right > i and (topic or place_complement):
                specific = True
            if not specific:
                continue
            if right == i and _generic_head(word) and all(t[:1].islower() for t in tokens[left:i]):
                continue  # `die belarussische Börse`, `das belarussische Industriezentrum`: a description
            if word.lower() in g.generic_heads and all(t[:1].islower() for t in tokens[left:i]) and not any(
                    _is_place_word(t) or (t[:1].isupper() and not _is_known_word(t) and not german_compound(t))
                    for t in tokens[i + 1:right + 1]):
                continue  # `des Montagewerks für Anhänger und Bodenbearbeitungsgeräte`: what it makes names no plant
            if left == i and word.lower() in _WEAK_HEADS and i + 2 < len(tokens) and tokens[i + 1].lower() in ("der", "des") \
                    and tokens[i + 2][:1].islower():
                continue  # `das Zentrum der kasachischen Ölindustrie`: what a town is, no body's name
            start, end = starts[left], starts[right] + len(tokens[right])
            head = word.lower().rstrip("-")
            authority = any(head.endswith(a) or head.endswith(a + "s") for a in g.authority_heads)
            out.append((start, end, authority))
    return out


def _surname_next(tokens: list[str], k: int) -> bool:
    """`Tansila Narbajewa` after a name: the word after `k` ends like a surname (`-ewa`, `-ow`)."""
    if k + 1 >= len(tokens) or not tokens[k][:1].isupper():
        return False
    word, following = tokens[k], tokens[k + 1]
    return (len(following) > 4 and following[:1].isupper() and following.endswith(person_base().surname_endings)
            and not _is_known_word(word) and not _is_place_word(word) and not _is_place_word(following))


def _generic_head(word: str) -> bool:
    """A head that a country's adjective alone does not make a name (`Börse`, `Zentrum`,
    `Montagewerk`), unlike `Gesundheitsministerium` or `Hüttenwerk`."""
    low = word.lower()
    return low in _WEAK_HEADS or low in org_grammar().generic_heads


# a lowercase superlative or ordinal (`größte`, `wichtigsten`, `erste`)
_SUPERLATIVE = re.compile(r"[a-zäöüß]+(?:st|ßt)e[nmrs]?$")
_INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "einen", "eines"})


def _indefinite_before(tokens: list[str], left: int) -> bool:
    """An indefinite article before the phrase, possibly across lowercase adjectives
    (`ein neues Service- und Montagezentrum`)."""
    j = left - 1
    while j >= 0 and tokens[j][:1].islower() and tokens[j].lower() not in _INDEFINITE and j >= left - 3:
        j -= 1
    return j >= 0 and tokens[j].lower() in _INDEFINITE


@cache
def _is_time_word(word: str) -> bool:
    """A month or a time noun (`Januar`, `Quartals`): never part of an organization's name."""
    return month_number(word) is not None or word.lower() in org_grammar().time_words


@cache
def _is_known_word(word: str) -> bool:
    return simplemma.is_known(word, lang="de")


def _looks_like_name_part(word: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]+", word))


_NAME_TOKEN = re.compile(r"[A-ZÄÖÜ][\w&-]*[\wäöüß]|[A-ZÄÖÜ]")
_LIST_SEPARATOR = re.compile(r"\s*(?:,|,?\s+(?:und|sowie|oder))\s+")


@cache
def _unknown_name(word: str) -> bool:
    """A capitalised word that is no German word, no place and no organization noun: `Pozhsnab`."""
    return (
        len(word) > 2 and word[:1].isupper() and not _is_known_word(word) and not _is_known_word(word.lower())
        and not _is_place_word(word) and not _is_head(word) and not german_compound(word)
        and not word.lower().endswith(_ABSTRACT_NOUN_ENDINGS)
    )


# German abstract nouns (`Additivität`, `Digitalisierung`) are titles of programmes, not firms
_ABSTRACT_NOUN_ENDINGS = ("ität", "ung", "heit", "keit", "schaft", "tion", "ismus", "ierung")


def german_compound(word: str, min_noun: int = 5) -> bool:
    """`Wissensdreiecks`: ends in a German noun of `min_noun` letters or more, so it is a compound."""
    return any(_is_known_word(word[i:].capitalize()) for i in range(2, len(word) - min_noun + 1))


@cache
def _lead_pattern() -> re.Pattern | None:
    leads = org_grammar().name_leads
    if not leads:
        return None
    # no `\b` in front (`_lead_matches` tests it): a pattern that opens with a lead's first letter
    # lets `re` skip ahead to those letters instead of trying every word of the text
    return re.compile(r"(?:" + alternation(sorted(leads, key=len, reverse=True)) + r")\s+(?:wie\s+)?")


def _lead_matches(pattern: re.Pattern, text: str, leads: list[tuple[int, int]]) -> Iterator[re.Match]:
    """The matches of `pattern` behind a word boundary (`\\b`), as `finditer` gives them: a match
    that starts inside a word is passed over, and the search goes on from the next character.
    `leads`: the spans of the lead nouns (`_Scan.words["lead"]`), where alone a match can start."""
    pos = 0
    for start in sorted({start for start, _ in leads}):
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is not None and _word_boundary_before(text, start):
            yield m
            pos = m.end()


# between two words of a name: one space, then a capital
_NAME_GAP = re.compile(r" (?=[A-ZÄÖÜ])")


def _led_names(text: str, leads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Unquoted names after a lead noun, and the names listed with them: `des Unternehmens
    Pozhsnab`, `in den Unternehmen Avtogydrousilitel, Belcard und Belgran`. A name is a run of
    capitalised words whose first word no dictionary knows. `leads`: as for `_lead_matches`."""
    pattern = _lead_pattern()
    if pattern is None:
        return []
    given_names = person_base().given_names
    found = []
    for m in _lead_matches(pattern, text, leads):
        pos = m.end()
        while True:
            words = []
            while (tm := _NAME_TOKEN.match(text, pos)) is not None:
                if not words and (not _unknown_name(tm.group()) or tm.group() in given_names) \
                        and not _place_then_unknown(text, tm):
                    break  # `des Unternehmens Ilja Sidorow`: a person (a given name) is no firm
                if words and _is_known_word(tm.group()) and tm.group() not in org_grammar().name_words \
                        and not _is_head(tm.group()):
                    break  # `die Firma Belwest Schuhe`: a German noun after the name is the object
                if words and tm.group() in given_names and _NAME_GAP.match(text, tm.end(), tm.end() + 2):
                    break  # `zitiert die Agentur BelTA Pjotr Jakimuk`: a person follows the name
                words.append(tm)
                if not _NAME_GAP.match(text, tm.end(), tm.end() + 2):
                    break
                pos = tm.end() + 1
            if not words:
                break
            found.append((words[0].start(), words[-1].end()))
            sep = _LIST_SEPARATOR.match(text, words[-1].end())
            if not sep:
                break
            pos = sep.end()
    return found


def _place_then_unknown(text: str, tm: re.Match) -> bool:
    """`Henan Zhongyuan`: a place's name that opens a firm's name, an unknown word after it."""
    if not _is_place_word(tm.group()) or not _NAME_GAP.match(text, tm.end(), tm.end() + 2):
        return False
    following = _NAME_TOKEN.match(text, tm.end() + 1)
    return following is not None and _unknown_name(following.group())


_QUOTED_WORD = re.compile(r"[\"„“«]([A-ZÄÖÜ][\w-]{2,30})[\"“”»]")
# compiled once: `re`'s own cache costs a look-up per call, and these run for every quoted word
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_GENITIVE_END = re.compile(r"e?s$")


def _titled_by_event_or_brand(text: str, start: int) -> bool:
    """The name at `start` follows an event or brand noun (`Messe`, `Agrarmesse „AgroSib“`,
    `Marke`): the title of a fair, a forum or a product line, not a firm."""
    if start == 0:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start - 1 if text[start - 1] in _QUOTE else start)
    noun = before.group(1).lower() if before else ""
    not_after = org_grammar().quoted_not_after
    return bool(noun) and (noun.endswith(not_after) or _GENITIVE_END.sub("", noun).endswith(not_after))


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """A single quoted word that no dictionary knows is a brand or firm: `"Belwest"`, `„Keramin"`."""
    not_after = org_grammar().quoted_not_after
    out = []
    for m in _QUOTED_WORD.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, m.start() - 40):m.start()])
        noun = before.group(1).lower() if before else ""
        if noun and (noun.endswith(not_after) or _GENITIVE_END.sub("", noun).endswith(not_after)):
            continue  # Agrarmesse „AgroSib“: the title of an event, not a firm
        if _unknown_name(m.group(1)):
            out.append(m.span(1))
    return out


_STRONG_ENDING = {"f": "e", "n": "es", "m": "er", "pl": "e"}
# an inflected adjective: stem with an adjective suffix, then -e/-en/-em/-es (not -er: `Minsker`)
_ADJECTIVE = re.compile(r"((?:[\w-]*-)?\w*(?:isch|al|lich|ig|iv|är|ell|ent|ant|sam|bar|eur|ional|ier|neu|groß|alt|ständig|vereint|deutsch|allgemein|frei|erst))(?:e|en|em|es)$", re.IGNORECASE)
_COMPLEMENT_START = frozenset("der des dem den die für von vom zur zum und in im bei mit an am auf".split())


def _gender(noun: str) -> tuple[str, str] | None:
    """(nominative singular, gender) of an organization head noun in any singular case."""
    low = noun.lower()
    for cut in (0, 1, 2):  # `Werk`, `Werks`, `Instituts`, `Rates`
        base = low[:-cut] if cut else low
        if cut and not low.endswith(("s", "es")[cut - 1]):
            continue
        for length, genders in _genders_by_ending_length():
            if length <= len(base) and (gender := genders.get(base[-length:])) is not None:
                return noun[:len(noun) - cut], gender
    return None


@cache
def _genders_by_ending_length() -> tuple[tuple[int, dict[str, str]], ...]:
    """The head nouns' genders by ending, longest endings first (the longest ending a noun ends
    in decides; of one ending listed twice, the first): one look-up per length instead of a test
    of every ending."""
    by_length: dict[int, dict[str, str]] = {}
    for ending, gender in org_grammar().head_genders:
        by_length.setdefault(len(ending), {}).setdefault(ending, gender)
    return tuple(sorted(by_length.items(), reverse=True))


@lru_cache(maxsize=8192)
def nominative(name: str) -> str:
    """The name in the nominative, as a list or a title gives it: `Nationalen Akademie der
    Wissenschaften` -> `Nationale Akademie der Wissenschaften`, `Belarussischen Automobilwerks` ->
    `Belarussisches Automobilwerk`, `Rates für Unternehmenskooperation` -> `Rat für ...`.

    Only the words before the head noun change (adjectives take the strong ending of the head's
    gender); the complement after it keeps its case. `-er` adjectives (`Minsker`, `Gemeinsamer`)
    and names whose head has no known gender stay as they are. Cached: a text names the same
    organizations again and again.
    """
    words = name.split(" ")
    # `und` after a truncated word (`Industrie- und Handelskammer`) joins the core, it opens nothing
    core_end = next((i for i, w in enumerate(words)
                     if i and w in _COMPLEMENT_START and not (w == "und" and words[i - 1].endswith("-"))), len(words))
    # the head is the last noun of the core with a known gender (`Föderalen Universität Kasan`)
    head_at, found = next(((i, g) for i in range(core_end - 1, -1, -1)
                           if words[i][:1].isupper() and (g := _gender(words[i]) or _plural(words[i])) is not None),
                          (None, None))
    if found is None:
        return name
    words[head_at], gender = found
    for i in range(head_at):
        stem = _ADJECTIVE.match(words[i])
        if stem:
            words[i] = stem.group(1) + _STRONG_ENDING[gender]
    return " ".join(words)


def _plural(noun: str) -> tuple[str, str] | None:
    """(the noun, "pl") for the plural of a neuter or masculine head (`Stahlwerke`): its
    adjectives end in -e (`Weißrussische Stahlwerke`)."""
    singular = _gender(noun[:-1]) if noun.endswith("e") else None
    return (noun, "pl") if singular and singular[1] in ("n", "m") and singular[0] == noun[:-1] else None


def _after_descriptor(text: str, start: int, end: int) -> int:
    """Where the name begins in `russische Nachrichtenagentur TASS` or `Zeitung Iswestija`: after
    the descriptor noun, when only capitalised words that are no places follow it."""
    descriptors = org_grammar().descriptor_heads
    words = list(re.finditer(r"[\w&.-]+", text[start:end]))
    for i, w in enumerate(words[:-1]):
        if any(v.group()[:1].isupper() and not _ADJECTIVE.match(v.group()) and not v.group().endswith("er")
               for v in words[:i]):
            # `Bobruiskagromasch Holding OJSC`: the noun is part of a name that began before it;
            # adjectives (`Russische`) and place adjectives (`Minsker Agentur Belta`) are not
            break
        if w.group().lower() in descriptors or w.group().lower().rstrip("s") in descriptors:
            rest = words[i + 1:]
            if all(r.group()[:1].isupper() and not _is_place_word(r.group()) for r in rest):
                return start + rest[0].start()
    return start


_CLOSING_QUOTES = "“”»\""


def _balanced_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a quote mark that the name does not open or close: `Belorusneft“` after
    a descriptor was dropped from `Unternehmen „Belorusneft“`, or a lone `„` before a name."""
    inner = text[start + 1:end - 1]
    if end - start > 2 and text[end - 1] in _CLOSING_QUOTES and not any(q in text[start:end - 1] for q in _OPENING_QUOTES):
        end -= 1
    elif end - start > 2 and text[start] in _OPENING_QUOTES and not any(q in inner + text[end - 1] for q in _CLOSING_QUOTES):
        start += 1
    return start, end


# `Universität „A. S. Puschkin“`, `Universität P. G. Demidow`: the person a body is named after
_NAMESAKE = re.compile(r"\s[„\"]?(?:[A-ZÄÖÜ]\.\s?){1,3}[A-ZÄÖÜ][\w-]+(?:[“\"](?=\W|$)|(?=[\s,.;:)]|$))")
_NAMENS = re.compile(r"\s+namens" + _NAMESAKE.pattern)
_NAMESAKE_HEADS = ("universität", "hochschule", "akademie", "institut", "schule", "theater", "museum", "bibliothek")


def _after_namesake(text: str, end: int) -> int:
    """Where a noun phrase ending at `end` ends with the namesake of an academy or a theatre
    (`Universität W. G. Schuchow`, also after its place: `Universität Gomel P. O. Suchoi`)."""
    named = _NAMENS.match(text, end)  # `Staatliche Universität Gomel namens F. Skorina`
    if named:
        return named.end()
    at = end
    if at >= 2 and text[at - 1].isupper() and text[at - 2] == " ":
        at -= 2  # the phrase took the namesake's first initial (`Universität W`)
    if not any(word.endswith(_NAMESAKE_HEADS) for word in text[max(0, at - 40):at].lower().split()[-2:]):
        return end
    m = _NAMESAKE.match(text, at)
    return m.end() if m else end


def _after_lowercase_lead(text: str, start: int, end: int) -> int:
    """`kasachische Agromashholding JSC`: a name with its legal form is a proper name, and the
    adjective before it only says where the firm is from."""
    lead = re.match(r"(?:[a-zäöüß][\w-]*\s+)+(?=[A-ZÄÖÜ])", text[start:end])
    if lead and text[start:end].rsplit(None, 1)[-1] in org_grammar().legal_suffix:
        return start + lead.end()
    return start


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _trailing_legal_form() -> re.Pattern[str]:
    """The abbreviated legal forms (`e.V.`, `GmbH`, `AG`, `LLC`), not the nouns (`Holding`, `Group`)."""
    forms = [f for f in org_grammar().legal_suffix if "." in f or not f.istitle()]
    # (`Co., Ltd.`: a second form follows the first after a comma)
    return re.compile(r"(?:,?[ \t]+(?:Ltd\.?|Inc\.?)(?!\w)|[ \t]+(?:"
                      + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w))+")


_QUOTED_AFTER = re.compile(r"[ \t]+[„\"“«][A-ZÄÖÜ][^\"“”»\n]{1,60}[“”»\"]")


def _with_quoted_names(text: str, chosen: list[tuple]) -> list[tuple]:
    """A body's description and its quoted name right after it are one name (`Zentrum für
    Regionalanalyse „Region-Expert“`); `chosen` is sorted by start."""
    out: list[tuple] = []
    for item in chosen:
        if out and item[0] < out[-1][1]:
            continue  # inside the quoted name the one before took in
        if item[2] is None:
            m = _QUOTED_AFTER.match(text, item[1])
            if m:
                item = (item[0], m.end(), None, item[3], item[4])
        out.append(item)
    return out


def _after_legal_form(text: str, end: int) -> int:
    """`Osteuropaverein der Deutschen Wirtschaft e.V.`: the legal form after a name is part of it."""
    m = _trailing_legal_form().match(text, end)
    return m.end() if m else end


def _dateline_agencies(text: str) -> list[tuple[int, int]]:
    """The agency of the dateline (`SCHYMKENT, 27. Februar 2025 (KazTAG) – Der Akim ...`)."""
    dateline = find_dateline(text)
    if dateline is None or dateline.agency is None:
        return []
    at = text.find(dateline.agency, text.find(dateline.place))
    return [(at, at + len(dateline.agency))] if at >= 0 else []


@cache
def _english_name() -> re.Pattern:
    heads = alternation(sorted(org_grammar().english_of_heads, key=len, reverse=True))
    word = r"[A-Z][\w-]+"
    return re.compile(rf"\b(?:{heads})\s+of\s+(?:the\s+)?{word}(?:\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?{word})*")


def _english_names(text: str) -> list[tuple[int, int]]:
    """`University of Science and Technology of China`, `Bank of Japan`: an English head and `of`."""
    if " of " not in text:
        return []  # (German texts: nearly all)
    return [m.span() for m in _english_name().finditer(text)]


def find_organizations(text: str, sentence_spans: list[tuple[int, int]], sentence_of,
                       lowered: str | None = None) -> list[Mention]:
    """The organizations of `text`; `lowered` is `text.lower()` when made already (`Document.lowered`)."""
    low = lowercase_same_length(text, lowered)
    scan = _scan(text, low)
    found: list[tuple[int, int, str | None, bool, int]] = []  # start, end, kb name, authority, priority
    for start, end, name, authority in scan.known:
        found.append((start, end, name, authority, 0))
    rank_of = {key: rank for rank, key in enumerate(_patterns(), start=1)}  # legal_prefix 1 ... enterprise 4
    for key, m in _pattern_matches(text, scan.words):
        if key == "legal_suffix" and text[m.end():m.end() + 2].lstrip()[:1] in _OPENING_QUOTES:
            continue  # `Joint Venture OOO „NamTex-Bel“`: the form opens the quoted name after it
        if key == "enterprise" and _is_known_word(m.group(0)):
            continue  # `Thermostat` is a word, `Kalugastat` a name
        start = m.start()
        lead = _GENERIC_LEADS.match(m.group(0)) if key == "legal_suffix" else None
        if lead:
            start += lead.end()  # `Unternehmen X LLC`: the name is `X LLC`
        found.append((start, m.end(), None, False, rank_of[key]))
    for start, end in _led_names(text, scan.words["lead"]) + _quoted_names(text) + _dateline_agencies(text) + _english_names(text):
        found.append((start, end, None, False, 4))
    for start, end, authority in _noun_phrases(text, sentence_spans, low, scan.heads):
        found.append((start, _after_namesake(text, end), None, authority, 5))
    # longest first, ties by priority; no overlaps
    found.sort(key=lambda f: (-(f[1] - f[0]), f[4]))
    chosen: list[tuple[int, int, str | None, bool, int]] = []
    taken = DisjointSpans()
    for f in found:
        if taken.overlaps(f[0], f[1]):
            continue
        chosen.append(f)
        taken.add(f[0], f[1])
    chosen.sort()
    chosen = _with_quoted_names(text, [(start, _after_legal_form(text, end), kb_name, authority, rank)
                                       for start, end, kb_name, authority, rank in chosen])
    mentions = []
    parts: list[tuple[int, int, str | None, bool, str | None]] = []  # start, end, kb name, authority, display
    # `der Messe Innoprom`, `der Marke PALESSE`: an event's or a brand's title, wherever the text
    # names it (also in a headline: `Innoprom: Belarus unterzeichnet ...`)
    titles = {text[f[0]:f[1]] for f in chosen if f[2] is None and _titled_by_event_or_brand(text, f[0])}
    for start, end, kb_name, authority, _ in chosen:
        if kb_name is None and text[start:end] in titles:
            continue
        if kb_name is None:
            start = _after_descriptor(text, start, end)
            start = _after_lowercase_lead(text, start, end)
            split = _coordinated(text, start, end, low, authority)
            if split:
                parts.extend((s_, e_, None, authority, display) for s_, e_, display in split)
                continue
        parts.append((start, end, kb_name, authority, None))
    for start, end, kb_name, authority, display in parts:
        start, end = _balanced_quotes(text, start, end)
        surface = text[start:end].strip(" -")
        surface = _SPACES.sub(" ", surface)
        if len(surface) < 2:
            continue
        name = kb_name or nominative(display or surface)
        if kb_name is None and display is None:
            # `Minsker Agentur Belta`, `Nachrichtenagentur TASS`: a described known organization
            inner = [(s, e, n) for s, e, n, _ in _kb_matches(text[start:end], low[start:end])]
            if inner and inner[-1][1] >= end - start - 1:
                name = inner[-1][2]
        mentions.append(
            Mention(
                kind="organization",
                key=name,
                surface=text[start:end],
                start=start,
                end=end,
                sentence=sentence_of(start),
                name=name,
                attrs={"authority": authority, **({"display": display} if display else {})},
            )
        )
    return mentions


_TRUNCATED = re.compile(r"(?P<pre>(?:\S+\s+)*?)(?P<first>[A-ZÄÖÜ][\w]*)-\s+und\s+(?P<second>[A-ZÄÖÜ][\w]*)(?P<rest>.*)", re.S)
_AUTHORITY_LIST = re.compile(
    r"(?P<head>\S+?)(?:s)?\s+(?P<prep>von|der\s+Regionen|der\s+Gebiete|der\s+Bezirke)\s+"
    r"(?P<items>[A-ZÄÖÜ][\w-]+(?:\s*,\s*[A-ZÄÖÜ][\w-]+)*\s+(?:und|sowie)\s+[A-ZÄÖÜ][\w-]+)$"
)
_PLURAL_PLACES_END = re.compile(r"der\s+(?:Regionen|Gebiete|Bezirke)\s+[A-ZÄÖÜ][\w-]+$")
_LIST_TAIL = re.compile(r"(?:\s*,\s*[A-ZÄÖÜ][\w-]+)*\s+(?:und|sowie)\s+[A-ZÄÖÜ][\w-]+")
_SINGULAR_PREP = {"von": "von", "der Regionen": "der Region", "der Gebiete": "des Gebiets", "der Bezirke": "des Bezirks"}


def _coordinated(text: str, start: int, end: int, low: str, authority: bool) -> list[tuple[int, int, str]]:
    """Two or more organizations written as one phrase, each as (start, end, name):
    `Minsker Traktoren- und Automobilwerke` -> `Minsker Traktorenwerke`, `Minsker Automobilwerke`
    (only when the knowledge base knows one of them: `Industrie- und Handelskammer` is one body);
    `Exekutivkomitees der Regionen Brest, Gomel und Witebsk` -> one committee per region."""
    if authority and _PLURAL_PLACES_END.search(text, start, end):
        tail = _LIST_TAIL.match(text, end)  # `der Regionen Brest`, `, Gomel und Witebsk`
        if tail and all(_is_place_word(w) for w in re.findall(r"[A-ZÄÖÜ][\w-]+", tail.group())):
            end = tail.end()
    surface = text[start:end]
    m = _TRUNCATED.fullmatch(surface)
    if m:
        head = _head_ending(m.group("second"))
        if head:
            first = f"{m.group('pre')}{m.group('first')}{head}{m.group('rest')}"
            second = f"{m.group('pre')}{m.group('second')}{m.group('rest')}"
            if _kb_matches(first, first.lower()) or _kb_matches(second, second.lower()):
                cut = start + m.start("second")
                return [(start, start + m.end("first") + 1, first), (cut, end, second)]
    m = _AUTHORITY_LIST.fullmatch(" ".join(surface.split())) if authority else None
    if m:
        head = re.sub(r"e?s$", "", m.group("head")) if m.group("head").lower().endswith(("ees", "ets", "ats")) else m.group("head")
        prep = _SINGULAR_PREP[" ".join(m.group("prep").split())]
        out = []
        for item in re.finditer(r"[A-ZÄÖÜ][\w-]+", text[start:end]):
            if text[start:end][:item.start()].count(" ") >= len(m.group("head").split()) + len(m.group("prep").split()):
                out.append((start + item.start(), start + item.end(), f"{head} {prep} {item.group()}"))
        return out if len(out) >= 2 else []
    return []


def _head_ending(word: str) -> str | None:
    """The organization noun a compound ends in (`Automobilwerke` -> `werke`), as written."""
    head, _ = _head_patterns()
    m = head.search(word.lower())
    return word[m.start():] if m else None


def add_organizations(doc: Document) -> None:
    """Pipeline component: fill `doc.organizations` (needs sentences)."""
    spans = [(s.start, s.end) for s in doc.sentences]
    doc.organizations = _abbreviations_as_aliases(
        doc.text, find_organizations(doc.text, spans, doc.sentence_finder(), doc.lowered))


_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-ZÄÖÜ][\w.-]{1,11})\)")


def _abbreviations_as_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """`Navoiyer Bergbau- und Hüttenkombinat (NGMK)`: the abbreviation in brackets after a name,
    there and wherever else the text uses it, is the same organization."""
    alias_of: dict[str, Mention] = {}
    for m in mentions:
        after = _ABBREVIATION_AFTER.match(text, m.end)
        if after and after.group(1) != m.surface and after.group(1).isupper():
            alias_of.setdefault(after.group(1), m)
    if not alias_of:
        return mentions
    return [Mention(kind=m.kind, key=full.key, surface=m.surface, start=m.start, end=m.end, sentence=m.sentence,
                    name=full.name, attrs=m.attrs)
            if (full := alias_of.get(m.surface)) is not None and full is not m else m for m in mentions]
