"""reader: encodings with fallbacks, and the inputs that are refused."""

from __future__ import annotations

import codecs

import pytest

from jobx.errors import InputError
from jobx.reader import decode

TEXT = "Café — naïve résumé"


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (TEXT.encode("utf-8"), False),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), False),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), True),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), True),
        (TEXT.encode("cp1252"), True),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "windows-1252"],
)
def test_decodes(data: bytes, warned: bool) -> None:
    decoded = decode(data, "x")
    assert decoded.text == TEXT
    assert bool(decoded.warnings) is warned


def test_latin1_when_windows_1252_cannot() -> None:
    decoded = decode(b"caf\xe9 \x81", "x")
    assert decoded.text == "café \x81"
    assert "Latin-1" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty input"),
        (b"  \n\t ", "empty input"),
        (b"abc\x00def", "binary file"),
        (bytes(range(1, 9)) * 10, "binary file"),
    ],
    ids=["empty", "white-space", "nul", "control-bytes"],
)
def test_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "x")


def test_size_limit() -> None:
    with pytest.raises(InputError, match="larger than the limit of 10"):
        decode(b"x" * 11, "x", max_bytes=10)
