"""Logistics: where and how one works (location, arrangement, employment type), when (start, duration,
deadline, graduation) and for what pay: labelled, on a job board's meta line, and in prose."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

import regex

from . import regexes
from .features import CITY_AND_REGION_CODE, LEGAL_FORM, first_line, has_title_word, header_lines, menu_row
from .literals import may_match, prefilter_text
from .model import Logistics, SectionKind
from .rules import Rules, heading_key, is_chrome
from .values import date_matches, date_phrase_at, fold, ordinal_day, words_pattern

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

# A label's separator: a colon, or a dash with spaces around it ("Location - Sydney").
# Starts only where a run of spaces starts (or where the search does): retrying inside the run is quadratic.
LABEL_SEPARATOR = regexes.compile(r"(?:(?<![ \t])|\G)[ \t]*+(?:[:：]|[ \t][-–—])[ \t]*+(?=\S)")
# What a separator holds. It never spans lines, so it is searched only on the lines that hold one of these:
# at a line's start both '(?<![ \t])' and '\G' hold, and '(?=\S)' fails at its end as at the search's end.
SEPARATOR_MARKS = (":", "：", " -", " –", " —", "\t-", "\t–", "\t—")
# Searched backwards ((?r)) from the separator: forward, every position of the 60-character window was a
# start to try, each running to the window's end; backwards the first try is the match (same match, 20x faster).
LABEL_WORDS = regexes.compile(r"(?r)(?:[\p{L}/&'’]++[ \t]++){0,3}[\p{L}/&'’]++$")
# A value runs to the line's end or to the next "Label:" on the same line (at a word's start, or glued on
# as a capitalised word: "until June 2027Hours: days", not inside "FT/Temporary"; not a letter: "Level A: $98,074").
# or to a full stop after a word ("Work Location: In person. Apply now", "Remote within the EU. We value ...").
LABEL_VALUE = regexes.compile(
    r"(?P<value>[^\n]{1,120}?)(?=[ \t]*+(?:[,;|·][ \t]*+)?(?:(?<![\w/])|(?<=[\p{Ll}\d])(?=\p{Lu}\p{Ll}))"
    r"\p{Lu}[\w/&'-]++(?:[ \t][\w/&'-]++){0,3}:[ \t]|[ \t]*+$"
    r"|(?<=[\p{Ll}\d]{2})\.(?:[ \t]|$)|(?<=\p{Lu}{2})\.(?=[ \t]++\p{Lu}\p{Ll}))",
    regex.MULTILINE,
)


# In a scrape without line breaks a value may run on into the next text, glued: "... Phoenix AZ Office or
# RemotePaid Volunteer Hours ...". Where no line end, label or full stop ends it, a glued capital does.
GLUED_VALUE = regexes.compile(r"(?P<value>[^\n]{1,120}?)(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})")
MAX_GLUED_VALUE = 130


PROSE_VALUE = regexes.compile(r"[ \t]*+[:：–—-][ \t]*+\p{Ll}+[ \t]")


GLUED_LABEL = regexes.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


# A list or note mark before a label at a line's start ('• 근무지: ...', '※ 마감일: ...', '■ Ort: ...').
LIST_MARKS = "*#- \t•◦▪▸►‣※■□◆◇●○・"


def label_before(text: str, separator: int, rules: Rules) -> str | None:
    """The field of the label ending just before a separator, if it is one and stands where labels do:
    at a line start, after a sentence or list separator, after a run of spaces, or Capitalised."""
    words = LABEL_WORDS.search(text, max(0, separator - 60), separator)
    if words is None:
        return None
    tokens = words.group().split()
    glued = [index for index, token in enumerate(tokens) if GLUED_LABEL.search(token)]
    if glued:  # a scrape without line breaks: "Full-time RoleStatus: ...": the label starts at the last hump
        tokens = [GLUED_LABEL.split(tokens[glued[-1]])[-1], *tokens[glued[-1] + 1 :]]
    field = field_of_label_tokens(text, separator, tokens, rules)
    if field is None and "/" in tokens[-1] and not rules.label_fields.get(heading_key(tokens[-1])):
        field = field_of_label_tokens(text, separator, [tokens[-1].rsplit("/", 1)[-1]], rules)  # "Hours/Location:"
    return field


def field_of_label_tokens(text: str, separator: int, tokens: list[str], rules: Rules) -> str | None:
    """The field of the longest run of the label words that is a label and stands where labels do; a run
    that a list names before one that only a keyword does ('... full time Start:' is 'Start:')."""
    runs = range(len(tokens), 0, -1)
    passes = [(False, count) for count in runs]
    if may_hold_keyword(heading_key(" ".join(tokens)), rules):  # (most labels hold none: one set lookup)
        passes += [(True, count) for count in runs]
    for by_keyword, count in passes:
        key = heading_key(" ".join(tokens[-count:]))
        field = keyword_label(key, rules) if by_keyword else label_lookup(key, rules, False)
        if field is None:
            continue
        start = separator - len(" ".join(tokens[-count:]))
        after_name = count < len(tokens) and tokens[-count - 1][:1].isupper() and text[start - 1 : start] == " "
        if after_name and PROSE_VALUE.match(text, separator):
            continue  # the end of a name, then prose: "Applicants in New York City: the OTE range ..."
        before = text[max(0, start - 2) : start].lstrip(LIST_MARKS) if start else ""
        preceding = text[max(0, start - 2) : start]
        if (
            start == 0
            or preceding.endswith("\n")
            or not before
            or preceding[:1] in ".;,·|"
            or preceding[-1:] in "。！？；、"  # after a full-width sentence end: '...ご連絡いたします。応募締切：...'
            or preceding == "  "
            or text[start].isupper()
        ):
            return field
    return None


def labelled_fields(text: str, rules: Rules) -> dict[str, str]:
    """Values written after a label anywhere in the text ("Location: Sydney"), first label wins; then
    labels whose value is laid out apart from them (the next line, a table's next cell)."""
    found: dict[str, str] = {}
    lines = lines_holding(text, SEPARATOR_MARKS)
    separators = (match for start, end in lines for match in LABEL_SEPARATOR.finditer(text, start, end))
    for separator in separators:
        field = label_before(text, separator.start(), rules)
        if field is None or (field in found and field not in ("employment_type", "location")):
            continue
        end = separator.end()
        value = LABEL_VALUE.match(text, end) or GLUED_VALUE.match(text, end, end + MAX_GLUED_VALUE)
        written = past_abbreviations(text, end, value, rules) if value else None
        if written and len(written.split()) > MIN_ENDER_VALUE_WORDS:
            written = before_boilerplate(written, rules)  # 'On the road Harlan Ridge is an Equal Opportunity ...'
        if written and field == "employment_type" and arranged_not_kind(written, rules):
            field = "work_arrangement"  # '근무형태: 주 2회 재택근무 가능', 'Work type: Remote'
        elif written and field == "location" and arranged_not_place(written, rules):
            field = "work_arrangement"  # 'Work Location: In person', 'Location: Remote': how, not where
        if written and field not in found:
            found[field] = written
        arranged = arrangement_after_kind(written, rules) if written and field == "employment_type" else None
        if arranged:
            found.setdefault("work_arrangement", arranged)
    for field, value in laid_out_labels(text, rules):
        found.setdefault(field, value)
    return found


MIN_ENDER_VALUE_WORDS = 4


def opens_on_a_name(value: str) -> bool:
    """A value that a name opens: a capital letter or a letter of a script without case (not a figure, a sum or
    a sentence in lower case)."""
    value = value.lstrip(" \t*_")
    first, words = value[:1], value.split(maxsplit=2)
    if not first.isalpha() or first.islower():
        return False
    # a name's words go on in capitals ('St Aidan's Church', 'Oban, Argyll'), a sentence's do not ('This position is')
    second = words[1] if len(words) > 1 and not words[0].endswith(",") else ""
    return not second or not second[:1].isalpha() or not second[:1].islower() or second in PLACE_JOINERS


PLACE_JOINERS = frozenset("and of upon on am an de del la le du des der di do da dos y e et en".split())


def opens_on_a_date(value: str, rules: Rules) -> bool:
    """A value that a date opens, or a month with its year: '11 January 2027', 'April 2027', '2027年4月1日'."""
    words = rules.value_words
    value = value.lstrip(" \t*_")
    first = value.split(maxsplit=1)[0].strip(".,") if value.strip() else ""
    if words is None or not first:
        return False
    if CLOCK_TIME.match(value):
        return False  # 'Start Time: 9AM'
    return first[:1].isdigit() or fold(first) in words.month_numbers or date_phrase_at(value, 0, words) is not None


CLOCK_TIME = regexes.compile(r"(?i)\d{1,2}(?:[:.h]\d{2})?[ \t]?(?:[ap]\.?m\b\.?|h\b|uhr\b|時)")


def arrangement_after_kind(value: str, rules: Rules) -> str | None:
    """The arrangement that a kind-of-job label's value gives after the kind, in a short part of its own:
    'Type: Full-time, 100% on-site', 'Contract: Permanent / Hybrid'."""
    parts = TERMS_PARTS.split(value)[1:]
    arranged = (p for p in parts if len(p.split()) <= MAX_TERM_WORDS and rules.arrangement_regex.search(p))
    return next(arranged, None)


def before_boilerplate(value: str, rules: Rules) -> str | None:
    """A value run on into boilerplate in a dump, cut where the boilerplate's sentence starts."""
    from .segment import ENDER_SUBJECT  # (segment reads labels through rules, not this module)

    lowered = value.lower()
    found = [index for index in (lowered.find(phrase) for phrase in rules.section_enders) if index > 0]
    if not found:
        return value
    index = min(found)
    subject = ENDER_SUBJECT.search(value, 0, index)  # the name the sentence opens with: 'Harlan Ridge is ...'
    cut = subject.start() if subject is not None else index
    return value[:cut].rstrip(" ,;-–") or None


VALUE_SEPARATOR = regexes.compile(r"[ \t]++[|·•][ \t]++")
MAX_ABBREVIATED_STOPS = 3


def past_abbreviations(text: str, start: int, value: Any, rules: Rules) -> str:
    """A label's value that ran to a full stop, read on where the stop ends an abbreviation: 'Duration:
    approx. 14 months' is 'approx. 14 months', not 'approx'."""
    for _ in range(MAX_ABBREVIATED_STOPS):
        end = value.end("value")
        if text[end : end + 1] != "." or text[end + 1 : end + 2] not in (" ", "\t"):
            break
        last = text[max(start, end - 12) : end].rsplit(" ", 1)[-1].lower()
        # (or a day written as an ordinal before its month: 'Ansøgningsfrist: 15. februar 2027')
        ordinal = ordinal_day(text, end, rules.value_words)
        following = LABEL_VALUE.match(text, end + 1) if last in rules.abbreviations or ordinal else None
        if following is None:
            break
        value = following
    written = text[start : value.end("value")]
    return VALUE_SEPARATOR.split(written, 1)[0] or written  # 'Standort: Leipzig | Vollzeit': a spaced bar ends it


def arranged_not_place(value: str, rules: Rules) -> bool:
    """A value under a place's label that is only an arrangement ('Work Location: In person', 'Location:
    Remote'): how the work is done, not where."""
    return rules.arrangement_regex.fullmatch(value.strip(" .")) is not None


def arranged_not_kind(value: str, rules: Rules) -> bool:
    """A value under a kind-of-job label ('Schedule', '근무형태', both words for how one works) that names
    how the work is arranged and no kind of job: the arrangement."""
    return employment_type(value, rules) is None and rules.arrangement_regex.search(value) is not None


MAX_LABEL_LINE = 40
MAX_NEXT_LINE_VALUE = 80
TABLE_RULE = regexes.compile(r"^[\s|:-]*$")  # a markdown table's |---|---| line
SENTENCE_IN_VALUE = regexes.compile(r"[.!?:：][ \t]")


def laid_out_labels(text: str, rules: Rules) -> Iterator[tuple[str, str]]:
    """(field, value) of a label alone on its line with the value on the next ("Location:" / "Leeds, UK"),
    and of a table row whose first cell is a label ("| Location | Leeds |", "- Location | Leeds")."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 3:
            cells = [cell.strip(" *_") for cell in stripped.strip("|").split("|")]
            field = label_lookup(heading_key(cells[0]), rules)
            if field and len(cells) >= 2 and cells[1] and not TABLE_RULE.match(cells[1]):
                yield field, cells[1]
            continue
        if stripped.startswith("- ") and stripped.count(" | ") == 1:
            # an HTML table's row of two cells, as the reader writes it: '- Division | Fleet Services'
            label, value = (cell.strip(" *_") for cell in stripped[2:].split(" | "))
            field = label_lookup(heading_key(label), rules)
            if field and value:
                yield field, value
            continue
        if not stripped or len(stripped) > MAX_LABEL_LINE:
            continue
        label = stripped.strip("*_ ")
        qualified = label[-1:] in ":：" or label.isupper()  # "Reporting Location:", "POSITION LOCATION"
        key = heading_key(label)  # (a listed label, also by its last words, before one a keyword names)
        field = label_lookup(key, rules, False) or (label_field(label, rules) if qualified else None)
        field = field or keyword_label(key, rules)
        if field is None:
            continue
        if field == "salary":
            following = amount_line("\n".join(lines[number + 1 : number + 9]))
        else:
            below = (candidate.strip() for candidate in lines[number + 1 : number + 6])
            following = next((candidate for candidate in below if candidate), "")
        following = following.lstrip("-•* \t").strip("*_ ")
        following = VALUE_SEPARATOR.split(following, 1)[0]  # 'Leipzig | Vollzeit': the first part
        if not following or len(following) > MAX_NEXT_LINE_VALUE or SENTENCE_IN_VALUE.search(following):
            continue
        if rules.label_fields.get(heading_key(following)) or following.endswith((":", "：")):
            continue  # the next line is another label: this one has no value
        if rules.heading_kind(following) is not None:
            continue  # a page's contents: 'Location' / 'About the job' / 'Benefits'; a heading is no value
        if is_chrome(following, rules):
            continue  # a search form's fields: 'Keywords' / 'Location' / 'Search'
        yield field, following


# A job board's meta line near the top: "Berlin, Germany · Design · Full-time · Hybrid", "Remote - US".
META_SEPARATOR = regexes.compile(r"(?<![ \t])(?:[ \t]*+[·•|][ \t]*+|[ \t]++[/–—-][ \t]++)")
# a place name's words may be joined by a particle: "Frankfurt am Main", "Rio de Janeiro", "Stratford upon Avon"
PLACE_WORD = (
    r"(?:[ ](?:am|an|de|del|da|do|dos|das|di|la|le|sur|upon|on|der|im|en|y)(?=[ ]\p{Lu}))?[ ]\p{Lu}[\p{L}.'’-]*+"
)
PLACE = regexes.compile(
    r"\p{Lu}[\p{L}.'’-]*+(?:" + PLACE_WORD + r"){0,3}(?:,[ ]\p{Lu}[\p{L}.'’-]*+(?:" + PLACE_WORD + r"){0,2}){0,2}"
)
LEADING_SYMBOLS = regexes.compile(r"^[^\p{L}\p{N}(]+")  # "📍 Remote": a pin, a bullet, markup
TRAILING_SYMBOLS = regexes.compile(r"(?<=[\p{L}\p{N}).])[^\p{L}\p{N})]+$")  # "Spain`": markup after the text


def meta_parts(line: str) -> list[str]:
    """A meta line's parts, split at its separators but not inside brackets: 'Chicago, IL (Hybrid - 3 days
    in office) | Full-time' is two parts."""
    parts: list[str] = []
    start = 0
    for separator in META_SEPARATOR.finditer(line):
        before = line[start : separator.start()]
        if before.count("(") > before.count(")"):
            continue  # inside a bracket: the part goes on
        parts.append(before)
        start = separator.end()
    parts.append(line[start:])
    return parts


def arrangement_first(part: str, rules: Rules) -> list[str]:
    """'Remote,Madrid, Spain' -> ['Remote', 'Madrid, Spain']: an arrangement glued to a place by a comma."""
    match = rules.arrangement_regex.match(part)
    if match and part[match.end() : match.end() + 1] == ",":
        return [part[: match.end()], part[match.end() + 1 :].strip()]
    return [part]


META_LINES = 15
MAX_META_LINE = 200
# A header of labels without separators, values between them: "Title Store Manager City Leeds Job Category
# Sales Employment Status Full-Time Job Description ...", "State  CT City  Fairfield Category  Stores".
RUN_LABELS = 3  # labels in a row, at least, before their values are believed
MAX_RUN_START = 200  # where on the first line the run may start (after a title)
MAX_RUN_VALUE = 80
MAX_RUN_CHARS = 600
LEADING_SPACE = regexes.compile(r"\s*+")
SENTENCE_END = regexes.compile(r"[.!?][ \t]")
RUN_CACHE: dict[int, tuple[Any, Any]] = {}  # id(rules.raw) -> (rules.raw, the label pattern)


def board_labels(rules: Rules) -> list[str]:
    """Every label of every field and of `header_labels` (which name no field), longest first; the same order in
    every process (not set order), so the patterns compiled from them are cached."""
    labels = {label for labels in rules.raw.get("labels", {}).values() for label in labels}
    labels |= set(rules.raw.get("header_labels", []))
    return sorted(labels, key=lambda label: (-len(label), label))


def run_label_pattern(rules: Rules) -> Any:
    """Every label of every field and of `header_labels` (which name no field), longest first, any case."""
    cached = RUN_CACHE.get(id(rules.raw))
    if cached is not None and cached[0] is rules.raw:
        return cached[1]
    body = "|".join(regex.escape(label).replace("\\ ", r"[ \t]+") for label in board_labels(rules))
    pattern = regexes.compile(r"(?i)(?<![\w#])(?:" + body + r")(?![\w])")  # ~15 ms to compile: cached
    RUN_CACHE[id(rules.raw)] = (rules.raw, pattern)
    return pattern


GLUED_CACHE: dict[int, tuple[Any, Any]] = {}  # id(rules.raw) -> (rules.raw, the glued-label pattern)


def glued_label_pattern(rules: Rules) -> Any:
    """The labels of run_label_pattern without word boundaries, for normalise to find a dump's labels glued to
    the text around them ('... Quality ControllerCompanyWahgi Highlands ...'); built when a dump asks for it."""
    cached = GLUED_CACHE.get(id(rules.raw))
    if cached is not None and cached[0] is rules.raw:
        return cached[1]
    # (not a section's heading that a board also writes as a label: 'Job Description', 'What We Offer')
    kept = (None, SectionKind.LOGISTICS)
    labels = [label for label in board_labels(rules) if label[:1].isalpha() and rules.heading_kind(label) in kept]
    body = "|".join(regex.escape(label).replace("\\ ", r"[ ]") for label in labels)
    pattern = regexes.compile(r"(?i:" + body + r")")
    GLUED_CACHE[id(rules.raw)] = (rules.raw, pattern)
    return pattern


def opens_a_run(text: str, line_start: int, label: Any) -> bool:
    """A label inside a line may open a run when it is capitalised, after a space, and not inside brackets
    ('$58K - $71K (Employer est.) Easy Apply' names no employer)."""
    before = text[line_start : label.start()]
    return label.group()[:1].isupper() and before[-1:] in (" ", "\t") and before.count("(") <= before.count(")")


def label_run_fields(text: str, rules: Rules) -> dict[str, str]:
    """The values of a first line that opens on a run of labels, each value up to the next label: at least
    RUN_LABELS labels in a row, values short and without a sentence in them; the run's last value is taken
    only where the line ends."""
    start = LEADING_SPACE.match(text).end()
    line_end = text.find("\n", start, start + MAX_RUN_CHARS)
    end = line_end if line_end != -1 else min(len(text), start + MAX_RUN_CHARS)
    pattern = run_label_pattern(rules)
    label = pattern.match(text, start, end)
    if label is None:  # the run may follow the title: "Staff Nurse - Acute Medical Unit Job Title Staff Nurse ..."
        label = pattern.search(text, start, min(end, start + MAX_RUN_START))
        while label is not None and not opens_a_run(text, start, label):
            label = pattern.search(text, label.end(), min(end, start + MAX_RUN_START))
    if label is None or label.group()[:1].islower():
        return {}
    run: list[tuple[str, str]] = []
    while label is not None:
        reach = min(end, label.end() + MAX_RUN_VALUE + 2)  # a value is short: the next label is near
        following = pattern.search(text, label.end(), reach)
        while following is not None and following.group()[:1].islower():
            following = pattern.search(text, following.end(), reach)
        if following is not None:
            value_end = following.start()
        elif line_end != -1 and line_end <= reach:
            value_end = line_end
        else:
            break
        value = text[label.end() : value_end].strip(" \t:：-–")
        if not value or len(value) > MAX_RUN_VALUE or SENTENCE_END.search(value):
            break  # two labels in a row, or prose: not a run of label and value
        run.append((label.group(), value))
        label = following
    if len(run) < RUN_LABELS:
        return {}
    found: dict[str, str] = {}
    for label_text, value in run:
        field = rules.label_fields.get(heading_key(label_text))
        if field:
            found.setdefault(field, value)
    return found


def meta_line_fields(text: str, rules: Rules) -> dict[str, str]:
    """Location and work arrangement from a short line of parts near the top, one part of which names an
    employment type or an arrangement. A place is a part with a comma ("Denver, CO") or a region code
    ("São Paulo - SP"), a short code ("US"), or the first part of a line below the title ("Barista – Part
    Time" is a title). A line below the title that is only a place, or an employer with a legal form and a
    place, gives the place."""
    found = label_run_fields(text, rules)
    first = next((line for _, line in header_lines(text, META_LINES, MAX_META_LINE) if line.strip()), "")
    header = employer_and_place(" ".join(first.split()), text, rules)
    if header:
        found.setdefault("location", header[1])  # "Night Porter – The Bay Hotel, Whitby"
    from .names import MAX_DUMP_PLACE_HEADER, dump_header  # (names imports this module: imported when called)

    # "Store Manager Greenleaf Garden Centres Chelmsford, Essex £27,500 ...": the place after the employer's name,
    # which may stand further in (a longer breadcrumb before the title)
    run_into_one = dump_header(text, rules, MAX_DUMP_PLACE_HEADER)
    if run_into_one and run_into_one[2]:
        found.setdefault("location", run_into_one[2])
    for number, line in (*header_lines(text, META_LINES, MAX_META_LINE), *long_header_opening(text)):
        parts = [TRAILING_SYMBOLS.sub("", LEADING_SYMBOLS.sub("", part)).strip() for part in meta_parts(line)]
        parts = with_region_codes([piece for part in parts for piece in arrangement_first(part, rules) if piece], rules)
        if number > 0 and not line.rstrip(" \t*_").endswith((":", "：")):  # "THE JOB:" heads what follows
            below = place_below_title(parts, rules)
            if below and len(parts) == 1 and is_chrome(" ".join(line.split()), rules):
                below = {}  # 'Register CV', 'Sign in': a site's links, not a place
            for field, value in below.items():
                found.setdefault(field, value)
        if number > 0 and len(parts) == 1 and rules.arrangement_regex.match(parts[0]) and term_line(parts[0], rules):
            found.setdefault("work_arrangement", parts[0])  # a board's line of its own under the title: 'On-site'
        if len(parts) < 2:
            continue
        if menu_row(line) and any(is_chrome(part, rules) for part in parts):
            continue  # a site's menu: 'Jobs · Companies · Salaries · Remote · For Employers · Sign Up'
        if not any(rules.arrangement_regex.match(part) or employment_type(part, rules) for part in parts):
            # a place written with its region's code is one among any parts: 'Shiftwise · Chicago, IL · 1 week ago'
            coded = next((part for part in parts[1:] if CITY_AND_REGION_CODE.fullmatch(part)), None)
            if coded:
                found.setdefault("location", coded)
            continue
        places = []
        others = [part for part in parts if not (rules.arrangement_regex.match(part) or employment_type(part, rules))]
        for index, part in enumerate(parts):
            bracketed = PLACE_THEN_ARRANGEMENT.fullmatch(part)
            if bracketed and rules.arrangement_regex.fullmatch(bracketed.group("arrangement")) and PLACE.fullmatch(
                bracketed.group("place")
            ):
                found.setdefault("work_arrangement", bracketed.group("arrangement"))  # 'London (Hybrid)'
                places.append(bracketed.group("place") + ",")  # (the comma: sorted with the surest places)
                continue
            if rules.arrangement_regex.match(part):
                found.setdefault("work_arrangement", part)
                region = split_arrangement(part, None, rules)[0]
                if region:
                    places.append(region)  # "📍 Remote (US or Canada time zones) · Full-time"
            elif employment_type(part, rules):
                if number > 0:  # "Teilzeit · Leipzig" under "Werkstudent (m/w/d) ...": the line's kind, not the title's
                    found.setdefault("employment_type", part)
                continue
            elif has_title_word(part, rules):
                continue
            elif PLACE.fullmatch(part) and ("," in part or (index == 0 and number > 0) or short_code(part)):
                places.append(part)
            elif number > 0 and index > 0 and bare_place_among(part, others):
                # "Teilzeit · Leipzig": one word after the terms, below the title; 'CDI · Temps plein · La Rochelle ·
                # De 2 à 5 ans d'expérience': the only part shaped as a place
                places.append(part)
            elif REGION_AFTER_DASH.search(part) and PLACE.fullmatch(REGION_AFTER_DASH.sub("", part)):
                places.append(part)
        # "Tidewave Analytics · Austin, TX · Full-time": a place with a comma (or a region code) before a bare
        # first part, which may be the employer ("Mercantil Verde · São Paulo - SP · Híbrido")
        places.sort(key=lambda part: "," not in part and not REGION_AFTER_DASH.search(part))
        if places:
            found.setdefault("location", places[0].removesuffix(","))
    for field, value in stacked_header(text, rules).items():
        found.setdefault(field, value)
    return found


MAX_STACKED_LINE = 60
STACK_REACH = 14  # header lines read for a stack of the job's terms, blank ones among them
TITLE_REACH = 4  # lines of text that may stand above the title (a site's name and links)
MAX_STACKED_WORDS = 7
MIN_STACK = 3
STACKED_SENTENCE = regexes.compile(r"[.!?:：][ \t]|[.!?:：]$")


def bare_header_line(line: str) -> str:
    """A header line's text without its leading symbols, markup and runs of white space."""
    return LEADING_SYMBOLS.sub("", " ".join(line.split())).strip("*_ ")


def stacked_header(text: str, rules: Rules) -> dict[str, str]:
    """A header that stacks the job's terms one to a line under the title ('Payroll Clerk' / 'Leeds' /
    'People Operations – Finance' / 'Part-time (30 hours)' / 'On-site'), a job board's categories: believed
    when a line of the stack is only a kind of job or an arrangement. A line that is only an arrangement
    or a kind gives that field; the first bare place, the location; a line of two words or more that is none
    of these, no title nor an employer, and that the text does not name again, the team."""
    stack: list[str] = []
    lines = [(number, bare_header_line(line)) for number, line in header_lines(text, STACK_REACH, MAX_META_LINE)]
    # the title: the first line, or a later one that names a job under a site's links ('Acme home page' /
    # '' / 'Product Manager, Growth' / 'Lisbon, Portugal' / ...); blank lines part the stack from it
    written = [(number, line) for number, line in lines if line]
    title_at = next((n for n, (_, line) in enumerate(written[:TITLE_REACH]) if has_title_word(line, rules)), 0)
    if title_at == 0:
        written = lines[: MIN_STACK + 4]
    for at, (_, line) in enumerate(written):
        if at <= title_at:
            continue  # the title, and the site's links above it
        if not line or len(line) > MAX_STACKED_LINE or len(line.split()) > MAX_STACKED_WORDS:
            break
        if STACKED_SENTENCE.search(line) or rules.heading_kind(line) is not None:
            break
        stack.append(line)
    terms = [line for line in stack if term_line(line, rules)]
    if len(stack) < MIN_STACK or not terms:
        return {}
    found: dict[str, str] = {}
    for line in stack:
        if line in terms and rules.arrangement_regex.match(line):
            found.setdefault("work_arrangement", line)
        elif line in terms:
            found.setdefault("employment_type", line)
        elif employment_type(line, rules) or rules.arrangement_regex.match(line):
            continue
        elif has_title_word(line, rules) or LEGAL_FORM.search(line) or rules.heading_kind(line) is not None:
            continue
        elif title_at > 0:
            continue  # under a title found below a site's links: only the terms are believed
        elif "location" not in found and (place_line(line, rules) or bare_place(line, rules)):
            found["location"] = line
        elif len(line.split()) >= 2 and "team" not in found and text.count(line) == 1 and named_unit_line(line):
            if written and has_title_word(written[0][1], rules):  # (under a site's name: its menu, 'Tech Hubs')
                found["team"] = line
    return found


def named_unit_line(line: str) -> bool:
    """A line that may name a unit: its longer words capitalised ('People Operations – Finance Shared
    Services'), not a phrase of the page ('Vaga também para PcD')."""
    return line[:1].isupper() and all(not word[:1].islower() for word in line.split() if len(word) > 3)


MAX_BELOW_TITLE = 8  # lines looked at under the title's line, blank lines not counted
DEPARTMENT_FIRST = regexes.compile(r"\d{2,3}[ ][-–][ ]")  # '44 - Carquefou', '79 - NIORT': a French department's number


def place_under_title(text: str, title: str | None, company: str | None, rules: Rules) -> str | None:
    """A line of the header under the title that is only a place and that the text names again ('Utrecht'
    below 'Zelfstandig werkend kok' / 'Brasserie Het Zoute Kanaal', then 'in de binnenstad van Utrecht'):
    a board's stack of the job's facts, whatever else it holds (a rating, years of experience, pay). The
    place must come back elsewhere, in the title or the text, so that a one-word line of chrome or a name
    is not taken for it; not the employer's name."""
    if not title:
        return None
    lines = text.split("\n", 60)[:60]
    # the title's own line: the first that opens with it (not a breadcrumb's 'Home > Jobs > <title>')
    at = next((n for n, line in enumerate(lines) if LEADING_SYMBOLS.sub("", line).startswith(title)), None)
    if at is None:
        return None
    seen = 0
    for line in lines[at + 1 :]:
        line = bare_header_line(line)
        if not line:
            continue
        seen += 1
        if seen > MAX_BELOW_TITLE or len(line) > MAX_STACKED_LINE or rules.heading_kind(line) is not None:
            return None
        if company and line.casefold() == company.casefold():
            continue
        place = DEPARTMENT_FIRST.sub("", line, count=1) if DEPARTMENT_FIRST.match(line) else line
        if not (place_line(place, rules) or bare_place(place, rules)) or is_chrome(place, rules):
            continue
        if employment_type(place, rules) or rules.arrangement_regex.match(place):
            continue  # 'CDI', 'Remote': the job's terms
        if text.count(place.split(",")[0]) >= 2:
            return line
    return None


MAX_TERM_WORDS = 3
BRACKETED = regexes.compile(r"[ \t]*+[(（][^()（）\n]*+[)）]")


def term_line(line: str, rules: Rules) -> bool:
    """A line that is only a kind of job or an arrangement, with a note in brackets: 'Part-time (30 hours)',
    'On-site', 'Permanent, full-time' (not 'Permanent residence in the region')."""
    bare = BRACKETED.sub("", line).strip()
    if not bare or len(bare.split()) > MAX_TERM_WORDS:
        return False
    return rules.arrangement_regex.fullmatch(bare) is not None or employment_type(bare, rules) is not None


def organisation_name(name: str, rules: Rules) -> bool:
    """A name of two words or more that a word of the rules' `values.organisations` opens ('Universität
    Kassel', 'Cooperativa Almazara del Sur') or ends ("St Ives Community Hospital", 'Ashby District Council')."""
    words = getattr(rules.value_words, "organisation_before", None)
    parts = name.split()
    if words is None or len(parts) < 2:
        return False
    if fold(parts[0]) in words or fold(" ".join(parts[:2])) in words:
        return True
    return fold(parts[-1].rstrip(".,")) in rules.value_words.organisation_after


# A postal code that ends an address: a British postcode ('SK4 2RT', 'EH1 1YZ'), or a US state and ZIP code.
POSTCODE_END = regexes.compile(r"(?:\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|,[ ][A-Z]{2}[ ]\d{5}(?:-\d{4})?)[ \t]*+$")
MAX_ADDRESS_LINE = 120


def address_line(line: str, rules: Rules) -> tuple[str | None, str] | None:
    """(employer or None, address) of a header line that is an address ending in its postal code, the
    employer's name before the first comma where that part is a name, no number nor job: 'Packhorse Foods,
    Unit 9 Braymoor Industrial Estate, Stockport SK4 2RT'."""
    line = line.strip(" *_`")
    if len(line) > MAX_ADDRESS_LINE or POSTCODE_END.search(line) is None or ", " not in line:
        return None
    first, _, rest = line.partition(", ")
    if has_title_word(line, rules) or rules.arrangement_regex.match(line) or employment_type(line, rules):
        return None
    named = FIRST_NAME_PART.fullmatch(first) is not None and first.split()[0] not in rules.not_company_names
    return (first, rest) if named and "," in rest else (None, line)


FIRST_NAME_PART = regexes.compile(r"\p{Lu}[\p{L}&'’.-]*+(?:[ ](?:&[ ]|of[ ]|and[ ])?\p{Lu}[\p{L}&'’.-]*+){0,5}")


def organisation_and_place(line: str, rules: Rules) -> tuple[str, str] | None:
    """(employer, place) of a header line that names an organisation, then after a comma its place: "St
    Ives Primary School, Truro", 'Ashby District Council, Ashby, Leicestershire'."""
    name, comma, place = line.partition(", ")
    name = name.strip(" *_`")
    if not comma or not organisation_name(name, rules) or has_title_word(name, rules):
        return None
    place = place.strip(" *_`")
    return (name, place) if place_line(place, rules) or bare_place(place, rules) else None


def bare_place(line: str, rules: Rules) -> bool:
    """A place's name of one word ('Leeds'), no word of the rules' headings or names."""
    return " " not in line and PLACE.fullmatch(line) is not None and line not in rules.not_company_names


# A meta line's place with its arrangement in brackets: 'London (Hybrid)', 'Leeds (on-site)'.
PLACE_THEN_ARRANGEMENT = regexes.compile(r"(?P<place>[^()\n]{2,60}?)[ \t]*+\((?P<arrangement>[^()\n]{2,40})\)")


def long_header_opening(text: str) -> list[tuple[int, str]]:
    """A first line too long for a header line (a scrape that runs the header into its text: 'QA Analyst
    at Acme | Remote (US) | Contract | $40/hr | Posted 2d ago | 12 applicants Acme builds ...'): its opening
    up to the last meta separator within MAX_META_LINE characters, the part that runs on left out."""
    start = LEADING_SPACE.match(text).end()
    if text.find("\n", start, start + MAX_META_LINE + 1) != -1 or len(text) - start <= MAX_META_LINE:
        return []
    separators = list(META_SEPARATOR.finditer(text, start, start + MAX_META_LINE))
    return [(0, text[start : separators[-1].start()])] if len(separators) >= 2 else []


REGION_AFTER_DASH = regexes.compile(r"[ ][-–][ ]\p{Lu}{2,3}$")  # "São Paulo - SP", "Austin - TX"
REGION_CODE_PART = regexes.compile(r"\p{Lu}{2,3}")  # "SP", "TX"
POSTAL_CODE = regexes.compile(r"[ ](?:\d{5}(?:-\d{4})?|\d{4})$")  # "Joliet, IL 60436", "Zürich 8004"


MAX_BARE_PLACE_WORDS = 3


def bare_place_among(part: str, others: list[str]) -> bool:
    """The part is the only one of a line's parts (other than its terms) shaped as a place: one word ('Leipzig'),
    or up to three alone among parts that are no place ('La Rochelle' beside 'De 2 à 5 ans d'expérience')."""
    if others == [part]:
        return one_word_place(part)
    shaped = [other for other in others if PLACE.fullmatch(other)]
    return shaped == [part] and len(part.split()) <= MAX_BARE_PLACE_WORDS and len(part) > len("Mid")


def one_word_place(part: str) -> bool:
    """A place of one word, longer than a seniority's short form ('Mid', 'Sr')."""
    return PLACE.fullmatch(part) is not None and " " not in part and len(part) > len("Mid")


def short_code(part: str) -> bool:
    """A place's short code, in capitals: 'UK', 'NZ', 'USA' (not a seniority, 'Mid')."""
    return len(part) <= 3 and part.isupper()


def with_region_codes(parts: list[str], rules: Rules) -> list[str]:
    """A region code split off its place by a dash joined again: ['São Paulo', 'SP'] -> ['São Paulo - SP']."""
    joined: list[str] = []
    for part in parts:
        previous = joined[-1] if joined else ""
        if (
            REGION_CODE_PART.fullmatch(part)
            and PLACE.fullmatch(previous)
            and "," not in previous
            and not rules.arrangement_regex.match(previous)
            and not employment_type(previous, rules)
            and not has_title_word(previous, rules)
        ):
            joined[-1] = f"{previous} - {part}"
        else:
            joined.append(part)
    return joined


def place_below_title(parts: list[str], rules: Rules) -> dict[str, str]:
    """A header line below the title that is a place, its arrangement in brackets after it ('Toronto, Ontario,
    Canada (Hybrid)'), or an employer with a legal form and then a place ('Acme Storage LLC - Joliet, IL 60436')."""
    if len(parts) == 1:
        named = organisation_and_place(parts[0], rules) or address_line(parts[0], rules)
        if named:
            return {"location": named[1]}  # "St Ives Primary School, Truro", "Acme, 2 Mill Rd, Leeds LS1 4AB"
        place, arrangement = split_arrangement(parts[0], None, rules)
        if place and place_line(place, rules):
            found = {"location": city_and_state(place)}  # "Winnipeg MB", "Leeds, UK" below the title
            if arrangement and place != parts[0]:
                found["work_arrangement"] = arrangement
            return found
        return place_then_terms(parts[0], rules)
    employer = legal_employer_and_place(parts, rules)
    return {"location": employer[1]} if employer else {}


def place_then_terms(line: str, rules: Rules) -> dict[str, str]:
    """A line that runs a place into the job's terms without separators: 'Bristol, United Kingdom Full time
    Graduate programme Hybrid' gives the place (before the first kind of job or arrangement) and the
    arrangement."""
    terms = [m for m in (rules.employment_regex.search(line), rules.arrangement_regex.search(line)) if m]
    if not terms:
        return {}
    place = line[: min(m.start() for m in terms)].strip(" ,;-–")
    if not place or "," not in place or not place_line(place, rules):
        return {}
    found = {"location": place}
    arrangement = rules.arrangement_regex.search(line)
    if arrangement:
        found["work_arrangement"] = arrangement.group()
    return found


def legal_employer_and_place(parts: list[str], rules: Rules) -> tuple[str, str] | None:
    """(employer, place) of a header line's two parts: a name with a legal form, then a place
    ('Ridgeway Freight Ltd - Daventry, Northamptonshire', 'Acme Storage LLC - Joliet, IL 60436'); or a
    name, then a place with its code in brackets ('Entrepôt Logisud – Saint-Priest (69)')."""
    if len(parts) != 2:
        return None
    if not place_line(POSTAL_CODE.sub("", parts[1]), rules):
        if bare_place(parts[1], rules) and organisation_name(parts[0], rules) and not has_title_word(parts[0], rules):
            return parts[0], parts[1]  # 'Klinikum Auenwald gGmbH – Kassel': an organisation's name, then a town
        return None
    if LEGAL_FORM.search(parts[0]):
        return parts[0], parts[1]
    named = PLACE.fullmatch(parts[0]) and not has_title_word(parts[0], rules) and not employment_type(parts[0], rules)
    if named and PLACE_CODE.search(parts[1]) and not rules.arrangement_regex.match(parts[0]):
        return parts[0], parts[1]
    return None


# A title line that ends in its employer and the place: "Assistant Bakery Manager – Crumb & Hearth, Bristol".
TITLE_EMPLOYER_PLACE = regexes.compile(
    r"[ \t]++[-–—|·][ \t]++(?P<name>\p{Lu}[^,\n]{1,60}?),[ ]"
    r"(?P<place>\p{Lu}[\p{L}.'’-]*+(?:[ ]\p{Lu}[\p{L}.'’-]*+){0,2})$"
)


def employer_and_place(line: str, text: str, rules: Rules) -> tuple[str, str] | None:
    """(employer, place) of a title line 'Title – Employer, Place', when the part before the dash names a
    job, the employer is no job nor place and is named again in the text ('The Harbour View Hotel, Whitby' /
    'The Harbour View is a seaside hotel'), and the place is a place's name, not a skill."""
    match = TITLE_EMPLOYER_PLACE.search(line, 0, MAX_META_LINE) if len(line) <= MAX_META_LINE else None
    if match is None or not has_title_word(line[: match.start()], rules):
        return None
    name, place = match.group("name").strip(), match.group("place")
    if has_title_word(name, rules) or place in rules.skill_names or place.lower() in rules.skill_names:
        return None
    if rules.arrangement_regex.match(place) or employment_type(place, rules) or employment_type(name, rules):
        return None
    named = " ".join(name.removeprefix("The ").split()[:2])  # 'Harbour View' of 'The Harbour View Hotel'
    if text.count(named) < 2:
        return None
    return name, place


REGION_CODE = regexes.compile(r"[ ]\p{Lu}{2,3}$")  # "Winnipeg MB", "Austin TX"


PLACE_CODE = regexes.compile(r"[ ]\(\d{2,5}\)")  # a postal or department code: 'Saint-Priest (69)', 'Corbas (69960)'


def place_line(line: str, rules: Rules) -> bool:
    """A header line that is only a place: 'City, Region', 'City, Country', 'City XX' or 'City (69)'."""
    coded = PLACE_CODE.search(line) is not None
    line = PLACE_CODE.sub("", line)
    if not PLACE.fullmatch(line) or LEGAL_FORM.search(line) or has_title_word(line, rules):
        return False
    first = line.split()[0]
    if first in rules.not_company_names or (first.isupper() and first.capitalize() in rules.not_company_names):
        return False  # "About CDS", "Join AWS", "THE ROLE"
    names = [name.strip() for name in line.split(",")]
    if any(name in rules.skill_names or name.lower() in rules.skill_names for name in names):
        return False  # "Python, Java"
    if rules.heading_kind(line) is not None or rules.label_fields.get(heading_key(line)):
        return False
    return coded or len(names) >= 2 or (len(line.split()) == 2 and bool(REGION_CODE.search(line)))


STATE_CODE = regexes.compile(r"\p{Lu}{2}")


def city_and_state(place: str) -> str:
    """'Copper Kettle Coffee, Portland, OR' -> 'Portland, OR': before 'City, ST' comes no more place."""
    names = [name.strip() for name in place.split(",")]
    if len(names) >= 3 and STATE_CODE.fullmatch(names[-1]):
        return ", ".join(names[-2:])
    return place


REGION_IN_BRACKETS = regexes.compile(r"[ \t]*+[(（](?P<region>\p{Lu}[^()（）\n]{1,40})[)）][ \t]*+$")


DASH_AFTER = regexes.compile(r"[ \t]++[-–—][ \t]++")
JOINER_AT_END = regexes.compile(r"[\s,;/]*(?:\bor|\band|\b&|/)?[\s,;/]*$")  # "Toronto, ON or" before "Remote"


def split_arrangement(location: str | None, arrangement: str | None, rules: Rules) -> tuple[str | None, str | None]:
    """A location that names an arrangement: "In person" is one; "Toronto, ON or Remote (Canada)" holds one."""
    match = rules.arrangement_regex.search(location) if location else None
    if location is None or match is None:
        return location, arrangement
    if match.start() == 0 and location[match.end() : match.end() + 1] == ",":
        return location[match.end() + 1 :].strip() or None, arrangement or location[: match.end()]  # "Hybrid, Leeds"
    dashed = DASH_AFTER.match(location, match.end())
    if match.start() == 0 and dashed:  # "Remote – Ohio, Indiana or Kentucky residents only"
        return location[dashed.end() :].strip() or None, arrangement or location[: match.end()]
    if match.start() == 0 or not any(character.isalpha() for character in location[: match.start()]):
        region = REGION_IN_BRACKETS.match(location, match.end())  # "Remote (UK or Ireland)": where from
        return (region.group("region") if region else None), arrangement or location  # "In person", "100% Remote"
    opening = max(location.rfind("(", 0, match.start()), location.rfind("（", 0, match.start()))
    if opening > 0 and not any(mark in location[opening : match.start()] for mark in ")）"):
        # "España (100% teletrabajo)", "東京都内（現在、完全リモートワーク体制）": the bracket holds the arrangement
        inside = location[opening + 1 :].rstrip(" )）")
        return location[:opening].strip(" ,;/-–") or None, arrangement or inside
    place = JOINER_AT_END.sub("", location[: match.start()])
    return place or None, arrangement or location[match.start() :]


# Words of the full-time entries (logistics.yaml and the language packs) that say how long the job lasts,
# not its hours: 'permanent, part-time', 'unbefristet, Teilzeit', 'CDI à temps partiel'.
TENURE_WORDS = frozenset({
    "permanent", "unbefristet", "festanstellung", "indefinido", "contrato indefinido", "cdi", "efetivo", "efetiva",
    "tempo indeterminato", "vast contract", "vaste aanstelling", "vast dienstverband", "正社員", "정규직",
})
MAX_KIND_VALUE = 200


def employment_type(value: str, rules: Rules) -> str | None:
    """The kind of job the value names first; a word of tenure ('Permanent', a contract's term) gives way to
    a word of hours after it ('Permanent, part-time', '2-year renewable contract, full time', 'Fixed term -
    Full time')."""
    match = rules.employment_regex.search(value, 0, MAX_KIND_VALUE)
    if match is None:
        return None
    key = heading_key(match.group())
    if key in TENURE_WORDS or rules.employment_words.get(key) in TERM_KINDS:
        hours = rules.employment_regex.search(value, match.end(), MAX_KIND_VALUE)
        hours_key = heading_key(hours.group()) if hours is not None else ""
        if rules.employment_words.get(hours_key) in HOURS_KINDS and hours_key not in TENURE_WORDS:
            match = hours
    return rules.employment_words.get(heading_key(match.group()))


TERM_KINDS = ("contract", "temporary")  # kinds that say how long, not how many hours


def stated_hours(text: str, rules: Rules) -> str | None:
    """The first kind of hours the text states as a value ('Hours: Part-time', '| Hours | Full time |',
    'Bendigo, VIC Full Time Fixed Term'), where a term named the kind: the term is the duration's to report.
    Not hours in prose, nor a board's other jobs ('CCTV Operator – Accra – Full Time')."""
    for match in rules.employment_regex.finditer(text):
        key = heading_key(match.group())
        if rules.employment_words.get(key) not in HOURS_KINDS or key in TENURE_WORDS:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[line_start : match.start()].rstrip(" \t*_")
        if not before.lstrip(" \t*_#>-•") or before.endswith((":", "：", "|", "·", ",")) or VALUE_RUN.search(before):
            return rules.employment_words[key]
    return None


# A meta run's place before the hours: 'Bendigo, VIC Full Time'.
VALUE_RUN = regexes.compile(r"(?:^|[ ])\p{Lu}[\p{L}.]*+,[ ]\p{Lu}{2,3}$")
HOURS_KINDS = ("full-time", "part-time")


def clean_value(value: str) -> str | None:
    value = " ".join(value.split()).strip(" .,;:-–*_")  # and bold markers: '**Standort: Berlin**'
    return value or None


def search_tiers(
    tiers: tuple[tuple[Any, ...], ...],
    text: str,
    literals: tuple[tuple[tuple[tuple[str, ...], ...] | None, ...], ...] | None = None,
    lowered: str | None = None,
    lines: tuple[tuple[tuple[tuple[str, ...], ...] | None, ...], ...] | None = None,
    firsts: dict[str, int] | None = None,
    lasts: dict[str, int] | None = None,
    accept: Callable[[str, Any], bool] | None = None,
) -> str | None:
    """The earliest match of the first tier that matches at all (and that `accept`, when given, takes).
    A pattern none of whose required strings (`literals`, from the rules) is in the lower-cased text
    cannot match and is not run; one that matches within a line (`lines`: the strings its matched text
    holds) is searched only from the first to the last line where it can match (`firsts`, `lasts`:
    line_window's memos for this text, shared by the fields)."""
    firsts = {} if firsts is None else firsts
    lasts = {} if lasts is None else lasts
    for index, tier in enumerate(tiers):
        needed = literals[index] if literals is not None else (None,) * len(tier)
        bound = lines[index] if lines is not None and lowered is not None else (None,) * len(tier)
        matches = []
        for pattern, strings, held in zip(tier, needed, bound, strict=True):
            # (the strings a line-bound match holds are mostly the required ones: not looked for twice)
            window = line_window(held, lowered, firsts, lasts) if held is not None and lowered is not None else (0,)
            if window is None or (strings != held and not holds_groups(strings, lowered, firsts)):
                continue
            match = pattern.search(text, *window)
            while match is not None and accept is not None and not accept(text, match):
                match = pattern.search(text, match.end(), *window[1:])
            if match is not None:
                matches.append(match)
        if matches:
            return clean_value(min(matches, key=lambda m: m.start()).group("value"))
    return None


def line_window(
    groups: tuple[tuple[str, ...], ...], lowered: str, firsts: dict[str, int], lasts: dict[str, int]
) -> tuple[int, int] | None:
    """Where the search of a pattern that matches within a line may start and end: from first_line_start
    to the end of the line of the earliest group's last string (a match holds a string of each group, so
    it ends on or before that line); None when no line can hold a match. `lasts` remembers each string's
    last offset in the text."""
    start = first_line_start(groups, lowered, firsts)
    if start is None:
        return None
    end = len(lowered)
    for group in groups:
        last = -1
        for literal in group:
            if firsts[literal] != -1:
                found = lasts.get(literal)
                if found is None:
                    found = lasts[literal] = lowered.rfind(literal)
                last = max(last, found)
        line_end = lowered.find("\n", last)
        end = min(end, len(lowered) if line_end == -1 else line_end)
    return (start, end) if start <= end else None


def holds_groups(groups: tuple[tuple[str, ...], ...] | None, lowered: str | None, firsts: dict[str, int]) -> bool:
    """literals.may_match with the strings' first offsets remembered in `firsts` (as first_line_start
    does): the field patterns share many required strings (months, currencies)."""
    if groups is None or lowered is None:
        return True
    for group in groups:
        for literal in group:
            found = firsts.get(literal)
            if found is None:
                found = firsts[literal] = lowered.find(literal)
            if found != -1:
                break
        else:
            return False
    return True


def first_line_start(groups: tuple[tuple[str, ...], ...], lowered: str, firsts: dict[str, int]) -> int | None:
    """Where the search of a pattern whose matches never span lines may start: the start of the line of
    the latest group's first string (a match holds a string of each group, so it starts on or after that
    line); None when a group has no string in the text (no match). `lowered` keeps the text's offsets
    (literals.prefilter_text); `firsts` remembers each string's first offset in it (-1: none), as the
    field patterns share many strings (months, currencies)."""
    start = 0
    for group in groups:
        first = -1
        for literal in group:
            found = firsts.get(literal)
            if found is None:
                found = firsts[literal] = lowered.find(literal)
            if found != -1 and (first == -1 or found < first):
                first = found
        if first == -1:
            return None
        start = max(start, lowered.rfind("\n", 0, first) + 1)
    return start


# a range is two amounts joined by a dash or a short word ('to', 'y', 'et', 'bis', 'tot'); a rate is per a time
PAY_RANGE_OR_RATE = regexes.compile(
    r"\d[^\d\s]{0,3}\s*(?:\p{Sc}\s*)?(?:-|–|—|~|〜|～|\p{Ll}{1,3})\s*\D{0,5}\d|\b(?:per|an?|/)\s*(?:year|annum|hour|hr)\b"
)


# "contract" in prose names the kind of job only beside these words: "a 6-month contract", "contract role",
# or alone on its line ("Full-time · Contract" is read by the same count).
CONTRACT_WORK = regexes.compile(
    r"(?im)\b(?:\d+|one|two|three|six|twelve)[- ](?:week|month|year)s?[- ]contract\b"
    r"|\b(?:fixed[- ]term|temporary|on a|on)[ ]contract\b"
    r"|\bcontract[ ](?:role|position|basis|job|opportunity|assignment|work|engagement|employee|staff|length|period)\b"
    r"|\bcontract[- ]to[- ]hire\b|(?:^|[·|•][ \t]*)contract[ \t]*(?:$|[·|•,])"
)


# "contractor" names the kind of job only as the hire's own standing: "as a contractor", "independent contractor",
# "contractor role"; not a firm ("Pune-based EPC contractor", "MEP contractors", "our contractor clinic").
CONTRACTOR_WORK = regexes.compile(
    r"(?i)\b(?:as[ ]an?|independent|freelance|self-employed|1099|w-?2|on[ ]a)[ ]contractor\b"
    r"|\bcontractor[ ](?:role|position|basis|rate|agreement|engagement|opportunity)\b"
    r"|(?:^|[·|•(][ \t]*)contractor[ \t]*(?:$|[·|•,)])"
)


PERK_AFTER_VOLUNTEER = regexes.compile(
    r"(?i)[ -]?(?:hours?|time|days?|leave|programs?|programmes?|opportunit|grants?|events?|work\b|experience|service)"
)


def pay_among_perks(
    tiers: tuple[tuple[Any, ...], ...],
    text: str,
    rules: Rules | None = None,
    literals: tuple[tuple[tuple[tuple[str, ...], ...] | None, ...], ...] | None = None,
    lowered: str | None = None,
) -> str | None:
    """The first amount among perks that reads as pay ("Salary range: $140,000 – $170,000"): a range, a
    rate, or an amount after (or opened by) a word of the salary labels ('Starting salary of £30,500',
    '연봉 4,800만 원 ~ 6,200만 원'); a lone "$750
    stipend" is a perk. Pay written without a figure ("Salaris volgens CAO Ziekenhuizen", a pay scale by
    its agreement) is pay wherever it stands. A pattern none of whose required strings (`literals`, as
    search_tiers takes them) is in the lower-cased text (`lowered`) finds nothing and is not run."""
    pay_word = pay_word_pattern(rules) if rules is not None else None
    named: str | None = None  # the first lone amount after a pay word, taken where no range or rate is
    for index, tier in enumerate(tiers):
        needed = literals[index] if literals is not None else (None,) * len(tier)
        for pattern, strings in zip(tier, needed, strict=True):
            if not may_match(strings, lowered):
                continue
            for match in pattern.finditer(text):
                value = match.group("value")
                if PAY_RANGE_OR_RATE.search(value) or not any(character.isdigit() for character in value):
                    return clean_value(match.group("value"))
                line_start = text.rfind("\n", max(0, match.start() - MAX_PAY_WORD_GAP), match.start()) + 1
                start = max(line_start, match.start() - MAX_PAY_WORD_GAP)
                if named is None and pay_word is not None and pay_word.search(text, start, match.end()):
                    named = clean_value(value)
    return named


MAX_PAY_WORD_GAP = 30
PAY_WORD_CACHE: dict[int, tuple[Any, Any]] = {}  # id(rules.raw) -> (rules.raw, the pattern)


def pay_word_pattern(rules: Rules) -> Any:
    """The one-word salary labels of every language ('Salary', 'Pay', 'Gehalt', 'Salaire'), any case."""
    cached = PAY_WORD_CACHE.get(id(rules.raw))
    if cached is not None and cached[0] is rules.raw:
        return cached[1]
    words = {label for label in rules.raw.get("labels", {}).get("salary", []) if " " not in label}
    body = "|".join(regex.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))
    pattern = regexes.compile(r"(?i)(?<!\p{L})(?:" + body + r")(?!\p{L})") if body else None
    PAY_WORD_CACHE[id(rules.raw)] = (rules.raw, pattern)
    return pattern


