"""Full-text search with German word forms, facets and filters, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from regiomonitor.store.schema import Document
from regiomonitor.store.search import search


@pytest.fixture
def corpus(store, make_document):
    """Five short reports written for these tests; returns {name: document id}."""
    texts = {
        "tractors": (
            "Das Minsker Traktorenwerk liefert 200 Traktoren nach Baschkortostan. "
            "Gouverneur Radij Chabirow lobte die Qualität der Maschinen.",
            dict(places=[("Baschkortostan", "RU-BA")], persons=[("Radij Chabirow", "Radij Chabirow")],
                 organizations=[("Minsker Traktorenwerk", "MTZ")], sectors={"machinery": 0.9},
                 outlet="BelTA", published=date(2023, 5, 2)),
        ),
        "bashkir_culture": (
            "Die Tage der Kultur Baschkortostans beginnen in Minsk mit einem Konzert. "
            "Ensembles aus Ufa zeigen Volkstänze.",
            dict(places=[("Baschkortostans", "RU-BA")], sectors={"culture_tourism": 0.8},
                 outlet="BelTA", published=date(2024, 6, 1)),
        ),
        "kaluga_buses": (
            "Im Gebiet Kaluga fahren jetzt Busse von MAZ aus Belarus. Der Traktor war nicht Thema des Treffens.",
            dict(places=[("Gebiet Kaluga", "RU-KLU"), ("Belarus", "BY", "country")],
                 organizations=[("MAZ", "MAZ")], sectors={"machinery": 0.6, "transport_logistics": 0.7},
                 outlet="Sojus", published=date(2024, 2, 10)),
        ),
        "universities": (
            "Die Universität Grodno und eine Hochschule in Omsk vereinbarten einen Austausch von Studierenden.",
            dict(places=[("Omsk", "RU-OMS")], sectors={"education": 0.9}, outlet="Sojus"),
        ),
        "unsafe": (
            "Ein Leser schrieb <script>alert('x')</script> & <b>fett</b> unter die Meldung über Traktoren.",
            dict(outlet="Forum", published=date(2022, 1, 1)),
        ),
    }
    return {
        name: store.save(make_document(text, f"/corpus/{name}.txt", title=name, **options)).document_id
        for name, (text, options) in texts.items()
    }


def ids(result) -> set[int]:
    return {hit["document_id"] for hit in result["hits"]}


def test_a_word_finds_its_inflected_forms(store, corpus):
    tractor = search(store, "Traktor", {})
    assert ids(tractor) == {corpus["tractors"], corpus["kaluga_buses"], corpus["unsafe"]}
    assert ids(search(store, "traktoren", {})) == ids(tractor)
    assert ids(search(store, "Baschkortostan", {})) == {corpus["tractors"], corpus["bashkir_culture"]}
    assert ids(search(store, "baschkortostans", {})) == {corpus["tractors"], corpus["bashkir_culture"]}
    assert ids(search(store, "Traktoren Baschkortostan", {})) == {corpus["tractors"]}
    assert search(store, "Elefanten", {})["total"] == 0


def test_hits_carry_escaped_snippets_with_marks(store, corpus):
    result = search(store, "Traktor", {})
    hits = {hit["document_id"]: hit for hit in result["hits"]}
    tractors = hits[corpus["tractors"]]
    assert "<mark>Traktoren</mark> nach Baschkortostan" in tractors["snippet"]
    assert (tractors["title"], tractors["published"], tractors["outlet"]) == ("tractors", "2023-05-02", "BelTA")
    unsafe = hits[corpus["unsafe"]]["snippet"]
    assert "<script>" not in unsafe and "<b>" not in unsafe
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;fett&lt;/b&gt;" in unsafe
    assert unsafe.endswith("<mark>Traktoren</mark>.")


def test_facets_count_the_matching_documents(store, corpus):
    facets = search(store, "Traktor", {})["facets"]
    assert list(facets) == ["place", "sector", "person", "organization", "outlet", "year"]
    assert {f["key"]: f["count"] for f in facets["place"]} == {"RU-BA": 1, "RU-KLU": 1, "BY": 1}
    assert {f["key"]: f["count"] for f in facets["sector"]} == {"machinery": 2, "transport_logistics": 1}
    assert facets["person"] == [{"key": "Radij Chabirow", "name": "Radij Chabirow", "count": 1}]
    assert {f["key"] for f in facets["organization"]} == {"MTZ", "MAZ"}
    assert {f["key"]: f["count"] for f in facets["outlet"]} == {"BelTA": 1, "Sojus": 1, "Forum": 1}
    assert facets["year"] == [
        {"key": "2024", "name": "2024", "count": 1},
        {"key": "2023", "name": "2023", "count": 1},
        {"key": "2022", "name": "2022", "count": 1},
    ]


def test_filters_narrow_the_results(store, corpus):
    assert ids(search(store, "", {"place": "RU-BA"})) == {corpus["tractors"], corpus["bashkir_culture"]}
    assert ids(search(store, "Traktor", {"place": "RU-BA"})) == {corpus["tractors"]}
    assert ids(search(store, "", {"sector": "machinery", "outlet": "Sojus"})) == {corpus["kaluga_buses"]}
    assert ids(search(store, "", {"year": "2024"})) == {corpus["bashkir_culture"], corpus["kaluga_buses"]}
    assert ids(search(store, "", {"year": [2022, 2023]})) == {corpus["unsafe"], corpus["tractors"]}
    assert ids(search(store, "", {"person": "Radij Chabirow"})) == {corpus["tractors"]}
    assert ids(search(store, "", {"organization": ["MAZ", "MTZ"]})) == {corpus["tractors"], corpus["kaluga_buses"]}
    assert ids(search(store, "", {"place": None, "outlet": ""})) == set(corpus.values())
    with pytest.raises(ValueError):
        search(store, "", {"color": "red"})
    with pytest.raises(ValueError):
        search(store, "", {"year": "letztes Jahr"})


def test_an_empty_query_lists_everything_newest_first_in_bounded_pages(store, corpus):
    everything = search(store, "", {}, per_page=1000)
    assert everything["total"] == 5 and everything["per_page"] == 100
    assert [hit["title"] for hit in everything["hits"]] == ["bashkir_culture", "kaluga_buses", "tractors", "unsafe", "universities"]
    second = search(store, None, {}, page=2, per_page=2)
    assert (second["page"], second["per_page"], second["total"]) == (2, 2, 5)
    assert [hit["title"] for hit in second["hits"]] == ["tractors", "unsafe"]
    assert search(store, "", {}, page=0, per_page=0)["per_page"] == 1


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE documents; --",
        "Traktor' OR '1'='1",
        '" OR 1=1 --',
        'Traktor" OR "x',
        "body:Traktor",
        "NEAR(Traktor Minsk)",
        "Traktor*",
        "Traktor AND",
        "^Traktor",
        "Traktor) | (x:*",
        "!!! ::: ---",
        "a'); DELETE FROM documents; --",
    ],
)
def test_hostile_queries_are_just_words(store, corpus, query):
    result = search(store, query, {"outlet": "x' OR '1'='1"})
    assert result["total"] == 0
    result = search(store, query, {})
    assert result["total"] <= 5
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 5
    if query in ("Traktor*", "^Traktor", "Traktor' OR '1'='1"[:7]):
        assert corpus["tractors"] in ids(result)
