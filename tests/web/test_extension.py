"""Another package adds its pages the documented way (web/README.md): a `Pages` with its own
templates, navigation entry, JSON twin and CSV, on the shared layout."""
from __future__ import annotations

from fastapi import Depends, Query
from fastapi.testclient import TestClient

from regiomonitor.web.app import create_app, include_pages
from regiomonitor.web.pages import NotFound, Pages, get_store


def test_a_package_adds_pages(store, tmp_path):
    (tmp_path / "demo_outlets.html").write_text(
        '{% extends "base.html" %}{% block title %}Quellen{% endblock %}'
        "{% block content %}<h1>Quellen</h1><ul>{% for r in data.rows %}<li>{{ r.outlet }}: {{ r.n }}</li>{% endfor %}</ul>"
        "<p>{{ extra }}</p>{% endblock %}",
        encoding="utf-8",
    )
    pages = Pages(nav=[("Quellen", "/demo/outlets")], templates=tmp_path, tag="demo")

    @pages.page("/demo/outlets", api="/api/demo/outlets", template="demo_outlets.html", csv="/api/demo/outlets.csv",
                context=lambda data: {"extra": f"{len(data['rows'])} Quellen"})
    def outlets(minimum: int = Query(1, ge=1), store=Depends(get_store)) -> dict:
        """Documents per outlet."""
        from regiomonitor.store.search import search

        facet = search(store, "", {}, per_page=1)["facets"]["outlet"]
        if minimum > 100:
            raise NotFound("outlets")
        return {"rows": [{"outlet": f["name"], "n": f["count"]} for f in facet if f["count"] >= minimum]}

    app = create_app(store, extensions=())
    include_pages(app, pages)
    with TestClient(app) as client:
        html = client.get("/demo/outlets").text
        assert "<li>BelTA: 3</li>" in html and "<p>4 Quellen</p>" in html
        assert '<a href="/demo/outlets" class="active" aria-current="page">Quellen</a>' in html  # in the shared nav
        assert 'href="/api/demo/outlets"' in html  # the footer links the JSON twin
        assert client.get("/api/demo/outlets", params={"minimum": 2}).json() == {"rows": [{"outlet": "BelTA", "n": 3}]}
        assert client.get("/api/demo/outlets.csv").text.splitlines()[0] == "outlet,n"
        assert client.get("/api/demo/outlets", params={"minimum": 0}).status_code == 422
        assert client.get("/api/demo/outlets", params={"minimum": 101}).status_code == 404
        assert "/api/demo/outlets" in {e["path"] for e in client.get("/api/").json()["endpoints"]}
        # the other pages now show the new entry too
        assert 'href="/demo/outlets"' in client.get("/overview").text


def test_missing_extension_modules_are_skipped(store):
    app = create_app(store, extensions=("regiomonitor.no_such_package.web",))
    assert "/api/search" in app.openapi()["paths"]
