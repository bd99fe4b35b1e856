"""Bytes to text: size limit, binary detection, and encodings with a warned fallback."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v")
BINARY_CONTROL_RATIO = 0.05


@dataclass(frozen=True)
class Decoded:
    """The text of one input and any warning about how it was read."""

    text: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """UTF-8 (BOM optional), BOM-marked UTF-16, then Windows-1252 and Latin-1 with a warning."""
    if len(data) > max_bytes:
        raise InputError(f"file is {len(data)} bytes, larger than the limit of {max_bytes} (--max-bytes)", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return checked(data.decode("utf-16"), source, ("read as UTF-16",))
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", source) from None
    if b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)", source)
    if data and sum(data.count(bytes([b])) for b in CONTROL_BYTES) / len(data) > BINARY_CONTROL_RATIO:
        raise InputError("binary file (too many control bytes)", source)
    try:
        return checked(data.decode("utf-8-sig"), source, ())
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        return checked(text, source, ("not valid UTF-8; read as Windows-1252",))
    except UnicodeDecodeError:
        return checked(data.decode("latin-1"), source, ("not valid UTF-8; read as Latin-1",))


def checked(text: str, source: str, warnings: tuple[str, ...]) -> Decoded:
    if not text.strip():
        raise InputError("empty input (nothing but white space)", source)
    if "\x00" in text:
        raise InputError("binary file (contains NUL characters)", source)
    return Decoded(text, warnings)