# A label answered 'No' on the next line says nothing to look for: 'Remote job' / 'No' (a facts table).
NEGATED_LABEL = regexes.compile(r"(?m)^[^\n]{1,40}(?=\n(?:[ \t]*\n)*[ \t]*No\.?[ \t]*$)")

DATE_FIELDS = ("deadline", "start")
RUN_ON_WORDS = regexes.compile(r"[ \t]+\p{Lu}[^\d\n]*$")  # capitalised words, no figure, to the end
OR_ELSE = regexes.compile(r"[ \t]+or[ \t]+(?:until|earlier|sooner|when)\b[^\d\n]*$")


def date_then_chrome(value: str, rules: Rules, last_of_range: bool = False) -> str:
    """A date label's value without the page's words run on after its date in a scrape: 'Dec 20, 2026 Apply Now
    Save Job' -> 'Dec 20, 2026' (not a time or a note after it: '15 January 2027, 5pm', '... (midnight)'); with
    last_of_range, a window's last date: '12/08/2026 to 12/21/2026' -> '12/21/2026'."""
    words = rules.value_words
    date = date_phrase_at(value, 0, words) if words is not None else None
    if date and (RUN_ON_WORDS.fullmatch(value, len(date)) or OR_ELSE.match(value, len(date))):
        return date  # (or an alternative after it: 'December 15, 2026 or until filled!')
    joined = DATE_RANGE_JOIN.match(value, len(date)) if date and last_of_range else None
    last = date_phrase_at(value, joined.end(), words) if joined else None
    if last and (RUN_ON_WORDS.fullmatch(value, joined.end() + len(last)) or joined.end() + len(last) == len(value)):
        return last  # 'Open & closing dates: 12/08/2026 to 12/21/2026': the window's last day
    return value


