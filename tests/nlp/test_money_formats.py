import pytest

from regiomonitor.nlp.figures import find_amounts


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("die $320 Mio. Grenze", 320e6, "USD"),
        ("die $320-Mio. Grenze zu knacken", 320e6, "USD"),
        ("320 Mio. USD", 320e6, "USD"),
        ("von RUR1,5 Mrd. auf", 1.5e9, "RUB"),
        ("mit 16,67 Mio. $ an", 16.67e6, "USD"),
        ("6,7 Milliarden russische Rubel", 6.7e9, "RUB"),
        ("12 Mrd. Rubel", 12e9, "RUB"),
        ("3 Mio. Br", 3e6, "BYN"),
        ("45 Mrd. Tenge", 45e9, "KZT"),
        ("eine Milliarde US-Dollar", 1e9, "USD"),
        ("eine halbe Milliarde Dollar", 0.5e9, "USD"),
        ("zwei Millionen Euro", 2e6, "EUR"),
        ("annähernd 14 Mio. USD", 14e6, "USD"),
        ("275 Tausend Dollar", 275e3, "USD"),
        ("1.500 Dollar", 1500, "USD"),
        ("2,287 Milliarden Dollar", 2.287e9, "USD"),
        ("30 Mio. belarussische Rubel", 30e6, "BYN"),
        ("zweieinhalb Millionen Dollar", 2.5e6, "USD"),
        ("dreieinhalb Milliarden russischen Rubel", 3.5e9, "RUB"),
        ("auf 96 Mrd. Sum veranschlagt", 96e9, "UZS"),
        ("Waren für 12 Mrd. Tugrik", 12e9, "MNT"),
        ("ein Auftrag über 40 Mio. Manat", 40e6, "AZN"),
        ("ein Auftrag über 48 Mio. Fr. für Förderanlagen", 48e6, "CHF"),
        ("eine Deckung über CHF 40 Mio. zugesagt", 40e6, "CHF"),
        ("rund 620 Mio. Franken bis 2029", 620e6, "CHF"),
        ("zwei Wohnhäuser für 1,14 Mrd. ₽ errichtet", 1.14e9, "RUB"),
        ("stellt 42 Mio. turkmenische Manat bereit", 42e6, "TMT"),
    ],
)
def test_formats(text, amount, currency):
    found = find_amounts(text)
    assert len(found) == 1, found
    assert found[0].amount == pytest.approx(amount)
    assert found[0].currency == currency


def test_shared_scale_and_currency():
    found = find_amounts("Kosten von 1,65 bzw. 2,40 Milliarden Rubel sind vorgesehen")
    assert [(a.amount, a.currency) for a in found] == [(pytest.approx(1.65e9), "RUB"), (pytest.approx(2.4e9), "RUB")]


def test_a_range_with_a_dash_gives_both_ends():
    found = find_amounts("ein Volumen von 10–15 Mrd. Rubel und 3-4 Mio. Dollar")
    assert [(a.amount, a.currency) for a in found] == [
        (pytest.approx(10e9), "RUB"), (pytest.approx(15e9), "RUB"), (pytest.approx(3e6), "USD"), (pytest.approx(4e6), "USD")]
    # a span of years before an amount is no range of money
    assert [a.amount for a in find_amounts("in den Jahren 2023-2024 12 Mio. Euro")] == [pytest.approx(12e6)]


def test_a_range_of_plain_thousands_and_currency_signs_of_the_region():
    found = find_amounts("kostet zwischen 5.800 und 6.400 Euro; ₮ 12,6 Mrd., 500 Mio. ₸ und ₾ 48 Mio.")
    assert [(a.amount, a.currency) for a in found] == [
        (pytest.approx(5800), "EUR"), (pytest.approx(6400), "EUR"), (pytest.approx(12.6e9), "MNT"),
        (pytest.approx(500e6), "KZT"), (pytest.approx(48e6), "GEL")]
    # the two ends of a range are of one magnitude: `3 und 57,5 Millionen` shares nothing
    assert [a.amount for a in find_amounts("Gruppe 3 und 57,5 Millionen Dollar")] == [pytest.approx(57.5e6)]


def test_a_bare_amount_before_a_year_goes_on_in_the_currency_before_it():
    found = find_amounts("erreichte 176 Millionen Dollar, nach 118 Millionen im Jahr 2021 und 97 Millionen 2020.")
    assert [(a.amount, a.currency) for a in found] == [
        (pytest.approx(176e6), "USD"), (pytest.approx(118e6), "USD"), (pytest.approx(97e6), "USD")]


def test_a_word_that_starts_like_a_currency_is_none():
    assert find_amounts("Die Summe von 5 Mio. USD und 3 Dramen") == find_amounts("Die Summe von 5 Mio. USD")


