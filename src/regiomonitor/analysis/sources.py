"""Sources of facts and their citation in the style of the seed texts.

The hand-written analyses cite every fact as `Titel [Elektronische Ressource]. - 2021. - URL: ...`
(Russian bibliographic style, GOST 7.0.5, in German). We cite the document a fact was read from
the same way; a document read from a file without URL is cited by its path. The formatting
lives here, beside the query that gathers the sources, so that contradictions, exports and the
dossier renderers all print one style.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regiomonitor.store.schema import Document, Source

TITLE_FALLBACK_CHARS = 90


def citation(title: str | None, year: int | None, url: str | None = None, path: str | None = None) -> str:
    """`Titel [Elektronische Ressource]. - 2021. - URL: https://...` (year and URL when known)."""
    name = " ".join((title or "Ohne Titel").split()).rstrip(" .")
    parts = [f"{name} [Elektronische Ressource]"]
    if year:
        parts.append(str(year))
    if url:
        parts.append(f"URL: {url}")
    elif path:
        parts.append(path)
    return ". - ".join(parts)


def _title(title: str | None, opening: str | None, path: str | None) -> str:
    """A document's title; untitled texts are named by their opening words, else their file."""
    if title and title.strip():
        return " ".join(title.split())
    words = " ".join((opening or "").split())
    if words:
        if len(words) > TITLE_FALLBACK_CHARS:
            words = words[:TITLE_FALLBACK_CHARS].rsplit(" ", 1)[0] + " …"
        return words
    return path.rsplit("/", 1)[-1] if path else "Ohne Titel"


def load_sources(session: Session, document_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Source records by document id: title, date, outlet, url/path and the formatted citation."""
    ids = sorted(set(document_ids))
    out: dict[int, dict[str, Any]] = {}
    locations: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for doc_id, location in session.execute(
            select(Source.document_id, Source.location).where(Source.document_id.in_(chunk)).order_by(Source.id)
        ):
            locations.setdefault(doc_id, []).append(location)
        rows = session.execute(
            select(
                Document.id,
                Document.title,
                Document.url,
                Document.outlet,
                Document.published,
                func.substr(Document.text, 1, 300),
            ).where(Document.id.in_(chunk))
        )
        for doc_id, title, url, outlet, published, opening in rows:
            where = locations.get(doc_id, [])
            url = url or next((x for x in where if x.startswith(("http://", "https://"))), None)
            path = None if url else next(iter(where), None)
            name = _title(title, opening, path)
            year = published.year if published else None
            out[doc_id] = {
                "key": f"doc:{doc_id}",
                "document_id": doc_id,
                "title": name,
                "published": published.isoformat() if published else None,
                "year": year,
                "outlet": outlet,
                "url": url,
                "path": path,
                "locations": where,
                "citation": citation(name, year, url, path),
            }
    return out
