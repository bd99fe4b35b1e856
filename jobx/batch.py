"""Convert many postings: a sorted walk (or a list of names), worker processes fed in chunks, mirrored
outputs written atomically and resumably, failures reported and counted, and a progress bar on stderr.

Only this module, files.py and cli.py touch files and processes; every posting still goes through
`pipeline.extract`.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError, OutputError, RulesTimeout
from .files import atomic_writer, is_special_file, prepare_folder, read_file, write_atomically, write_stdout
from .reader import Decoded
from .render import safe
from .rules import DEFAULT_PATTERN_SECONDS

__all__ = ["OutputError", "atomic_writer", "prepare_folder", "read_file", "write_atomically", "write_stdout"]

STDIN = "-"
CHUNK_SIZE = 32  # files per message to a worker: big enough to hide inter-process overhead
CHUNKS_IN_FLIGHT = 4  # per worker: keeps workers busy while bounding memory
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "yaml": ".yaml", "csv": ".csv", "tsv": ".tsv", "jsonld": ".jsonld"}
STREAM_FORMATS = ("jsonl", "csv", "tsv")  # what can go to standard output: one stream, one header at most
# Without --glob a folder gives only postings (in any case: .TXT too), not a PDF or an earlier JSON output.
POSTING_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
DEFAULT_GLOBS = tuple(f"**/*{suffix}" for suffix in POSTING_SUFFIXES)
DEFAULT_TIMEOUT_SECONDS = 300.0  # far above any real posting (5 MiB of text takes seconds)
CONVERTED, SKIPPED, FAILED, NOTED = "converted", "skipped", "failed", "noted"


@dataclass(frozen=True)
class Settings:
    """What every worker needs to convert a file; small, because it travels with each chunk."""

    output_format: str
    out_dir: str | None  # None: one JSON line per posting on standard output
    skip_existing: bool = False
    spans: bool = False
    rules_files: tuple[str, ...] = ()
    max_bytes: int = 5 * 1024 * 1024
    input_format: str = "auto"
    timeout: float = DEFAULT_TIMEOUT_SECONDS  # per file; 0: no limit
    rules_timeout: float = DEFAULT_PATTERN_SECONDS  # per file, for the patterns of --rules files


@dataclass(frozen=True)
class Task:
    """One input: where to read it, its `source` name, where its output goes, or why it cannot be read."""

    path: str
    source: str
    target: str | None = None
    error: str | None = None
    note: str | None = None  # not an input, but worth a warning (a link to a folder, not followed)


@dataclass(frozen=True)
class Outcome:
    path: str
    status: str
    reason: str = ""
    line: str = ""  # the JSON line, when writing to standard output
    output_failed: bool = False


@dataclass
class Summary:
    """Counts for the closing line and the exit code."""

    converted: int = 0
    skipped: int = 0
    failed: int = 0
    output_failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    stopped_on_output: bool = False  # the run stopped at the first output that could not be written

    @property
    def done(self) -> int:
        return self.converted + self.skipped + self.failed

    def exit_code(self) -> int:
        """130 interrupted; 3 an output was not written; 1 an input failed; 0 all converted or skipped."""
        if self.interrupted:
            return 130
        return 3 if self.output_failed else 1 if self.failed else 0

    def text(self) -> str:
        counts = f"converted {self.converted:,}, skipped {self.skipped:,}, failed {self.failed:,}"
        if self.interrupted:
            return f"interrupted after {self.done:,} files ({counts}); rerun with --skip-existing to resume"
        if self.stopped_on_output:
            return f"stopped at the first output that could not be written ({counts})"
        rate = self.converted / self.seconds if self.seconds > 0 else 0.0
        return f"{counts} in {self.seconds:.1f} s ({rate:,.0f} postings/s)"


# ---- finding inputs ----------------------------------------------------------------------------------


def glob_regex(pattern: str, ignore_case: bool = False) -> re.Pattern[str]:
    """A glob as a regular expression on '/'-separated relative paths: `**/` spans folders, `*` does not."""
    parts = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            parts.append("(?:[^/]*/)*")
            index += 3
        elif pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            parts.append("[^/]")
            index += 1
        elif pattern[index] == "[" and "]" in pattern[index + 2 :]:
            close = pattern.index("]", index + 2)
            body = pattern[index + 1 : close]
            parts.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            index = close + 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts) + r"\Z", re.DOTALL | (re.IGNORECASE if ignore_case else 0))


def output_names(names: list[str], extension: str) -> dict[str, str]:
    """`b.txt` -> `b.json`; any other suffix is kept (`b.md` -> `b.md.json`), so a name never depends on
    which siblings exist (adding `b.md` beside a converted `b.txt` leaves `b.json` right)."""
    return {name: output_name(name, extension) for name in names}


def output_name(name: str, extension: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    plain_text = dot and suffix.lower() == "txt" and os.path.basename(stem).strip(".")  # not `.txt` alone
    return (stem if plain_text else name) + extension


def walk_folder(
    root: Path, patterns: str | Iterable[str], settings: Settings, ignore_case: bool = False
) -> Iterator[Task]:
    """Files under root whose relative path matches a glob, in sorted order, depth first.

    Hidden names and symbolic links to folders are not followed; a linked file must stay inside root;
    an output folder inside root is not walked.
    """
    matchers = [glob_regex(p, ignore_case) for p in ([patterns] if isinstance(patterns, str) else patterns)]
    root_resolved = root.resolve()
    out_resolved = Path(settings.out_dir).resolve() if settings.out_dir else None
    extension = EXTENSIONS[settings.output_format]
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            yield Task(str(folder), prefix or ".", error=f"cannot list folder: {exc.strerror or exc}")
            continue
        linked_folders = {e.name for e in entries if e.is_symlink() and is_folder(e)}
        files = [
            e
            for e in entries
            if not e.is_dir(follow_symlinks=False)
            and e.name not in linked_folders
            and any(matcher.match(prefix + e.name) for matcher in matchers)
        ]
        targets = output_names([e.name for e in files], extension)
        wanted = set(targets)
        made: set[str] = set()
        for entry in entries:
            source = prefix + entry.name
            if entry.name in linked_folders:
                yield Task(entry.path, source, note="symbolic link to a folder (not followed)")
                continue
            if entry.name not in wanted:
                continue
            target = os.path.join(settings.out_dir, prefix, targets[entry.name]) if settings.out_dir else None
            problem = linked_file_problem(entry, root_resolved)
            if target is not None and target in made:  # `b` and `b.txt` both make `b.json`
                problem = problem or f"its output {target} is already made from another input"
            made.add(target or "")
            yield Task(entry.path, source, target, problem)
        folders = [e for e in entries if e.is_dir(follow_symlinks=False)]
        for entry in reversed(folders):  # a stack: push in reverse to visit in sorted order
            if out_resolved is None or Path(entry.path).resolve() != out_resolved:
                stack.append((Path(entry.path), f"{prefix}{entry.name}/"))


def is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows the link
    except OSError:
        return False


def linked_file_problem(entry: os.DirEntry[str], root_resolved: Path) -> str | None:
    if not entry.is_symlink():
        return None
    try:
        target = Path(entry.path).resolve()
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
        return "symbolic link loop (not read)"
    if not target.is_relative_to(root_resolved):
        return "symbolic link to a file outside the input folder (not read)"
    return None


MAX_NAME_CHARS = 4096  # the longest path Linux opens; a longer line is not a file name
MAX_LIST_CHARS = 256 * 1024 * 1024  # a list of about two million names


def read_names(handle: IO[str], source: str) -> Iterator[str]:
    """File names, one a line, from a --from-list file or standard input, read a bounded line at a time:
    `--from-list /dev/zero` is refused, not read until memory runs out."""
    total = 0
    while line := handle.readline(MAX_NAME_CHARS + 2):
        total += len(line)
        name = line.rstrip("\r\n")
        if len(name) > MAX_NAME_CHARS:
            raise InputError(f"a line longer than {MAX_NAME_CHARS:,} characters: not a list of file names", source)
        if total > MAX_LIST_CHARS:
            raise InputError(f"list longer than {MAX_LIST_CHARS:,} characters (--from-list)", source)
        if name:
            yield name


def read_null_names(handle: IO[bytes], source: str) -> Iterator[str]:
    """File names ended by NUL bytes (`find -print0`, `--null`), so a name may hold a newline; read in
    bounded pieces, with the same limits as read_names. Names are decoded as the file system does."""
    pending = b""
    total = nul_run = 0
    while piece := handle.read(64 * 1024):
        total += len(piece)
        if total > MAX_LIST_CHARS:
            raise InputError(f"list longer than {MAX_LIST_CHARS:,} characters (--from-list)", source)
        nul_run = nul_run + len(piece) if not piece.strip(b"\0") else 0
        if nul_run > MAX_NAME_CHARS * 16:  # /dev/zero: endless empty names, refused at once
            raise InputError("only NUL bytes: not a list of file names", source)
        *names, pending = (pending + piece).split(b"\0")
        if len(pending) > MAX_NAME_CHARS or any(len(name) > MAX_NAME_CHARS for name in names):
            raise InputError(f"a name longer than {MAX_NAME_CHARS:,} bytes: not a list of file names", source)
        yield from (os.fsdecode(name) for name in names if name)
    if pending:
        yield os.fsdecode(pending)


def listed_tasks(names: Iterable[str], settings: Settings) -> Iterator[Task]:
    """Tasks for file names from a list; with --out each is mirrored relative to the current folder."""
    here = Path.cwd()
    out_resolved = Path(settings.out_dir).resolve() if settings.out_dir else None
    extension = EXTENSIONS[settings.output_format]
    made: set[str] = set()  # outputs already planned: two names must not race for one file
    for name in names:
        relative = os.path.relpath(os.path.abspath(name), here)
        source = Path(relative).as_posix() if not relative.startswith("..") else name
        if out_resolved is None:
            yield Task(name, source)
        elif relative.startswith("..") or os.path.isabs(relative):
            yield Task(name, source, error="outside the current folder, so it cannot be mirrored under --out")
        elif Path(name).resolve().is_relative_to(out_resolved):
            yield Task(name, source, error="inside the output folder (not read)")
        else:
            target = os.path.join(settings.out_dir or "", output_names([relative], extension)[relative])
            if target in made:
                yield Task(name, source, error=f"its output {target} is already made from another input")
                continue
            made.add(target)
            yield Task(name, source, target)


def folder_problem(root: Path, out_dir: Path | None) -> str | None:
    """Why this input folder and output folder cannot be used together (None when they can)."""
    if not root.is_dir():
        return f"{root}: not a folder"
    if out_dir is not None:
        root_resolved, out_resolved = root.resolve(), out_dir.resolve()
        if root_resolved.is_relative_to(out_resolved):
            return "--out must not be the input folder or hold it (outputs could replace inputs)"
    return None


# ---- converting --------------------------------------------------------------------------------------


@dataclass
class WorkerState:
    """In a worker process: whether a file is being read and extracted (which a stop may cut short: no
    output has been started), and whether the main process said stop."""

    extracting: bool = False
    stopping: bool = False


WORKER = WorkerState()
STOP_GRACE_SECONDS = 2.0  # after Ctrl-C, how long workers get to drop their file before they are killed


def convert_one(task: Task, settings: Settings) -> Outcome:
    """Read, extract, render and write one posting; every failure becomes an Outcome, never an exception."""
    if task.note is not None:
        return Outcome(task.path, NOTED, task.note)
    if task.error is not None:
        return Outcome(task.path, FAILED, task.error)
    target = Path(task.target) if task.target is not None else None
    if target is not None and settings.skip_existing and target.exists():
        return Outcome(task.path, SKIPPED)
    try:
        WORKER.extracting = True
        try:
            with time_limit(settings.timeout):
                decoded = read_file(Path(task.path), task.path, settings.max_bytes)
                content = render(decoded, task.source, settings)
        finally:
            WORKER.extracting = False
        if target is None:
            return Outcome(task.path, CONVERTED, line=content)
        prepare_folder(str(target.parent), str(Path(settings.out_dir or ".").resolve()))
        write_atomically(target, content, [task.path], durable=False)
    except InputError as error:
        return Outcome(task.path, FAILED, error.message)
    except RulesTimeout as error:
        return Outcome(task.path, FAILED, error.message)
    except FileTimeout:
        return Outcome(task.path, FAILED, f"took longer than {settings.timeout:g} s (--timeout); not converted")
    except OutputError as error:
        return Outcome(task.path, FAILED, f"{error.source}: {error.message}", output_failed=True)
    except Exception as error:  # an extractor bug must not stop the other files
        return Outcome(task.path, FAILED, f"internal error: {type(error).__name__}: {error}")
    return Outcome(task.path, CONVERTED)


class FileTimeout(Exception):
    """A file took longer than --timeout to read and extract."""


def raise_timeout(signum: int, frame: Any) -> None:
    raise FileTimeout


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise FileTimeout in the block after `seconds` (an interval timer: the regex module checks for
    signals while it matches, so a pattern that backtracks for ages is cut short too). Only where
    interval timers exist; 0 means no limit."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def render(decoded: Decoded, source: str, settings: Settings) -> str:
    from .pipeline import extract_decoded
    from .reader import to_block_text
    from .render import TABLE_FORMATS, render_text
    from .rules import load_rules

    decoded = to_block_text(decoded, source, settings.input_format)
    posting = extract_decoded(decoded, rules=load_rules(settings.rules_files, settings.rules_timeout), source=source)
    table = settings.output_format in TABLE_FORMATS  # csv, tsv: items always with offsets
    record = posting.to_dict(spans=settings.spans or table)
    # On standard output the rows follow the one header run_batch wrote; a file gets its own header.
    return render_text([record], settings.output_format, header=settings.out_dir is not None)


def convert_chunk(tasks: list[Task], settings: Settings) -> list[Outcome]:
    """The outcomes of a chunk; when the main process stops the run (SIGTERM), the outcomes so far."""
    done: list[Outcome] = []
    try:
        for task in tasks:
            if WORKER.stopping:
                break
            done.append(convert_one(task, settings))
    except KeyboardInterrupt:
        pass
    return done


def chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def worker_signals() -> None:
    """Ctrl-C reaches every process of the terminal's group: workers leave it to the main process, which
    stops them with SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, stop_worker)


