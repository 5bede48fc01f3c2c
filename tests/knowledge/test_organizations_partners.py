"""The organizations knowledge base on the German, Austrian, Polish and Chinese side of the
cooperation and the further Central Asian and Russian entries: sentences as German media write
them find the entry under its canonical name, in any of its forms and cases, and the common
German words that are also firm names (Globus, Metro, Henkel, Linde) name no one."""
from __future__ import annotations

from regiomonitor.knowledge.organizations import organization_base
from regiomonitor.nlp.document import Document
from regiomonitor.nlp.pipeline import process


def known(text: str) -> set[str]:
    """The knowledge-base names of the organizations a text names."""
    return {m.key for m in process(Document(text=text)).organizations}


def test_german_federal_bodies_and_business_associations():
    found = known(
        "Laut Statistischem Bundesamt (Destatis) stiegen die Exporte nach Kasachstan. Vertreter des "
        "Ost-Ausschusses der Deutschen Wirtschaft, des VDMA und des BDI reisten mit dem Auswärtigen Amt "
        "nach Taschkent; das Bundesministerium für Wirtschaft und Klimaschutz begrüßte die Reise.")
    assert {"Statistisches Bundesamt", "Ost-Ausschuss der Deutschen Wirtschaft",
            "Verband Deutscher Maschinen- und Anlagenbau", "Bundesverband der Deutschen Industrie",
            "Auswärtiges Amt", "Bundesministerium für Wirtschaft und Klimaschutz"} <= found


def test_chambers_and_economic_development_agencies_of_the_laender():
    found = known(
        "Die IHK Halle-Dessau und die Industrie- und Handelskammer zu Leipzig luden gemeinsam mit der "
        "Wirtschaftsförderung Sachsen (WFS) und der Investitions- und Marketinggesellschaft Sachsen-Anhalt "
        "zum Wirtschaftstag. Auch die IHK Chemnitz und die Landesentwicklungsgesellschaft Thüringen kamen.")
    assert {"Industrie- und Handelskammer Halle-Dessau", "Industrie- und Handelskammer zu Leipzig",
            "Wirtschaftsförderung Sachsen", "Investitions- und Marketinggesellschaft Sachsen-Anhalt",
            "Industrie- und Handelskammer Chemnitz", "Landesentwicklungsgesellschaft Thüringen"} <= found


def test_a_bank_inside_another_banks_name_and_the_export_credit_insurer():
    found = known("Die KfW IPEX-Bank finanziert Lokomotiven, die KfW Bankengruppe Schulen, "
                  "und Euler Hermes übernimmt die Garantien.")
    assert {"KfW IPEX-Bank", "KfW", "Euler Hermes"} <= found


def test_outlets_of_german_speakers_in_the_region_in_the_dative():
    found = known("Das sagte er der Deutschen Allgemeinen Zeitung und der Moskauer Deutschen Zeitung; "
                  "die Süddeutsche Zeitung berichtete ebenfalls.")
    assert {"Deutsche Allgemeine Zeitung", "Moskauer Deutsche Zeitung", "Süddeutsche Zeitung"} <= found


def test_partner_country_enterprises_and_funds():
    found = known(
        "Die Navoi Mining and Metallurgical Company (NGMK) und der Russisch-Kirgisische Entwicklungsfonds "
        "unterzeichneten mit der Zhengzhou Coal Mining Machinery Group einen Vertrag. EFKO, Rusagro und "
        "Cherkizovo liefern nach China, die Züge der UTLC ERA fahren nach Duisport.")
    assert {"Navoi Mining and Metallurgical Company", "Russisch-Kirgisischer Entwicklungsfonds",
            "Zhengzhou Coal Mining Machinery Group", "EFKO", "Rusagro", "Cherkizovo",
            "Vereinigte Transport- und Logistikgesellschaft – Eurasische Eisenbahnallianz",
            "Duisburger Hafen"} <= found


def test_german_words_that_are_also_firm_names_name_no_firm():
    assert known("Der Globus steht im Büro, die Metro fährt pünktlich, der Henkel der Tasse ist "
                 "abgebrochen, und unter der Linde sitzt eine Amazone.") == set()
    # the firms are found where the text names them unambiguously
    assert {"Metro AG", "Henkel AG & Co. KGaA", "Linde plc", "Globus Holding"} <= known(
        "Metro Cash & Carry, der Henkel-Konzern, Linde Engineering und die Globus-Gruppe sind in Russland tätig.")


def test_new_entries_have_their_kind_and_home():
    base = organization_base().by_name
    assert base["Deutsche Industrie- und Handelskammer"].kind == "association"
    assert base["Industrie- und Handelskammer Magdeburg"].place == "DE-ST"
    assert base["Wirtschaftskammer Österreich"].place == "AT-9"
    assert base["Deutsche Presse-Agentur"].kind == base["Süddeutsche Zeitung"].kind == "media"
    # the park's developer and its administration are listed, the park itself (a place) is not
    assert base["Entwicklungsgesellschaft des Industrieparks Großer Stein"].kind == "enterprise"
    assert "Großer Stein" not in base
