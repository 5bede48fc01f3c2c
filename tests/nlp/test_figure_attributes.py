from datetime import date

from regiomonitor.nlp.document import Document
from regiomonitor.nlp.pipeline import process


def figures(text, doc_date=None):
    doc = process(Document(text=text, date=doc_date))
    return [(f.amount, f.currency, f.metric, f.kind, f.year, f.period, sorted(f.partners), f.change_pct) for f in doc.figures]


def test_turnover_target_with_document_year():
    got = figures("Belarus und Baschkortostan wollen beim Handelsumsatz die $320-Mio. Grenze knacken.", date(2025, 2, 7))
    assert got == [(320e6, "USD", "turnover", "target", 2025, None, ["BY", "RU-BA"], None)]


def test_window_decides_metric_and_partners_between():
    got = figures(
        "Im Jahr 2014 kam der Handel zwischen Belarus und Dagestan laut Statistik auf annähernd 14 Mio. USD, "
        "wovon etwa 13 Mio. USD belarussische Exporte waren."
    )
    assert got[0][:5] == (14e6, "USD", "turnover", "actual", 2014)
    assert got[1][:5] == (13e6, "USD", "export", "actual", 2014)
    assert got[0][6] == ["BY", "RU-DA"]


def test_period_and_negative_change():
    (f,) = figures(
        "Von Januar-September 2020 sank der Umsatz des Gebiets Pskow mit Belarus "
        "auf 77 Millionen US-Dollar, ein Minus von 17,3 % gegenüber dem Vorjahr."
    )
    assert f[4:] == (2020, "2020-01..2020-09", ["BY", "RU-PSK"], -17.3)


def test_context_year_and_partner_carry_to_the_next_sentence():
    got = figures(
        "Im Januar-Februar 2021 stieg der Handelsumsatz mit der Republik Tatarstan um 80 Prozent auf 175 Millionen Dollar. "
        "Die belarussischen Exporte erreichten fast 55 Millionen Dollar."
    )
    assert got[1][2:7] == ("export", "actual", 2021, "2021-01..2021-02", ["BY", "RU-TA"])


def test_from_to_with_year_range():
    got = figures(
        "Der Handel von Belarus mit Kasachstan stieg zwischen 2005 und 2010 von 215 Millionen Dollar auf 870 Millionen Dollar."
    )
    assert [g[4] for g in got] == [2005, 2010]


def test_forecast_and_fraction_change():
    got = figures("Der Umsatz könnte zwei Millionen Euro erreichen. Die Exporte stiegen um ein Viertel auf 55 Mio. $.")
    assert got[0][3] == "forecast"
    assert got[1][7] == 25


def test_same_value_repeated_is_listed_once():
    got = figures(
        "Belarus und Baschkortostan wollen den Handelsumsatz über die Grenze von $320 Mio. steigern. "
        "„Wir müssen die $320 Mio. Grenze überschreiten“, sagte er."
    )
    assert len(got) == 1


def test_bounds_are_kept_apart_from_values():
    doc = process(Document(text=(
        "Der Handelsumsatz überschritt 2022 die Marke von einer Milliarde Dollar. "
        "Die Exporte lagen bei mehr als 43 Millionen US-Dollar, die Importe bei weniger als 20 Mio. USD. "
        "Der Saldo betrug 23 Mio. USD."
    )))
    assert [f.bound for f in doc.figures] == ["min", "min", "max", None]


def test_segments_of_trade_are_marked():
    doc = process(Document(text=(
        "Die Exporte von Dienstleistungen stiegen auf 2,3 Mrd. Dollar. "
        "Der Handel mit landwirtschaftlichen Erzeugnissen erreichte 307 Mio. USD. "
        "Nach Russland gingen Exporte von Waren und Dienstleistungen für 5,3 Mrd. $. "
        "Der Handelsumsatz mit der Region Kaluga betrug 400 Mio. USD."
    )))
    assert [f.segment for f in doc.figures] == ["Dienstleistungen", "landwirtschaftlichen Erzeugnissen", None, None]


def test_a_companys_own_figure_is_a_segment():
    doc = process(Document(text="Die Holding steigerte ihre Ausfuhren nach Kasachstan auf mehr als sieben Millionen Dollar."))
    assert doc.figures[0].segment


def test_a_countrys_own_exports_are_no_segment():
    doc = process(Document(text="Belarus will seine Exporte nach Russland auf 25 Mrd. Dollar steigern."))
    assert doc.figures[0].segment is None


def test_delivery_verb_after_a_weak_value_phrase_makes_an_export():
    (f,) = figures("2020 hat man Käse und Butter im Wert von 2,1 Mio. Dollar aus Belarus nach Primorje geliefert.")
    assert f[2] == "export"


def test_verb_handelt_is_no_trade_cue_but_handeln_is():
    got = figures(
        "Belarus liefert Traktoren. Es handelt sich vor allem um Möbel, die für mehr als 2 Mio. Dollar nach Kasachstan gingen."
    )
    assert got[0][2] != "turnover"
    (f,) = figures("An der Börse handeln Firmen aus Belarus täglich Waren für zwei Millionen Euro.")
    assert f[2] == "turnover"


def test_contracts_as_compound_and_intentions_as_targets():
    (f,) = figures("Beim Treffen unterschrieben die Firmen Handelsverträge für über 120 Mio. Dollar.")
    assert f[2] == "contracts"
    (f,) = figures("„Wir wollen bis 2025 die Marke von einer Milliarde Dollar beim Warenumsatz mit Belarus erreichen“, sagte er.")
    assert f[3] == "target"


def test_named_region_is_no_anaphor_and_countries_stay_countries():
    got = figures(
        "Astana ist ein wichtiger Partner. Das Gebiet Brest, das 2020 mit Kasachstan Waren für mehr als "
        "130 Mio. Dollar handelte, will mehr liefern. Der Handelsumsatz zwischen den Ländern stieg auf 500 Mio. Dollar."
    )
    assert got[0][6] == ["BY-BR", "KZ"]
    assert got[1][6] == ["BY", "KZ"]


def test_anaphor_with_a_home_region_named_does_not_replace_the_country():
    got = figures(
        "Das Gebiet Tomsk kauft Traktoren. Auch im Gebiet Gomel läuft es gut: Der Handelsumsatz zwischen dem Gebiet "
        "und Russland stieg 2021 auf fast 2,5 Milliarden US-Dollar."
    )
    assert got[0][6] == ["BY-HO", "RU"]


def test_expected_reach_is_a_forecast_and_a_coordinated_clause_is_apart():
    (f,) = figures("Der Warenverkehr zwischen Belarus und Russland dürfte 2023 die Marke von 50 Milliarden Dollar überschreiten.")
    assert f[3] == "forecast"
    (f,) = figures("Der Handelsumsatz zwischen Belarus und China lag 2023 bei 8,4 Mrd. $ und dürfte 2024 weiter zugelegt haben.")
    assert f[3] == "actual"


def test_contracts_signed_in_a_dated_news_item_belong_to_its_year():
    (f,) = figures("Auf dem Forum in Witebsk wurden Verträge über mehr als 1,2 Milliarden Dollar unterzeichnet.", date(2024, 6, 28))
    assert (f[2], f[4]) == ("contracts", 2024)


