"""The Dask path on a real local cluster: same register contents as the single-machine runner."""
import pytest

from regiomonitor.scale.dask_runner import ingest_on_dask
from regiomonitor.store.database import Store

ITEMS = {
    "a.txt": "Brest und Smolensk\n\nBREST, 2. Mai 2023 (BelTA) – Das Gebiet Brest und das Gebiet Smolensk steigerten "
    "ihren Handelsumsatz 2022 auf 230 Mio. US-Dollar. Ein Montagewerk für Traktoren entsteht.",
    "b.txt": "Witebsk und Pskow\n\nWITEBSK, 5. Juni 2023 (BelTA) – Der Warenaustausch zwischen dem Gebiet Witebsk und "
    "dem Gebiet Pskow erreichte 2022 rund 120 Mio. US-Dollar. Beide Seiten planen einen Austausch von Studierenden.",
}


@pytest.mark.slow
def test_local_cluster_ingests_and_resumes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ITEMS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x00binary")
    store = Store(f"sqlite:///{tmp_path / 'reg.db'}")
    store.migrate()
    report = ingest_on_dask([folder], store, workers=2, progress=False)
    assert report.new == 2
    assert [loc for loc, _ in report.failed] == [str(folder / "bad.txt")]
    again = ingest_on_dask([folder], store, workers=2, progress=False)
    assert again.new == 0 and again.skipped == 2
    stats = store.stats()
    assert stats["documents"] == 2
