"""read_url / read_feed against a local http.server on 127.0.0.1 (never the internet)."""
from __future__ import annotations

from datetime import date

import httpx
import pytest

from regiomonitor.errors import InputError
from regiomonitor.ingest.reader import read_feed
from regiomonitor.ingest.limits import USER_AGENT
from regiomonitor.ingest.reader import read_url

ARTICLE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>{title}</h1>
<p>{place}, {day}. Mai (BelTA) – Die Gebiete {a} und {b} haben eine engere Zusammenarbeit in der
Landwirtschaft und im Maschinenbau vereinbart. Das teilte die Gebietsverwaltung am Dienstag mit.</p>
<p>Geplant sind gemeinsame Ausstellungen, ein Austausch von Fachleuten und neue Lieferverträge für
Landmaschinen. Beide Seiten wollen den Handel in den nächsten drei Jahren deutlich steigern.</p>
</article><div id="comments"><h3>Kommentare</h3><p>Ein Leser meint, das sei längst überfällig gewesen.</p></div>
</body></html>"""


def _article(title, place, day, a, b):
    return ARTICLE.format(title=title, place=place, day=day, a=a, b=b)


@pytest.fixture
def client():
    # trust_env=False: a proxy configured in the environment must not see 127.0.0.1 traffic
    with httpx.Client(trust_env=False, timeout=5, follow_redirects=True) as c:
        yield c


def test_html_page(local_site, client):
    url = local_site.add("/2025/05/06/grodno-kaluga.html",
                         _article("Grodno und Kaluga vereinbaren Zusammenarbeit", "GRODNO", 6, "Grodno", "Kaluga"))
    docs = read_url(url, client=client)
    assert len(docs) == 1
    doc = docs[0]
    assert doc.url == url
    assert doc.title == "Grodno und Kaluga vereinbaren Zusammenarbeit"
    assert doc.outlet == "127.0.0.1"
    assert doc.date == date(2025, 5, 6)  # the dateline, its year from the URL
    assert "GRODNO, 6. Mai (BelTA)" in doc.text
    assert "Startseite" not in doc.text and "überfällig" not in doc.text
    assert doc.language == "de"
    assert local_site.requests[-1]["user_agent"] == USER_AGENT


def test_own_client_is_created_when_none_is_given(local_site, monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    url = local_site.add("/meldung", _article("Brest und Tula verlängern Partnerschaft", "BREST", 2, "Brest", "Tula"))
    assert read_url(url)[0].title == "Brest und Tula verlängern Partnerschaft"


def test_rss_feed_yields_one_document_per_entry(local_site, client):
    first = local_site.add("/a.html", _article("Mogiljow und Smolensk bauen Straße", "MOGILJOW", 3, "Mogiljow", "Smolensk"))
    second = local_site.add("/b.html", _article("Witebsk und Pskow öffnen Grenzübergang", "WITEBSK", 4, "Witebsk", "Pskow"))
    missing = local_site.base + "/fehlt.html"
    rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Regionen</title><link>{local_site.base}/</link><description>Meldungen</description>
<item><title>Mogiljow und Smolensk bauen Straße</title><link>{first}</link><pubDate>Sat, 03 May 2025 08:00:00 GMT</pubDate></item>
<item><title>Witebsk und Pskow öffnen Grenzübergang</title><link>{second}</link><pubDate>Sun, 04 May 2025 08:00:00 GMT</pubDate></item>
<item><title>Gomel liefert Mähdrescher</title><link>{missing}</link><pubDate>Mon, 05 May 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Das Werk in Gomel hat zwanzig Mähdrescher an einen Betrieb im Gebiet Brjansk geliefert, weitere sollen im Herbst folgen.&lt;/p&gt;</description></item>
</channel></rss>"""
    feed_url = local_site.add("/feed.xml", rss, content_type="application/rss+xml; charset=utf-8")
    docs = read_url(feed_url, client=client)
    assert [d.title for d in docs] == ["Mogiljow und Smolensk bauen Straße", "Witebsk und Pskow öffnen Grenzübergang",
                                       "Gomel liefert Mähdrescher"]
    assert docs[0].url == first and "MOGILJOW, 3. Mai (BelTA)" in docs[0].text
    assert docs[1].date == date(2025, 5, 4)  # from the feed entry (the page has no year)
    # the entry whose page is gone falls back to the feed's own summary
    assert "zwanzig Mähdrescher" in docs[2].text
    assert any("404" in w for w in docs[2].warnings)
    assert [d.title for d in read_feed(feed_url, client=client)] == [d.title for d in docs]


def test_atom_feed_recognised_by_its_content(local_site, client):
    page = local_site.add("/c.html", _article("Kasan und Minsk planen Messe", "KASAN", 5, "Kasan", "Minsk"))
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Regionen</title><id>urn:regionen</id><updated>2025-05-05T10:00:00Z</updated>
<entry><title>Kasan und Minsk planen Messe</title><id>urn:c</id><link href="{page}"/><updated>2025-05-05T10:00:00Z</updated></entry>
</feed>"""
    feed_url = local_site.add("/atom", atom, content_type="application/xml")
    docs = read_url(feed_url, client=client)
    assert len(docs) == 1 and docs[0].date == date(2025, 5, 5)


def test_pdf_and_plain_text_responses(local_site, client, make_pdf):
    pdf = make_pdf([["Die Gebiete Brest und Smolensk vereinbaren einen Austausch von Studierenden",
                     "und Lehrkräften, der im Herbst beginnen soll."]])
    pdf_url = local_site.add("/bericht.pdf", pdf, content_type="application/pdf")
    assert "Austausch von Studierenden und Lehrkräften" in read_url(pdf_url, client=client)[0].text
    text_url = local_site.add("/notiz.txt", "Die Gebiete Brest und Smolensk vereinbaren einen Austausch.".encode("cp1252"),
                              content_type="text/plain; charset=windows-1252")
    assert read_url(text_url, client=client)[0].text == "Die Gebiete Brest und Smolensk vereinbaren einen Austausch."


def test_errors_become_input_errors(local_site, client):
    with pytest.raises(InputError) as excinfo:
        read_url(local_site.base + "/gibt-es-nicht", client=client)
    assert "404" in excinfo.value.reason and excinfo.value.location.endswith("/gibt-es-nicht")
    big = local_site.add("/gross.html", "<p>" + "Zusammenarbeit " * 2000 + "</p>")
    from regiomonitor.ingest.fetch import read_url as fetch_read_url

    with pytest.raises(InputError) as excinfo:
        fetch_read_url(big, client=client, max_bytes=1000)
    assert "too large" in excinfo.value.reason
    empty_feed = local_site.add("/leer.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                                content_type="application/rss+xml")
    with pytest.raises(InputError) as excinfo:
        read_url(empty_feed, client=client)
    assert "no entries" in excinfo.value.reason
    image = local_site.add("/bild.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    with pytest.raises(InputError) as excinfo:
        read_url(image, client=client)
    assert "unsupported content type" in excinfo.value.reason
    with pytest.raises(InputError) as excinfo:
        read_url("http://127.0.0.1:9/", client=client)  # nothing listens on the discard port
    assert "cannot fetch" in excinfo.value.reason
