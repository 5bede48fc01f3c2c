"""Side-by-side columns of a PDF's text layout read one after the other."""
from regiomonitor.ingest.clean import clean_text
from regiomonitor.ingest.columns import unfold_columns

LEFT = ["Das Gebiet Gomel und das Gebiet", "Rostow arbeiten seit Jahren eng", "zusammen. Betriebe aus Gomel",
        "lieferten 2022 Teile im Wert von", "48,7 Mio. US-Dollar nach Rostow."]
RIGHT = ["Im Gegenzug kamen Getreide und", "Öl für 41 Mio. US-Dollar nach", "Gomel, teilte die Verwaltung",
         "des Gebiets am Montag in einer", "Pressemitteilung mit."]
PAGE = "\n".join(f"{left:<45}{right}" for left, right in zip(LEFT, RIGHT))


def test_two_columns_side_by_side_are_read_left_then_right():
    unfolded = unfold_columns("Aus Konkurrenten werden Partner quer über beide Spalten geschrieben\n\n" + PAGE)
    lines = [ln for ln in unfolded.split("\n") if ln]
    assert lines[1:] == LEFT + RIGHT
    text = clean_text("Aus Konkurrenten werden Partner\n\n" + PAGE + "\n").text
    assert text.split("\n\n")[1:] == [" ".join(LEFT), " ".join(RIGHT)]


def test_a_table_with_aligned_number_columns_stays_as_it_is():
    table = "\n".join(f"{name:<20}{a:>10}{b:>10}{c:>10}" for name, a, b, c in [
        ("Gebiet Kaluga", "389,6", "222,4", "612,0"), ("Gebiet Smolensk", "1 104,3", "517,9", "1 622,2"),
        ("Gebiet Brjansk", "701,8", "296,5", "998,3"), ("Gebiet Tula", "318,7", "402,6", "721,3"),
        ("Gebiet Orjol", "118,7", "102,6", "221,3")])
    assert unfold_columns(table) == table
    assert unfold_columns("Ein Text ohne Lücken.") == "Ein Text ohne Lücken."
