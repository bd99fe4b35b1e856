"""What runs on the executors: Arrow batches in, one extracted posting (or an error) per row out.

The rules are compiled once on the driver and shipped with the job as a pickle, keyed like the rules
bundle (bundle.py): an executor process unpickles them once, on its first batch, when its own jobx has the
same key (same jobx, regex and Python, same rule files), and otherwise builds them from the built-in
bundle and the user's rules data, which travels as plain data too. Either way, once per process.
"""

from __future__ import annotations

import hashlib
import pickle
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, RulesTimeout
from ..reader import DEFAULT_MAX_BYTES
from ..rules import DEFAULT_PATTERN_SECONDS, Rules

SLICE_ROWS = 256  # rows extracted per output batch: a big Arrow batch streams back in pieces
DEFAULT_TIMEOUT_SECONDS = 300.0  # as `jobx batch --timeout`


@dataclass(frozen=True)
class RowSettings:
    """What every executor needs besides the rules; travels with the job."""

    text_column: str
    source_column: str | None = None
    spans: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    input_format: str = "auto"


@dataclass(frozen=True)
class RulesPayload:
    """The driver's compiled rules and what they were built from."""

    key: bytes  # bundle key of the driver's built-in rules, plus the user data and time budget
    compiled: bytes  # pickle of the driver's Rules
    builtin_key: bytes  # bundle key alone: an executor whose own key differs rebuilds
    user_data: tuple[tuple[str, dict[str, Any]], ...] = ()  # (file name, validated data) per --rules file
    pattern_seconds: float = DEFAULT_PATTERN_SECONDS


def make_payload(rules_files: tuple[str, ...], pattern_seconds: float = DEFAULT_PATTERN_SECONDS) -> RulesPayload:
    """On the driver: read and validate the user's rules files (a bad one raises RulesError here, before
    any job starts) and compile the effective rules once."""
    from .. import rules as rules_module
    from ..bundle import bundle_key

    user_data = tuple((name, rules_module.read_rules_file(name)) for name in rules_files)
    compiled = rules_module.load_rules(rules_files, pattern_seconds)
    builtin_key = bundle_key(rules_module.builtin_files())
    digest = hashlib.sha256(builtin_key)
    digest.update(pickle.dumps((user_data, pattern_seconds), protocol=pickle.HIGHEST_PROTOCOL))
    return RulesPayload(
        digest.hexdigest().encode(),
        pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL),
        builtin_key,
        user_data,
        pattern_seconds,
    )


PROCESS_RULES: dict[bytes, Rules] = {}  # per executor process: payload key -> rules


def rules_for(payload: RulesPayload) -> Rules:
    """The payload's rules, made once per process."""
    cached = PROCESS_RULES.get(payload.key)
    if cached is None:
        cached = PROCESS_RULES[payload.key] = unpack(payload)
    return cached


def unpack(payload: RulesPayload) -> Rules:
    from .. import rules as rules_module
    from ..bundle import builtin_rules, bundle_key

    if bundle_key(rules_module.builtin_files()) == payload.builtin_key:
        loaded = pickle.loads(payload.compiled)  # the driver's, which the job's own code already trusts
        if isinstance(loaded, Rules):
            return loaded
    builtin = builtin_rules()  # another jobx here than on the driver: as load_rules does, from the data
    if not payload.user_data:
        return builtin
    data, trusted = builtin.raw, set(rules_module.rule_patterns(builtin.raw))
    untrusted: dict[str, tuple[str, str]] = {}
    for name, extra in payload.user_data:
        for pattern, key in rules_module.rule_patterns(extra).items():
            if pattern not in trusted:
                untrusted.setdefault(pattern, (name, key))
        data = rules_module.merge(data, extra)
    names = ", ".join(name for name, _ in payload.user_data)
    return rules_module.build(data, names, untrusted, payload.pattern_seconds)


class RowTimeout(Exception):
    """A row took longer than the time-out to read and extract."""


def raise_row_timeout(signum: int, frame: Any) -> None:
    raise RowTimeout


def extract_row(value: str | bytes | None, source: str | None, settings: RowSettings, rules: Rules) -> Any:
    """(the posting's JSON contract, None) or (None, why it failed), as `jobx batch` would say it. A
    string is read as its UTF-8 bytes, so it goes through the same reading steps as a file."""
    from ..pipeline import extract_decoded
    from ..reader import decode, to_block_text

    if value is None:
        return None, "no text (null)"
    name = source or ""
    data = value.encode("utf-8", "surrogatepass") if isinstance(value, str) else bytes(value)
    try:
        with time_limit(settings.timeout):
            decoded = to_block_text(decode(data, name, max_bytes=settings.max_bytes), name, settings.input_format)
            posting = extract_decoded(decoded, rules=rules, source=source)
        return posting.to_dict(spans=settings.spans), None
    except (InputError, RulesTimeout) as error:
        return None, error.message
    except RowTimeout:
        return None, f"took longer than {settings.timeout:g} s (--timeout); not converted"
    except Exception as error:  # an extractor bug fails this row, not the job
        return None, f"internal error: {type(error).__name__}: {error}"


class time_limit:
    """Raise RowTimeout after `seconds` (an interval timer, as `jobx batch` uses: the regex module checks
    for signals while it matches). Only in a process's main thread, where Python workers run; 0: none."""

    def __init__(self, seconds: float) -> None:
        main_thread = threading.current_thread() is threading.main_thread()
        self.armed = seconds > 0 and hasattr(signal, "setitimer") and main_thread
        self.seconds = seconds
        self.previous: Any = None

    def __enter__(self) -> None:
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, raise_row_timeout)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: Any) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def map_batches(
    batches: Iterator[Any], settings: RowSettings, payload: RulesPayload, arrow_type: Any, names: tuple[str, str]
) -> Iterator[Any]:
    """mapInArrow's function: each batch back with two more columns, the extracted struct and the error."""
    import pyarrow as pa

    rules = rules_for(payload)
    for batch in batches:
        for start in range(0, max(batch.num_rows, 1), SLICE_ROWS):
            piece = batch.slice(start, SLICE_ROWS)
            texts = piece.column(piece.schema.get_field_index(settings.text_column)).to_pylist()
            if settings.source_column is None:
                sources: list[Any] = [None] * piece.num_rows
            else:
                column = piece.column(piece.schema.get_field_index(settings.source_column)).to_pylist()
                sources = [None if value is None else str(value) for value in column]
            results = [extract_row(text, source, settings, rules) for text, source in zip(texts, sources, strict=True)]
            extracted = pa.array([record for record, _ in results], type=arrow_type)
            errors = pa.array([error for _, error in results], type=pa.string())
            yield pa.RecordBatch.from_arrays([*piece.columns, extracted, errors], names=[*piece.schema.names, *names])
