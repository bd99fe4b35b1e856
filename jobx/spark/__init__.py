"""jobx on Apache Spark: the same extraction as `jobx extract`, over a DataFrame's Arrow batches.

    from jobx.spark import extract_postings          # pip install 'jobx[spark]'
    out = extract_postings(spark.read.parquet("postings/"), text_col="description", rules="my-rules.yaml")

pyspark is imported only when these functions run, so `import jobx` (and `jobx.spark`) stays as fast
as before. `job.py` beside this file is the same as `jobx spark`, for `spark-submit`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from ..reader import DEFAULT_MAX_BYTES, INPUT_FORMATS
from ..rules import DEFAULT_PATTERN_SECONDS
from .rows import DEFAULT_TIMEOUT_SECONDS
from .schema import spark_schema

__all__ = ["extract_postings", "spark_schema"]

RulesArgument = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None


def extract_postings(
    df: Any,
    text_col: str = "text",
    *,
    rules: RulesArgument = None,
    source_col: str | None = None,
    spans: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    rules_timeout: float = DEFAULT_PATTERN_SECONDS,
    input_format: str = "auto",
    output_col: str = "extracted",
    error_col: str = "error",
) -> Any:
    """The DataFrame with two more columns: `extracted`, the JSON contract as a struct (`spark_schema`),
    and `error`, null where the row was extracted and the reason (as `jobx batch` says it) where it was
    not, in which case `extracted` is null. A row never fails the job.

    `text_col` is a string column (read as its UTF-8 bytes) or a binary one (decoded as `jobx extract`
    decodes a file: UTF-8, UTF-16 with a BOM, Windows-1252). `source_col` fills the contract's `source`
    and, for `input_format="auto"`, tells HTML and markdown by the name's extension. `rules` is a rules
    file or a list of them (`--rules`); they are read and checked here, on the driver. `max_bytes`,
    `timeout` (seconds per row, 0: none) and `rules_timeout` are `jobx batch`'s `--max-bytes`,
    `--timeout` and `--rules-timeout`.
    """
    from pyspark.sql import types

    from .rows import RowSettings, make_payload, map_batches

    columns = {field.name: field.dataType for field in df.schema.fields}
    for name, role in ((text_col, "text_col"), (source_col, "source_col")):
        if name is not None and name not in columns:
            raise ValueError(f"{role}: no column {name!r} (the columns: {', '.join(columns)})")
    if not isinstance(columns[text_col], (types.StringType, types.BinaryType)):
        raise ValueError(f"text_col: column {text_col!r} is {columns[text_col].simpleString()}, not string or binary")
    for name in (output_col, error_col):
        if name in columns:
            raise ValueError(f"the DataFrame already has a column {name!r} (choose another output_col/error_col)")
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"input_format must be one of: {', '.join(INPUT_FORMATS)}")
    if max_bytes < 1:
        raise ValueError("max_bytes must be at least 1")
    settings = RowSettings(text_col, source_col, spans, max_bytes, timeout, input_format)
    payload = make_payload(rules_files(rules), rules_timeout)
    extracted_type = spark_schema(spans)
    output_schema = types.StructType(
        [
            *df.schema.fields,
            types.StructField(output_col, extracted_type, True),
            types.StructField(error_col, types.StringType(), True),
        ]
    )
    arrow_type = arrow_type_of(extracted_type)
    names = (output_col, error_col)

    def extract_batches(batches: Any) -> Any:
        return map_batches(batches, settings, payload, arrow_type, names)

    return df.mapInArrow(extract_batches, output_schema)


def rules_files(rules: RulesArgument) -> tuple[str, ...]:
    if rules is None:
        return ()
    if isinstance(rules, (str, os.PathLike)):
        return (os.fspath(rules),)
    return tuple(os.fspath(path) for path in rules)


def arrow_type_of(data_type: Any) -> Any:
    """The Arrow type Spark expects back for a Spark type (pyspark's own conversion)."""
    from pyspark.sql.pandas.types import to_arrow_type

    return to_arrow_type(data_type)
