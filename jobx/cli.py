"""The `jobx` command: options in, library calls, output out. Errors become one stderr line."""

from __future__ import annotations

import copy
import functools
import os
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__
from .entry import COLOR_CHOICES, STDIN, color_wanted, read_input, report, run_extract, warn
from .errors import InputError, JobxError
from .reader import DEFAULT_MAX_BYTES, INPUT_FORMATS
from .rules import DEFAULT_PATTERN_SECONDS

EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 an input could not be read (the others are still processed); "
    "2 usage error or bad rules file; 3 output could not be written; 130 interrupted."
)


class OneLineUsageErrors(TyperGroup):
    """Usage errors as one line, `jobx: error: <problem> (try '<command> --help')`, exit 2, rather than
    Typer's boxed message: the README promises one line on stderr for every error."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        plain_help_types(self.get_params(ctx))
        super().format_help(ctx, formatter)

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
            # An option missing its value is raised without a context: point to the program's help then.
            path = context.command_path if context is not None else kwargs.get("prog_name") or "jobx"
            hint = f" (try '{path} --help')"
            report(" ".join(error.format_message().split()) + hint)
            sys.exit(getattr(error, "exit_code", 2))
        sys.exit(code if isinstance(code, int) else 0)


class PlainHelpCommand(TyperCommand):
    """Help shows each option's own metavar (FORMAT, FILE, N), never Typer's type names (`<list[Path]>`,
    `<bool>`): those name the code, not what to type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plain_help_types(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        plain_help_types([option] if option is not None else [])
        return option


def plain_help_types(parameters: list[Any]) -> None:
    for parameter in parameters:
        parameter.display_type_rich = functools.partial(help_metavar, parameter)  # Typer 0.29
        if parameter.param_type_name == "option" and not parameter.is_flag and parameter.metavar is None:
            parameter.metavar = (parameter.name or "").upper()  # Typer 0.28 would show `<path>`
        if parameter.param_type_name == "argument" and not getattr(parameter.type, "quiet_in_help", False):
            # Typer 0.28 shows an argument's type as `<str>` unless the type names a metavar: give this
            # argument its own copy of the type (the shared one must stay as it is) that names none.
            parameter.type = copy.copy(parameter.type)
            parameter.type.get_metavar = lambda *args, **kwargs: ""
            parameter.type.quiet_in_help = True


def help_metavar(parameter: Any, ctx: Any = None) -> str | None:
    """Nothing for a flag or an argument (its name says it), else the option's metavar or its name."""
    if getattr(parameter, "is_flag", False) or parameter.param_type_name == "argument":
        return None
    return parameter.metavar or (parameter.name or "").upper()


app = typer.Typer(
    cls=OneLineUsageErrors,
    add_completion=True,
    no_args_is_help=True,
    help=f"Extract what job postings require: sections, qualifications, logistics, skills.\n\n{EXIT_CODES_HELP}",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"jobx {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(
        False, "--version", "-V", callback=version_callback, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """jobx: extract what job postings require."""


def reader_left() -> NoReturn:
    """Standard output's reader left (`jobx ... | head`): not an error. Later flushes go to /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(0)


def complete_formats(incomplete: str) -> list[str]:
    """Tab completion of --format (only run when the shell asks, so the import costs nothing else)."""
    from .render import FORMATS

    return [name for name in FORMATS if name.startswith(incomplete.lower())]


def complete_batch_formats(incomplete: str) -> list[str]:
    from .batch import EXTENSIONS

    return [name for name in EXTENSIONS if name.startswith(incomplete.lower())]


def complete_input_formats(incomplete: str) -> list[str]:
    return [name for name in INPUT_FORMATS if name.startswith(incomplete.lower())]


def complete_color(incomplete: str) -> list[str]:
    return [name for name in COLOR_CHOICES if name.startswith(incomplete.lower())]


def stdin_or_usage_error() -> list[str]:
    """No FILE: standard input, unless it is a terminal (nobody is piping a posting in)."""
    if sys.stdin is None or sys.stdin.isatty():
        raise typer.BadParameter(
            "no FILE given, and standard input is a terminal (give a FILE, pipe a posting in, or '-' to type one)",
            param_hint="FILE",
        )
    return [STDIN]


@app.command(cls=PlainHelpCommand)
def extract(
    inputs: list[str] | None = typer.Argument(
        None, help="Posting files; '-' (or no FILE, when input is piped) reads standard input.", metavar="FILE..."
    ),
    output_format: str = typer.Option(
        "pretty",
        "--format",
        "-f",
        help="pretty (Rich view), json, jsonl, yaml, csv, tsv or jsonld.",
        metavar="FORMAT",
        autocompletion=complete_formats,
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file (atomically) instead of standard output.", metavar="FILE"
    ),
    spans: bool = typer.Option(False, "--spans", help="Give each item as {text, start, end} offsets."),
    rules_files: list[Path] = typer.Option(
        [], "--rules", help="Extra rules YAML (headings, boilerplate, skills); may repeat.", metavar="FILE"
    ),
    rules_timeout: float = typer.Option(
        DEFAULT_PATTERN_SECONDS,
        "--rules-timeout",
        min=0.001,
        help="Seconds the patterns of --rules files may take on one posting, together; then it fails.",
        metavar="SECONDS",
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this.", metavar="N"
    ),
    input_format: str = typer.Option(
        "auto",
        "--input-format",
        help="auto (by extension, then content), text, markdown or html.",
        metavar="FORMAT",
        autocompletion=complete_input_formats,
    ),
    color: str = typer.Option(
        "auto",
        "--color",
        autocompletion=complete_color,
        help="Colour the pretty view: auto (a terminal; NO_COLOR, FORCE_COLOR honoured), always or never.",
        metavar="WHEN",
    ),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks for unexpected errors."),
) -> None:
    """Extract sections, logistics and skills from job postings.

    Examples:

      jobx extract posting.txt

      jobx extract < posting.txt --format json | jq .minimum_qualifications

      jobx extract postings/*.txt --format jsonl > all.jsonl

      jobx extract postings/*.txt --format csv > items.csv
    """
    from .render import FORMATS

    output_format, input_format, color = output_format.lower(), input_format.lower(), color.lower()
    if output_format not in FORMATS:
        raise typer.BadParameter(f"must be one of: {', '.join(FORMATS)}", param_hint="--format")
    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"must be one of: {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    if color not in COLOR_CHOICES:
        raise typer.BadParameter(f"must be one of: {', '.join(COLOR_CHOICES)}", param_hint="--color")
    inputs = inputs or stdin_or_usage_error()
    if inputs.count(STDIN) > 1:
        raise typer.BadParameter("standard input ('-') can be read only once", param_hint="FILE")
    if spans and output_format == "pretty":
        raise typer.BadParameter(
            "--spans needs --format json, jsonl or yaml (csv and tsv always give offsets, pretty none)"
        )
    try:
        code = run_extract(
            inputs, output_format, output, spans, rules_files, max_bytes, input_format, color, rules_timeout
        )
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


@app.command(cls=PlainHelpCommand)
def batch(
    folder: Path | None = typer.Argument(None, help="Folder of postings, walked in sorted order.", metavar="FOLDER"),
    out: Path | None = typer.Option(
        None,
        "--out",
        "-o",
        help="Mirror the folder here: a/b.txt -> OUT/a/b.json (else one stream on stdout).",
        metavar="DIR",
    ),
    output_format: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help="json (default with --out), yaml, jsonld, jsonl (default on stdout), csv or tsv.",
        metavar="FORMAT",
        autocompletion=complete_batch_formats,
    ),
    globs: list[str] = typer.Option(
        [],
        "--glob",
        help="Files under FOLDER to take; '**/' spans folders; may repeat (any matches). "
        "Default: *.txt *.md *.markdown *.html *.htm at any depth, in any case.",
        metavar="GLOB",
    ),
    ignore_case: bool = typer.Option(False, "--ignore-case", "-i", help="Match --glob patterns in any case."),
    from_list: str | None = typer.Option(
        None,
        "--from-list",
        help="Read file names, one a line, from this file ('-': stdin), not a FOLDER.",
        metavar="FILE",
    ),
    null: bool = typer.Option(False, "--null", "-0", help="--from-list names end in NUL bytes (find -print0)."),
    skip_existing: bool = typer.Option(False, "--skip-existing", help="Resume: keep existing outputs."),
    workers: int = typer.Option(
        0, "--workers", "-j", min=0, help="Processes (0: one a CPU; 1: in-process).", metavar="N"
    ),
    timeout: float = typer.Option(
        300.0,
        "--timeout",
        min=0,
        help="Fail a file that takes longer than this many seconds (0: no limit).",
        metavar="SECONDS",
    ),
    errors_path: Path | None = typer.Option(
        None, "--errors", help="Write one JSON line per failed file.", metavar="FILE"
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary (errors shown)."),
    spans: bool = typer.Option(False, "--spans", help="Give each item as {text, start, end} offsets."),
    rules_files: list[Path] = typer.Option([], "--rules", help="Extra rules YAML; may repeat.", metavar="FILE"),
    rules_timeout: float = typer.Option(
        DEFAULT_PATTERN_SECONDS,
        "--rules-timeout",
        min=0.001,
        help="Seconds the patterns of --rules files may take on one posting, together; then it fails.",
        metavar="SECONDS",
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this.", metavar="N"
    ),
    input_format: str = typer.Option(
        "auto",
        "--input-format",
        help="auto (by extension, then content), text, markdown or html.",
        metavar="FORMAT",
        autocompletion=complete_input_formats,
    ),
) -> None:
    """Convert a whole folder (or a list of files) in parallel, resumably, with progress on stderr.

    A file that fails is reported as `jobx: error: <path>: <reason>` and the run goes on. Outputs are
    written atomically, only under --out, never over an input. Exit codes: 0 all converted or skipped;
    1 some input failed; 2 usage or rules error; 3 some output could not be written; 130 interrupted.

    Examples:

      jobx batch postings/ --out parsed/ --skip-existing

      find . -name '*.txt' -print0 | jobx batch --from-list - -0 --format csv > items.csv
    """
    from . import batch as batching

    output_format = (output_format or ("json" if out is not None else "jsonl")).lower()
    input_format = input_format.lower()
    problem = batching.check_settings(output_format, out, skip_existing)
    if (folder is None) == (from_list is None):
        problem = "give either a FOLDER or --from-list"
    elif null and from_list is None:
        problem = "--null needs --from-list"
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
        rules_timeout,
    )
    show_progress = not quiet and sys.stderr.isatty()
    total = None
    patterns, any_case = (globs, ignore_case) if globs else (list(batching.DEFAULT_GLOBS), True)
    if folder is not None:
        tasks = batching.walk_folder(folder, patterns, settings, any_case)
        total = sum(1 for _ in batching.walk_folder(folder, patterns, settings, any_case)) if show_progress else None
    elif from_list == STDIN:
        stdin = "<stdin>"
        listed = batching.read_null_names(sys.stdin.buffer, stdin) if null else batching.read_names(sys.stdin, stdin)
        tasks = batching.listed_tasks(listed, settings)
    else:
        try:
            if null:
                with open(from_list or "", "rb") as binary:
                    names = list(batching.read_null_names(binary, from_list or ""))
            else:
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
        wanted = "no file names in the list"
        if folder is not None:
            wanted = (
                f"no file matches --glob {' '.join(globs)}"
                if globs
                else "no .txt, .md, .markdown, .html or .htm file; --glob takes others"
            )
        report(f"{folder if folder is not None else from_list}: nothing to convert ({wanted})")
        raise typer.Exit(1)
    if summary.interrupted or summary.stopped_on_output or not quiet:
        sys.stderr.write(f"jobx: {summary.text()}\n")
    raise typer.Exit(summary.exit_code())


