"""The outlet of a document: the site of its URL, else the agency of its dateline."""
from regiomonitor.ingest.outlet import find_outlet, outlet_from_url


def test_site_of_a_web_address():
    assert outlet_from_url("https://www.belta.by/regions/view/x-2024/") == "belta.by"
    assert outlet_from_url("deu.belta.by/economics") == "deu.belta.by"


def test_addresses_without_a_site_name_no_outlet():
    for url in ("javascript:alert(8)", "mailto:redaktion@example.org", "file:///etc/passwd", ""):
        assert outlet_from_url(url) is None


def test_dateline_agency_when_there_is_no_url():
    assert find_outlet("MINSK, 7. Februar (BelTA) - Die Gebiete vereinbarten einen Plan.") == "BelTA"
