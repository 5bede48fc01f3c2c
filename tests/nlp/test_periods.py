import pytest

from regiomonitor.nlp.periods import find_times


def refs(text, doc_year=None):
    return [(r.year, r.period) for r in find_times(text, 0, len(text), doc_year)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("im Zeitraum Januar-September 2020", [(2020, "2020-01..2020-09")]),
        ("im Januar und Februar 2021", [(2021, "2021-01..2021-02")]),
        ("in 10 Monaten des Jahres 2020", [(2020, "2020-01..2020-10")]),
        ("in den ersten neun Monaten 2023", [(2023, "2023-01..2023-09")]),
        ("am Ende des ersten Quartals 2021", [(2021, "2021-01..2021-03")]),
        ("in der ersten Jahreshälfte 2020", [(2020, "2020-01..2020-06")]),
        ("für den Zeitraum von 2021 bis 2022", [(None, "2021..2022")]),
        ("in den Jahren 2016-2019", [(None, "2016..2019")]),
    ],
)
def test_periods(text, expected):
    assert refs(text) == expected


def test_comparison_years_are_skipped():
    assert refs("Bereits 2013 stieg der Umsatz im Vergleich zu 2012 um die Hälfte") == [(2013, None)]
    assert refs("gegenüber 2019 gesunken") == []


def test_relative_years_use_the_document_date():
    assert refs("in diesem Jahr", 2025) == [(2025, None)]
    assert refs("im vergangenen Jahr", 2025) == [(2024, None)]
    assert refs("in diesem Jahr", None) == []


def test_month_range_without_year_takes_nearest_year():
    assert refs("2021 lag der Umsatz im Januar–März bei") == [(2021, None), (2021, "2021-01..2021-03")]


def test_old_spelling_with_long_s_reads_like_the_modern_one():
    from regiomonitor.nlp.periods import find_times

    text = "im erſten Quartal 2021 stieg der Umsatz"
    assert [t.period for t in find_times(text, 0, len(text), 2021)] == ["2021-01..2021-03"]


def test_month_range_with_long_s_is_read_as_its_months():
    # `re.IGNORECASE` matches `ſ` as `s`: the month table must be looked up the same way
    assert refs("Von Auguſt bis ſeptember 2021 stiegen die Exporte") == [(2021, "2021-08..2021-09")]


def test_a_year_told_from_the_year_named_before():
    text = "Beim Forum 2023 wurden Verträge unterzeichnet. Ein Jahr später kamen neue hinzu, im Jahr davor weniger."
    years = [r.year for r in find_times(text, 0, len(text), doc_year=2025)]
    assert years == [2023, 2024, 2022]
    lone = "Ein Jahr später kamen neue hinzu."
    assert find_times(lone, 0, len(lone), doc_year=2025) == []  # no year named before: no year