DATE_RANGE_JOIN = regexes.compile(r"[ \t]*+(?:[-–—~～]|to|au|bis|hasta|até|tot)[ \t]*+")


# The fields searched for in the perks and the company's blurb last ('Ideally, you're based in NYC')
TERMS_PARTS = regexes.compile(r"[ \t]*+[,;/·|][ \t]*+")  # 'Full-time, 100% on-site', 'Permanent / Hybrid'
TERMS_AMONG_PERKS = ("work_arrangement", "duration", "deadline", "start", "employment_type", "location")


def find_logistics(
    text: str,
    labelled: dict[str, str],
    title: str | None,
    rules: Rules,
    perks_text: str = "",
    employment_text: str | None = None,
) -> Logistics:
    """Labelled values first, then the patterns, tier by tier, earliest match in a tier. How and how
    long one works, when one starts ('Ofrecemos: ... Incorporación inmediata') and when applications close
    may be written among the perks or the company's blurb: searched there last."""
    values: dict[str, str | None] = {}
    labelled = dict(labelled)
    if arranged_not_kind(labelled.get("employment_type", ""), rules):  # a label block's 'Work type' / 'Remote'
        labelled.setdefault("work_arrangement", labelled.pop("employment_type"))
    stated_place = labelled.pop(STATED_PLACE, None)
    if stated_place and "location" not in labelled and opens_on_a_name(stated_place):
        labelled["location"] = stated_place
    stated_start = labelled.pop(STATED_START, None)
    if stated_start and "start" not in labelled and opens_on_a_date(stated_start, rules):
        labelled["start"] = stated_start
    arranged = arrangement_after_kind(labelled.get("employment_type", ""), rules)
    if arranged and "work_arrangement" not in labelled:
        labelled["work_arrangement"] = arranged
    location, arrangement = split_arrangement(labelled.get("location"), labelled.get("work_arrangement"), rules)
    for field, value in (("location", location), ("work_arrangement", arrangement)):
        if value is None:
            labelled.pop(field, None)
        else:
            labelled[field] = value
    for field in [f for f, v in labelled.items() if heading_key(v) in rules.no_value]:
        del labelled[field]  # "Salary: Not Disclosed"
    if "duration" in labelled and not states_a_length(labelled["duration"], rules):
        del labelled["duration"]  # a footer's 'Terms   Cookie settings': a menu, not a term
    if "\nNo" in text:
        text = NEGATED_LABEL.sub(lambda line: " " * len(line.group()), text)
    lowered, perks_lowered = prefilter_text(text), prefilter_text(perks_text)
    firsts: dict[str, int] = {}  # where each required string first and last stands in the text, for search_tiers
    lasts: dict[str, int] = {}
    perks_firsts: dict[str, int] = {}
    perks_lasts: dict[str, int] = {}
    for field, tiers in rules.field_regexes.items():
        if field in labelled:
            value = labelled[field]
            if field in DATE_FIELDS:  # (of a deadline's window, its last day)
                value = date_then_chrome(value, rules, last_of_range=field == "deadline")
            values[field] = clean_value(value)
            continue
        literals, lines = rules.field_literals[field], rules.field_lines[field]
        accept = partial(names_a_term, rules=rules) if field == "duration" else None
        values[field] = search_tiers(tiers, text, literals, lowered, lines, firsts, lasts, accept)
        if values[field] is None and field in TERMS_AMONG_PERKS:
            values[field] = search_tiers(
                tiers, perks_text, literals, perks_lowered, lines, perks_firsts, perks_lasts, accept
            )
        if values[field] is None and field == "salary":
            values[field] = pay_among_perks(tiers, perks_text, rules, literals, perks_lowered)
    if values.get("salary") is None and "salary" not in labelled:
        values["salary"] = marked_amount(text, rules)  # '€ 2.850 - € 3.300 per maand', '7 500 - 9 500 zł / mies.'
    if values.get("deadline") is None:
        values["deadline"] = prose_deadline(text, rules) or prose_deadline(perks_text, rules)
    place = values.get("location")
    if place and "location" not in labelled and (place in rules.skill_names or place.lower() in rules.skill_names):
        values["location"] = None  # "Senior Frontend Engineer (React)": a skill in brackets, not a place
    for field in ("location", "work_arrangement", "salary", "deadline", "start", "duration"):
        if field in labelled and field not in values:
            values[field] = clean_value(labelled[field])
    kind = employment_type(labelled.get("employment_type", ""), rules)
    stated = values.get("employment_type") if "employment_type" not in labelled else None
    if kind is None and stated:  # "This is a part-time post": the text's own words, before the title's
        kind = employment_type(stated, rules)
    if kind is None and title:
        kind = employment_type(title, rules)
    if kind is None:
        counts: dict[str, int] = {}
        prose = text if employment_text is None else employment_text  # without the requirements
        for match in rules.employment_regex.finditer(prose):
            found = rules.employment_words.get(heading_key(match.group()))
            window = (max(0, match.start() - 20), match.end() + 25)
            if match.group().lower() == "contract" and not CONTRACT_WORK.search(prose, *window):
                continue  # "a signed contract", "manage the contract": a document, not a kind of job
            if match.group().lower().startswith("contractor") and not CONTRACTOR_WORK.search(prose, *window):
                continue  # "an EPC contractor", "the labour contractor's supervisors": a firm, not a kind of job
            if found == "volunteer" and PERK_AFTER_VOLUNTEER.match(prose, match.end()):
                continue  # "Paid Volunteer Hours": a perk of the job, not the kind of job
            if found:
                counts[found] = counts.get(found, 0) + 1
        kind = max(counts, key=lambda k: counts[k]) if counts else None
    if kind == "contract":  # 'Contract: Fixed term for 18 months' and 'Hours: Part-time, 20 hours per week': the
        kind = stated_hours(text if employment_text is None else employment_text, rules) or kind  # hours win
        # (not over a temporary job's own word: 'Tempo determinato', 'CDD')
    values["employment_type"] = kind
    if values.get("duration"):
        values["duration"] = with_renewal(values["duration"], text)
    if values.get("start") is None and values.get("duration"):
        values["start"] = term_start(values["duration"], rules)
    return Logistics(**values)