def test_capital_as_venue_is_no_trade_partner_and_a_named_home_country_stays():
    got = figures(
        "Die Regierungskommission tagte in Taschkent. Der Handelsumsatz zwischen Belarus und Usbekistan stieg 2023 auf "
        "1,1 Mrd. US-Dollar. In den ersten sieben Monaten 2024 wurden Waren im Wert von 712 Mio. US-Dollar ausgetauscht."
    )
    assert got[1][6] == ["BY", "UZ"]
    got = figures(
        "Das Gebiet Minsk pflegt enge Kontakte zur Region Altai. Der Handelsumsatz zwischen der Region Altai und Belarus "
        "erreichte 2022 131,8 Mio. USD."
    )
    assert got[0][6] == ["BY", "RU-ALT"]


def test_bracketed_previous_year_is_the_base_of_the_comparison():
    got = figures(
        "Die Ausfuhren nach Kasachstan legten im Vergleich zum Vorjahr [2020] deutlich zu und erreichten 640 Millionen Dollar."
    )
    assert got[0][4] == 2021


def test_ordered_units_are_contracts():
    (f,) = figures("Die Region hat in diesem Jahr Maschinen im Wert von 1,1 Mrd. Rubel in Belarus bestellt.")
    assert f[2] == "contracts"


def test_deal_in_a_story_about_a_partner_is_with_that_partner():
    got = figures(
        "Eine Delegation des Gebiets Uljanowsk besuchte Belarus.\n\n"
        "Im Rahmen des Besuchs wurden Verträge im Wert von 25 Mio. US-Dollar unterzeichnet."
    )
    assert got[0][6] == ["BY", "RU-ULY"]


def test_trade_on_an_exchange_is_a_segment_and_the_capital_by_its_role_is_minsk():
    doc = process(Document(text=(
        "Ein Motor der Zusammenarbeit ist die Belarussische Universalwarenbörse (BUTB). Der Warenumsatz zwischen "
        "Belarus und Russland stieg von Januar bis August 2021 auf 375 Millionen Dollar.\n\n"
        "Auch für die belarussische Metropolregion zählen russische Partner viel. Ihr Handelsumsatz "
        "mit Russland wuchs in fünf Monaten 2021 auf 2,2 Milliarden Dollar."
    )))
    exchange, capital = doc.figures
    assert exchange.segment and "Börsenhandel" in exchange.segment
    assert capital.segment is None and capital.partners == ["BY-HM", "RU"]


def test_planned_sums_are_targets_estimates_forecasts_and_credits_other():
    got = figures(
        "Für das Zentrum sind Investitionen von 1,1 Mrd. Rubel eingeplant. Der Umfang wird auf 150 Mio. Rubel "
        "eingeschätzt. Die Bank vergibt Vorzugskredite über 1 Mrd. Rubel für den Kauf belarussischer Technik. "
        "Die Firmen wollen 700 Mio. belarussische Rubel in gemeinsame Vorhaben investieren."
    )
    assert [g[3] for g in got[:2]] == ["target", "forecast"]
    assert got[2][2] == "other" and got[3][2] == "investment"


def test_an_undated_figure_of_a_dated_news_item_is_of_its_year():
    (f,) = figures("Ein Traktor dieser Baureihe kostet in Kostanai derzeit rund 28 Mio. Tenge.", date(2023, 9, 1))
    assert f[4] == 2023
    (f,) = figures("Ein Traktor dieser Baureihe kostet in Kostanai derzeit rund 28 Mio. Tenge.")
    assert f[4] is None


def test_the_home_country_named_beside_its_oblast_is_no_partner_of_its_own():
    got = figures("Das Gebiet Minsk und Belarus insgesamt wollen den Umsatz mit Tatarstan bis 2026 auf 1,5 Mrd. $ steigern.")
    assert "RU-TA" in got[0][6] and not {"BY", "BY-MI"} <= set(got[0][6])


def test_region_anaphor_in_a_passage_about_a_home_oblast_is_that_oblast():
    got = figures(
        "In Schymkent eröffnete ein Händler. Das Gebiet Gomel baut die Kontakte aus. 2020 kam der "
        "Außenhandel der Region mit Kasachstan auf mehr als 115 Millionen Dollar."
    )
    assert got[0][6] == ["BY-HO", "KZ"]
    got = figures("Das Gebiet Minsk wirbt in der Region Altai. Der Handelsumsatz zwischen der Region und Belarus erreichte 2022 131,8 Mio. USD.")
    assert got[0][6] == ["BY", "RU-ALT"]


def test_a_past_figure_after_a_goal_in_the_same_sentence_is_actual():
    got = figures("Ziel ist, 120 % der Exporte des Vorjahres zu erreichen: 2020 betrugen sie über 300 Millionen Dollar.")
    assert got[0][3] == "actual"


def test_goods_are_no_past_tense():
    # `Waren` (goods) and `waren` (were) are one word in lower case: neither makes a figure actual
    (f,) = figures("Man will 2021 beim Handel mit Waren und Dienstleistungen erstmals 1 Milliarde Dollar erreichen.")
    assert f[3] == "target"


def test_signings_of_a_forum_are_between_the_countries_and_named_parties_stay():
    doc = process(Document(text=(
        "In Kasan trafen sich Vertreter belarussischer Gebiete und russischer Regionen zum Forum der Regionen. "
        "Beim Forum in Kasan, der Hauptstadt Tatarstans, wurden Verträge über 900 Mio. Dollar unterzeichnet. "
        "Das Gebiet Grodno schloss mit dem Gebiet Pskow einen Vertrag über 40 Mio. Dollar. "
        "Die Veranstalter rechnen im nächsten Jahr mit mehr als 1 Mrd. Dollar."
    )))
    partners = {f.amount: sorted(f.partners) for f in doc.figures}
    assert partners[900e6] == ["BY", "RU"]  # Tatarstan is the venue
    assert partners[40e6] == ["BY-HR", "RU-PSK"]  # the parties are named
    assert partners[1e9] == ["BY", "RU"]


def test_sales_on_the_exchange_are_exports_and_its_deals_turnover():
    doc = process(Document(text=(
        "Die Belarussische Universalwarenbörse (BUTB) wächst. 2022 schloss die Börse Geschäfte im Wert von 2 Mrd. USD ab.\n"
        "Käufer aus dem Gebiet Omsk erwarben Schnittholz für 40 Mio. USD. Die Börse eröffnete dort ein Büro.\n"
        "Das Werk in Omsk kostete 5 Mio. USD."
    )))
    metrics = {f.amount: f.metric for f in doc.figures}
    assert metrics[2e9] == "turnover" and metrics[40e6] == "export"
    assert metrics[5e6] == "other"  # no exchange in that paragraph


def test_the_metric_a_sentence_without_a_figure_names_comes_before_an_older_figures():
    doc = process(Document(text=(
        "Der Handelsüberschuss lag 2021 bei 600 Mio. USD. Auch die Direktinvestitionen aus Russland stiegen. "
        "Im ersten Quartal kamen 90 Mio. USD zusammen. Im zweiten Quartal waren es 80 Mio. USD."
    )))
    assert [f.metric for f in doc.figures] == ["balance", "investment", "investment"]


def test_money_put_into_a_project_is_an_investment():
    (f,) = process(Document(text="Der Konzern will bis 2027 rund 2 Mrd. Rubel in neue Bagger stecken.")).figures
    assert f.metric == "investment"


def test_a_headline_figure_the_body_dates_is_one_figure():
    doc = process(Document(
        text="Belarus und Usbekistan wollen Handel auf zwei Milliarden Dollar steigern\n\n"
             "Ziel sei es, den Handelsumsatz bis 2027 auf zwei Milliarden Dollar zu steigern, hieß es.",
        date=date(2024, 9, 17)))
    assert [(f.amount, f.year, f.kind) for f in doc.figures] == [(2e9, 2027, "target")]


