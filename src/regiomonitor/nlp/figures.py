"""Pipeline component: money amounts with currency, metric, kind, year/period, partners and change.

Each amount is read with the German formats of `knowledge.money`. Its attributes come from its
*window*: the stretch of its sentence between the previous amount and the next one, so that in
`Umsatz ... 14 Mio. USD, wobei der Anteil der Exporte rund 13 Mio. USD betrug` the first amount
is a turnover and the second an export. What the window does not say is taken from the
sentences before it in the same paragraph (an analytical text names the year once and then
gives several figures), and the partners fall back to the region the text is talking about.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from regiomonitor.knowledge.money import NUMBER, MoneyLexicon, money_lexicon, parse_number
from regiomonitor.knowledge.organizations import organization_base
from regiomonitor.knowledge.places import city_regions, national_capitals
from regiomonitor.nlp.document import Document, Figure, Mention
from regiomonitor.nlp.literals import folded, folded_lower, may_match, required_literals
from regiomonitor.nlp.periods import TimeRef, find_times

HOME = "BY"  # the register's perspective: Belarus's cooperation with its partners
_CONTEXT_SENTENCES = 3
_CARRY_CHARS = 1200  # how far an undated text's last named period reaches into the next paragraphs
_LOWER_BOUND = re.compile(r"(?:mehr\s+als|über|knapp\s+über|oberhalb|ab|mindestens|die\s+marke\s+von|die\s+grenze\s+von)\s+(?:\w+\s+)?$", re.IGNORECASE)
_UPPER_BOUND = re.compile(r"(?:weniger\s+als|unter|knapp\s+unter|höchstens|bis\s+zu)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;(]|\s[-–]\s")
# a dateline's city opens a line (the caller checks the line start): `MINSK, 7. Februar`, `Taschkent. In der ...`,
# `Wizebsk/Witebsk. Mit ...`, `Grodno (dpa) - Auf ...`
_DATELINE = re.compile(r"(?:[A-ZÄÖÜ][A-ZÄÖÜ -]+,\s|[A-ZÄÖÜ][\w-]+(?:/[A-ZÄÖÜ][\w-]+)?\.\s+[A-ZÄÖÜ]"
                       r"|[A-ZÄÖÜ][\w-]+\s+\([\w./-]{2,30}\)\s*[-–—]\s"  # (`Grodno (dpa) - `)
                       r"|[A-ZÄÖÜ][\w-]+,\s+(?:den\s+)?\d{1,2}\.)")  # (`Berlin, 24. September 2025`)
_TRADE_METRICS = ("turnover", "export", "import", "balance")
_DEAL_METRICS = ("contracts", "investment")
_BETWEEN = re.compile(r"zwischen\s+(?:de[mnr]\s+|die\s+)?", re.IGNORECASE)
_PERCENT = re.compile(r"([+\-−–]?)\s?(\d+(?:,\d+)?)\s?(?:%|prozent\b|proz\.)", re.IGNORECASE)
_INDEX = re.compile(
    r"(\d{3}(?:,\d+)?)\s?(?:%|prozent)\s+(?:gegenüber|im\s+vergleich\s+zum?|zum)\s+(?:dem\s+)?"
    r"(?:vorjahr|(?:gleichen|selben|entsprechenden)\s+zeitraum\s+des\s+vorjahres|vorjahreszeitraum)",
    re.IGNORECASE,
)
# `dieser Region`, `der kasachischen Region`; `der Region Minsk` is no anaphor (see _anaphor)
_ANAPHOR_REGION = re.compile(
    r"\b(?:dies(?:e[rsmn]?)?|der|die|den|dem)\s+(?:\w+(?:en|er|e)\s+)?(?:region|republik|gebiet|gebiets|partnerregion)\b"
    , re.IGNORECASE)
# the figure is measured between whole countries: `zwischen den Ländern`, `belarussisch-kasachischer Handel`
_VENUE = re.compile(r"\b(?:in|nach)\s+$")
_COUNTRY_LEVEL = re.compile(
    r"zwischen\s+den\s+(?:beiden\s+)?(?:ländern|staaten)|\bbeide[nr]?\s+(?:länder|staaten)n?\b"
    r"|\b(?:belarussisch|weißrussisch)-\w+isch\w*\s+(?:\w+umsatz\w*|\w*handel\w*|warenverkehr\w*)", re.IGNORECASE)
# what every match of `_COUNTRY_LEVEL` opens with (see `_search_from`): `zwischen` stands in
# nearly every sentence on trade, and the whole pattern tried at each of its positions costs
_COUNTRY_LEVEL_OPENERS = ("zwischen", "beide", "belarussisch-", "weißrussisch-")
# the total of an event's signings (`beim Forum unterzeichnet`, `nach Angaben der Veranstalter`)
_EVENT_TOTAL = re.compile(r"\w*[Ff]orums?\b|\b(?:Veranstalter|Organisatoren)\b")
# where an event takes place: `Forum in Ufa, der Hauptstadt Baschkortostans`, `im Gebiet Witebsk`
_EVENT_VENUE = re.compile(r"(?:\b(?:in|im|nach)\s+(?:de[mnr]\s+)?|\bHauptstadt\s+)$")
# a region's own government or budget spends: the figure is the region's own
_OWN_FUNDS = re.compile(r"\b(?:Regional|Gebiets|Landes|Republik)(?:regierung|verwaltung|haushalt|budget)\w*")
# the two regions the text is about, referred to together: `Unternehmen beider Gebiete`, `zwischen
# den beiden Nachbarregionen` (not `zwischen den Regionen Gomel und Pawlodar`: names follow)
_BOTH_REGIONS = re.compile(
    r"\bbeide[nrs]?\s+(?:Gebiet|Region|Oblast|Nachbarregion|Partnerregion|Provinz)\w*"
    r"|\bzwischen\s+den\s+(?:Gebiet|Region|Oblast|Nachbarregion|Partnerregion|Provinz)\w*(?!\s+[A-ZÄÖÜ])")
_BOTH_REGIONS_OPENERS = ("beide", "zwischen")
_BILATERAL = re.compile(r"gegenseitig|bilateral|gemeinschaftsunternehmen|joint[\s-]venture|zwischen\s+den\s+(?:parteien|seiten|regionen|ländern)|beide[nr]?\s+(?:seiten|parteien|länder)|mit\s+(?:der|dem|den)\s+(?:region|republik|partner)", re.IGNORECASE)


@dataclass
class _Amount:
    start: int
    end: int
    amount: float
    currency: str
    surface: str
    heading: tuple[int, int] | None = None  # a table row's: the line that states unit, metric, period
    column: str | None = None  # a table cell's: its column's heading (`Export`, `2023`)


def _money_matches(text: str, lex: MoneyLexicon, lowered: str | None = None) -> Iterator[re.Match]:
    """The matches of `lex.pattern` in `text`, read only in the stretches around currency words
    (a long text names money in a few places). Each stretch reaches as far as a match through
    its currency word can (see `_reach`), so the matches are those of a scan of the whole text.
    `lowered` is `text.lower()`, if made already."""
    windows = _currency_windows(text, lex, lowered)
    if windows is None:
        return lex.pattern.finditer(text)
    return (m for start, end in windows for m in lex.pattern.finditer(text, start, end))


def _currency_windows(text: str, lex: MoneyLexicon, lowered: str | None = None) -> list[tuple[int, int]] | None:
    low = folded(text) if lowered is None else folded_lower(text, lowered)
    if low is None or len(lex.currencies) == 0:
        return None
    spans = []
    backwards = text[::-1]  # a reach back from an offset is a reach forward in the reversed text
    for last, length in lex.currencies.iter(low):
        if not _may_be_currency(text, low[last - length + 1:last + 1], last - length + 1, last + 1, lex):
            continue  # `br` in `Februar`, `eur` in `Europa`
        start = _reach_back(backwards, last - length + 1, lex.reach)
        end = _reach(text, last + 1, lex.reach)
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1  # end between words, where `(?!\w)` reads the same as in the whole text
        spans.append((start, end))
    windows: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _may_be_currency(text: str, word: str, start: int, end: int, lex: MoneyLexicon) -> bool:
    r"""Whether the currency `word` at text[start:end] can be the currency of a match of
    `lex.pattern`: a prefix (`$320`) stands after no word character, `$` or `€`, and before a
    digit (after at most one space); a suffix (`320 Mio. $`) stands before no word character and
    after a digit, a space or a scale (`Mio.`, or `Mio` ended by `(?!\w)` before a sign: `Mio$`).
    (`\w`, `\d` and `\s` of `re` are `str.isalnum` or `_`, `str.isdecimal` and `str.isspace`.)"""
    before = text[start - 1] if start > 0 else " "
    after = text[end:end + 2]
    if word in lex.prefix and not (_is_word(before) or before in "$€"):
        digit_at = 1 if after[:1].isspace() else 0
        if after[digit_at:digit_at + 1].isdecimal():
            return True
    if word in lex.suffix and not _is_word(after[:1]):
        return not _is_word(before) or before.isdecimal() or not _is_word(text[start])
    return False


def _is_word(char: str) -> bool:
    r"""`re`'s `\w` for one character; False for none."""
    return char.isalnum() or char == "_"


def _reach(text: str, i: int, budget: int) -> int:
    """From offset `i` forwards: over the characters a number can have (digits, `.`, `,`,
    spaces), however many, and over up to `budget` others."""
    return _reach_pattern(budget).match(text, i).end()


def _reach_back(backwards: str, i: int, budget: int) -> int:
    """`_reach` from offset `i` backwards, given the text reversed (`backwards`)."""
    n = len(backwards)
    return n - _reach(backwards, n - i, budget)


@lru_cache(maxsize=None)
def _reach_pattern(budget: int) -> re.Pattern:
    # `\d` and `\s` are what `str.isdecimal` and `str.isspace` accept; `{0,budget}` is greedy
    return re.compile(rf"[\d\s.,]*(?:[^\d\s.,][\d\s.,]*){{0,{budget}}}")


def find_amounts(text: str, lex: MoneyLexicon | None = None, lowered: str | None = None) -> list[_Amount]:
    """The money amounts of `text` in text order; `lowered` is `text.lower()`, if made already."""
    lex = lex or money_lexicon()
    amounts: list[_Amount] = []
    for m in _money_matches(text, lex, lowered):
        if m.group("num1"):
            number, scale, currency = parse_number(m.group("num1")), m.group("sc1"), lex.prefix[m.group("cur1").lower()]
        elif m.group("num2"):
            number, scale = parse_number(m.group("num2")), m.group("sc2")
            currency = lex.suffix[" ".join(m.group("cur2").lower().split())]
        else:
            number, scale = lex.number_words[m.group("word3").lower()], m.group("sc3")
            currency = lex.suffix[" ".join(m.group("cur3").lower().split())]
        value = number * (lex.scales[scale.lower()] if scale else 1.0)  # `halbe` is 0.5 in the data
        amounts.append(_Amount(m.start(), m.end(), value, currency, m.group(0)))
    # `1,65 bzw. 2,40 Milliarden Rubel`: the first number borrows scale and currency
    borrowed: list[_Amount] = []
    by_start = {a.start: a for a in amounts}
    for m in _joined_matches(text, amounts, lex):
        if any(a.start <= m.start("num") < a.end for a in amounts):
            continue
        nxt = by_start.get(m.end())
        if nxt is None:
            continue
        raw = m.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            continue  # a year, as in `im Jahr 2020 und 57,5 Millionen Dollar`
        number = parse_number(raw)
        own_scale = m.group("sc")
        scale_value = lex.scales[own_scale.lower()] if own_scale else _scale_of(nxt, lex)
        if not own_scale and "," not in raw and number >= 1000 and scale_value > 1:
            continue  # (`5.800 und 6.400 Euro` is a range; `1500 und 2 Mio. Euro` no shared scale)
        if not 0.1 <= number * scale_value / max(nxt.amount, 1e-9) <= 10:
            continue  # the two ends of a range or an alternative are of one magnitude
        borrowed.append(_Amount(m.start("num"), m.end("num") if not own_scale else m.end("sc"), number * scale_value, nxt.currency, raw))
    amounts.extend(borrowed)
    amounts.extend(_bare_amounts(text, amounts, lex))
    if "\n" in text and any(unit in text for unit in _TABLE_UNIT_WORDS):
        taken = [(a.start, a.end) for a in amounts]
        amounts.extend(a for a in _table_amounts(text, lex) if not any(s <= a.start < e for s, e in taken))
    if "\n" in text:
        taken = [(a.start, a.end) for a in amounts]
        amounts.extend(a for a in _grid_amounts(text, lex) if not any(s <= a.start < e or a.start <= s < a.end for s, e in taken))
    amounts.sort(key=lambda a: a.start)
    return amounts