@app.command(name="spark", cls=PlainHelpCommand)
def spark_command(
    source: str = typer.Argument(
        ..., help="Parquet or JSON lines (a file or folder), or a folder of posting files.", metavar="INPUT"
    ),
    text_col: str = typer.Option("text", "--text-col", help="The column holding the posting text.", metavar="NAME"),
    source_col: str | None = typer.Option(
        None, "--source-col", help="The column naming each posting (the contract's `source`).", metavar="NAME"
    ),
    out: str | None = typer.Option(
        None, "--out", "-o", help="Write here, a folder of part files (else JSON lines on stdout).", metavar="PATH"
    ),
    output_format: str | None = typer.Option(
        None,
        "--format",
        "-f",
        help="jsonl or parquet (default: parquet for an --out ending in .parquet).",
        metavar="FORMAT",
    ),
    read: str = typer.Option("auto", "--read", help="auto, parquet, jsonl or files (posting files).", metavar="KIND"),
    globs: list[str] = typer.Option(
        [], "--glob", help="File names to take from a folder ('*.txt'); may repeat. Default as batch.", metavar="GLOB"
    ),
    ignore_case: bool = typer.Option(False, "--ignore-case", "-i", help="Match --glob patterns in any case."),
    spans: bool = typer.Option(False, "--spans", help="Give each item as {text, start, end} offsets."),
    rules_files: list[Path] = typer.Option([], "--rules", help="Extra rules YAML; may repeat.", metavar="FILE"),
    rules_timeout: float = typer.Option(
        DEFAULT_PATTERN_SECONDS,
        "--rules-timeout",
        min=0.001,
        help="Seconds the patterns of --rules files may take on one posting, together.",
        metavar="SECONDS",
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this.", metavar="N"
    ),
    timeout: float = typer.Option(
        300.0, "--timeout", min=0, help="Fail a posting that takes longer (0: no limit).", metavar="SECONDS"
    ),
    input_format: str = typer.Option(
        "auto",
        "--input-format",
        help="auto, text, markdown or html.",
        metavar="FORMAT",
        autocompletion=complete_input_formats,
    ),
    master: str | None = typer.Option(
        None, "--master", help="Spark master (default: spark-submit's, else local[*]).", metavar="URL"
    ),
    partitions: int = typer.Option(0, "--partitions", min=0, help="Repartition the input (0: as read).", metavar="N"),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing --out."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No closing summary line (errors shown)."),
) -> None:
    """Extract postings with Apache Spark (jobx's spark extra): a table or a folder in, JSON lines
    or Parquet out. A posting that fails is a row with an `error`, and the job goes on.

    Exit codes: 0 all extracted; 1 some failed; 2 usage error, bad rules file, or Spark could not start
    (no pyspark, no Java); 3 output not written; 130 interrupted.

    Examples:

      jobx spark postings.parquet --text-col description --out parsed.parquet

      jobx spark postings/ --format jsonl > all.jsonl
    """
    from .spark.run import OUTPUT_FORMATS, READ_KINDS, SparkSettings, run  # pyspark only once it runs

    problem = None
    if output_format is not None and output_format.lower() not in OUTPUT_FORMATS:
        problem = f"--format must be one of: {', '.join(OUTPUT_FORMATS)}"
    elif read.lower() not in READ_KINDS:
        problem = f"--read must be one of: {', '.join(READ_KINDS)}"
    elif input_format.lower() not in INPUT_FORMATS:
        problem = f"--input-format must be one of: {', '.join(INPUT_FORMATS)}"
    if problem:
        raise typer.BadParameter(problem)
    try:
        import pyspark  # noqa: F401
    except ImportError:
        report("jobx spark needs pyspark: pip install 'jobx[spark]'")
        raise typer.Exit(2) from None
    settings = SparkSettings(
        input=source,
        text_col=text_col,
        source_col=source_col,
        out=out,
        output_format=output_format.lower() if output_format else None,
        read=read.lower(),
        globs=tuple(globs),
        ignore_case=ignore_case,
        spans=spans,
        rules_files=tuple(str(p) for p in rules_files),
        max_bytes=max_bytes,
        timeout=timeout,
        rules_timeout=rules_timeout,
        input_format=input_format.lower(),
        master=master,
        partitions=partitions,
        overwrite=overwrite,
        quiet=quiet,
    )
    try:
        code = run(settings)
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("jobx: interrupted\n")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        reader_left()
    raise typer.Exit(code)


