"""The `jobx` command: options in, library calls, output out. Errors become one stderr line."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import InputError, JobxError
from .reader import DEFAULT_MAX_BYTES, INPUT_FORMATS, Decoded

EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 an input could not be read (the others are still processed); "
    "2 usage error or bad rules file; 3 output could not be written; 130 interrupted."
)
STDIN = "-"


class OneLineUsageErrors(TyperGroup):
    """Usage errors as one line, `jobx: error: <problem> (try '<command> --help')`, exit 2, rather than
    Typer's boxed message: the README promises one line on stderr for every error."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except Exception as error:
            usage = callable(getattr(error, "format_message", None)) and hasattr(error, "ctx")
            if not usage:
                raise
            if type(error).__name__ == "NoArgsIsHelpError":  # `jobx` alone: the help (Rich has shown it)
                sys.stderr.write(error.format_message().rstrip("\n") + "\n" if error.format_message().strip() else "")
                sys.exit(getattr(error, "exit_code", 2))
            context = getattr(error, "ctx", None)
            hint = f" (try '{context.command_path} --help')" if context is not None else ""
            report(" ".join(error.format_message().split()) + hint)
            sys.exit(getattr(error, "exit_code", 2))
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=OneLineUsageErrors,
    add_completion=False,
    no_args_is_help=True,
    help=f"Extract what job postings require: sections, qualifications, logistics, skills.\n\n{EXIT_CODES_HELP}",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def report(error: JobxError | str) -> None:
    """One line on stderr: `jobx: error: <source>: <message>`. File names can hold escape sequences and
    newlines: they are shown as `\\xNN` marks, as posting text is."""
    from .render import safe

    sys.stderr.write(f"jobx: error: {safe(str(error))}\n")


def warn(source: str, message: str) -> None:
    from .render import safe

    sys.stderr.write(f"jobx: warning: {safe(source)}: {safe(message)}\n")


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


def read_input(path: str, max_bytes: int, input_format: str) -> tuple[str, Decoded]:
    """(source name, decoded block text) for a path or '-' (standard input)."""
    from .files import read_file
    from .reader import decode, to_block_text

    if path == STDIN:
        decoded = decode(sys.stdin.buffer.read(max_bytes + 1), "<stdin>", max_bytes=max_bytes)
        return "<stdin>", to_block_text(decoded, "<stdin>", input_format)
    decoded = read_file(Path(path), path, max_bytes)
    return path, to_block_text(decoded, path, input_format)


