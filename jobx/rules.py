"""Load, validate and compile the YAML rules once per process; user rules are layered on top."""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import regex

from . import regexes
from .errors import RulesError, RulesTimeout
from .literals import (
    ASCII_FOLDING,
    Vocabulary,
    boundary_first,
    line_literals,
    look_behind_first,
    may_match,
    required_literals,
    stdlib_twin,
)
from .model import EMPLOYMENT_TYPES, LOGISTICS_KEYS, SectionKind
from .values import DATE_TIMEOUT, check_words, compile_words

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

RULE_FILES = (
    "headings.yaml", "boilerplate.yaml", "items.yaml", "logistics.yaml", "names.yaml", "skills.yaml"
)
MAX_RULES_BYTES = 1_000_000

# Every key a rules file may hold, with the shape of its value.
STRING_LIST_KEYS = (
    "section_enders",
    "chrome",
    "chrome_patterns",
    "team_patterns",
    "duty_verbs",
    "duty_noun_endings",
    "duty_verb_endings",
    "qualification_openers",
    "joining_words",
    "abbreviations",
    "case_sensitive",
    "title_words",
    "not_company_names",
    "requirement_cues",
    "lead_in_openers",
    "required_markers",
    "title_patterns",
    "arrangement_words",
    "term_cues",
    "tool_cues",
    "no_value",
    "boilerplate_cues",
    "list_openers",
    "condition_openers",
    "header_labels",
    "perk_heads",
    "heading_fillers",
    "label_fillers",
    "not_skills",
    "list_joiners",
    "grade_words",
    "soft_asks",
    "framing_words",
    "language_names",
    "engagement_words",
    "deadline_label_words",
    "start_label_words",
    "location_label_words",
    "vacancy_cues",
    "negation_words",
)
# The keys of the words that name a label's field where no list names the label, and the field each gives
# ('start' and 'location' as logistics.py's STATED_START and STATED_PLACE: believed only on a date or a name).
LABEL_KEYWORD_KEYS = (
    ("deadline_label_words", "deadline"),
    ("start_label_words", "start (by its word)"),
    ("location_label_words", "location (by its word)"),
)
PROSE_CUE_KINDS = (  # the kinds prose_cues may name
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
    SectionKind.MINIMUM,
    SectionKind.RESPONSIBILITIES,
)
KNOWN_KEYS = (
    "prose_cues",
    "sections",
    "heading_patterns",
    "labels",
    "employment_types",
    "field_patterns",
    "skills",
    "heading_keywords",
    "values",
    *STRING_LIST_KEYS,
)
HEADING_PATTERN_KINDS = ("company",)
DEFAULT_PATTERN_SECONDS = 1.0  # what a user's patterns may take, together, on one posting


@dataclass(frozen=True)
class Rules:
    """The compiled, effective rules: what every stage of the pipeline reads."""

    raw: dict[str, Any]
    heading_kinds: dict[str, SectionKind]
    heading_regex: Any
    heading_first_words: frozenset[str]  # lower-cased first word of every alias
    # per first word, the characters that may follow it where an alias matches (alias_next_characters)
    heading_next_characters: dict[str, frozenset[str] | None] | None
    company_heading_regexes: tuple[Any, ...]
    section_enders: tuple[str, ...]
    chrome: tuple[str, ...]
    chrome_regexes: tuple[Any, ...]
    team_regexes: tuple[Any, ...]  # a unit the hire is placed in, where no word spaces it ('工事部で', '加入...中心')
    team_literals: tuple[tuple[tuple[str, ...], ...] | None, ...]  # each team pattern's required strings
    chrome_literals: tuple[tuple[tuple[str, ...], ...] | None, ...]  # each chrome pattern's required strings
    duty_verbs: frozenset[str]
    duty_noun_endings: tuple[str, ...]  # a noun of action's ending ('-ung': 'Anfertigung von ...'), lower case
    duty_verb_endings: tuple[str, ...]  # an infinitive's ending ('-ar': 'Tomar pedidos ...'), lower case
    requirement_words: tuple[str, ...]  # the one-word requirement cues, lower case: the end of a compound
    qualification_openers: frozenset[str]
    joining_words: frozenset[str]
    list_joiners: frozenset[str]  # the words that join the last of a list's names ('and', 'oder', 'lub')
    grade_regex: Any  # a grade's or licence class's word right before a one-letter name ('Class C', 'Klasse B')
    soft_ask_regex: Any  # a heading's word that asks softly ('Desired Skills', 'Profil souhaité')
    framing_words: frozenset[str]  # a heading's first word that frames it ('What', 'Your', 'Jouw', 'Ihre')
    language_names: frozenset[str]  # languages a posting asks for ('English', 'Duits'): no employer's name
    engagement_words: frozenset[str]  # what a post's counts count ('12 comments', '5 reposts'), lower case
    abbreviations: frozenset[str]
    label_fields: dict[str, str]  # heading_key(label) -> field
    employment_words: dict[str, str]
    employment_regex: Any
    field_regexes: dict[str, tuple[tuple[Any, ...], ...]]
    # for each of those patterns, strings one of which a match must contain (literals.py), or None
    field_literals: dict[str, tuple[tuple[tuple[tuple[str, ...], ...] | None, ...], ...]]
    # per field pattern, for one whose matches never span lines: the strings its matched text must hold
    field_lines: dict[str, tuple[tuple[tuple[tuple[str, ...], ...] | None, ...], ...]]
    skill_names: dict[str, str]  # spelling (lower-cased unless case-sensitive) -> canonical name
    not_skill_words: frozenset[str]  # names listed after a cue that are not skills ('UK', 'GDPR'), lower-cased
    skill_spellings: dict[str, str]  # the same keys -> the spelling as the rules write it
    skill_regex: Any  # every spelling, case-sensitive ones exactly and the rest ignoring case
    exact_skill_regex: Any  # the case-sensitive spellings only
    lower_skill_regex: Any  # the other spellings, lower-cased: run on lower-cased text (much faster than (?i))
    no_value: frozenset[str]  # heading_key of values that say nothing ("Not disclosed")
    arrangement_regex: Any  # a phrase that starts with an arrangement word ("Remote (Canada)", "Hybrid")
    term_regex: Any  # a word that makes a span of weeks or months in its sentence a term ('contract')
    tool_cue_regex: Any  # words after which a requirement names the tools it works with ('experiencia con')
    prose_cues: tuple[tuple[SectionKind, Any], ...]  # what a sentence of headless prose states, in order
    title_words: frozenset[str]
    not_company_names: frozenset[str]
    heading_keywords: tuple[tuple[bool, SectionKind, Any], ...]  # (strong, kind, regex), in order
    requirement_regex: Any
    lead_in_openers: frozenset[str]
    required_marker_regex: Any  # a word set apart at an item's end that marks it required ('... (Required)')
    perk_heads: frozenset[str]  # the last word of a perk's name, lower-cased ('insurance', 'off')
    heading_filler_regex: Any  # words a heading's keyword may have inside it ('You will also need')
    label_filler_regex: Any  # words a label may have around it ('Expected start date', 'Fecha de inicio prevista')
    # a word that makes a short label a field's, where no list names the label ('Unposting Date', 'Commencement',
    # 'Based at'), and the field each word names (deadline_label_words, start_label_words, location_label_words)
    label_keyword_regex: Any
    label_keyword_fields: dict[str, str]
    title_regexes: tuple[Any, ...]
    title_literals: tuple[tuple[tuple[str, ...], ...] | None, ...]  # each title pattern's required strings
    boilerplate_regex: Any  # a phrase that makes a line boilerplate wherever it stands
    list_opener_regex: Any  # where a list written into a sentence begins: 'you will benefit from ...'
    condition_regex: Any  # a condition set the reader, which states a plus: 'if you', 'om du', 'wenn du'
    vacancy_cue_regex: Any  # a classified's word before the title it announces: 'VACANCY – ', 'Position vacant:'
    negation_regex: Any  # a word that negates the requirement keyword after it: 'not a must', 'nicht zwingend'
    user_patterns: bool = False  # some patterns are a user's, each a UserPattern under a time budget
    pattern_seconds: float = DEFAULT_PATTERN_SECONDS  # the budget of those patterns per posting
    value_words: Any = None  # the `values` vocabulary, compiled (values.ValueWords)

    def prose_cue(self, kind: SectionKind) -> Any:
        """The cue pattern of one kind of prose sentence, or None."""
        return next((pattern for cue_kind, pattern in self.prose_cues if cue_kind is kind), None)

    def heading_kind(self, heading: str) -> SectionKind | None:
        """The section a heading opens, or None when it is not a known alias."""
        return self.heading_kinds.get(heading_key(heading))


