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


def test_the_previous_year_is_the_one_before_the_year_the_sentence_named():
    # a 2025 item on 2024: `Vorjahr` is 2023, not the year before the item's
    assert refs("Die Exporte lagen 2024 bei 3,1 Mrd. Euro (Vorjahr: 2,9 Mrd. Euro).", 2025) == [(2024, None), (2023, None)]
    assert refs("Im Jahr 2024 erreichte der Umsatz 50 Mio. Dollar, im Vorjahr waren es 45 Mio. Dollar.") == [(2024, None), (2023, None)]
    assert refs("Im Vorjahr waren es 45 Mio. Dollar.", 2025) == [(2024, None)]
    assert refs("Im ersten Halbjahr 2024 lag er bei 20 Mio. Euro, nach 18 Mio. Euro im Vorjahreszeitraum.") == [
        (2024, "2024-01..2024-06"), (2023, "2023-01..2023-06")]


@pytest.mark.parametrize("text, expected", [
    ("Im Q1 2024 waren es", [(2024, "2024-01..2024-03")]),
    ("Umsatz Q3/2024:", [(2024, "2024-07..2024-09")]),
    ("im H1 2025 stiegen", [(2025, "2025-01..2025-06")]),
    ("die Hochspannungsleitung q1 2024", [(2024, None)]),  # lower case is no quarter
])
def test_quarters_and_halves_in_short_form(text, expected):
    assert refs(text) == expected


def test_the_months_a_figure_is_compared_with_are_no_date_of_it():
    assert refs("In fünf Monaten 2021 stiegen die Exporte (132,5 % gegenüber Januar–Mai 2020).") == [(2021, "2021-01..2021-05")]


def test_the_same_year_as_the_one_named_before():
    assert refs("Im Jahr 2024 stieg der Umsatz. Über den Hafen wurden im selben Jahr Waren abgewickelt.") == [(2024, None), (2024, None)]
