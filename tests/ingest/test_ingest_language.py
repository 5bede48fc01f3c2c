"""Language detection on the cleaned text (py3langid, offline, restricted set)."""
from __future__ import annotations

import pytest

from regiomonitor.ingest import language
from regiomonitor.ingest.language import LANGUAGES, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Gebiete Witebsk und Pskow wollen den Warenverkehr über die Grenze deutlich ausbauen.", "de"),
        ("Витебская и Псковская области намерены значительно расширить товарооборот через границу.", "ru"),
        ("The Vitebsk and Pskov regions want to expand the exchange of goods across their border.", "en"),
    ],
)
def test_detects_the_language(text, language):
    assert detect_language(text) == language


def test_too_little_text_gives_none():
    assert detect_language("") is None
    assert detect_language("12:38 2026") is None


def test_long_text_is_sampled():
    text = "Die Zusammenarbeit der Regionen wächst weiter. " * 5000
    assert detect_language(text) == "de"
    assert "de" in LANGUAGES


# --- the shortcut for plainly German text ------------------------------------------------------

GERMAN = (
    "Der Handelsumsatz zwischen Belarus und dem Gebiet Pskow ist im vergangenen Jahr um zehn Prozent "
    "gestiegen. Das teilte der Gouverneur bei einem Treffen mit der Delegation aus Minsk mit. Die "
    "Unternehmen der beiden Regionen wollen auch in der Landwirtschaft und im Bauwesen enger "
    "zusammenarbeiten, sagte er. Ein Servicezentrum für die Lastwagen aus Minsk ist bereits in Betrieb, "
    "ein zweites wird im nächsten Jahr eröffnet."
)
ENGLISH = (
    "The trade turnover between Belarus and the Pskov region grew by ten percent last year, the "
    "governor said at a meeting with the delegation from Minsk. The companies of both regions also "
    "want to cooperate more closely in agriculture and construction. A service centre for the trucks "
    "from Minsk is already in operation, and a second one will open next year."
)
RUSSIAN = (
    "Товарооборот между Беларусью и Псковской областью в прошлом году вырос на десять процентов, "
    "сообщил губернатор на встрече с делегацией из Минска. Предприятия обеих регионов хотят теснее "
    "сотрудничать в сельском хозяйстве и строительстве. Сервисный центр для грузовиков из Минска уже "
    "работает, второй откроется в следующем году."
)
POLISH = (
    "Obroty handlowe między Białorusią a obwodem pskowskim wzrosły w ubiegłym roku o dziesięć procent, "
    "poinformował gubernator na spotkaniu z delegacją z Mińska. Przedsiębiorstwa obu regionów chcą "
    "ściślej współpracować w rolnictwie i budownictwie."
)
FRENCH = (
    "Le chiffre d'affaires entre la Biélorussie et la région de Pskov a augmenté de dix pour cent "
    "l'année dernière, a déclaré le gouverneur lors d'une rencontre avec la délégation de Minsk. Les "
    "entreprises des deux régions veulent coopérer plus étroitement dans l'agriculture."
)


@pytest.fixture
def no_model(monkeypatch):
    """Fail if the language model is asked."""
    def refuse():
        raise AssertionError("the model was asked")
    monkeypatch.setattr(language, "_get_identifier", refuse)


def test_plainly_german_text_needs_no_model(no_model):
    assert detect_language(GERMAN) == "de"
    assert detect_language("\n\n".join([GERMAN] * 40)) == "de"  # sampled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ENGLISH, "en"),
        (RUSSIAN, "ru"),
        (POLISH, "pl"),
        (FRENCH, "fr"),
        # a German quotation in a foreign text, or a foreign quotation in a German text
        (ENGLISH + " " + ENGLISH + " „Wir sind sehr zufrieden mit der Zusammenarbeit“, sagte er.", "en"),
        (RUSSIAN + " " + GERMAN, "ru"),
        (GERMAN + " " + GERMAN + " " + RUSSIAN[:80], "de"),
        (GERMAN + " " + POLISH, "de"),  # the model decides: mostly German
    ],
)
def test_other_languages_and_mixes_go_to_the_model(text, expected):
    assert not language._plainly_german(language._sample(text))
    assert detect_language(text) == expected


def test_shortcut_agrees_with_the_model_on_mixes_of_german_and_english():
    """Where the shortcut answers, the model would have said German too."""
    german, english = GERMAN.split(". "), ENGLISH.split(". ")
    for n_german in range(len(german) + 1):
        for n_english in range(len(english) + 1):
            text = ". ".join(german[:n_german] + english[:n_english])
            sample = language._sample(text)
            if language._plainly_german(sample):
                lang, confidence = language._get_identifier().classify(sample)
                assert lang == "de" and confidence >= language.MIN_CONFIDENCE, text


def test_short_german_text_goes_to_the_model():
    text = "Die Gebiete Witebsk und Pskow wollen den Warenverkehr ausbauen."
    assert not language._plainly_german(text)
    assert detect_language(text) == "de"
