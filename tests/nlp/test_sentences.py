from regiomonitor.nlp.sentences import split_sentences


def texts(t):
    return [s.text for s in split_sentences(t)]


def test_abbreviations_ordinals_and_initials_do_not_split():
    t = ("MINSK, 7. Februar (BelTA) – Der Umsatz lag bei 320 Mio. Dollar. "
         "Das sagte W. Wladimirow auf dem V. Forum der Regionen. Die Region belegte den 11. Platz.")
    assert texts(t) == [
        "MINSK, 7. Februar (BelTA) – Der Umsatz lag bei 320 Mio. Dollar.",
        "Das sagte W. Wladimirow auf dem V. Forum der Regionen.",
        "Die Region belegte den 11. Platz.",
    ]


def test_z_b_and_percent_and_quotes():
    t = "Es gibt z. B. Traktoren. Der Export stieg um 5 %. „Wir sind bereit.“ Er sagte das."
    assert texts(t) == ["Es gibt z. B. Traktoren.", "Der Export stieg um 5 %.", "„Wir sind bereit.“", "Er sagte das."]


def test_year_at_sentence_end_splits_and_lines_split():
    t = "Das Abkommen stammt aus 2016. Danach wuchs der Handel.\nNeuer Absatz ohne Punkt"
    assert texts(t) == ["Das Abkommen stammt aus 2016.", "Danach wuchs der Handel.", "Neuer Absatz ohne Punkt"]


def test_spans_point_into_text():
    t = "Erster Satz. Zweiter Satz."
    for s in split_sentences(t):
        assert t[s.start:s.end] == s.text


def test_amount_abbreviation_at_sentence_end():
    t = "2023 rechnet man mit RUR 9,6 Mrd. Im ersten Quartal stieg der Umsatz um 320 Mio. Dollar."
    assert texts(t) == ["2023 rechnet man mit RUR 9,6 Mrd.", "Im ersten Quartal stieg der Umsatz um 320 Mio. Dollar."]
