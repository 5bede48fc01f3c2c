"""PDF dossiers: WeasyPrint prints the HTML; the pages are rasterised to check they render."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from regiomonitor.report import render

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts"


def test_pdf_renders_with_chart_and_sources(dossier, tmp_path):
    pdf = render(dossier, "pdf")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    path = tmp_path / "dossier.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Dossier: Baschkortostan" in text
        squeezed = "".join(text.split())  # long URLs wrap across lines
        assert "[ElektronischeRessource].-2025.-URL:https://deu.belta.by/president/view/baschkortostan-320" in squeezed
        assert "<script>" in text  # printed as text, never interpreted


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_pages_rasterise(dossier):
    # the PNGs stay in tests/_artifacts for a look with an image viewer
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "dossier-RU-BA.pdf"
    pdf.write_bytes(render(dossier, "pdf"))
    for old in ARTIFACTS.glob("dossier-RU-BA-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / "dossier-RU-BA")], check=True)
    pages = sorted(ARTIFACTS.glob("dossier-RU-BA-*.png"))
    assert 2 <= len(pages) <= 6
    assert all(p.stat().st_size > 5_000 for p in pages)
