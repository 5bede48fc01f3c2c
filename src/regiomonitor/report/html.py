"""A dossier as one self-contained HTML page (Jinja, autoescaped; inline CSS and SVG; no script).

Nothing from a document is ever rendered as live HTML: the template autoescapes every value,
and the only markup inserted unescaped is the chart, which `chart.svg` builds from numbers and
escaped labels.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from regiomonitor.report.chart import chart_title, svg
from regiomonitor.report.footnotes import Footnotes
from regiomonitor.report.outline import outline

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def context(dossier: dict[str, Any], downloads: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """What `dossier_body.html.j2` needs; the web page renders the same body inside its layout."""
    o = outline(dossier)
    return {"o": o, "notes": Footnotes(o.sources), "svg": svg, "chart_title": chart_title, "downloads": downloads}


def render_html(dossier: dict[str, Any], *, downloads: list[tuple[str, str]] | None = None) -> str:
    """The stand-alone dossier page; `downloads` adds (label, href) links."""
    return environment().get_template("dossier.html.j2").render(**context(dossier, downloads))