# What a contract's length says of its renewal right after it: '18 months (renewable subject to funding and
# performance)', '12 months, renewable subject to funding'
RENEWAL_AFTER = regexes.compile(
    r"[ ]\((?i:renewable|extendable|with[ ](?:the[ ])?possibility|subject[ ]to)[^()\n]{0,70}\)"
    r"|,[ ](?i:renewable|extendable)\b[^.;:\n]{0,60}"
)


def with_renewal(duration: str, text: str) -> str:
    """The duration as the text writes it with what it says of its renewal right after it."""
    at = text.find(duration)
    renewal = RENEWAL_AFTER.match(text, at + len(duration)) if at != -1 else None
    return duration + renewal.group() if renewal is not None else duration


# An amount of pay as any country writes it, where the field patterns found none: a currency's word or sign
# (values.currencies) right before or after the amount, its thousands grouped by ',', '.' or a space, and a
# range or a pay period after it ('€ 2.850 - € 3.300 per maand', '7 500 - 9 500 zł / mies. brutto',
# 'R 482 000 – R 597 000 per annum', '15 000 – 19 000 PLN brutto / mies.'). Not a bonus, an allowance or a fee.
PAY_AMOUNT = r"(?<![\d.,])[1-9]\d{0,2}(?:[,. \u00a0\u202f]\d{3})*+(?:[.,]\d{1,2})?(?![\d])"
AMOUNT_GAP = r"[ \t\u00a0]?"
GROSS_WORDS = r"(?:brutto|bruto|gross|netto|neto|brut|bruts|brutos|CTC)"
NOT_PAY_BEFORE = regexes.compile(r"(?i)(?:bonus|allowance|stipend|fee|deposit|budget|reimburs\w*|up to)[^.\n\d]{0,20}$")
MARKED_AMOUNT_CACHE: dict[int, tuple[object, Any]] = {}


