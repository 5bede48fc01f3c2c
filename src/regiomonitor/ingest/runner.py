"""Ingestion of many inputs: reading and NLP in worker processes, writing in this one.

Every input is named by its location (absolute path or URL). A location that the register
already holds as a source is skipped before any work, so rerunning an interrupted batch
completes it and rerunning a finished one changes nothing. Each document is written in its own
transaction, so a killed run leaves whole documents or none. An input that cannot be read
becomes one (location, reason) line of the report, and the batch goes on.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from regiomonitor.errors import InputError
from regiomonitor.nlp.document import Document
from regiomonitor.store import dedup
from regiomonitor.store.database import Store, is_url

# Used only while regiomonitor.ingest.reader.iter_inputs does not exist: what it reads.
SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".json"}
IN_FLIGHT_PER_WORKER = 4  # enough queued work to keep workers busy, little memory held
WORKER_DIED = "the worker process died while reading it (out of memory or a crash in a parser)"

Analyse = Callable[[Path], Document]
# (status, payload): ("ok", [(document, content hash, near-duplicate signature), ...]) or
# ("failed", reason). Plain tuples: an exception with extra constructor arguments (InputError)
# would not survive the trip back from a worker process.
Outcome = tuple[str, object]


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0  # inputs already in the register, not read again
    # (location, note): inputs stored but read with a repair the user should know about
    # (not UTF-8, a web page whose main text was not found)
    notes: list[tuple[str, str]] = field(default_factory=list)


def input_notes(doc: Document) -> list[str]:
    """The warnings of `doc` that concern how its input was read, not how it was cleaned."""
    from regiomonitor.ingest.decoding import DECODED_NOTE
    from regiomonitor.ingest.reader import HTML_FALLBACK_NOTE

    decoded = DECODED_NOTE.split("{", 1)[0]
    return [w for w in doc.warnings if w.startswith(decoded) or w == HTML_FALLBACK_NOTE]


def ingest(
    paths: Iterable[str | os.PathLike],
    store: Store,
    workers: int | None = None,
    progress: bool = True,
    analyse: Analyse | None = None,
) -> IngestReport:
    """Read, analyse and store every file, folder (recursively) and URL in `paths`.

    `workers` is the number of worker processes (default: one per core; 0 analyses in this
    process). `analyse` replaces `regiomonitor.pipeline.analyse_path` (it must be a module-level
    function, as it travels to the workers by name).
    """
    report = IngestReport()
    locations = list(dict.fromkeys(expand_inputs(paths, report)))
    stored = store.stored_locations(locations)
    todo = [location for location in locations if location not in stored]
    report.skipped = len(locations) - len(todo)
    workers = (os.cpu_count() or 1) if workers is None else max(0, workers)

    with ProgressBar(len(todo), enabled=progress) as bar:
        results = analysed_inline(todo, analyse) if workers == 0 or len(todo) <= 1 else analysed_in_pool(todo, workers, analyse)
        for location, (status, payload) in results:
            if status == "ok":
                store_documents(store, location, payload, report)
            else:
                fail(store, report, location, str(payload))
            bar.advance(location)
    return report


def expand_inputs(paths: Iterable[str | os.PathLike], report: IngestReport) -> Iterator[str]:
    """Locations of every input: URLs as given, files as absolute paths, folders expanded."""
    for raw in paths:
        text = str(raw)
        if is_url(text):
            yield text
        elif not Path(text).exists():
            report.failed.append((text, "no such file or directory"))
        elif Path(text).is_dir():
            yield from (os.path.abspath(path) for path in files_below(Path(text)))
        else:
            yield os.path.abspath(text)


def files_below(folder: Path) -> Iterator[Path]:
    try:
        from regiomonitor.ingest.reader import iter_inputs
    except ImportError:
        iter_inputs = None
    if iter_inputs is not None:
        yield from iter_inputs([folder])
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("."):
            yield path


# -- analysis (runs in the worker processes) ---------------------------------------------------


def analyse_input(location: str, analyse: Analyse | None = None) -> Outcome:
    """Read and analyse one input; never raises (the reason travels back as text)."""
    try:
        if is_url(location):
            docs = read_and_process_url(location)
        else:
            if analyse is None:
                from regiomonitor.pipeline import analyse_path as analyse
            docs = [analyse(Path(location))]
        analysed = []
        for doc in docs:
            if not doc.text.strip():
                raise InputError(location, "no text left after cleaning")
            analysed.append((doc, dedup.content_hash(doc.text), dedup.near_duplicate_signature(doc.text)))
        return ("ok", analysed)
    except InputError as error:
        return ("failed", error.reason)
    except Exception as error:  # one bad input must not stop the batch: report it, go on
        return ("failed", f"{type(error).__name__}: {error}")


def read_and_process_url(url: str) -> list[Document]:
    """A web page is one document, a feed several."""
    from regiomonitor.ingest.reader import read_url
    from regiomonitor.nlp.pipeline import process

    read = read_url(url)
    docs = [read] if isinstance(read, Document) else list(read)
    return [process(doc) for doc in docs]


def worker_started(parent: int) -> None:
    """Workers die with the runner (even a SIGKILLed one) and leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: orphans finish their current input and exit on the closed queue
    if os.getppid() != parent:
        os._exit(1)


