from regiomonitor.nlp.document import Document
from regiomonitor.nlp.pipeline import process


def run(text):
    return process(Document(text=text))


def test_person_with_role_and_role_noun_coreference_in_quotes():
    doc = run(
        "Der Präsident von Belarus Alexander Lukaschenko traf Radi Chabirow, Oberhaupt der "
        "Republik Baschkortostan. „Wir müssen den Umsatz in diesem Jahr steigern“, sagte der Staatschef."
    )
    names = {p.name: p.role for p in doc.persons}
    assert "Alexander Lukaschenko" in names and "Radi Chabirow" in names
    assert "Oberhaupt" in (names["Radi Chabirow"] or "")
    assert doc.quotes and doc.quotes[0].speaker == "Alexander Lukaschenko"


def test_initials_and_surname_alone_fold_into_one_person():
    doc = run("Der Gouverneur W. Wladimirow kam nach Minsk. Wladimirow sagte, der Handel wachse.")
    assert len({p.name for p in doc.persons}) == 1


def test_ordinal_is_not_an_initial():
    doc = run("Auf dem V. Forum der Regionen sprach man über Traktoren.")
    assert doc.persons == []


def test_organizations_from_knowledge_patterns_and_legal_forms():
    doc = run(
        "Das Minsker Automobilwerk (MAZ) und die Liteiny Zavod LLC arbeiten mit der "
        "Industrie- und Handelskammer der Region Stawropol zusammen. Auch RUPE Gomelkhlebprom ist dabei."
    )
    names = {o.name for o in doc.organizations}
    assert any("Automobilwerk" in n or n == "MAZ" for n in names)
    assert any("Liteiny Zavod LLC" in n for n in names)
    assert any("Handelskammer der Region Stawropol" in n for n in names)
    assert any("Gomelkhlebprom" in n for n in names)


def test_generic_bodies_are_not_organizations():
    doc = run("Eine gemeinsame Kommission tagte. Die Arbeitsgruppe traf sich. Die Regierung beriet.")
    assert doc.organizations == []


def test_authority_of_a_region_keeps_the_region_as_place():
    doc = run("Das Exekutivkomitee des Gebiets Gomel unterzeichnete ein Abkommen.")
    assert "BY-HO" in {p.key for p in doc.places}
