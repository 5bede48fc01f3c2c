"""Pipeline component: people, their roles, and what role nouns refer back to them.

A person is found as (1) a known official's name or variant, (2) a given name followed by a
capitalised surname (`Radi Chabirow`), (3) initials and a surname (`W. Wladimirow`), where the
surname must not be an ordinary German word (`V. Forum` is no one), or (4) a known official's
distinctive surname alone. Later mentions by surname alone are folded into the fullest form.
The role is the noun phrase the text puts next to the name (`Gouverneur des Gebiets Kaluga
Wladislaw Schapscha`, `Radi Chabirow, Oberhaupt der Republik Baschkortostan`).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import ahocorasick
import simplemma

from regiomonitor.knowledge.persons import person_base
from regiomonitor.knowledge.places import gazetteer
from regiomonitor.nlp.document import Document, Mention
from regiomonitor.nlp.organizations import german_compound, is_organization_noun
from regiomonitor.nlp.places import word_before
from regiomonitor.nlp.spans import DisjointSpans, SpanCover


def _alternation_after(words: list[str], not_after: str = r"\w") -> str:
    r"""`(?<!not_after)(?:` + `alternation(words)` + `)` for words that open with a word
    character, written so that `re` can skip to the words' first letters: the look-behind moves
    behind each first letter (`P(?<!\w.)(?:räsident|remier)|G(?<!\w.)(?:ouverneur)`). A pattern
    that opens with a look-behind or `\b` makes `re` try every offset of the text; one that opens
    with a letter lets it jump from one possible first letter to the next. Only words with the
    text's first letter can match at an offset, and their order is kept: the same matches.
    `not_after` is one character class (`\w`, `[\w.-]`, `[^\n]` for a line start)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        assert re.match(r"\w", word), word
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + rf"(?<!{not_after}.)(?:" + "|".join(rest) + ")" for first, rest in groups.items())


_SURNAME = r"[A-ZÄÖÜ][a-zäöüßéë]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
# A pattern opening with a look-behind (`(?<![\w.])X`) makes `re` try every offset of the text;
# opening with a letter class and looking behind after it (`[A-Z](?<![\w.].)`, the same test)
# lets it jump from one capital to the next.
# (an initial may be a transliterated digraph: `Ch. Saidsoda`, `Sch. Mirsijojew`, `Ju. Petrow`)
_DIGRAPH_TAIL = r"(?:(?<=[CSZK])h|(?<=S)ch|(?<=[TD])sch|(?<=T)s|(?<=[JY])[aeou])?"
_INITIALS = re.compile(rf"([A-ZÄÖÜ](?<![\w.].){_DIGRAPH_TAIL}\.\s?(?:[A-ZÄÖÜ]\.\s?)?)({_SURNAME})\b")
# overlapping (the surname in a lookahead): in `Gemäß Talgat Lastajew` the pair to take starts
# at the second word
# (a name does not run over a line break: `Mähdrescher für Soja` / `Am Stand ...`)
# a nobiliary or family particle between given name and surname: `Maria von der Heide`, `Jan van Dyk`
_PARTICLE = r"(?:von|van)(?:[ \t]+(?:der|den|dem))?|de|di|da|du|ter|ten"
_CAPWORD = re.compile(rf"([A-ZÄÖÜ](?<![\w.-].)[a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=[ \t\u00a0]+((?:(?:{_PARTICLE})[ \t]+)?)({_SURNAME})\b)")
_PARTICLE_SURNAME = re.compile(rf"[ \t]+({_PARTICLE})[ \t]+({_SURNAME})\b")
_THIRD_NAME = re.compile(rf"[ \t]+({_SURNAME})\b")
# an initial (the `W` of `W.`), looked for from its full stop: `re` finds a `.` by a fast search
_INITIAL = re.compile(r"\.(?:(?<=[A-ZÄÖÜ]\.)|(?<=[CSZK]h\.)|(?<=sch\.)|(?<=Sch\.)|(?<=Ts\.)|(?<=[JY][aeou]\.))")
# a surname before two initials, as minutes and lists write it: `Muraschko M.A., Gesundheitsminister`
_SURNAME_INITIALS = re.compile(rf"([A-ZÄÖÜ](?<![\w.-].)[a-zäöüßéë]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+((?:[A-ZÄÖÜ]\.\s?){{2}})(?=[\s,;)])")
# a picture or source credit names the photographer, not a person of the story
_CREDIT = re.compile(r"(?<!Text und )\b(?:Foto|Fotos|Bild|Bilder|Grafik|Video|Quelle)\s*:\s*$")  # (`Text und Fotos:` is a byline)
# an author's byline on a line of its own: `Von Anna Petrowa`, `Autorin: Anna Petrowa`, with the
# place written from after a bar or a comma (`Von Anna Petrowa | Almaty`)
_BYLINE_LINE = re.compile(r"(?:[Vv]on|Text(?:[ \t]+und[ \t]+Fotos?)?:|Autor:|Autorin:)[ \t]+([A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,2})"
                          r"(?:[ \t]*[|,][ \t]*[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+)?)?[ \t]*$", re.MULTILINE)
