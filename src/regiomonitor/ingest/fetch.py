"""Web input: a page (HTML, PDF or plain text) or an RSS/Atom feed, fetched with httpx.

    read_url(url, client=None)   -> [Document]; a feed gives one Document per entry
    read_feed(url, client=None)  -> [Document] for a feed URL

Limits: timeout, response size (the same limit as for files), a named user agent. A feed
entry's page is fetched from its link; when that fails, the entry's own summary is used.
Every failure becomes InputError(url, reason).
"""
from __future__ import annotations

import calendar
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone

from regiomonitor.errors import InputError
from regiomonitor.ingest.decoding import decode_bytes, declared_charset
from regiomonitor.ingest.limits import (
    HTTP_TIMEOUT_SECONDS,
    MAX_FEED_ENTRIES,
    USER_AGENT,
    describe_size,
    max_input_bytes,
)
from regiomonitor.nlp.document import Document

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_XML_TYPES = ("application/xml", "text/xml")


@dataclass
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str  # media type, lower case, without parameters
    charset: str | None


@contextmanager
def _client(client):
    if client is not None:
        yield client
        return
    import httpx

    with httpx.Client(
        timeout=HTTP_TIMEOUT_SECONDS,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    ) as own:
        yield own


def fetch(url: str, client=None, max_bytes: int | None = None) -> Fetched:
    import httpx

    limit = max_input_bytes(max_bytes)
    try:
        with _client(client) as http, http.stream("GET", url, headers={"User-Agent": USER_AGENT}) as response:
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise InputError(url, f"response too large ({describe_size(int(declared))}; "
                                      f"the limit is {describe_size(limit)})")
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > limit:
                    raise InputError(url, f"response too large (more than {describe_size(limit)})")
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            media = content_type.split(";")[0].strip().lower()
            charset = response.charset_encoding
            return Fetched(str(response.url), b"".join(chunks), media, charset)
    except InputError:
        raise
    except httpx.TimeoutException as exc:
        raise InputError(url, f"timed out after {HTTP_TIMEOUT_SECONDS:.0f} s") from exc
    except httpx.HTTPError as exc:
        raise InputError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc


def _kind_of(fetched: Fetched) -> str:
    """feed | pdf | html | txt, from the media type and, when it is vague, the first bytes."""
    head = fetched.content[:1024].lstrip().lower()
    if fetched.content_type in _FEED_TYPES:
        return "feed"
    if fetched.content_type == "application/pdf" or head.startswith(b"%pdf"):
        return "pdf"
    if fetched.content_type in _XML_TYPES or head.startswith(b"<?xml"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
    if fetched.content_type in ("text/html", "application/xhtml+xml") or b"<html" in head or b"<!doctype html" in head:
        return "html"
    if fetched.content_type.startswith("text/") or not fetched.content_type:
        return "txt"
    raise InputError(fetched.url, f"unsupported content type {fetched.content_type!r}")


def _document(fetched: Fetched, kind: str) -> Document:
    from regiomonitor.ingest.reader import build_document

    if kind == "pdf":
        from regiomonitor.ingest.pdffile import extract_pdf

        pdf = extract_pdf(fetched.content, fetched.url)
        doc = build_document(pdf.text, layout="pdf", url=fetched.url, title=pdf.title, warnings=pdf.warnings)
    else:
        hint = fetched.charset or (declared_charset(fetched.content) if kind == "html" else None)
        text, warnings = decode_bytes(fetched.content, fetched.url, hint=hint)
        doc = build_document(text, kind=kind, url=fetched.url, warnings=warnings)
    if not doc.text.strip():
        raise InputError(fetched.url, "the page yields no text")
    return doc


def read_url(url: str, client=None, max_bytes: int | None = None) -> list[Document]:
    """A page gives one Document, a feed one per entry."""
    with _client(client) as http:
        fetched = fetch(url, http, max_bytes)
        kind = _kind_of(fetched)
        if kind == "feed":
            return _feed_documents(fetched, http, max_bytes)
        return [_document(fetched, kind)]


def read_feed(url: str, client=None, max_bytes: int | None = None) -> list[Document]:
    with _client(client) as http:
        fetched = fetch(url, http, max_bytes)
        return _feed_documents(fetched, http, max_bytes)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date()
    return None


def _entry_html(entry) -> str:
    contents = entry.get("content") or []
    if contents and contents[0].get("value"):
        return contents[0]["value"]
    return entry.get("summary", "") or ""


def _feed_documents(fetched: Fetched, http, max_bytes: int | None) -> list[Document]:
    import feedparser

    from regiomonitor.ingest.reader import build_document

    headers = {"content-location": fetched.url, "content-type": fetched.content_type or "application/xml"}
    feed = feedparser.parse(fetched.content, response_headers=headers)
    entries = feed.entries[:MAX_FEED_ENTRIES]
    if not entries:
        if feed.get("version"):
            raise InputError(fetched.url, "feed has no entries")
        raise InputError(fetched.url, f"not a readable feed ({feed.get('bozo_exception', 'unknown format')})")
    documents = []
    for entry in entries:
        link = entry.get("link")
        doc = None
        problem = None
        if link:
            try:
                page = fetch(link, http, max_bytes)
                doc = _document(page, _kind_of(page))
            except InputError as exc:
                problem = exc.reason
        if doc is None:
            summary = _entry_html(entry)
            doc = build_document(summary, kind="html", url=link or fetched.url)
            doc.warnings.append(f"entry page not read ({problem or 'no link'}); used the feed's summary")
            if not doc.text.strip():
                continue  # nothing to read in this entry
        doc.title = doc.title or (entry.get("title") or None)
        doc.date = doc.date or _entry_date(entry)
        documents.append(doc)
    return documents