def test_a_news_item_of_one_oblast_speaks_for_that_oblast():
    doc = process(Document(text=(
        "Gebiet Grodno und Gebiet Pskow vertiefen den Handel\n\n"
        "GRODNO, 3. Mai. Das Gebiet Grodno hat mit dem Gebiet Pskow ein Programm bis 2026 vereinbart. "
        "Es umfasst Landwirtschaft, Bau und Tourismus. Die Delegation besuchte auch eine Molkerei.\n\n"
        "Der Handelsumsatz mit Pskow lag 2023 bei 150 Mio. USD. Ziel sind 200 Mio. USD, "
        "sagte der Gouverneur. Belarus liefert vor allem Milchprodukte."
    )))
    assert {tuple(sorted(f.partners)) for f in doc.figures} == {("BY-HR", "RU-PSK")}


def test_a_dateline_city_is_no_partner_and_a_story_of_one_country_trades_with_it():
    doc = process(Document(text=(
        "Pressemitteilung\n\nBelarus und Usbekistan beraten\n\n"
        "Taschkent. In der usbekischen Hauptstadt tagte die Regierungskommission.\n\n"
        "Beide Seiten zogen Bilanz. Der Handelsumsatz stieg 2023 auf 1,1 Mrd. US-Dollar.\n\n"
        "MINSK, 3. Mai. Das Gebiet Gomel vereinbarte mit dem Gebiet Samarkand eine Zusammenarbeit."
    )))
    assert [sorted(f.partners) for f in doc.figures] == [["BY", "UZ"]]


def test_the_anaphor_takes_the_region_named_with_the_same_noun():
    doc = process(Document(text=(
        "Die Region Altai und Belarus bauen ihre Beziehungen aus. Die Region tauscht Saatgut mit der "
        "benachbarten Republik Altai. Der Handelsumsatz der Region mit Belarus erreichte 2020 132 Mio. Dollar."
    )))
    assert [sorted(f.partners) for f in doc.figures] == [["BY", "RU-ALT"]]


def test_exports_to_several_regions_of_one_country_keep_belarus():
    (f,) = process(Document(text=(
        "2023 hat Amkodor Maschinen im Wert von 2,1 Mrd. Rubel in die Region Chabarowsk und das Gebiet Amur geliefert."
    ))).figures
    assert sorted(f.partners) == ["BY", "RU-AMU", "RU-KHA"]


def test_money_of_a_regions_own_government_is_the_regions_own():
    doc = process(Document(text=(
        "Belarus und die Region Krasnojarsk bauen Busse. "
        "Die Regionalregierung beziffert die geplanten Investitionen in eine Halle auf 4,5 Mrd. Rubel."
    )))
    assert [f.partners for f in doc.figures] == [["RU-KYA"]]


def test_a_regions_own_foreign_trade_is_its_own_figure():
    doc = process(Document(text=(
        "Belarus liefert Lastwagen nach Sachalin. "
        "2020 lag der Außenhandelsumsatz der Region Sachalin bei insgesamt 12,2 Mio. USD. "
        "Der Außenhandelsumsatz der Region Sachalin mit Belarus lag bei 3 Mio. USD."
    )))
    assert [sorted(f.partners) for f in doc.figures] == [["RU-SAK"], ["BY", "RU-SAK"]]


def test_already_granted_is_actual_after_a_goal():
    doc = process(Document(text=(
        "Bis 2027 soll der Handel 500 Mio. Euro erreichen. Die Bank hat dafür bereits einen Kredit über 80 Mio. Euro bewilligt."
    )))
    assert [f.kind for f in doc.figures] == ["target", "actual"]


def test_our_oblasts_foreign_trade_in_a_governors_interview_is_the_oblasts_own():
    doc = process(Document(text=(
        "Interview mit dem Vorsitzenden des Gebiets Grodno\n\n"
        "Das Gebiet Grodno grenzt an Polen und Litauen. Frage: Wie entwickelt sich der Handel? Antwort: Der Außenhandelsumsatz unseres Gebiets lag von Januar "
        "bis Juni 2023 bei 2,4 Milliarden Dollar. Mit Baku haben wir Verträge über 20 Mio. Dollar."
    )))
    assert doc.figures[0].partners == ["BY-HR"]


def test_belarus_named_in_an_oblasts_story_trades_as_the_country():
    got = figures(
        "Das Gebiet Gomel und das Gebiet Kursk vereinbarten am Freitag neue Projekte. Die Betriebe des "
        "Gebiets Gomel lieferten 2023 Waren für 90 Mio. USD dorthin.\n\n"
        "Alles in allem handelte Belarus 2023 mit der Schwarzerde-Region Waren für rund 400 Mio. Dollar."
    )
    assert got[-1][2] == "turnover"
    assert got[-1][6] == ["BY", "RU-KRS"]


def test_what_one_expects_or_calls_realistic_is_a_forecast():
    (f,) = figures("Für 2025 erwarte man im Handel mit dem Gebiet Omsk mindestens 90 Mio. Dollar, hieß es.")
    assert f[3] == "forecast"
    (f,) = figures("Realistisch sei nach Ansicht von Fachleuten ein Umsatz von 60 Mio. Dollar mit Belarus.")
    assert f[3] == "forecast"


def test_a_text_that_never_names_belarus_speaks_for_the_country_it_names_most():
    got = figures(
        "Das Gebiet Kostanai und das Gebiet Tscheljabinsk wollen enger zusammenarbeiten. "
        "Kasachische Landwirte kaufen Saatgut in Russland.\n\n"
        "Die Betriebe beider Gebiete schlossen Verträge über 40 Mio. Dollar. "
        "Das Akimat der Region Kostanai selbst investierte 2023 rund 90 Mrd. Tenge in Straßen."
    )
    assert got[0][6] == ["KZ-39", "RU-CHE"]
    assert "BY" not in got[1][6]


def test_the_head_of_a_compound_decides_its_metric():
    (f,) = figures("In Kasan wurden Exportverträge über 12 Mio. Dollar mit Belarus unterzeichnet.")
    assert f[2] == "contracts"
    (f,) = figures("Die Bank gewährt Exportkredite über 30 Mio. Dollar für Lieferungen nach Belarus.")
    assert f[2] == "other"


def test_more_cues_of_kind_and_metric():
    kinds = [f[3] for f in figures(
        "Fachleute halten es für möglich, dass der Handel mit Belarus 2025 auf 80 Mio. Dollar steigt. "
        "Im Gespräch ist ein Investitionsvolumen von 20 Mio. Euro. "
        "In den kommenden zwei Jahren stehen dafür 40 Mio. Rubel zur Verfügung. "
        "Im Vorjahr schlossen die Partner Verträge über 12 Mio. Dollar. "
        "Der Fonds hat für 2024 Mittel in Höhe von 3 Mio. Rubel bewilligt."
    )]
    assert kinds == ["forecast", "forecast", "target", "actual", "actual"]
    metrics = [f[2] for f in figures(
        "Mit dem Gebiet Tjumen haben wir 2023 etwa 90 Mio. Dollar umgesetzt. "
        "Aus China bezog das Gebiet Waren für 41 Mio. Yuan. "
        "In den Hafen sollen bis 2027 rund 14 Mrd. Rubel fließen. "
        "Dafür sind aus dem Staatshaushalt 85 Mio. Som vorgesehen. "
        "Ein Programm zur Exportförderung hat ein Volumen von 15 Mio. Br. "
        "Die Investitionen liegen bei 4,5 Mrd. Rubel, davon kommen 1,2 Mrd. Rubel aus dem Regionalhaushalt."
    )]
    assert metrics == ["turnover", "import", "investment", "other", "other", "investment", "investment"]