def marked_amount_pattern(rules: Rules) -> tuple[Any, Any]:
    """PAY_AMOUNT's pattern from the amount on, with the rules' currency words and pay periods, and the
    pattern of a currency word ending right before an amount (both cached per rules)."""
    words = rules.value_words
    cached = MARKED_AMOUNT_CACHE.get(id(words))
    if cached is not None and cached[0] is words:
        return cached[1]
    currency, period = words.currency_regex.pattern, words.period_regex.pattern
    multiplier = words_pattern(words.multipliers)  # ('25万円', '4,800만원', '45k')
    amount = PAY_AMOUNT + rf"(?:{AMOUNT_GAP}{multiplier})?"
    pattern = regexes.compile(
        rf"{amount}"
        rf"(?:(?:{AMOUNT_GAP}(?P<first_after>{currency}))?[ \t]?(?:[-–—~〜～]|to|à|a|bis|tot|do){AMOUNT_GAP}"
        rf"(?:{currency}{AMOUNT_GAP})?(?P<upper>{amount}))?"
        rf"(?:{AMOUNT_GAP}(?P<after>{currency}))?(?:[ \t]{GROSS_WORDS}\b)?"
        rf"(?:[ \t]?/?[ \t]?(?P<period>{period})|[ \t]{GROSS_WORDS}\b(?:[ \t]?/?[ \t]?(?P<gross_period>{period}))?)?"
    )
    # a currency, or a pay period, or both, right before the amount ('€ 2.850', '月給25万円', '월급 2,600,000원')
    before = regexes.compile(rf"(?:(?P<paid>{period}){AMOUNT_GAP})?(?:(?P<currency>{currency}){AMOUNT_GAP})?$")
    MARKED_AMOUNT_CACHE[id(words)] = (words, (pattern, before))
    return pattern, before


