"""The Spark type of the `extracted` column, derived from the JSON contract (`model.json_schema()`, what
`jobx schema` prints), so the two cannot drift: a key added to the contract is a field here without an
edit. Only the shapes the contract uses are known; anything else is refused, not guessed."""

from __future__ import annotations

from typing import Any

# JSON Schema scalar types and the names of the Spark types that hold them
SCALARS = {"string": "StringType", "integer": "LongType", "number": "DoubleType", "boolean": "BooleanType"}


def spark_schema(spans: bool = False) -> Any:
    """The StructType of one extracted posting: every key of the contract, in its order. With spans,
    list items are structs {text, start, end}, as `--spans` gives them; without, strings."""
    from .. import model

    data_type, _ = spark_type(model.json_schema(), spans, "")
    return data_type


def spark_type(node: dict[str, Any], spans: bool, where: str) -> tuple[Any, bool]:
    """(Spark data type, nullable) of one JSON Schema node."""
    from pyspark.sql import types

    if "const" in node:
        return spark_type({"type": json_type(node["const"], where)}, spans, where)
    if "enum" in node:
        kinds = {json_type(value, where) for value in node["enum"] if value is not None}
        if len(kinds) != 1:
            raise ValueError(f"{where or 'schema'}: an enum of mixed types has no Spark type")
        return spark_type({"type": kinds.pop()}, spans, where)[0], None in node["enum"]
    if "oneOf" in node:
        return one_of(node["oneOf"], spans, where)
    kinds = node.get("type")
    names = [kinds] if isinstance(kinds, str) else list(kinds or [])
    nullable = "null" in names
    names = [name for name in names if name != "null"]
    if len(names) != 1:
        raise ValueError(f"{where or 'schema'}: no Spark type for {node}")
    kind = names[0]
    if kind in SCALARS:
        return getattr(types, SCALARS[kind])(), nullable
    if kind == "array":
        element, element_nullable = spark_type(node["items"], spans, f"{where}[]")
        return types.ArrayType(element, element_nullable), nullable
    if kind == "object":
        required = set(node.get("required", ()))
        fields = []
        for name, child in node["properties"].items():
            child_type, child_nullable = spark_type(child, spans, f"{where}.{name}" if where else name)
            fields.append(types.StructField(name, child_type, child_nullable or name not in required))
        return types.StructType(fields), nullable
    raise ValueError(f"{where or 'schema'}: no Spark type for {node}")


def one_of(branches: list[dict[str, Any]], spans: bool, where: str) -> tuple[Any, bool]:
    """`oneOf` in the contract is either "X or null" (a nullable X) or a list item, which is a string
    without spans and an object {text, start, end} with them."""
    nullable = any(branch.get("type") == "null" for branch in branches)
    others = [branch for branch in branches if branch.get("type") != "null"]
    if len(others) == 2 and {branch.get("type") for branch in others} == {"string", "object"}:
        others = [next(branch for branch in others if branch["type"] == ("object" if spans else "string"))]
    if len(others) != 1:
        raise ValueError(f"{where or 'schema'}: a oneOf of {len(others)} shapes has no Spark type")
    data_type, own_nullable = spark_type(others[0], spans, where)
    return data_type, nullable or own_nullable


def json_type(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    raise ValueError(f"{where or 'schema'}: no Spark type for the value {value!r}")
