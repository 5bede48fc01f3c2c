"""The dossier-facts component on sentences written for these tests.

Documents are built by hand with the mentions an earlier component would have added, so the
tests pin down `add_facts` alone and do not move when place or person recognition changes.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from regiomonitor.nlp.document import Document, Mention, Sentence
from regiomonitor.nlp.facts import add_facts, find_dates, language, roman_to_int, to_contract_facts


def make_doc(text: str, *, places=None, persons=None, orgs=None, published: date | None = None) -> Document:
    """Split at sentence ends and annotate every occurrence of the given surfaces."""
    doc = Document(text=text, date=published)
    # a full stop after a number or a Roman numeral ("15. Sitzung", "V. Forum") ends no sentence
    for m in re.finditer(r".+?(?:(?<![\dIVX])[.!?](?=\s|$)|$)", text):
        if m.group().strip():
            doc.sentences.append(Sentence(len(doc.sentences), m.start(), m.end(), m.group()))

    def annotate(layer, table, kind_default):
        for surface, spec in (table or {}).items():
            kind, key = spec if isinstance(spec, tuple) else (kind_default, spec)
            for hit in re.finditer(re.escape(surface), text):
                layer.append(
                    Mention(kind, key, surface, hit.start(), hit.end(), doc.sentence_at(hit.start()), name=key if kind in ("person", "organization", "city") else surface)
                )

    annotate(doc.places, places, "region")
    annotate(doc.persons, persons, "person")
    annotate(doc.organizations, orgs, "organization")
    return doc


def facts_of(doc: Document, kind: str) -> list[dict]:
    add_facts(doc)
    return [f.data for f in doc.facts if f.kind == kind]


# -- agreements ------------------------------------------------------------------------------

def test_agreement_with_parties_date_and_title():
    doc = make_doc(
        "So wurde Mitte März 2017 das Abkommen über Handel, wirtschaftliche und soziokulturelle "
        "Zusammenarbeit zwischen den Regierungen der Region Stawropol und der Republik Belarus unterzeichnet.",
        places={"Region Stawropol": "RU-STA", "Republik Belarus": ("country", "BY")},
    )
    [a] = facts_of(doc, "agreement")
    assert a["kind"] == "agreement"
    assert a["date"] == "2017-03"
    assert set(a["parties"]) == {"RU-STA", "BY"}
    assert a["title"] == "Abkommen über Handel, wirtschaftliche und soziokulturelle Zusammenarbeit"
    assert a["evidence"].startswith("So wurde Mitte März 2017")


def test_action_plan_title_in_quotes_and_month_date():
    doc = make_doc(
        'Bereits im Mai 2016 verabschiedete der Ministerrat des Unionsstaates eine Resolution '
        '"Über den Aktionsplan zur Schaffung eines gemeinsamen Informationsraums für 2016-2020".'
    )
    [a] = facts_of(doc, "agreement")
    assert a["kind"] == "action_plan"
    assert a["date"] == "2016-05"  # not 2016 or 2020 from the validity range
    assert a["title"].startswith("Über den Aktionsplan zur Schaffung")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Die Seiten unterzeichneten 2019 einen Fahrplan für die Zusammenarbeit.", "roadmap"),
        ("Im Jahr 2020 wurde ein Memorandum über die Zusammenarbeit unterzeichnet.", "memorandum"),
        ("Das Protokoll der Arbeitsgruppe wurde 2018 unterzeichnet.", "protocol"),
        ("Die Tapetenholding hat 2021 einen langfristigen Vertrag über die Lieferung unterzeichnet.", "contract"),
        ("Im Jahr 2012 wurde ein Vereinbarungsprotokoll unterzeichnet.", "protocol"),
        ("Im Jahr 2008 wurde ein Kooperationsabkommen verabschiedet.", "agreement"),
    ],
)
def test_agreement_kinds(sentence, kind):
    assert [a["kind"] for a in facts_of(make_doc(sentence), "agreement")] == [kind]


def test_twinning_between_cities():
    doc = make_doc(
        "Im Jahr 2015 begründeten Mogiljow und Ufa eine Städtepartnerschaft.",
        places={"Mogiljow": ("city", "Mogiljow"), "Ufa": ("city", "Ufa")},
    )
    [a] = facts_of(doc, "agreement")
    assert a["kind"] == "twinning" and a["parties"] == ["Mogiljow", "Ufa"] and a["date"] == "2015"


def test_tally_of_agreements_is_not_an_agreement():
    doc = make_doc(
        "Der Rahmen dieser Interaktion umfasst bereits mehr als dreihundert Vereinbarungen über die "
        "Erhöhung des Volumens der gegenseitigen Warenlieferungen."
    )
    assert facts_of(doc, "agreement") == []


def test_adjective_and_vague_mentions_are_not_agreements():
    doc = make_doc(
        "Der vertragliche und rechtliche Rahmen wurde erweitert. Ein Abkommen wäre nützlich. "
        "Die Partnerschaft mit Belarus ist wichtig.",
        places={"Belarus": ("country", "BY")},
    )
    assert facts_of(doc, "agreement") == []


# -- events ----------------------------------------------------------------------------------

def test_forum_with_roman_ordinal_date_and_city():
    doc = make_doc(
        "Im Oktober 2018 trafen sich in Mogilev die Teilnehmer des V. Forums der Regionen von Belarus "
        "und Russland, um über gemeinsame Lieferketten zu sprechen.",
        places={"Belarus": ("country", "BY"), "Russland": ("country", "RU"), "Mogilev": ("city", "Mogilev")},
    )
    [e] = facts_of(doc, "event")
    assert e == {
        "kind": "forum",
        "date": "2018-10",
        "place": "Mogilev",
        "participants": [],
        "ordinal": 5,
        "evidence": doc.sentences[0].text,
    }


def test_meeting_today_takes_publication_date_and_participants():
    doc = make_doc(
        "Das sagte der Präsident Alexander Lukaschenko beim Treffen mit Radi Chabirow heute in Minsk.",
        persons={"Alexander Lukaschenko": "Alexander Lukaschenko", "Radi Chabirow": "Radi Chabirow"},
        places={"Minsk": "BY-HM"},
        published=date(2025, 2, 7),
    )
    [e] = facts_of(doc, "event")
    assert e["kind"] == "meeting"
    assert e["date"] == "2025-02-07"
    assert e["participants"] == ["Alexander Lukaschenko", "Radi Chabirow"]
    assert e["place"] == "BY-HM"


def test_day_month_without_year_before_publication_is_last_year():
    doc = make_doc(
        "Bereits am 27. November trafen sich die beiden Präsidenten in Podolsk.",
        places={"Podolsk": ("city", "Podolsk")},
        published=date(2016, 1, 10),
    )
    [e] = facts_of(doc, "event")
    assert e["kind"] == "meeting" and e["date"] == "2015-11-27" and e["place"] == "Podolsk"


@pytest.mark.parametrize(
    ("sentence", "kind", "ordinal"),
    [
        ("Die 15. Sitzung der gemeinsamen Kommission fand im Mai 2019 statt.", "commission_session", 15),
        ("Eine Delegation der Region Karaganda reiste im Juni 2013 nach Minsk.", "delegation", None),
        ("Im Mai 2014 fand in Minsk die Ausstellung belarussischer Waren statt.", "fair", None),
        ("Während des Besuchs im Jahr 2012 wurde viel erreicht.", "visit", None),
        ("Das zehnte Forum der Regionen findet 2023 statt.", "forum", 10),
    ],
)
def test_event_kinds_and_ordinals(sentence, kind, ordinal):
    [e] = facts_of(make_doc(sentence, places={"Minsk": "BY-HM", "Region Karaganda": "KZ-35"}), "event")
    assert (e["kind"], e["ordinal"]) == (kind, ordinal)


def test_bare_event_word_without_anything_around_is_dropped():
    assert facts_of(make_doc("Treffen sind wichtig für alle."), "event") == []


# -- projects --------------------------------------------------------------------------------

def test_joint_venture_takes_assembly_product():
    doc = make_doc(
        "Beide Seiten kooperieren im Maschinenbau; in Baschkortostan gibt es ein Joint Venture "
        "für die Montage und den Vertrieb von Traktoren.",
        places={"Baschkortostan": "RU-BA"},
    )
    [p] = facts_of(doc, "project")
    assert p["kind"] == "joint_venture"
    assert p["product"] == "Traktoren"
    assert p["place"] == "RU-BA"
    assert p["status"] == "done"  # "es gibt"


def test_planned_service_centre_with_enterprise_and_city():
    doc = make_doc(
        "Laut Alexander Lukaschenko soll AMKODOR in Ufa bald ein Produktions- und Servicezentrum eröffnen.",
        persons={"Alexander Lukaschenko": "Alexander Lukaschenko"},
        orgs={"AMKODOR": "AMKODOR"},
        places={"Ufa": ("city", "Ufa")},
    )
    [p] = facts_of(doc, "project")
    assert p == {
        "kind": "service_centre",
        "organizations": ["AMKODOR"],
        "place": "Ufa",
        "product": None,
        "status": "planned",
        "evidence": doc.sentences[0].text,
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Das Montagewerk von MAZ in Ufa wird gebaut.", "under_way"),
        ("Das Montagewerk von MAZ in Ufa wurde 2019 in Betrieb genommen.", "done"),
        ("Das Montagewerk von MAZ in Ufa soll 2026 eröffnet werden.", "planned"),
    ],
)
def test_project_status(sentence, status):
    doc = make_doc(sentence, orgs={"MAZ": "MAZ"}, places={"Ufa": ("city", "Ufa")})
    [p] = facts_of(doc, "project")
    assert (p["kind"], p["status"], p["organizations"]) == ("assembly", status, ["MAZ"])


def test_trigger_inside_enterprise_name_and_nameless_building_are_not_projects():
    doc = make_doc(
        "Wer Straßen baut, benötigt Maschinen. Das Minsker Traktorenwerk ist bekannt.",
        orgs={"Minsker Traktorenwerk": "MTZ"},
    )
    facts = facts_of(doc, "project")
    assert facts == []


# -- helpers and export ----------------------------------------------------------------------

def test_roman_numerals():
    assert [roman_to_int(x) for x in ("V", "VIII", "IX", "XI", "XIV")] == [5, 8, 9, 11, 14]


def test_dates_skip_deadlines_and_ranges():
    hits = find_dates("Strategie bis 2025 für 2016-2020, unterzeichnet 2014", None, language())
    assert [h.value for h in hits] == ["2014"]


def test_contract_shape():
    doc = make_doc(
        "Im Jahr 2008 wurde ein Kooperationsabkommen verabschiedet. Das Treffen fand 2009 in Minsk statt.",
        places={"Minsk": "BY-HM"},
    )
    add_facts(doc)
    out = to_contract_facts(doc)
    assert set(out) == {"agreements", "events", "projects"}
    assert out["agreements"][0]["kind"] == "agreement" and out["events"][0]["place"] == "BY-HM"
    assert set(out["agreements"][0]) == {"kind", "parties", "date", "title", "evidence"}
    assert set(out["events"][0]) == {"kind", "date", "place", "participants", "ordinal", "evidence"}


# -- decisions taken after reading the seed texts --------------------------------------------

def test_referenced_agreement_gives_way_to_the_act_of_the_sentence():
    doc = make_doc(
        "Im Mai 2021 verabschiedete das Gebiet Sachalin einen Aktionsplan für 2021-2023 zur Umsetzung des Abkommens.",
        places={"Gebiet Sachalin": "RU-SAK"},
    )
    assert [(a["kind"], a["date"]) for a in facts_of(doc, "agreement")] == [("action_plan", "2021-05")]


def test_agreement_alone_named_as_a_basis_keeps_no_date():
    doc = make_doc("Im Einklang mit der unterzeichneten Vereinbarung liefert Amkodor seit 2019 Maschinen.")
    [a] = facts_of(doc, "agreement")
    assert a["kind"] == "agreement" and a["date"] is None


def test_contract_about_twinning_is_twinning():
    doc = make_doc(
        "Schon 1998 unterzeichneten Wladimir und Bobruisk einen Vertrag über die Städtepartnerschaft.",
        places={"Wladimir": ("city", "Wladimir"), "Bobruisk": ("city", "Bobruisk")},
    )
    [a] = facts_of(doc, "agreement")
    assert (a["kind"], a["title"], a["date"]) == ("twinning", "Vertrag über die Städtepartnerschaft", "1998")


def test_titles_end_where_the_sentence_goes_on():
    doc = make_doc(
        "Am 17. Januar 1996 wurde in Minsk der Vertrag über Freundschaft und Zusammenarbeit unterzeichnet, der bis heute gilt.",
        places={"Minsk": "BY-HM"},
    )
    [a] = facts_of(doc, "agreement")
    assert (a["title"], a["date"]) == ("Vertrag über Freundschaft und Zusammenarbeit", "1996-01-17")


def test_counts_of_agreements_and_meetings_are_no_single_fact():
    doc = make_doc(
        "Das Exekutivkomitee hat 22 bilaterale Abkommen über die Zusammenarbeit unterzeichnet. "
        "Im Dezember 2021 gab es mehr als 200 Treffen von Geschäftsleuten in Minsk.",
        places={"Minsk": "BY-HM"},
    )
    add_facts(doc)
    assert doc.facts == []


def test_a_year_before_the_trigger_is_no_count():
    assert [a["kind"] for a in facts_of(make_doc("Im Jahr 2008 wurde ein Kooperationsabkommen verabschiedet."), "agreement")] == ["agreement"]


def test_one_event_per_sentence_named_by_its_most_specific_word():
    doc = make_doc("Im Oktober 2020 besuchte eine belarussische Delegation die Region Wladimir.", places={"Region Wladimir": "RU-VLA"})
    assert [e["kind"] for e in facts_of(doc, "event")] == ["delegation"]


def test_day_of_month_is_no_ordinal_and_verbs_are_no_events():
    doc = make_doc(
        "Bereits am 27. November trafen sich die Präsidenten in Podolsk. Die Parteien beimessen dem Thema Bedeutung im Jahr 2017.",
        places={"Podolsk": ("city", "Podolsk")},
    )
    events = facts_of(doc, "event")
    assert [(e["kind"], e["ordinal"]) for e in events] == [("meeting", None)]


def test_origin_is_no_place_of_the_event():
    doc = make_doc("Gestern traf sich Wladimir Putin mit Alexander Lukaschenko aus Belarus.",
                   places={"Belarus": ("country", "BY")}, persons={"Wladimir Putin": "Wladimir Putin", "Alexander Lukaschenko": "Alexander Lukaschenko"})
    [e] = facts_of(doc, "event")
    assert e["place"] is None and e["participants"] == ["Wladimir Putin", "Alexander Lukaschenko"]


def test_nearest_status_cue_wins():
    doc = make_doc(
        "Im Mai 2009 wurde in Semey mit der Montage von Traktoren begonnen, von denen 2011 mehr als zweitausend Bausätze ausgeliefert werden sollen.",
        places={"Semey": ("city", "Semei")},
    )
    [p] = facts_of(doc, "project")
    assert (p["kind"], p["status"], p["product"], p["place"]) == ("assembly", "under_way", "Traktoren", "Semei")


def test_bodies_are_no_enterprises_of_a_project():
    doc = make_doc(
        "Das Landwirtschaftsministerium und MAZ planen ein Montagewerk in Ufa.",
        orgs={"Landwirtschaftsministerium": "Landwirtschaftsministerium", "MAZ": "MAZ"},
        places={"Ufa": ("city", "Ufa")},
    )
    [p] = facts_of(doc, "project")
    assert p["organizations"] == ["MAZ"] and p["status"] == "planned"


def test_a_plant_needs_an_enterprise():
    doc = make_doc("Die Region Pawlodar unterstützt die Herstellung von Kontakten zwischen Unternehmen.", places={"Region Pawlodar": "KZ-55"})
    assert facts_of(doc, "project") == []