def test_months_that_no_text_dates_are_of_the_news_items_year_or_the_one_before():
    text = "In den ersten acht Monaten des Jahres stieg der Handel mit Belarus auf 69 Mio. US-Dollar."
    assert figures(text, date(2024, 10, 15))[0][4:6] == (2024, "2024-01..2024-08")
    assert figures(text, date(2024, 3, 2))[0][4] == 2023
    assert figures(text)[0][4] is None


def test_a_capital_named_as_the_venue_is_no_side_of_the_deal():
    (f,) = figures("Omsker Firmen unterzeichneten in Minsk Verträge über 40 Mio. Dollar.")
    assert f[6] == ["BY", "RU-OMS"]
    (f,) = figures("Für den Handel mit Russland rechnet die Regierung in Minsk 2025 mit 50 Mrd. Dollar.")
    assert f[6] == ["BY", "RU"]


def test_a_partner_named_under_an_earlier_heading_is_not_carried_into_the_next_section():
    got = figures(
        "Das Gebiet Gomel meldet seine Zahlen.\n"
        "China: Lieferungen wachsen\n"
        "Mit einem Investor aus der Provinz Hubei entsteht ein Werk; das Projekt soll 90 Mio. Yuan umfassen.\n"
        "EU: Rückgang\n"
        "Die Ausfuhren in die Länder der Europäischen Union sanken auf 30 Mio. Euro.\n"
        "Export: 12 Mio. USD\n"
    )
    assert "CN-HB" in got[0][6]
    assert "CN-HB" not in got[1][6]


def test_rows_of_a_table_whose_heading_states_the_unit():
    got = figures(
        "Die Exporte stiegen kräftig.\n\n"
        "Ausfuhren nach Kasachstan nach Regionen, Januar–März 2024 (in Mio. US-Dollar):\n\n"
        "Gebiet Brest – 41,5 (+3,2 %)\n\nGebiet Gomel – 1.102,7 (–1,1 %)\n\n"
        "Die Importe aus Kasachstan sanken auf 90 Mio. US-Dollar.",
        date(2024, 5, 2),
    )
    assert got[0] == (41.5e6, "USD", "export", "actual", 2024, "2024-01..2024-03", ["BY-BR", "KZ"], 3.2)
    assert got[1][0] == 1102.7e6 and got[1][6] == ["BY-HO", "KZ"] and got[1][7] == -1.1
    assert got[2][6] == ["BY", "KZ"]  # the last row above, a paragraph of its own, speaks for no one here


def test_a_contracts_value_the_border_as_a_place_and_a_goal_two_sentences_back():
    (f,) = figures("Das Gebiet Gomel schloss mit dem Gebiet Tula einen Vertrag über Getreidelieferungen im Wert von 9 Mio. Dollar.")
    assert f[2] == "contracts"
    (f,) = figures("Am Übergang Brest passierten 2024 Waren im Wert von 9 Mrd. Dollar die Grenze bei Terespol.")
    assert f[3] == "actual"
    got = figures(
        "Bis 2026 soll der Handel mit Russland 5 Mrd. Dollar erreichen. Das sagte der Minister. "
        "Die Ausstellung zog viele Besucher an. Russland gehört mit Investitionen von 2 Mrd. Dollar zu den größten Investoren."
    )
    assert [g[3] for g in got] == ["target", "actual"]


def test_capitals_that_stand_for_their_states_and_trade_with_many_countries():
    (f,) = figures("Bis 2027 wollen Minsk und Taschkent das bilaterale Handelsvolumen auf 2 Mrd. Dollar steigern.")
    assert f[6] == ["BY", "UZ"]
    (f,) = figures("Der belarussische Überschuss mit Russland sank auf 2 Mrd. Dollar, weil Moskau mehr verlangt.")
    assert f[6] == ["BY", "RU"]
    (f,) = figures("Das Gebiet Brest exportierte 2023 Waren für 3 Mrd. Dollar in 80 Länder, vor allem nach Polen.")
    assert f[6] == ["BY-BR"]


def test_what_a_plan_foresees_a_firm_examines_and_partners_put_a_figure_on():
    kinds = [f[3] for f in figures(
        "Der Aktionsplan für das Gebiet Grodno, der Investitionen in Höhe von 3 Mio. Dollar vorsieht, wurde gebilligt. "
        "Die Firma prüft eine Erweiterung mit einem Volumen von bis zu 4 Mio. Euro. "
        "Die Investitionen in das neue Werk beziffern die Partner auf 5 Mio. Euro."
    )]
    assert kinds == ["target", "forecast", "target"]


def test_a_countrys_adjective_before_its_region_is_no_side_of_its_own():
    (f,) = figures("Der Warenumsatz zwischen dem Gebiet Minsk und dem usbekischen Gebiet Namangan erreichte 3,4 Mio. USD.")
    assert f[6] == ["BY-MI", "UZ-NG"]


def test_words_of_an_organizations_name_and_a_clause_before_a_colon_name_no_metric():
    (f,) = figures("Nach Angaben des Ministeriums für Wirtschaft und Investitionen der Republik Tatarstan belief sich "
                   "der Warenumsatz mit Belarus 2022 auf 214 Mio. Dollar.")
    assert f[2] == "turnover"
    got = figures("Der Handel hat einen positiven Saldo: die Exporte aus Belarus in das Gebiet Kirow beliefen sich "
                  "2021 auf 89 Mio. $, die Einfuhren auf 37 Mio. $. Die Firma erhielt einen Auftrag über die "
                  "Lieferung von Kränen im Wert von 4 Mio. Euro.")
    assert [g[2] for g in got] == ["export", "import", "contracts"]


def test_an_undated_text_goes_on_in_the_period_its_last_paragraph_named():
    got = figures(
        "Der Warenumsatz zwischen Belarus und dem Gebiet Omsk erreichte von Januar bis April 2024 insgesamt 90 Mio. Dollar.\n\n"
        "Größter Partner ist das Gebiet Minsk, auf das 30 Mio. Dollar entfielen.\n\n" + "Lange Ausführungen. " * 80 +
        "\n\nDas Gebiet Brest kam auf 12 Mio. Dollar."
    )
    assert [g[4] for g in got] == [2024, 2024, None]


def test_a_list_of_home_regions_each_with_its_figure_trades_with_the_storys_partner():
    got = figures(
        "Der Handel mit dem Gebiet Tscheljabinsk wuchs.\n\n"
        "Das Gebiet Witebsk kam auf 19 Mio. US-Dollar, das Gebiet Grodno auf 16 Mio. US-Dollar."
    )
    assert [g[6] for g in got] == [["BY-VI", "RU-CHE"], ["BY-HR", "RU-CHE"]]


def test_both_regions_refers_to_the_pair_the_text_is_about():
    text = (
        "Eine Delegation des Gebiets Mogiljow besuchte die Region Orenburg. Belarus und Russland bauen "
        "ihre Beziehungen aus. Auf dem Forum unterzeichneten Betriebe beider Gebiete Verträge über 21 Mio. US-Dollar."
    )
    (f,) = figures(text)
    assert f[6] == ["BY-MA", "RU-ORE"]
    # names after the noun are the pair themselves: no reference back
    (g,) = figures("Der Umsatz zwischen den Regionen Gomel und Pawlodar stieg auf 40 Mio. Dollar.")
    assert g[6] == ["BY-HO", "KZ-55"]


