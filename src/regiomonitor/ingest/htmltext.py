"""Main text of an HTML page: trafilatura (no comments), with a plain fallback for fragments.

trafilatura rejects fragments and very short pages; the fallback then takes the text of the
block elements, skipping scripts, styles and navigation.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                        "button", "select", "svg", "iframe", "head"})
_BLOCK_TAGS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
                         "th", "table", "section", "article", "blockquote", "pre", "dd", "dt", "figcaption",
                         "main", "hr", "title"})
_VOID_TAGS = frozenset({"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
                        "source", "track", "wbr"})


@dataclass
class HtmlText:
    text: str
    title: str | None
    date: date | None
    sitename: str | None
    extractor: str  # "trafilatura" | "fallback"


class _BlockText(HTMLParser):
    """Visible text of block elements, one block per line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip_depth += 1
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self.h1_parts.append(data)
        self.parts.append(data)


def fallback_extract(html: str) -> tuple[str, str | None]:
    parser = _BlockText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still chokes on yields what we have
        pass
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in "".join(parser.parts).split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None
    h1 = re.sub(r"\s+", " ", "".join(parser.h1_parts)).strip() or None
    return text, h1 or title


def _parse_iso(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def extract_html(html: str, url: str | None = None) -> HtmlText:
    """Main text (paragraphs one per line), title, date and site name. Never raises on
    malformed markup; an empty `text` means the page holds no readable text."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    result = None
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # lxml or trafilatura internals on pathological input
        result = None
    text = getattr(result, "text", None) or ""
    if text.strip():
        return HtmlText(
            text=text,
            title=(getattr(result, "title", None) or None),
            date=_parse_iso(getattr(result, "date", None)),
            sitename=(getattr(result, "sitename", None) or None),
            extractor="trafilatura",
        )
    text, title = fallback_extract(html)
    return HtmlText(text=text, title=title, date=None, sitename=None, extractor="fallback")
