"""Rendering of dossiers: Markdown, HTML and PDF, footnoted in the citation style of the seeds."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMATS = ("md", "html", "pdf")
MEDIA_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "pdf": "application/pdf"}


def render(dossier: dict[str, Any], fmt: str) -> bytes:
    """The dossier in one of `FORMATS`, as bytes ready to write or send."""
    from regiomonitor.report.html import render_html
    from regiomonitor.report.markdown import render_markdown
    from regiomonitor.report.pdf import render_pdf

    renderers: dict[str, Callable[[dict[str, Any]], Any]] = {"md": render_markdown, "html": render_html, "pdf": render_pdf}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = renderers[fmt](dossier)
    return out if isinstance(out, bytes) else out.encode("utf-8")