def test_a_headline_figure_repeated_in_the_body_takes_the_bodys_partners():
    text = (
        "Gomeler Delegation in Kursk: Verträge über 1,4 Mrd. Rubel\n\n"
        "Eine Delegation des Gebiets Gomel besucht das Gebiet Kursk. Unternehmen des Gebiets Gomel und des "
        "Gebiets Kursk unterzeichneten Verträge über 1,4 Mrd. Rubel."
    )
    (f,) = figures(text)
    assert f[6] == ["BY-HO", "RU-KRS"]


def test_belarus_named_in_passing_does_not_make_the_home_side():
    text = (
        "Das Akimat der Region Nordkasachstan meldet mehr Handel mit dem Gebiet Omsk. Russland bleibt der "
        "wichtigste Partner; Russland kauft Weizen, Russland liefert Technik. Am Grenzübergang wurden in "
        "diesem Jahr mehr Lastwagen abgefertigt als je zuvor, und die Bahn fährt nun täglich. Die Landwirte "
        "von Nordkasachstan bauen mehr Raps an, die Mühlen mahlen mehr Mehl für den Markt jenseits der Grenze.\n\n"
        "Außerdem kaufte die Region Busse aus Belarus.\n\n"
        "Der Handelsumsatz mit dem Nachbargebiet erreichte 412 Mio. US-Dollar."
    )
    got = figures(text)
    assert [f[6] for f in got] == [["KZ-59", "RU-OMS"]]


def test_agreed_deliveries_are_a_deal_and_what_an_amount_falls_to_follows_it():
    got = figures("Die OAO „Brester Fleischkombinat“ und eine Kursker Handelskette vereinbarten Lieferungen "
                  "von Wurstwaren im Wert von 80 Mio. Rubel.")
    assert got[0][2] == "contracts"
    got = figures("Der Handel erreichte 2023 rund 301 Mio. USD; davon entfielen 188 Mio. USD auf belarussische "
                  "Lieferungen und 113 Mio. USD auf Einfuhren aus dem Gebiet Kursk.")
    assert [f[2] for f in got] == ["turnover", "export", "import"]
    got = figures("In exportorientierte Projekte des Gebiets Brest flossen 2024 Investitionen von Br 2,1 Mrd.")
    assert got[0][2] == "investment"


def test_an_adverb_of_the_present_does_not_undo_a_modal_of_forecast():
    (f,) = figures("Nach Einschätzung der Regierung dürfte der Umsatz mit Belarus bereits 2025 auf 410 Mio. Dollar wachsen.")
    assert f[3] == "forecast"
    (g,) = figures("Bisher wurden in das Werk im Gebiet Kursk 20 Mio. Dollar investiert.")
    assert g[3] == "actual"


def test_a_partner_country_by_adjective_is_the_one_region_of_it_the_item_is_about():
    text = ("Das Gebiet Minsk und das Gebiet Kursk bauen Handel aus\n\n"
            "Eine Delegation des Gebiets Minsk war in Kursk. Unternehmen aus dem Gebiet Kursk kauften Landtechnik.\n\n"
            "Die OAO „Gomselmasch“ lieferte Mähdrescher für 40 Mio. Dollar an einen russischen Agrarbetrieb.")
    assert figures(text)[0][6] == ["BY-MI", "RU-KRS"]
    # sides named as countries stay the countries
    text2 = text.replace("Die OAO „Gomselmasch“ lieferte Mähdrescher für 40 Mio. Dollar an einen russischen Agrarbetrieb.",
                         "Die belarussische Seite zahlte 9 Mio. Dollar an die russische Seite.")
    assert figures(text2)[0][6] == ["BY", "RU"]


def test_a_cause_after_the_figure_names_no_metric_and_a_trading_house_no_trade():
    got = figures("Der Handelsumsatz mit dem Gebiet Kursk erreichte 2022 rund 226 Mio. US-Dollar. Im Jahr 2023 ging er "
                  "um 4,1 % auf 217 Mio. US-Dollar zurück, vor allem wegen geringerer Lieferungen von Komponenten.")
    assert [f[2] for f in got] == ["turnover", "turnover"]
    (f,) = figures("Für 2025 ist die Gründung eines Handelshauses in Kursk geplant; sein Startkapital soll 150 Mio. Rubel betragen.")
    assert f[2] == "other"


def test_the_whole_previous_year_and_estimates_in_the_present_tense():
    got = figures("In den ersten acht Monaten des laufenden Jahres belief sich der Warenumsatz mit Belarus auf 143,6 Mio. "
                  "US-Dollar. Im gesamten Vorjahr hatte er 201 Mio. US-Dollar erreicht.", date(2024, 10, 14))
    assert [f[4] for f in got] == [2024, 2023]
    (f,) = figures("Die Investitionen in ein Lager in Kursk schätzen wir auf etwa 300 Mio. Rubel.")
    assert f[3] == "forecast"


def test_public_money_is_the_providing_authoritys_region_or_its_states():
    text = ("Das Akimat der Region Nordkasachstan meldet mehr Handel mit dem Gebiet Omsk. Die Region "
            "Nordkasachstan liefert Getreide.\n\n"
            "Für die Zufahrt zum Grenzübergang stellt das Akimat in diesem Jahr 2,3 Mrd. Tenge bereit.")
    assert figures(text)[0][6] == ["KZ-59"]
    (f,) = figures("Für den Kontrollpunkt an der Grenze zum Gebiet Omsk wurden aus dem Republikhaushalt 9,8 Mrd. Tenge bereitgestellt.")
    assert f[6] == ["KZ"]


def test_the_region_does_not_refer_back_to_a_capital():
    text = ("Kaluga. Kaluga arbeitet seit 2002 mit Belarus zusammen und gehört zu den Zentren der Autoindustrie "
            "südwestlich von Moskau. Der Warenumsatz zwischen dem Gebiet und Belarus belief sich 2022 auf 226 Mio. US-Dollar.")
    assert figures(text)[0][6] == ["BY", "RU-KLU"]


def test_a_side_named_by_adjective_is_no_item_of_a_list_of_places():
    text = ("Der Handelsumsatz zwischen Belarus und dem Gebiet Wladimir betrug 2021 rund 203 Mio. Dollar. Dabei "
            "betrugen die belarussischen Exporte in die russische Region 121,4 Mio. USD, die Importe aus ihr - "
            "82,3 Mio. USD, so dass der positive Saldo für die belarussische Seite 39,1 Mio. USD ausmachte.")
    assert figures(text)[1][6] == ["BY", "RU-VLA"]


def test_a_headline_amount_the_body_states_again_is_one_figure_whatever_the_headline_made_of_it():
    text = ("Gebiet Kursk und Gebiet Gomel unterzeichnen Dokumente über 47 Mio. US-Dollar\n\n"
            "KURSK, 3. April (BelTA) – Bei einem Besuch wurden in Kursk sieben Dokumente über Zusammenarbeit "
            "im Gesamtwert von rund 47 Mio. US-Dollar unterzeichnet.")
    got = figures(text, date(2025, 4, 3))
    assert len(got) == 1 and got[0][2] == "contracts"


def test_a_list_of_home_regions_trades_with_the_foreign_region_the_sentence_names():
    got = figures("Auf die angrenzenden belarussischen Regionen entfällt ein großer Teil: 2023 belief sich der "
                  "Handelsumsatz des Gebiets Kursk mit dem Gebiet Gomel auf 312,5 Millionen Dollar, mit dem Gebiet "
                  "Mogiljow - auf 188,1 Millionen Dollar.")
    assert [f[6] for f in got] == [["BY-HO", "RU-KRS"], ["BY-MA", "RU-KRS"]]


