"""The built-in rules compiled once and cached as a pickle, so a start-up does not parse the YAML and
compile some fifty patterns again (about 350 ms against 7 ms to load; a pickled `regex` pattern keeps
its compiled code, so loading it does not run the pattern parser).

Pickle runs code when it loads, so a bundle is loaded only from a per-user cache folder
($XDG_CACHE_HOME/jobx or ~/.cache/jobx) that the current user owns and no one else may write to, and
only a file with the same owner and mode that starts with the key of this jobx: its version, the `regex`
and Python versions, and a hash of the rule files and of the modules that build them. Anything else is
ignored and rebuilt; a cache that cannot be written is silently done without. JOBX_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import pickle
import stat
import sys
import time
from pathlib import Path

import regex

try:  # CPython's own SHA-256: the same digests as hashlib's, without loading OpenSSL (~2 ms at start-up)
    from _sha256 import sha256  # Python 3.11
except ImportError:
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        from hashlib import sha256

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from .rules import Rules

NO_CACHE_VARIABLE = "JOBX_NO_CACHE"
STALE_SECONDS = 30 * 24 * 3600  # another installation's bundle not rewritten for this long is removed
MAGIC = b"jobx compiled rules\n"
PACKAGE_FOLDER = Path(__file__).resolve().parent
# The modules that define and build what a bundle holds: a change to them must not load an old bundle
# even at the same version (tests/test_bundle.py checks that rules.py imports no other jobx module).
BUILD_MODULES = ("rules.py", "model.py", "errors.py", "bundle.py", "values.py", "literals.py", "regexes.py")


def cache_disabled() -> bool:
    return os.environ.get(NO_CACHE_VARIABLE, "") not in ("", "0")


def cache_folder() -> Path | None:
    """$XDG_CACHE_HOME/jobx (when set to an absolute path) or ~/.cache/jobx; None without a home, or
    where file ownership cannot be checked (no os.getuid: Windows)."""
    if not hasattr(os, "getuid"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no HOME and no password entry
            return None
    return Path(base) / "jobx"


def bundle_key(files: list[tuple[str, str]]) -> bytes:
    """What a bundle was built from: jobx, regex and Python versions, the rule files and BUILD_MODULES."""
    from . import __version__

    digest = sha256()
    for part in (__version__, regex.__version__, sys.version, sys.implementation.cache_tag):
        digest.update(part.encode() + b"\0")
    for name, text in files:
        digest.update(name.encode() + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    for module in BUILD_MODULES:
        digest.update(module.encode() + b"\0" + (PACKAGE_FOLDER / module).read_bytes() + b"\0")
    return digest.hexdigest().encode()


def bundle_name() -> str:
    """One bundle per installation (package folder and Python environment), so two checkouts or venvs
    used in turn do not rebuild each other's bundle at every switch."""
    where = f"{PACKAGE_FOLDER}\0{sys.prefix}\0{sys.executable}".encode("utf-8", "surrogateescape")
    return f"rules-{sha256(where).hexdigest()[:16]}.pickle"


def owned_privately(status: os.stat_result) -> bool:
    """Owned by the current user and writable by no one else."""
    return status.st_uid == os.getuid() and status.st_mode & 0o022 == 0


def read_private(path: Path, header: bytes) -> object:
    """What jobx pickled after `header` in a file of a private folder, or None for anything else
    (missing, another header, foreign, writable by others, a link, damaged)."""
    try:
        if not owned_privately(os.stat(path.parent)):
            return None
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode) or not owned_privately(status):
                return None
            if handle.read(len(header)) != header:
                return None
            return pickle.load(handle)
        except Exception:  # a truncated or damaged file, a read error: rebuild
            return None


def write_private(path: Path, header: bytes, value: object) -> bool:
    """Write `header` and the pickle of `value` atomically (a private temporary file, then a rename);
    give up silently (False) if it cannot."""
    import tempfile  # only when writing: ~3 ms to import

    temporary = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not owned_privately(os.stat(path.parent)):
            return False
        descriptor, temporary = tempfile.mkstemp(prefix=".rules-", suffix=".tmp", dir=path.parent)  # mode 0600
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(header)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        return True
    except Exception:  # a read-only or full home, and so on: the run goes on without a bundle
        return False
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def read_bundle(path: Path, key: bytes) -> Rules | None:
    """The rules in a bundle jobx wrote for this key, or None for anything else (missing, stale, foreign,
    writable by others, a link, damaged)."""
    from .rules import Rules

    loaded = read_private(path, MAGIC + key + b"\n")
    return loaded if isinstance(loaded, Rules) else None


def write_bundle(path: Path, key: bytes, rules: Rules) -> None:
    """Write atomically; give up silently if it cannot."""
    if write_private(path, MAGIC + key + b"\n", rules):
        remove_stale_bundles(path)


def remove_stale_bundles(kept: Path) -> None:
    """Bundles of installations long gone (old venvs, temporary checkouts) do not pile up, nor the
    temporary files of runs killed while writing one."""
    now = time.time()
    for other in [*kept.parent.glob("*.pickle"), *kept.parent.glob(".rules-*.tmp")]:
        try:
            age = now - other.lstat().st_mtime
            if other != kept and (age > STALE_SECONDS or (other.suffix == ".tmp" and age > 3600)):
                other.unlink()
        except OSError:
            pass


def builtin_rules() -> Rules:
    """The compiled built-in rules: from the bundle when a good one exists, else built (and cached)."""
    from . import rules as rules_module

    files = rules_module.builtin_files()
    folder = None if cache_disabled() else cache_folder()
    if folder is None:
        return rules_module.build(rules_module.builtin_data(files), "built-in rules")
    key = bundle_key(files)
    path = folder / bundle_name()
    cached = read_bundle(path, key)
    if cached is not None:
        return cached
    built = rules_module.build(rules_module.builtin_data(files), "built-in rules")
    write_bundle(path, key, built)
    return built