def stop_worker(signum: int, frame: Any) -> None:
    """SIGTERM in a worker: a file being extracted is dropped at once; one being written is finished (an
    exception there could strand a temporary file); no further file is started."""
    WORKER.stopping = True
    if WORKER.extracting:
        raise KeyboardInterrupt


def raise_interrupt(signum: int, frame: Any) -> None:
    """SIGTERM in the main process: finished outputs stay, the one being written is removed."""
    raise KeyboardInterrupt


@contextmanager
def interrupts_ignored() -> Iterator[None]:
    """While a stopping run gathers what finished (a bounded wait): a second Ctrl-C changes nothing."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN), signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous[0])
        signal.signal(signal.SIGTERM, previous[1])


@contextmanager
def safe_interrupts() -> Iterator[None]:
    """In-process (`--workers 1`): Ctrl-C and SIGTERM stop a file being extracted at once, but let a file
    being written finish (an exception inside the writer could strand its temporary file)."""
    WORKER.stopping = False
    previous = signal.signal(signal.SIGINT, stop_worker), signal.signal(signal.SIGTERM, stop_worker)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous[0])
        signal.signal(signal.SIGTERM, previous[1])
        WORKER.stopping = False


@dataclass
class Stop:
    """Set when the run was interrupted inside `outcomes` (the consumer learns it here)."""

    requested: bool = False


def stop_workers(executor: Any, in_flight: Iterable[tuple[Any, list[Task]]], started: float) -> list[Outcome]:
    """Tell every worker to stop (SIGTERM), give them a moment, kill those stuck in a long call; return the
    outcomes of the chunks in flight, in input order. A killed worker's chunk reports nothing, so its
    outputs that this run wrote are found on disk and counted as converted."""
    from concurrent.futures import wait

    in_flight = list(in_flight)
    processes = list(getattr(executor, "_processes", {}).values())  # the pool has no public handle on them
    for process in processes:
        if process.is_alive():
            process.terminate()
    wait([future for future, _ in in_flight], timeout=STOP_GRACE_SECONDS)
    for process in processes:
        if process.is_alive():
            process.kill()
    finished: list[Outcome] = []
    for future, chunk in in_flight:
        if future.done() and not future.cancelled() and future.exception() is None:
            finished.extend(future.result())
        else:
            finished.extend(Outcome(task.path, CONVERTED) for task in chunk if written_since(task.target, started))
    return finished


def written_since(target: str | None, started: float) -> bool:
    try:
        return target is not None and os.stat(target).st_mtime >= started - 0.05  # coarse file-system clocks
    except OSError:
        return False


def outcomes(
    tasks: Iterable[Task], settings: Settings, workers: int, chunk_size: int, stop: Stop | None = None
) -> Iterator[Outcome]:
    """Outcomes in input order, whatever the number of workers; at most a few chunks are in flight.

    Ctrl-C (raised here, or thrown in at a yield) stops the workers at once; the outcomes of what they
    finished still come out, and `stop.requested` is set."""
    if workers <= 1:
        with safe_interrupts():
            for task in tasks:
                if WORKER.stopping:
                    raise KeyboardInterrupt  # Ctrl-C came while a file was written: stop now it is whole
                yield convert_one(task, settings)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    stop = stop if stop is not None else Stop()
    started = time.time()
    pending: deque[tuple[Future[list[Outcome]], list[Task]]] = deque()
    ready: deque[Outcome] = deque()  # a chunk's outcomes not yet handed out
    executor = ProcessPoolExecutor(workers, initializer=worker_signals)
    try:
        try:
            for chunk in chunked(tasks, chunk_size):
                pending.append((executor.submit(convert_chunk, chunk, settings), chunk))
                while ready or len(pending) >= workers * CHUNKS_IN_FLIGHT:
                    if not ready:
                        ready.extend(pending[0][0].result())  # popped once it came back
                        pending.popleft()
                    yield ready.popleft()
            while pending or ready:
                if not ready:
                    ready.extend(pending[0][0].result())
                    pending.popleft()
                yield ready.popleft()
        except KeyboardInterrupt:
            stop.requested = True
            with interrupts_ignored():
                ready.extend(stop_workers(executor, pending, started))
            while ready:
                yield ready.popleft()
    finally:
        with interrupts_ignored():
            executor.shutdown(wait=True, cancel_futures=True)


def finished_after_interrupt(stream: Iterator[Outcome]) -> Iterator[Outcome]:
    """Ctrl-C came while the consumer held an outcome: pass it into the generator, which stops its
    workers, and take the outcomes they still finished."""
    try:
        first = stream.throw(KeyboardInterrupt())  # type: ignore[attr-defined]
    except (StopIteration, KeyboardInterrupt):
        return
    yield first
    yield from stream


def run_batch(
    tasks: Iterable[Task],
    settings: Settings,
    *,
    workers: int,
    total: int | None = None,
    progress: bool = False,
    errors_path: Path | None = None,
) -> Summary:
    """Convert every task, writing JSON lines (or csv/tsv rows) to stdout in input order when there is
    no --out."""
    from .render import stream_header
    from .rules import load_rules

    # a bad rules file fails here, once; forked workers inherit the cache
    load_rules(settings.rules_files, settings.rules_timeout)
    if settings.out_dir is not None:
        try:
            os.makedirs(settings.out_dir, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create folder: {exc.strerror or exc}", settings.out_dir) from None
    if settings.out_dir is None:
        write_stdout(stream_header(settings.output_format), flush=False)  # csv, tsv: one header for all
    chunk_size = CHUNK_SIZE if total is None else max(1, min(CHUNK_SIZE, total // (workers * CHUNKS_IN_FLIGHT)))
    summary = Summary()
    started = time.perf_counter()
    previous = signal.signal(signal.SIGTERM, raise_interrupt)  # SIGTERM stops a run as Ctrl-C does
    stop = Stop()
    with failure_log(errors_path) as log, progress_bar(total, progress) as advance:
        stream = outcomes(tasks, settings, workers, chunk_size, stop)
        try:
            for outcome in stream:
                record(outcome, summary, log)
                advance()
                if outcome.output_failed:  # the output folder is not writable (or full): the rest would fail too
                    summary.stopped_on_output = True
                    break
        except KeyboardInterrupt:
            summary.interrupted = True
            with interrupts_ignored():
                for outcome in finished_after_interrupt(stream):
                    record(outcome, summary, log)
        finally:
            stream.close()
            signal.signal(signal.SIGTERM, previous)
    summary.interrupted = summary.interrupted or stop.requested
    summary.seconds = time.perf_counter() - started
    return summary


def record(outcome: Outcome, summary: Summary, log: IO[str] | None) -> None:
    if outcome.status == CONVERTED:
        summary.converted += 1
        if outcome.line:
            write_stdout(outcome.line, flush=False)
    elif outcome.status == SKIPPED:
        summary.skipped += 1
    elif outcome.status == NOTED:
        sys.stderr.write(f"jobx: warning: {safe(outcome.path)}: {safe(outcome.reason)}\n")
    else:
        summary.failed += 1
        summary.output_failed += outcome.output_failed
        sys.stderr.write(f"jobx: error: {safe(outcome.path)}: {safe(outcome.reason)}\n")
        if log is not None:
            log.write(json.dumps({"path": outcome.path, "reason": outcome.reason}, ensure_ascii=False) + "\n")


@contextmanager
def failure_log(path: Path | None) -> Iterator[IO[str] | None]:
    """--errors FILE: one JSON line per failure, put in place when the run ends (even when interrupted)."""
    if path is None:
        yield None
        return
    if is_special_file(path):  # `--errors /dev/stderr`, a FIFO: written into as the run goes
        try:
            with open(path, "w", encoding="utf-8") as handle:
                yield handle
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from None
        return
    with atomic_writer(path.resolve(), durable=False, name=str(path)) as handle:
        yield handle


@contextmanager
def progress_bar(total: int | None, enabled: bool) -> Iterator[Any]:
    """A Rich bar on stderr (done / total, rate, time left); a no-op when disabled."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("converting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    # Rich would send print()s to stdout through the bar (to stderr): JSON lines must stay on stdout.
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False) as bar:
        task_id = bar.add_task("batch", total=total, rate="")
        started = time.perf_counter()
        count = 0

        def advance() -> None:
            nonlocal count
            count += 1
            if count % 16 == 0 or count == total:
                rate = count / max(time.perf_counter() - started, 1e-9)
                bar.update(task_id, completed=count, rate=f"{rate:,.0f} files/s")

        yield advance


def check_settings(output_format: str, out_dir: Path | None, skip_existing: bool) -> str | None:
    """A usage problem with these options, or None."""
    if output_format not in EXTENSIONS:
        return f"--format must be one of: {', '.join(EXTENSIONS)}"
    if out_dir is None and output_format not in STREAM_FORMATS:
        return "without --out, postings go to standard output as --format jsonl, csv or tsv"
    if out_dir is None and skip_existing:
        return "--skip-existing needs --out"
    return None