# a scale of a million or more with no currency after it, before a lower-case word or a
# punctuation mark (`davon 2,4 Mio. in die Region`, `sind es bereits 58 Millionen.`); not before a
# noun (`3 Mio. Tonnen`), but before a year (`und 97 Millionen 2020`); and the number before it
_BARE_SCALE = re.compile(r"(?:Mio\.|Mrd\.|Millionen|Milliarden|Million|Milliarde)(?=\s*[.,;:)–-]|\s+[a-zäöü]|\s+(?:19|20)\d\d\b|\s*$)")


@lru_cache(maxsize=None)
def _number_before(lex: MoneyLexicon) -> re.Pattern:
    """A number in digits or in words (`hundert`) that ends a stretch."""
    words = "|".join(re.escape(w) for w in sorted(lex.number_words, key=len, reverse=True))
    return re.compile(rf"(?<![\w,.])({NUMBER}|(?i:{words}))\s?$")

BARE_AMOUNT_REACH = 300  # characters back to the amount whose currency a bare one takes


def _bare_amounts(text: str, amounts: list[_Amount], lex: MoneyLexicon) -> list[_Amount]:
    """Amounts without a currency that go on from an amount with one just before them, in the
    same paragraph (`64 Millionen Dollar, ... sind es bereits 58 Millionen`): in its currency."""
    if not amounts:
        return []
    ordered = sorted(amounts, key=lambda a: a.start)
    starts = [a.start for a in ordered]
    found = []
    for scale in _BARE_SCALE.finditer(text, ordered[0].end):
        at = bisect.bisect_right(starts, scale.start()) - 1  # the last amount that starts before it
        if ordered[at].end > scale.start():
            continue  # the scale of an amount with its currency (most of them)
        number = _number_before(lex).search(text, max(0, scale.start() - 40), scale.start())
        if number is None:
            continue
        before = ordered[at]
        if number.start() - before.end > BARE_AMOUNT_REACH or "\n" in text[before.end:number.start()]:
            continue
        word = number.group(1)
        value = (parse_number(word) if word[0].isdigit() else lex.number_words[word.lower()]) * lex.scales[scale.group(0).lower()]
        found.append(_Amount(number.start(), scale.end(), value, before.currency, text[number.start():scale.end()]))
    return found


# what every table heading `_TABLE_UNIT` reads holds (tested first: most texts hold none)
_TABLE_UNIT_WORDS = ("in Mio", "in Mrd", "in Tsd", "in Mill", "in Tausend", "in Mln", "in Bio", "in Bill")
# a table's unit in its heading: `Ausfuhren nach Regionen (in Mio. US-Dollar, ...):`
_TABLE_UNIT = re.compile(r"in(?<=\bin)\s+(?P<scale>[A-Za-zäöü]+\.?)\s+(?P<cur>[A-Za-z$€-]+[a-z$€])(?=[\s,;)])")
# a row under it: `Gebiet Minsk – 2.418,3 (+7,9 %)`, `Stadt Minsk: 2 276,5`
_TABLE_ROW = re.compile(r"[^\n\d]{2,60}?\s(?:[–—:-]|\.{2,})\s*(?P<num>\d{1,3}(?:[. ]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)(?![\d,.]*\s*(?:%|Prozent))")


def _with_local_manat(doc: Document, amounts: list[_Amount]) -> list[_Amount]:
    """`Manat` alone is Azerbaijan's (AZN) unless the text speaks of Turkmenistan and not of
    Azerbaijan: then it is the Turkmen manat (TMT)."""
    if not any(a.currency == "AZN" for a in amounts):
        return amounts
    counts = _country_counts(doc)
    if counts.get("TM", 0) <= counts.get("AZ", 0):
        return amounts
    for a in amounts:
        if a.currency == "AZN" and "AZN" not in a.surface.upper():
            a.currency = "TMT"
    return amounts


def _table_amounts(text: str, lex: MoneyLexicon) -> list[_Amount]:
    """The numbers of a table's rows whose heading states the unit once (`(in Mio. US-Dollar)`):
    each row, one line of its own under the heading, is a figure in that unit."""
    found: list[_Amount] = []
    for unit in _TABLE_UNIT.finditer(text):
        if unit.group("scale").lower() not in lex.scales:
            continue
        currency = lex.suffix.get(unit.group("cur").lower())
        line_end = text.find("\n", unit.end())
        if currency is None or line_end < 0:
            continue
        scale = lex.scales[unit.group("scale").lower()]
        heading = (text.rfind("\n", 0, unit.start()) + 1, line_end)
        pos = line_end
        while True:
            while pos < len(text) and text[pos] == "\n":
                pos += 1  # (blank lines between the heading and its rows, or between rows)
            row = _TABLE_ROW.match(text, pos)
            if row is None or "\n" in text[pos:row.end()]:
                break  # the table ends at the first line that is no row
            number = parse_number(row.group("num"))
            found.append(_Amount(row.start("num"), row.end("num"), number * scale, currency, row.group("num"), heading))
            end = text.find("\n", row.end())
            if end < 0:
                break
            pos = end
    return found


# A table of several figures a row under a caption that states the unit once (`Tabelle 2: Handel des
# Gebiets Lipezk mit den Regionen von Belarus 2018 (Tsd. US-Dollar)`, or a pipe table's head row
# `Handel ... mit dem Gebiet Minsk, Mio. US-Dollar 2023 2024`): its columns are metrics (`Export Import
# Saldo`) or years (`2022 2023`), a column of percentages is passed over. The rows are found first
# (most texts have none), then the caption and header above them.
# (a row's label is words or a year: `Gebiet Kaluga 389,6 222,4`, `2023 2 140,5 9 874,0`)
_GRID_ROW_LINE = re.compile(r"^[ \t]*(?:[^\d\s.,;:!?+-][^\d\n.;:!?]{0,60}?|(?:19|20)\d\d)"
                            r"(?:[ \t]+[+-]?\d[\d ,\u00a0]*%?|[ \t]+[-–])+[ \t]*$", re.MULTILINE)
# (a scale word and a currency word: which ones the money lexicon knows decides)
_GRID_UNIT = re.compile(r"(?P<scale>[A-Z][a-z]+\.?)[ \t]*(?P<cur>[A-Za-z][A-Za-z-]*[a-z]|[A-Z]{3})\b")
_GRID_CELL = re.compile(r"(?<![\d,])[+-]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?![\d,])|(?<!\S)[-–](?!\S)")
_GRID_LABEL_END = re.compile(r"[ \t]+[+-]?\d")
_GRID_METRIC = re.compile(r"(?i)\b(?:export\w*|ausfuhr\w*|import\w*|einfuhr\w*|\w*umsatz\w*|saldo|bilanz)\b")
_GRID_YEAR = re.compile(r"(?<!zu )(?<!ggü\. )(?<!gegenüber )\b(?:19|20)\d\d\b")
_GRID_PERCENT = re.compile(r"%|\bProzent\b")
GRID_HEADER_LINES = 3  # lines between a caption and the first row


def _grid_unit(line: str, lex: MoneyLexicon) -> re.Match | None:
    """The unit a table's caption states (`Mio. US-Dollar`, `Tsd. USD`), if the lexicon knows it."""
    return next((m for m in _GRID_UNIT.finditer(line)
                 if m.group("scale").lower() in lex.scales and m.group("cur").lower() in lex.suffix), None)


def _grid_amounts(text: str, lex: MoneyLexicon) -> list[_Amount]:
    """The cells of the tables of `text` whose caption states the unit."""
    found: list[_Amount] = []
    for rows in _row_groups(text):
        caption = _grid_caption(text, rows[0][0], lex)
        if caption is None:
            continue
        (c_start, c_end), unit_end = caption
        header = text[c_start + unit_end:rows[0][0]]
        cells_of = [list(_GRID_CELL.finditer(text, _GRID_LABEL_END.search(text, s, e).start(), e)) for s, e in rows]
        columns = _grid_columns(" ".join(header.split()), len(cells_of[0]))
        if columns is None:
            continue
        scale_unit = _grid_unit(text[c_start:c_end], lex)
        scale, currency = lex.scales[scale_unit.group("scale").lower()], lex.suffix[scale_unit.group("cur").lower()]
        for cells in cells_of:
            for column, cell in zip(columns, cells):
                if column is None or cell.group() in "-–":
                    continue
                value = abs(parse_number(cell.group().replace("\u00a0", " "))) * scale
                found.append(_Amount(cell.start(), cell.end(), value, currency, cell.group(), (c_start, c_end), column))
    return found


def _row_groups(text: str) -> list[list[tuple[int, int]]]:
    """Runs of two or more table rows, with only blank lines between them."""
    groups: list[list[tuple[int, int]]] = []
    for m in _GRID_ROW_LINE.finditer(text):
        if groups and not text[groups[-1][-1][1]:m.start()].strip():
            groups[-1].append(m.span())
        else:
            groups.append([m.span()])
    return [g for g in groups if len(g) >= 2]


def _grid_caption(text: str, first_row: int, lex: MoneyLexicon) -> tuple[tuple[int, int], int] | None:
    """The caption above a table's first row (its span, and where its unit ends in it): the nearest
    of the GRID_HEADER_LINES + 1 lines above that states a unit the lexicon knows."""
    end = first_row
    for _ in range(GRID_HEADER_LINES + 1):
        while end > 0 and text[end - 1] == "\n":
            end -= 1
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        unit = _grid_unit(text[start:end], lex)
        if unit is not None:
            return (start, end), unit.end()
        end = start
    return None


def _grid_columns(header: str, count: int) -> list[str | None] | None:
    """The heading of each of `count` columns (None: percentages), from the header's metric words
    or years in order; None when the header does not account for the columns."""
    if count == 1:
        return [header.strip() or "-"]  # a single column of values (`Wert`): the caption's metric
    percent = len(_GRID_PERCENT.findall(header))
    metrics = [m.group() for m in _GRID_METRIC.finditer(header)]
    years = [m.group() for m in _GRID_YEAR.finditer(header)]
    for named in (metrics, years):
        if named and len(named) + percent >= count:
            columns: list[str | None] = named[:count - percent] if percent else named[:count]
            return columns + [None] * (count - len(columns))
    return None


def _joined_matches(text: str, amounts: list[_Amount], lex: MoneyLexicon) -> Iterator[re.Match]:
    """The matches of `lex.joined` that end where an amount starts, in text order. Such a match
    holds a number, a scale and a conjunction: number characters and at most `budget` others,
    so it lies within the reach before its amount, and only there is it looked for. (A match
    of `lex.joined` can begin only at a number that none covers, so a scan from anywhere finds
    the same ones as a scan of the whole text.)"""
    backwards = text[::-1]
    budget = max(map(len, lex.scales), default=0) + len("oder")
    for amount in amounts:
        start = _reach_back(backwards, amount.start, budget)
        yield from (m for m in lex.joined.finditer(text, start, amount.end) if m.end() == amount.start)


def _scale_of(amount: _Amount, lex: MoneyLexicon) -> float:
    for word in re.findall(r"[\w.]+", amount.surface.lower()):
        if word in lex.scales:
            return lex.scales[word]
        if word.rstrip(".") in lex.scales:
            return lex.scales[word.rstrip(".")]
    return 1.0


_WORD_START = r"(?<!\w)"


@lru_cache(maxsize=None)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    """One regex for a cue list: a cue at the start of a word, `*cue` anywhere (compounds)."""
    return re.compile(_share_word_start([part for part, *_ in _cue_parts(cues)]))


