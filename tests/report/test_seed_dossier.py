"""A dossier built from the seed texts, ingested with the full pipeline (needs ../shared)."""
from __future__ import annotations

import re

import pytest

from analysis_corpus import seed_store
from regiomonitor.analysis.dossier import build
from regiomonitor.report.markdown import render_markdown

pytestmark = pytest.mark.shared


@pytest.fixture
def markdown(seeds_dir):  # seeds_dir is per test; seed_store ingests once per session
    return render_markdown(build(seed_store(seeds_dir), "RU-BA"))


def test_bashkortostan_dossier_has_the_320_million_target_with_its_footnote(markdown):
    # 000_: "die $320 Mio. Grenze überschreiten" – a target, cited to the BelTA item
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.+)$", markdown, re.M))
    rows = [line for line in markdown.splitlines() if "320 Mio. USD" in line and "Ziel" in line]
    assert rows, markdown
    cited = {notes[n] for row in rows for n in re.findall(r"\[\^(\d+)\]", row)}
    assert any("[Elektronische Ressource]" in c and ("000_e1cd1570aad7eb9f" in c or "belta.by" in c) for c in cited), cited


def test_bashkortostan_dossier_has_the_base_agreement_of_1999(markdown):
    # the title names the kind ("„Abkommen über Handel ...“"), so no second "Abkommen" before it
    assert re.search(r"^- \*\*Juni 1999\*\* – „?Abkommen .*\[\^\d+\]$", markdown, re.M), markdown


def test_every_footnote_is_in_citation_style(markdown):
    for line in markdown.split("## Quellen", 1)[1].splitlines():
        if line.startswith("[^"):
            assert re.match(r"^\[\^\d+\]: .+ \[Elektronische Ressource\]\.( - \d{4}\.)? - (URL: |/)", line), line
