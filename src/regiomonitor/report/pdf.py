"""A dossier as PDF: WeasyPrint prints the HTML page (its chart is inline SVG, so it prints).

WeasyPrint would fetch any URL a page refers to; a dossier refers to none, and the fetcher
below refuses every request so that a stray reference can never reach the network.
"""
from __future__ import annotations

from typing import Any

from regiomonitor.report.html import render_html


def _no_fetch(url: str, *args, **kwargs):
    raise ValueError(f"dossier PDFs load nothing from outside: {url}")


def render_pdf(dossier: dict[str, Any]) -> bytes:
    from weasyprint import HTML

    return HTML(string=render_html(dossier), url_fetcher=_no_fetch).write_pdf()
