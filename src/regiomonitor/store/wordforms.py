"""German word forms for the full-text index, so that `Traktor` finds `Traktoren`.

Every word is indexed as itself (lower-cased) and as its simplemma lemma; a query word is looked
up as the same forms, joined with OR. One function serves the index and the query on both
backends, which is what keeps SQLite (FTS5) and PostgreSQL (tsvector) results alike.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import simplemma

# Letters and digits; `_` and `-` separate words, as in FTS5's unicode61 tokenizer
# ("Nur-Sultan" is the two words "nur" and "sultan" on both sides).
WORD = re.compile(r"[^\W_]+")

MAX_QUERY_WORDS = 20


@lru_cache(maxsize=500_000)
def word_forms(word: str) -> tuple[str, ...]:
    """The lower-cased word and its German lemmas (German vocabulary repeats: the cache pays)."""
    forms = {word.lower()}
    if len(word) > 2 and not word.isdigit():
        forms.add(simplemma.lemmatize(word, lang="de").lower())
        # simplemma knows nouns only capitalised: a query typed in lower case ("baschkortostans")
        # or a heading in capitals ("TRAKTOREN") is looked up as "Baschkortostans", "Traktoren" too.
        capitalised = word.capitalize()
        if capitalised != word:
            forms.add(simplemma.lemmatize(capitalised, lang="de").lower())
    return tuple(sorted(forms))


def index_text(text: str) -> str:
    """The text the full-text index holds: every word followed by its other forms."""
    return " ".join(form for match in WORD.finditer(text) for form in word_forms(match.group()))


def query_groups(query: str) -> list[tuple[str, ...]]:
    """One group of alternative forms per query word (a document must match every group)."""
    groups: list[tuple[str, ...]] = []
    for match in WORD.finditer(query or ""):
        forms = word_forms(match.group())
        if forms not in groups:
            groups.append(forms)
    return groups[:MAX_QUERY_WORDS]


def fold(word: str) -> str:
    """Lower case without diacritics: what both backends compare (FTS5 `remove_diacritics`,
    PostgreSQL's German stemmer drops umlauts)."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
