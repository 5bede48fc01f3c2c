"""The HTML builders: highlighted text, snippets, links, CSV cells, the network layout."""
from __future__ import annotations

from regiomonitor.web.highlight import highlight, linkify, safe_snippet
from regiomonitor.web.layout import spring_layout
from regiomonitor.web.pages import to_csv


def test_spans_become_links_and_text_is_escaped():
    text = "Gebiet <Brest> & Minsk"
    html = highlight(text, [{"start": 0, "end": 14, "kind": "place", "key": "BY-BR", "title": "Gebiet Brest"},
                            {"start": 17, "end": 22, "kind": "place", "key": "BY-HM"}])
    assert html == ('<a class="ent place" href="/entities/place/BY-BR" title="Gebiet Brest">Gebiet &lt;Brest&gt;</a>'
                    ' &amp; <a class="ent place" href="/entities/place/BY-HM">Minsk</a>')


def test_nesting_crossing_and_out_of_range_spans():
    text = "„Wir bauen Traktoren in Ufa“, sagte er."
    spans = [
        {"start": 0, "end": 28, "kind": "quote", "anchor": "fact-1"},
        {"start": 24, "end": 27, "kind": "place", "key": "RU-BA"},
        {"start": 26, "end": 30, "kind": "person", "key": "X"},  # crosses the place and the quote: dropped
        {"start": 24, "end": 27, "kind": "organization", "key": "Y"},  # same span, an entity in an entity: dropped
        {"start": 30, "end": 999, "kind": "figure"},  # clipped to the text
        {"start": 5, "end": 5, "kind": "place", "key": "Z"},  # empty: dropped
        {"start": 1, "end": 3, "kind": "unknown"},
    ]
    html = str(highlight(text, spans))
    assert html.startswith('<span class="quote" id="fact-1">„Wir bauen Traktoren in <a class="ent place" href="/entities/place/RU-BA">Ufa</a>“</span>')
    assert 'href="/entities/person/X"' not in html and "/Y" not in html and "/Z" not in html
    assert html.endswith('<span class="figure">sagte er.</span>')


def test_keys_are_quoted_in_urls_and_titles_escaped():
    html = highlight("Hans Müller", [{"start": 0, "end": 11, "kind": "person", "key": 'Hans "Müller"/x', "title": '<b>"'}])
    assert 'href="/entities/person/Hans%20%22M%C3%BCller%22%2Fx"' in html
    assert 'title="&lt;b&gt;&#34;"' in html


def test_safe_snippet_keeps_only_balanced_marks():
    assert safe_snippet("a <mark>b</mark> &lt;c&gt;") == "a <mark>b</mark> &lt;c&gt;"
    assert safe_snippet("<script>x</script><mark>y") == "&lt;script&gt;x&lt;/script&gt;<mark>y</mark>"
    assert safe_snippet("</mark>z") == "z"


def test_linkify_only_http_urls():
    html = str(linkify('URL: https://a.example/x?y=1&z=2. javascript:alert(1) <b>'))
    assert '<a href="https://a.example/x?y=1&amp;z=2" rel="noopener noreferrer nofollow" class="ext">' in html
    assert html.endswith(". javascript:alert(1) &lt;b&gt;")


def test_csv_defuses_formulas_and_joins_lists():
    text = to_csv([{"a": "=1+1", "b": ["x", "y"], "c": -3, "d": None}, {"a": "@SUM(A1)", "e": {"k": 1}}])
    lines = text.splitlines()
    assert lines[0] == "a,b,c,d,e"
    assert lines[1] == "'=1+1,x; y,-3,,"
    assert lines[2] == '\'@SUM(A1),,,,"{""k"": 1}"'


def test_spring_layout_is_deterministic_and_bounded():
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b", 3), ("b", "c", 1), ("c", "a", 1)]
    first = spring_layout(nodes, edges)
    assert first == spring_layout(nodes, edges)
    assert all(-1.0001 <= x <= 1.0001 and -1.0001 <= y <= 1.0001 for x, y in first.values())
    dist = lambda p, q: ((first[p][0] - first[q][0]) ** 2 + (first[p][1] - first[q][1]) ** 2) ** 0.5  # noqa: E731
    assert dist("a", "b") < dist("a", "d")  # linked nodes end up closer than an unlinked one
    assert spring_layout([], []) == {} and spring_layout(["x"], []) == {"x": (0.0, 0.0)}


def test_a_snippet_leaves_out_the_title_shown_above_it():
    title = "Kostanai baut Traktoren: ein <Werk> wächst"
    fragment = "Kostanai baut <mark>Traktoren</mark>: ein &lt;Werk&gt; wächst KOSTANAI, 5. Mai – Im <mark>Traktoren</mark>werk"
    assert safe_snippet(fragment, title) == "KOSTANAI, 5. Mai – Im <mark>Traktoren</mark>werk"
    # not at a word boundary, elsewhere in the snippet, or nothing but the title: unchanged
    assert safe_snippet("Kostanai bauten viel", "Kostanai bau") == "Kostanai bauten viel"
    assert safe_snippet("…und Kostanai baut", "Kostanai baut") == "…und Kostanai baut"
    assert safe_snippet("Kostanai baut", "Kostanai baut") == "Kostanai baut"
    # the hostile title is escaped text and the rest stays escaped
    assert safe_snippet("&lt;b&gt;x&lt;/b&gt; Rest &lt;i&gt;", "<b>x</b>") == "Rest &lt;i&gt;"


def test_long_month_axes_are_labelled_by_quarter_or_year():
    from regiomonitor.web.charts import monthly_bars
    from regiomonitor.web.queries import fill_months

    def axis(first: str, last: str) -> dict:
        return monthly_bars(fill_months([{"month": first, "documents": 1}, {"month": last, "documents": 2}]))["layout"]["xaxis"]

    assert "tickvals" not in axis("2023-01", "2023-12")  # every month named
    quarters = axis("2022-02", "2024-06")
    assert quarters["tickvals"][:2] == ["Apr. 2022", "Juli 2022"]
    years = axis("2019-09", "2026-02")
    assert years["ticktext"] == ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]
    assert years["tickvals"][:2] == ["Sep. 2019", "Jan. 2020"]
    assert axis("2019-11", "2026-02")["ticktext"][0] == "2020"  # November's label would crowd January's


def test_a_source_file_shows_by_its_name_and_a_web_source_as_link():
    from regiomonitor.web.app import format_location

    assert format_location("/srv/register/import/<img src=x onerror=alert(1)>.txt") == "&lt;img src=x onerror=alert(1)&gt;.txt"
    assert format_location("C:\\Daten\\brest.txt") == "brest.txt"
    assert format_location("upload:3f2a:brest.txt") == "upload:3f2a:brest.txt"
    assert format_location("https://example.org/a").startswith('<a href="https://example.org/a"')
    assert format_location("javascript:alert(1)") == "javascript:alert(1)"