def reader_left() -> NoReturn:
    """Standard output's reader left (`jobx ... | head`): not an error. Later flushes go to /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(0)


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
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    input_format: str = typer.Option(
        "auto", "--input-format", help="auto (by extension, then content), text, markdown or html.", metavar="FORMAT"
    ),
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
    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"must be one of: {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    if inputs.count(STDIN) > 1:
        raise typer.BadParameter("standard input ('-') can be read only once", param_hint="FILE")
    if spans and output_format == "pretty":
        raise typer.BadParameter("--spans needs --format json, jsonl or yaml (the pretty view has no offsets)")
    try:
        code = run_extract(inputs, output_format, output, spans, rules_files, max_bytes, input_format)
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("jobx: interrupted\n")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        reader_left()
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
    input_format: str,
) -> int:
    from .files import write_atomically, write_stdout
    from .pipeline import extract_decoded
    from .render import plain_text, print_pretty, render_text
    from .rules import load_rules

    rules = load_rules(tuple(str(p) for p in rules_files))
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
        posting = extract_decoded(decoded, rules=rules, source=source)
        records.append(posting.to_dict(spans=spans))
    if not records and (len(inputs) == 1 or output_format not in ("json", "yaml")):
        return 1 if failed else 0  # nothing to show; several inputs in json/yaml still give an array
    if output_format == "pretty" and output is None and color_wanted():
        print_pretty(records, color=True)
    else:
        many = len(inputs) > 1  # an array of the inputs that worked, even if only one did
        content = plain_text(records) if output_format == "pretty" else render_text(records, output_format, many)
        if output is None:
            write_stdout(content)
        else:
            write_atomically(output, content, inputs)
    return 1 if failed else 0


@app.command()
def batch(
    folder: Path | None = typer.Argument(None, help="Folder of postings, walked in sorted order."),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="Mirror the folder here: a/b.txt -> OUT/a/b.json (else JSON lines, stdout)."
    ),
    output_format: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help="json (default with --out), jsonl (the only one on stdout) or yaml.",
        metavar="FORMAT",
    ),
    globs: list[str] = typer.Option(
        ["**/*"], "--glob", help="Files under FOLDER to take; '**/' spans folders; may repeat (any matches)."
    ),
    from_list: str | None = typer.Option(
        None, "--from-list", help="Read file names, one a line, from this file ('-': stdin), not a FOLDER."
    ),
    skip_existing: bool = typer.Option(False, "--skip-existing", help="Resume: keep existing outputs."),
    workers: int = typer.Option(0, "--workers", "-j", min=0, help="Processes (0: one a CPU; 1: in-process)."),
    timeout: float = typer.Option(
        300.0, "--timeout", min=0, help="Fail a file that takes longer than this many seconds (0: no limit)."
    ),
    errors_path: Path | None = typer.Option(None, "--errors", help="Write one JSON line per failed file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary (errors shown)."),
    spans: bool = typer.Option(False, "--spans", help="Give each item as {text, start, end} offsets."),
    rules_files: list[Path] = typer.Option([], "--rules", help="Extra rules YAML; may repeat."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this."),
    input_format: str = typer.Option(
        "auto", "--input-format", help="auto (by extension, then content), text, markdown or html.", metavar="FORMAT"
    ),
) -> None:
    """Convert a whole folder (or a list of files) in parallel, resumably, with progress on stderr.

    A file that fails is reported as `jobx: error: <path>: <reason>` and the run goes on. Outputs are
    written atomically, only under --out, never over an input. Exit codes: 0 all converted or skipped;
    1 some input failed; 2 usage or rules error; 3 some output could not be written; 130 interrupted.

    Examples:

      jobx batch postings/ --out parsed/ --skip-existing

      find . -name '*.txt' | jobx batch --from-list - --format jsonl > all.jsonl
    """
    from . import batch as batching

    output_format = output_format or ("json" if out is not None else "jsonl")
    problem = batching.check_settings(output_format, out, skip_existing)
    if (folder is None) == (from_list is None):
        problem = "give either a FOLDER or --from-list"
    elif folder is not None:
        problem = problem or batching.folder_problem(folder, out)
    if input_format not in INPUT_FORMATS:
        problem = problem or f"--input-format must be one of: {', '.join(INPUT_FORMATS)}"
    if problem:
        raise typer.BadParameter(problem)
    settings = batching.Settings(
        output_format,
        str(out) if out is not None else None,
        skip_existing,
        spans,
        tuple(str(p) for p in rules_files),
        max_bytes,
        input_format,
        timeout,
    )
    show_progress = not quiet and sys.stderr.isatty()
    total = None
    if folder is not None:
        tasks = batching.walk_folder(folder, globs, settings)
        total = sum(1 for _ in batching.walk_folder(folder, globs, settings)) if show_progress else None
    elif from_list == STDIN:
        tasks = batching.listed_tasks(batching.read_names(sys.stdin, "<stdin>"), settings)
    else:
        try:
            with open(from_list or "", encoding="utf-8", errors="surrogateescape") as handle:
                names = list(batching.read_names(handle, from_list or ""))
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {from_list}: {exc.strerror or exc}") from None
        except JobxError as error:
            raise typer.BadParameter(str(error)) from None
        tasks, total = batching.listed_tasks(iter(names), settings), len(names)
    try:
        summary = batching.run_batch(
            tasks,
            settings,
            workers=workers or os.cpu_count() or 1,
            total=total,
            progress=show_progress,
            errors_path=errors_path,
        )
        batching.write_stdout("")  # the last JSON lines, still buffered
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except BrokenPipeError:
        reader_left()
    if summary.done == 0 and not summary.interrupted and not summary.stopped_on_output:
        wanted = f"no file matches --glob {' '.join(globs)}" if folder is not None else "no file names in the list"
        report(f"{folder if folder is not None else from_list}: nothing to convert ({wanted})")
        raise typer.Exit(1)
    if summary.interrupted or summary.stopped_on_output or not quiet:
        sys.stderr.write(f"jobx: {summary.text()}\n")
    raise typer.Exit(summary.exit_code())


@app.command(name="rules")
def show_rules(
    rules_files: list[Path] = typer.Option([], "--rules", help="Extra rules YAML to layer on; may repeat."),
) -> None:
    """Print the effective rules (built-in plus --rules files) as YAML, in the rules-file format."""
    import yaml

    from .files import write_stdout
    from .rules import load_rules

    try:
        rules = load_rules(tuple(str(p) for p in rules_files))
        write_stdout(yaml.safe_dump(rules.raw, allow_unicode=True, sort_keys=False, width=100))
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except BrokenPipeError:
        reader_left()


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON output (schema_version 1)."""
    import json

    from .files import write_stdout
    from .model import json_schema

    try:
        write_stdout(json.dumps(json_schema(), indent=2) + "\n")
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except BrokenPipeError:
        reader_left()


def main() -> None:
    """Console-script entry point."""
    try:
        app(prog_name="jobx")
    except SystemExit as exit:
        if exit.code == 130:  # stopped: a second Ctrl-C while Python shuts down must not kill it by signal
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise
    except BrokenPipeError:  # `jobx ... | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
