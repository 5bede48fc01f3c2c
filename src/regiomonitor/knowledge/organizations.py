"""Organizations knowledge base (`data/organizations/organizations.tsv`) and the German
vocabulary for recognising names that are not in it (`data/lang/de/organizations.yaml`)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from regiomonitor.knowledge.files import data_path, read_tsv, read_yaml


@dataclass(frozen=True)
class Organization:
    name: str
    kind: str
    place: str | None
    sectors: tuple[str, ...]


@dataclass
class OrganizationBase:
    automaton: ahocorasick.Automaton  # lowercased name or alias -> (key, Organization, case_sensitive_form)
    by_name: dict[str, Organization]


# words that open a name's complement: the head noun stands before them (`Rat der Republik`)
_COMPLEMENT_START = frozenset("der des für von vom zur zum".split())


def german_case_forms(name: str) -> list[str]:
    """The nominative name and its genitive/dative forms: adjectives take -en (`Eurasischen
    Wirtschaftsunion`, `Gemeinsamen Wirtschaftsraum`), the head noun -s/-es (`Unionsstaates`,
    `Rates der Republik`: a complement after the head keeps its case)."""
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words) if i and w in _COMPLEMENT_START), len(words))
    forms = _core_case_forms(words[:cut])
    if cut < len(words):
        complement = " ".join(words[cut:])
        forms = [f"{core} {complement}" for core in forms] + _core_case_forms(words)
    return list(dict.fromkeys(forms))


def _core_case_forms(words: list[str]) -> list[str]:
    adjective_forms = []
    weak_forms = []  # after the article: `das Belarussische Metallurgische Werk`, `der Föderale Zolldienst`
    for w in words[:-1]:
        if w.endswith(("e", "er", "es")) and len(w) > 3 and w[:-1].isalpha():
            stem = w[:-1] if w.endswith("e") else w[:-2]
            adjective_forms.append(stem + "en")
            weak_forms.append(stem + "e")
        else:
            adjective_forms.append(w)
            weak_forms.append(w)
    last = words[-1]
    genitives = [last]
    if last[-1:].isalpha() and last[-1] not in "sßxz" and last[-1].islower():
        genitives += [last + "s", last + "es"] if last[-1] not in "aeiouy" else [last + "s"]
    elif last.endswith(("ss", "ß", "x", "z")) and last[-2:-1].islower():
        genitives += [last + "es"]  # `Ausschusses`, `Komplexes`, `Gewerkschaftsbundes`
    forms = []
    for head in (words[:-1], adjective_forms):
        for tail in genitives:
            forms.append(" ".join([*head, tail]))
    forms.append(" ".join([*weak_forms, last]))
    if last.endswith("werk"):
        # a plant is also named in the plural (`die Belarussischen Automobilwerke`, `mit den
        # Minsker Traktorenwerken`), its adjectives then in -e or -en
        plural_adjectives = [a[:-1] if a.endswith("en") and a != w else a for a, w in zip(adjective_forms, words)]
        for head in (words[:-1], plural_adjectives, adjective_forms):
            forms += [" ".join([*head, last + "e"]), " ".join([*head, last + "en"])]
    return list(dict.fromkeys(forms))


@cache
def organization_base() -> OrganizationBase:
    automaton = ahocorasick.Automaton()
    by_name: dict[str, Organization] = {}
    path = data_path("organizations", "organizations.tsv")
    entries: dict[str, list] = {}
    if path.exists():
        for row in read_tsv(path):
            name = row.get("name", "")
            if not name:
                continue
            org = Organization(
                name=name,
                kind=row.get("kind", "other"),
                place=row.get("place") or None,
                sectors=tuple(s for s in (row.get("sectors") or "").split("|") if s),
            )
            by_name[name] = org
            for form in [name, *(a.strip() for a in (row.get("aliases") or "").split("|"))]:
                if len(form) < 2:
                    continue
                # short all-capital aliases (MAZ, MTZ) must match in capitals: `maz` is no name
                exact = form if (form.isupper() or len(form) <= 4) else None
                variants = [form] if exact else german_case_forms(form)
                for variant in variants:
                    bucket = entries.setdefault(variant.lower(), [])
                    if (org, exact) not in bucket:
                        bucket.append((org, exact))
    for key, values in entries.items():
        automaton.add_word(key, (key, tuple(values)))
    if entries:
        automaton.make_automaton()
    return OrganizationBase(automaton, by_name)


@dataclass(frozen=True)
class OrgGrammar:
    heads: tuple[str, ...]
    not_heads: frozenset[str]
    authority_heads: frozenset[str]
    connectors: frozenset[str]
    proper_modifier_suffixes: tuple[str, ...]
    stop_words: frozenset[str]
    legal_prefix: tuple[str, ...]
    legal_suffix: tuple[str, ...]
    quoted_heads: tuple[str, ...]
    enterprise_endings: tuple[str, ...]
    name_leads: tuple[str, ...] = ()
    descriptor_heads: frozenset[str] = frozenset()
    generic_heads: frozenset[str] = frozenset()  # `Montagewerk`: no name with a country's adjective alone
    time_words: frozenset[str] = frozenset()  # `Jahres`, `Quartal`: nouns that end a name's complement
    head_genders: tuple[tuple[str, str], ...] = ()
    quoted_not_after: tuple[str, ...] = ()  # (noun ending, f|n|m), longest ending first
    name_words: frozenset[str] = frozenset()  # `International`, `Trading`: words a firm's name goes on with
    english_of_heads: tuple[str, ...] = ()  # `University`, `Bank`: English names `University of Science and ...`
    compound_name_parts: frozenset[str] = frozenset()  # `Osteuropa`: `Osteuropa-Institut` is a name


@cache
def org_grammar(language: str = "de") -> OrgGrammar:
    raw = read_yaml(data_path("lang", language, "organizations.yaml"))
    return OrgGrammar(
        heads=tuple(sorted(raw["heads"], key=len, reverse=True)),
        not_heads=frozenset(raw["not_heads"]),
        authority_heads=frozenset(raw["authority_heads"]),
        connectors=frozenset(raw["connectors"]),
        proper_modifier_suffixes=tuple(raw["proper_modifier_suffixes"]),
        stop_words=frozenset(raw["stop_words"]),
        legal_prefix=tuple(raw["legal_prefix"]),
        legal_suffix=tuple(raw["legal_suffix"]),
        quoted_heads=tuple(raw["quoted_heads"]),
        enterprise_endings=tuple(raw["enterprise_endings"]),
        name_leads=tuple(raw.get("name_leads", [])),
        descriptor_heads=frozenset(raw.get("descriptor_heads", [])),
        generic_heads=frozenset(w.lower() for w in raw.get("generic_heads", [])),
        time_words=frozenset(w.lower() for w in raw.get("time_words", [])),
        quoted_not_after=tuple(raw.get("quoted_not_after", [])),
        name_words=frozenset(raw.get("name_words", [])),
        english_of_heads=tuple(raw.get("english_of_heads", [])),
        compound_name_parts=frozenset(raw.get("compound_name_parts", [])),
        head_genders=tuple(sorted(((noun, gender) for gender, nouns in raw.get("head_genders", {}).items() for noun in nouns),
                                  key=lambda pair: -len(pair[0]))),
    )
