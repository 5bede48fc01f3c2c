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


def test_a_wire_dateline_without_a_date_names_its_agency_but_a_country_in_brackets_does_not():
    assert find_outlet("Grodno (dpa) - Auf dem Forum der Regionen wurden Verträge unterzeichnet.") == "dpa"
    assert find_outlet("Wien (APA/dpa) – Die Wirtschaftskammer meldet mehr Exporte nach Kasachstan.") == "APA/dpa"
    assert find_outlet("Minsk (Belarus) – Die Gebietsexekutivkomitees vereinbarten einen Plan.") is None
    assert find_outlet("Gomel (dpa)") is None  # no sentence follows: a heading, no dateline