AMOUNT_START = regexes.compile(r"(?<![\d.,])[1-9]")
MAX_CURRENCY_BEFORE = 12  # characters before an amount where its currency's word may stand ('US dollars ')


def marked_amount(text: str, rules: Rules) -> str | None:
    """The first amount of pay that a currency marks and a range or a pay period goes with (PAY_AMOUNT): tried
    at each figure that starts a number, its currency looked for just before it or after it."""
    if rules.value_words is None:
        return None
    pattern, currency_before = marked_amount_pattern(rules)
    for start in AMOUNT_START.finditer(text):
        match = pattern.match(text, start.start())
        if match is None:
            continue
        before = currency_before.search(text, max(0, match.start() - MAX_CURRENCY_BEFORE), match.start())
        paid_before = before is not None and before.group("paid") is not None
        if not (match.group("upper") or match.group("period") or match.group("gross_period") or paid_before):
            continue  # no range and no pay period: a sum, not pay
        marked_before = before is not None and before.group("currency") is not None
        if not (marked_before or match.group("after") or match.group("first_after")):
            continue
        begin = before.start() if before is not None and before.group() else match.start()
        if NOT_PAY_BEFORE.search(text, max(0, begin - 30), begin):
            continue
        return text[begin : match.end()].strip()
    return None


