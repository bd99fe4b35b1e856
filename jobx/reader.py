"""Bytes to text: size limit, binary detection, and encodings with a warned fallback."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v")
BINARY_CONTROL_RATIO = 0.05


INPUT_FORMATS = ("auto", "text", "markdown", "html")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")


@dataclass(frozen=True)
class Decoded:
    """The text of one input and any warning about how it was read.

    For HTML and markdown, `text` is the block text made from the markup (item offsets refer to it), and
    `metadata` holds what the markup said outright: JSON-LD JobPosting fields, a front-matter title.
    """

    text: str
    warnings: tuple[str, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    input_format: str = "text"


def decode(data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """UTF-8 (BOM optional), BOM-marked UTF-16, then Windows-1252 and Latin-1 with a warning."""
    if len(data) > max_bytes:
        # Callers read at most max_bytes + 1 bytes, so the true size is unknown: say only that it is over.
        raise InputError(f"larger than the limit of {max_bytes:,} bytes (--max-bytes); not read", source)
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
    except UnicodeDecodeError as error:
        first_bad = error.start
    repaired = data.decode("utf-8-sig", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    if sum(1 for ch in repaired if ord(ch) > 0x7F) - bad > bad:
        # Mostly good UTF-8 with a few broken sequences (a truncated scrape): keep the good text.
        message = f"invalid UTF-8 at byte {first_bad}; {bad} broken sequence(s) replaced with U+FFFD"
        return checked(repaired, source, (message,))
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


def detect_format(text: str, source: str) -> str:
    """html, markdown or text: by the file's extension, else by what the text looks like."""
    from .markup import looks_like_html, looks_like_markdown

    lowered = source.lower()
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    if lowered.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if looks_like_html(text):
        return "html"
    return "markdown" if looks_like_markdown(text) else "text"


def to_block_text(decoded: Decoded, source: str, input_format: str = "auto") -> Decoded:
    """Turn HTML or markdown into block text (text passes through unchanged)."""
    from .markup import NestedTooDeeply, html_to_text, markdown_to_text

    kind = detect_format(decoded.text, source) if input_format == "auto" else input_format
    if kind == "text":
        return Decoded(decoded.text, decoded.warnings, (), "text")
    converter = html_to_text if kind == "html" else markdown_to_text
    try:
        text, metadata = converter(decoded.text)
    except (RecursionError, NestedTooDeeply):  # markup nested thousands deep: refuse, never crash the run
        raise InputError(f"{kind} input nested too deeply to read", source) from None
    if not text.strip():
        raise InputError(f"no text in the {kind} input", source)
    return Decoded(text, decoded.warnings, tuple(sorted(metadata.items())), kind)
