"""Nothing from a document is ever rendered as live HTML: a hostile document (script and
event-handler markup in its title, body, entity names, footnotes, source and URL) shows as
text on every page that names it. The browser-level check is in test_browser.py."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from regiomonitor.web.app import create_app

from web_support import TOKEN, fill, new_store
from web_corpus import HOSTILE_PERSON, XSS_TITLE, corpus, hostile

LIVE_MARKUP = re.compile(
    r"<script>alert|<img src=x|<svg onload|<iframe|onerror=alert\(\d\)>|href=\"javascript:|<b>Evil|<b>x</b>",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    store, _ = new_store("sqlite", tmp_path_factory.mktemp("hostile"))
    results = fill(store, [*corpus(), hostile()])
    with TestClient(create_app(store, token=TOKEN), base_url="http://127.0.0.1") as client:
        client.hostile_id = results[-1].document_id
        yield client
    store.close()


def pages(client) -> list[str]:
    person = quote(HOSTILE_PERSON, safe="")
    org = quote("<script>alert(4)</script> GmbH", safe="")
    return [
        f"/documents/{client.hostile_id}",
        "/search?q=Angriff",
        "/search?q=alert",
        "/search?outlet=" + quote("<b>Evil</b> Outlet"),
        "/search?place=BY-BR",
        f"/entities/person/{person}",
        f"/entities/organization/{org}",
        "/entities/person",
        "/entities/organization",
        "/entities/place/BY-BR",
        "/overview",
        "/search?q=" + quote("<script>alert(9)</script>"),
        "/entities/person/" + quote("<script>alert(9)</script>", safe=""),  # the 404 page repeats the key
    ]


def test_hostile_document_is_stored_verbatim(hostile_client):
    data = hostile_client.get(f"/api/documents/{hostile_client.hostile_id}").json()
    assert data["title"] == XSS_TITLE
    assert "<script>alert(1)</script>" in data["text"]


def test_no_page_renders_document_markup(hostile_client):
    for path in pages(hostile_client):
        response = hostile_client.get(path)
        assert response.status_code in (200, 404), path
        found = LIVE_MARKUP.findall(response.text)
        assert not found, (path, found)


def test_markup_shows_as_text(hostile_client):
    html = hostile_client.get(f"/documents/{hostile_client.hostile_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Angriff &lt;img src=x onerror=alert(1)&gt;" in html
    # the mention inside hostile text is still a link, with escaped text around it
    assert '<a class="ent place" href="/entities/place/BY-BR" title="Gebiet Brest">Gebiet Brest</a>' in html
    # a javascript: URL is neither the "Original" link nor linkified in a footnote
    assert "javascript:alert(6)" in html and 'href="javascript' not in html
    # a quote ends a URL: the attribute cannot be broken out of
    assert '<a href="https://example.org/" rel="noopener noreferrer nofollow" class="ext">https://example.org/</a>&#34;onmouseover=&#34;alert(7)' in html


def test_search_snippet_of_hostile_text_is_escaped(hostile_client):
    data = hostile_client.get("/api/search", params={"q": "alert"}).json()
    assert data["total"] >= 1
    html = hostile_client.get("/search", params={"q": "alert"}).text
    assert "&lt;script&gt;" in html
    assert "<mark>alert</mark>" in html