# the same after a line break, for the lines after the first: `re` finds a `\n` by a fast search,
# where a pattern opening with `^` is tried at every offset
_BYLINE_AFTER_BREAK = re.compile(r"\n" + _BYLINE_LINE.pattern, re.MULTILINE)
_TITLES = ("Dr", "Prof", "Ing", "Dipl")
# an author on a line of their own, with the place written from (`Andreas Pfeifer, Semei`): the
# surname may be a German word (`Pfeifer`), the given name must be listed
_AUTHOR_LINE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+[A-ZÄÖÜ][a-zäöüßéë]+)(?:,[ \t]*[A-ZÄÖÜ][\w-]+)?[ \t]*$",
                          re.MULTILINE)
_NAMED_AFTER = re.compile(r"\s+benannte[nmrs]?\b")
_NOT_SURNAME_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ismus", "ität")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüßéë]+(?:-[A-ZÄÖÜ][a-zäöüßéë]+)?")
_APPOSITION_ARTICLES = ("der", "die", "des", "dem")
_APPOSITION = re.compile(r"([A-ZÄÖÜ](?<![\w.-].)[\w-]+)\s+([A-ZÄÖÜ][\w-]+),\s+(?:(?:der|die|des|dem)\s+)?"
                         r"(?:[a-zäöüß]+(?:er|e|en)\s+)?(?=[A-ZÄÖÜ])")
_TOKEN = re.compile(r"[A-ZÄÖÜ][\w-]*|[a-zäöüß][\w-]*|[^\w\s]")
# Words that may stand between a role noun and the name it introduces: `Gouverneur des Gebiets
# Kaluga Wladislaw Schapscha`, `Botschafter Russlands in Belarus Boris Gryslow`.
_ROLE_LINKS = frozenset("des der dem den die von vom für und in im aus am zum zur".split())
_ADJECTIVE_ENDINGS = ("ische", "ischen", "ischer", "isches", "ischem")


@cache
def _role_pattern() -> re.Pattern | None:
    nouns = sorted(person_base().role_nouns, key=len, reverse=True)
    if not nouns:
        nouns = ["Präsident", "Präsidentin", "Gouverneur", "Oberhaupt", "Vorsitzende", "Vorsitzender",
                 "Premierminister", "Ministerpräsident", "Minister", "Botschafter", "Akim", "Leiter", "Staatschef", "Bürgermeister"]
    return re.compile(rf"(?:{_alternation_after(nouns)})\w*")


@cache
def _compound_role_patterns() -> tuple[re.Pattern, re.Pattern] | None:
    """A compound whose last part is a role noun (`Wirtschaftsminister`, `Handelsdelegierter`):
    the heads searched for after a lower-case letter, and the whole word at an offset (read to
    its end, then its ending tested: no backtracking over its letters)."""
    heads = sorted(person_base().role_heads, key=len, reverse=True)
    if not heads:
        return None
    after = re.compile(rf"(?:{'|'.join(map(re.escape, heads))})(?![\w-])")  # (the letter before: tested by the caller)
    whole = re.compile(rf"[A-ZÄÖÜ][a-zäöüß]+(?:{'|'.join(f'(?<={re.escape(h)})' for h in heads)})(?![\w-])")
    return after, whole