def test_numbers_without_currency_are_not_money():
    assert find_amounts("20 bis 60 Trolleybusse im Jahr 2020 und 300 Stück") == []
    assert find_amounts("Im Jahr 2020 und 57,5 Millionen Dollar")[0].amount == pytest.approx(57.5e6)
    assert len(find_amounts("Im Jahr 2020 und 57,5 Millionen Dollar")) == 1


def test_yuan_written_rmb_or_yen_sign_before_the_number():
    from regiomonitor.nlp.document import Document
    from regiomonitor.nlp.pipeline import process

    doc = process(Document(text="Der Konzern investiert RMB 860 Mio. und weitere ¥ 18,5 Mio. in ein Werk bei Minsk."))
    assert [(f.amount, f.currency) for f in doc.figures] == [(860e6, "CNY"), (18.5e6, "CNY")]


def test_a_footnote_number_glued_to_the_currency_and_a_year_before_a_currency_code():
    assert [(a.amount, a.currency) for a in find_amounts("der Import - auf 38,3 Mio. USD43 . Einen Beitrag")] == [
        (pytest.approx(38.3e6), "USD")]
    assert [(a.amount, a.currency) for a in find_amounts("der im Jahr 2023 USD 1,02 Mrd. betrug")] == [
        (pytest.approx(1.02e9), "USD")]
    # a year-word before an amount that is no year changes nothing
    assert [(a.amount, a.currency) for a in find_amounts("im Vorjahr 96,5 Mrd. Tenge")] == [(pytest.approx(96.5e9), "KZT")]


def test_manat_is_turkmen_where_the_text_speaks_of_turkmenistan():
    from regiomonitor.nlp.document import Document
    from regiomonitor.nlp.pipeline import process

    doc = process(Document(text="Der Welajat Mary in Turkmenistan stellt 52 Mio. Manat bereit. Turkmenistan baut Straßen."))
    assert [(f.amount, f.currency) for f in doc.figures] == [(52e6, "TMT")]
    doc = process(Document(text="Aserbaidschan zahlt 40 Mio. Manat für die Brücke."))
    assert [f.currency for f in doc.figures] == ["AZN"]


def test_dollar_usa_is_a_currency():
    assert [(a.amount, a.currency) for a in find_amounts("der Umsatz lag bei 48,3 Mio. Dollar USA")] == [(pytest.approx(48.3e6), "USD")]


@pytest.mark.parametrize("text, amount, currency", [
    ("erreichte 38 512,7 Tsd. US-Dollar", 38_512_700, "USD"),
    ("im Jahr 2013 143 582,6 Tsd. US-Dollar", 143_582_600, "USD"),
    ("für 1 250 000 Euro", 1_250_000, "EUR"),
    ("für 1\u00a0250\u00a0000 Euro", 1_250_000, "EUR"),
    ("kostet CHF 12'500", 12_500, "CHF"),
])
def test_thousands_separated_by_spaces_or_an_apostrophe(text, amount, currency):
    (a,) = find_amounts(text)
    assert (round(a.amount), a.currency) == (amount, currency)


def test_an_exchange_rate_quote_is_no_amount():
    assert find_amounts("SMI 12'480 ▲ 0,4 %   EUR/CHF 0,93   USD/CHF 0,80") == []


def test_an_amount_without_currency_goes_on_from_the_one_before_it_but_not_before_a_noun():
    got = [(round(a.amount), a.currency) for a in find_amounts(
        "Exporte für 38,7 Mio. US-Dollar, davon 2,4 Mio. in die Region Chabarowsk. Der größte Vertrag – 7,2 Millionen. "
        "Es wurden 3 Mio. Tonnen Getreide geerntet.")]
    assert got == [(38_700_000, "USD"), (2_400_000, "USD"), (7_200_000, "USD")]
    assert find_amounts("Die Stadt hat 2,4 Mio. in die Schulen gesteckt.") == []  # no amount with a currency before


def test_iso_codes_before_the_number():
    got = [(round(a.amount), a.currency) for a in find_amounts("KGS 40 Mio., TJS 5 Mio. und GEL 3 Mio.")]
    assert got == [(40_000_000, "KGS"), (5_000_000, "TJS"), (3_000_000, "GEL")]


def test_a_quarter_billion_and_a_bare_amount_in_words():
    got = [(round(a.amount), a.currency) for a in find_amounts(
        "Unser Ziel ist eine Viertelmilliarde Dollar. Wir haben 37,6 Millionen Dollar erreicht; bis 2026 müssen wir "
        "die Marke von hundert Millionen überschreiten.")]
    assert got == [(250_000_000, "USD"), (37_600_000, "USD"), (100_000_000, "USD")]
