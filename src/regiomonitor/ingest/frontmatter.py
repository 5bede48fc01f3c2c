"""The metadata that a content extractor (trafilatura with metadata) writes with a text, as a header
above it:

    ---
    title: Kostanai und Swerdlowsk: neun Vereinbarungen
    author: Dana Schaikenowa
    url: https://example.kz/de/region/...
    date: 2025-10-02
    tags: Russland, Tscheljabinsk
    ---

or as the attributes of its XML (`<doc title="..." date="..."><main><p>...</p></main></doc>`, whose
elements become lines, and a table's cells cells between pipes).

The title and the description (the standfirst) are the article's own words and go on as its first
lines, the author as a byline; url, date and site name are metadata of the document; categories,
tags, fingerprints and the like are the site's labels, no text of the article.
"""
from __future__ import annotations

import html
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
    """The metadata and the text under it, or None when `text` opens with neither a header nor a
    `<doc>` element."""
    m = _HEADER.match(text)
    if m is not None:
        pairs = [_FIELD.match(line).groups() for line in m.group(1).splitlines()]
        return _with_head(dict(_kept(pairs)), text[m.end():])
    doc = _XML_DOC.match(text)
    if doc is not None:
        pairs = [(k, html.unescape(v)) for k, v in _XML_ATTRIBUTE.findall(doc.group(1))]
        return _with_head(dict(_kept(pairs)), _xml_text(text[doc.end():]))
    return None


def _kept(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k.lower(), v.strip()) for k, v in pairs if v.strip() and v.strip().lower() not in ("none", "null")]


def _with_head(fields: dict[str, str], body: str) -> FrontMatter:
    head = [fields[k] for k in ("title", "description") if k in fields]
    if "author" in fields:
        head.append("Von " + fields["author"])
    return FrontMatter("\n\n".join(head + [body]), fields)


_XML_DOC = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<doc\b([^>]*)>")
_XML_ATTRIBUTE = re.compile(r'([A-Za-z_-]+)="([^"]*)"')
_XML_DROPPED = re.compile(r"<(graphic|fw|note)\b[^>]*/>|<(fw|note)\b[^>]*>.*?</\2>", re.S)  # images, running heads
_XML_CELL_BREAK = re.compile(r"</cell>\s*<cell\b[^>]*>")
_XML_LINE_END = re.compile(r"</(?:p|head|item|row|quote|list|table|main|comments)>|<lb\s*/>")
_XML_TAG = re.compile(r"<[^>]+>")


def _xml_text(body: str) -> str:
    """The text of trafilatura's XML: one line per paragraph, heading, list item and table row (its
    cells between pipes)."""
    body = _XML_DROPPED.sub("", body)
    body = _XML_CELL_BREAK.sub(" | ", body)
    body = _XML_LINE_END.sub("\n", body)
    lines = (html.unescape(_XML_TAG.sub("", line)).strip() for line in body.split("\n"))
    return "\n".join(line for line in lines if line)