@lru_cache(maxsize=None)
def _cue_parts(cues: tuple[str, ...]) -> tuple[tuple[str, str, bool, bool], ...]:
    r"""The alternatives of `_cue_pattern` in its order (longest regex first): each as its
    regex, its literal, whether it starts a word (`(?<!\w)`) and whether it ends one (`(?!\w)`)."""
    parts = []
    for cue in cues:
        whole_word = cue.endswith("=")
        cue = cue.rstrip("=")
        word_start = not cue.startswith("*")
        literal = cue if word_start else cue[1:]
        part = (_WORD_START if word_start else "") + re.escape(literal) + (r"(?!\w)" if whole_word else "")
        parts.append((part, literal, word_start, whole_word))
    return tuple(sorted(parts, key=lambda p: len(p[0]), reverse=True))


class _CueChain:
    """The spans of `_cue_pattern(cues).finditer(low)` from one Aho-Corasick pass over `low`:
    the regex tries its alternatives at every position of a long window, the automaton finds
    the few places where a cue stands. Where several cues hold at one position, the regex takes
    the first in its order; its matches do not overlap, so after one it goes on at its end."""

    def __init__(self, cues: tuple[str, ...]) -> None:
        rows: dict[str, list[tuple[int, bool, bool]]] = {}
        for rank, (_, literal, word_start, whole_word) in enumerate(_cue_parts(cues)):
            rows.setdefault(literal, []).append((rank, word_start, whole_word))  # by rank
        if not rows or "" in rows:
            raise ValueError("no cue or an empty one")
        self._automaton = ahocorasick.Automaton()
        for literal, ranked in rows.items():
            self._automaton.add_word(literal, (len(literal), tuple(ranked)))
        self._automaton.make_automaton()

    def spans(self, low: str) -> list[tuple[int, int]]:
        chosen: dict[int, tuple[int, int]] = {}  # per start: the rank and end of the cue the regex takes
        for last, (length, ranked) in self._automaton.iter(low):
            start = last - length + 1
            for rank, word_start, whole_word in ranked:
                if _guards_hold(low, start, last + 1, word_start, whole_word):
                    if start not in chosen or rank < chosen[start][0]:
                        chosen[start] = (rank, last + 1)
                    break  # the literal's later rows rank lower
        spans: list[tuple[int, int]] = []
        resume = 0
        for start in sorted(chosen):
            if start >= resume:
                resume = chosen[start][1]
                spans.append((start, resume))
        return spans


@lru_cache(maxsize=None)
def _cue_chain(cues: tuple[str, ...]) -> _CueChain:
    return _CueChain(cues)


def _share_word_start(parts: list[str]) -> str:
    r"""The alternation of `parts` in their order, each run of word-start cues under one guard:
    `(?<!\w)(?:a|b)` matches what `(?<!\w)a|(?<!\w)b` matches, but `re` then tests the guard
    once per position instead of once per cue, and skips cues by their first letter."""
    out: list[str] = []
    run: list[str] = []
    for part in parts + [""]:
        if part.startswith(_WORD_START):
            run.append(part[len(_WORD_START):])
            continue
        if run:
            out.append(_WORD_START + "(?:" + "|".join(run) + ")")
            run = []
        if part:
            out.append(part)
    return "|".join(out)