# A span alone, as a duration pattern may find it: "6 months", "at least 3 months", "3-6 month", "12 meses"
BARE_SPAN = regexes.compile(
    r"(?:(?i:at least|a minimum of|minimum of|minimum|up to|approximately)[ ])?(?:\d+[ ]?[-–][ ]?)?\d+[- ]?\p{L}+"
)
MAX_TERM_SENTENCE = 150  # how far a term's sentence is read on either side of its span


def states_a_length(value: str, rules: Rules) -> bool:
    """Whether a duration's label has a length or a term for its value: a figure ('24 months'), a number
    word ('two years (renewable)') or a term word ('Long-term (ongoing service route)', 'jaarcontract')."""
    if any(character.isdigit() for character in value) or rules.term_regex.search(value):
        return True
    numbers = rules.value_words.number_values if rules.value_words is not None else {}
    return any(fold(word) in numbers for word in value.split())


def names_a_term(text: str, match: Any, rules: Rules) -> bool:
    """Whether a duration pattern's match is a term of employment: a value that names its kind itself
    ('12-month fixed-term contract', 'Term ends January 29, 2027'), or a span alone whose sentence holds a
    term word (rules' `term_cues`: 'This is a 6-month contract', 'an internship, which runs for at least 3
    months', 'Een contract voor 12 maanden'); not the time of a requirement, a duty or a training block."""
    if not BARE_SPAN.fullmatch(match.group("value").strip()):
        return True
    start, end = match.start(), match.end()
    opening = max(
        (stop.end() for stop in SENTENCE_BREAK.finditer(text, max(0, start - MAX_TERM_SENTENCE), start)),
        default=max(0, start - MAX_TERM_SENTENCE),
    )
    stop = SENTENCE_BREAK.search(text, end, end + MAX_TERM_SENTENCE)
    closing = stop.start() if stop else min(len(text), end + MAX_TERM_SENTENCE)
    return rules.term_regex.search(text, opening, closing) is not None


# Where the sentence holding a deadline cue starts: after a sentence's end or a line break.
SENTENCE_BREAK = regexes.compile(r"[.!?][ \t]|\n|[。！？]")
MAX_DEADLINE_SENTENCE = 200
BLANKS = regexes.compile(r"[ \t]*+")
TIME_BEFORE_DATE = regexes.compile(
    r"\d{1,2}(?:[:.]\d{2}[ ]?(?i:am|pm|a\.m\.|p\.m\.|h\b|uhr\b)?|[ ]?(?i:am|pm|a\.m\.|p\.m\.))"
    r"(?:[ ]\(?[A-Z]{2,5}\)?)?,?[ ](?i:on[ ])?(?=\S)"
)


def prose_deadline(text: str, rules: Rules) -> str | None:
    """The date after a word for 'until' ('by', 'bis zum', "jusqu'au", 'até', 'entro il') in a sentence that
    names applying ('To apply, email ... by Friday 8 January', 'Inscrições até 20/01/2027'): the words are
    the rules' `values.deadline_cues`, the dates their `date_patterns` (or a day and a month alone)."""
    words = rules.value_words
    if words is None or words.until_regex is None:
        return None
    for line_start, line_end in apply_lines(text, words.apply_stems):
        for cue in words.until_regex.finditer(text, line_start, line_end):
            at = BLANKS.match(text, cue.end()).end()
            clock = TIME_BEFORE_DATE.match(text, at)  # 'by 11:59 PM (ET) on 12/15/2026', 'by 5:00 pm on Friday, ...'
            date = date_phrase_at(text, clock.end() if clock else at, words)
            if date is None:
                continue
            window = max(0, cue.start() - MAX_DEADLINE_SENTENCE)
            opening = max((end.end() for end in SENTENCE_BREAK.finditer(text, window, cue.start())), default=window)
            if words.apply_regex.search(text, opening, cue.start()):
                return clean_value(date)
    return None


def apply_lines(text: str, stems: tuple[str, ...] | None) -> list[tuple[int, int]]:
    """(start, end) of the lines that may hold a word for applying, in order: those whose lower-cased copy
    holds a stem of one (values.apply_stems); the whole text when the stems cannot be used on it.

    The sentence of a deadline cue starts on the cue's line (SENTENCE_BREAK includes the line break), so
    an accepted cue has a word for applying before it on its line; and a cue never spans lines, so the cues
    found line by line are the cues found in the whole text (a look-behind sees before the line start, a
    look-ahead at its end sees no letter either way)."""
    lowered = prefilter_text(text) if stems is not None else None
    if lowered is None or len(lowered) != len(text):
        return [(0, len(text))]
    return lines_holding(lowered, stems)  # type: ignore[arg-type]