def analysed_inline(locations: list[str], analyse: Analyse | None) -> Iterator[tuple[str, Outcome]]:
    for location in locations:
        yield location, analyse_input(location, analyse)


def analysed_in_pool(locations: list[str], workers: int, analyse: Analyse | None) -> Iterator[tuple[str, Outcome]]:
    """Outcomes in completion order. When a worker dies (the OS killed it, a parser crashed),
    the inputs that were in flight are retried one at a time, so that only the input that kills
    a worker is reported, and the rest of the batch goes on in a fresh pool."""
    queue = deque(locations)
    if analyse is None and _start_method() == "fork":
        load_knowledge_before_fork()
    while queue:
        suspects: list[str] = []
        with _pool(workers) as pool:
            in_flight: dict = {}
            while (queue or in_flight) and not suspects:
                try:
                    while queue and len(in_flight) < workers * IN_FLIGHT_PER_WORKER:
                        in_flight[pool.submit(analyse_input, queue[0], analyse)] = queue[0]
                        queue.popleft()
                except BrokenProcessPool:
                    if not in_flight:  # no worker could even start: nothing will work
                        yield from ((location, ("failed", WORKER_DIED)) for location in queue)
                        return
                    # otherwise the futures in flight report the break below
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    location = in_flight.pop(future)
                    try:
                        outcome = future.result()
                    except BrokenProcessPool:
                        suspects.append(location)
                        continue
                    yield location, outcome
            suspects += in_flight.values()
        for location in suspects:
            with _pool(1) as single:
                try:
                    outcome = single.submit(analyse_input, location, analyse).result()
                except BrokenProcessPool:
                    outcome = ("failed", WORKER_DIED)
            yield location, outcome


# A short German item that touches every component, so that each loads its knowledge.
WARM_UP_TEXT = (
    "MINSK, 5. Februar (BelTA) – Der Handelsumsatz zwischen Belarus und dem Gebiet Brjansk belief sich "
    "2024 auf 1,2 Mrd. US-Dollar. „Wir wollen mehr Traktoren liefern“, sagte Präsident Alexander "
    "Lukaschenko. Das Minsker Traktorenwerk eröffnet ein Montagewerk, ein Abkommen wurde unterzeichnet."
)


def load_knowledge_before_fork() -> None:
    """Load the lexicons and automata (about 200 MB, 2-3 s) once, here, before the workers fork:
    they then start warm and share those pages instead of each building its own copy.
    gc.freeze() keeps the collector from writing to the shared objects (which would copy them)."""
    from regiomonitor.pipeline import analyse_text

    try:
        analyse_text(WARM_UP_TEXT)
    except Exception:
        return  # the workers will load (and report) it themselves
    gc.freeze()


def _start_method() -> str | None:
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else None


def _pool(workers: int) -> ProcessPoolExecutor:
    # fork: workers start at once and share the parent's loaded modules and knowledge. The
    # parent runs no threads of its own when the pool starts (the progress bar refreshes on demand).
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(_start_method()),
        initializer=worker_started,
        initargs=(os.getpid(),),
    )


# -- writing (runs in this process) ------------------------------------------------------------


def store_documents(store: Store, location: str, analysed: list, report: IngestReport) -> None:
    for number, (doc, content_hash, signature) in enumerate(analysed):
        # A feed's entries are sources of their own; a file or page is the location given.
        where = location if len(analysed) == 1 else (doc.url or f"{location}#{number + 1}")
        try:
            result = store.save(doc, where, content_hash=content_hash, signature=signature)
        except Exception as error:
            fail(store, report, where, f"could not be stored: {type(error).__name__}: {error}")
            continue
        setattr(report, result.status, getattr(report, result.status) + 1)
        report.notes.extend((where, note) for note in input_notes(doc))


def fail(store: Store, report: IngestReport, location: str, reason: str) -> None:
    report.failed.append((location, reason))
    try:
        store.record_failure(location, reason)
    except Exception:
        pass  # the report line is what the user sees; the register may be what failed


class ProgressBar:
    """A rich progress bar on stderr that redraws when work completes (no refresh thread, so
    that forking worker processes stays safe)."""

    def __init__(self, total: int, enabled: bool = True):
        self.total = total
        self.enabled = enabled and total > 0
        self.last_refresh = 0.0

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

            self.progress = Progress(
                TextColumn("[bold]Ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[current]}", markup=False),
                console=Console(stderr=True),
                auto_refresh=False,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.progress.start()
            self.task = self.progress.add_task("ingest", total=self.total, current="")
        return self

    def advance(self, location: str) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        refresh = now - self.last_refresh > 0.1
        if refresh:
            self.last_refresh = now
        self.progress.update(self.task, advance=1, current=Path(location).name[-40:], refresh=refresh)

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.progress.update(self.task, current="", refresh=True)
            self.progress.stop()
