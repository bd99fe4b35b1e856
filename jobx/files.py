"""Files in and out: reading one posting's bytes safely (FIFOs, links, size limit), and writing outputs
atomically (a temporary file renamed into place, with the umask's mode or the replaced file's), directly
into special files, or to standard output. Used by `extract` and `batch`."""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import InputError, OutputError
from .reader import Decoded

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import IO

STDIN = "-"


def read_file(path: Path, source: str, max_bytes: int) -> Decoded:
    """Read and decode one posting file; every failure is an InputError naming the file."""
    from .reader import decode

    try:
        if path.is_dir():
            raise InputError("is a directory (use `jobx batch` for folders)", source)
        # Non-blocking open: a FIFO with no writer would otherwise hang the run; it reads as empty.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
        if not regular:
            os.set_blocking(descriptor, True)  # a pipe with a writer (`<(curl ...)`) is read to its end
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if not regular and not data:
            raise InputError("not a regular file, and nothing to read (a FIFO with no writer?)", source)
    except FileNotFoundError:
        raise InputError("no such file", source) from None
    except PermissionError:
        raise InputError("permission denied", source) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source) from None
    return decode(data, source, max_bytes=max_bytes)


def current_umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: put it straight back
    os.umask(mask)
    return mask


def output_mode(path: Path) -> int:
    """The mode a new output gets: that of the file it replaces, else what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


@contextmanager
def atomic_writer(path: Path, *, durable: bool = True, name: str | None = None) -> Iterator[IO[str]]:
    """A text handle on a temporary file beside `path`, renamed over it only when the block succeeds.

    The file gets the mode of the file it replaces, or the umask's (a temporary file is born 0600).
    `name` is how errors name the output (the path as the user gave it).
    """
    import tempfile  # here, not at start-up: with shutil, random, bz2 and lzma it costs ~3 ms

    name = name or str(path)
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", name) from None
    try:
        with handle:
            os.fchmod(handle.fileno(), output_mode(path))
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException as exc:  # Ctrl-C included: never leave a partial file behind
        Path(handle.name).unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):  # `| head` is not ours
            raise OutputError(f"cannot write: {exc.strerror or exc}", name) from None
        raise


def is_special_file(path: Path) -> bool:
    """A device, FIFO or socket (also behind a link: /dev/stdout, `>(cat)`): written into, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def write_atomically(path: Path, content: str, inputs: list[str], *, durable: bool = True) -> None:
    """Write to a temporary file beside the target, then rename it into place; never over an input.

    A target that is not a regular file (/dev/stdout, a FIFO, a device) is written into directly.
    """
    if is_special_file(path):
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(content)
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from None
        return
    resolved = path.resolve()
    if any(p != STDIN and Path(p).resolve() == resolved for p in inputs):
        raise OutputError("refusing to overwrite an input file", str(path))
    with atomic_writer(resolved, durable=durable, name=str(path)) as handle:
        handle.write(content)


def write_stdout(content: str, *, flush: bool = True) -> None:
    """Data to standard output: a failed write (a full disk behind `>`) is an OutputError; a reader that
    left (`| head`) raises BrokenPipeError, which the CLI ends quietly."""
    try:
        sys.stdout.write(content)
        if flush:
            sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", "<stdout>") from None


@functools.lru_cache(maxsize=4096)
def prepare_folder(folder: str, out_root: str) -> None:
    """Create an output folder, and refuse one that a symbolic link leads outside `--out`."""
    existing = Path(folder)
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent  # check the part that exists before creating anything below it
    if not existing.resolve().is_relative_to(out_root):
        raise OutputError("a symbolic link leads this output folder outside --out", folder)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror or exc}", folder) from None
    if not Path(folder).resolve().is_relative_to(out_root):  # a link swapped in meanwhile
        raise OutputError("a symbolic link leads this output folder outside --out", folder)