def _role_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the role nouns of `text`, compounds included, in order."""
    spans = [rm.span() for rm in _role_pattern().finditer(text)]
    patterns = _compound_role_patterns()
    if patterns:
        for m in patterns[0].finditer(text):
            start = m.start()
            if start == 0 or not text[start - 1].islower():
                continue  # `Minister` alone is a role noun of the pattern above, no compound
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            if text[start].isupper() and patterns[1].match(text, start):
                spans.append((start, m.end()))
        spans.sort()
    return spans


def _starts_with_role(text: str) -> bool:
    patterns = _compound_role_patterns()
    return bool(_role_pattern().match(text) or (patterns and patterns[1].match(text)))


@cache
def _name_automaton() -> ahocorasick.Automaton | None:
    """One automaton for all official names and variants, their distinctive surnames alone (also
    in the genitive) and the given names, built once: one pass over a text finds the known
    names and where a given name may open a `_CAPWORD` pair. Values: (length of the form,
    official name or None, KB role, whether the form is a given name)."""
    base = person_base()
    known: dict[str, tuple[str, str | None]] = {}
    for form, official in base.by_form.items():
        known[form] = (official.name, official.role)
    for surname, official in base.by_surname.items():
        for key in (surname, surname + "s"):
            known.setdefault(key, (official.name, official.role))
    automaton = ahocorasick.Automaton()
    for form in known.keys() | base.given_names:
        name, role = known.get(form, (None, None))
        automaton.add_word(form, (len(form), name, role, form in base.given_names))
    if len(automaton) == 0:
        return None
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=50_000)
def _is_common_word(word: str) -> bool:
    """An ordinary German word (Forum, Zusammenarbeit) cannot be a surname."""
    if word.lower().endswith(_NOT_SURNAME_ENDINGS):
        return True
    if word in person_base().surnames:
        return False  # `Weber`, `Lenz`: the word list knows them as words, yet they are surnames
    if len(word) > 4 and word.endswith(person_base().surname_endings) and word[0].isupper():
        return False  # `Sidorow`, `Iwanowa`: a general word list may know them, yet they are names
    return simplemma.is_known(word, lang="de") or simplemma.is_known(word.lower(), lang="de")


def _role_near(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    after = text[end:sent_end]
    m = re.match(r"\s*,\s*((?:der|die|des)?\s*[^,.;:()„“\"<>]{3,90}?)(?=,|\.|;|\)|\s*\(|\s(?:sagte|betonte|erklärte|hat|ist|war|wird)\b|$)", after)
    feminine = _feminine(text[start:end])
    if m and _starts_with_role(m.group(1).strip().split(" ", 1)[-1] if m.group(1).strip().startswith(("der ", "die ", "des ")) else m.group(1).strip()):
        return nominative_role(re.sub(r"^(?:der|die|des)\s+", "", m.group(1).strip()), feminine)
    before = text[max(sent_start, start - 120):start]
    spans = _role_spans(before)
    if spans:
        best_start = spans[-1][0]
        # with the adjectives in front of the noun: `der belarussische Präsident`, `stellvertretende`
        lead = _ROLE_ADJECTIVES.search(before, 0, best_start)
        role = before[lead.start() if lead else best_start:].strip(" ,")
        if len(role) <= 100 and not re.search(r"[.;:„“\"<>]", role) and not _names_someone_else(role):
            return nominative_role(role, feminine)
    return None


# lowercase adjectives right before a role noun: `belarussischen`, `stellvertretende`, `amtierende`
# (an adjective suffix is required: `sagte Akim X`, `wie Präsident X` have none)
_ROLE_ADJECTIVES = re.compile(r"(?:\b[a-zäöüß][\w-]*(?:isch|ig|lich|end|al|ell|iv|är)(?:e|en|er|es|em)\s+){1,2}$")
_ADJECTIVAL_NOUNS = ("Vorsitzende", "Stellvertretende", "Beauftragte", "Abgeordnete", "Bevollmächtigte")


_NOT_IN_A_ROLE = frozenset({"wie", "und", "mit", "sowie", "oder", "sagte", "erklärte", "betonte", "unterzeichnete", "traf"})


def _names_someone_else(role: str) -> bool:
    """`Gouverneur Alexei Teksler unterzeichnete mit`, `Minister wie Pinewitsch und`: the stretch
    before the name holds another person or a clause, not a role."""
    words = role.split()[1:]
    return any(w in person_base().given_names or w in _NOT_IN_A_ROLE for w in words)


def _feminine(name: str) -> bool:
    """Russian, Belarusian and Kazakh women's given names end in -a (`Natalja`, `Valentina`)."""
    given = name.split()[0] if name.split() else ""
    return len(given) > 2 and given.endswith("a") and "." not in given