def test_a_budget_that_provides_money_with_a_separable_verb_and_dollar_usa_is_no_place():
    text = ("Der Autonome Kreis der Nenzen und das Gebiet Witebsk arbeiten zusammen. Der Autonome Kreis der Nenzen "
            "kauft Baustoffe.\n\nAußerdem sieht der Kreishaushalt im nächsten Jahr 85 Mio. Rubel für Schneemobile vor.")
    assert figures(text)[0][6] == ["RU-NEN"]
    doc = process(Document(text="Über die Häfen wurden Waren im Wert von 42,7 Mio. Dollar USA in den Iran verschifft."))
    assert [p.key for p in doc.places] == ["IR"]


def test_an_amount_dated_right_after_it_and_a_past_tense_value_is_actual():
    got = figures("Bis 2027 soll der Handel die Marke von 300 Mio. Euro übersteigen. Im Q1 2024 waren es noch 48 Mio. Euro "
                  "gewesen. Im ersten Halbjahr 2024 lag der Umsatz bei 20 Mio. Euro, nach 18 Mio. Euro im Vorjahreszeitraum.")
    assert [f[3:6] for f in got[1:]] == [("actual", 2024, "2024-01..2024-03"), ("actual", 2024, "2024-01..2024-06"),
                                         ("actual", 2023, "2023-01..2023-06")]


def test_a_deal_after_a_quarters_trade_keeps_the_year_not_the_months():
    got = figures("Im ersten Quartal 2025 exportierten Firmen aus Sachsen-Anhalt Waren für 61 Mio. Euro nach Kasachstan. "
                  "Die Firma Harzer Anlagenbau GmbH unterzeichnete in Karaganda einen Vertrag über 14,5 Mio. Euro.")
    assert got[1][2:6] == ("contracts", "actual", 2025, None)


def test_a_countrys_adjective_on_its_exports_is_the_country_not_the_items_region():
    text = ("Sachsen-Anhalt vertieft Kontakte nach Kasachstan\n\nMagdeburg, 12. März 2025. Das Handelsvolumen zwischen "
            "Sachsen-Anhalt und Kasachstan belief sich 2024 auf 210 Millionen Euro. Sachsen-Anhalt will mehr.\n\n"
            "Die deutschen Exporte nach Kasachstan lagen 2024 bei 3,1 Mrd. Euro.")
    got = figures(text, date(2025, 3, 12))
    assert got[0][6] == ["DE-ST", "KZ"] and got[1][6] == ["DE", "KZ"]


def test_building_for_an_amount_is_an_investment_unless_a_contract_is_named_and_a_potential_is_a_forecast():
    got = figures("Ein Erfurter Maschinenbauer will in Pawlodar ein Servicezentrum für 3.500.000 Euro errichten. "
                  "Santa Bremor plant, in Petropawlowsk-Kamtschatski ein Kühllager für 900 Mio. Rubel zu bauen. "
                  "Ein Vertrag über den Bau eines Lagers für 5 Mio. Euro wurde unterzeichnet. "
                  "„Wir sehen ein Potenzial von 100 Millionen Euro jährlich“, sagte er.")
    assert [f[2] for f in got[:3]] == ["investment", "investment", "contracts"]
    assert got[3][3] == "forecast"


def test_a_forum_of_two_named_countries_sums_up_between_them_and_both_countries_trade_is_theirs():
    text = ("Forum der Regionen: Verträge über 1,2 Milliarden Dollar\n\nGrodno (dpa) - Auf dem Forum der Regionen "
            "von Belarus und Russland in Grodno sind nach Angaben der Veranstalter Verträge im Gesamtwert von mehr als "
            "1,2 Milliarden US-Dollar unterzeichnet worden.\n\nDer Gouverneur der Region Krasnojarsk sagte, der "
            "Warenumsatz mit Belarus habe sich 2023 auf 310 Millionen Dollar belaufen. Bis 2026 wolle man die Marke "
            "von 500 Millionen Dollar erreichen.\n\nDer Handel zwischen beiden Ländern lag 2023 bei 50 Milliarden Dollar.")
    got = figures(text)
    assert got[0][6] == ["BY", "RU"]
    assert got[2][3] == "target"
    assert got[3][6] == ["BY", "RU"]
    # wool is no wish: `Wolle` the noun is no `wolle man`
    assert figures("Die Einfuhren von Rindfleisch und Wolle sanken auf 2,3 Mio. USD.")[0][3] == "actual"


def test_the_trade_of_the_amounts_clause_wins_over_the_deal_before_its_comma():
    got = figures("Die Gebiete unterzeichneten einen Fahrplan, der vorsieht, den Umsatz zwischen den beiden Gebieten "
                  "bis 2027 auf 25 Mio. US-Dollar zu steigern. Es wurden Verträge über 12 Mio. US-Dollar unterzeichnet.")
    assert [f[2] for f in got] == ["turnover", "contracts"]


def test_a_sub_headings_amount_that_the_section_states_again_is_one_figure():
    text = ("Messebericht Belagro\n\nAuf der Messe stellten 540 Firmen aus 14 Ländern aus, teilte der Veranstalter mit. "
            "Die meisten Besucher kamen aus Russland, viele auch aus Kasachstan und Usbekistan. Neben Traktoren und "
            "Mähdreschern zeigten die Hersteller Bewässerungstechnik, Saatgut und Futtermittel. Am Rande der Messe "
            "trafen sich Vertreter der Regionen zu Gesprächen über Ersatzteillager und Servicezentren, die in den "
            "nächsten Jahren entstehen sollen.\n\n"
            "Kalmückien: Traktoren für 2,3 Mrd. Rubel\nDen größten Regionalstand hatte die Republik Kalmückien aufgebaut. "
            "Agrarbetriebe der Steppenrepublik unterzeichneten dort Verträge mit dem Minsker Traktorenwerk über 140 "
            "Traktoren im Wert von 2,3 Mrd. Rubel.")
    assert [(f[0], f[2]) for f in figures(text)] == [(2.3e9, "contracts")]


def test_a_value_in_brackets_in_another_currency_is_the_same_figure():
    got = figures("Der Aimag will bis 2028 rund 450 Milliarden Tögrög (etwa 120 Mio. Euro) in Wasserversorgung und "
                  "Straßen investieren.")
    assert [f[1:6] for f in got] == [("MNT", "investment", "target", 2028, None), ("EUR", "investment", "target", 2028, None)]


def test_wishes_in_indirect_speech_deals_in_preparation_purchases_and_coordinated_goals():
    got = figures("Die Provinz wolle bis 2030 rund 800 Milliarden Tugrik in Straßen investieren. "
                  "Weitere Aufträge über knapp 300 Millionen Rubel seien in Vorbereitung, sagt er. "
                  "Die Region wolle bis 2027 jährlich belarussische Waren für 30 Milliarden Rubel beziehen. "
                  "Ziel ist es, den Saldo ausgeglichener zu gestalten und den Umsatz bis 2026 auf 200 Mio. US-Dollar zu steigern.\n\n"
                  "Wir haben vereinbart, bis 2027 auf 60 Millionen Dollar zu kommen.")
    assert [f[2:4] for f in got] == [("investment", "target"), ("contracts", "forecast"), ("import", "target"),
                                     ("turnover", "target"), ("other", "target")]


def test_a_regions_own_economy_referred_back_to_is_that_regions_figure():
    text = ("Die Republik Dagestan liegt am Kaspischen Meer.\n\nIm Außenhandel der Republik Dagestan nimmt Belarus einen "
            "der vorderen Plätze ein. Laut Ministerium belief sich der Außenhandelsumsatz der Republik im Jahr 2023 auf "
            "1,14 Mrd. US-Dollar, davon entfielen 12,8 % auf den Handel mit Belarus.\n\n"
            "Die Investitionen in Sachanlagen stiegen um 6 Prozent auf 152 Milliarden Rubel.")
    assert [f[6] for f in figures(text)] == [["RU-DA"], ["RU-DA"]]


