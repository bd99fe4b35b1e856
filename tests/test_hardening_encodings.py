"""Encodings and broken bytes: each input is read (with a warning when a fallback was used) or refused
with a clear message; none crashes. Complements test_reader.py (the plain cases) with hostile ones."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jobx.cli import app
from jobx.errors import InputError
from jobx.reader import Decoded, decode, to_block_text

POSTING = "Responsibilities\n- Build café software – fast\n- Ship it\nRequirements\n- Python\n"
runner = CliRunner(env={"NO_COLOR": "1", "COLUMNS": "100"})


# (bytes, text expected, a warning fragment or None)
READ = {
    "utf-8": (POSTING.encode(), POSTING, None),
    "utf-8-bom": (codecs.BOM_UTF8 + POSTING.encode(), POSTING, None),
    "utf-16-le-bom": (codecs.BOM_UTF16_LE + POSTING.encode("utf-16-le"), POSTING, "UTF-16"),
    "utf-16-be-bom": (codecs.BOM_UTF16_BE + POSTING.encode("utf-16-be"), POSTING, "UTF-16"),
    "windows-1252": (POSTING.encode("cp1252"), POSTING, "Windows-1252"),
    "latin-1": (b"Caf\xe9 \x81 \x8d\n", "Café \x81 \x8d\n", "Latin-1"),
    "crlf": (POSTING.replace("\n", "\r\n").encode(), POSTING.replace("\n", "\r\n"), None),
    "cr": (POSTING.replace("\n", "\r").encode(), POSTING.replace("\n", "\r"), None),
    "u2028": (POSTING.replace("\n", "\u2028").encode(), POSTING.replace("\n", "\u2028"), None),
    "mixed-endings": (b"Responsibilities\r\n- Build\r- Ship\n- Test\xe2\x80\xa8", None, None),
    "utf-8-one-broken-sequence": (
        POSTING.encode()[:30] + b"\xe2\x80" + POSTING.encode()[30:],
        None,
        "invalid UTF-8 at byte 30",
    ),
    "utf-8-truncated-at-the-end": ("Café – ok".encode()[:-1] + "naïve ".encode() + b"\xc3", None, "U+FFFD"),
    "overlong-and-surrogate-utf-8": (
        "Café ".encode() + b"\xc0\xaf \xed\xa0\x80 " + "é".encode() * 9,
        None,
        "invalid UTF-8",
    ),
}


@pytest.mark.parametrize(("data", "text", "warning"), READ.values(), ids=list(READ))
def test_read_with_the_right_warning(data: bytes, text: str | None, warning: str | None) -> None:
    decoded = decode(data, "x")
    if text is not None:
        assert decoded.text == text
    if warning is None:
        assert decoded.warnings == ()
    else:
        assert len(decoded.warnings) == 1 and warning in decoded.warnings[0]
    assert "\x00" not in decoded.text


def test_a_broken_sequence_keeps_the_good_utf_8_around_it() -> None:
    decoded = decode("naïve café — ".encode() + b"\xff" + " résumé".encode(), "x")
    assert decoded.text == "naïve café — \ufffd résumé"  # not mojibake ("naÃ¯ve") from a 1252 fallback


REFUSED = {
    "nul-bytes": (b"Responsibilities\x00\x00- Build", "binary file (contains NUL bytes)"),
    "utf-16-without-bom": (POSTING.encode("utf-16-le"), "binary file"),
    "utf-16-odd-length": (codecs.BOM_UTF16_LE + b"a\x00b", "invalid UTF-16 text"),
    "utf-16-lone-surrogate": (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "invalid UTF-16 text"),
    "utf-16-holding-nul": (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), "binary file"),
    "utf-32-bom": (codecs.BOM_UTF32_LE + "abc".encode("utf-32-le"), "binary file"),
    "png-header": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "gzip": (b"\x1f\x8b\x08\x00" + bytes(range(1, 30)), "binary file"),
    "control-bytes": (bytes(range(1, 9)) * 100, "binary file (too many control bytes)"),
    "empty": (b"", "empty input"),
    "bom-only": (codecs.BOM_UTF8, "empty input"),
    "white-space-only": (b" \r\n\t\x0b\x0c", "empty input"),
}


@pytest.mark.parametrize(("data", "message"), REFUSED.values(), ids=list(REFUSED))
def test_refused_with_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        decode(data, "posting.txt")
    assert str(caught.value).startswith("posting.txt: ")
    assert "\n" not in str(caught.value)


def test_size_limit_counts_bytes_and_is_exact() -> None:
    assert decode(b"x" * 100, "x", max_bytes=100).text == "x" * 100
    with pytest.raises(InputError, match=r"larger than the limit of 100 bytes \(--max-bytes\); not read"):
        decode(b"x" * 101, "x", max_bytes=100)


def test_markup_nested_thousands_deep_is_refused_not_a_crash() -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        to_block_text(Decoded("<div>" * 20_000 + "Responsibilities" + "</div>" * 20_000), "deep.html")


def invoke(*args: str, input: bytes | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\u2028", "\u2029", "\x85"], ids=repr)
def test_line_endings_give_the_same_items_and_true_spans(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "p.txt"
    text = POSTING.replace("\n", ending)
    path.write_bytes(text.encode())
    result = invoke("extract", str(path), "-f", "json", "--spans")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert [i["text"] for i in record["responsibilities"]] == ["Build café software – fast", "Ship it"]
    for item in record["responsibilities"] + record["minimum_qualifications"]:
        assert text[item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (POSTING.encode("cp1252"), "read as Windows-1252"),
        (b"\xff" + POSTING.encode(), "invalid UTF-8 at byte 0"),
        (codecs.BOM_UTF16_BE + POSTING.encode("utf-16-be"), "read as UTF-16"),
    ],
    ids=["windows-1252", "broken-utf-8", "utf-16"],
)
def test_cli_warns_on_stderr_and_in_the_posting(tmp_path: Path, data: bytes, warning: str) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(data)
    result = invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 0
    assert result.stderr.startswith(f"jobx: warning: {path}: ") and warning in result.stderr
    assert any(warning in w for w in json.loads(result.stdout)["warnings"])


def test_stdin_binary_is_refused_and_too_large_is_refused() -> None:
    result = invoke("extract", "-", input=b"\x00\x01\x02")
    assert (result.exit_code, result.stderr) == (1, "jobx: error: <stdin>: binary file (contains NUL bytes)\n")
    result = invoke("extract", "-", "--max-bytes", "10", input=b"Responsibilities\n- Build")
    assert result.exit_code == 1
    assert result.stderr == "jobx: error: <stdin>: larger than the limit of 10 bytes (--max-bytes); not read\n"
