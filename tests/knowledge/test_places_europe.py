"""German Länder and the regions of Austria, Poland, Czechia, Slovakia, Hungary, the Baltic states,
Finland, Italy and France (data/places/de/germany.tsv ... france.tsv), read by the matcher.

Sentences written for these tests. `ids` lists the output places (countries and regions) in text
order; cities are stored with their region as parent and not listed.
"""
from __future__ import annotations

import pytest

from regiomonitor.knowledge.places import gazetteer
from regiomonitor.nlp.places import find_places

NEW_COUNTRIES = ("DE", "AT", "PL", "CZ", "SK", "HU", "LT", "LV", "EE", "FI", "IT", "FR")


def ids(text):
    return [m.key for m in find_places(text) if m.kind in ("country", "region")]


def cities(text):
    return {m.key: m.attrs.get("parent") for m in find_places(text) if m.kind == "city"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Länder, their long forms and inflections
        ("Der Freistaat Sachsen und die Republik Tatarstan wollen enger kooperieren.", ["DE-SN", "RU-TA"]),
        ("Bayerische Firmen liefern Landmaschinen nach Baschkortostan.", ["DE-BY", "RU-BA"]),
        ("Eine Delegation aus Niedersachsen besuchte das Werk.", ["DE-NI"]),
        ("Sachsen-Anhalts Wirtschaftsminister reiste danach weiter nach Minsk.", ["DE-ST", "BY-HM"]),
        ("Die Exporte Bayerns, die Regierung des Freistaates Sachsen und Nordrhein-Westfalens Häfen",
         ["DE-BY", "DE-SN", "DE-NW"]),
        ("Unternehmen aus Baden-Württemberg, Rheinland-Pfalz und NRW", ["DE-BW", "DE-RP", "DE-NW"]),
        ("das Land Brandenburg und das Saarland", ["DE-BB", "DE-SL"]),
        ("die sächsisch-belarussische Arbeitsgruppe", ["DE-SN", "BY"]),
        ("Mecklenburg-Vorpommern, Schleswig-Holstein und Thüringen", ["DE-MV", "DE-SH", "DE-TH"]),
        ("Die Gespräche fanden in Berlin statt.", ["DE-BE"]),
        # Swiss cantons: named like their capital only with `Kanton`
        ("Eine Firma aus dem Kanton Zürich und eine aus dem Kanton Basel-Stadt liefern nach Ulytau.", ["CH-ZH", "CH-BS", "KZ-62"]),
        ("Händler aus dem Tessin und aus Graubünden", ["CH-TI", "CH-GR"]),
        ("Die Gespräche fanden in Zürich und Genf statt.", []),
        ("Der Hamburger Hafen und die Bremer Reeder", ["DE-HH", "DE-HB"]),
        ("sagt der Berliner Osteuropa-Ökonom", ["DE-BE"]),
        ("Die Freie und Hansestadt Hamburg", ["DE-HH"]),
        # a part of a Land is not the Land; Brandenburger Tor is in Berlin
        ("Urlaub in Vorpommern und am Brandenburger Tor", []),
        # Austria
        ("Oberösterreich und Niederösterreich liegen an der Donau.", ["AT-4", "AT-3"]),
        ("Kärntner und steirische Betriebe", ["AT-2", "AT-6"]),
        ("Das Land Salzburg und das Bundesland Tirol", ["AT-5", "AT-7"]),
        ("Vertreter aus Wien und der Wiener Wirtschaftskammer", ["AT-9", "AT-9"]),
        # capitals that are units
        ("Treffen in Prag, Budapest und Riga", ["CZ-10", "HU-BU", "LV-RIX"]),
        # Poland, Czechia, Slovakia, Hungary, Baltic states, Finland
        ("Die Woiwodschaft Podlachien grenzt an das Gebiet Grodno.", ["PL-20", "BY-HR"]),
        ("die Woiwodschaften Masowien und Ermland-Masuren", ["PL-14", "PL-28"]),
        ("Die Region Lublin", ["PL-06"]),
        ("Im Bezirk Vilnius und im Kreis Ida-Viru", ["LT-VL", "EE-45"]),
        ("Firmen in Südmähren und in der Mährisch-Schlesischen Region", ["CZ-64", "CZ-80"]),
        ("Die Region Pilsen und die Region Bratislava", ["CZ-32", "SK-BL"]),
        ("Komitat Pest und die Stadt Debrecen", ["HU-PE", "HU-DE"]),
        ("Nordkarelien grenzt an die Republik Karelien.", ["FI-13", "RU-KR"]),
        ("Reisen nach Lappland und Uusimaa", ["FI-10", "FI-18"]),
        ("Åland und die Landschaft Åland", ["AX", "FI-01"]),
        # Italy and France
        ("Die Lombardei und Venetien", ["IT-25", "IT-34"]),
        ("Werke in Piemont, aus Latium und Molise", ["IT-21", "IT-62", "IT-67"]),
        ("Mailand, Turin und Piemont", ["IT-21"]),
        ("Sizilien und Sardinien", ["IT-82", "IT-88"]),
        ("die Île-de-France, die Bretagne und Korsika", ["FR-IDF", "FR-BRE", "FR-20R"]),
        ("Guadeloupe", ["GP"]),
        # designated-only forms name nothing bare
        ("Die Pest wütete in Pommern und Schlesien; neue Marken aus Pilsner Brauereien.", []),
    ],
)
def test_regions(text, expected):
    assert ids(text) == expected


def test_cities_are_stored_with_their_region():
    text = "Messen in München, Leipzig, Salzburg, Krakau, Vilnius, Bratislava, Mailand und Paris."
    assert ids(text) == []
    assert cities(text) == {
        "city:München": "DE-BY", "city:Leipzig": "DE-SN", "city:Salzburg": "AT-5", "city:Krakau": "PL-12",
        "city:Vilnius": "LT-VL", "city:Bratislava": "SK-BL", "city:Mailand": "IT-25", "city:Paris": "FR-IDF",
    }


def test_city_named_like_its_region_is_the_region_only_with_a_designator():
    assert ids("in Lublin") == []
    assert cities("in Lublin") == {"city:Lublin": "PL-06"}
    assert ids("in der Woiwodschaft Lublin") == ["PL-06"]
    assert ids("Salzburg und Tartu") == []
    assert ids("Region Tartu") == ["EE-79"]


def test_south_tyrol_is_a_part_of_its_region():
    found = find_places("Äpfel aus Südtirol")
    assert ids("Äpfel aus Südtirol") == []
    assert [(m.key, m.attrs.get("parent")) for m in found] == [("district:Südtirol", "IT-32")]


def test_no_region_of_these_countries_reads_as_its_capital_town():
    """`in Piemont` must stay IT-21: no bare region name here is also a town's
    (regions named after their capital have designated rows only; the rest are listed in
    regions_not_named_after_capital.txt)."""
    capital_named = gazetteer().capital_named
    assert not sorted(r for r in capital_named if r.split("-")[0] in NEW_COUNTRIES)