def test_the_side_of_a_list_is_named_in_its_clause_not_before_the_colon():
    text = ("Anders als mit dem Gebiet Wologda ist der Handel mit Archangelsk und Komi durch die belarussischen Ausfuhren "
            "geprägt: die Lieferungen in das Gebiet Archangelsk erreichten im Jahr 2023 161,9 Mio. USD, in die Republik "
            "Komi 74,8 Mio. USD.")
    assert [f[6] for f in figures(text)] == [["BY", "RU-ARK"], ["BY", "RU-KO"]]


def test_a_figure_dated_in_the_past_is_no_goal_of_the_sentence_before_and_a_joint_venture_is_two_sided():
    got = figures("Minsk, 12. März 2025. Belarus und Burjatien können ihren Handelsumsatz auf hundert Millionen Dollar "
                  "steigern. Im vergangenen Jahr haben wir rund 37,6 Millionen Dollar erreicht.", date(2025, 3, 12))
    assert got[1][3:5] == ("actual", 2024)
    text = ("Das Gebiet Buchara und das Gebiet Homel vereinbarten eine Roadmap.\n\nIn Kogon soll ein Gemeinschaftsunternehmen "
            "der Buxoro Tekstil MChJ und eines Homeler Partners entstehen; die Investitionen werden auf 12 Mio. US-Dollar "
            "veranschlagt.")
    assert figures(text)[0][6] == ["BY-HO", "UZ-BU"]


def test_money_a_body_provides_or_receives_now_is_actual_whatever_the_sentence_before_planned():
    got = figures("Das Gebiet will bis 2027 rund 5 Mrd. Rubel in eine Sonderwirtschaftszone investieren. Es stellt für "
                  "die Zufahrtsstraßen 1,3 Milliarden Rubel aus dem Regionalhaushalt bereit. Esil Agro erhält Zuschüsse "
                  "von 1,1 Mrd. Tenge.")
    assert [f[3] for f in got] == ["target", "actual", "actual"]


def test_a_fact_box_repeating_the_bodys_amounts_adds_no_figures():
    text = ("Taunus Pharma will bis 2027 rund 48 Mio. Euro in ein Werk in Urgut investieren. Die Hälfte soll die KfW "
            "IPEX-Bank mit einem Kredit über 24 Millionen Euro finanzieren. Das Werk soll Generika für den usbekischen "
            "Markt herstellen und 320 Mitarbeiter beschäftigen. Der Gouverneur sprach von einem Leuchtturm für die ganze "
            "Region. Für Hessen ist Usbekistan längst kein Nischenmarkt mehr, heißt es in Wiesbaden.\n\nFakten: Hessen und Usbekistan\n• Hessische "
            "Exporte nach Usbekistan 2024: 212 Mio. Euro\n• Investition Taunus Pharma in Urgut: 48 Mio. Euro\n• Kredit der "
            "KfW IPEX-Bank: 24 Mio. Euro\n• Handel "
            "Deutschland–Usbekistan 2024: rund 1,3 Mrd. Euro")
    assert [f[0] for f in figures(text)] == [48e6, 24e6, 212e6, 1.3e9]


def test_the_oblast_an_item_is_about_speaks_though_another_is_named_once_and_a_compound_country_adjective_on_foreign_trade():
    text = ("Gebiet Homel und Gebiet Buchara vertiefen Zusammenarbeit\n\nEine Delegation des Gebiets Homel besuchte Buchara. "
            "Die Homeler Betriebe liefern Mähdrescher. Auch das Gebiet Witebsk ist in Usbekistan aktiv.\n\n"
            "Im Ergebnis des Besuchs wurden 14 Verträge im Gesamtwert von 38,5 Mio. US-Dollar unterzeichnet.")
    assert figures(text)[0][6] == ["BY-HO", "UZ-BU"]
    text = ("Das Gebiet Irkutsk ist ein wichtiger Partner. Die Region Irkutsk liefert Holz nach Belarus. Insgesamt stieg "
            "der Umsatz des belarussisch-russischen Außenhandels im Januar-Februar 2021 auf 5,3 Milliarden Dollar.")
    assert figures(text)[0][6] == ["BY", "RU"]


def test_months_without_a_year_go_on_with_the_months_named_before_not_with_a_base_year():
    text = ("Im Zeitraum Januar–Mai 2021 belief sich der Warenumsatz des Gebiets Mogilew mit Baschkortostan auf 31,8 Mio. "
            "US-Dollar und übertraf das Niveau des entsprechenden Zeitraums des Jahres 2020 (24,96 Mio. USD) um 27,4 %. "
            "In fünf Monaten exportierten die Mogilewer Unternehmen Waren im Wert von 19,6 Mio. USD in die Republik.")
    assert figures(text)[2][4:6] == (2021, "2021-01..2021-05")


def test_a_credit_granted_in_a_dated_item_is_of_its_year_and_leaves_the_context_year():
    text = ("Minsk, 5. März 2025. Im Jahr 2024 exportierte das Gebiet Waren für 40 Mio. Dollar. Die Bank gewährt einen "
            "Kredit über 5 Mio. Dollar. Die Importe beliefen sich auf 12 Mio. Dollar.")
    got = figures(text, date(2025, 3, 5))
    assert [(f[2], f[4]) for f in got] == [("export", 2024), ("other", 2025), ("import", 2024)]


def test_the_place_of_a_releases_date_line_is_no_partner():
    text = ("Gebiet Aktobe stellt sich in Düsseldorf vor\n\nBerlin, 24. September 2025\n\nDer Handel zwischen dem Gebiet "
            "Aktobe und Nordrhein-Westfalen erreichte 2024 rund 85 Mio. Euro. Es wurden Verträge über 12 Mio. Euro "
            "unterzeichnet.")
    assert all("DE-BE" not in f[6] for f in figures(text, date(2025, 9, 24)))


def test_contracts_in_an_undated_text_take_the_year_of_the_visit_named_before():
    text = ("Im Oktober 2024 besuchte eine Delegation des Gebiets Gomel das Gebiet Twer. Im Ergebnis wurden 14 Verträge "
            "über insgesamt 2,1 Mrd. Rubel unterzeichnet.")
    assert figures(text)[0][2:5] == ("contracts", "actual", 2024)


def test_a_companys_capital_named_in_the_amounts_own_clause_is_other():
    got = figures("Außerdem wurde eine Vereinbarung über ein Handelshaus in Kemerowo unterzeichnet, sein Startkapital soll "
                  "40 Millionen Rubel betragen. Seit 2015 haben Unternehmen mit deutschem Kapital rund 260 Mio. US-Dollar "
                  "in der Region investiert.")
    assert [f[2] for f in got] == ["other", "investment"]


def test_economic_output_and_money_an_authority_provides_are_other_whatever_the_deal_before():
    got = figures("Das Gebiet Mogiljow und das Gebiet Andischan vereinbarten Lieferungen von Reifen im Gesamtwert von "
                  "31,5 Millionen US-Dollar. Das Hokimiyat stellt für die Erschließung des Grundstücks 38 Milliarden Sum "
                  "bereit. Die Region Imeretien erwirtschaftete ein Bruttoregionalprodukt von 6,1 Mrd. Lari.", date(2025, 5, 21))
    assert [(f[0], f[2]) for f in got] == [(31.5e6, "contracts"), (38e9, "other"), (6.1e9, "other")]
    # being ready to buy is no money provided
    got = figures("Der Handel zwischen Belarus und der Region Perm wuchs 2023 auf 120 Mio. Dollar. Die Region sei bereit, "
                  "belarussische Kommunaltechnik für 3 Mrd. Rubel zu kaufen.")
    assert got[1][2] == "turnover"


