"""Reading inputs into Documents: files of every supported kind, text in memory, URLs.

    read_path(path)            one file -> Document (raises InputError for anything unreadable)
    read_text(text, url, ...)  text in memory -> Document (the same cleaning; used by extract())
    iter_inputs(paths)         files and folders -> the supported files, sorted
    read_url(url)              a web page or an RSS/Atom feed -> Documents (see fetch.py)
    read_feed(url)             a feed -> one Document per entry

Every reader ends in `build_document`: clean the text (PDF or web layout), then set title,
date, outlet and language from what the text and its metadata say.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from regiomonitor.errors import InputError
from regiomonitor.ingest.clean import clean_normalized, clean_text
from regiomonitor.ingest.dates import publication_date
from regiomonitor.ingest.decoding import decode_bytes, declared_charset
from regiomonitor.ingest.frontmatter import split_front_matter
from regiomonitor.ingest.language import detect_language
from regiomonitor.ingest.limits import SUPPORTED_SUFFIXES, describe_size, max_input_bytes
from regiomonitor.ingest.markdown import markdown_to_text
from regiomonitor.ingest.normalize import normalize_raw
from regiomonitor.ingest.outlet import find_outlet
from regiomonitor.nlp.document import Document

TEXT_KINDS = ("txt", "md", "html")
HTML_FALLBACK_NOTE = "trafilatura found no main text; used the plain HTML text"
TITLE_MAX_CHARS = 300


def build_document(
    raw: str,
    *,
    kind: str = "txt",
    url: str | None = None,
    source_path: str | None = None,
    doc_id: str | None = None,
    layout: str | None = None,
    title: str | None = None,
    published: date | None = None,
    sitename: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """Clean `raw` and assemble the Document. `kind` says how to read `raw` (txt, md, html);
    `layout` forces the PDF cleaner; title/published/sitename come from file metadata."""
    if kind not in TEXT_KINDS:
        raise ValueError(f"unknown text kind {kind!r} (expected one of {TEXT_KINDS})")
    warnings = list(warnings or [])
    raw = normalize_raw(raw)
    if kind != "html" and (header := split_front_matter(raw)) is not None:
        # a content extractor's metadata above the text: its url, date and site are the document's
        raw = header.body
        url = url or header.fields.get("url")
        title = title or header.fields.get("title")
        published = published or header.published
        sitename = sitename or header.fields.get("sitename")
    clean = clean_normalized  # the HTML and markdown readers below give a new, unnormalised text
    if kind == "html":
        from regiomonitor.ingest.htmltext import extract_html

        page = extract_html(raw, url)
        if page.extractor == "fallback" and page.text.strip():
            warnings.append(HTML_FALLBACK_NOTE)
        raw = page.text
        layout = layout or "web"  # trafilatura gives one paragraph per line, never a PDF layout
        title = title or page.title
        published = published or page.date
        sitename = sitename or page.sitename
        clean = clean_text
    elif kind == "md":
        raw, heading = markdown_to_text(raw)
        title = title or heading
        clean = clean_text
    cleaned = clean(raw, layout=layout, title_hint=title)
    warnings.extend(cleaned.warnings)
    text = cleaned.text
    return Document(
        text=text,
        id=doc_id,
        url=url,
        source_path=source_path,
        title=_tidy_title(title or cleaned.title),
        outlet=find_outlet(raw, url, sitename),
        date=published or publication_date(raw, url),
        language=detect_language(text) if text else None,
        footnotes=cleaned.footnotes,
        warnings=warnings,
    )


def _tidy_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    return title[:TITLE_MAX_CHARS] or None


def read_text(text: str, url: str | None = None, source_path: str | None = None, kind: str = "txt") -> Document:
    """Clean text that is already in memory (`kind` = txt | md | html). Never raises for
    content: an empty or unreadable text gives a Document with empty `text` and a warning."""
    doc = build_document(text, kind=kind, url=url, source_path=source_path)
    if not doc.text:
        doc.warnings.append("no text left after cleaning")
    return doc


# --- files ------------------------------------------------------------------------------------

def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders recursively (sorted; supported suffixes only; hidden files and folders
    skipped). A file named explicitly is yielded as given, so that read_path can say why an
    unsupported or missing file cannot be read."""
    for path in paths:
        path = Path(path)
        if not path.is_dir():
            yield path
            continue
        for child in sorted(path.rglob("*")):
            relative = child.relative_to(path).parts
            if any(part.startswith(".") for part in relative):
                continue
            if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                yield child


