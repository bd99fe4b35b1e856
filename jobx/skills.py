"""Skills: the names skills.yaml lists, found in the requirement lists in order of first mention."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from . import regexes
from .rules import Rules

# Chinese, Japanese and Korean text runs into Latin names without a space ('Pythonでの開発', 'AWS와'), and
# their letters count as word characters: a space at each such seam lets a name match as a whole word.
SCRIPT_SEAM = regexes.compile(
    r"""(?x)
    (?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])(?=[\p{Latin}\d.])  # 開発Python
    | (?<=[\p{Latin}\d+#])(?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])  # Pythonでの
    """
)
# A seam needs one of those letters: without any, SCRIPT_SEAM.sub changes nothing (this search is ~15x cheaper).
UNSPACED_LETTER = regexes.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")

# The words before a single letter that make it a grade or category rather than a language ('C', 'R').
LETTER_GRADE = regexes.compile(r"(?i:\b(?:class|grade|category|type|level|tier)[ \t-]++)$")


def find_skills(texts: Iterable[str], rules: Rules) -> tuple[str, ...]:
    """Skills in order of first mention, each once however many spellings it has. A skill is named by
    the spelling the posting uses ('NodeJS', 'Golang', 'Node.js'), cased as the rules write it."""
    seen: dict[str, str] = {}
    joined = "\n".join(texts)
    if not joined.isascii() and UNSPACED_LETTER.search(joined):
        joined = SCRIPT_SEAM.sub(" ", joined)
    for text, match in skill_matches(joined, rules):
        found = match.group()
        if len(found) <= 2 and text[match.end() : match.end() + 1] == "-":
            continue  # 'C-level', 'Go-live', 'R-value': not the languages
        if len(found) == 1 and LETTER_GRADE.search(text, max(0, match.start() - 12), match.start()):
            continue  # 'Class C licence', 'USB Type-C': a grade or category, not the language
        key = found if found in rules.skill_names else found.lower()
        name = rules.skill_names.get(key)
        if name:
            seen.setdefault(name, rules.skill_spellings[key])
    return tuple(seen.values())


def skill_matches(text: str, rules: Rules) -> list[tuple[str, regex.Match[str]]]:
    """Skill mentions in order, without overlaps, each with the text it was found in: the case-sensitive
    names in the text, the others in its lower-cased copy (where lower-casing keeps every offset)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two: one (?i) pattern instead
        return [(text, match) for match in rules.skill_regex.finditer(text)]
    found = [(text, m) for m in rules.exact_skill_regex.finditer(text)]
    found += [(lowered, m) for m in rules.lower_skill_regex.finditer(lowered)]
    found.sort(key=lambda pair: (pair[1].start(), -pair[1].end()))
    kept: list[tuple[str, regex.Match[str]]] = []
    for pair in found:
        if not kept or pair[1].start() >= kept[-1][1].end():
            kept.append(pair)
    return kept
