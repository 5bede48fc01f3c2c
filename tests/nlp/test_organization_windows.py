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


def test_one_scan_finds_what_separate_passes_find():
    """`_scan`'s single pass over the lower-cased text: the known names of `_kb_matches`, the
    pattern and lead words where the text writes them as the grammar does, the head nouns in any case."""
    from regiomonitor.knowledge.organizations import org_grammar
    from regiomonitor.nlp.literals import Occurrences
    from regiomonitor.nlp.organizations import _cased_word_groups, _kb_matches, _scan

    heads = Occurrences({"head": [h.lower() for h in org_grammar().heads]})
    words = Occurrences(_cased_word_groups())
    for text in [*TEXTS, "Das Minsker Traktorenwerk (MTZ) und die Holding BelAZ; UN-Bank, un Werk.",
                 "Die OAO Naftan, das Ministerium für Industrie; Gomselmash, Werks- und Rates.",
                 "des Unternehmens Pozhsnab, HauptUnternehmen Keramin, Konzerns Amkodor, den Firmen wie Belgran"]:
        low = text.lower()
        scan = _scan(text, low)
        assert scan.known == _kb_matches(text, low)
        assert scan.words == words.spans(text)
        assert scan.heads == heads.spans(low)["head"]


def test_token_starts_are_those_of_the_matches():
    from regiomonitor.nlp.organizations import _TOKEN, _TokenStarts

    for text in [*TEXTS, "St. Petersburger  Werk - „Nr“ №5, № 12 (Ost-West-Kanal-) O'Neill's -- 'x' St.Pauli; A - B",
                 "   ---   ..  St St. Werk-  und  Handelskammer „ “ « » ! ?"]:
        for start, end in [(0, len(text)), (3, len(text) - 4)]:
            tokens = _TOKEN.findall(text, start, end)
            starts = _TokenStarts(text, start, tokens)
            assert [starts[i] for i in range(len(tokens))] == [m.start() for m in _TOKEN.finditer(text, start, end)]


def test_gender_by_ending_is_the_longest_listed_ending():
    from regiomonitor.knowledge.organizations import org_grammar
    from regiomonitor.nlp.organizations import _gender

    def longest_ending(noun):
        low = noun.lower()
        for cut in (0, 1, 2):
            base = low[:-cut] if cut else low
            if cut and not low.endswith(("s", "es")[cut - 1]):
                continue
            for ending, gender in org_grammar().head_genders:
                if base.endswith(ending):
                    return noun[:len(noun) - cut], gender
        return None

    endings = [e for e, _ in org_grammar().head_genders]
    nouns = [w + tail for e in endings for w in (e.capitalize(), "Staats" + e, e[1:], e[2:]) for tail in ("", "s", "es", "e")]
    for noun in [*nouns, "", "S", "Es", "Rates", "Werk", "Konzerns", "Xy"]:
        assert _gender(noun) == longest_ending(noun)
