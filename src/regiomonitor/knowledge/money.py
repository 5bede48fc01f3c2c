"""German money vocabulary (`data/lang/de/money.yaml`) and the regular expression built from it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from regiomonitor.knowledge.files import data_path, read_yaml

# `1.500,5`, `38 512,7` (spaces, also no-break ones, or a Swiss apostrophe between thousands), `320`, `1,5`, `1.5`
_THOUSANDS = "[ \u00a0\u202f'’]"
NUMBER = rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:{_THOUSANDS}\d{{3}})+(?:,\d+)?|\d+(?:[,.]\d+)?"


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, eq=False)  # equal and hashed by identity: one per language (`money_lexicon`), a cache key
class MoneyLexicon:
    scales: dict[str, float]
    prefix: dict[str, str]
    suffix: dict[str, str]
    number_words: dict[str, float]
    metrics: dict[str, tuple[str, ...]]
    metric_priority: tuple[str, ...]
    weak_metrics: tuple[tuple[str, tuple[str, ...]], ...]  # (metric, cues) heeded only when nothing else names a metric
    home_capital_phrases: tuple[str, ...]  # `belarussische Metropolregion`: the capital by its role
    target_cues: tuple[str, ...]
    target_cues_cased: re.Pattern  # whole words, case as written
    forecast_cues: tuple[str, ...]
    actual_cues: tuple[str, ...]
    weak_actual_cues: tuple[str, ...]  # heeded only where no other kind cue is in the window
    currency_countries: dict[str, str]  # KZT -> KZ: whose own currency it is
    increase_cues: tuple[str, ...]
    decrease_cues: tuple[str, ...]
    fractions: dict[str, float]
    total_scopes: tuple[str, ...]
    pattern: re.Pattern
    joined: re.Pattern  # `1,65 bzw. 2,40 Mrd. Rubel`, `10–15 Mrd. Rubel`: the first number borrows scale and currency
    # every match of `pattern` holds a currency word (lower case; `$`, `usd`, `us-dollar`) and
    # reaches from it over a number (digits, dots, commas, spaces) and at most `reach` other
    # characters (a scale, a number word, a hyphen): figures scan only the text around them
    currencies: ahocorasick.Automaton
    reach: int


@cache
def money_lexicon(language: str = "de") -> MoneyLexicon:
    raw = read_yaml(data_path("lang", language, "money.yaml"))
    scales = {k.lower(): float(v) for k, v in raw["scales"].items()}
    prefix = {k.lower(): v for k, v in raw["currency_prefix"].items()}
    suffix = {k.lower(): v for k, v in raw["currency_suffix"].items()}
    words = {k.lower(): float(v) for k, v in raw["number_words"].items()}
    scale = _alternatives(scales)
    cur_pre = _alternatives(prefix)
    cur_suf = _alternatives(suffix)
    word = _alternatives(words)
    # A: currency first ($320 Mio., $320-Mio., RUR1,5 Mrd.; not the second code of an exchange
    # rate, `EUR/CHF 0,93`); B: number [scale] currency
    pattern = re.compile(
        _starts(prefix, words) +
        rf"(?:(?<![\w$€/])(?P<cur1>{cur_pre})\s?(?P<num1>{NUMBER})(?:\s?-?\s?(?P<sc1>{scale})(?!\w))?"
        # (B's currency may have a footnote number glued to it, `38,3 Mio. USD43`; a year is no
        # amount of the currency after it, `im Jahr 2023 USD 1,02 Mrd.`)
        rf"|(?<![\w,.])(?:(?!(?:19|20)\d\d(?![\d,.]))|(?<!jahr )(?<!jahre )(?<!jahres ))(?P<num2>{NUMBER})(?:\s?-?\s?(?P<sc2>{scale})(?![\w]))?\s?(?P<cur2>{cur_suf})(?![^\W\d])"
        rf"|(?<![\w])(?P<word3>{word})\s+(?P<sc3>{scale})(?![\w])\s?(?P<cur3>{cur_suf})(?![\w]))",
        re.IGNORECASE,
    )
    joined = re.compile(
        rf"(?<![\w,.])(?P<num>{NUMBER})(?:\s?(?P<sc>{scale})(?!\w))?(?:\s+(?:bzw\.|und|oder|bis|auf|–|-)\s+|[–-])(?=(?:{cur_pre})?\s?(?:{NUMBER}))",
        re.IGNORECASE,
    )
    return MoneyLexicon(
        scales=scales,
        prefix=prefix,
        suffix=suffix,
        number_words=words,
        metrics={k: tuple(v) for k, v in raw["metrics"].items()},
        metric_priority=tuple(raw["metric_priority"]),
        weak_metrics=tuple((metric, tuple(cues)) for metric, cues in raw.get("weak_metrics", {}).items()),
        home_capital_phrases=tuple(raw.get("home_capital_phrases", [])),
        target_cues=tuple(raw["target_cues"]),
        target_cues_cased=re.compile(rf"\b(?:{_alternatives(raw.get('target_cues_cased', []) or ['(?!)'])})\b"),
        forecast_cues=tuple(raw["forecast_cues"]),
        actual_cues=tuple(raw["actual_cues"]),
        weak_actual_cues=tuple(raw.get("weak_actual_cues", [])),
        currency_countries=dict(raw.get("currency_countries") or {}),
        increase_cues=tuple(raw["increase_cues"]),
        decrease_cues=tuple(raw["decrease_cues"]),
        fractions={k: float(v) for k, v in raw["fractions"].items()},
        total_scopes=tuple(raw.get("total_scopes", [])),
        pattern=pattern,
        joined=joined,
        currencies=_automaton([*prefix, *suffix]),
        reach=max(map(len, scales), default=0) + max(map(len, words), default=0) + 2,
    )


def _starts(prefix: dict[str, str], words: dict[str, float]) -> str:
    r"""What every match of the money pattern opens with, tested once per position before its three
    alternatives are: no word character before it (each alternative's lookbehind excludes `\w`),
    and a digit or the first letter of a prefix currency or a number word. Most positions of a
    text fail here, instead of in each alternative's lookbehind and literal lists. Under
    `re.IGNORECASE` a class matches the case variants (`ſ` for `s`) its literals would."""
    keys = [*prefix, *words]
    if "" in keys:
        return ""  # an empty word opens with whatever follows it
    firsts = sorted({w[0] for w in keys})
    return r"(?<!\w)(?=[\d" + "".join(re.escape(c) for c in firsts) + "])"


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    if words:
        automaton.make_automaton()
    return automaton


def parse_number(text: str) -> float:
    """German number: `1.500` and `1 500` are fifteen hundred, `1,5` one and a half; `1.5` (English) too."""
    text = re.sub(_THOUSANDS, "", text.strip())
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))
