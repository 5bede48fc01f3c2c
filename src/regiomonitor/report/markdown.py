"""A dossier as Markdown, footnotes in the seeds' citation style.

Document text (titles, quotations, names) may contain anything, so every piece of it is
escaped: HTML specials become entities (a Markdown viewer renders raw HTML otherwise) and
Markdown's own markup characters are backslash-escaped.
"""
from __future__ import annotations

import re
from typing import Any

from regiomonitor.report.footnotes import Footnotes
from regiomonitor.report.outline import Cites, Statement, outline

# brackets only matter where they would open a link or a footnote reference: `](` and `[^`
# and an underscore inside a word (a file name) emphasises nothing in CommonMark
_MARKUP = re.compile(r"([\\`*|#~]|(?<!\w)_|_(?!\w)|\[(?=\^)|\](?=\())")


def escape(text: str | None) -> str:
    text = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKUP.sub(r"\\\1", text)
    return " ".join(text.split())


def _refs(notes: Footnotes, cites: Cites) -> str:
    return "".join(f"[^{n}]" for n, _ in notes.refs(cites))


def _statement(notes: Footnotes, s: Statement) -> list[str]:
    body = " ".join(f"{escape(seg.text)}{_refs(notes, seg.cites)}".strip() for seg in s.segments if seg.text or seg.cites)
    head = f"**{escape(s.lead)}**" if s.lead else ""
    line = "- " + " – ".join(x for x in (head, body) if x)
    lines = [line]
    for q in s.quotes:
        lines.append(f"  > „{escape(q.text)}“{_refs(notes, q.cites)}")
    return lines


def render_markdown(dossier: dict[str, Any]) -> str:
    o = outline(dossier)
    notes = Footnotes(o.sources)
    lines = [f"# {escape(o.title)}", "", f"_{escape(o.subtitle)}_", ""]
    for section in o.sections:
        lines += [f"## {escape(section.title)}", ""]
        for table in section.tables:
            lines += [f"### {escape(table.caption)}", ""]
            lines.append("| " + " | ".join(table.headers + ["Quellen"]) + " |")
            lines.append("|" + "---|" * (len(table.headers) + 1))
            for cells, cites in table.rows:
                lines.append("| " + " | ".join(escape(c) for c in cells) + f" | {_refs(notes, cites)} |")
            lines.append("")
        if section.tables:
            if section.charts:
                lines += ["_Diagramme (Ist gegenüber Ziel) in der HTML- und PDF-Fassung._", ""]
        for statement in section.statements:
            lines += _statement(notes, statement)
        if not section.statements and not section.tables:
            lines.append(f"_{escape(section.empty)}_")
        lines.append("")
    lines += ["## Quellen", ""]
    for number, source in notes.entries():
        lines.append(f"[^{number}]: {escape(source['citation'])}")
    if not notes.entries():
        lines.append("_Keine Quellen._")
    return "\n".join(lines).rstrip() + "\n"
