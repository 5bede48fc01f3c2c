"""The same ingestion on a Dask cluster: past one machine, workers read and analyse, this
process writes (to PostgreSQL when several machines share the register).

It reuses the single-machine runner's pieces: the same input expansion and skip of stored
locations (so an interrupted run resumes), the same `analyse_input` in the workers, the same
one-transaction-per-document writing and failure report. Without a scheduler address a local
cluster of worker processes is started, which is also what the tests use.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

from regiomonitor.ingest.runner import IngestReport, ProgressBar, analyse_input, expand_inputs, fail, store_documents
from regiomonitor.store.database import Store


def ingest_on_dask(
    paths: Iterable[str | os.PathLike],
    store: Store,
    scheduler: str | None = None,
    workers: int = 2,
    progress: bool = True,
) -> IngestReport:
    """Ingest every input in `paths` with the analysis running on Dask workers."""
    from distributed import Client, LocalCluster, as_completed

    report = IngestReport()
    locations = list(dict.fromkeys(expand_inputs(paths, report)))
    stored = store.stored_locations(locations)
    todo = [location for location in locations if location not in stored]
    report.skipped = len(locations) - len(todo)
    if not todo:
        return report
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster if cluster is not None else scheduler)
    try:
        futures = {client.submit(analyse_input, location, key=f"analyse-{i}", pure=False): location for i, location in enumerate(todo)}
        with ProgressBar(len(todo), enabled=progress) as bar:
            for future in as_completed(futures):
                location = futures[future]
                try:
                    status, payload = future.result()
                except Exception as error:  # a worker lost: report the input, go on
                    status, payload = "failed", f"the Dask worker failed: {type(error).__name__}: {error}"
                if status == "ok":
                    store_documents(store, location, payload, report)
                else:
                    fail(store, report, location, str(payload))
                bar.advance(location)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report