# What is left of the current posting's budget for user patterns, in seconds (a one-item list, spent by
# every UserPattern call); None outside pattern_budget(): each call then gets a whole budget of its own.
PATTERN_BUDGET: ContextVar[list[float] | None] = ContextVar("jobx_pattern_budget", default=None)


@contextmanager
def pattern_budget(rules: Rules) -> Iterator[None]:
    """One posting's time budget for the user's patterns (a no-op for the built-in rules, which are
    trusted and never timed). Nested calls share the outer budget."""
    if not rules.user_patterns or PATTERN_BUDGET.get() is not None:
        yield
        return
    token = PATTERN_BUDGET.set([rules.pattern_seconds])
    try:
        yield
    finally:
        PATTERN_BUDGET.reset(token)


class UserPattern:
    """A compiled pattern from a user's --rules file, matched under the posting's time budget: a pattern
    that backtracks catastrophically ('(a+)+$' on a long run of a's) raises RulesTimeout, naming its file,
    key and pattern, instead of running for minutes. Has the methods the stages call."""

    __slots__ = ("compiled", "file", "key", "seconds")

    def __init__(self, compiled: Any, file: str, key: str, seconds: float) -> None:
        self.compiled, self.file, self.key, self.seconds = compiled, file, key, seconds

    @property
    def pattern(self) -> str:
        return str(self.compiled.pattern)

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def timed(self, method: str, *args: Any, **kwargs: Any) -> Any:
        budget = PATTERN_BUDGET.get()
        if budget is None:
            budget = [self.seconds]
        if budget[0] <= 0:
            raise self.ran_out()
        started = time.perf_counter()
        try:
            result = getattr(self.compiled, method)(*args, timeout=budget[0], **kwargs)
            return list(result) if method == "finditer" else result  # finditer's timeout spans the scan
        except TimeoutError:
            budget[0] = 0.0
            raise self.ran_out() from None
        finally:
            budget[0] -= time.perf_counter() - started

    def ran_out(self) -> RulesTimeout:
        """The posting's source is added by the caller: `<posting>: rules file <file>: <key>: ...`."""
        return RulesTimeout(
            f"rules file {self.file}: {self.key}: pattern {self.compiled.pattern!r} ran out of time "
            f"(over {self.seconds:g} s on this posting, --rules-timeout); not extracted"
        )

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.timed("search", *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.timed("match", *args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.timed("fullmatch", *args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return iter(self.timed("finditer", *args, **kwargs))

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.timed("findall", *args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.timed("sub", *args, **kwargs)


# A word as heading search sees it: camel-case humps apart, so a glued heading starts a word too; in a
# script without case (中文, 日本語, 한국어) a run of its letters.
WORD_TOKEN = regexes.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+|[\p{Lo}\p{Lm}]+")


def heading_key(text: str) -> str:
    """Canonical form of a heading for lookups: lower case, one space, no trailing colon or '?'."""
    text = text.replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().strip(" \t:?!.*#-：？").split())


def is_chrome(text: str, rules: Rules) -> bool:
    """Page chrome: 'Apply now', 'Posted 3 days ago', 'Want more jobs like this?'."""
    lowered = text.lower()
    if lowered.startswith(rules.chrome):
        return True
    # a pattern whose required strings are not in the line is not run (most lines: ~30 searches a posting)
    searchable = None if any(character in text for character in ASCII_FOLDING) else lowered
    patterns = zip(rules.chrome_regexes, rules.chrome_literals, strict=True)
    return any(p.search(text) for p, groups in patterns if may_match(groups, searchable))


LEADING_LABEL = regexes.compile(r"[ \t]*+(\p{L}[\p{L}/&'’]*+(?:[ ]\p{L}[\p{L}/&'’]*+){0,3})[ \t]*+[:：]")


def leading_label(text: str, start: int, end: int, rules: Rules) -> regex.Match[str] | None:
    """A logistics label opening text[start:end] ("Pay Range:", "Work Schedule:"): its words, or a last
    part of them, name a field in `labels`."""
    match = LEADING_LABEL.match(text, start, end)
    if match is None:
        return None
    words = match.group(1).split()
    if heading_key(" ".join(words)) in rules.label_fields:
        return match
    # a label's last words ('Base Salary:', "Date prévue d'entrée en fonction :"), not a phrase that an
    # article or a possessive opens ('A genuinely generous package:')
    if words[0] in PHRASE_OPENERS:
        return None
    for count in range(len(words) - 1, 0, -1):
        if words[-count - 1] in OBJECT_BEFORE:
            continue  # the object of the phrase, not its head: 'Responsibilities of the position:'
        if heading_key(" ".join(words[-count:])) in rules.label_fields:
            return match
    return None


PHRASE_OPENERS = frozenset({"A", "An", "The", "Our", "Your", "This", "These"})
OBJECT_BEFORE = frozenset({"of", "for", "the", "to", "in", "with"})


def load_yaml(text: str, name: str) -> dict[str, Any]:
    """Parse one rules document safely: no Python tags, no aliases (which allow YAML bombs)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: start-up time
    if len(text.encode("utf-8", "surrogatepass")) > MAX_RULES_BYTES:
        raise RulesError(f"file is larger than {MAX_RULES_BYTES} bytes", name)
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1
                raise RulesError(f"line {line}: YAML aliases (*name) are not allowed in rules", name)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulesError(f"{where}invalid YAML: {problem}", name) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RulesError("line 1: a rules file must be a mapping of keys to values", name)
    return data


def key_line(text: str, key: str) -> int:
    """The 1-based line where a top-level key is written, for error messages (0 if not found)."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return 0


def validate(data: dict[str, Any], text: str, name: str) -> None:
    """Check keys and value shapes; raise one RulesError naming file, line and key."""

    def fail(key: str, problem: str) -> None:
        line = key_line(text, key)
        where = f"line {line}: " if line else ""
        raise RulesError(f"{where}{key}: {problem}", name)

    def string_list(key: str, value: Any) -> None:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            fail(key, "must be a list of non-empty strings")

    def patterns(key: str, values: list[str], need_group: str | None) -> None:
        for pattern in values:
            try:
                compiled = regex.compile(pattern, regex.VERSION0)
            except regex.error as exc:
                fail(key, f"pattern {pattern!r} does not compile: {exc}")
            if need_group and need_group not in compiled.groupindex:
                fail(key, f"pattern {pattern!r} has no (?P<{need_group}>...) group")

    for key, value in data.items():
        if key not in KNOWN_KEYS:
            fail(str(key), f"unknown key (known keys: {', '.join(KNOWN_KEYS)})")
        if key in STRING_LIST_KEYS:
            string_list(key, value)
            if key == "chrome_patterns":
                patterns(key, value, None)
            if key == "team_patterns":
                patterns(key, value, "value")
        elif key in ("sections", "labels", "employment_types", "heading_patterns", "prose_cues"):
            if not isinstance(value, dict):
                fail(key, "must be a mapping")
            allowed = {
                "sections": [k.value for k in SectionKind if k is not SectionKind.PREAMBLE],
                "labels": [*LOGISTICS_KEYS, "title", "company", "team"],
                "employment_types": list(EMPLOYMENT_TYPES),
                "heading_patterns": list(HEADING_PATTERN_KINDS),
                "prose_cues": [k.value for k in PROSE_CUE_KINDS],
            }[key]
            for sub, entries in value.items():
                if sub not in allowed:
                    fail(key, f"unknown entry {sub!r} (expected one of: {', '.join(allowed)})")
                string_list(f"{key}.{sub}", entries)
                if key == "heading_patterns":
                    patterns(key, entries, "name")
        elif key == "heading_keywords":
            kinds = [k.value for k in SectionKind if k is not SectionKind.PREAMBLE]
            if not isinstance(value, dict) or not set(value) <= {"strong", "weak"}:
                fail(key, "must be a mapping with keys strong and weak")
            for strength, by_kind in value.items():
                if not isinstance(by_kind, dict):
                    fail(key, f"{strength}: must be a mapping of section kind to words")
                for sub, words in by_kind.items():
                    if sub not in kinds:
                        fail(key, f"{strength}: unknown section kind {sub!r}")
                    string_list(f"{key}.{strength}.{sub}", words)
        elif key == "field_patterns":
            if not isinstance(value, dict):
                fail(key, "must be a mapping of field to a list of tiers")
            for sub, tiers in value.items():
                if sub not in LOGISTICS_KEYS:
                    fail(key, f"unknown field {sub!r}")
                if not isinstance(tiers, list) or not all(isinstance(t, list) for t in tiers):
                    fail(key, f"{sub}: must be a list of tiers, each a list of patterns")
                for tier in tiers:
                    string_list(f"{key}.{sub}", tier)
                    patterns(key, tier, "value")
        elif key == "values":
            problem = check_words(value)
            if problem:
                fail(key, problem)
        elif key == "skills":
            if not isinstance(value, list):
                fail(key, "must be a list")
            for entry in value:
                if isinstance(entry, str) and entry.strip():
                    continue
                if (
                    isinstance(entry, dict)
                    and set(entry) <= {"name", "aliases"}
                    and isinstance(entry.get("name"), str)
                    and isinstance(entry.get("aliases", []), list)
                    and all(isinstance(a, str) for a in entry.get("aliases", []))
                ):
                    continue
                fail(key, f"bad entry {entry!r}: use a name or {{name: ..., aliases: [...]}}")


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Layer extra on base key by key, at any depth (heading_keywords is two levels deep): lists are
    appended, mappings merged. Validation has already matched the shapes of the two."""
    merged = dict(base)
    for key, value in extra.items():
        if key not in merged or merged[key] is None:
            merged[key] = value
        elif isinstance(value, list):
            merged[key] = list(merged[key]) + value
        elif isinstance(value, dict) and isinstance(merged[key], dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def compile_pattern(pattern: str, where: str, flags: int = 0) -> Any:
    try:
        return regex.compile(pattern, flags | regex.VERSION0)
    except regex.error as exc:
        raise RulesError(f"{where}: pattern {pattern!r} does not compile: {exc}") from None


ESCAPED_SPACES = regexes.compile(r"(?:\\?[ ])+")
UNSPACED_SCRIPT = regexes.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
APOSTROPHES = regexes.compile("['’]")
WORD_START = regexes.compile(r"\w")


# ASCII capitals as lower case, but 'I': (?i) matches 'I' to the dotless 'ı' and 'i' to the dotted 'İ' (regex
# 2026.11.19; every other ASCII capital matches what its lower case matches)
ASCII_LOWER = str.maketrans("ABCDEFGHJKLMNOPQRSTUVWXYZ", "abcdefghjklmnopqrstuvwxyz")


def literal_regex(phrases: Iterable[str], *, whole_words: bool = True, ignore_case: bool = False) -> str:
    """An alternation of literal phrases, longest first, with flexible spaces and apostrophes."""
    spaced, unspaced, spaced_starts = [], [], []
    if ignore_case:
        # (?i) matches an ASCII capital (but 'I') as it matches its lower case: written in lower case,
        # 'Weiterbildung' shares the branch of 'wellbeing', where a level holding both 'W' and 'w' is not factored
        # (alternation() keeps letters that differ in case apart, in order): the perks cues over a posting's
        # lines ~1,040 -> ~340 us
        phrases = [phrase.translate(ASCII_LOWER) for phrase in phrases]
    for phrase in sorted(set(phrases), key=len, reverse=True):
        escaped = regex.escape(phrase.strip(), special_only=True, literal_spaces=True)
        escaped = ESCAPED_SPACES.sub(r"[ \\t]+", escaped)
        escaped = APOSTROPHES.sub("['’]", escaped)  # either apostrophe matches both
        # Chinese, Japanese and Korean words sit inside longer runs ('必須' in '必須スキル'): no edges
        (unspaced if whole_words and UNSPACED_SCRIPT.match(phrase.strip()) else spaced).append(
            tuple(TOKEN.findall(escaped))
        )
        if not (whole_words and UNSPACED_SCRIPT.match(phrase.strip())):
            spaced_starts.append(phrase.strip()[:1])
    # phrases led by a non-ASCII letter ('Økonom', 'Şoför') apart, after the rest: alternation() leaves a level
    # that holds one unfactored, and no ASCII-led phrase can match where one of them does (unless a letter
    # folds to ASCII under (?i): then they stay together)
    accented = [tokens for tokens in spaced if tokens and not tokens[0][:1].isascii()]
    if accented and not any(tokens[0][:1] in ASCII_FOLDING for tokens in accented):
        plain = [tokens for tokens in spaced if not tokens or tokens[0][:1].isascii()]
        parts = ([alternation(plain)] if plain else []) + ["".join(tokens) for tokens in accented]
        body = "(?:" + "|".join(parts) + ")"
    else:
        body = "(?:" + alternation(spaced) + ")" if spaced or not unspaced else "(?!)"
    # A \b first changes nothing when every phrase starts with a word character (the look-behind then
    # implies it), but lets the regex module try the alternation only at word boundaries: 2-3x faster.
    edge = r"\b" if spaced_starts and all(WORD_START.match(start) for start in spaced_starts) else ""
    pattern = rf"{edge}(?<![\w+#&]){body}(?![\w+#&])" if whole_words else body  # 'R&D' is not R
    if unspaced:
        pattern = f"(?:{pattern}|{alternation(unspaced)})" if spaced else f"(?:{alternation(unspaced)})"
    return f"(?i:{pattern})" if ignore_case else pattern


def literal_vocabulary(
    phrases: Iterable[str], where: str, *, ignore_case: bool = False, word_start: bool = False, stdlib: bool = False
) -> Vocabulary:
    r"""literal_regex(phrases) (whole words) compiled as a Vocabulary: one pattern for the phrases that
    start with a word character, one for the others, one for Chinese, Japanese and Korean words (without
    (?i) where none of their characters has a case). With word_start, what `(?<![\w])` + literal_regex(
    phrases, whole_words=False) matches instead: a phrase that starts a word and may end inside one. With
    stdlib (whole words, no ignore_case), each part compiled by the stdlib too: Vocabulary's twins."""
    stripped = sorted({phrase.strip() for phrase in phrases})
    unspaced = [phrase for phrase in stripped if UNSPACED_SCRIPT.match(phrase)]
    wordy = [phrase for phrase in stripped if phrase not in unspaced and WORD_START.match(phrase)]
    other = [phrase for phrase in stripped if phrase not in unspaced and not WORD_START.match(phrase)]
    # words led by a non-ASCII letter ('Über', 'équipe') apart: alternation() factors the ASCII-led ones
    # by their first letters only without them (as one part they could match at one position only
    # through a letter (?i) folds to ASCII: then they stay together)
    accented = [phrase for phrase in wordy if not phrase[:1].isascii()]
    if any(phrase[:1] in ASCII_FOLDING for phrase in accented):
        accented = []
    wordy = [phrase for phrase in wordy if phrase not in accented]
    caseless = all(c.lower() == c.upper() == c.casefold() == c for phrase in unspaced for c in phrase)
    patterns = []
    for group in (wordy, accented, other, unspaced):
        folds = ignore_case and (group is not unspaced or not caseless)
        if group and word_start:  # the look-behind implies \b before a word character: the fast path again
            lead = ("\\b" if group is wordy or group is accented else "") + "(?<![\\w])"
            patterns.append(lead + literal_regex(group, whole_words=False, ignore_case=folds))
        elif group:
            patterns.append(literal_regex(group, ignore_case=folds))
    phrase_words = None if word_start else ascii_phrase_words(stripped)
    twins = tuple(stdlib_twin(p) for p in patterns or ["(?!)"]) if stdlib and not (ignore_case or word_start) else ()
    return Vocabulary(
        tuple(compile_pattern(p, where) for p in patterns or ["(?!)"]),
        phrase_words,
        twins if twins and None not in twins else None,  # type: ignore[arg-type]
    )


ASCII_WORD = regexes.compile(r"[A-Za-z0-9_]+")


def ascii_phrase_words(phrases: list[str]) -> dict[str, tuple[frozenset[str], ...]] | None:
    """For Vocabulary's word prefilter: the lower-cased first word of each ASCII phrase with the sets of
    the other words of the phrases it begins, or None.

    A phrase with a character outside ASCII never matches an ASCII text (no such character folds to ASCII
    under (?i) but those of ASCII_FOLDING: then None). Where an ASCII phrase matches, each of its words is
    a whole word of the text: no word character stands before the phrase or after it, and between its
    words stand the same characters that are not word characters. None when an ASCII phrase does not
    begin with a word character."""
    index: dict[str, set[frozenset[str]]] = {}
    for phrase in phrases:
        if any(character in phrase for character in ASCII_FOLDING):
            return None
        if not phrase.isascii():
            continue
        if ASCII_WORD.match(phrase) is None:
            return None
        first, *others = (word.lower() for word in ASCII_WORD.findall(phrase))
        index.setdefault(first, set()).add(frozenset(others))
    return {first: tuple(sorted(sets, key=lambda words: (len(words), sorted(words)))) for first, sets in index.items()}


def heading_vocabulary(aliases: list[str]) -> Vocabulary:
    """The heading aliases as a Vocabulary of two parts: aliases that start with an ASCII letter or
    digit, and the others (Chinese, Japanese, Korean, accented, punctuation). As one alternation no
    level could be factored by its first letters (alternation() leaves a level with a non-ASCII lead as
    it is), so each match tried every alias in turn; the ASCII part alone is factored. The parts cannot
    match at one position unless an alias of the second starts with a character that (?i) folds to
    ASCII: then it stays one pattern."""

    def pattern(group: list[str]) -> str:
        body = literal_regex(group, whole_words=False, ignore_case=True)
        return r"(?<![\p{Lu}\d])" + body + r"(?![\p{Ll}\d])"

    stripped = [alias.strip() for alias in aliases]
    ascii_led = [alias for alias in stripped if alias[:1].isascii() and alias[:1].isalnum()]
    others = [alias for alias in stripped if not (alias[:1].isascii() and alias[:1].isalnum())]
    if not ascii_led or not others or any(alias[:1] in ASCII_FOLDING for alias in others):
        return Vocabulary((compile_pattern(pattern(stripped or ["(?!)"]), "sections"),))
    return Vocabulary(tuple(compile_pattern(pattern(group), "sections") for group in (ascii_led, others)))


# Characters that (?i) matches to a letter and lower() does not give it (or gives it from a character
# outside Latin-1): the Kelvin sign, the long s, the dotted and dotless I, the Angstrom sign, capital sharp s.
FOLDED_TO = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131", "å": "\u212b", "ß": "\u1e9e", "ÿ": "\u0178"}


def alias_next_characters(aliases: list[str]) -> dict[str, frozenset[str] | None] | None:
    """For each lower-cased first word of an alias, what the text may hold right after that word where
    some alias matches there (segment.alias_matches skips the other places): a character, or a space and
    the character after the run of spaces and tabs (' r' for 'the role'). An alias matches the text one
    character for one character in any case, with a run of spaces and tabs for its spaces and either
    apostrophe for one. A word gets None (no check) where an alias is the word itself or a shorter part
    of it ('ABOUT' may be followed by anything where 'About' is an alias, and 'ABO' matches 'Abo' in it),
    or where an alias goes on with a tab or another space.

    An alias that can match where the text's word is `first` begins with `first` in lower case when its
    characters are ASCII or Latin-1 other than 'µ' (lower() then gives what (?i) matches), and the text's
    word is never taken for a first word otherwise; any other cased character turns the check off."""
    stripped = [alias.strip() for alias in aliases]
    for alias in stripped:
        if any(not (c.isascii() or c.lower() == c.upper()) and (ord(c) > 255 or c == "µ") for c in alias):
            return None
    firsts = {first.group().lower() for first in (WORD_TOKEN.search(alias) for alias in stripped) if first}
    table: dict[str, frozenset[str] | None] = {}
    for first in firsts:
        length, following = len(first), set()
        for alias in stripped:
            if len(alias) <= length:
                if first.startswith(alias.lower()):
                    break  # the alias is the word or a part of it: anything may follow
                continue
            if alias[:length].lower() != first:
                continue
            prefix, rest = ("", alias[length:]) if alias[length] != " " else (" ", alias[length:].lstrip(" "))
            character = rest[0]
            if character.isspace():
                break  # a tab in an alias is written as it is: not checked here
            following |= {prefix + variant for variant in case_variants(character)}
        else:
            table[first] = frozenset(following)
            continue
        table[first] = None
    return table


def case_variants(character: str) -> set[str]:
    """The characters (?i) matches to this one (for ASCII and Latin-1), and both apostrophes for one."""
    if character in "'’":
        return {"'", "’"}
    variants = {character, character.lower(), character.upper(), character.casefold()}
    return {v for v in variants if len(v) == 1} | set(FOLDED_TO.get(character.lower(), ""))


# The pieces literal_regex writes: flexible space, the apostrophe class, an escape, one character.
TOKEN = regexes.compile(r"\[ \\t\]\+|\['’\]|\\.|.", regex.DOTALL)
FLEXIBLE_SPACE = r"[ \t]+"


def alternation(fragments: list[tuple[str, ...]]) -> str:
    """`a|b|c` for these token sequences, with shared leading tokens factored out ("ab|ac" -> "a(?:b|c)").

    It matches exactly what the plain alternation matches, for speed only: the regex module otherwise
    tries every alias at every position (the heading pattern was most of extract()'s time). Order is
    kept wherever it can matter: fragments after the same token keep their order, one that ends here
    stays last, and only fragments whose next tokens can never match the same character (different
    ASCII letters, a letter and a space, ...) are regrouped. A level led by anything else (an apostrophe
    class, a non-ASCII character) is left as it is, and so are letters differing only in case, so the
    result is right both inside and outside `(?i:...)`.
    """
    groups: dict[str, list[tuple[str, ...]]] = {}
    ended = False
    for tokens in fragments:
        if ended:  # a fragment that ends must stay after every one it shares a prefix with
            return "|".join("".join(tokens) for tokens in fragments)
        if not tokens:
            ended = True
        elif tokens[0] == FLEXIBLE_SPACE or (len(tokens[0]) <= 2 and tokens[0].isascii()):
            groups.setdefault(tokens[0].lower(), []).append(tokens)
        else:
            return "|".join("".join(tokens) for tokens in fragments)
    parts = []
    for members in groups.values():
        if len(members) == 1 or len({m[0] for m in members}) > 1:
            parts.extend("".join(m) for m in members)  # "A…" and "a…": order may matter under (?i)
        else:
            parts.append(members[0][0] + "(?:" + alternation([m[1:] for m in members]) + ")")
    return "|".join(parts + ([""] if ended else []))


def build(
    data: dict[str, Any],
    name: str,
    user_patterns: dict[str, tuple[str, str]] | None = None,
    pattern_seconds: float = DEFAULT_PATTERN_SECONDS,
) -> Rules:
    """Compile validated rule data into a Rules object. `user_patterns` maps the text of each pattern a
    user's file added to (file, key): those are compiled as UserPatterns, under a time budget."""
    untrusted = user_patterns or {}

    def compile_rule(source: str, pattern: str, where: str, flags: int = 0) -> Any:
        # a user's pattern is compiled as written, so a message about it quotes what the user wrote
        compiled = compile_pattern(pattern if source in untrusted else boundary_first(pattern), where, flags)
        if source not in untrusted:
            return compiled
        file, key = untrusted[source]
        return UserPattern(compiled, file, key, pattern_seconds)

    heading_kinds: dict[str, SectionKind] = {}
    for kind_name, aliases in data.get("sections", {}).items():
        kind = SectionKind(kind_name)
        for alias in aliases:
            key = heading_key(alias)
            if heading_kinds.get(key, kind) is not kind:
                raise RulesError(
                    f"sections: alias {alias!r} is claimed by {heading_kinds[key].value} and {kind_name}",
                    name,
                )
            heading_kinds[key] = kind
    aliases = [alias for entries in data.get("sections", {}).values() for alias in entries]
    heading_regex = heading_vocabulary(aliases)
    company_heading_regexes = tuple(
        compile_rule(p, p, "heading_patterns.company")
        for p in data.get("heading_patterns", {}).get("company", [])
    )
    employment_words = {
        heading_key(word): kind for kind, words in data.get("employment_types", {}).items() for word in words
    }
    label_fields = {
        heading_key(label): field for field, labels in data.get("labels", {}).items() for label in labels
    }
    title_word = "(?:" + literal_regex(data.get("title_words", []) or ["(?!)"]) + ")"
    title = title_pattern(data.get("title_words", []))
    arrangement_word = "(?:" + literal_regex(data.get("arrangement_words", []) or ["(?!)"]) + ")"
    field_regexes = {
        field: tuple(
            tuple(
                look_behind_first(
                    compile_rule(
                        p,
                        p.replace("{title_word}", title_word).replace("{arrangement_word}", arrangement_word),
                        f"field_patterns.{field}",
                        regex.MULTILINE,
                    )
                )
                for p in tier
            )
            for tier in tiers
        )
        for field, tiers in data.get("field_patterns", {}).items()
    }
    skill_names: dict[str, str] = {}
    skill_spellings: dict[str, str] = {}
    case_sensitive = set(data.get("case_sensitive", []))
    sensitive, insensitive = [], []
    for entry in data.get("skills", []):
        canonical = entry if isinstance(entry, str) else entry["name"]
        spellings = [canonical] + ([] if isinstance(entry, str) else entry.get("aliases", []))
        for spelling in spellings:
            if spelling in case_sensitive:
                sensitive.append(spelling)
                skill_names[spelling] = canonical
                skill_spellings.setdefault(spelling, spelling)
            else:
                insensitive.append(spelling)
                skill_names[spelling.lower()] = canonical
                skill_spellings.setdefault(spelling.lower(), spelling)
    skill_pattern = "|".join(
        part
        for part in (
            literal_regex(sensitive) if sensitive else "",
            literal_regex(insensitive, ignore_case=True) if insensitive else "",
        )
        if part
    )
    return Rules(
        raw=data,
        heading_kinds=heading_kinds,
        heading_regex=heading_regex,
        heading_first_words=frozenset(
            first.group().lower() for first in (WORD_TOKEN.search(alias) for alias in aliases) if first
        ),
        heading_next_characters=alias_next_characters(aliases),
        company_heading_regexes=company_heading_regexes,
        section_enders=tuple(s.lower() for s in data.get("section_enders", [])),
        chrome=tuple(s.lower() for s in data.get("chrome", [])),
        team_regexes=tuple(compile_rule(p, p, "team_patterns") for p in data.get("team_patterns", [])),
        team_literals=tuple(required_literals(p) for p in data.get("team_patterns", [])),
        chrome_regexes=tuple(
            compile_rule(p, p, "chrome_patterns", regex.IGNORECASE) for p in data.get("chrome_patterns", [])
        ),
        chrome_literals=tuple(required_literals(p) for p in data.get("chrome_patterns", [])),
        duty_verbs=frozenset(v.lower() for v in data.get("duty_verbs", [])),
        duty_noun_endings=tuple(sorted({e.lower() for e in data.get("duty_noun_endings", [])})),
        duty_verb_endings=tuple(sorted({e.lower() for e in data.get("duty_verb_endings", [])})),
        requirement_words=tuple(sorted({c.lower() for c in data.get("requirement_cues", []) if c.isalpha()})),
        qualification_openers=frozenset(data.get("qualification_openers", [])),
        joining_words=frozenset(w.lower() for w in data.get("joining_words", [])),
        list_joiners=frozenset(data.get("list_joiners", [])),
        grade_regex=compile_pattern(
            r"(?i:\b(?:" + literal_regex(data.get("grade_words", []) or ["(?!)"], whole_words=False) + r")[ \t-]++)$",
            "grade_words",
        ),
        soft_ask_regex=compile_pattern(
            "(?i:" + literal_regex(data.get("soft_asks", []) or ["(?!)"], whole_words=False) + ")", "soft_asks"
        ),
        framing_words=frozenset(data.get("framing_words", [])),
        language_names=frozenset(data.get("language_names", [])),
        engagement_words=frozenset(w.lower() for w in data.get("engagement_words", [])),
        abbreviations=frozenset(a.lower() for a in data.get("abbreviations", [])),
        label_fields=label_fields,
        employment_words=employment_words,
        employment_regex=literal_vocabulary(employment_words, "employment_types", ignore_case=True),
        field_regexes=field_regexes,
        field_literals={
            field: tuple(tuple(required_literals(p.pattern) for p in tier) for tier in tiers)
            for field, tiers in field_regexes.items()
        },
        field_lines={
            field: tuple(tuple(line_literals(p.pattern) for p in tier) for tier in tiers)
            for field, tiers in field_regexes.items()
        },
        skill_names=skill_names,
        not_skill_words=frozenset(word.lower() for word in data.get("not_skills", [])),
        skill_spellings=skill_spellings,
        skill_regex=compile_pattern(skill_pattern or "(?!)", "skills"),
        exact_skill_regex=literal_vocabulary(sensitive, "skills", stdlib=True),
        lower_skill_regex=literal_vocabulary([s.lower() for s in insensitive], "skills", stdlib=True),
        prose_cues=tuple(
            (SectionKind(kind), literal_vocabulary(cues, f"prose_cues.{kind}", ignore_case=True))
            for kind, cues in data.get("prose_cues", {}).items()
        ),
        no_value=frozenset(heading_key(v) for v in data.get("no_value", [])),
        arrangement_regex=literal_vocabulary(data.get("arrangement_words", []), "arrangement_words", ignore_case=True),
        term_regex=literal_vocabulary(data.get("term_cues", []), "term_cues", ignore_case=True),
        tool_cue_regex=literal_vocabulary(data.get("tool_cues", []), "tool_cues", ignore_case=True),
        title_words=frozenset(data.get("title_words", [])),
        not_company_names=frozenset(data.get("not_company_names", [])),
        # a cue starts a word and may end inside one ('proficien', 'certifi'): 'hbo' is not in 'neighborhood'
        requirement_regex=literal_vocabulary(
            data.get("requirement_cues", []), "requirement_cues", ignore_case=True, word_start=True
        ),
        lead_in_openers=frozenset(data.get("lead_in_openers", [])),
        required_marker_regex=compile_pattern(  # (after one word at most: '1 an - Expérience exigée')
            r"(?i)[ \t]*+[-–—:(][ \t]*+(?:\p{L}++[ \t]++)?(?:"
            + literal_regex(data.get("required_markers", []) or ["(?!)"])
            + r")[ \t]*+\)?[.!]?[ \t]*+$",
            "required_markers",
        ),
        perk_heads=frozenset(w.lower() for w in data.get("perk_heads", [])),
        label_filler_regex=compile_pattern(
            r"(?i)(?<![\w'’])(?:" + literal_regex(data.get("label_fillers", []) or ["(?!)"]) + r")(?![\w'’])[ \t]*",
            "label_fillers",
        ),
        label_keyword_regex=literal_vocabulary(
            [word for key, _ in LABEL_KEYWORD_KEYS for word in data.get(key, [])], "label keywords", ignore_case=True
        ),
        label_keyword_fields={
            " ".join(word.lower().split()): field
            for key, field in reversed(LABEL_KEYWORD_KEYS)
            for word in data.get(key, [])
        },
        heading_filler_regex=compile_pattern(
            "(?i:" + literal_regex(data.get("heading_fillers", []) or ["(?!)"]) + ")[ \t]+", "heading_fillers"
        ),
        condition_regex=compile_pattern(
            "(?i:" + literal_regex(data.get("condition_openers", []) or ["(?!)"]) + ")", "condition_openers"
        ),
        negation_regex=literal_vocabulary(data.get("negation_words", []), "negation_words", ignore_case=True),
        vacancy_cue_regex=literal_vocabulary(
            data.get("vacancy_cues", []), "vacancy_cues", ignore_case=True, word_start=True
        ),
        list_opener_regex=compile_pattern(
            "(?i:" + literal_regex(data.get("list_openers", []) or ["(?!)"]) + ")[ \t]*+:?", "list_openers"
        ),
        boilerplate_regex=literal_vocabulary(data.get("boilerplate_cues", []), "boilerplate_cues", ignore_case=True),
        title_regexes=tuple(
            compile_rule(p, p.replace("{title}", title), "title_patterns") for p in data.get("title_patterns", [])
        ),
        title_literals=tuple(
            required_literals(p.replace("{title}", title)) for p in data.get("title_patterns", [])
        ),
        heading_keywords=tuple(
            (strength == "strong", SectionKind(kind), literal_vocabulary(words, key, ignore_case=True))
            for strength in ("strong", "weak")
            for kind, words in data.get("heading_keywords", {}).get(strength, {}).items()
            for key in [f"heading_keywords.{strength}.{kind}"]
        ),
        user_patterns=bool(untrusted),
        pattern_seconds=pattern_seconds,
        # the built-in date patterns are trusted: matched without a timeout (see values.ValueWords)
        value_words=compile_words(data.get("values", {}), None if user_patterns is None else DATE_TIMEOUT),
    )


def title_pattern(title_words: list[str]) -> str:
    """Capitalised words ending in a title word, then an optional level and a short note in brackets; 'of' and
    '&' may join the words ('Head of Stores', 'Shipping & Customs Clerk'), but '&' not before the last word
    ('Ó Briain Kiely & Partners' is a firm). A title word may be written in capitals ('the post of APIARY FIELD
    TECHNICIAN')."""
    words = literal_regex(title_words or ["(?!)"], whole_words=False)
    return (
        r"(?:\p{Lu}[\w.&/'’-]*+[ ](?:(?:\p{Lu}[\w.&/'’-]*+|&(?=[ ]\p{Lu}[\w.&/'’-]*+[ ]\p{Lu})|of)[ ]){0,4})?"
        + r"(?:"
        + words
        + r"s?|(?=\p{Lu}{2})(?i:"
        + words
        + r"S?))\b"
        r"(?:[ ](?:I{1,3}|IV|V|[1-5])\b)?(?:[ ]\([^()\n]{1,30}\))?"
    )


def rules_folder() -> Any:
    """The package's rules folder: as installed, a folder beside this file (taken straight, without
    importing importlib.resources, which costs ~5 ms of a start-up); else what importlib.resources finds."""
    folder = Path(__file__).parent / "rules"
    if folder.is_dir():
        return folder
    from importlib import resources

    return resources.files("jobx").joinpath("rules")


def builtin_files() -> list[tuple[str, str]]:
    """(name, text) of the package's own rule files: the main files, then each language pack
    (rules/lang/<code>.yaml) in name order. All languages are active at once."""
    folder = rules_folder()
    files = [(name, folder.joinpath(name).read_text(encoding="utf-8")) for name in RULE_FILES]
    packs = sorted((p for p in folder.joinpath("lang").iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)
    files += [(f"lang/{pack.name}", pack.read_text(encoding="utf-8")) for pack in packs]
    return files


def builtin_data(files: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """The package's own rule files (or these (name, text) pairs of them), merged; validated as a user
    file would be, which costs little now that this runs only when the compiled bundle is rebuilt."""
    merged: dict[str, Any] = {}
    for file_name, text in builtin_files() if files is None else files:
        data = load_yaml(text, file_name)
        validate(data, text, file_name)
        keywords = data.pop("heading_keywords", None)
        merged = merge(merged, data)
        if keywords:  # two levels deep (strength, then kind): merged here whatever merge() does
            old = merged.get("heading_keywords", {})
            merged["heading_keywords"] = {
                strength: {
                    kind: [*old.get(strength, {}).get(kind, []), *keywords.get(strength, {}).get(kind, [])]
                    for kind in [*old.get(strength, {}), *keywords.get(strength, {})]
                }
                for strength in [*old, *(s for s in keywords if s not in old)]
            }
    return merged


def read_rules_file(path: str | Path) -> dict[str, Any]:
    """Read and validate one user rules file."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_RULES_BYTES + 1)  # no more: `--rules /dev/zero` is refused, not read forever
    except OSError as exc:
        raise RulesError(f"cannot read rules file: {exc.strerror or exc}", name) from None
    if len(raw) > MAX_RULES_BYTES:
        raise RulesError(f"file is larger than {MAX_RULES_BYTES} bytes", name)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RulesError("rules files must be UTF-8", name) from None
    data = load_yaml(text, name)
    validate(data, text, name)
    return data


@functools.lru_cache(maxsize=16)
def load_rules(user_files: tuple[str, ...] = (), pattern_seconds: float = DEFAULT_PATTERN_SECONDS) -> Rules:
    """The effective rules: built-ins plus each user file in order. Cached per process; the built-ins
    come compiled from the bundle (see bundle.py), and user files are layered on their data and the
    whole compiled again, as before there was a bundle. The patterns a user file adds may take
    `pattern_seconds` together on one posting (the built-in ones are trusted and not timed)."""
    from .bundle import builtin_rules

    builtin = builtin_rules()
    if not user_files:
        return builtin
    data = builtin.raw
    trusted = set(rule_patterns(builtin.raw))
    untrusted: dict[str, tuple[str, str]] = {}
    for path in user_files:
        extra = read_rules_file(path)
        for pattern, key in rule_patterns(extra).items():
            if pattern not in trusted:
                untrusted.setdefault(pattern, (str(path), key))
        data = merge(data, extra)
    return build(data, ", ".join(user_files), untrusted, pattern_seconds)


def rule_patterns(data: dict[str, Any]) -> dict[str, str]:
    """The regular expressions of some rule data (each under PATTERN_KEYS), each with its key."""
    found: dict[str, str] = {}
    for pattern in data.get("chrome_patterns", []):
        found.setdefault(pattern, "chrome_patterns")
    for pattern in data.get("title_patterns", []):
        found.setdefault(pattern, "title_patterns")
    for pattern in data.get("team_patterns", []):
        found.setdefault(pattern, "team_patterns")
    for kind, patterns in data.get("heading_patterns", {}).items():
        for pattern in patterns:
            found.setdefault(pattern, f"heading_patterns.{kind}")
    for field, tiers in data.get("field_patterns", {}).items():
        for tier in tiers:
            for pattern in tier:
                found.setdefault(pattern, f"field_patterns.{field}")
    return found


def default_rules() -> Rules:
    return load_rules(())
