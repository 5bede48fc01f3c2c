"""Pipeline component: money amounts with currency, metric, kind, year/period, partners and change.

Each amount is read with the German formats of `knowledge.money`. Its attributes come from its
*window*: the stretch of its sentence between the previous amount and the next one, so that in
`Umsatz ... 14 Mio. USD, wobei der Anteil der Exporte rund 13 Mio. USD betrug` the first amount
is a turnover and the second an export. What the window does not say is taken from the
sentences before it in the same paragraph (an analytical text names the year once and then
gives several figures), and the partners fall back to the region the text is talking about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from regiomonitor.knowledge.money import MoneyLexicon, money_lexicon, parse_number
from regiomonitor.nlp.document import Document, Figure, Mention
from regiomonitor.nlp.periods import TimeRef, find_times

HOME = "BY"  # the register's perspective: Belarus's cooperation with its partners
_CONTEXT_SENTENCES = 3
_BETWEEN = re.compile(r"zwischen\s+(?:de[mnr]\s+|die\s+)?", re.IGNORECASE)
_PERCENT = re.compile(r"([+\-−–]?)\s?(\d+(?:,\d+)?)\s?(?:%|prozent\b|proz\.)", re.IGNORECASE)
_INDEX = re.compile(r"(\d{3}(?:,\d+)?)\s?(?:%|prozent)\s+(?:gegenüber|im\s+vergleich|zum)\s+(?:dem\s+)?vorjahr", re.IGNORECASE)
_ANAPHOR_REGION = re.compile(r"\b(?:dies(?:e[rsmn]?)?|der|die|den|dem)\s+(?:\w+(?:en|er|e)\s+)?(?:region|republik|gebiet|gebiets|partnerregion)\b", re.IGNORECASE)
_BILATERAL = re.compile(r"gegenseitig|bilateral|zwischen\s+den\s+(?:parteien|seiten|regionen|ländern)|beide[nr]?\s+(?:seiten|parteien|länder)|mit\s+(?:der|dem|den)\s+(?:region|republik|partner)", re.IGNORECASE)


@dataclass
class _Amount:
    start: int
    end: int
    amount: float
    currency: str
    surface: str


def find_amounts(text: str, lex: MoneyLexicon | None = None) -> list[_Amount]:
    lex = lex or money_lexicon()
    amounts: list[_Amount] = []
    for m in lex.pattern.finditer(text):
        if m.group("num1"):
            number, scale, currency = parse_number(m.group("num1")), m.group("sc1"), lex.prefix[m.group("cur1").lower()]
        elif m.group("num2"):
            number, scale = parse_number(m.group("num2")), m.group("sc2")
            currency = lex.suffix[" ".join(m.group("cur2").lower().split())]
        else:
            number, scale = lex.number_words[m.group("word3").lower()], m.group("sc3")
            currency = lex.suffix[" ".join(m.group("cur3").lower().split())]
            if m.group("word3").lower() in ("halbe",) and text[max(0, m.start() - 5):m.start()].lower().endswith("eine "):
                pass
        value = number * (lex.scales[scale.lower()] if scale else 1.0)
        start = m.start()
        # `eine halbe Milliarde`: the article belongs to the amount
        if m.group("word3") and m.group("word3").lower() == "halbe":
            value = 0.5 * lex.scales[scale.lower()]
        amounts.append(_Amount(start, m.end(), value, currency, m.group(0)))
    # `1,65 bzw. 2,40 Milliarden Rubel`: the first number borrows scale and currency
    borrowed: list[_Amount] = []
    by_start = {a.start: a for a in amounts}
    for m in lex.joined.finditer(text):
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
        if not own_scale and "," not in raw and number >= 1000:
            continue
        borrowed.append(_Amount(m.start("num"), m.end("num") if not own_scale else m.end("sc"), number * scale_value, nxt.currency, raw))
    amounts.extend(borrowed)
    amounts.sort(key=lambda a: a.start)
    return amounts


def _scale_of(amount: _Amount, lex: MoneyLexicon) -> float:
    for word in re.findall(r"[\w.]+", amount.surface.lower()):
        if word in lex.scales:
            return lex.scales[word]
        if word.rstrip(".") in lex.scales:
            return lex.scales[word.rstrip(".")]
    return 1.0


def _contains_any(text: str, cues: tuple[str, ...]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(c), text) for c in cues)


def _metric(window: str, lex: MoneyLexicon) -> str | None:
    low = window.lower()
    for metric in lex.metric_priority:
        if _contains_any(low, lex.metrics[metric]):
            return metric
    return None


def _kind(before: str, after: str, lex: MoneyLexicon) -> str | None:
    """`target`, `forecast` or `actual` from the cues around the amount; None if it says nothing."""
    near_before = before[-60:].lower()
    if re.search(r"\b(?:erreichte[nm]?|erzielte[nm]?)\s+\w*\s*$", near_before):
        return "actual"  # `den 2012 erreichten Rekordumsatz von ...`
    clause_after = re.split(r"[,;:]\s|\s[-–]\s", after, maxsplit=1)[0].lower()
    around = before.lower() + " " + clause_after
    if _contains_any(around, lex.forecast_cues):
        return "forecast"
    if _contains_any(around, lex.target_cues):
        return "target"
    if _contains_any(around, lex.actual_cues):
        return "actual"
    return None


def _change_pct(before: str, after: str, lex: MoneyLexicon) -> float | None:
    low_before, low_after = before.lower(), after.lower()
    for phrase, value in sorted(lex.fractions.items(), key=lambda kv: -len(kv[0])):
        if phrase in low_before[-80:] or phrase in low_after[:80]:
            return -value if _contains_any(low_before[-80:] + " " + low_after[:80], lex.decrease_cues) else value
    index = _INDEX.search(low_after[:120]) or _INDEX.search(low_before[-120:])
    if index:
        return round(float(index.group(1).replace(",", ".")) - 100, 1)
    candidates = []
    for m in _PERCENT.finditer(low_before[-100:]):
        candidates.append((len(low_before[-100:]) - m.end(), m, low_before[-100:]))
    for m in _PERCENT.finditer(low_after[:120]):
        candidates.append((m.start(), m, low_after[:120]))
    for _, m, source in sorted(candidates, key=lambda c: c[0]):
        sign, number = m.group(1), float(m.group(2).replace(",", "."))
        context = source[max(0, m.start() - 50):m.end() + 40]
        if sign in ("-", "−", "–") and m.start() > 0 and source[m.start() - 1] == "(":
            return -number
        if sign == "+":
            return number
        if _contains_any(context, lex.decrease_cues):
            return -number
        if _contains_any(context, lex.increase_cues) or re.search(r"\bum\s+(?:\w+\s+){0,2}$", source[:m.start()]):
            return number
    return None


def _pick_time(amount: _Amount, window_start: int, window_end: int, times: list[TimeRef], text: str) -> TimeRef | None:
    inside = [t for t in times if window_start <= t.start and t.end <= window_end]
    if not inside:
        return None
    def distance(t: TimeRef) -> tuple[int, int]:
        if t.end <= amount.start:
            return (amount.start - t.end, 0)
        return (t.start - amount.end, 1)
    return min(inside, key=distance)


def _year_and_period(amount: _Amount, ref: TimeRef, text: str) -> tuple[int | None, str | None]:
    if ref.range_years:
        before = text[max(0, amount.start - 30):amount.start].lower()
        if re.search(r"\bvon\s+(?:\S+\s+){0,2}$", before):
            return ref.range_years[0], None
        if re.search(r"\bauf\s+(?:\S+\s+){0,2}$", before):
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

    def reset_if_new_paragraph(self, paragraph: int, sentence: int) -> None:
        if paragraph != self.paragraph or sentence - self.sentence > _CONTEXT_SENTENCES:
            self.__init__()
            self.paragraph = paragraph


def _places_between(places: list[Mention], start: int, end: int) -> list[Mention]:
    return [p for p in places if start <= p.start and p.end <= end and p.kind in ("country", "region")]


def _recent_partner(places: list[Mention], before: int, home: str, limit: int) -> str | None:
    """The region (or else country other than home) named last before `before`."""
    country = None
    for p in reversed(places):
        if p.end > before or p.kind not in ("country", "region"):
            continue
        if before - p.end > limit:
            break
        if p.key == home:
            continue
        if p.kind == "region" and not p.key.startswith(home + "-"):
            return p.key
        if p.kind == "region":
            continue
        if country is None:
            country = p.key
    return country


def _partners(doc: Document, amount: _Amount, sent_start: int, window_start: int, many: bool, home: str) -> list[str]:
    text = doc.text
    sentence_places = _places_between(doc.places, sent_start, doc.sentences[doc.sentence_at(amount.start)].end)
    window_places = _places_between(doc.places, window_start, amount.start)
    ids = list(dict.fromkeys(p.key for p in sentence_places))
    recent = _recent_partner(doc.places, sent_start, home, limit=4000)
    sentence_text = text[sent_start:doc.sentences[doc.sentence_at(amount.start)].end]
    # `zwischen Belarus und X`
    for m in _BETWEEN.finditer(text, sent_start, amount.start):
        pair = [p.key for p in sentence_places if p.start >= m.end()][:2]
        if len(pair) == 2 and pair[0] != pair[1]:
            return pair
    if many and window_places:
        # a list: `mit Aserbaidschan - 47,93 Mio. $, Iran - 34,54 Mio. $`
        own = window_places[-1].key
        anchor = next((p.key for p in sentence_places if p.key != own and p.start < window_start), None)
        if anchor is None:
            anchor = home if own != home else recent
        return [x for x in dict.fromkeys([anchor, own]) if x]
    if _ANAPHOR_REGION.search(sentence_text) and recent:
        # `dieser kasachischen Region`: the region the text is about, not its country
        ids = [recent if (i != home and not i.startswith(home) and i.count("-") == 0 and recent.startswith(i + "-")) else i for i in ids]
        if recent not in ids:
            ids.append(recent)
    regions = [i for i in ids if "-" in i]
    if regions:
        # a region and its own country: the region is the partner
        ids = [i for i in ids if not any(r.startswith(i + "-") for r in regions)]
    if len(ids) >= 2:
        if home in ids:
            return [home] + [i for i in ids if i != home][:1]
        return ids[:2]
    if len(ids) == 1:
        only = ids[0]
        if only == home:
            return [home, recent] if recent and _BILATERAL.search(sentence_text) else [home]
        if only.startswith(home + "-"):
            return [only] + ([recent] if recent else [])
        return [home, only]
    if recent:
        return [home, recent]
    return [home] if any(p.key == home for p in doc.places) else []


def add_figures(doc: Document) -> None:
    """Pipeline component: fill `doc.figures` (needs sentences and places)."""
    lex = money_lexicon()
    text = doc.text
    amounts = find_amounts(text, lex)
    doc_year = doc.date.year if doc.date else None
    home = HOME
    ctx = _Context()
    figures: list[Figure] = []
    seen: set[tuple] = set()
    for i, amount in enumerate(amounts):
        si = doc.sentence_at(amount.start)
        sentence = doc.sentences[si]
        paragraph = text.count("\n", 0, sentence.start)
        ctx.reset_if_new_paragraph(paragraph, si)
        prev_end = max([a.end for a in amounts[:i] if a.start >= sentence.start] or [sentence.start])
        next_start = min([a.start for a in amounts[i + 1:] if a.end <= sentence.end] or [sentence.end])
        many = sum(1 for a in amounts if sentence.start <= a.start < sentence.end) > 1
        before, after = text[prev_end:amount.start], text[amount.end:next_start]
        times = find_times(text, sentence.start, sentence.end, doc_year)
        ref = _pick_time(amount, prev_end, next_start, times, text)
        if ref is None:
            ref = _pick_time(amount, sentence.start, sentence.end, [t for t in times if t.end <= prev_end or t.start >= next_start], text) if not many else None
        metric = _metric(before, lex) or _metric(text[sentence.start:prev_end], lex) or _metric(after, lex) or ctx.metric or "other"
        kind = _kind(before, after, lex) or _kind(text[sentence.start:amount.start], after, lex) or ctx.kind or "actual"
        if ref is not None:
            year, period = _year_and_period(amount, ref, text)
        elif ctx.year is not None or ctx.period is not None:
            year, period = ctx.year, ctx.period
        elif kind == "target" and doc_year:
            year, period = doc_year, None
        else:
            year, period = None, None
        partners = _partners(doc, amount, sentence.start, prev_end, many, home)
        change = _change_pct(before, after, lex)
        ctx.sentence, ctx.metric, ctx.kind = si, metric, kind
        if year is not None or period is not None:
            ctx.year, ctx.period = year, period
        key = (round(amount.amount), amount.currency, metric, year, period, tuple(sorted(partners)))
        if key in seen:
            continue  # the same value repeated about the same thing
        seen.add(key)
        figures.append(
            Figure(
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
            )
        )
    doc.figures = figures


def _evidence(sentence: str, offset: int, limit: int = 200) -> str:
    """The sentence, shortened around the amount to at most `limit` characters."""
    if len(sentence) <= limit:
        return sentence
    start = max(0, min(offset - limit // 2, len(sentence) - limit))
    piece = sentence[start:start + limit - 6].strip()
    return ("... " if start > 0 else "") + piece + " ..."
