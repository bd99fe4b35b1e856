"""The module-level patterns of jobx's modules, compiled once and kept in a per-user cache.

`regex` parses a pattern in Python: the ~140 patterns the modules compile when they are imported took
about 30 ms, against under 1 ms to unpickle them (a pickled `regex` pattern keeps its compiled code; see
bundle.py). So a module writes `NAME = regexes.compile(r"...")` rather than `regex.compile`, and gets
the pattern from the cache file when it holds one for the same text and flags, else compiles it; the
patterns compiled here are added to the file when the process exits.

A pattern is looked up by its text and flags, so an edited pattern is simply not found (and compiled);
the file is tied to the `regex` version, its DEFAULT_VERSION and the Python version, and read under the
same rules as the rules bundle (bundle.read_private: a private folder, a file the user owns that no one
else may write, not a link). JOBX_NO_CACHE=1 turns it off, as it does the bundle.
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path

import regex

from . import bundle

MAGIC = b"jobx compiled patterns\n"
# Patterns in the file that this process did not ask for (edited since, built from another --rules file,
# of a command that imports other modules): past this many, a save keeps only this process's, so the
# file, read at every start-up, stays about the size of one run's patterns.
MAX_UNUSED = 10

stored: dict[tuple[str, int], regex.Pattern[str]] | None = None  # read on the first compile()
added: dict[tuple[str, int], regex.Pattern[str]] = {}  # compiled here, to be saved
used: set[tuple[str, int]] = set()
where: Path | None = None  # the cache file, chosen when it is read (later changes of XDG_CACHE_HOME aside)
default_version = regex.DEFAULT_VERSION


def header() -> bytes:
    versions = f"{regex.__version__} {default_version} {sys.version} {sys.implementation.cache_tag}"
    return MAGIC + versions.replace("\n", " ").encode("utf-8", "surrogateescape") + b"\n"


def file_name() -> str:
    return bundle.bundle_name().replace("rules-", "patterns-", 1)


def load() -> dict[tuple[str, int], regex.Pattern[str]]:
    """The patterns of the cache file, or none (no file, a stale or foreign one, no cache)."""
    global stored, where
    stored = {}
    folder = None if bundle.cache_disabled() else bundle.cache_folder()
    if folder is None:
        return stored
    where = folder / file_name()
    loaded = bundle.read_private(where, header())
    if isinstance(loaded, dict) and all(isinstance(value, regex.Pattern) for value in loaded.values()):
        stored = loaded
    return stored


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:  # noqa: A001 (as regex.compile)
    """regex.compile(pattern, flags), from the cache file when it holds this pattern."""
    known = load() if stored is None else stored
    key = (pattern, flags)
    found = known.get(key)
    if found is not None and regex.DEFAULT_VERSION == default_version:
        used.add(key)
        return found
    compiled = regex.compile(pattern, flags)
    if where is not None and regex.DEFAULT_VERSION == default_version and not compiled.flags & regex.LOCALE:
        if not added:
            atexit.register(save)
        added[key] = compiled
    return compiled


def save() -> None:
    """Add the patterns compiled in this process to the cache file (atomically; silently not, if it
    cannot be written)."""
    if not added or where is None:
        return
    kept = {**(stored or {}), **added}
    if sum(1 for key in kept if key not in used and key not in added) > MAX_UNUSED:
        kept = {key: value for key, value in kept.items() if key in used or key in added}
    bundle.write_private(where, header(), kept)
    added.clear()