def read_path(path: Path, max_bytes: int | None = None) -> Document:
    """Read one file of a supported kind. `max_bytes` overrides the size limit
    (default $REGIOMONITOR_MAX_INPUT_BYTES or 20 MB). Raises InputError(str(path), reason)."""
    path = Path(path)
    location = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(location, f"unsupported file type {suffix or '(no suffix)'!r}; "
                                   f"supported: {' '.join(SUPPORTED_SUFFIXES)}")
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError(location, "no such file") from exc
    except OSError as exc:
        raise InputError(location, f"cannot access file ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise InputError(location, "is a folder, not a file")
    limit = max_input_bytes(max_bytes)
    if size > limit:
        raise InputError(location, f"file too large ({describe_size(size)}; the limit is {describe_size(limit)})")
    if size == 0:
        raise InputError(location, "empty file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(location, f"cannot read file ({exc.strerror or exc})") from exc
    doc = _read_bytes(data, suffix, location)
    doc.source_path = location
    if not doc.text.strip():
        raise InputError(location, _no_text_reason(suffix))
    return doc


def _no_text_reason(suffix: str) -> str:
    if suffix in (".html", ".htm"):
        return "HTML yields no text (broken or empty page)"
    if suffix == ".pdf":
        return "PDF yields no text"
    return "no text (the file is empty or holds only whitespace or page furniture)"


def _read_bytes(data: bytes, suffix: str, location: str) -> Document:
    if suffix == ".pdf":
        from regiomonitor.ingest.pdffile import extract_pdf

        pdf = extract_pdf(data, location)
        return build_document(pdf.text, layout="pdf", title=pdf.title, warnings=pdf.warnings, source_path=location)
    if suffix == ".docx":
        from regiomonitor.ingest.docxfile import extract_docx

        docx = extract_docx(data, location)
        return build_document(docx.text, layout="plain", title=docx.title, source_path=location)
    hint = declared_charset(data) if suffix in (".html", ".htm") else None
    text, warnings = decode_bytes(data, location, hint=hint)
    if not text.strip():
        raise InputError(location, "empty file (only whitespace)")
    if suffix == ".json":
        return _read_json(text, location, warnings)
    kind = {".md": "md", ".html": "html", ".htm": "html"}.get(suffix, "txt")
    return build_document(text, kind=kind, source_path=location, warnings=warnings)


def _read_json(text: str, location: str, warnings: list[str]) -> Document:
    """The evaluation-corpus format: {"id": ..., "url": ..., "text": ...} (other keys ignored)."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(location, f"invalid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(location, 'JSON input must be an object with a string "text" '
                                   '(and optional "id", "url")')
    url = record.get("url") if isinstance(record.get("url"), str) else None
    doc_id = record.get("id")
    return build_document(
        record["text"],
        url=url or None,
        doc_id=str(doc_id) if doc_id is not None else None,
        source_path=location,
        warnings=warnings,
    )


def read_url(url: str, client=None, max_bytes: int | None = None) -> list[Document]:
    """Fetch a web page (one Document) or an RSS/Atom feed (one Document per entry).
    `client`: an httpx.Client to reuse; raises InputError(url, reason)."""
    from regiomonitor.ingest.fetch import read_url as _read_url

    return _read_url(url, client=client, max_bytes=max_bytes)


def read_feed(url: str, client=None, max_bytes: int | None = None) -> list[Document]:
    """One Document per entry of the RSS/Atom feed at `url` (each entry's page is fetched)."""
    from regiomonitor.ingest.fetch import read_feed as _read_feed

    return _read_feed(url, client=client, max_bytes=max_bytes)