@app.command(name="rules", cls=PlainHelpCommand)
def show_rules(
    rules_files: list[Path] = typer.Option(
        [], "--rules", help="Extra rules YAML to layer on; may repeat.", metavar="FILE"
    ),
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


@app.command(cls=PlainHelpCommand)
def schema() -> None:
    """Print the JSON Schema of the JSON output (schema_version 2)."""
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


STATS_FORMATS = ("pretty", "json", "csv")


@app.command(cls=PlainHelpCommand)
def stats(
    source: str = typer.Argument(
        ..., help="A folder of postings (extracted here), jobx's JSON Lines, or '-' (JSON Lines on stdin).",
        metavar="FOLDER|FILE.jsonl|-",
    ),
    output_format: str = typer.Option(
        "pretty", "--format", "-f", help="pretty (tables with bars), json or csv.", metavar="FORMAT"
    ),
    html: Path | None = typer.Option(
        None, "--html", help="Also write one self-contained HTML page with the charts (inline SVG).", metavar="FILE"
    ),
    top: int = typer.Option(15, "--top", min=1, help="Rows in the skills, pay and warnings tables.", metavar="N"),
    rules_files: list[Path] = typer.Option(
        [], "--rules", help="Extra rules YAML for extracting a FOLDER; may repeat.", metavar="FILE"
    ),
    workers: int = typer.Option(
        0, "--workers", "-j", min=0, help="Processes extracting a FOLDER (0: one a CPU).", metavar="N"
    ),
    color: str = typer.Option(
        "auto", "--color", autocompletion=complete_color, help="Colour the tables: auto, always or never.",
        metavar="WHEN",
    ),
) -> None:
    """Summarise many postings: sections and fields found (and missing), top skills, employment types,
    work arrangements, pay and the most common warnings.

    A FOLDER is extracted first (the files `jobx batch` takes: .txt .md .markdown .html .htm); a file
    or '-' is read as `jobx extract --format jsonl` output. Exit codes: 0 ok; 1 some input could not be
    read (the rest is summarised) or none could; 2 usage; 3 --html could not be written; 130 interrupted.

    Examples:

      jobx stats postings/

      jobx stats all.jsonl --format json | jq .skills

      jobx stats postings/ --html report.html
    """
    output_format, color = output_format.lower(), color.lower()
    if output_format not in STATS_FORMATS:
        raise typer.BadParameter(f"must be one of: {', '.join(STATS_FORMATS)}", param_hint="--format")
    if color not in COLOR_CHOICES:
        raise typer.BadParameter(f"must be one of: {', '.join(COLOR_CHOICES)}", param_hint="--color")
    try:
        code = run_stats(source, output_format, html, top, rules_files, workers, color)
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("jobx: interrupted\n")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        reader_left()
    raise typer.Exit(code)


def run_stats(
    source: str, output_format: str, html: Path | None, top: int, rules_files: list[Path], workers: int, color: str
) -> int:
    from .files import write_atomically, write_stdout
    from .formats import stats_text
    from .stats import Summary

    summary, failed = Summary(), 0
    for record in stats_records(source, rules_files, workers):
        if isinstance(record, JobxError):
            report(record)
            failed += 1
        else:
            summary.add(record)
    if summary.postings == 0:
        if failed:
            return 1  # each failure has had its line
        raise InputError("no postings to summarise", source)
    data = summary.to_dict(top)
    if html is not None:
        from .formats.stats_html import to_html

        name = Path(source).name if source != STDIN else "standard input"
        write_atomically(html, to_html(data, f"jobx stats: {name}"), [source])
    if output_format == "pretty":
        stats_text.print_rich(data, color=color_wanted(color))
    else:
        write_stdout(stats_text.to_json(data) if output_format == "json" else stats_text.to_csv(data))
    return 1 if failed else 0


def stats_records(source: str, rules_files: list[Path], workers: int) -> Any:
    """Records (or the InputError of each input that failed) from a folder, a JSON Lines file or stdin."""
    from . import batch as batching
    from .stats import read_json_lines

    if source == STDIN:
        yield from read_json_lines(sys.stdin, "<stdin>")
        return
    path = Path(source)
    if path.is_dir():
        import json

        settings = batching.Settings("jsonl", None, rules_files=tuple(str(p) for p in rules_files))
        from .rules import load_rules

        load_rules(settings.rules_files)  # a bad rules file: one error before any work
        tasks = batching.walk_folder(path, batching.DEFAULT_GLOBS, settings, True)
        found = False
        for outcome in batching.outcomes(tasks, settings, workers or os.cpu_count() or 1, batching.CHUNK_SIZE):
            found = True
            if outcome.status == batching.CONVERTED:
                yield json.loads(outcome.line)
            elif outcome.status == batching.NOTED:
                warn(outcome.path, outcome.reason)
            else:
                yield InputError(outcome.reason, outcome.path)
        if not found:
            raise InputError("no .txt, .md, .markdown, .html or .htm file in this folder", source)
        return
    try:
        with open(path, encoding="utf-8", errors="strict") as handle:
            yield from read_json_lines(handle, source)
    except FileNotFoundError:
        raise InputError("no such file or folder", source) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text (give a folder of postings, or jobx's JSON Lines)", source) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source) from None


@app.command(name="show", cls=PlainHelpCommand)
def show_posting(
    path: str = typer.Argument(..., help="One posting; '-' reads standard input.", metavar="FILE"),
    explain: bool = typer.Option(
        False, "--explain", help="Say, per section and heading, which rule decided it (alias, keyword, vote)."
    ),
    rules_files: list[Path] = typer.Option([], "--rules", help="Extra rules YAML; may repeat.", metavar="FILE"),
    input_format: str = typer.Option(
        "auto", "--input-format", help="auto, text, markdown or html.", metavar="FORMAT",
        autocompletion=complete_input_formats,
    ),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Refuse inputs larger than this.", metavar="N"
    ),
    color: str = typer.Option(
        "auto", "--color", autocompletion=complete_color, help="auto (a terminal), always or never.", metavar="WHEN"
    ),
) -> None:
    """Print the posting itself, each section's lines coloured by kind, headings marked, items underlined,
    boilerplate dimmed, with a legend. Not on a terminal: plain text with markers (a gutter naming each
    line's section, ⟪heading⟫, ⟦item⟧). HTML and markdown show the block text that --spans offsets
    count in. Exit codes: 0 ok; 1 the input could not be read; 2 usage or rules error.

    Examples:

      jobx show posting.txt

      jobx show posting.html --explain | less
    """
    input_format, color = input_format.lower(), color.lower()
    if input_format not in INPUT_FORMATS:
        raise typer.BadParameter(f"must be one of: {', '.join(INPUT_FORMATS)}", param_hint="--input-format")
    if color not in COLOR_CHOICES:
        raise typer.BadParameter(f"must be one of: {', '.join(COLOR_CHOICES)}", param_hint="--color")
    try:
        from . import show
        from .files import write_stdout
        from .pipeline import extract_decoded
        from .rules import load_rules

        rules = load_rules(tuple(str(p) for p in rules_files))
        source, decoded = read_input(path, max_bytes, input_format)
        for message in decoded.warnings:
            warn(source, message)
        posting = extract_decoded(decoded, rules=rules, source=source)
        sections = show.decisions(decoded.text, posting, rules, explain)
        if color_wanted(color):
            show.print_rich(decoded.text, sections, explain, color=True, source=source)
        else:
            write_stdout(show.plain_view(decoded.text, sections, explain, source))
    except JobxError as error:
        report(error)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("jobx: interrupted\n")
        raise typer.Exit(130) from None
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
