"""`extract` on random strings built of the pieces the rules look for: it may find nothing, but it
must never fail. (Such a string found an IndexError in the footer dates once.)"""
import random

import regiomonitor

PIECES = list("ab  \n.,0123456789€$|·:–-") + [
    "Mio. ", "Mrd. ", "Rubel ", "Tenge ", "Gebiet ", "Minsk ", "Beitrag vom ", "Stand: ", "Januar ", "2025 ",
    "   ", "Bitte, ", "uulu ", "Ch. ", "von der ", "Von ", "Verein ", "SA ", "GmbH ", "„", "“", "(", ")", "%",
    "14.11.2024 ", "32.13.2024 ", "31.02.2025 ", "2024-11-14 ", "12. Mai "]


def test_random_strings_of_rule_pieces_never_fail():
    rng = random.Random(7)
    for _ in range(1500):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 300)))
        result = regiomonitor.extract(text)
        assert set(result) >= {"date", "places", "persons", "organizations", "figures", "sectors", "quotes"}
