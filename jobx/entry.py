"""The `jobx` entry point. `jobx extract FILE... --format json` and the other plain forms of `jobx extract`
run here without importing Typer, whose import and command building took ~30 ms of a start-up; anything
else (another command, another option, help, a usage error, shell completion) goes to the Typer app in
cli.py, which parses it as it always has. What a command does once parsed lives here too (run_extract,
report, ...), so both ways run the same code."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from .errors import InputError, JobxError, RulesTimeout
from .reader import DEFAULT_MAX_BYTES, INPUT_FORMATS, Decoded
from .rules import DEFAULT_PATTERN_SECONDS, load_rules

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

STDIN = "-"
COLOR_CHOICES = ("auto", "always", "never")
# The options `jobx extract` takes here, written `--format json`, `--format=json` or `-f json`, each at
# most once, with a value that does not start with '-'; any other option or form goes to Typer.
QUICK_OPTIONS = {
    "--format": "output_format",
    "-f": "output_format",
    "--output": "output",
    "-o": "output",
    "--input-format": "input_format",
    "--color": "color",
}
COMPLETION_VARIABLE = "_JOBX_COMPLETE"  # Typer's shell completion asks through this


def main() -> None:
    """Console-script entry point (and `python -m jobx`)."""
    code = quick_extract(sys.argv[1:])
    if code is None:
        from .cli import main as typer_main

        typer_main()
        return
    if code == 130:  # stopped: a second Ctrl-C while Python shuts down must not kill it by signal
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    sys.exit(code)


def quick_options(arguments: list[str]) -> dict[str, Any] | None:
    """The settings of a `jobx extract` command line in the plain forms taken here, each value valid;
    None for anything else (Typer parses it, and reports any mistake as before)."""
    if not arguments or arguments[0] != "extract" or COMPLETION_VARIABLE in os.environ:
        return None
    from .render import FORMATS

    chosen: dict[str, str] = {}
    inputs: list[str] = []
    spans = False
    index = 1
    while index < len(arguments):
        token = arguments[index]
        index += 1
        if token == "--spans" and not spans:
            spans = True
            continue
        name, equals, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name in QUICK_OPTIONS:
            if not equals:
                if index == len(arguments):
                    return None
                value = arguments[index]
                index += 1
            if QUICK_OPTIONS[name] in chosen or not value or value.startswith("-"):
                return None
            chosen[QUICK_OPTIONS[name]] = value
        elif token.startswith("-") and token != STDIN:
            return None
        else:
            inputs.append(token)
    output_format = chosen.get("output_format", "pretty").lower()
    input_format = chosen.get("input_format", "auto").lower()
    color = chosen.get("color", "auto").lower()
    if output_format not in FORMATS or input_format not in INPUT_FORMATS or color not in COLOR_CHOICES:
        return None
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            return None  # a usage error
        inputs = [STDIN]
    if inputs.count(STDIN) > 1 or (spans and output_format == "pretty"):
        return None
    output = Path(chosen["output"]) if "output" in chosen else None
    return {
        "inputs": inputs,
        "output_format": output_format,
        "output": output,
        "spans": spans,
        "input_format": input_format,
        "color": color,
    }


def quick_extract(arguments: list[str]) -> int | None:
    """Run `jobx extract` as cli.extract does and give its exit code; None when quick_options() leaves
    the command line to Typer."""
    options = quick_options(arguments)
    if options is None:
        return None
    try:
        load_rules((), DEFAULT_PATTERN_SECONDS)  # what run_extract does first; here, for gc.freeze()
        # The modules and rules live as long as the process: out of the collector's sight, the
        # collections that extracting sets off do not walk their ~150,000 objects again (~10 ms).
        gc.freeze()
        return run_extract(
            options["inputs"],
            options["output_format"],
            options["output"],
            options["spans"],
            [],
            DEFAULT_MAX_BYTES,
            options["input_format"],
            options["color"],
            DEFAULT_PATTERN_SECONDS,
        )
    except JobxError as error:
        report(error)
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("jobx: interrupted\n")
        return 130
    except BrokenPipeError:  # standard output's reader left (`jobx ... | head`): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as error:  # an extractor bug: one line (--debug, for a traceback, goes to Typer)
        report(f"internal error: {type(error).__name__}: {error} (rerun with --debug for a traceback)")
        return 1


def report(error: JobxError | str) -> None:
    """One line on stderr: `jobx: error: <source>: <message>`. File names can hold escape sequences and
    newlines: they are shown as `\\xNN` marks, as posting text is."""
    from .render import safe

    sys.stderr.write(f"jobx: error: {safe(str(error))}\n")


def warn(source: str, message: str) -> None:
    from .render import safe

    sys.stderr.write(f"jobx: warning: {safe(source)}: {safe(message)}\n")


def read_input(path: str, max_bytes: int, input_format: str) -> tuple[str, Decoded]:
    """(source name, decoded block text) for a path or '-' (standard input)."""
    from .files import read_file
    from .reader import decode, to_block_text

    if path == STDIN:
        decoded = decode(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes=max_bytes)
        return "<stdin>", to_block_text(decoded, "<stdin>", input_format)
    decoded = read_file(Path(path), path, max_bytes)
    return path, to_block_text(decoded, path, input_format)


def color_wanted(choice: str = "auto") -> bool:
    """--color: `always` and `never` decide; `auto` colours a terminal unless NO_COLOR is set (not empty)
    or TERM is dumb, and FORCE_COLOR (not empty) colours a pipe too. NO_COLOR wins over FORCE_COLOR."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def run_extract(
    inputs: list[str],
    output_format: str,
    output: Path | None,
    spans: bool,
    rules_files: list[Path],
    max_bytes: int,
    input_format: str,
    color: str = "auto",
    rules_timeout: float = DEFAULT_PATTERN_SECONDS,
) -> int:
    from .files import write_atomically, write_stdout
    from .pipeline import extract_decoded
    from .render import TABLE_FORMATS, plain_text, print_pretty, render_text
    from .rules import load_rules

    rules = load_rules(tuple(str(p) for p in rules_files), rules_timeout)
    records: list[dict[str, Any]] = []
    failed = 0
    for path in inputs:
        try:
            source, decoded = read_input(path, max_bytes, input_format)
        except InputError as error:
            report(error)
            failed += 1
            continue
        for message in decoded.warnings:
            warn(source, message)
        try:
            posting = extract_decoded(decoded, rules=rules, source=source)
        except RulesTimeout as error:  # a user's pattern backtracked too long on this posting
            error.source = source
            report(error)
            failed += 1
            continue
        records.append(posting.to_dict(spans=spans or output_format in TABLE_FORMATS))
    if not records and (len(inputs) == 1 or output_format not in ("json", "yaml", "csv", "tsv", "jsonld")):
        return 1 if failed else 0  # nothing to show; several inputs in json/yaml (csv/tsv) give [] (a header)
    if output_format == "pretty" and output is None and color_wanted(color):
        print_pretty(records, color=True)
    else:
        many = len(inputs) > 1  # an array of the inputs that worked, even if only one did
        content = plain_text(records) if output_format == "pretty" else render_text(records, output_format, many)
        if output is None:
            write_stdout(content)
        else:
            write_atomically(output, content, inputs)
    return 1 if failed else 0