def _role_base(word: str) -> str | None:
    """The nominative singular of an inflected role noun: `Präsidenten` -> `Präsident`,
    `Gouverneurs` -> `Gouverneur`, `Vorsitzenden` -> `Vorsitzende`; None for other words."""
    nouns = person_base().role_nouns
    if word.endswith("in") and word in nouns:
        return word  # `Präsidentin`: a feminine noun, no ending to take off
    candidates = [word[:-cut] for cut, ending in ((2, "en"), (2, "es"), (1, "s"), (1, "n")) if word.endswith(ending)]
    found = [c for c in [*candidates, word] if c in nouns]
    return min(found, key=len) if found else None


def nominative_role(role: str, feminine: bool = False) -> str:
    """A role as a title gives it: `belarussischen Präsidenten` -> `belarussischer Präsident`,
    `Vorsitzenden des Gebietsexekutivkomitees` -> `Vorsitzender des ...` (the complement keeps its case)."""
    words = role.split(" ")
    for i, word in enumerate(words):
        base = _role_base(word)
        if base is None:
            continue
        if base in _ADJECTIVAL_NOUNS and not feminine:
            base += "r"
        words[i] = base
        ending = "e" if feminine or base.endswith("in") else "er"
        for j in range(i):
            words[j] = re.sub(r"(?:en|em|es|er|e)$", ending, words[j]) if words[j][:1].islower() else words[j]
        return " ".join(words)
    return role


def _after_credit(text: str, start: int) -> bool:
    """A picture or source credit before `start`: `Foto: Sergej Iwanow / Sputnik`."""
    before = max(0, start - 20)
    return ":" in text[before:start] and _CREDIT.search(text, before, start) is not None


def _same_given_name(a: str, b: str) -> bool:
    """`Alexei`/`Alexej`, `A.`/`Alexander`: the same given name in another spelling or as an initial."""
    x, y = a.split()[0].rstrip("."), b.split()[0].rstrip(".")
    k = min(5, len(x), len(y))  # (five letters: `Alexei` is not `Alexander`)
    return x[:1] == y[:1] and (len(x) == 1 or len(y) == 1 or x[:k] == y[:k])


def _non_overlapping(candidates, excluded: SpanCover, taken) -> list[tuple[int, int, str, str | None]]:
    """Longest candidates first, none inside an organization's name or over one already taken."""
    chosen: list[tuple[int, int, str, str | None]] = []
    occupied = DisjointSpans()
    for c in taken:
        occupied.add(c[0], c[1])
    for r in sorted(candidates, key=lambda r: (-(r[1] - r[0]), r[0])):
        if excluded.contains(r[0], r[1]):
            continue
        if occupied.overlaps(r[0], r[1]):
            continue
        chosen.append(r)
        occupied.add(r[0], r[1])
    return chosen


def _may_be_surname(word: str) -> bool:
    """After a given name: not an ordinary word, or one that is no noun of a body or role either."""
    return not _is_common_word(word) or not (
        word.lower().endswith(_NOT_SURNAME_ENDINGS) or german_compound(word, 6)
        or is_organization_noun(word) or word in person_base().role_nouns)


def _is_place_name(word: str) -> bool:
    """A word that names a place by itself (`Kaluga`, `Tatarstans`), not a designated-only form."""
    found = gazetteer().automaton.get(word.lower(), None)
    return bool(found) and any(f.type != "designated" for f in found[1])


def _name_like(word: str) -> bool:
    """Written like a name (`Aisen`, `Kassym-Schomart`; not `MTZ`) and no ordinary German word."""
    return _NAME_WORD.fullmatch(word) is not None and not _is_common_word(word)


def _role_anchored(text: str, excluded: SpanCover) -> list[tuple[int, int, str, str | None]]:
    """Names that a role noun introduces, whatever the given name (`Oberhaupt Aisen Nikolajew`),
    or that a role noun follows in apposition (`Aisen Nikolajew, Oberhaupt der Republik Sacha`)."""
    roles = _role_spans(text)
    found = [name for _, end in roles if (name := _introduced_by_role(text, end, excluded))]
    for start, _ in roles:
        m = _apposition_before(text, start)
        # (after a listed given name a known word is the surname: `Gerald Wimmer, ... Delegierter`)
        if m and (all(_name_like(w) for w in m.group(1, 2)) or m.group(1) in person_base().given_names):
            if not _is_place_name(m.group(1)) and not excluded.covers(m.start()):
                found.append((m.start(), m.start(2) + len(m.group(2)), f"{m.group(1)} {m.group(2)}", None))
    return found