def test_a_governments_own_funding_is_its_sides():
    got = figures("Das Gebiet Gomel liefert Mähdrescher in die armenische Provinz Ararat. Die armenische Regierung fördert "
                  "den Kauf von Landmaschinen in diesem Jahr mit 5,6 Milliarden Dram.", date(2025, 8, 1))
    assert got[0][:3] == (5.6e9, "AMD", "other") and got[0][6] == ["AM"]


def test_machine_translated_warenumlauf_is_turnover_and_a_subsidy_for_purchases_is_other():
    got = figures("Der Warenumlauf des Gebiets Nowosibirsk mit Usbekistan betrug 2023 412,6 Mio. Dollar USA. Für "
                  "Subventionen beim Kauf von Landtechnik stehen in der Region 1,7 Mrd. Tenge zur Verfügung. Die Firma "
                  "erhielt einen Auftrag über Förderbänder im Wert von 6,8 Mio. Euro.")
    assert [(f[0], f[2]) for f in got] == [(412.6e6, "turnover"), (1.7e9, "other"), (6.8e6, "contracts")]


def test_months_without_a_year_beside_last_year_are_of_the_dated_items_year():
    got = figures("„Im Januar–Juli ist unser Handel mit dem Gebiet Turkistan auf 9,7 Millionen Dollar gewachsen, im ganzen "
                  "vergangenen Jahr waren es 13,2 Millionen.“", date(2025, 9, 18))
    assert [(f[0], f[4], f[5]) for f in got] == [(9.7e6, 2025, "2025-01..2025-07"), (13.2e6, 2024, None)]
    got = figures("Im vergangenen Jahr betrug der Handel 7,6 Millionen Dollar, im Januar–Mai waren es bereits 4,1 Millionen.",
                  date(2025, 7, 2))
    assert [(f[4], f[5]) for f in got] == [(2024, None), (2025, "2025-01..2025-05")]
    # after a year the text names, the months go on in it
    got = figures("Im Jahr 2023 betrug der Handel 7,6 Millionen Dollar, im Januar–Mai waren es bereits 4,1 Millionen.",
                  date(2025, 7, 2))
    assert got[1][4:6] == (2023, "2023-01..2023-05")


def test_a_goal_stated_with_a_copula_is_a_target_of_the_trade_not_of_the_deficit_before_it():
    got = figures("Für das Gebiet Rostow ergab sich 2024 ein Defizit von 62,8 Mio. US-Dollar. Das gemeinsame Ziel für "
                  "2025 liegt bei 300 Mio. US-Dollar. Für 2026 haben beide Seiten ein Umsatzziel von 30 Mio. Dollar "
                  "ausgegeben. Der Umsatz erzielte 2024 rund 50 Mio. Dollar.")
    assert [(f[2], f[3]) for f in got] == [("balance", "actual"), ("turnover", "target"), ("turnover", "target"),
                                           ("turnover", "actual")]


def test_a_table_of_several_figures_a_row_under_a_caption_with_the_unit():
    from regiomonitor.pipeline import analyse_text

    text = ("Die Zahlen zeigt Tabelle 3.\n\nTabelle 3: Handel des Gebiets Tula mit Regionen von Belarus 2021 "
            "(Mio. US-Dollar)\nRegion Export Import Umsatz Veränderung (%)\nGebiet Gomel 120,5 80,1 200,6 +4,2\n"
            "Gebiet Brest 1 010,0 90,0 1 100,0 -3,0\nQuelle: eigene Berechnungen.\n\n"
            "Tabelle 4: Handel des Gebiets Tula mit dem Gebiet Gomel, Tsd. USD\nKennziffer 2020 2021 2021 in % zu 2020\n"
            "Export 1 500,0 1 800,0 120,0\nSaldo -300,5 -250,0 -\n")
    got = [(f.amount, f.metric, f.year, sorted(f.partners)) for f in analyse_text(text).figures]
    assert got == [
        (120.5e6, "export", 2021, ["BY-HO", "RU-TUL"]), (80.1e6, "import", 2021, ["BY-HO", "RU-TUL"]),
        (200.6e6, "turnover", 2021, ["BY-HO", "RU-TUL"]), (1010e6, "export", 2021, ["BY-BR", "RU-TUL"]),
        (90e6, "import", 2021, ["BY-BR", "RU-TUL"]), (1100e6, "turnover", 2021, ["BY-BR", "RU-TUL"]),
        (1.5e6, "export", 2020, ["BY-HO", "RU-TUL"]), (1.8e6, "export", 2021, ["BY-HO", "RU-TUL"]),
        (300500.0, "balance", 2020, ["BY-HO", "RU-TUL"]), (250000.0, "balance", 2021, ["BY-HO", "RU-TUL"])]


def test_pipe_tables_as_a_content_extractor_writes_them():
    from regiomonitor.pipeline import analyse_text

    page = ("Tula und Gomel bauen Handel aus\n\nDas Gebiet Tula und das Gebiet Gomel wollen mehr Landtechnik handeln, "
            "teilte die Verwaltung am Mittwoch mit.\n\n"
            "| Handel des Gebiets Tula mit dem Gebiet Gomel, Mio. US-Dollar | 2023 | 2024 |\n|---|---|---|\n"
            "| Export des Gebiets Tula | 71,3 | 80,6 |\n| Umsatz | 198,3 | 214,5 |\n\n"
            "Handel des Gebiets Tula mit Belarus, Tsd. US-Dollar\nJahr | Export | Import\n"
            "2023 | 2 140,5 | 9 874,0\n2024 | 2 612,8 | 11 305,6\n\n"
            "Die Verwaltung rechnet mit weiterem Wachstum, sagte der Gouverneur bei dem Treffen in Gomel.\n")
    got = [(f.amount, f.metric, f.year) for f in analyse_text(page).figures]
    assert got == [(71.3e6, "export", 2023), (80.6e6, "export", 2024), (198.3e6, "turnover", 2023),
                   (214.5e6, "turnover", 2024), (2140500.0, "export", 2023), (9874000.0, "import", 2023),
                   (2612800.0, "export", 2024), (11305600.0, "import", 2024)]


def test_a_deal_whose_sentence_names_no_side_is_between_the_documents_two_sides():
    # (written item w31-01: a Bavarian firm's orders in Tatarstan, told without naming the sides again)
    import json
    from pathlib import Path

    from regiomonitor.pipeline import analyse_text

    item = json.loads((Path(__file__).parent / "fixtures" / "written_news" / "w31-01.json").read_text(encoding="utf-8"))
    deals = [f for f in analyse_text(item["text"]).figures if f.metric == "contracts"]
    assert deals and all(sorted(f.partners) == ["DE-BY", "RU-TA"] for f in deals)


def test_a_delivery_said_in_the_present_among_agreements_signed_is_a_contracts_value():
    got = figures("Auf dem Forum wurden Verträge über 12 Mio. US-Dollar unterzeichnet. Das OAO „Belkard“ liefert "
                  "Gelenkwellen an ein Werk im Gebiet Wologda für 410 Mio. russische Rubel. 2023 lieferte das Gebiet "
                  "Grodno Waren für 95 Mio. US-Dollar in das Gebiet Wologda.", date(2025, 6, 1))
    assert [(f[0], f[2]) for f in got] == [(12e6, "contracts"), (410e6, "contracts"), (95e6, "export")]
