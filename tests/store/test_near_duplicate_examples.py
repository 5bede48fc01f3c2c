"""The demo corpus's planted near-duplicate (one story on two sites) lands in one story."""
from pathlib import Path

from regiomonitor.pipeline import analyse_path
from regiomonitor.store.database import Store

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_same_story_from_two_outlets_is_one_story(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    store.migrate()
    first = store.save(analyse_path(CORPUS / "12_tscheljabinsk_texler_2024.txt"), str(CORPUS / "12_tscheljabinsk_texler_2024.txt"))
    second = store.save(analyse_path(CORPUS / "21_tscheljabinsk_texler_2024_sb.html"), str(CORPUS / "21_tscheljabinsk_texler_2024_sb.html"))
    other = store.save(analyse_path(CORPUS / "11_omsk_grodno_2023.txt"), str(CORPUS / "11_omsk_grodno_2023.txt"))
    assert (first.status, second.status, other.status) == ("new", "near_duplicate", "new")
    assert second.story_id == first.story_id != other.story_id