def _introduced_by_role(text: str, role_end: int, excluded: SpanCover) -> tuple[int, int, str, str | None] | None:
    """The name after a role noun that ends at `role_end`.

    The words up to the first punctuation are read: articles, prepositions, `-isch` adjectives,
    ordinary nouns (`Gebiets`), place names and organization names are passed over; the last
    two adjacent name-like words of the first run are the person. The first of them must not be
    a place (`Kaluga Wladislaw` is no one).
    """
    run: list[re.Match] = []
    stop = None  # the token after the run
    for tm in _TOKEN.finditer(text, role_end, min(len(text), role_end + 100)):
        word = tm.group()
        if excluded.covers(tm.start()):
            if run:
                break
            continue
        if word[0].isupper() and (_name_like(word) or word in person_base().given_names) and (run or not _is_place_name(word)) \
                and not word.endswith(_ADJECTIVE_ENDINGS) \
                and word.lower() not in gazetteer().designators:  # (`des Rajons Pinsk`: no name opens there)
            run.append(tm)
            continue
        if run:
            if len(run) == 1 and word.islower() and (m := _PARTICLE_SURNAME.match(text, run[0].end())) \
                    and _may_be_surname(m.group(2)) and not _is_place_name(m.group(2)):
                # `Geschäftsführerin Maria von der Heide`
                return (run[0].start(), m.end(2), " ".join([run[0].group(), *m.group(1).split(), m.group(2)]), None)
            stop = tm
            break
        if word == ",":
            return _name_in_commas(text, tm.end(), excluded)  # `vom Chokim der Region, Schawkat Abdurasakow,`
        if word in _ROLE_LINKS or word.endswith(_ADJECTIVE_ENDINGS) or (word[0].isupper() and word.replace("-", "").isalpha()) \
                or (word == "." and text[max(0, tm.start() - 4):tm.start()].endswith(_TITLES)):
            continue  # (an academic title before the name: `Vorstand Dr. Hauke Petersen`)
        break
    if run and stop is not None and _is_place_name(text[run[-1].start():stop.end()]):
        run.pop()  # `Igor Marzinkewitsch Nischni Nowgorod`: a place of two words follows the name
    while run and _is_place_name(run[-1].group()):
        run.pop()  # `Anatoli Issatschenko Tscheboksary, wo ...`: the place the sentence goes on with
    if len(run) < 2:
        # `Gouverneur des Aimags Darchan-Uul, Ganbaataryn Tümenbajar,`: the complement ran up to
        # the comma, the name follows it
        return _name_in_commas(text, stop.end(), excluded) if stop is not None and stop.group() == "," else None
    given, surname = run[-2], run[-1]
    if _is_place_name(given.group()) or _is_place_name(text[given.start():surname.end()]):
        return None
    return (given.start(), surname.end(), f"{given.group()} {surname.group()}", None)


# a name set off by commas after a role and its complement: `der Akim der Region, Serik Nurtaj, sagte`
# (or ending the sentence: `sagte der Hokim des Gebiets Buchara, Botir Sarimsakow.`)
_NAME_IN_COMMAS = re.compile(r"\s*([A-ZÄÖÜ][\w-]+)\s+([A-ZÄÖÜ][\w-]+)\s*(?:,|\.(?=\s|$))")


def _name_in_commas(text: str, start: int, excluded: SpanCover) -> tuple[int, int, str, str | None] | None:
    m = _NAME_IN_COMMAS.match(text, start)
    if m is None or excluded.covers(m.start(1)) or not all(_name_like(w) for w in m.group(1, 2)):
        return None
    if _is_place_name(m.group(1)) or _is_place_name(m.group(2)):
        return None
    return (m.start(1), m.end(2), f"{m.group(1)} {m.group(2)}", None)


