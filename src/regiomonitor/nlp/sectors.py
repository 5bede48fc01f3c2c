"""Pipeline component: the fields of cooperation a document substantially deals with.

The rules are those of `data/sectors/README.md`: tokens are runs of letters and digits; a plain
term counts when a token contains it (German compounds: `Landmaschinen` contains `maschine`),
an `=term` only when the token equals it; per sector a token scores once, at its best weight.
A sector is kept when its score, its share of all sector scores and its number of scoring
tokens all reach the lexicon's thresholds, so that a passing word does not make a topic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from regiomonitor.knowledge.sectors import sector_lexicon
from regiomonitor.nlp.document import Document

_TOKEN = re.compile(r"\w+")


def score_sectors(text: str, lowered: str | None = None) -> tuple[dict[str, float], dict[str, int]]:
    """(score per sector, scoring tokens per sector) of a text; `lowered` is `text.lower()` when
    made already (`Document.lowered`)."""
    scores: dict[str, float] = {}
    hits: dict[str, int] = {}
    # most tokens score for no sector: `filter` drops them without a turn of this loop
    for weights in filter(None, map(_token_weights, _lowered_tokens(text, lowered))):
        for sector, weight in weights:
            scores[sector] = scores.get(sector, 0.0) + weight
            hits[sector] = hits.get(sector, 0) + 1
    return scores, hits


def _lowered_tokens(text: str, lowered: str | None = None) -> list[str]:
    """The tokens of `text`, each lower-cased. Lower-casing the whole text first gives the same
    tokens unless a letter lower-cases to two (`İ`) or by its neighbours (`Σ`): every other case
    mapping turns a word character into one word character."""
    low = text.lower() if lowered is None else lowered
    if len(low) == len(text) and "Σ" not in text:
        return _TOKEN.findall(low)
    return [token.lower() for token in _TOKEN.findall(text)]


@lru_cache(maxsize=200_000)
def _token_weights(token: str) -> tuple[tuple[str, float], ...]:
    """(sector, best weight) pairs of one lower-cased token, in the order the lexicon gives them.
    Cached for the process: the same words recur in every document."""
    lex = sector_lexicon()
    best: dict[str, float] = {}
    for sector, weight in lex.whole.get(token, ()):
        best[sector] = max(best.get(sector, 0.0), weight)
    if len(lex.inside) > 0:
        for _, values in lex.inside.iter(token):
            for sector, weight in values:
                best[sector] = max(best.get(sector, 0.0), weight)
    return tuple(best.items())


def select_sectors(scores: dict[str, float], hits: dict[str, int], length: int | None = None) -> dict[str, float]:
    """The sectors that pass the thresholds; a short text (a news item) needs a larger share,
    since a passing paragraph weighs more in it than in a long analysis."""
    lex = sector_lexicon()
    min_share = lex.min_share_short if length is not None and length < lex.short_text else lex.min_share
    total = sum(scores.values()) or 1.0

    def substantial(key: str, value: float) -> bool:
        if value >= lex.min_score and value / total >= min_share and hits.get(key, 0) >= lex.min_hits:
            return True
        # many different words on one field make it a topic even among many others
        return bool(lex.many_hits) and hits.get(key, 0) >= lex.many_hits and value >= lex.many_min_score \
            and value / total >= lex.many_min_share

    return {key: round(value, 2) for key, value in sorted(scores.items(), key=lambda kv: -kv[1]) if substantial(key, value)}


# the metrics of a figure on trade or deals (not investments or budgets)
TRADE_METRICS = frozenset({"turnover", "export", "import", "balance", "contracts"})


def add_sectors(doc: Document) -> None:
    """Pipeline component: fill `doc.sectors` (needs figures, if the figures say it deals with trade)."""
    scores, hits = score_sectors(doc.text, doc.lowered)
    doc.sectors = select_sectors(scores, hits, len(doc.text))
    lex = sector_lexicon()
    if lex.trade_figures and "trade_finance" not in doc.sectors \
            and sum(f.metric in TRADE_METRICS for f in doc.figures) >= lex.trade_figures:
        doc.sectors["trade_finance"] = round(scores.get("trade_finance", 0.0), 2)
