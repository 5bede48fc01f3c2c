from regiomonitor.nlp.sectors import select_sectors


def test_a_field_named_by_many_words_is_a_topic_even_with_a_small_share():
    scores = {"machinery": 60.0, "agriculture_food": 50.0, "light_industry": 9.0, "education": 9.0}
    hits = {"machinery": 20, "agriculture_food": 18, "light_industry": 6, "education": 2}
    kept = select_sectors(scores, hits, length=20_000)
    assert "light_industry" in kept  # six words, 7 % of the text's sector weight
    assert "education" not in kept  # the same weight from two words is a side remark


def test_a_short_text_needs_a_larger_share():
    scores, hits = {"machinery": 30.0, "health": 3.5}, {"machinery": 9, "health": 2}
    assert list(select_sectors(scores, hits, length=20_000)) == ["machinery"]  # health below min_score
    scores, hits = {"machinery": 30.0, "health": 3.5 * 1.2}, {"machinery": 9, "health": 3}
    assert "health" not in select_sectors(scores, hits, length=2_000)


def test_two_figures_of_trade_or_deals_make_a_text_on_trade():
    from regiomonitor.pipeline import analyse_text

    fair = ("Auf der Messe in Minsk unterzeichnete die Republik Kalmückien Verträge über 140 Traktoren im Wert von "
            "2,3 Mrd. Rubel. Am Stand des Jüdischen Autonomen Gebiets wurden Verträge über 14,6 Mio. US-Dollar "
            "geschlossen.")
    assert "trade_finance" in analyse_text(fair).sectors
    one = "Am Stand des Jüdischen Autonomen Gebiets wurden Verträge über 14,6 Mio. US-Dollar geschlossen."
    assert "trade_finance" not in analyse_text(one).sectors