def _apposition_before(text: str, role: int) -> re.Match | None:
    """The match of `_APPOSITION` that ends where a role noun starts, at `role`, if any.

    Only a role noun after a space can end one, and each such noun is a match of the role
    pattern. A match (`Aisen Nikolajew, ` or `..., der `) holds no other offset where one could
    start, so the matches of `_APPOSITION.finditer` are all the offsets where it matches; and
    read back from the role noun (over the space, an article, the comma and two words) there is
    one offset where a match that ends at the noun can start.
    """
    i = _space_start(text, role)
    if i == role:
        return None
    adjective = _token_start(text, i)  # `Gerald Wimmer, österreichischer Wirtschaftsdelegierter`
    if adjective < i and text[adjective].islower() and text[adjective:i].endswith(("er", "e", "en")) \
            and text[adjective:i] not in ("der", "die", "de") and _space_start(text, adjective) < adjective:
        i = _space_start(text, adjective)
    if text[i - 3:i] in _APPOSITION_ARTICLES and i >= 4 and text[i - 4].isspace():
        i = _space_start(text, i - 3)
    if text[i - 1:i] != ",":
        return None
    second = _token_start(text, i - 1)
    m = _APPOSITION.match(text, _token_start(text, _space_start(text, second)))
    return m if m is not None and m.end() == role else None


# a Russian patronymic (`Jurjewitsch`, `Wiktorowna`): `Alexei Jurjewitsch` is how an interviewer
# addresses `Alexei Russkich`, no person of its own
_PATRONYMIC = re.compile(r"(?:ow|ew|jew|ej)(?:itsch|na)$")


_ADDRESSED = re.compile(r",[^.?!\n]{0,80}(?:\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b|\?)")  # (or asked: `..., warum Brest?`)
_ADDRESS_BEFORE = re.compile(r"\b(?:Bitte|Danke|Vielen\s+Dank|Sehr\s+geehrter)[,!]?\s*$")  # `Bitte, Serik Kairatowitsch.`


def _without_patronymic_addresses(chosen: list[tuple[int, int, str, str | None]], text: str) -> list[tuple[int, int, str, str | None]]:
    """Without `Alexei Jurjewitsch, Sie sind ...`: a given name and a patronymic, addressing a
    person the text names with that given name and a surname (`Sergej Nikiforowitsch` said
    something: a surname in -owitsch stays)."""
    given_with_surname = {c[2].split()[0] for c in chosen if len(c[2].split()) == 2 and not _PATRONYMIC.search(c[2])}
    return [c for c in chosen if not (len(c[2].split()) == 2 and _PATRONYMIC.search(c[2])
                                      and c[2].split()[0] in given_with_surname
                                      and (_ADDRESSED.match(text, c[1]) or _ADDRESS_BEFORE.search(text, max(0, c[0] - 20), c[0])))]


def _bylines(text: str) -> list[tuple[int, int, str, str | None]]:
    """The author of a byline (`Von Christian Saarländer`): a given name, or a word written like
    one, then a surname that may also be a German word (`Müller`, `Saarländer`); no word a place
    (`Von Gomel nach Brest` is no byline)."""
    given_names = person_base().given_names
    found = []
    if "on " in text or ":" in text:  # (every byline with a lead word holds one of them)
        for m in _byline_matches(text):
            words = m.group(1).split()
            if ((words[0] in given_names or _name_like(words[0])) and all(_NAME_WORD.fullmatch(w) for w in words)
                    and not any(_is_place_name(w) for w in words)):
                found.append((m.start(1), m.end(1), " ".join(words), None))
    for m in _AUTHOR_LINE.finditer(text):
        words = m.group(1).split()
        if words[0] in given_names and not _is_place_name(words[1]):
            found.append((m.start(1), m.end(1), " ".join(words), None))
    return found


def _byline_matches(text: str) -> list[re.Match]:
    """The matches of `_BYLINE_LINE` at the start of a line (a match never crosses a line break)."""
    first_line = _BYLINE_LINE.match(text)
    return ([first_line] if first_line else []) + list(_BYLINE_AFTER_BREAK.finditer(text))