def lines_holding(text: str, strings: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the lines of the text that hold one of the strings, in order: a few str.find
    calls over the text instead of a test of every line."""
    lines: dict[int, int] = {}
    for string in strings:
        index = text.find(string)
        while index != -1:
            start = text.rfind("\n", 0, index) + 1
            end = text.find("\n", index)
            end = len(text) if end == -1 else end
            lines[start] = end
            index = text.find(string, end)
    return sorted(lines.items())


# A term written as a range of months: "3 month term (May-August 2024)", "2021年6月〜2022年3月（予定）",
# "from March to June 2027". Its first month is when the job starts.
MONTH_YEAR = r"(?:19|20)\d\d年[ ]?\d{1,2}月"  # '2021年6月'
TERM_RANGE = regexes.compile(
    rf"(?P<first>{MONTH_YEAR}|(?<![\p{{L}}\d])(?P<month>\p{{L}}{{3,10}})\.?(?:[ ](?P<first_year>(?:19|20)\d\d))?)"
    r"[ ]?(?:[〜～~–—-]|[ ](?:to|until|through|till|bis|au|à|a|al|tot|t/m)[ ])[ ]?"
    rf"(?P<second>{MONTH_YEAR}|(?P<second_month>\p{{L}}{{3,10}})\.?[ ](?:\d{{1,2}}(?:st|nd|rd|th)?,?[ ])?"
    r"(?P<year>(?:19|20)\d\d))"
)


def term_start(duration: str, rules: Rules) -> str | None:
    """The first month of a term written as a range of months, with the range's year where it has none."""
    match = TERM_RANGE.search(duration, 0, MAX_NEXT_LINE_VALUE * 2)
    if match is None:
        return None
    if match.group("month") is None:
        return match.group("first")  # '2021年6月'
    months = rules.value_words.month_numbers
    if fold(match.group("month")) not in months or fold(match.group("second_month")) not in months:
        return None  # "5-10 people", "Mon - Fri 2026"
    return match.group("first") if match.group("first_year") else f"{match.group('month')} {match.group('year')}"


def label_lookup(key: str, rules: Rules, by_keyword: bool = True) -> str | None:
    """The field of a label's key, or of its singular where the label is written in the plural ('Job
    locations', 'Start dates', 'Contract types'), or of the key without a filler that says the value is
    planned ('Fecha de inicio prevista', 'Date de début prévue')."""
    field = rules.label_fields.get(key)
    if field is None and key.endswith("s") and len(key) > 4:
        field = rules.label_fields.get(key[:-1])
    if field is None and " " in key and (plain := rules.label_filler_regex.sub("", key).strip()) != key and plain:
        field = rules.label_fields.get(plain)  # 'Expected start date', 'Data prevista de início': the label's own
    return field if field is not None or not by_keyword else keyword_label(key, rules)


def keyword_label(key: str, rules: Rules) -> str | None:
    """The field of a short label, no figure in it, that no list names but a field's keyword does: the
    deadline's ('Unposting Date', '紹介期限日'), a start's or a place's (believed when a date or a name opens
    the value: STATED_START, STATED_PLACE). One search of the keywords of all three."""
    if len(key) > MAX_KEYWORD_LABEL_CHARS or key.count(" ") >= MAX_KEYWORD_LABEL_WORDS:
        return None
    if FIGURE.search(key):
        return None
    if not may_hold_keyword(key, rules):
        return None  # (no keyword's word among the key's: a set lookup instead of the pattern, on most short lines)
    fields = rules.label_keyword_fields
    words = (" ".join(match.group().split()) for match in rules.label_keyword_regex.finditer(key))
    found = [field for word in words if (field := fields.get(word))]
    return min(found, key=KEYWORD_FIELDS.index) if found else None


def may_hold_keyword(key: str, rules: Rules) -> bool:
    """Whether a label keyword may stand in the key: the longest word of one is among its words, or a keyword
    of a script without spaces is in it."""
    words, unspaced = keyword_parts(rules)
    if not words.isdisjoint(key.replace("'", " ").split()):
        return True
    return not key.isascii() and any(keyword in key for keyword in unspaced)


KEYWORD_PARTS_CACHE: dict[int, tuple[object, frozenset[str], tuple[str, ...]]] = {}


def keyword_parts(rules: Rules) -> tuple[frozenset[str], tuple[str, ...]]:
    """The longest word of each label keyword (a keyword matches only where all its words are the key's), and
    the keywords of scripts written without spaces (matched inside a word: '접수마감일')."""
    fields = rules.label_keyword_fields
    cached = KEYWORD_PARTS_CACHE.get(id(fields))
    if cached is None or cached[0] is not fields:
        # (a keyword matches only where all its words are the key's: its longest word stands for it)
        words = frozenset(max(k.replace("'", " ").split(), key=len) for k in fields)
        cached = (fields, words, tuple(k for k in fields if UNSPACED_KEYWORD.search(k)))
        KEYWORD_PARTS_CACHE[id(fields)] = cached
    return cached[1], cached[2]


FIGURE = regexes.compile(r"\d")
UNSPACED_KEYWORD = regexes.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")


# The field of a label that a start's word names but no list: its value is the start only when it opens
# on a date ('Commencement: April 2027', not 'Starting pay: $18' nor 'Start time: 7am').
STATED_START = "start (by its word)"
STATED_PLACE = "location (by its word)"  # ... and of a place: its value opens on a name ('Based at: St Aidan's ...')
KEYWORD_FIELDS = ("deadline", STATED_START, STATED_PLACE)  # a label holding keywords of two: the first of these


MAX_KEYWORD_LABEL_WORDS = 5
MAX_KEYWORD_LABEL_CHARS = 60


def label_field(line: str, rules: Rules) -> str | None:
    """The field a label line names, itself or after a word or two: 'POSITION LOCATION', 'Reporting
    Location', 'Hours/Location' (not "Clerk & Recorder's Office", nor a 'Work Term' that may be a start)."""
    key = heading_key(line)
    field = label_lookup(key, rules)
    if field or "&" in key or "'" in key:
        return field
    words = key.replace("/", " ").split()
    if len(words) == 3 and (field := rules.label_fields.get(" ".join(words[-2:]))):
        return field  # its last two words: 'Posting Close Date', 'Anticipated Start Date'
    field = rules.label_fields.get(words[-1]) if 2 <= len(words) <= 3 else None
    return None if field in ("duration", "start", "team", "company") else field


def stated_labels(entries: dict[str, str], rules: Rules) -> dict[str, str]:
    """(field, value) of a document's own key/value entries (front matter: 'department: litigation',
    'salary_range = "$75,000 - $85,000"'), each key read as a label ('_' and '-' as spaces). A date field
    stated as a sentence gives the first date written in it."""
    found: dict[str, str] = {}
    for key, value in entries.items():
        field = label_field(key.replace("_", " ").replace("-", " "), rules)
        if field is None or field in found:
            continue
        cleaned = clean_value(value.replace("**", "").replace("__", ""))
        if cleaned is None or heading_key(cleaned) in rules.no_value:
            continue
        if field in ("deadline", "start") and len(cleaned) > MAX_LABEL_LINE:
            dates = [m for p in rules.value_words.date_regexes for m in date_matches(p, cleaned, rules.value_words)]
            if not dates:
                continue
            cleaned = min(dates, key=lambda m: m.start()).group()
        found[field] = cleaned
    return found


def amount_line(body: str, lines: int = 4) -> str:
    """Pay under a label: the first of its opening lines with a figure in it, past a sub-heading naming
    who is paid so ('Employees (fixed term)' / '300,000 - 500,000 a month'); else its first line."""
    head = body.split("\n", lines * 3)[: lines * 3]
    opening = [" ".join(line.split()).lstrip("-•* ") for line in head if line.strip()]
    return next((line for line in opening[:lines] if any(c.isdigit() for c in line)), opening[0] if opening else "")


LEAD_IN_WORDS = 3


PLURAL_HEADING_FIELDS = ("duration",)
MAX_TERM_VALUE_WORDS = 8  # words of a term's value ('12 months, with a possible extension'), not a sentence of terms


def labelled_values(heading: str | None, body: str, rules: Rules) -> dict[str, str]:
    """A logistics block headed by a label ('Employment type' / 'Full-time') gives that field."""
    if not heading:
        return {}
    field = label_field(heading, rules) if len(heading) <= MAX_LABEL_LINE else None
    line = amount_line(body) if field == "salary" else first_line(body)
    if line.rstrip().endswith((":", "：")) and len(line.split()) >= LEAD_IN_WORDS and line.count(":") == 1:
        # a lead-in to the value: 'Location' / '1 vacancy in the following location:' / 'St. Louis, MO'
        line = first_line(body.partition(line)[2])
    value = LABEL_VALUE.match(line)  # up to the next "Label:" on the line
    plural = field in PLURAL_HEADING_FIELDS and heading_key(heading) not in rules.label_fields
    if plural and len(line.split()) > MAX_TERM_VALUE_WORDS:
        value = None  # a section's heading over prose, read as a plural label ('Terms' over 'A monthly salary of ...')
    found = {field: past_abbreviations(line, 0, value, rules)} if field and value else {}
    if found.get(field):  # (a dump's label that a sentence opens runs on into what follows: 'Joplin depot Acme is ...')
        cut = before_boilerplate(found[field], rules)
        found = {field: cut} if cut else {}
    if found.get("location") and arranged_not_place(found["location"], rules):
        found = {"work_arrangement": found["location"]}  # 'Work Location' / 'In person': how, not where
    arranged = arrangement_after_kind(found.get("employment_type", ""), rules)
    if arranged:
        found["work_arrangement"] = arranged  # 'Type' / 'Full-time, 100% on-site'
    if field == "location":  # a note under the place on how the work is arranged ('※...リモートワーク可')
        arranged = arrangement_note(body, rules)
        if arranged:
            found["work_arrangement"] = arranged
    return found


def arrangement_note(body: str, rules: Rules) -> str | None:
    """The first short line under a place's first line that names an arrangement ('Hybrid: two days in the
    office', '※入社3か月後から週2日までリモートワーク可'), without its note mark."""
    lines = [" ".join(line.split()) for line in body.strip().split("\n", PLACE_NOTES + 1)[: PLACE_NOTES + 1]]
    for line in lines[1:]:
        note = line.lstrip("※*-•・ ")
        if note and len(note) <= MAX_NEXT_LINE_VALUE and rules.arrangement_regex.search(note):
            return note
    return None


PLACE_NOTES = 3  # lines under a place's heading read for how the work is arranged


# Perks and company descriptions mention hours, offices and types of work that are not this job's.
LOGISTICS_SKIPPED = (SectionKind.BENEFITS, SectionKind.COMPANY)
