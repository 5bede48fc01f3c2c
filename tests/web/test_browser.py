"""The application in headless Chromium (Debian's) against a real uvicorn on 127.0.0.1:
what a user does — search, filter, open a document, open a region — with screenshots in
tests/_artifacts/, and the promises a browser alone can check: no request leaves this
machine, no Content-Security-Policy violation, hostile text never runs."""
from __future__ import annotations

from urllib.parse import quote, urlsplit

import pytest

from web_corpus import HOSTILE_PERSON, XSS_TITLE

pytestmark = pytest.mark.browser

# collects CSP violations in the page (they are events, not console messages, in Chromium)
CSP_PROBE = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def visit(page, url: str) -> None:
    page.add_init_script(CSP_PROBE) if not getattr(page, "_probe", False) else None
    page._probe = True
    page.goto(url)
    page.wait_for_load_state("networkidle")


def charts_drawn(page, count: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('[data-drawn=true]').length >= {count}", timeout=20_000)


def assert_local_and_clean(page) -> None:
    hosts = {urlsplit(u).hostname for u in page.requests if not u.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}, page.requests
    assert page.evaluate("window.__csp") == []
    assert page.console_errors == []
    assert page.dialogs == []


def test_search_filter_open_document_open_region(live_server, page, artifacts):
    visit(page, live_server.url + "/")
    page.fill("input[name=q]", "Traktor")
    page.press("input[name=q]", "Enter")
    page.wait_for_load_state("networkidle")
    assert page.locator(".hit").count() == 2
    assert page.locator(".hit mark").first.inner_text() == "Traktoren"  # another word form
    page.screenshot(path=artifacts / "search.png", full_page=True)

    # a facet narrows the results to one outlet
    page.locator('[data-facet=outlet] a', has_text="SB. Belarus Segodnja").click()
    page.wait_for_load_state("networkidle")
    assert page.locator(".hit").count() == 1
    assert "SB. Belarus Segodnja" in page.locator(".chip").inner_text()
    assert page.locator(".total").inner_text() == "1 Dokument"
    page.screenshot(path=artifacts / "search-filtered.png", full_page=True)

    page.locator(".hit-title").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text().startswith("Lukaschenko empfängt")
    assert page.locator(".doc-text a.ent.place").count() >= 5
    assert page.locator(".doc-text .figure").inner_text() == "320 Mio. USD"
    assert page.locator(".doc-text .quote a.ent.place").count() == 1
    page.screenshot(path=artifacts / "document.png", full_page=True)

    page.locator(".doc-text a.ent.place", has_text="Baschkortostan").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/entities/place/RU-BA")
    assert page.locator("h1").inner_text() == "Republik Baschkortostan"
    charts_drawn(page, 1)
    assert page.locator("#timeline .bars path").count() >= 2  # a bar per month with documents
    page.screenshot(path=artifacts / "region.png", full_page=True)
    assert_local_and_clean(page)


def test_facet_from_the_start_page(live_server, page):
    visit(page, live_server.url + "/")
    page.locator('[data-facet=place] a', has_text="Gebiet Kaluga").click()
    page.wait_for_load_state("networkidle")
    assert page.locator(".hit-title").all_inner_texts() == ["Gebiete Mogiljow und Kaluga beschließen Aktionsplan"]
    page.locator('[data-facet=place] li.selected a').click()  # the selected facet removes itself
    page.wait_for_load_state("networkidle")
    assert page.locator(".hit").count() == 6
    assert_local_and_clean(page)


def test_overview_draws_map_and_network_offline(live_server, page, artifacts):
    visit(page, live_server.url + "/overview")
    charts_drawn(page, 5)
    # the map has country outlines (from the shipped topojson) and one marker per region
    outlines = page.evaluate("(document.querySelector('#map .layer.countries path')?.getAttribute('d') || '').length")
    assert outlines > 5000
    assert page.locator("#map .scattergeo .point").count() == 10
    assert page.locator("#network .scatter .point").count() >= 10
    page.screenshot(path=artifacts / "overview.png", full_page=True)
    assert any(u.endswith("/static/topojson/world_110m.json") for u in page.requests)
    assert_local_and_clean(page)

    # a click on a network node opens that entity's page
    page.locator("#network .scatter .point").first.click(force=True)
    page.wait_for_url("**/entities/**")
    assert_local_and_clean(page)


def test_person_and_api_docs_pages(live_server, page, artifacts):
    visit(page, live_server.url + "/entities/person/" + quote("Wladislaw Schapscha"))
    charts_drawn(page, 1)
    assert "Unsere Regionen ergänzen sich" in page.locator(".quote-block").inner_text()
    page.screenshot(path=artifacts / "person.png", full_page=True)
    visit(page, live_server.url + "/docs")
    assert page.locator("table.api tbody tr").count() >= 10
    page.screenshot(path=artifacts / "api-docs.png", full_page=True)
    visit(page, live_server.url + "/entities/place")
    page.screenshot(path=artifacts / "places.png", full_page=True)
    assert_local_and_clean(page)


def test_hostile_document_shows_as_text_and_runs_nothing(hostile_server, page, artifacts):
    url = hostile_server.url
    visit(page, f"{url}/documents/{hostile_server.hostile_id}")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert "<script>alert(1)</script>" in page.locator(".doc-text").inner_text()
    assert page.locator("main img, main svg[onload], main iframe").count() == 0
    page.screenshot(path=artifacts / "hostile-document.png", full_page=True)
    for path in ["/search?q=Angriff", "/search?q=alert", f"/entities/person/{quote(HOSTILE_PERSON, safe='')}",
                 "/entities/person", "/entities/organization", "/overview"]:
        visit(page, url + path)
    charts_drawn(page, 5)  # the overview's charts carry hostile names as data, drawn as text
    labels = page.evaluate("[...document.querySelectorAll('#network text')].map(t => t.textContent)")
    assert "<script>alert(4)</script> GmbH" in labels  # literally, not as Plotly markup
    page.screenshot(path=artifacts / "hostile-overview.png", full_page=True)
    # every script on these pages comes from this server, none inline
    scripts = page.evaluate("[...document.scripts].map(s => s.src || s.type)")
    assert all(s == "application/json" or s.startswith(url + "/static/") for s in scripts), scripts
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []
    assert_local_and_clean(page)


def test_the_policy_blocks_injected_inline_script(live_server, page):
    """Even markup that got into a page could not run: the CSP refuses inline scripts."""
    visit(page, live_server.url + "/search")
    page.evaluate("""() => {
        const s = document.createElement('script');
        s.textContent = 'window.__xss = 1';
        document.body.appendChild(s);
    }""")
    page.wait_for_function("window.__csp.length > 0")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.evaluate("window.__csp")[0].startswith("script-src")


def test_upload_through_the_form(writable, page, artifacts):
    pytest.importorskip("regiomonitor.ingest.reader")
    from web_support import TOKEN, LiveServer

    from regiomonitor.web.app import create_app

    with LiveServer(create_app(writable, token=TOKEN)) as server:
        visit(page, server.url + "/upload")
        page.fill("input[name=title]", "Brest liefert Milch nach Pskow")
        page.fill("textarea[name=text]", "Das Gebiet Brest und das Gebiet Pskow haben ein Abkommen über Milchlieferungen unterzeichnet.")
        page.fill("input[name=token]", "falsch")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        assert "Token stimmt nicht" in page.locator(".error").inner_text()
        assert page.input_value("input[name=title]") == "Brest liefert Milch nach Pskow"  # the form keeps its values
        page.screenshot(path=artifacts / "upload-refused.png", full_page=True)
        page.console_errors.clear()  # Chromium logs the 401 of the refused form
        page.fill("input[name=token]", TOKEN)
        page.click("button[type=submit]")
        page.wait_for_url("**/documents/*")
        assert page.locator("h1").inner_text() == "Brest liefert Milch nach Pskow"
        assert_local_and_clean(page)
