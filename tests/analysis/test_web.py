"""The analysis pages and their JSON twins, through the real app on the test register."""
from __future__ import annotations

import json
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from regiomonitor.analysis.contradictions import contradictions
from regiomonitor.analysis.series import series
from regiomonitor.web.app import create_app


@pytest.fixture(scope="module")
def client(register):
    return TestClient(create_app(register))


@pytest.mark.parametrize(
    "url",
    ["/dossiers", "/dossiers/RU-BA", "/dossiers/AMKODOR", "/dossiers/Alexander%20Lukaschenko", "/contradictions",
     "/contradictions?place=RU-BA&rule=part_exceeds_whole", "/series", "/series?a=BY&b=RU-BA", "/network",
     "/network?since=2018&until=2020", "/coverage", "/coverage?by=month&months=6", "/exports"],
)
def test_pages_render(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>alert" not in r.text  # the hostile title never becomes markup


def test_json_twins_come_from_the_same_functions(client, register):
    assert client.get("/api/contradictions").json()["items"] == json.loads(json.dumps(contradictions(register), default=str))
    got = client.get("/api/series?a=BY&b=RU-BA").json()["series"]
    assert got == json.loads(json.dumps(series(register, "BY", "RU-BA"), default=str))
    assert client.get("/api/dossiers/RU-BA").json()["subject"]["id"] == "RU-BA"
    assert {"nodes", "edges", "intensity"} <= set(client.get("/api/network").json())
    assert "uncovered" in client.get("/api/coverage").json()


def test_dossier_page_has_footnotes_and_downloads(client):
    page = client.get("/dossiers/RU-BA").text
    assert 'href="/dossiers/RU-BA.pdf"' in page and 'href="#fn-1"' in page
    assert "320 Mio. USD" in page and "<svg" in page
    assert "&lt;script&gt;alert" in page


@pytest.mark.parametrize(("fmt", "media", "magic"), [("md", "text/markdown", b"# Dossier"), ("html", "text/html", b"<!DOCTYPE html>"), ("pdf", "application/pdf", b"%PDF")])
def test_dossier_downloads(client, fmt, media, magic):
    for prefix in ("/dossiers", "/api/dossiers"):
        r = client.get(f"{prefix}/RU-BA.{fmt}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(media)
        assert r.content.startswith(magic)
        assert f'filename="dossier-RU-BA.{fmt}"' in r.headers["content-disposition"]


def test_unknown_dossier_is_404(client):
    assert client.get("/dossiers/Niemand").status_code == 404
    assert client.get("/api/dossiers/Niemand").json() == {"detail": "dossier 'Niemand' not found"}
    assert client.get("/dossiers/Niemand.pdf").status_code == 404


def test_contradictions_csv(client):
    r = client.get("/api/contradictions.csv")
    assert r.status_code == 200 and r.text.splitlines()[0].startswith("rule,partners,currency,a_metric")
    assert len(r.text.strip().splitlines()) == 5


@pytest.mark.parametrize("prefix", ["/exports", "/api/exports"])
def test_export_downloads(client, prefix):
    r = client.get(f"{prefix}/figures.geojson")
    assert r.status_code == 200 and r.json()["type"] == "FeatureCollection"
    assert client.get(f"{prefix}/facts.xlsx").content[:2] == b"PK"
    assert client.get(f"{prefix}/people.csv").status_code == 422


def test_invalid_place_ids_are_refused(client):
    assert client.get("/series?a=<script>&b=BY").status_code == 422
    assert client.get("/api/contradictions?place=x'--").status_code == 422
