"""Document text as HTML with its annotations marked — every piece of text escaped.

The text of a document is hostile input: it is only ever inserted through `markupsafe.escape`.
The markup we add comes from the stored spans (character offsets into the text): mentions
become links to their entity page, figures and quotes become spans. Quotes may contain figures
and mentions, figures may contain mentions; spans that cross each other (or an entity inside an
entity, which would nest links) keep the first and drop the other.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

ENTITY_KINDS = ("place", "person", "organization")
# what may contain what: a span nests only inside a span of a lower level
_LEVEL = {"quote": 0, "figure": 1, "place": 2, "person": 2, "organization": 2}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str
    key: str | None
    title: str | None
    anchor: str | None


def entity_url(kind: str, key: str) -> str:
    return f"/entities/{quote(kind, safe='')}/{quote(key, safe='')}"


def _open_tag(span: _Span) -> Markup:
    title = Markup(' title="{}"').format(span.title) if span.title else Markup("")
    anchor = Markup(' id="{}"').format(span.anchor) if span.anchor else Markup("")
    if span.kind in ENTITY_KINDS and span.key:
        return Markup('<a class="ent {}" href="{}"{}{}>').format(
            span.kind, entity_url(span.kind, span.key), title, anchor
        )
    return Markup('<span class="{}"{}{}>').format(span.kind, title, anchor)


def _close_tag(span: _Span) -> Markup:
    return Markup("</a>") if span.kind in ENTITY_KINDS and span.key else Markup("</span>")


def _clean(spans: Iterable[dict], length: int) -> list[_Span]:
    out = []
    for s in spans:
        kind = s.get("kind")
        start, end = s.get("start"), s.get("end")
        if kind not in _LEVEL or not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = max(0, start), min(length, end)
        if start >= end:
            continue
        out.append(_Span(start, end, kind, s.get("key"), s.get("title"), s.get("anchor")))
    out.sort(key=lambda s: (s.start, -s.end, _LEVEL[s.kind]))
    return out


def highlight(text: str, spans: Iterable[dict]) -> Markup:
    """`text` escaped, with `spans` ({start, end, kind, key?, title?, anchor?}) as markup."""
    parts: list[str] = []
    pos = 0
    stack: list[_Span] = []

    def close_top() -> None:
        nonlocal pos
        top = stack.pop()
        parts.append(escape(text[pos : top.end]))
        parts.append(_close_tag(top))
        pos = top.end

    for span in _clean(spans, len(text)):
        while stack and stack[-1].end <= span.start:
            close_top()
        if stack and (span.end > stack[-1].end or _LEVEL[span.kind] <= _LEVEL[stack[-1].kind]):
            continue  # crosses the open span, or cannot nest inside it
        parts.append(escape(text[pos : span.start]))
        parts.append(_open_tag(span))
        pos = span.start
        stack.append(span)
    while stack:
        close_top()
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


_URL = re.compile(r"https?://[^\s<>\"'\]]+", re.IGNORECASE)


def linkify(text: str | None) -> Markup:
    """Escaped text with http(s) URLs as links that leave the site without a referrer."""
    text = text or ""
    parts: list[str] = []
    pos = 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:)")
        end = m.start() + len(url)
        parts.append(escape(text[pos : m.start()]))
        parts.append(Markup('<a href="{0}" rel="noopener noreferrer nofollow" class="ext">{0}</a>').format(url))
        pos = end
    parts.append(escape(text[pos:]))
    return Markup("").join(parts)


_MARK = re.compile(r"(</?mark>)", re.IGNORECASE)


def safe_snippet(fragment: str | None, title: str | None = None) -> Markup:
    """A search snippet with only balanced `<mark>` kept: everything else is (re-)escaped.

    The store already escapes snippets; this makes the page safe even if a snippet is not.
    A snippet from the start of a document usually begins with its title, which the hit shows
    right above it: given `title`, that repetition is left out.
    """
    parts = _MARK.split(fragment or "")
    if title:
        parts = _without_title(parts, title)
    out: list[str] = []
    open_mark = False
    for part in parts:
        tag = part.lower()
        if tag == "<mark>":
            if not open_mark:
                out.append(Markup("<mark>"))
                open_mark = True
        elif tag == "</mark>":
            if open_mark:
                out.append(Markup("</mark>"))
                open_mark = False
        else:
            out.append(escape(html.unescape(part)))
    if open_mark:
        out.append(Markup("</mark>"))
    return Markup("").join(out)


def _without_title(parts: list[str], title: str) -> list[str]:
    """The snippet's parts (text and <mark> tags) without a leading copy of `title`."""
    wanted = " ".join(title.split())
    at = 0  # characters of the title matched so far
    for index, part in enumerate(parts):
        if _MARK.fullmatch(part):
            if at == len(wanted) and part.lower() == "<mark>":
                return parts[index:]
            continue
        text = html.unescape(part)
        for offset, char in enumerate(text):
            if at == len(wanted):
                if char.isalnum():
                    return parts  # the title ends inside a word: not a copy of it
                rest = text[offset:].lstrip(" .:–-")
                if not rest and index == len(parts) - 1:
                    return parts  # nothing but the title: keep it
                return [html.escape(rest), *parts[index + 1 :]]  # a dangling </mark> is dropped later
            if char != wanted[at]:
                return parts
            at += 1
    return parts


def document_spans(doc: dict) -> list[dict]:
    """The spans to highlight in a document dict as `queries.document` returns it."""
    spans = [
        {
            "start": m["start"],
            "end": m["end"],
            "kind": m["kind"],
            "key": m["key"],
            "title": (m["name"] or m["key"]) + (f" – {m['role']}" if m.get("role") else ""),
        }
        for m in doc.get("mentions", [])
    ]
    text = doc.get("text") or ""
    for f in doc.get("facts", []):
        if f["kind"] not in ("figure", "quote"):
            continue
        data = f.get("data") or {}
        start, end = fact_span(text, data, f["kind"])
        if start is None:
            continue
        if f["kind"] == "quote":
            title = f"Zitat: {data['speaker']}" if data.get("speaker") else "Zitat"
        else:
            title = " ".join(str(x) for x in (data.get("metric"), data.get("kind"), data.get("year")) if x)
        spans.append({"start": start, "end": end, "kind": f["kind"], "title": title, "anchor": f"fact-{f['id']}"})
    return spans


def fact_span(text: str, data: dict, kind: str) -> tuple[int | None, int | None]:
    """Where a fact sits in the text: its stored offsets, else its surface (or quote) found."""
    start, end = data.get("start"), data.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        return start, end
    needle = data.get("surface") or (data.get("text") if kind == "quote" else None)
    at = text.find(needle) if needle else -1
    return (at, at + len(needle)) if at >= 0 else (None, None)
