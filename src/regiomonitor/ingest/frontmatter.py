"""The metadata header that a content extractor (trafilatura with metadata) writes above a text:

    ---
    title: Kostanai und Swerdlowsk: neun Vereinbarungen
    author: Dana Schaikenowa
    url: https://example.kz/de/region/...
    date: 2025-10-02
    tags: Russland, Tscheljabinsk
    ---

The title and the description (the standfirst) are the article's own words and go on as its first
lines, the author as a byline; url, date and site name are metadata of the document; categories,
tags, fingerprints and the like are the site's labels, no text of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_HEADER = re.compile(r"\A\s*---[ \t]*\n((?:[A-Za-z_-]+:[^\n]*\n)+)---[ \t]*\n")
_FIELD = re.compile(r"([A-Za-z_-]+):[ \t]*(.*)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class FrontMatter:
    body: str  # the text with its header replaced by the header's words of the article
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def published(self) -> date | None:
        m = _ISO_DATE.match(self.fields.get("date", ""))
        if not m:
            return None
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None


def split_front_matter(text: str) -> FrontMatter | None:
    """The header and the text under it, or None when `text` opens with no such header."""
    m = _HEADER.match(text)
    if m is None:
        return None
    fields = {}
    for line in m.group(1).splitlines():
        key, value = _FIELD.match(line).groups()
        if value.strip() and value.strip().lower() not in ("none", "null"):
            fields[key.lower()] = value.strip()
    head = [fields[k] for k in ("title", "description") if k in fields]
    if "author" in fields:
        head.append("Von " + fields["author"])
    return FrontMatter("\n\n".join(head + [text[m.end():]]), fields)
