"""Text of a Word `.docx` file with python-docx: paragraphs (and table cells) in order."""
from __future__ import annotations

import io
from dataclasses import dataclass

from regiomonitor.errors import InputError


@dataclass
class DocxContent:
    text: str
    title: str | None


def _iter_block_texts(document) -> list[str]:
    """Paragraph and table texts in document order (tables row by row, cells joined by " | ")."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells]
                out.append(" | ".join(dict.fromkeys(c for c in cells if c)))
    return out


TITLE_MAX_CHARS = 150


def _first_line_title(blocks: list[str]) -> str | None:
    """A short first paragraph that is no sentence (`Nordkasachstan kauft Landtechnik`) is the
    title of a document written without Word's title style."""
    first = next((b.strip() for b in blocks if b.strip()), "")
    if first and len(first) <= TITLE_MAX_CHARS and not first.endswith((".", ":", ";", ",")):
        return first
    return None


def extract_docx(data: bytes, location: str) -> DocxContent:
    """Raises InputError for files python-docx cannot open (not a zip, not Word, damaged)."""
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - a dependency
        raise InputError(location, "cannot read DOCX: python-docx is not installed") from exc
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _iter_block_texts(document)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, lxml errors, ...
        raise InputError(location, f"broken DOCX ({type(exc).__name__}: {exc})") from exc
    title = (document.core_properties.title or "").strip() or None
    if title is None:
        for paragraph in document.paragraphs:
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            if paragraph.text.strip() and (style == "Title" or style.startswith("Heading")):
                title = paragraph.text.strip()
                break
    if title is None:
        title = _first_line_title(blocks)
    # each Word paragraph is one line; soft line breaks inside a paragraph become spaces
    text = "\n".join(b.replace("\n", " ").replace("\v", " ") for b in blocks)
    return DocxContent(text, title)
