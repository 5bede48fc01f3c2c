"""The command line over the test register (same functions as the web pages)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from regiomonitor.cli import app


@pytest.fixture(scope="module")
def db(register):
    return register.url


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result


def test_dossier_markdown_to_stdout(db):
    r = run("dossier", "RU-BA", "--db", db)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# Dossier: Baschkortostan")


def test_dossier_pdf_needs_a_file(db, tmp_path):
    assert run("dossier", "RU-BA", "--format", "pdf", "--db", db).exit_code == 2
    out = tmp_path / "ba.pdf"
    r = run("dossier", "RU-BA", "--format", "pdf", "--out", out, "--db", db)
    assert r.exit_code == 0 and out.read_bytes().startswith(b"%PDF")


def test_unknown_dossier(db):
    r = run("dossier", "Niemand", "--db", db)
    assert r.exit_code == 2 and "no place, organization or person" in r.stderr


def test_contradictions(db):
    assert "Teilzeitraum > Gesamtzeitraum" in run("contradictions", "--db", db).stdout
    data = json.loads(run("contradictions", "--json", "--db", db).stdout)
    assert len(data) == 4


def test_series(db):
    r = run("series", "BY", "RU-BA", "--db", db)
    assert "Ziel" in r.stdout and "320 Mio. USD" in r.stdout
    data = json.loads(run("series", "by", "ru-ba", "--metric", "export", "--json", "--db", db).stdout)
    assert [p["period"] for p in data["actual"]] == ["2021-01..2021-10", "2021"]


def test_network_and_coverage(db):
    assert "Gebiet Mogiljow ↔ Baschkortostan" in run("network", "--db", db).stdout
    assert json.loads(run("network", "--json", "--since", "2018", "--until", "2018", "--db", db).stdout)["window"] == {"since": 2018, "until": 2018}
    assert "BelTA" in run("coverage", "--db", db).stdout
    assert json.loads(run("coverage", "--json", "--by", "month", "--db", db).stdout)["by"] == "month"


def test_export(db, tmp_path):
    out = tmp_path / "figures.xlsx"
    assert run("export", "--what", "figures", "--format", "xlsx", "--out", out, "--db", db).exit_code == 0
    assert out.read_bytes()[:2] == b"PK"
    r = run("export", "--what", "documents", "--format", "json", "--db", db)
    assert len(json.loads(r.stdout)) == 4