class _CueIndex:
    r"""Which of some labelled cue lists (see `_cue_pattern`) a lower-cased text holds, in one
    Aho-Corasick pass over it: most windows hold no cue at all, and one pass with a guard test
    per hit costs less than a regex per list trying its cues at every word start. A cue holds
    where its literal occurs and the guards of `_cue_pattern` hold there (`(?<!\w)` before a
    word-start cue, `(?!\w)` after a whole-word one), so the labels are those whose patterns
    `search` would find."""

    def __init__(self, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
        guards: dict[str, list[tuple[str, bool, bool]]] = {}
        for label, cues in groups:
            for cue in cues:
                whole_word = cue.endswith("=")
                cue = cue.rstrip("=")
                literal, word_start = (cue[1:], False) if cue.startswith("*") else (cue, True)
                guards.setdefault(literal, []).append((label, word_start, whole_word))
        if "" in guards:
            raise ValueError("an empty cue")
        self._automaton = ahocorasick.Automaton()
        for literal, rows in guards.items():
            self._automaton.add_word(literal, (len(literal), tuple(rows)))
        if guards:
            self._automaton.make_automaton()

    def _hits(self, low: str) -> Iterator[tuple[int, tuple[int, tuple[tuple[str, bool, bool], ...]]]]:
        return self._automaton.iter(low) if len(self._automaton) else iter(())

    def labels_in(self, low: str) -> set[str]:
        found: set[str] = set()
        for last, (length, rows) in self._hits(low):
            start = last - length + 1
            for label, word_start, whole_word in rows:
                if label not in found and _guards_hold(low, start, last + 1, word_start, whole_word):
                    found.add(label)
        return found

    def head_labels_in(self, low: str) -> set[str]:
        """Like `labels_in`, but a compound word counts only by the cue nearest its end, its
        head (`Exportverträge` are contracts, `Exportkredite` credits, not exports)."""
        last_in_word: dict[int, tuple[int, str]] = {}  # word start -> (cue start, label)
        for last, (length, rows) in self._hits(low):
            start = last - length + 1
            for label, word_start, whole_word in rows:
                if _guards_hold(low, start, last + 1, word_start, whole_word):
                    word = _word_start(low, start)
                    if start >= last_in_word.get(word, (-1, ""))[0]:
                        last_in_word[word] = (start, label)
                    break
        return {label for _, label in last_in_word.values()}

    def first_starts(self, low: str) -> dict[str, int]:
        """Per label found, where its first cue starts (what `search` of its cue pattern reports)."""
        first: dict[str, int] = {}
        for last, (length, rows) in self._hits(low):
            start = last - length + 1
            for label, word_start, whole_word in rows:
                if start < first.get(label, start + 1) and _guards_hold(low, start, last + 1, word_start, whole_word):
                    first[label] = start
        return first


def _word_start(low: str, i: int) -> int:
    while i > 0 and low[i - 1].isalnum():
        i -= 1
    return i


def _guards_hold(low: str, start: int, end: int, word_start: bool, whole_word: bool) -> bool:
    r"""`(?<!\w)` at `start` (if `word_start`) and `(?!\w)` at `end` (if `whole_word`);
    `\w` is what `str.isalnum` accepts, and `_`."""
    if word_start and start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
        return False
    return not (whole_word and end < len(low) and (low[end].isalnum() or low[end] == "_"))


@lru_cache(maxsize=None)
def _cue_index(groups: tuple[tuple[str, tuple[str, ...]], ...]) -> _CueIndex:
    return _CueIndex(groups)


def _cues(cues: tuple[str, ...]) -> _CueIndex:
    return _cue_index((("", cues),))


def _contains_any(text: str, cues: tuple[str, ...]) -> bool:
    return bool(_cues(cues).labels_in(text))


def _weak_metric(low_window: str, lex: MoneyLexicon) -> str | None:
    return next((metric for metric, cues in lex.weak_metrics if _contains_any(low_window, cues)), None)


def _metric(window: str, lex: MoneyLexicon) -> str | None:
    found = _metric_index(lex).head_labels_in(window.lower())
    if "contracts" in found and _CONTRACT_ABOUT.search(window):
        return "contracts"  # `ein Vertrag über Getreidelieferungen im Wert von`: the contract's value
    if ("export" in found or "import" in found) and _DEAL_VERB.search(window):
        return "contracts"  # `vereinbarten Lieferungen von Fleischwaren im Wert von`: a deal's value
    return next((metric for metric in lex.metric_priority if metric in found), None)


# `davon entfielen 188 Mio. USD auf Lieferungen und 113 Mio. USD auf Einfuhren`: what an amount
# falls to follows it
_ALLOTTED_TO = re.compile(r"\s*auf\s+(?:die\s+|den\s+|das\s+)?((?:\w+\s+)?\w+)")


def _allotted_to(after: str, sentence: str, lex: MoneyLexicon) -> str | None:
    if "entfiel" not in sentence:
        return None
    m = _ALLOTTED_TO.match(after)
    return _metric(m.group(1), lex) if m else None


# a cause named after the figure is not what it measures (`ging um 4 % zurück, vor allem wegen
# geringerer Lieferungen`)
_CAUSE = re.compile(r"\b(?:wegen|dank|aufgrund|infolge)\b")
# deliveries agreed or signed for are a deal
_DEAL_VERB = re.compile(r"\b(?:vereinbart\w*|unterzeichne\w*|abgeschlossen|schloss(?:en)?|geschlossen)\b", re.IGNORECASE)
# a contract and what it is about: the deliveries named after it are its object
_CONTRACT_ABOUT = re.compile(r"(?:[Vv]ertr[aä]ge?|[Vv]ereinbarung(?:en)?|[Aa]bkommen|[Kk]ontrakte?n?|[Aa]uftr[aä]ge?)\s+über\s+(?!\d)")


def _metrics_in(low: str, lex: MoneyLexicon) -> set[str]:
    return _metric_index(lex).labels_in(low)


@lru_cache(maxsize=None)
def _metric_index(lex: MoneyLexicon) -> _CueIndex:
    return _cue_index(tuple((metric, lex.metrics[metric]) for metric in lex.metric_priority))


def _distance_from_end(text: str, cues: tuple[str, ...]) -> int:
    """How far the last cue in `text` (which holds one) ends before its end. The last match of
    a left-to-right scan, whose matches do not overlap, need not be the cue that ends last:
    the regex says which it is."""
    *_, (_, last_end) = _cue_chain(cues).spans(text)
    return len(text) - last_end


@lru_cache(maxsize=None)
def _kind_cues(lex: MoneyLexicon) -> dict[str, tuple[str, ...]]:
    return {"forecast": lex.forecast_cues, "target": lex.target_cues, "actual": lex.actual_cues,
            "weak_actual": lex.weak_actual_cues}


@lru_cache(maxsize=None)
def _kind_index(lex: MoneyLexicon) -> _CueIndex:
    return _cue_index(tuple(_kind_cues(lex).items()))


# a goal as the subject of a copula: `Das Ziel für 2025 liegt bei`, `Das Umsatzziel ... beträgt`
_GOAL_IS = re.compile(r"\b(?:ziel|zielmarke|zielwert|umsatzziel|exportziel|handelsziel|planziel)\b[^,;.:]{0,60}?"
                      r"\b(?:liegt|beträgt|ist|lautet|sind)\b[^,;.:]{0,30}$")
_REACHED = re.compile(r"\b(?:erreichte[nm]?|erzielte[nm]?)(?:\s+\w+){0,2}\s*$")
_CLAUSE_END = re.compile(r"[,;:]\s|\s[-–]\s|\s(?:und|aber|doch)\s")


def _cased_target_cues(before: str, clause_after: str, lex: MoneyLexicon) -> list[tuple[int, str]]:
    """(distance, "target") of the nearest cased target cue before the amount and after it."""
    if "oll" not in before and "oll" not in clause_after:
        return []  # (every cased cue is a form of `wollen`)
    found = [(len(before) - m.end(), "target") for m in lex.target_cues_cased.finditer(before)][-1:]
    m = lex.target_cues_cased.search(clause_after)
    return found + ([(m.start(), "target")] if m else [])


def _kind(before: str, after: str, lex: MoneyLexicon) -> str | None:
    """`target`, `forecast` or `actual`: the cue nearest to the amount decides; None if none."""
    low_before = before.lower()
    if _REACHED.search(low_before[-60:]):
        return "actual"  # `den 2012 erreichten Rekordumsatz von ...`
    if _GOAL_IS.search(low_before[-120:]):
        return "target"  # `Das gemeinsame Ziel für 2025 liegt bei 300 Mio. US-Dollar`: a goal stated, not reached
    # a coordinated predicate after the amount is a clause of its own: `lag bei 8,4 Mrd. $ und
    # dürfte 2024 zugelegt haben`
    clause_after_cased = _CLAUSE_END.split(after, maxsplit=1)[0]
    clause_after = clause_after_cased.lower()
    # the nearest cue of each kind, before the amount and after it
    found = [(_distance_from_end(low_before, _kind_cues(lex)[kind]), kind) for kind in _kind_index(lex).labels_in(low_before)]
    found += [(start, kind) for kind, start in _kind_index(lex).first_starts(clause_after).items()]
    found += _cased_target_cues(before, clause_after_cased, lex)
    kinds = {k for _, k in found}
    if {"forecast", "target"} <= kinds and "actual" not in kinds:
        return "forecast"  # `dürfte die Marke von 50 Mrd. $ überschreiten`: a reach expected, not set
    if not found:
        return None
    nearest = min(found)[1]
    if nearest == "weak_actual":
        # `dürfte er bereits 2024 ... wachsen`: the adverb does not undo the modal verb
        return "forecast" if "forecast" in kinds else "actual"
    return nearest


def _change_pct(before: str, after: str, lex: MoneyLexicon) -> float | None:
    low_before, low_after = before.lower(), after.lower()
    near_before, near_after = low_before[-80:], low_after[:80]
    for phrase, value in _fractions_longest_first(lex):
        if phrase in near_before or phrase in near_after:
            return -value if _contains_any(near_before + " " + near_after, lex.decrease_cues) else value
    # `_INDEX` and `_PERCENT` are tried at every position of a stretch; most stretches hold no
    # percentage sign or word, which their every match does
    head, tail = low_after[:120], low_before[-120:]
    index = _INDEX.search(head) if _has_percent(head) else None
    if index is None and _has_percent(tail):
        index = _INDEX.search(tail)
    if index:
        return round(float(index.group(1).replace(",", ".")) - 100, 1)
    candidates = []
    if _has_percent(low_before[-100:]):
        for m in _PERCENT.finditer(low_before[-100:]):
            candidates.append((len(low_before[-100:]) - m.end(), m, low_before[-100:]))
    if _has_percent(head):
        for m in _PERCENT.finditer(head):
            candidates.append((m.start(), m, head))
    for _, m, source in sorted(candidates, key=lambda c: c[0]):
        sign, number = m.group(1), float(m.group(2).replace(",", "."))
        context = source[max(0, m.start() - 120):m.end() + 40]
        if sign in ("-", "−", "–") and m.start() > 0 and source[m.start() - 1] == "(":
            return -number
        if sign == "+":
            return number
        if _contains_any(context, lex.decrease_cues):
            return -number
        if _contains_any(context, lex.increase_cues) or re.search(r"\bum\s+(?:\w+\s*){0,2}$", source[:m.start()]):
            return number
    return None


def _has_percent(low: str) -> bool:
    """Whether lower-cased `low` holds what every match of `_PERCENT` and `_INDEX` does: `%`,
    `prozent` or `proz.` (none of their letters has a case variant other than its upper case)."""
    return "%" in low or "proz" in low


@lru_cache(maxsize=None)
def _fractions_longest_first(lex: MoneyLexicon) -> tuple[tuple[str, float], ...]:
    return tuple(sorted(lex.fractions.items(), key=lambda kv: -len(kv[0])))


def _literals_of(pattern: re.Pattern) -> frozenset[str] | None:
    # keyed by the source and flags: a pattern's own hash reads its whole compiled code each
    # time, the source string's hash is kept
    return _literals_of_source(pattern.pattern, pattern.flags)


@lru_cache(maxsize=None)
def _literals_of_source(source: str, flags: int) -> frozenset[str] | None:
    return required_literals(source, flags)


def _search(pattern: re.Pattern, text: str) -> re.Match | None:
    r"""`pattern.search(text)`, not tried where none of the literals its every match holds is
    (patterns such as `\w*[Ww]erke?s?` try every word of a long sentence)."""
    if not may_match(_literals_of(pattern), folded(text)):
        return None
    return pattern.search(text)


def _search_from(pattern: re.Pattern, openers: tuple[str, ...], text: str) -> re.Match | None:
    """`pattern.search(text)` for a pattern whose every match opens with one of `openers` (lower
    case): tried only where one stands in the `folded` text, leftmost first. (`folded` keeps the
    offsets, or is None and the whole text is searched.)"""
    low = folded(text)
    if low is None:
        return pattern.search(text)
    starts = []
    for opener in openers:
        at = low.find(opener)
        while at >= 0:
            starts.append(at)
            at = low.find(opener, at + 1)
    for start in sorted(starts):
        m = pattern.match(text, start)
        if m:
            return m
    return None


# what may stand between an amount and the time expression that dates it right after it
_JUST_AFTER = re.compile(r"\s*(?:(?:im|in|des|der)\s+)?(?:(?:jahr|jahre|jahres)\s+)?", re.IGNORECASE)


def _pick_time(amount: _Amount, window_start: int, window_end: int, times: list[TimeRef], text: str) -> TimeRef | None:
    inside = [t for t in times if window_start <= t.start and t.end <= window_end]
    if not inside:
        return None
    right_after = [t for t in inside if t.start >= amount.end and text[t.start] != "("  # (`(Vorjahr: ...` dates what follows)
                   and _JUST_AFTER.fullmatch(text, amount.end, t.start)]
    if right_after:
        return right_after[0]  # `nach 18 Mio. Euro im Vorjahreszeitraum`, `20 Mio. Euro im ersten Halbjahr`
    before = [t for t in inside if t.end <= amount.start]
    if before:
        return before[-1]  # what dates a figure usually comes before it: `Im Jahr 2020 waren es ...`
    # after the amount only within its clause: `10 Mio. Dollar in 10 Monaten des Jahres 2020`
    inside = [t for t in inside if not _CLAUSE_BREAK.search(text[amount.end:t.start]) and " und " not in text[amount.end:t.start]]
    if not inside:
        return None

    def distance(t: TimeRef) -> tuple[int, int]:
        if t.end <= amount.start:
            return (amount.start - t.end, 0)
        return (t.start - amount.end, 1)
    return min(inside, key=distance)


def _year_and_period(amount: _Amount, ref: TimeRef, text: str) -> tuple[int | None, str | None]:
    if ref.range_years:
        # `zwischen 2005 und 2010 ... von 215 Mio. Dollar auf 870 Mio. Dollar`
        before = text[max(0, amount.start - 30):amount.start].lower()
        after = text[amount.end:amount.end + 40].lower()
        if re.search(r"\bvon\s+(?:\S+\s+){0,2}$", before) and re.match(r"\s*(?:\S+\s+){0,2}?auf\s", after):
            return ref.range_years[0], None
        if re.search(r"\bauf\s+(?:\S+\s+){0,2}$", before) and re.search(r"\bvon\s", text[max(0, amount.start - 120):amount.start].lower()):
            return ref.range_years[1], None
        return None, ref.period
    return ref.year, ref.period


class _Context:
    """What the text has established so far in the current paragraph (year, period, metric, kind)."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.sentence = -1
        self.year: int | None = None
        self.period: str | None = None
        self.metric: str | None = None
        self.kind: str | None = None
        self.partners: list[str] | None = None
        self.months_year: int | None = None  # the year of the last months named (`Januar–Mai 2021`)
        self.year_relative = False  # `year` was said against the document's date (`im vergangenen Jahr`)

    def reset_if_new_paragraph(self, paragraph: int, sentence: int) -> None:
        """Forget what an earlier paragraph established, or what lies too many sentences back."""
        if paragraph != self.paragraph or sentence - self.sentence > _CONTEXT_SENTENCES:
            self.__init__()
            self.paragraph = paragraph


def _places_starting_in(doc: Document, start: int, end: int) -> list[Mention]:
    """The places whose start lies in [start, end], in layer order."""
    return _starting_in(doc, "places", start, end)


def _starting_in(doc: Document, layer: str, start: int, end: int) -> list[Mention]:
    """The mentions of a layer whose start lies in [start, end], in layer order. A layer is
    sorted by start (read left to right), so its starts are indexed once per document and
    bisected, instead of scanning all mentions of a long text for every amount."""
    mentions = getattr(doc, layer)
    index = doc.__dict__.get(f"_{layer}_starts")
    if index is None or index[0] is not mentions or index[1] != len(mentions):
        starts = [m.start for m in mentions]
        index = (mentions, len(starts), starts if starts == sorted(starts) else None)
        doc.__dict__[f"_{layer}_starts"] = index
    starts = index[2]
    if starts is None:  # not sorted: scan them all
        return [m for m in mentions if start <= m.start <= end]
    return mentions[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)]


def _partner_places(doc: Document, start: int, end: int) -> list[Mention]:
    """Countries and regions between two offsets, without a dateline's city (`MINSK, 7. Februar`)."""
    places, starts = _partner_layer(doc)
    if starts is None:  # the places layer is not sorted: scan them all
        return [p for p in places if start <= p.start <= end and p.end <= end]
    return [p for p in places[bisect.bisect_left(starts, start):bisect.bisect_right(starts, end)] if p.end <= end]


def _partner_layer(doc: Document) -> tuple[list[Mention], list[int] | None]:
    """The places that can be partners (countries and regions, no dateline), in layer order, and
    their starts if sorted: chosen once per document (each amount looks at thousands of
    characters before it), again only when the places layer changes."""
    cached = doc.__dict__.get("_partner_layer")
    if cached is None or cached[0] is not doc.places or cached[1] != len(doc.places):
        places = [p for p in doc.places if p.kind in ("country", "region") and not _in_dateline(doc.text, p)]
        starts = [p.start for p in places]
        cached = (doc.places, len(doc.places), places, starts if starts == sorted(starts) else None)
        doc.__dict__["_partner_layer"] = cached
    return cached[2], cached[3]


def _in_dateline(text: str, place: Mention) -> bool:
    line_start = text.rfind("\n", 0, place.start) + 1
    return place.start == line_start and _DATELINE.match(text, place.start) is not None


def _is_venue(text: str, place: Mention) -> bool:
    """A city that is a region of its own, named as where something happens (`in Minsk`)."""
    return ((place.key in city_regions() or place.key in national_capitals())
            and _VENUE.search(text, max(0, place.start - 12), place.start) is not None)


def _without_adjective_before_region(text: str, places: list[Mention]) -> list[Mention]:
    """Without a country's adjective that describes a region of it right after it (`dem
    usbekischen Gebiet Namangan`: one side, the region)."""
    kept = []
    for i, p in enumerate(places):
        following = places[i + 1] if i + 1 < len(places) else None
        if (following is not None and following.key.startswith(p.key + "-") and not _is_proper_name(p.surface)
                and following.start - p.end <= 12 and "," not in text[p.end:following.start]):
            continue
        kept.append(p)
    return kept


def _capitals_as_states(ids: list[str]) -> list[str]:
    """A capital stands for its state beside the state's name (`der Überschuss mit Russland ...,
    weil Moskau teurer liefert`) and beside another state's capital (`Minsk und Astana wollen`)."""
    capitals = national_capitals()
    named = [i for i in ids if i in capitals]
    if not named:
        return ids
    states = {i.split("-")[0] for i in named}
    if len(named) >= 2 and len(states) >= 2 and all(i in capitals or "-" not in i for i in ids):
        return list(dict.fromkeys(i.split("-")[0] for i in ids))
    return [i for i in ids if not (i in capitals and i.split("-")[0] in ids)]


def _recent_partner(doc: Document, before: int, home: str, limit: int, paragraph_start: int = 0) -> str | None:
    """The partner region named last before `before` (within `limit` characters), or else a
    country other than home named earlier in the same paragraph."""
    country = None
    for p in reversed(_partner_places(doc, max(0, before - limit, _section_start(doc, before)), before)):
        if p.key == home or p.key.startswith(home + "-"):
            continue
        if _is_venue(doc.text, p):
            continue  # `die Sitzung in Taschkent`: a venue, not the partner of the trade
        if p.kind == "region":
            return p.key
        if country is None and p.start >= paragraph_start:
            country = p.key
    return country


_HEADING_LINE = re.compile(r"\n([^\n]{3,80})\n")
_SENTENCE_END = re.compile(r"[.!?…\"“”»]\s*$")


def _section_start(doc: Document, before: int) -> int:
    """Where the section that holds offset `before` begins: after the last heading line before it
    (`China: Importe rückläufig`), a short line that ends no sentence. A partner named in an earlier
    section is not the one this section speaks of."""
    headings = doc.__dict__.get("_heading_starts")
    if headings is None:
        headings = [m.start(1) for m in _HEADING_LINE.finditer(doc.text)
                    if len(m.group(1).split()) <= 8 and not _SENTENCE_END.search(m.group(1))
                    and not any(c.isdigit() for c in m.group(1))]  # (`Export: 298,1 Mio. USD` is a list line)
        doc.__dict__["_heading_starts"] = headings
    i = bisect.bisect_right(headings, before)
    return headings[i - 1] if i else 0


def _home_side(doc: Document, sentence_index: int, home: str) -> str:
    """Belarus, or the Belarusian oblast the text speaks for in this or the previous sentence
    (of the same paragraph: a headline or a table's last row above it speaks for no one here)."""
    last = doc.sentences[sentence_index].end
    first = doc.sentences[sentence_index].start
    previous = doc.sentences[max(0, sentence_index - 1)]
    if "\n" not in doc.text[previous.start:first]:
        first = previous.start
    oblasts = [p.key for p in _partner_places(doc, first, last) if p.key.startswith(home + "-") and p.key not in national_capitals()]
    if oblasts:
        return oblasts[-1]
    if _contains_any(doc.text[first:last].lower(), money_lexicon().home_capital_phrases):
        return home + "-HM"  # `die belarussische Metropolregion`: Minsk
    return home


_COUNTRY_SIDE = re.compile(r"\w+isch(?:e[rn]?)?\s+Seite\b")


# a country's adjective before a trade noun: the country's own statistics (`die deutschen Exporte`)
_TRADE_NOUN = re.compile(r"\s+(?:Gesamt|Außen)?(?:Export|Ausfuhr|Import|Einfuhr|Handel|Warenumsatz|Handelsumsatz|Warenverkehr)")


def _names_country(doc: Document, si: int, country: str) -> bool:
    """The sentence speaks of the country itself: by its name, by its capital (`Minsk und Astana
    wollen`), as a side (`auf chinesischer Seite`) or as the owner of its trade (`die deutschen
    Exporte nach Kasachstan`)."""
    sentence = doc.sentences[si]
    capitals = national_capitals()
    return any((p.key == country and (_is_proper_name(p.surface) or _TRADE_NOUN.match(doc.text, p.end)))
               or (p.key in capitals and p.key.split("-")[0] == country)
               for p in _partner_places(doc, sentence.start, sentence.end)) or _COUNTRY_SIDE.search(sentence.text) is not None


_LEAD_CHARS = 400  # a news item's headline and first lines


def _document_oblast(doc: Document, country: str) -> str | None:
    """The one region of a country a news item speaks of: named in its headline or lead, more than
    once, at least as often as the country by its name (`Belarus`, not `belarussische`), and more
    than twice as often as any other region of that country."""
    key = (id(doc.places), len(doc.places))  # recomputed when the places layer is replaced
    cached = doc.__dict__.get("_document_oblast")
    if cached is None or cached[0] != key:
        cached = (key, {})
        doc.__dict__["_document_oblast"] = cached
    found = cached[1]
    if country not in found:
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for p in doc.places:
            if p.key.startswith(country + "-") and p.key not in national_capitals():
                counts[p.key] = counts.get(p.key, 0) + 1
                first.setdefault(p.key, p.start)
        country_named = sum(p.key == country and _is_proper_name(p.surface) for p in doc.places)
        ranked = sorted(counts, key=lambda k: -counts[k])
        top = ranked[0] if ranked else None
        # (another oblast named in passing, `Gomeler` once beside `Mogilew` six times, leaves it the one)
        found[country] = top if top and first[top] < _LEAD_CHARS and counts[top] > 1 and counts[top] >= country_named \
            and (len(ranked) == 1 or counts[top] >= 2 * counts[ranked[1]] + 1) else None
    return found[country]


def _partners(doc: Document, amount: _Amount, si: int, window_start: int, own_places: set[str],
              metric: str, previous: list[str] | None, home: str) -> list[str]:
    if metric in _TRADE_METRICS or _search(_REGION_TOTAL, doc.sentences[si].text):
        own_total = _own_foreign_trade(doc, si, home, amount)
        if own_total:
            return [own_total]
    if metric not in _TRADE_METRICS and (funds := _public_funds(doc, amount, si, metric, home)):
        return funds
    sentence_text = doc.sentences[si].text
    if metric in _TRADE_METRICS and ("Länder" in sentence_text or "Staaten" in sentence_text) \
            and _MANY_COUNTRIES.search(sentence_text):
        return [_home_side(doc, si, home)]  # `exportierte Waren in 86 Länder`: its trade with the world
    if _search_from(_BOTH_REGIONS, _BOTH_REGIONS_OPENERS, sentence_text) and (pair := _region_pair(doc, si, home)):
        return pair
    partners = _partner_ids(doc, amount, si, window_start, own_places, metric, previous, home)
    if _search_from(_COUNTRY_LEVEL, _COUNTRY_LEVEL_OPENERS, doc.sentences[si].text):
        # `zwischen den Ländern`: the regions the context named stand for their countries
        partners = list(dict.fromkeys(p.split("-")[0] for p in partners))
    else:
        # a news item of one oblast (or of one region of the partner country): where a sentence
        # does not name the country, the region speaks
        partners = list(dict.fromkeys(
            oblast if "-" not in p and (oblast := _document_oblast(doc, p)) and not _names_country(doc, si, p) else p
            for p in partners))
    if not partners and metric in _DEAL_METRICS + ("other",):
        # a deal whose sentence names no side (`Den Auftrag hatte man auf 5 Mio. Euro geschätzt`):
        # the two sides the document is about
        partners = _document_sides(doc)
    if metric == "contracts" and _event_total(doc, si):
        # the signings of a forum of two countries' regions add up to a sum between the countries;
        # the host region is only the venue
        partners = list(dict.fromkeys(p.split("-")[0] for p in partners))
        other = _partner_country(doc, home)
        if len(partners) < 2 and other and other not in partners:
            partners = [home, other]
    return partners


def _region_pair(doc: Document, si: int, home: str) -> list[str] | None:
    """The home region and the partner region named last up to the end of the sentence (in its
    section): the pair that `beider Gebiete` refers to. None unless both sides have one."""
    end = doc.sentences[si].end
    regions = [p.key for p in _partner_places(doc, max(0, end - 4000, _section_start(doc, end)), end)
               if p.kind == "region" and p.key not in national_capitals()]
    mine = next((k for k in reversed(regions) if k.startswith(home + "-")), None) or _document_oblast(doc, home)
    other = next((k for k in reversed(regions) if not k.startswith(home + "-")), None)
    return [mine, other] if mine and other else None


# public money that an authority provides: `stellt das Akimat 2,3 Mrd. Tenge bereit`, `sind im
# regionalen Haushalt 1,8 Mrd. Tenge vorgesehen`; from the state's budget it is the country's
_FUNDS_GIVEN = re.compile(r"\b(?:bereit(?:gestellt|zustellen|stellen)?|zur\s+Verfügung|vorgesehen|bewilligt|eingeplant|einplant"
                          r"|fördert|finanziert|investiert|veranschlagt|beziffert|fließen|fliessen|ausgeben|beisteuern)\b"
                          r"|\bsieht\b.{0,120}?\bvor\b")  # (`sieht der Kreishaushalt 85 Mio. Rubel ... vor`)
_PUBLIC_FUNDER = re.compile(
    r"\b(?:Akimat|Hokimiyat|Hokimijat|\w*[Ee]xekutivkomitee|\w*[Vv]erwaltung|\w*[Rr]egierung|Provinz|\w*[Hh]aushalt\w*|\w*[Bb]udget\w*)\b")
# a delivery or purchase said in the present or future (`liefert`, `wird ... liefern`, `bezieht`)
_AGREED_DELIVERY = re.compile(r"\b(?:liefert|beliefert|bezieht|kauft|verkauft|liefern\s+wird|wird\b[^.;]{0,80}\b(?:liefern|beziehen|kaufen))\b")
_SIGNING = re.compile(r"\b(?:unterzeichne\w*|unterschrieben|Vertr[aä]ge?\w*|Vereinbarung\w*|Abkommen|Vertragswert|Auftragswert)\b")


def _signing_context(doc: Document, si: int, paragraph_start: int) -> bool:
    """The sentence, or one of the two before it in its paragraph (a list's opening line), speaks of
    agreements signed."""
    for j in (si, si - 1, si - 2):
        if j < 0 or (j < si and doc.sentences[j].end < paragraph_start - 1 and j < si - 1):
            break
        if _SIGNING.search(doc.sentences[j].text):
            return True
    return False


_FUNDING = re.compile(r"\b(?:fördert|förderte|gefördert|Förder(?:mittel|programm|geld|kredit)\w*|Förderung|Subvention\w*|Zuschuss|Zuschüsse)\b")
_SIDE_GOVERNMENT = re.compile(r"\b(?:[Dd]ie|[Dd]er)\s+(\w+isch(?:e|en))\s+(?:Regierung|Landesregierung)\b")
_NATIONAL_FUNDS = re.compile(r"\b(?:Republik|Staats|Bundes)(?:haushalt|budget)\w*|\bRegierung\s+der\s+Republik\b")


def _public_funds(doc: Document, amount: _Amount, si: int, metric: str, home: str) -> list[str] | None:
    """The region (or, from the state's budget, the country) whose authority provides the money:
    of the country whose own currency it is (Tenge: Kazakhstan), the one region the sentence
    names, else the one the text is about."""
    if metric not in ("other", "investment"):
        return None
    sentence = doc.sentences[si]
    if not (_FUNDS_GIVEN.search(sentence.text) and _PUBLIC_FUNDER.search(sentence.text)):
        return None
    if _BILATERAL.search(sentence.text):
        return None  # (`investieren gemeinsam`: both sides' money)
    country = money_lexicon().currency_countries.get(amount.currency)
    if _NATIONAL_FUNDS.search(sentence.text):
        return [country or home]
    if m := _SIDE_GOVERNMENT.search(sentence.text):
        # `Die armenische Regierung fördert ...`: the state's; `die adscharische Regierung`: the region's
        at = sentence.start + m.start(1)
        side = next((p.key for p in doc.places if p.start == at and p.kind in ("country", "region")), None)
        if side:
            return [side]
    regions = list(dict.fromkeys(
        p.key for p in _partner_places(doc, sentence.start, sentence.end)
        if p.kind == "region" and p.key not in national_capitals() and (country is None or p.key.startswith(country + "-"))))
    if len(regions) == 1:
        return regions
    own = None if regions else _document_oblast(doc, country or home)
    return [own] if own else None


# trade with many countries at once: the side's own total, no partner
_MANY_COUNTRIES = re.compile(r"\b(?:in|nach|mit)\s+(?:mehr\s+als\s+|über\s+|rund\s+)?(?:\d+|viele|zahlreiche|alle)\s+(?:Länder|Staaten)\b")
# `der Außenhandelsumsatz der Region Tomsk` (a place's trade with the whole world); `mit` or
# `zwischen` after it name a partner and make it trade between two
# `davon`, `wovon`, `darunter` between two amounts of a sentence: the second is a part of the first
_PART_OF_BEFORE = re.compile(r"\W*(?:davon|wovon|darunter|darin)\b", re.IGNORECASE)
_OWN_FOREIGN_TRADE = re.compile(r"Außenhandel\w*\s+(?:der|des)\s+(?=\w+\s+[A-ZÄÖÜ])")
_OUR_FOREIGN_TRADE = re.compile(r"Außenhandel\w*\s+(?:unseres\s+Gebiets|unserer\s+Region)\b")
# a region's own economy, named or referred back to: `der Außenhandelsumsatz der Republik`,
# `das Bruttoregionalprodukt`, `die Investitionen in Sachanlagen`
_REGION_TOTAL = re.compile(r"Außenhandel\w*\s+(?:der|des)\s+(Region|Republik|Gebiets?|Provinz)\b(?!\s+[A-ZÄÖÜ])"
                           r"|Bruttoregionalprodukt|Investitionen\s+in\s+(?:Sachanlagen|(?:das\s+)?Anlagevermögen)")
_TRADE_PARTNER_WORD = re.compile(r"\b(?:mit|zwischen)\b")


def _own_foreign_trade(doc: Document, si: int, home: str, amount: _Amount) -> str | None:
    """The region whose total foreign trade (or economy) the sentence gives, if it names no partner
    up to the amount's clause; `unseres Gebiets` in an interview of a Belarusian governor is the
    oblast the text speaks for."""
    sentence = doc.sentences[si]
    clause_after = _CLAUSE_BREAK.split(doc.text[amount.end:sentence.end], maxsplit=1)[0]
    if _TRADE_PARTNER_WORD.search(doc.text[sentence.start:amount.start] + clause_after):
        return None
    if _OUR_FOREIGN_TRADE.search(sentence.text):
        here = _home_side(doc, si, home)
        return here if here != home else _document_oblast(doc, home)
    m = _OWN_FOREIGN_TRADE.search(sentence.text)
    if m is not None:
        start = sentence.start + m.end()
        named = [p for p in _partner_places(doc, start, start + 40) if p.kind == "region"]
        if named and named[0].start - start <= 8:
            return named[0].key
    total = _search(_REGION_TOTAL, sentence.text)
    if total is None:
        return None
    # the region the sentence names, else the one named last before it (with the noun it uses)
    named = [p for p in _partner_places(doc, sentence.start, sentence.end) if p.kind == "region"]
    if named:
        return named[0].key
    noun = (total.group(1) or "").lower().rstrip("s")
    earlier = [p for p in _partner_places(doc, max(0, sentence.start - 4000), sentence.start) if p.kind == "region"]
    pool = [p for p in earlier if noun and noun in p.surface.lower()] or earlier
    return pool[-1].key if pool else None


def _event_total(doc: Document, si: int) -> bool:
    """The sentence reports an event's total signings and names no party, only a venue and the
    countries whose event it is (`Forum der Regionen von Belarus und Russland in Grodno`)."""
    sentence = doc.sentences[si]
    if not _search(_EVENT_TOTAL, sentence.text):
        return False
    for p in _partner_places(doc, sentence.start, sentence.end):
        head = doc.text[max(sentence.start, p.start - 30):p.start]
        if not (p.kind == "country" and _is_proper_name(p.surface)) and not _EVENT_VENUE.search(head):
            return False
    return True


def _country_counts(doc: Document) -> dict[str, int]:
    """How often the document names each country, by itself or by its regions, in the order of
    first mention (counted once per document: figures ask for every amount)."""
    key = (id(doc.places), len(doc.places))  # recomputed when the places layer is replaced
    cached = doc.__dict__.get("_country_counts")
    if cached is None or cached[0] != key:
        counts: dict[str, int] = {}
        for p in doc.places:
            if p.kind in ("country", "region"):
                country = p.key.split("-")[0]
                counts[country] = counts.get(country, 0) + 1
        cached = (key, counts)
        doc.__dict__["_country_counts"] = cached
    return cached[1]


def _foreign_countries(doc: Document, home: str) -> dict[str, int]:
    """How often the document names each country other than the home one."""
    return {c: n for c, n in _country_counts(doc).items() if c != home}


def _document_sides(doc: Document) -> list[str]:
    """The two countries the document names most, each as the one region of it the document is
    about where there is one (`_document_oblast`); [] unless both have been named twice or more."""
    counts = _country_counts(doc)
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    if len(top) < 2 or counts[top[1]] < 2:
        return []
    return [_document_oblast(doc, c) or c for c in top]


def _partner_country(doc: Document, home: str) -> str | None:
    """The country the document names most often besides the home country."""
    counts = _foreign_countries(doc, home)
    return max(counts, key=lambda c: counts[c]) if counts else None


_ADJECTIVE_END = re.compile(r"isch(?:e[nmrs]?)?$", re.IGNORECASE)


def _is_proper_name(surface: str) -> bool:
    """`Belarus`, `Republik Belarus`, `Weißrusslands`; not `belarussische`, `Belarussischen`."""
    return surface[:1].isupper() and not _ADJECTIVE_END.search(surface)


def _anaphor(doc: Document, sentence) -> str | None:
    """The noun by which the sentence refers back to a region (`dieser Region Kasachstans`:
    `region`), rather than naming one (`die Region Minsk`: a region's name follows the noun)."""
    regions = [p for p in _places_starting_in(doc, sentence.start, sentence.end)
               if p.kind == "region" and sentence.start <= p.start < sentence.end]
    nouns = set()
    for m in _ANAPHOR_REGION.finditer(doc.text, sentence.start, sentence.end):
        # the name is part of the mention (`Region Minsk`) or follows the noun within a space
        if not any(m.start() <= p.start <= m.end() + 2 for p in regions):
            nouns.add(m.group(0).split()[-1].lower().removesuffix("s").removeprefix("partner"))
    if not nouns:
        return None
    # `zwischen der Republik und der Region`: two sides referred back to, the noun tells neither
    return nouns.pop() if len(nouns) == 1 else "*"


def _not_a_capital(doc: Document, region: str | None) -> str | None:
    """`das Gebiet` does not refer back to a capital (`südwestlich von Moskau`): the one region of
    that country the text is about, if there is one."""
    if region in national_capitals():
        return _document_oblast(doc, region.split("-")[0]) or region
    return region


def _recent_region_called(doc: Document, before: int, home: str, noun: str) -> str | None:
    """The partner region last named with the anaphor's noun (`der Region` -> `Region Altai`, not
    the `Republik Altai` named after it): German refers back with the noun that named it."""
    for p in reversed(_partner_places(doc, max(0, before - 4000), before)):
        if p.kind == "region" and not p.key.startswith(home) and noun != "*" and noun in p.surface.lower():
            return p.key
    return None


def _partner_ids(doc: Document, amount: _Amount, si: int, window_start: int, own_places: set[str],
                 metric: str, previous: list[str] | None, home: str) -> list[str]:
    text = doc.text
    sentence = doc.sentences[si]
    sentence_places = _without_adjective_before_region(doc.text, _partner_places(doc, sentence.start, sentence.end))
    if len(sentence_places) > 1:
        # `schließen in Minsk Verträge mit Nowosibirsk`: a capital after `in` is the venue
        sentence_places = [p for p in sentence_places if not _is_venue(doc.text, p)] or sentence_places
    window_places = _partner_places(doc, window_start, amount.start)
    paragraph_start = text.rfind("\n", 0, sentence.start) + 1
    recent = _recent_partner(doc, sentence.start, home, 4000, paragraph_start)
    here = _home_side(doc, si, home)
    ids = _capitals_as_states(list(dict.fromkeys(p.key for p in sentence_places)))
    # `zwischen dem Gebiet und Russland` beside `im Gebiet Gomel`: the anaphor is the home region
    # `der Außenhandel der Region mit Kasachstan` in a passage about the Gomel oblast: the anaphor
    # is the home region (named in this or the sentence before), not a partner region; beside
    # `Belarus` named (`zwischen der Region und Belarus`) it is the partner
    home_named = any(p.key == home and _is_proper_name(p.surface) for p in sentence_places)
    noun = _anaphor(doc, sentence)
    anaphor = bool(noun) and (here == home or home_named) and not any(i.startswith(home + "-") for i in ids)
    if anaphor:
        recent = _recent_region_called(doc, sentence.start, home, noun) or _not_a_capital(doc, recent)
    if anaphor and recent:
        # `dieser kasachischen Region`: the region the text is about, not its country
        ids = [recent if recent.startswith(i + "-") else i for i in ids]
        if recent not in ids:
            ids.append(recent)
    # `zwischen Belarus und X`
    for m in _BETWEEN.finditer(text, sentence.start, amount.start):
        pair = [p.key for p in sentence_places if p.start >= m.end()][:2]
        pair = [recent if recent and recent.startswith(k + "-") and anaphor else k for k in pair]
        if len(pair) == 2 and pair[0] != pair[1]:
            return pair
    if own_places and window_places and window_places[-1].key in own_places:
        # a list: `mit Aserbaidschan - 47,93 Mio. $, Iran - 34,54 Mio. $`
        own = window_places[-1].key
        # the other side: a place of the sentence outside the list; for a list of home regions
        # (`das Gebiet Witebsk kam auf ..., das Gebiet Grodno auf ...`) the partner of the story
        home_list = own == home or own.startswith(home + "-")
        # (a list of home regions trades with a foreign side: `der Handelsumsatz des Gebiets Brjansk
        # mit dem Gebiet Gomel auf ..., mit dem Gebiet Mogiljow auf ...`); the side is named in the
        # list's clause, not before a colon (`Anders als mit Wologda ...: die Lieferungen in ...`)
        clause_start = max(text.rfind(":", sentence.start, amount.start), text.rfind(";", sentence.start, amount.start))
        in_clause = [p.key for p in sentence_places if p.start > clause_start]
        anchor = next((k for k in ids if k in in_clause and k not in own_places
                       and not (home_list and k.split("-")[0] == home)), None) or (
            recent if home_list else (here if own != here else recent))
        return [x for x in dict.fromkeys([anchor, own]) if x]
    # a region and its own country: the region is the partner (`russische Republik Baschkortostan`)
    ids = [i for i in ids if i == home or not any(j.startswith(i + "-") for j in ids)]
    # the home country by its adjective stands for the oblast the text speaks for; by its name
    # (`zwischen der Region und Belarus`) it is the country
    named_home = any(p.key == home and _is_proper_name(p.surface) for p in sentence_places)
    ids = [here if i == home and not named_home else i for i in ids]
    ids = list(dict.fromkeys(ids))
    mine = [i for i in ids if i in (here, home) or i.startswith(home + "-")]
    others = [i for i in ids if i not in mine]
    if mine and others:
        return [mine[0], others[0]]
    if len(others) >= 2:
        if metric in ("export", "import") and len({o.split("-")[0] for o in others}) == 1:
            # `AMKODOR lieferte in die Region Chabarowsk und das Gebiet Amur`: Belarus's trade
            # with several regions of one country
            return [here, *others]
        return others[:2]
    if others:
        return [here, others[0]]
    if previous and (not ids or (set(ids) <= {here} and here in previous)):
        return previous  # the figure continues the pair of the figure before it
    two_sided = metric in ("turnover", "contracts") or _BILATERAL.search(sentence.text)
    # a story about one partner country: its turnover and deals are with that country
    partner = recent or (_sole_partner_country(doc, home) if two_sided else None)
    if mine:
        # `Insgesamt handelte Belarus mit ...` in an oblast's story: the country named is the side
        return [mine[0], partner] if partner and two_sided else [mine[0]]
    if recent and metric in ("investment", "other") and _OWN_FUNDS.search(sentence.text):
        return [recent]  # `die Regionalregierung beziffert die Investitionen`: the region's own money
    if recent and (metric in _TRADE_METRICS or metric in _DEAL_METRICS or _BILATERAL.search(sentence.text)):
        return [here, recent]  # deals and investments named in a story about a partner are with it
    if partner and any(p.key == home for p in doc.places):
        return [here, partner]
    return [here] if any(p.key == home for p in doc.places) else []


def _without_organizations(doc: Document) -> str:
    """The text with the organizations' names blanked out (same length): their words name
    bodies, not what a figure measures."""
    if not doc.organizations:
        return doc.text
    parts, last = [], 0
    for m in sorted(doc.organizations, key=lambda m: m.start):
        if m.start < last:
            continue
        parts += [doc.text[last:m.start], " " * (m.end - m.start)]
        last = m.end
    parts.append(doc.text[last:])
    return "".join(parts)


# after a colon or semicolon the clause that holds the figure begins (`ein positiver Saldo: die
# Exporte beliefen sich auf ...`): its own words name the metric first
_CLAUSE_START = re.compile(r".*[:;]\s", re.S)


# the metrics that the amount's own clause names over a deal named before its comma
_CLAUSE_METRICS = (*_TRADE_METRICS, "investment", "other")


def _metric_of_last_comma_clause(before: str, lex: MoneyLexicon) -> str | None:
    """The metric the clause of the amount names, over a deal named before its comma: `unterzeichneten
    einen Fahrplan, der vorsieht, den Umsatz bis 2027 auf 25 Mio. US-Dollar zu steigern` is turnover,
    `..., sein Startkapital soll 40 Mio. Rubel betragen` other."""
    comma = before.rfind(",")
    if comma < 0:
        return None
    clause = before[comma + 1:]
    # (the last of coordinated goals: `den Saldo auszugleichen und den Umsatz auf ... zu steigern`)
    metric = _metric(clause.rsplit(" und ", 1)[-1], lex) or _metric(clause, lex)
    return metric if metric in _CLAUSE_METRICS else None


def _last_clause(before: str) -> str:
    if ":" not in before and ";" not in before:
        return ""  # (most stretches: no colon, and `.*` would run to the end and back)
    m = _CLAUSE_START.match(before)
    return before[m.end():] if m else ""


def _document_home(doc: Document) -> str:
    """The side the document speaks for: Belarus wherever it names Belarus, one of its regions or a
    Belarusian organization of the knowledge base (`Amkodor`), unless it does so only in passing
    (Belarus not among the two countries named most, and neither it nor its bodies in the lead).
    A text on the cooperation of two other countries (a German Land and a Kazakh region, Armenian
    provinces and Russian regions) speaks for the one of the two countries it names most that it
    names first."""
    counts = _country_counts(doc)
    # the two countries named most, the first named of equals (the counts keep the order of first mention)
    top_two = sorted(counts, key=lambda c: -counts[c])[:2]
    if HOME in top_two:
        return HOME
    home_orgs = [o for o in doc.organizations
                 if (org := organization_base().by_name.get(o.key)) and (org.place or "").split("-")[0] == HOME]
    if not counts or (HOME not in counts and home_orgs):
        return HOME
    home_in_lead = any(p.start < _LEAD_CHARS and p.key.split("-")[0] == HOME and (p.kind == "region" or _is_proper_name(p.surface))
                       for p in doc.places) or any(o.start < _LEAD_CHARS for o in home_orgs)
    if home_in_lead:
        return HOME
    # of the two named most, the one named first: a text speaks first of its own side (`Das Akimat
    # der Region Nordkasachstan meldet mehr Handel mit dem Gebiet Omsk`)
    return next(c for c in counts if c in top_two)


def _sole_partner_country(doc: Document, home: str) -> str | None:
    """The only foreign country a document names, by itself or by its regions."""
    counts = _foreign_countries(doc, home)
    return next(iter(counts)) if len(counts) == 1 else None


def _context_metric(doc: Document, si: int, paragraph_start: int, lex: MoneyLexicon) -> str | None:
    """`Der Warenaustausch ... hat sich vervielfacht. 2022 lag er bei ...`: the metric the
    sentence before named, within the paragraph."""
    j = si - 1
    if j < 0 or doc.sentences[j].start < paragraph_start:
        return None
    return _metric(doc.sentences[j].text, lex)


def _months_year(ref: TimeRef, published) -> int | None:
    """The year of `in den ersten acht Monaten` that no text names: in a dated news item, the
    year of its date if those months were over when it appeared, else the year before."""
    if published is None or ref.months is None:
        return None
    return published.year if ref.months[1] < published.month else published.year - 1


def _context_time(doc: Document, si: int, times: "_SentenceTimes", paragraph_start: int) -> TimeRef | None:
    """The last time expression of the two sentences before, within the paragraph."""
    for back in (1, 2):
        j = si - back
        if j < 0 or doc.sentences[j].start < paragraph_start:
            break
        if times.of(j):
            return times.of(j)[-1]
    return None


class _SentenceTimes:
    """The time expressions of a document's sentences, each sentence read once: its amounts
    share them, and the amounts of the sentences after it look back at them."""

    def __init__(self, doc: Document, doc_year: int | None) -> None:
        self.doc, self.doc_year = doc, doc_year
        self._found: dict[int, list[TimeRef]] = {}

    def of(self, si: int) -> list[TimeRef]:
        if si not in self._found:
            sentence = self.doc.sentences[si]
            self._found[si] = find_times(self.doc.text, sentence.start, sentence.end, self.doc_year)
        return self._found[si]


def _neighbours(amounts: list[_Amount], starts: list[int], i: int, sentence) -> tuple[list[_Amount], int, int]:
    """The amounts of the sentence (`amounts` sorted by `starts`), and the window of amount `i`:
    from the end of the amounts before it in the sentence to the start of the next one."""
    first, stop = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
    prev_end = max([a.end for a in amounts[first:i]] or [sentence.start])
    next_start = min([a.start for a in amounts[i + 1:stop] if a.end <= sentence.end] or [sentence.end])
    return amounts[first:stop], prev_end, next_start


def _own_places(doc: Document, in_sentence: list[_Amount], sentence) -> set[str]:
    """A list of places with an amount each (`mit Aserbaidschan - 47,93 Mio. $, Iran - 34,54
    Mio. $`): the last place before each amount, if there are two or more of them. A list names
    its places (`Iran`, `das Gebiet Grodno`); `die belarussische Seite` is a side, no list item."""
    own = set()
    for a in in_sentence:
        a_prev = max([b.end for b in in_sentence if b.end <= a.start] or [sentence.start])
        w = _partner_places(doc, a_prev, a.start)
        if w and (w[-1].kind == "region" or _is_proper_name(w[-1].surface)):
            own.add(w[-1].key)
    return own if len(own) >= 2 else set()


def add_figures(doc: Document) -> None:
    """Pipeline component: fill `doc.figures` (needs sentences and places)."""
    lex = money_lexicon()
    text = doc.text
    found = _with_local_manat(doc, find_amounts(text, lex, doc.lowered))
    # `450 Mrd. Tögrög (etwa 120 Mio. Euro)`: the bracketed value is the same figure in another
    # currency; the sentence is read without the bracket and both get what it says
    equivalent = _equivalents(text, found)
    in_brackets = {id(b) for b, _ in equivalent.values()}
    amounts = [a for a in found if id(a) not in in_brackets]
    doc_year = doc.date.year if doc.date else None
    home = _document_home(doc)
    masked = _without_organizations(doc)
    ctx = _Context()
    last_dated: tuple[int | None, str | None, int] = (None, None, 0)  # year, period and end of the last dated figure
    figures: list[Figure] = []
    undated: set[int] = set()  # indices of figures dated only by the document's date
    seen: dict[tuple, int] = {}  # figure key -> index in `figures`
    sentence_times = _SentenceTimes(doc, doc_year)
    starts = [a.start for a in amounts]
    own_places_of: dict[int, set[str]] = {}  # per sentence
    for i, amount in enumerate(amounts):
        si = doc.sentence_at(amount.start)
        sentence = doc.sentences[si]
        paragraph_start = text.rfind("\n", 0, sentence.start) + 1
        ctx.reset_if_new_paragraph(paragraph_start, si)
        in_sentence, prev_end, next_start = _neighbours(amounts, starts, i, sentence)
        many = len(in_sentence) > 1
        before, after = text[prev_end:amount.start], text[amount.end:next_start]
        if id(amount) in equivalent:
            after = " " + text[equivalent[id(amount)][1]:next_start]
        tail = text[in_sentence[-1].end:sentence.end]
        times = sentence_times.of(si)
        ref = _pick_time(amount, prev_end, next_start, times, text)
        if ref is None and many:
            ranges = [t for t in times if t.range_years]
            ref = ranges[0] if ranges else None
        elif ref is None:
            ref = _pick_time(amount, sentence.start, sentence.end, times, text)
        # its own stretch first, before it and then the rest of its clause after it (`14 Mio. USD,
        # wovon 13 Mio. USD auf Exporte entfielen`), then what the sentence said before
        clause_after = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
        # (metric words inside an organization's name, `Ministerium für ... Investitionen`, name no metric)
        cue_before = masked[prev_end:amount.start]
        last_clause = _last_clause(cue_before)
        own_metric = (_allotted_to(after, sentence.text, lex)
                      or (_metric(last_clause, lex) if last_clause else None) or _metric_of_last_comma_clause(cue_before, lex)
                      or _metric(cue_before, lex)
                      or _metric(clause_after, lex) or _metric(masked[sentence.start:prev_end], lex)
                      or _metric(_CAUSE.split(after, maxsplit=1)[0], lex))
        # a sentence without a figure of its own between the last figure and this one speaks last
        said_before = _context_metric(doc, si, paragraph_start, lex) if ctx.sentence < si - 1 else None
        if ctx.sentence == si and own_metric in (None, "other") and _PART_OF_BEFORE.match(before):
            # `4,5 Mrd. Rubel; davon sollen 1,2 Mrd. aus dem Haushalt kommen`: a part of it, where
            # no metric of its own is named (`wovon 13 Mio. USD Exporte waren` names one)
            own_metric = ctx.metric
        # (weak cues of its own clause: `die Region sei bereit, Technik für 3 Mrd. Rubel zu kaufen`
        # is no money provided, `stellt das Hokimiyat 38 Mrd. Sum bereit` is)
        own_clause = before.rsplit(",", 1)[-1] + clause_after
        if own_metric in ("export", "import", "turnover", "other", None) and _AGREED_DELIVERY.search(sentence.text) \
                and _signing_context(doc, si, paragraph_start):
            # `Das OAO „Belkard“ liefert Gelenkwellen ... für 410 Mio. Rubel` among the agreements
            # signed: the value of a delivery agreed, not trade that took place
            own_metric = "contracts"
        if own_metric == "contracts" and _FUNDING.search(own_clause):
            own_metric = "other"  # `Die Regierung fördert den Kauf von Landmaschinen mit 5,6 Mrd. Dram`: a subsidy
            # (`Subventionen beim Kauf von Landtechnik`: the purchase is what it pays for)
        metric = (own_metric or _weak_metric(own_clause.lower(), lex)
                  or said_before or ctx.metric or _context_metric(doc, si, paragraph_start, lex) or "other")
        if own_metric in (None, "other") and _exchange_context(doc, si, paragraph_start):
            # sales on a Belarusian exchange to buyers abroad are exports; its deals are its turnover
            metric = "turnover" if _EXCHANGE_DEALS.search(sentence.text) else "export"
        # (a goal or forecast of the sentence before does not reach a figure dated in the past:
        # `Im vergangenen Jahr haben wir 37,6 Mio. Dollar erreicht`)
        past = ref is not None and ref.year is not None and doc_year is not None and ref.year < doc_year
        kind = (_kind(before, after, lex) or _kind(text[sentence.start:amount.start], after + tail, lex)
                or (ctx.kind if ctx.sentence >= si - 1 and not past else None) or "actual")
        if kind == "target" and own_metric is None and metric == "balance":
            metric = "turnover"  # a goal is set for the trade, not for the deficit named before it
        if ref is not None and ref.year is None and ref.months is not None:
            earlier = _context_time(doc, si, sentence_times, paragraph_start)
            # (`In fünf Monaten` goes on with the months named before, not with a base year compared with)
            # (after a year said against the date, `im vergangenen Jahr`, months go on in the date's year)
            context_year = None if ctx.year_relative else ctx.year
            ref = ref.with_year(ctx.months_year or context_year or (earlier.year if earlier and not earlier.relative else None)
                                or _months_year(ref, doc.date) or ctx.year)
        dated_by_document = False  # the year is only the document's, the text gives none
        if ref is not None:
            year, period = _year_and_period(amount, ref, text)
        elif kind == "target" or (doc_year is not None and (metric == "other" or (metric == "contracts" and ctx.year is None))):
            # a goal without a date is this year's goal; contracts signed, credits and budgets granted
            # are news of the day
            year, period = doc_year, None
            dated_by_document = True
        elif ctx.year is not None or ctx.period is not None:
            year, period = ctx.year, ctx.period
            if metric in ("contracts", "other") and period and "-" in period:
                period = None  # a deal is news of its day, not of the months the trade before it covered
        else:
            earlier = _context_time(doc, si, sentence_times, paragraph_start)
            # a dated news item reports the present: a figure the text does not date is of its year;
            # an undated text goes on in the period its last paragraph named
            year, period = (_year_and_period(amount, earlier, text) if earlier
                            else (doc_year, None) if doc_year is not None
                            else last_dated[:2] if amount.start - last_dated[2] <= _CARRY_CHARS else (None, None))
            dated_by_document = earlier is None
        own_places = set()
        if many:
            if si not in own_places_of:
                own_places_of[si] = _own_places(doc, in_sentence, sentence)
            own_places = own_places_of[si]
        partners = _partners(doc, amount, si, prev_end, own_places, metric, ctx.partners, home)
        if amount.heading is not None:
            metric, kind, year, period, partners = _table_row(doc, amount, sentence, home, doc_year, lex)
        change = _change_pct(before, after, lex)
        ctx.sentence, ctx.metric, ctx.kind, ctx.partners = si, metric, kind, partners
        if kind != "target" and not dated_by_document and (year is not None or period is not None):
            ctx.year, ctx.period = year, period
            ctx.year_relative = ref is not None and ref.relative
            last_dated = (year, period, amount.end)
            if period and "-" in period[:7]:
                ctx.months_year = year
        key = (round(amount.amount), amount.currency, metric, kind, year, period)
        if key in seen and not (_is_headline(doc, doc.sentences[figures[seen[key]].sentence]) and not _is_headline(doc, sentence)):
            continue  # the same value repeated about the same thing (a headline's, `_without_headline_repeats` drops)
        seen[key] = len(figures)
        if dated_by_document:
            undated.add(len(figures))
        figure = Figure(
            amount=amount.amount,
            currency=amount.currency,
            metric=metric,
            kind=kind,
            year=year,
            period=period,
            partners=partners,
            change_pct=change,
            evidence=_evidence(sentence.text, amount.start - sentence.start),
            sentence=si,
            start=amount.start,
            end=amount.end,
            surface=amount.surface,
            bound=_bound(text[max(0, amount.start - 30):amount.start], text[amount.end:amount.end + 40]),
            segment=_segment(before, lex) or _exchange_scope(doc, si, paragraph_start),
        )
        figures.append(figure)
        if id(amount) in equivalent:
            same = equivalent[id(amount)][0]
            if dated_by_document:
                undated.add(len(figures))
            figures.append(replace(figure, amount=same.amount, currency=same.currency, start=same.start,
                                    end=same.end, surface=same.surface, change_pct=None))
    doc.figures = _without_summary_repeats(doc, _without_headline_repeats(doc, _without_undated_repeats(figures, undated)))


# between an amount and the same value in another currency in brackets after it
_EQUIVALENT_OPEN = re.compile(r"\s*\(\s*(?:(?:etwa|rund|ca\.|circa|zirka|umgerechnet|knapp|gut|fast|über|mehr als)\s+)*")
_EQUIVALENT_CLOSE = re.compile(r"\s*\)")


def _equivalents(text: str, amounts: list[_Amount]) -> dict[int, tuple[_Amount, int]]:
    """id of an amount -> (the amount in brackets right after it in another currency, the end of
    the bracket): `78 Milliarden Tenge (rund 150 Millionen Euro)`."""
    pairs = {}
    for a, b in zip(amounts, amounts[1:]):
        if b.currency != a.currency and _EQUIVALENT_OPEN.fullmatch(text, a.end, b.start):
            close = _EQUIVALENT_CLOSE.match(text, b.end)
            if close:
                pairs[id(a)] = (b, close.end())
    return pairs


_SUMMARY_POINT = ("•", "·", "▪", "■", "►", "-", "–", "*")


def _without_summary_repeats(doc: Document, figures: list[Figure]) -> list[Figure]:
    """A fact box under the text (`Fakten: ...` / `• Kredit der KfW IPEX-Bank: 24 Mio. Euro`) sums up
    amounts the body gave: a point's amount that the running text stated before it is that figure."""
    text = doc.text
    stated: set[tuple[int, str]] = set()
    kept = []
    for f in figures:
        line_start = text.rfind("\n", 0, f.start) + 1
        key = (round(f.amount), f.currency)
        if text.startswith(_SUMMARY_POINT, line_start):
            if key in stated:
                continue
        else:
            stated.add(key)
        kept.append(f)
    return kept


_SECTION_CHARS = 800  # how far under a sub-heading the body states its amount again


def _without_headline_repeats(doc: Document, figures: list[Figure]) -> list[Figure]:
    """A headline's amount that the body states again (`unterzeichnen Dokumente über 47 Mio.
    US-Dollar` over `Dokumente im Gesamtwert von rund 47 Mio. US-Dollar unterzeichnet`): once,
    as the body states it, whatever the headline's words made of it. So too a sub-heading's
    (`Kalmückien: Traktoren für 2,3 Mrd. Rubel`) that the section under it states again."""
    sentences = [doc.sentences[f.sentence] for f in figures]
    heading = [_is_heading_line(doc, s) for s in sentences]
    if not any(heading):
        return figures
    headline = [h and s.start < _LEAD_CHARS for h, s in zip(heading, sentences)]
    in_body = {(round(f.amount), f.currency) for f, h in zip(figures, heading) if not h}

    def stated_below(i: int) -> bool:
        key, end = (round(figures[i].amount), figures[i].currency), sentences[i].end
        return any(not heading[j] and (round(f.amount), f.currency) == key and end < sentences[j].start <= end + _SECTION_CHARS
                   for j, f in enumerate(figures))
    return [f for i, f in enumerate(figures)
            if not (heading[i] and ((headline[i] and (round(f.amount), f.currency) in in_body) or stated_below(i)))]


def _is_headline(doc: Document, sentence) -> bool:
    """A line of its own near the top that ends no sentence (`Witebsker Delegation in Perm:
    Verträge über 2,3 Mrd. Rubel unterzeichnet`)."""
    return sentence.start < _LEAD_CHARS and _is_heading_line(doc, sentence)


def _is_heading_line(doc: Document, sentence) -> bool:
    """A line of its own that ends no sentence: a headline or a sub-heading."""
    text = doc.text
    return (not _SENTENCE_END.search(sentence.text)
            and text[max(0, sentence.start - 1):sentence.start] in ("", "\n")
            and text[sentence.end:sentence.end + 1] in ("", "\n"))


def _table_row(doc: Document, amount: _Amount, row, home: str, doc_year: int | None,
               lex: MoneyLexicon) -> tuple[str, str, int | None, str | None, list[str]]:
    """(metric, kind, year, period, partners) of a table row's figure: what its heading states
    (`Ausfuhren nach Russland nach Regionen, Januar–Juni 2024`), and the place the row names."""
    start, end = amount.heading
    heading = doc.text[start:end]
    row_start = doc.text.rfind("\n", 0, amount.start) + 1  # (a table's lines are one sentence)
    label = doc.text[row_start:amount.start]
    metric = (amount.column and _metric(amount.column, lex)) or (amount.column and _metric(label, lex)) \
        or _metric(heading, lex) or "other"
    kind = _kind(heading, "", lex) or "actual"
    times = find_times(doc.text, start, end, doc_year)
    year, period = (times[0].year, times[0].period) if times else (doc_year, None)
    if amount.column and amount.column.isdigit():
        year, period = int(amount.column), None  # a column of a year
    elif amount.column and (row_times := find_times(doc.text, row_start, amount.start, doc_year)):
        year, period = row_times[0].year, row_times[0].period  # a row of a year or months
    own = [p.key for p in _partner_places(doc, max(row_start, row.start), amount.start)]
    named = [p.key for p in _partner_places(doc, start, end) if p.key not in own]
    if own and not named:
        named = [home]  # `Ausfuhren nach Regionen`: each row is a region of the home side
    # (a row of a metric, `Umsatz 38 412,6 44 907,3`: the heading's two sides)
    return metric, kind, year, period, list(dict.fromkeys(own[:1] + named[:1] if own else named[:2]))


def _without_undated_repeats(figures: list[Figure], undated: set[int]) -> list[Figure]:
    """`Belarus und Usbekistan wollen Handel auf zwei Milliarden Dollar steigern` as a headline, and
    `bis 2026 auf zwei Milliarden Dollar` in the body: one figure, the one the text dates."""
    dated = {(round(f.amount), f.currency, f.metric, f.kind) for i, f in enumerate(figures) if i not in undated}
    return [f for i, f in enumerate(figures)
            if i not in undated or (round(f.amount), f.currency, f.metric, f.kind) not in dated]


_COMPANY_OWN = re.compile(
    r"\b(?:Unternehmen|Konzern\w*|Holding\w*|\w*[Ww]erke?s?|Betrieb\w*|Firm\w*)\b[^.]{0,80}?"
    r"\b(?:ihre|seine|deren|dessen)\s+(?:\w+\s+)?(?:Export|Ausfuhr|Lieferung|Umsatz|Absatz)\w*"
)
_POSSESSIVES = ("ihre", "seine", "deren", "dessen")
_SEGMENT_AFTER = re.compile(
    r"\s+(?:des\s+handels\s+)?(?:von|mit|an)\s+((?:[a-zäöüß-]+\s+){0,3}[A-ZÄÖÜ][\w-]+(?:\s+und\s+[A-ZÄÖÜ][\w-]+)?)"
)


_EXCHANGE_DEALS = re.compile(r"\bGeschäfte\b")
_EXCHANGE_WORD = re.compile(r"[Bb]örse|\bBUTB\b|\bBUCE\b")


def _exchange_context(doc: Document, si: int, paragraph_start: int) -> bool:
    """An exchange is named in the figure's paragraph."""
    paragraph_end = doc.text.find("\n", doc.sentences[si].end)
    # the paragraph ends at a line break or the text's end: `\b` at its edges reads as in the text
    return bool(_search(_EXCHANGE_WORD, doc.text[paragraph_start:paragraph_end if paragraph_end >= 0 else len(doc.text)]))


def _exchange_scope(doc: Document, si: int, paragraph_start: int) -> str | None:
    """`Ein Motor ... sind die Aktivitäten der Warenbörse (BUCE). Der Warenumsatz zwischen Belarus
    und Russland stieg auf 375 Mio. $`: trade on an exchange, not the whole trade of the pair.
    An exchange named in the figure's sentence or the one before it (same paragraph) limits it."""
    first = si - 1 if si > 0 and doc.sentences[si - 1].start >= paragraph_start else si
    start, end = doc.sentences[first].start, doc.sentences[si].end
    for m in _starting_in(doc, "organizations", start, end - 1):
        if _is_exchange(m.key):
            return f"Börsenhandel ({m.key})"
    return None


def _is_exchange(name: str) -> bool:
    org = organization_base().by_name.get(name)
    return (org is not None and org.kind == "exchange") or bool(re.search(r"börse|exchange", name, re.IGNORECASE))


def _segment(window: str, lex: MoneyLexicon) -> str | None:
    """The goods or services a figure is limited to: what follows its metric word with `von`,
    `mit` or `an` (`Exporte von Dienstleistungen`), unless that is a place or the whole trade."""
    from regiomonitor.nlp.places import find_places

    # its every match holds a possessive (case as written): most windows hold none
    own = _search(_COMPANY_OWN, window) if any(word in window for word in _POSSESSIVES) else None
    if own:
        return own.group(0).strip()  # `seine Unternehmen steigerten ihre Ausfuhren`: one company's figure
    low = window.lower()
    named = _metrics_in(low, lex)
    # where the cue ends that ends last among the matches of the metrics' cue patterns
    cue_end = None
    for metric in ("export", "import", "turnover"):
        if metric not in named:
            continue  # no cue of it in the window: its pattern finds nothing
        spans = _cue_chain(lex.metrics[metric]).spans(low)
        if spans and (cue_end is None or spans[-1][1] > cue_end):
            cue_end = spans[-1][1]  # the spans of one pattern end in ascending order
    if cue_end is None:
        return None
    end = re.match(r"\w*", window[cue_end:]).end() + cue_end
    m = _SEGMENT_AFTER.match(window, end)
    if not m:
        return None
    phrase = m.group(1)
    if phrase.lower() in lex.total_scopes or find_places(phrase) or re.search(r"\b(?:Seite|Partner|Region|Republik|Gebiet|Land|Ländern)\b", phrase):
        return None
    return phrase


_PASSED = re.compile(r"\s*(?:\S+\s+){0,2}(?:überschritten|übersprungen|übertroffen)")


def _bound(before: str, after: str) -> str | None:
    """`mehr als 10 Mio.`, `die Marke von einer Milliarde ... übersprungen`: a bound, not a value."""
    if _LOWER_BOUND.search(before) or _PASSED.match(after):
        return "min"
    if _UPPER_BOUND.search(before):
        return "max"
    return None


def _evidence(sentence: str, offset: int, limit: int = 200) -> str:
    """The sentence, shortened around the amount to at most `limit` characters."""
    if len(sentence) <= limit:
        return sentence
    start = max(0, min(offset - limit // 2, len(sentence) - limit))
    piece = sentence[start:start + limit - 6].strip()
    return ("... " if start > 0 else "") + piece + " ..."
