import pytest

from regiomonitor.nlp.places import find_places


def ids(text):
    return [m.key for m in find_places(text) if m.kind in ("country", "region")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die Delegation Baschkortostans reiste nach Minsk.", ["RU-BA", "BY-HM"]),
        ("im Gebiet Brjansk", ["RU-BRY"]),
        ("des Gebiets Kaluga", ["RU-KLU"]),
        ("Das Minsker Gebiet und die Stadt Minsk", ["BY-MI", "BY-HM"]),
        ("Gebiet Moskau und Moskau", ["RU-MOS", "RU-MOW"]),
        ("Mogiljow, Mogilew und Mogilev", ["BY-MA", "BY-MA", "BY-MA"]),
        ("Tuwa und Tyva", ["RU-TY", "RU-TY"]),
        ("Nur-Sultan heißt wieder Astana", ["KZ-71", "KZ-71"]),
        ("belarussische und weißrussische Unternehmen", ["BY", "BY"]),
        ("der belarussisch-russischen Zusammenarbeit", ["BY", "RU"]),
        ("MINSK, 7. Februar (BelTA)", ["BY-HM"]),
        ("in den Regionen Kursk, Moskau und Jaroslawl", ["RU-KRS", "RU-MOS", "RU-YAR"]),
    ],
)
def test_place_forms(text, expected):
    assert ids(text) == expected


def test_cities_and_districts_are_linked_not_listed():
    mentions = find_places("Ein Werk in Ufa und eines in Bobruisk.")
    assert ids("Ein Werk in Ufa und eines in Bobruisk.") == []
    assert {m.attrs.get("parent") for m in mentions} >= {"RU-BA", "BY-MA"}


def test_city_named_like_its_region_after_in_is_the_city():
    assert ids("Das Forum fand in Mogiljow statt.") == []
    assert ids("Die Region Mogiljow exportiert Fasern.") == ["BY-MA"]


def test_region_named_like_its_capital_among_towns_is_the_town():
    # a list that holds real towns (Grosny, Bobruisk) makes its bare capital names towns too
    assert ids("Vertreter der Städte Moskau, Kaluga, Grosny, Kolomna und Smolensk trafen sich.") == ["RU-MOW"]
    assert ids("Die Fleischwerke von Brest, Bobruisk und Pinsk stellten aus.") == []
    # without a town in the list the bare names stay regions (the gold convention)
    assert ids("Delegationen aus Kaluga und Smolensk") == []
    assert ids("Kaluga und Smolensk unterzeichneten Abkommen.") == ["RU-KLU", "RU-SMO"]


def test_list_closed_by_other_regions_holds_regions():
    assert ids("Milch aus Wologda, Kaliningrad, Pskow und anderen Regionen") == ["RU-VLG", "RU-KGD", "RU-PSK"]


def test_town_cues_and_from_to():
    assert ids("Die Einwohner von Mogilew und die Stadt Brjansk") == []
    assert ids("Mähdrescher wurden von Gomel nach Kasachstan geschickt.") == ["KZ"]
    assert ids("Der Gouverneur von Brjansk kam.") == ["RU-BRY"]


def test_list_of_districts_does_not_turn_a_region_name_into_a_district():
    assert ids("die Exekutivkomitees der Bezirke Belynitschi und Kirow") == []


def test_seas_and_oceans_are_no_countries():
    assert ids("ein Korridor zum Persischen Golf und zum Indischen Ozean, dazu indische Firmen") == ["IN"]


def test_first_name_is_not_a_region_and_federal_districts_are_not_listed():
    assert ids("Wladimir Wladimirow, Gouverneur") == []
    assert ids("im Gebiet Wladimir") == ["RU-VLA"]
    assert ids("Der Nordkaukasische Föderationskreis (NKFD)") == []


def test_place_inside_organization_name_is_excluded():
    text = "Das Minsker Traktorenwerk liefert."
    start = text.index("Minsker")
    end = text.index(" liefert")
    assert [m.key for m in find_places(text, excluded=[(start, end)])] == []


def test_a_town_named_like_its_region_has_one_key_whatever_the_spelling():
    keys = [m.key for m in find_places("Werke in Kostanai und in Kostanay, Büros in Mogilev und in Mogiljow.")]
    assert keys == ["city:Kostanay", "city:Kostanay", "city:Mogiljow", "city:Mogiljow"]


def test_a_city_adjective_before_a_region_compound_is_the_region_and_a_route_names_the_town():
    assert ids("Eine Delegation des Minsker Gebietsexekutivkomitees reiste ab.") == ["BY-MI"]
    assert ids("Das Minsker Stadtexekutivkomitee tagte.") == ["BY-HM"]
    assert ids("Züge fahren aus Lanzhou über Brest nach Europa.") == []


def test_a_language_edition_names_no_country_in_either_case():
    assert ids("Zeitung des Gebiets Witebsk · Deutsche Ausgabe. Maßgeblich ist die russische Fassung.") == ["BY-VI"]


def test_a_capitals_adjective_in_a_text_on_the_region_around_it_is_the_region():
    assert ids("Die Delegation des Gebiets Minsk kam an. Die Minsker Delegation reiste weiter.") == ["BY-MI", "BY-MI"]
    assert ids("Die Delegation des Gebiets Minsk kam an. In Minsk tagte man. Die Minsker Delegation reiste.") == [
        "BY-MI", "BY-HM", "BY-HM"]


def test_a_language_after_a_preposition_is_no_country():
    from regiomonitor.nlp.places import find_places

    assert [m.key for m in find_places("Aus dem Russischen übersetzt; Nachrichten aus der Mongolei auf Deutsch")] == ["MN"]
    assert [m.key for m in find_places("eine Delegation aus dem deutschen Bundesland Bayern")] == ["DE", "DE-BY"]
