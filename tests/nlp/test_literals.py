"""The literal prefilter must never hide a match the full regular expression would find."""
import re

import pytest

from regiomonitor.nlp.literals import LiteralPrefilter, required_literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\w*[Pp]rotokoll(?:e|s)?", {"protokoll"}),
        (r"[Ff]orum(?:s)?", {"forum"}),
        (r"\w*[Aa]ktionspl(?:an|äne)", {"aktionsplan", "aktionspläne"}),
    ],
)
def test_required_literals_read_off_the_pattern(pattern, expected):
    assert set(required_literals(pattern)) == expected


def test_pattern_without_literal_core_means_scan_everything():
    assert required_literals(r"\w+") is None
    assert LiteralPrefilter([r"\w+"]).positions("Irgendein Text") is None


def test_windows_cover_every_match_of_the_full_alternation():
    patterns = [r"\w*[Pp]rotokoll(?:e|s)?", r"[Gg]emeinsame[rn]? [Aa]rbeitsgruppe\w*", r"[Ff]orum(?:s)?"]
    regex = re.compile(r"\b(?=\w)(?:" + "|".join(patterns) + ")")
    text = (
        "Am Montag wurde in Minsk ein Zusatzprotokoll unterzeichnet. Danach tagte die gemeinsame "
        "Arbeitsgruppe zwei Stunden lang. " + "Füllwörter ohne Auslöser. " * 40 + "Das Forum der Regionen folgt im Juni."
    )
    prefilter = LiteralPrefilter(patterns)
    windows = prefilter.windows(text)
    assert windows is not None and len(windows) >= 2
    everywhere = [m.span() for m in regex.finditer(text)]
    inside = sorted({m.span() for start, end in windows for m in regex.finditer(text, start, end)})
    assert inside == everywhere
    assert len(everywhere) == 3
    # the filler in the middle is skipped
    assert sum(end - start for start, end in windows) < len(text)
