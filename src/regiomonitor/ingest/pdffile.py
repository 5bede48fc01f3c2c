"""Text of a PDF file with pypdf, page by page, with running headers/footers removed.

The result is raw extracted text; `pdftext.clean_pdf_text` repairs it afterwards.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from regiomonitor.errors import InputError

RUNNING_LINE_MIN_PAGES = 3
_DIGITS = re.compile(r"\d+")
# Metadata titles that name the authoring tool or file, not the document.
_TOOL_TITLE = re.compile(r"^(microsoft (word|powerpoint)|untitled|unbenannt|dokument\d*\b)|\.(docx?|pdf|odt|rtf)$", re.I)


@dataclass
class PdfContent:
    text: str
    title: str | None
    pages: int
    warnings: list[str] = field(default_factory=list)


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines repeated at the top or bottom of many pages (running heads, page footers);
    digits are masked so that "Seite 3 von 40" counts as one line."""
    if len(pages) < RUNNING_LINE_MIN_PAGES:
        return set()
    edges: Counter[str] = Counter()
    for lines in pages:
        content = [ln.strip() for ln in lines if ln.strip()]
        for line in set(content[:2] + content[-2:]):
            edges[_DIGITS.sub("#", line)] += 1
    threshold = max(RUNNING_LINE_MIN_PAGES, len(pages) // 2)
    return {line for line, n in edges.items() if n >= threshold}


def extract_pdf(data: bytes, location: str) -> PdfContent:
    """Raises InputError for broken, encrypted (password-protected) or image-only PDFs."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise InputError(location, "cannot read PDF: pypdf is not installed") from exc
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(location, "broken PDF: no %PDF header")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are ours to report
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # owner-password-only PDFs open with an empty password
            except Exception as exc:  # unsupported algorithm (AES without cryptography) etc.
                raise InputError(location, f"encrypted PDF, cannot decrypt ({exc})") from exc
            if not opened:
                raise InputError(location, "encrypted PDF (password required)")
        pages = []
        for page in reader.pages:
            pages.append((page.extract_text() or "").split("\n"))
        title = None
        try:
            meta = reader.metadata
            title = (meta.title or "").strip() or None if meta else None
            if title and _TOOL_TITLE.search(title):
                title = None
        except Exception:
            title = None
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise InputError(location, f"broken PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise InputError(location, f"broken PDF ({type(exc).__name__}: {exc})") from exc
    running = _running_lines(pages)
    out: list[str] = []
    for lines in pages:
        out.extend(ln for ln in lines if _DIGITS.sub("#", ln.strip()) not in running)
        out.append("")  # page break: a blank line
    text = "\n".join(out)
    if not text.strip():
        raise InputError(location, "PDF has no text layer (scanned images?), nothing to read")
    warnings = [f"removed running header/footer lines: {sorted(running)}"] if running else []
    return PdfContent(text, title, len(pages), warnings)
