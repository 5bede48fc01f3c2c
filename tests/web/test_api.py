"""The JSON API and the HTML pages through the real app on a real register (SQLite, and
PostgreSQL when $REGIOMONITOR_TEST_PG is set)."""
from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest

from regiomonitor.web.security import CSP


def ids(result: dict) -> set[int]:
    return {hit["document_id"] for hit in result["hits"]}


def doc_id(store, title_part: str) -> int:
    from sqlalchemy import select

    from regiomonitor.store.schema import Document

    with store.session() as session:
        return session.scalars(select(Document.id).where(Document.title.like(f"%{title_part}%")).order_by(Document.id)).first()


# -- search -------------------------------------------------------------------------------


def test_search_matches_other_word_forms_and_marks_them(client):
    result = client.get("/api/search", params={"q": "Traktor"}).json()
    assert result["total"] == 2
    assert all("<mark>Traktoren</mark>" in hit["snippet"] for hit in result["hits"])
    assert result["query"] == "Traktor"
    assert {f["key"] for f in result["facets"]["place"]} >= {"RU-BA", "BY"}


def test_empty_query_lists_everything_newest_first(client):
    result = client.get("/api/search").json()
    assert result["total"] == 6
    dates = [hit["published"] for hit in result["hits"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("params", "expected_titles"),
    [
        ({"place": "RU-KLU"}, ["Gebiete Mogiljow und Kaluga beschließen Aktionsplan"]),
        ({"sector": "education"}, ["Grodno und Sankt Petersburg vereinbaren Studentenaustausch"]),
        ({"person": "Wladislaw Schapscha"}, ["Gebiete Mogiljow und Kaluga beschließen Aktionsplan"]),
        ({"organization": "Gomselmash"}, ["Gomselmash eröffnet Servicezentrum in Kostanai"]),
        ({"outlet": "Kazinform"}, ["Gomselmash eröffnet Servicezentrum in Kostanai"]),
        ({"year": 2022}, ["Grodno und Sankt Petersburg vereinbaren Studentenaustausch"]),
        ({"q": "Traktor", "outlet": "BelTA"}, ["Lukaschenko empfängt Oberhaupt von Baschkortostan: Traktoren für Ufa"]),
    ],
)
def test_filters(client, params, expected_titles):
    result = client.get("/api/search", params=params).json()
    assert [hit["title"] for hit in result["hits"]] == expected_titles
    assert result["filters"] == {k: v for k, v in params.items() if k != "q"}


def test_facet_counts_cover_all_matches_not_just_the_page(client):
    result = client.get("/api/search", params={"per_page": 1}).json()
    assert len(result["hits"]) == 1
    places = {f["key"]: f["count"] for f in result["facets"]["place"]}
    assert places["RU-BA"] == 3 and places["BY"] == 4
    sectors = {f["key"]: f["count"] for f in result["facets"]["sector"]}
    assert sectors["machinery"] == 5


def test_pagination(client):
    first = client.get("/api/search", params={"per_page": 4, "page": 1}).json()
    second = client.get("/api/search", params={"per_page": 4, "page": 2}).json()
    assert (first["total"], len(first["hits"]), len(second["hits"])) == (6, 4, 2)
    assert not ids(first) & ids(second)
    page = client.get("/search", params={"per_page": 4}).text
    assert 'rel="next"' in page and "Seite 1 von 2" in page


@pytest.mark.parametrize(
    "params",
    [{"per_page": 101}, {"per_page": 0}, {"page": 0}, {"year": "zwanzig"}, {"q": "x" * 501}],
)
def test_bad_search_parameters_are_422_json(client, params):
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["detail"]


def test_search_csv_has_every_hit_as_plain_text(client):
    response = client.get("/api/search.csv", params={"q": "Traktor"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2
    assert {"document_id", "title", "published", "outlet", "snippet"} <= set(rows[0])
    assert "<mark>" not in rows[0]["snippet"] and "Traktoren" in rows[0]["snippet"]


def test_search_csv_walks_all_pages(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/search.csv").text)))
    assert len(rows) == 6


def test_search_page_renders_hits_facets_and_filter_links(client):
    html = client.get("/search", params={"q": "Traktor"}).text
    assert "<mark>Traktoren</mark>" in html
    assert 'href="/documents/' in html
    assert re.search(r'href="/search\?q=Traktor&amp;place=RU-BA"', html)
    filtered = client.get("/search", params={"q": "Traktor", "place": "RU-BA"}).text
    assert 'class="selected"' in filtered and 'class="chip"' in filtered
    assert client.get("/").status_code == 200


# -- documents ----------------------------------------------------------------------------


def test_document_json(client, store):
    ufa = doc_id(store, "Traktoren für Ufa")
    data = client.get(f"/api/documents/{ufa}").json()
    assert data["title"].startswith("Lukaschenko empfängt")
    assert data["published"] == "2024-03-14"
    assert {m["key"] for m in data["mentions"] if m["kind"] == "place"} == {"BY", "RU-BA", "BY-HM"}
    figure = next(f for f in data["facts"] if f["kind"] == "figure")
    assert figure["data"]["amount"] == 320e6 and data["text"][figure["data"]["start"]:figure["data"]["end"]] == "320 Mio. USD"
    assert data["footnotes"][0]["text"].startswith("Lukaschenko empfängt Chabirow")
    assert data["sources"][0]["location"] == "https://www.belta.by/president/view/12345/"
    assert [e["key"] for e in data["entities"]["person"]] == ["Alexander Lukaschenko", "Radij Chabirow"]


def test_same_story_in_other_sources(client, store, register):
    _, results = register
    if results[1].status != "near_duplicate":
        pytest.skip("the store did not group the two versions of the story")
    ufa = results[0].document_id
    data = client.get(f"/api/documents/{ufa}").json()
    assert [d["outlet"] for d in data["story_siblings"]] == ["SB. Belarus Segodnja"]
    assert "Dieselbe Meldung in anderen Quellen" in client.get(f"/documents/{ufa}").text


def test_document_page_highlights_entities_figures_and_quotes(client, store):
    html = client.get(f"/documents/{doc_id(store, 'Traktoren für Ufa')}").text
    assert '<a class="ent place" href="/entities/place/RU-BA" title="Republik Baschkortostan">Baschkortostan</a>' in html
    assert '<a class="ent person" href="/entities/person/Alexander%20Lukaschenko"' in html
    assert '<a class="ent organization" href="/entities/organization/Minsker%20Traktorenwerk%20%28MTZ%29"' in html
    assert re.search(r'<span class="figure" title="turnover actual 2023" id="fact-\d+">320 Mio. USD</span>', html)
    # the quote contains a place: nested markup
    assert re.search(r'<span class="quote" title="Zitat: Alexander Lukaschenko" id="fact-\d+">Wir sind bereit, unsere Traktoren '
                     r'gemeinsam mit <a class="ent place" href="/entities/place/RU-BA"[^>]*>Baschkortostan</a> zu bauen</span>', html)
    assert '<a href="https://www.belta.by/president/view/12345/" rel="noopener noreferrer nofollow" class="ext">' in html


def test_document_text_is_reproduced_exactly(client, store):
    """Highlighting adds markup only: stripping the tags and unescaping gives the text back."""
    import html as html_lib

    ident = doc_id(store, "Studentenaustausch")  # has an entity nested in another (dropped)
    data = client.get(f"/api/documents/{ident}").json()
    page = client.get(f"/documents/{ident}").text
    body = re.search(r'<div class="doc-text" lang="de">(.*?)</div>', page, re.S).group(1)
    assert html_lib.unescape(re.sub(r"<[^>]+>", "", body)) == data["text"]


@pytest.mark.parametrize(("path", "status"), [("/api/documents/99999", 404), ("/api/documents/abc", 422), ("/api/documents/0", 422)])
def test_document_errors_are_json(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")


def test_unknown_document_page_is_a_404_page(client):
    response = client.get("/documents/99999")
    assert response.status_code == 404 and "Nicht gefunden" in response.text
    assert "Ein Dokument 99999 gibt es im Register nicht." in response.text
    assert client.get("/no/such/page").status_code == 404
    assert client.get("/api/no/such/endpoint").json() == {"detail": "Not Found"}


# -- entities -----------------------------------------------------------------------------


def test_entity_list(client):
    data = client.get("/api/entities/place").json()
    rows = {r["key"]: r for r in data["rows"]}
    assert rows["RU-BA"]["documents"] == 3 and rows["RU-BA"]["name"] == "Republik Baschkortostan"
    assert data["rows"][0]["documents"] >= data["rows"][-1]["documents"]
    assert [r["key"] for r in client.get("/api/entities/place", params={"q": "kaluga"}).json()["rows"]] == ["RU-KLU"]
    assert client.get("/api/entities/place", params={"per_page": 2}).json()["total"] == data["total"]
    assert client.get("/api/entities/planet").status_code == 422
    assert client.get("/api/entities/place", params={"per_page": 1000}).status_code == 422


def test_entity_list_csv_and_page(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/entities/organization.csv").text)))
    assert {r["key"] for r in rows} >= {"BELAZ", "Gomselmash", "MAZ"}
    html = client.get("/entities/organization").text
    assert 'href="/entities/organization/BELAZ"' in html


def test_region_page_data(client):
    data = client.get("/api/entities/place/RU-BA").json()
    assert (data["name"], data["documents"], data["subtype"]) == ("Republik Baschkortostan", 3, "region")
    assert data["timeline"]["months"] == [
        {"month": "2024-03", "documents": 2}, {"month": "2024-04", "documents": 0},
        {"month": "2024-05", "documents": 0}, {"month": "2024-06", "documents": 1},
    ]
    related = {r["key"]: r for r in data["related"]}
    assert related["Alexander Lukaschenko"]["sentences"] >= 2
    assert related["RU-TA"]["documents"] == 1
    (figure,) = data["figures"]  # one figure, reported by two sources
    assert (figure["amount"], figure["metric"], figure["year"], figure["partners"]) == (320e6, "turnover", 2023, ["BY", "RU-BA"])
    assert len(figure["sources"]) in (1, 2)
    assert len(data["latest_documents"]) == 3


def test_person_page_with_spaces_in_key_and_quotes(client):
    data = client.get("/api/entities/person/Wladislaw%20Schapscha").json()
    assert data["quotes"][0]["text"].startswith("Unsere Regionen ergänzen sich")
    assert data["quotes"][0]["source_count"] == len(data["quotes"][0]["sources"]) >= 1
    html = client.get("/entities/person/Wladislaw%20Schapscha").text
    assert "Unsere Regionen ergänzen sich" in html and 'data-chart="timeline-data"' in html


def test_entity_documents_and_figures_csv(client):
    docs = client.get("/api/entities/place/RU-KLU/documents").json()
    assert docs["total"] == 1 and docs["rows"][0]["mentions"] == 3
    rows = list(csv.DictReader(io.StringIO(client.get("/api/entities/place/RU-KLU/figures.csv").text)))
    assert rows[0]["amount"] == "500000000.0" and rows[0]["kind"] == "target"
    rows = list(csv.DictReader(io.StringIO(client.get("/api/entities/place/RU-KLU/documents.csv").text)))
    assert len(rows) == 1


def test_unknown_entity(client):
    assert client.get("/api/entities/place/XX-NOPE").status_code == 404
    assert client.get("/api/entities/place/XX-NOPE").json() == {"detail": "place 'XX-NOPE' not found"}
    page = client.get("/entities/person/Niemand")
    assert page.status_code == 404 and "Person „Niemand“ kommt im Register nicht vor." in page.text


def test_figures_csv_names_its_sources_and_its_file(client):
    response = client.get("/api/entities/place/RU-BA/figures.csv")
    assert response.headers["content-disposition"] == 'attachment; filename="entities-place-RU-BA-figures.csv"'
    (row,) = list(csv.DictReader(io.StringIO(response.text)))
    assert row["partners"] == "BY; RU-BA"
    assert "{" not in row["sources"] and "BelTA" in row["sources"]
    assert all(part.strip().isdigit() for part in row["document_ids"].split(";"))
    assert client.get("/api/search.csv").headers["content-disposition"].endswith('filename="search.csv"')
    assert client.get("/api/entities/place/RU-BA/figures").json()["figures"] == client.get("/api/entities/place/RU-BA").json()["figures"]


def test_place_list_by_subtype(client):
    data = client.get("/api/entities/place", params={"subtype": "country"}).json()
    assert data["rows"] and all(r["subtype"] == "country" for r in data["rows"])
    assert {t["key"] for t in data["subtypes"]} >= {"country", "region"}
    html = client.get("/entities/place", params={"subtype": "country"}).text
    assert '<span class="tag selected">Land' in html and 'href="/entities/place?subtype=region"' in html


def test_page_errors_speak_german(client):
    html = client.get("/search", params={"per_page": 1000}).text
    assert "per_page: höchstens 100" in html
    assert "kind: erlaubt sind &#39;place&#39;, &#39;person&#39;, &#39;organization&#39;" in client.get("/entities/planet").text


# -- overview -----------------------------------------------------------------------------


def test_overview(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["documents"] == 6 and data["counts"]["figures"] == 4
    months = data["documents_per_month"]
    assert months[0] == {"month": "2022-09", "documents": 1} and months[-1] == {"month": "2024-06", "documents": 2}
    assert data["top_regions"][0]["key"] == "RU-BA"
    assert data["top_sectors"][0] == {"key": "machinery", "documents": 5}
    pairs = {(e["source"]["key"], e["target"]["key"]) for e in data["cooperation"]}
    assert ("BY-MA", "RU-KLU") in pairs or ("RU-KLU", "BY-MA") in pairs
    assert any({e["source"]["key"], e["target"]["key"]} == {"Gomselmash", "KZ-39"} for e in data["cooperation"])
    assert all(e["source"]["kind"] == e["target"]["kind"] == "place" for e in data["map_links"])


def test_overview_page_embeds_chart_data_safely(client):
    html = client.get("/overview").text
    for chart in ("per-month", "map", "top-regions", "top-sectors", "network"):
        assert f'data-chart="{chart}-data"' in html
    assert '<script src="/static/vendor/plotly.min.js"></script>' in html
    assert '"type": "scattergeo"' in html or '"type":"scattergeo"' in html


# -- API description, headers, static files ---------------------------------------------------


def test_api_index_lists_every_endpoint(client):
    data = client.get("/api/").json()
    paths = {(e["method"], e["path"]) for e in data["endpoints"]}
    for expected in [("GET", "/api/search"), ("GET", "/api/search.csv"), ("GET", "/api/documents/{doc_id}"),
                     ("POST", "/api/documents"), ("GET", "/api/entities/{kind}"), ("GET", "/api/entities/{kind}/{key}"),
                     ("GET", "/api/overview")]:
        assert expected in paths
    assert not any(path.startswith(("/search", "/documents", "/overview")) for _, path in paths)
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/api/search" in spec["paths"]


def test_docs_page_is_offline(client):
    html = client.get("/docs").text
    assert "/api/search" in html and "swagger" not in html.lower()
    assert client.get("/redoc").status_code == 404


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            if a.get("src"):
                self.urls.append(a["src"])
            elif a.get("type") != "application/json":
                self.inline_scripts += 1
        if tag == "link" and a.get("href"):
            self.urls.append(a["href"])
        if tag in ("img", "iframe") and a.get("src"):
            self.urls.append(a["src"])


@pytest.mark.parametrize("path", ["/", "/search?q=Gebiet", "/documents/1", "/entities/place", "/entities/place/RU-BA",
                                  "/overview", "/docs", "/upload", "/documents/424242"])
def test_pages_load_nothing_from_elsewhere_and_send_csp(client, path):
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "script-src 'self'" in CSP and "unsafe-inline" not in CSP.split("script-src")[1].split(";")[0]
    parser = _Assets()
    parser.feed(response.text)
    assert parser.inline_scripts == 0
    assert parser.urls and all(u.startswith("/") and not u.startswith("//") for u in parser.urls), parser.urls
    assert response.headers["x-content-type-options"] == "nosniff"


def test_json_and_static_responses_carry_the_headers(client):
    for path in ("/api/search", "/static/style.css", "/static/vendor/plotly.min.js", "/static/topojson/world_110m.json"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"] == CSP


def test_plotly_comes_from_the_installed_package(client):
    import plotly

    from regiomonitor.web.app import PLOTLY_JS

    assert PLOTLY_JS.is_relative_to(__import__("pathlib").Path(plotly.__file__).parent)
    response = client.get("/static/vendor/plotly.min.js", headers={"accept-encoding": "gzip"})
    assert response.content == PLOTLY_JS.read_bytes()
    assert response.headers.get("content-encoding") == "gzip"


def test_region_centroids_cover_every_first_level_region():
    import json

    import pycountry

    from regiomonitor.web.charts import STATIC

    centroids = json.loads((STATIC / "region_centroids.json").read_text(encoding="utf-8"))
    for country in ("BY", "RU", "KZ"):
        for sub in pycountry.subdivisions.get(country_code=country):
            c = centroids[sub.code]
            assert -90 <= c["lat"] <= 90 and -180 <= c["lon"] <= 180 and c["name"]
    # Kaluga lies south-west of Moscow, Kostanai in the north of Kazakhstan
    assert centroids["RU-KLU"]["lat"] < centroids["RU-MOW"]["lat"] and centroids["RU-KLU"]["lon"] < centroids["RU-MOW"]["lon"]
    assert centroids["KZ-39"]["lat"] > centroids["KZ-71"]["lat"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "'); DROP TABLE documents;--"},
        {"q": 'Traktor" OR "x'},
        {"q": "NEAR(Traktor Ufa) body:* ^Traktor"},
        {"q": "Traktor' OR 1=1 --"},
        {"place": "RU-BA' OR '1'='1"},
        {"outlet": "BelTA\" OR 1=1 --"},
        {"organization": "%"},
    ],
)
def test_hostile_search_input_is_only_ever_a_value(client, params):
    """SQL and FTS syntax in the query or a filter is text to look for, never syntax."""
    before = client.get("/api/search").json()["total"]
    response = client.get("/api/search", params=params)
    assert response.status_code == 200
    if "q" not in params:
        assert response.json()["total"] == 0  # no place, outlet or organization has that key
    assert client.get("/api/search").json()["total"] == before
    assert client.get("/api/entities/place", params={"q": "%"}).json()["total"] == 0  # LIKE wildcards are escaped
