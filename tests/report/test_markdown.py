"""Markdown dossiers: figures with footnotes in the seeds' citation style; text escaped."""
from __future__ import annotations

import re

from regiomonitor.report.markdown import escape, render_markdown

CITATION = re.compile(r"^\[\^(\d+)\]: (.+) \[Elektronische Ressource\]\.(?: - (\d{4})\.)? - (URL: \S+|/\S+)$")


def footnotes(text: str) -> dict[str, str]:
    return {m.group(1): m.group(0) for line in text.splitlines() if (m := CITATION.match(line))}


def test_sections_in_the_seeds_order(dossier):
    text = render_markdown(dossier)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Vertragliche Grundlagen: Abkommen und Aktionspläne",
        "## Chronik: Foren, Besuche, Treffen, Kommissionssitzungen",
        "## Handel in Zahlen: Umsatz, Export, Import – Ist und Ziel",
        "## Unternehmen und gemeinsame Projekte",
        "## Personen und Zitate",
        "## Offene Pläne und Perspektiven",
        "## Widersprüche in den Quellen",
        "## Quellen",
    ]
    assert text.startswith("# Dossier: Baschkortostan\n\n_Region/Land RU-BA · erstellt am 1. März 2025 aus 4 Dokumenten_")


def test_figures_carry_footnotes_in_citation_style(dossier):
    text = render_markdown(dossier)
    notes = footnotes(text)
    row = next(line for line in text.splitlines() if line.startswith("| 2025 |"))
    assert "| Handelsumsatz | Ziel | 320 Mio. USD |" in row
    [number] = re.findall(r"\[\^(\d+)\]", row)
    assert notes[number] == (
        f"[^{number}]: Lukaschenko: Belarus und Baschkortostan können die $320-Mio.-Grenze knacken "
        "[Elektronische Ressource]. - 2025. - URL: https://deu.belta.by/president/view/baschkortostan-320"
    )
    merged = next(line for line in text.splitlines() if line.startswith("| 2024 |"))
    assert len(re.findall(r"\[\^\d+\]", merged)) == 2  # both sources of the merged figure


def test_every_statement_is_footnoted_and_every_footnote_defined(dossier):
    text = render_markdown(dossier)
    body, sources = text.split("## Quellen")
    used = set(re.findall(r"\[\^(\d+)\]", body))
    assert used == set(footnotes(sources)) and used
    for line in body.splitlines():
        if line.startswith("- **") and "Außerdem genannt" not in line:
            assert re.search(r"\[\^\d+\]", line), line


def test_file_without_url_is_cited_by_its_path(dossier):
    assert any(v.endswith("[Elektronische Ressource]. - /corpus/analysen/belarus-russland-regionen.txt") for v in footnotes(render_markdown(dossier)).values())


def test_hostile_title_is_escaped(dossier):
    text = render_markdown(dossier)
    assert "<script>" not in text and "<b>" not in text
    assert '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;Fett&lt;/b&gt; [Elektronische Ressource]' in text


def test_escape():
    assert escape("a *b* [^1] [x](y) <i> file_name _x_") == r"a \*b\* \[^1] [x\](y) &lt;i&gt; file_name \_x\_"
