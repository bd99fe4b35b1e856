"""The `jobx` command: options in, library calls, output out. Errors become one stderr line."""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import typer

from . import __version__
from .errors import InputError, JobxError, OutputError
from .reader import DEFAULT_MAX_BYTES

EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 an input could not be read (the others are still processed); "
    "2 usage error or bad rules file; 3 output could not be written; 130 interrupted."
)
STDIN = "-"

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help=f"Extract what job postings require: sections, qualifications, logistics, skills.\n\n{EXIT_CODES_HELP}",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def report(error: JobxError | str) -> None:
    """One line on stderr: `jobx: error: <source>: <message>`."""
    sys.stderr.write(f"jobx: error: {error}\n")


def warn(source: str, message: str) -> None:
    sys.stderr.write(f"jobx: warning: {source}: {message}\n")


def version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"jobx {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(
        False, "--version", callback=version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """jobx: extract what job postings require."""


def read_input(path: str, max_bytes: int) -> tuple[str, str, tuple[str, ...]]:
    """(source name, text, warnings) for a path or '-' (standard input)."""
    from .reader import decode

    if path == STDIN:
        source = "<stdin>"
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        source = path
        target = Path(path)
        try:
            if target.is_dir():
                raise InputError("is a directory (use `jobx batch` for folders)", source)
            with target.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError("no such file", source) from None
        except PermissionError:
            raise InputError("permission denied", source) from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc), source) from None
    decoded = decode(data, source, max_bytes=max_bytes)
    return source, decoded.text, decoded.warnings


def write_atomically(path: Path, content: str, inputs: list[str]) -> None:
    """Write to a temporary file beside the target, then rename it into place."""
    resolved = path.resolve()
    if any(p != STDIN and Path(p).resolve() == resolved for p in inputs):
        raise OutputError("refusing to overwrite an input file", str(path))
    directory = resolved.parent
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=directory, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from None
    try:
        with handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, resolved)
    except BaseException as exc:
        Path(handle.name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}", str(path)) from None
        raise


def color_wanted() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Posting files; '-' reads standard input.", metavar="FILE..."),
    output_format: str = typer.Option(
        "pretty", "--format", "-f", help="pretty (Rich view), json, jsonl or yaml.", metavar="FORMAT"
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of standard output."
    ),
    spans: bool = typer.Option(False, "--spans", help="Give each item as {text, start, end} offsets."),
    rules_files: list[Path] = typer.Option(
        [], "--rules", help="Extra rules YAML (headings, boilerplate, skills); may repeat."
    ),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Refuse inputs larger than this."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors."),
) -> None:
    """Extract sections, logistics and skills from job postings.

    Examples:

      jobx extract posting.txt

      cat posting.txt | jobx extract - --format json | jq .minimum_qualifications

      jobx extract postings/*.txt --format jsonl > all.jsonl
    """
    from .render import FORMATS

    if output_format not in FORMATS:
        raise typer.BadParameter(f"must be one of: {', '.join(FORMATS)}", param_hint="--format")
    if inputs.count(STDIN) > 1:
        raise typer.BadParameter("standard input ('-') can be read only once", param_hint="FILE")
    try:
        code = run_extract(inputs, output_format, output, spans, rules_files, max_bytes)
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("jobx: interrupted\n")
        raise typer.Exit(130) from None
    except Exception as error:  # an extractor bug: say so in one line unless debugging
        if debug:
            raise
        report(f"internal error: {type(error).__name__}: {error} (rerun with --debug for a traceback)")
        raise typer.Exit(1) from None
    raise typer.Exit(code)


def run_extract(
    inputs: list[str],
    output_format: str,
    output: Path | None,
    spans: bool,
    rules_files: list[Path],
    max_bytes: int,
) -> int:
    from .pipeline import extract as extract_posting
    from .render import plain_text, print_pretty, render_text
    from .rules import load_rules

    rules = load_rules(tuple(str(p) for p in rules_files))
    records: list[dict[str, Any]] = []
    failed = 0
    for path in inputs:
        try:
            source, text, read_warnings = read_input(path, max_bytes)
        except InputError as error:
            report(error)
            failed += 1
            continue
        for message in read_warnings:
            warn(source, message)
        posting = extract_posting(text, rules=rules)
        posting = replace(posting, source=source, warnings=read_warnings + posting.warnings)
        records.append(posting.to_dict(spans=spans))
    if records:
        if output_format == "pretty" and output is None and color_wanted():
            print_pretty(records, color=True)
        else:
            content = plain_text(records) if output_format == "pretty" else render_text(records, output_format)
            if output is None:
                sys.stdout.write(content)
                sys.stdout.flush()
            else:
                write_atomically(output, content, inputs)
    return 1 if failed else 0


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output (schema_version 1)."""
    import json

    from .model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="jobx")
    except BrokenPipeError:  # `jobx ... | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
