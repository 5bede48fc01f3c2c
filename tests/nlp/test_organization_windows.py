"""The organization patterns scanned only around their words find what a full scan finds."""
from regiomonitor.nlp.organizations import _pattern_matches, _patterns

TEXTS = [
    "Die OAO „Minsker Traktorenwerk“ und RUPE Gomelkhlebprom lieferten an Liteiny Zavod LLC.",
    "Das Unternehmen Amkodor-Holding, die Bank \"Belinvest Bank\" AG und Gomselmash.",
    "Belarus\nKali JSC meldete; (Naftan Plant) und „Grodno Azot“ JSC sowie № 5 Werk Ltd.",
    "OOO  Foo\nBar Baz-Group  Co, Vereinigung  „Erholung auf dem Lande“ GmbH",
]


def test_windowed_scan_finds_what_a_full_scan_finds():
    for text in TEXTS:
        full = [(key, m.span()) for key, pattern in _patterns().items() for m in pattern.finditer(text)]
        assert [(key, m.span()) for key, m in _pattern_matches(text)] == full