def _surname_mentions(text: str, chosen: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """Later mentions by surname alone (`sagte Nikitin`, `Nikitins Worte`) of people named in full."""
    full = {_surname_of(name): name for _, _, name, _ in chosen if " " in name and "." not in _surname_of(name)}
    if not full:
        return []
    # What `(?<![\w.-])(Longest|...|Shortest)s?(?![\w-])` finds with `finditer`, without building
    # and compiling that pattern for each text: `str.find` finds each surname's occurrences, and
    # they are tried in the order of the text, at each offset the longest surname first.
    surnames_at: dict[int, list[str]] = {}
    for surname in sorted(full, key=len, reverse=True):
        at = text.find(surname)
        while at >= 0:
            surnames_at.setdefault(at, []).append(surname)
            at = text.find(surname, at + 1)
    found = []
    resume = 0
    for start in sorted(surnames_at):
        if start < resume or (start > 0 and (_is_token_char(text[start - 1]) or text[start - 1] == ".")):
            continue
        for surname in surnames_at[start]:
            end = start + len(surname)
            end += text.startswith("s", end)
            if not (end < len(text) and _is_token_char(text[end])):
                found.append((start, end, full[surname], None))
                resume = end
                break
    return found


def _is_token_char(char: str) -> bool:
    r"""`[\w-]`: a character of a word or a hyphenated word."""
    return char.isalnum() or char in "_-"


def _known_names(text: str) -> tuple[list[tuple[int, int, str, str | None]], list[int]]:
    """The known names in `text` (start, end, official name, KB role), and where given names
    occur (whole words or not), from one pass of `_name_automaton`."""
    found: list[tuple[int, int, str, str | None]] = []
    given_starts: list[int] = []
    automaton = _name_automaton()
    for end, (length, name, role, given) in automaton.iter(text) if automaton is not None else ():
        start, stop = end - length + 1, end + 1
        if given:
            given_starts.append(start)
        if name is None or (start > 0 and text[start - 1].isalnum()) or (stop < len(text) and text[stop].isalnum()):
            continue
        found.append((start, stop, name, role))
    return found, given_starts


def _given_name_pairs(text: str, given_starts: list[int]) -> list[re.Match]:
    """The matches of `_CAPWORD.finditer(text)` whose first word is a given name, tried only
    where a given name occurs (`given_starts`). A match holds no other offset where one could
    start, so the matches of `finditer` are all the offsets where it matches."""
    return [m for start in sorted(set(given_starts)) if (m := _CAPWORD.match(text, start)) and _is_given_name(m.group(1))]


def _is_given_name(word: str) -> bool:
    """A listed given name, or one joined of listed ones (`Hanna-Louise`, `Jan-Hendrik`)."""
    given_names = person_base().given_names
    return word in given_names or ("-" in word and all(part in given_names for part in word.split("-")))


# a Kyrgyz, Kazakh or Azerbaijani patronymic word after the father's name: `Nurbek Naryn uulu`
_PATRONYMIC_WORDS = ("uulu", "kyzy", "kysy", "uly", "ulu", "qizi", "oglu", "ogly", "oğlu")
_PATRONYMIC_WORD = re.compile(r"[ \t]+(?:" + "|".join(_PATRONYMIC_WORDS) + r")\b")


def _surname_of(name: str) -> str:
    """The surname of a full name: its last word, or the one before a patronymic word (`Naryn uulu`)."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in _PATRONYMIC_WORDS else words[-1]


def _with_patronymic_word(text: str, found: tuple[int, int, str, str | None]) -> tuple[int, int, str, str | None]:
    start, end, name, role = found
    m = _PATRONYMIC_WORD.match(text, end)
    return (start, m.end(), name + " " + m.group().strip(), role) if m else found


def _space_start(text: str, i: int) -> int:
    """The start of the run of whitespace that ends at offset `i` (`i` itself after none)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _token_start(text: str, i: int) -> int:
    r"""The start of the run of `[\w-]` characters that ends at offset `i`."""
    while i > 0 and _is_token_char(text[i - 1]):
        i -= 1
    return i


def _initials_matches(text: str) -> tuple[list[re.Match], list[re.Match]]:
    r"""The matches of `_INITIALS.finditer(text)` and of `_SURNAME_INITIALS.finditer(text)`,
    tried only at initials (`W.`). Both patterns need one, and `_INITIAL` finds them by a fast
    search for the few full stops instead of trying every capital.

    `_INITIALS` opens with an initial; as in `finditer`, the next match is looked for from the
    end of the last. A `_SURNAME_INITIALS` match holds no other offset where one could start, so
    its matches are all the offsets where it matches; each is the word (`[\w-]`) before the
    space before its first initial, and nowhere else can a match reach that initial."""
    initials: list[re.Match] = []
    surname_initials: list[re.Match] = []
    resume = 0
    for dot in _INITIAL.finditer(text):
        letter = dot.start() - 1
        while letter > 0 and dot.start() - letter < 4 and text[letter - 1].isalpha():
            letter -= 1  # the capital that opens a digraph initial (`Ch.`)
        if letter >= resume and (m := _INITIALS.match(text, letter)):
            initials.append(m)
            resume = m.end()
        if letter > 0 and text[letter - 1].isspace():
            if m := _SURNAME_INITIALS.match(text, _token_start(text, _space_start(text, letter))):
                surname_initials.append(m)
    return initials, surname_initials


def find_persons(text: str, sentence_spans: list[tuple[int, int]], sentence_of, excluded: list[tuple[int, int]]) -> list[Mention]:
    base = person_base()
    raw, given_starts = _known_names(text)  # start, end, name, role from KB
    for m in _given_name_pairs(text, given_starts):
        given, particle, surname = m.group(1, 2, 3)
        if word_before(text, m.start(1)) in gazetteer().designators:
            continue  # `des Gebiets Wladimir Roman Jermakow`: the given name is the region's name
        # after a listed given name (or a particle) a word the general word list knows is still a
        # surname (`Katja Weinert`, `Maria von der Heide`) unless it looks like a noun or names a
        # body or a role
        if _may_be_surname(surname) and not (particle and _is_place_name(surname)):
            end, name = m.end(3), " ".join([given, *particle.split(), surname])
            if not particle and _is_given_name(surname) and (third := _THIRD_NAME.match(text, end)) \
                    and _may_be_surname(third.group(1)) and not _is_place_name(third.group(1)):
                end, name = third.end(1), f"{name} {third.group(1)}"  # `Gian Peder Caduff`: two given names
            raw.append((m.start(1), end, name, None))
    initials, surname_initials = _initials_matches(text)
    for m in initials:
        surname = m.group(2)
        if surname in base.by_surname:
            raw.append((m.start(), m.end(), base.by_surname[surname].name, None))
        elif not _is_common_word(surname) and len(surname) > 3:
            raw.append((m.start(), m.end(), m.group(1).strip() + " " + surname if not m.group(1).endswith(" ") else m.group(0), None))
    for m in surname_initials:
        surname = m.group(1)
        if not _is_common_word(surname) and not _is_place_name(surname) and not is_organization_noun(surname):
            raw.append((m.start(), m.end(2), f"{m.group(2).replace(' ', '')} {surname}", None))  # `Muraschko M.A.`
    excluded_cover = SpanCover(excluded)
    raw.extend(_role_anchored(text, excluded_cover))
    raw.extend(_bylines(text))
    raw = [_with_patronymic_word(text, r) for r in raw]
    raw = [r for r in raw if not _after_credit(text, r[0])]
    raw = [r for r in raw if not _NAMED_AFTER.match(text, r[1])]  # `nach O. Seifullin benannte Universität`
    raw = [r for r in raw if not text[max(0, r[0] - 8):r[0]].endswith("namens ")]  # `Universität namens F. Skorina`
    chosen = _non_overlapping(raw, excluded_cover, [])
    chosen = sorted(chosen + _non_overlapping(_surname_mentions(text, chosen), excluded_cover, chosen))
    chosen = _without_patronymic_addresses(chosen, text)
    # fold surname-only and initial forms into the fullest name with the same surname
    fullest: dict[str, str] = {}
    for _, _, name, _ in chosen:
        key = _surname_of(name)
        if len(name) > len(fullest.get(key, "")):
            fullest[key] = name
    for key, name in fullest.items():
        official = base.by_surname.get(key)
        if official and official.name != name and _same_given_name(name, official.name):
            fullest[key] = official.name  # `Alexei Texler` is the official `Alexej Texler`
    mentions = []
    spans = sentence_spans
    for start, end, name, kb_role in chosen:
        si = sentence_of(start)
        s_start, s_end = spans[si] if spans else (0, len(text))
        canonical = fullest[_surname_of(name)]
        role = _role_near(text, start, end, s_start, s_end) or None
        mentions.append(
            Mention(kind="person", key=canonical, surface=text[start:end], start=start, end=end,
                    sentence=si, name=canonical, role=role, attrs={"kb_role": kb_role} if kb_role else {})
        )
    return mentions


def add_persons(doc: Document) -> None:
    """Pipeline component: fill `doc.persons` (needs sentences; organizations if present)."""
    spans = [(s.start, s.end) for s in doc.sentences]
    excluded = [(m.start, m.end) for m in doc.organizations]
    doc.persons = find_persons(doc.text, spans, doc.sentence_at, excluded)
    # a surname that is also a place (`Aisen Nikolajew`, not the Ukrainian region) names the person
    persons = SpanCover((m.start, m.end) for m in doc.persons)
    doc.places = [p for p in doc.places if not persons.contains(p.start, p.end)]
