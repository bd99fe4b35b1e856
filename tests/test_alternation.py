"""rules.literal_regex factors its alternation for speed; it must match exactly what the plain one does."""

from __future__ import annotations

import random

import pytest
import regex

from jobx import rules

from .conftest import REPO

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


def plain_literal_regex(phrases: list[str], *, whole_words: bool = True, ignore_case: bool = False) -> str:
    """The unfactored alternation: every phrase in full, longest first, under (?i) when asked."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = regex.escape(phrase.strip(), special_only=True, literal_spaces=True)
        escaped = regex.sub(r"(?:\\?[ ])+", r"[ \\t]+", escaped)
        parts.append(regex.sub("['’]", "['’]", escaped))
    body = "(?:" + "|".join(parts) + ")"
    body = rf"(?<![\w+#&]){body}(?![\w+#&])" if whole_words else body
    return f"(?i:{body})" if ignore_case else body


def mangled(text: str, seed: int) -> str:
    """Case flips, the letters (?i) also matches (Kelvin sign, long s, dotted I) and tabs for spaces."""
    swaps = {"k": "\u212a", "s": "ſ", "i": "İ", " ": "\t"}
    chance = random.Random(seed)
    return "".join(
        swaps.get(c.lower(), c) if chance.random() < 0.05 else c.swapcase() if chance.random() < 0.2 else c
        for c in text
    )


SAMPLES = TEXTS + [mangled(text, seed) for seed, text in enumerate(TEXTS)] + [t.upper() for t in TEXTS]


def phrase_sets() -> dict[str, list[str]]:
    data = rules.builtin_data()
    skills = [s if isinstance(s, str) else s["name"] for s in data["skills"]]
    return {
        "aliases": [a for aliases in data["sections"].values() for a in aliases],
        "skills": skills,
        "labels": [label for labels in data["labels"].values() for label in labels],
        "employment": [w for words in data["employment_types"].values() for w in words],
        "tricky": ["Ab", "abc", "ABD", "a", "a b", "a  b c", "x-y", "x", "you'll", "you", "Éclair", "éa"],
    }


@pytest.mark.parametrize("name", list(phrase_sets()))
@pytest.mark.parametrize("ignore_case", [True, False], ids=["ignore-case", "case-sensitive"])
@pytest.mark.parametrize("whole_words", [True, False], ids=["whole-words", "anywhere"])
def test_factored_matches_plain(name: str, ignore_case: bool, whole_words: bool) -> None:
    phrases = phrase_sets()[name]
    factored = regex.compile(rules.literal_regex(phrases, whole_words=whole_words, ignore_case=ignore_case))
    plain = regex.compile(plain_literal_regex(phrases, whole_words=whole_words, ignore_case=ignore_case))
    samples = SAMPLES + [" ".join(phrases), " ".join(phrases).swapcase()]
    for text in samples:
        found = [(m.span(), m.group()) for m in factored.finditer(text)]
        assert found == [(m.span(), m.group()) for m in plain.finditer(text)]


def test_plain_under_outer_ignore_case_flag() -> None:
    """Labels sit inside a pattern that is (?i) as a whole: the default form must be right there too."""
    phrases = phrase_sets()["tricky"] + phrase_sets()["labels"]
    factored = regex.compile("(?i)" + rules.literal_regex(phrases, whole_words=False))
    plain = regex.compile("(?i)" + plain_literal_regex(phrases, whole_words=False))
    for text in SAMPLES + ["ABc abd aB A b c"]:
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]
