"""HTML dossiers: one self-contained page, everything from documents escaped, chart inline."""
from __future__ import annotations

import re

from regiomonitor.report.html import render_html


def test_hostile_title_is_escaped(dossier):
    page = render_html(dossier)
    assert "<script" not in page.lower()
    assert "<b>Fett" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;Fett&lt;/b&gt;" in page
    assert 'https://evil.example/?a=1&amp;b=&lt;2&gt;' in page


def test_self_contained(dossier):
    page = render_html(dossier)
    assert not re.search(r"""(?:src|href)=["']https?://""", page)  # no CDN, no remote asset
    assert "<svg" in page and "</svg>" in page


def test_footnote_links_point_at_sources(dossier):
    page = render_html(dossier)
    refs = set(re.findall(r'href="#fn-(\d+)"', page))
    targets = set(re.findall(r'<li id="fn-(\d+)"', page))
    assert refs == targets and refs
    assert page.count("[Elektronische Ressource]") == len(targets)


def test_downloads_links(dossier):
    page = render_html(dossier, downloads=[("PDF", "/dossiers/RU-BA.pdf")])
    assert '<a href="/dossiers/RU-BA.pdf">PDF</a>' in page


def test_evidence_in_titles_is_escaped():
    from regiomonitor.report.html import environment

    out = environment().from_string('{{ x }}').render(x='"><img src=x onerror=alert(1)>')
    assert "<img" not in out
