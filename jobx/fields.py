"""Single-valued fields: title, company, team, logistics, and the skills named in the requirements."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import regex

from .literals import may_match, prefilter_text
from .model import Logistics, SectionKind
from .rules import Rules, heading_key, is_chrome

MAX_TITLE_WORDS = 16
TITLE_LINES = 12  # opening lines searched for the title
# Starts only where a run of spaces starts: retrying inside a long run is quadratic.
TITLE_PART_SEPARATOR = regex.compile(r"(?<![ \t])[ \t]*+[|·•][ \t]*+")
MAX_HEADER_LINE = 300
MAX_REPEATED_TITLE_WORDS = 5
TITLE_JOINERS = ("of", "and", "for", "in", "the", "to", "&", "-", "–", "—", "/", "at")
WORD_AFTER = regex.compile(r"[ ]([\w-]+)")


def first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return " ".join(line.split())
    return ""


def has_title_word(candidate: str, rules: Rules) -> bool:
    return any(word.strip("(),-–/") in rules.title_words for word in candidate.split())


def header_lines(text: str, count: int, max_length: int) -> Iterator[tuple[int, str]]:
    """The first `count` lines of the text with their numbers, leaving out any longer than max_length
    (a header line is short; splitting a long one into parts is wasted work)."""
    for number, line in enumerate(text.split("\n", count)[:count]):
        if len(line) <= max_length:
            yield number, line


def find_title(opening: str, first_sentence: str | None, prose: str, rules: Rules) -> str | None:
    """The first of the posting's opening lines (past page chrome), or an overview's opening, that reads like
    a job title (short, no sentence inside, a title word such as Engineer; of a 'Title | Company | Place'
    header, the part with the title word); else a title stated in prose ("hiring a ...")."""
    lines = [undecorated(" ".join(line.split())) for _, line in header_lines(opening, TITLE_LINES, MAX_HEADER_LINE)]
    lines = [line for line in lines if line and not is_chrome(line, rules)]
    for candidate in (*lines, first_sentence or ""):
        parts = [part for part in TITLE_PART_SEPARATOR.split(candidate) if has_title_word(part, rules)]
        candidate = (parts[0] if parts else candidate).strip().rstrip(".")
        words = candidate.split()
        if not words or len(words) > MAX_TITLE_WORDS or not candidate.lstrip("(")[:1].isupper():
            continue
        if candidate.endswith((":", ",", ";")) or regex.search(r"[.!?]\s", candidate):
            continue
        lower_words = [w for w in words if w[0].islower() and w not in TITLE_JOINERS]
        if has_title_word(candidate, rules) and len(lower_words) <= len(words) // 4:
            return candidate  # a title is mostly capitalised words; a sentence is not
    matches = [m for m in (p.search(prose) for p in rules.title_regexes) if m is not None]
    if matches:
        return min(matches, key=lambda m: m.start()).group("value")
    return repeated_opening_line(lines[:1], prose)


def repeated_opening_line(lines: list[str], prose: str) -> str | None:
    """A short capitalised first line that the prose names again ("Senior Caretaker" ... "we are looking for
    a senior caretaker"): a title without a title word."""
    for line in lines:
        words = line.split()
        if not 1 <= len(words) <= MAX_REPEATED_TITLE_WORDS or line.endswith((":", "?", "!", ".")):
            continue
        if not all(word[:1].isupper() or word in TITLE_JOINERS for word in words):
            continue
        lowered = prose.lower()
        first = lowered.find(line.lower())
        if first != -1 and lowered.find(line.lower(), first + len(line)) != -1:
            return line
    return None


# A header's decoration: "[São Paulo] Back-end Developer @ KAVAK", "【急募】Engineer".
DECORATION = regex.compile(r"^(?:\[[^\]\n]{1,40}\]|【[^】\n]{1,40}】)[ \t]*+|[ \t]++@[ \t]++[^@\n]{1,60}$")


def undecorated(title: str) -> str:
    """A title line without a bracketed tag before it or '@ Company' after it."""
    return DECORATION.sub("", title).strip() or title


def header_company(opening: str, rules: Rules) -> str | None:
    """The first part of a 'Company | Title | Place' header line, when a later part is the title."""
    for _, line in header_lines(opening, TITLE_LINES, MAX_HEADER_LINE):
        parts = [part.strip() for part in TITLE_PART_SEPARATOR.split(line)]
        if len(parts) < 3 or not any(has_title_word(part, rules) for part in parts[1:]):
            continue
        first = parts[0]
        if NAME_RUN.fullmatch(first) and not has_title_word(first, rules) and "," not in first:
            if not (rules.arrangement_regex.match(first) or employment_type(first, rules)):
                return first
    return None


# A legal form after a name makes it an organisation's: "Xalt LLC", "Quarteera e. V.", "Retym INC".
LEGAL_FORM = regex.compile(
    r"[ ](?:LLC|L\.L\.C\.|Inc\.?|INC|Ltd\.?|Limited|LLP|PLC|plc|GmbH|AG|SE|e\.[ ]?V\.|S\.?A\.?|SAS|S\.L\."
    r"|B\.?V\.?|N\.V\.|Pty(?:[ ]Ltd)?|Oy|AB|ApS|AS|Co\.)$"
)
LEGAL_FORM_AFTER = regex.compile(LEGAL_FORM.pattern.removesuffix("$") + r"(?![\p{L}\d])")
MAX_COMPANY_LINE_WORDS = 6
FIRM_HEADER_CHARS = 1500  # a name with a legal form, said once, counts in the header only (not an agency's footer)


def company_line(text: str, title: str | None, rules: Rules) -> str | None:
    """The line beside the title in a header that names the employer: "Xalt LLC" above "TITLE: ...",
    "Devoteam" below "Multi-Cloud Engineer" and above "Remote, Frankfurt". Taken when the name has a
    legal form, is named again in the text, or sits between the title and a line of place or terms."""
    if not title:
        return None
    lines = [" ".join(line.split()).strip("*_`") for _, line in header_lines(text, TITLE_LINES, MAX_HEADER_LINE)]
    lines = [line for line in lines if line]
    at = next((n for n, line in enumerate(lines) if title in line), None)
    if at is None:
        return None
    for offset in (-1, 1):
        if not 0 <= at + offset < len(lines):
            continue
        candidate = lines[at + offset]
        if not plausible_company_line(candidate, rules):
            continue
        following = lines[at + offset + 1] if at + offset + 1 < len(lines) else ""
        named_again = text.count(candidate.split()[0]) >= 2
        terms_below = offset == 1 and bool(
            rules.arrangement_regex.search(following)
            or employment_type(following, rules)
            or PLACE_WITH_COMMA.search(following)
        )
        if LEGAL_FORM.search(candidate) or named_again or terms_below:
            return candidate
    return None


PLACE_WITH_COMMA = regex.compile(r"\p{Lu}\p{Ll}+,[ ]?\p{Lu}")


def plausible_company_line(line: str, rules: Rules) -> bool:
    words = line.split()
    if not 1 <= len(words) <= MAX_COMPANY_LINE_WORDS or not line[:1].isupper() and not line[:1].isdigit():
        return False
    if regex.search(r"[:：!?|·•]|[.](?:[ ]|$)", LEGAL_FORM.sub("", line)) or has_title_word(line, rules):
        return False
    if rules.heading_kind(line) is not None or is_chrome(line, rules) or rules.label_fields.get(heading_key(line)):
        return False
    if rules.arrangement_regex.match(line) or employment_type(line, rules) or "," in line:
        return False
    return words[0] not in rules.not_company_names


def without_company(title: str | None, company: str | None) -> str | None:
    """'Backend Engineer (Python) — Kestrel Robotics' -> 'Backend Engineer (Python)' at Kestrel Robotics."""
    if not title or not company:
        return title
    match = regex.search(r"[ \t]*+(?:[-–—|·@,]|\bat)[ \t]*+" + regex.escape(company) + r"\W*$", title)
    return title[: match.start()] if match and match.start() > 0 else title


NAME_RUN = regex.compile(
    r"(?<![\w&'’./-])\p{Lu}[\p{L}\d&-]*+(?:[ ](?:of[ ]|for[ ]|&[ ]|and[ ])?\p{Lu}[\p{L}\d&-]*+){0,3}"
)
COMPANY_CONTEXT = regex.compile(r"\b(?:[Aa]t|[Jj]oin|[Jj]oining|About|[Ww]elcome to)[ ](?:the[ ])?$")
COMPANY_AFTER = regex.compile(
    r"^(?:['’]s\b|[ ](?:is|are|has|have|offers|provides|designs|builds|develops|creates|makes|serves|helps)\b"
    r"|[ ](?:es|est|ist|é|is|è)[ ](?:una?|une|ein|eine|uma?|een)\b)"  # "Frogtek es una empresa", "X ist ein ..."
)
EMPLOYER_STATEMENT = regex.compile(
    r"^[ ](?:(?:is|are) an? (?:equal|affirmative|EEO)|(?:(?:is|are) )?(?:now |currently )?hiring\b"
    r"|(?:recrute|sucht|busca|contrata|zoekt|cerca)\b)",  # the hiring verb of the languages jobx reads
    regex.IGNORECASE
)
# Where a posting names its own site or mailbox: "www.highpoint-tech.com", "jobs@marker.page".
WEB_NAME = regex.compile(r"(?:@|\bwww\.|https?://(?:www\.|careers\.|jobs\.)?)(?P<name>[\p{L}\d-]{3,40})\.")
ACRONYM_EXPANSION = "(?P<name>(?:\\p{{Lu}}[\\p{{L}}-]+[ ](?:(?:of|for|and|&)[ ])?){{1,6}})\\({acronym}\\)"


def find_company(text: str, rules: Rules) -> str | None:
    """The capitalised name met most often among those written like an employer ('at X', "X's",
    'X is'); a leading 'The' is dropped, and an acronym is spelt out where the posting does so.
    A name seen once counts only in a strong phrase: 'at X', 'join X', 'X is an equal opportunity ...'."""
    counts: dict[str, int] = {}
    employer_like: dict[str, int] = {}
    strong: set[str] = set()
    web_names = {squashed(m.group("name")) for m in WEB_NAME.finditer(text)}
    firms: set[str] = set()
    for match in NAME_RUN.finditer(text):
        words = match.group().split(" ")
        start = match.start()
        while words and words[0] in rules.not_company_names:
            start += len(words.pop(0)) + 1
        if not words or words[-1] in rules.title_words or words[-1] in ("of", "for", "&", "Team", "Department"):
            continue
        name = " ".join(words)
        if len(name) < 2:
            continue
        before, after = text[max(0, start - 10) : start], text[match.end() : match.end() + 40]
        in_strong_phrase = bool(COMPANY_CONTEXT.search(before) or EMPLOYER_STATEMENT.match(after))
        legal_form = LEGAL_FORM_AFTER.match(after)
        if legal_form:  # "Quarteera e. V. berät ...": the name with its legal form
            name += legal_form.group()
        has_legal_form = bool(legal_form or LEGAL_FORM.search(name))
        named_like_a_firm = has_legal_form or on_its_website(name, web_names)
        if (name in rules.skill_names or name.lower() in rules.skill_names) and not in_strong_phrase:
            continue  # 'experience with Snowflake' names a skill; 'At Snowflake, we ...' the employer
        counts[name] = counts.get(name, 0) + 1
        if in_strong_phrase:
            strong.add(name)
        if name in strong or named_like_a_firm or COMPANY_AFTER.match(after):
            employer_like.setdefault(name, start)
        if has_legal_form:
            firms.add(name)
    ranked = sorted(employer_like, key=lambda n: (-counts[n], employer_like[n]))
    ranked = [
        n
        for n in ranked
        if counts[n] >= 2
        or n in strong
        or employer_like[n] <= 3
        or (n in firms and employer_like[n] < FIRM_HEADER_CHARS)
    ]
    if not ranked:
        return None
    # "At Ashbrow we ..." and "Ashbrow School is ...": the fuller name of the same employer
    longer = [n for n in employer_like if n.startswith(ranked[0] + " ")]
    return max(longer, key=len) if longer else ranked[0]


def squashed(name: str) -> str:
    return "".join(character for character in name.lower() if character.isalnum())


def on_its_website(name: str, web_names: set[str]) -> bool:
    """'HighPoint' on www.highpoint-tech.com: the name starts the site's name."""
    key = squashed(name)
    return len(key) >= 3 and any(web.startswith(key) for web in web_names)


def spelt_out(name: str | None, text: str) -> str | None:
    """An acronym's full name where the posting gives it: 'CDS' -> 'Canadian Digital Service'."""
    if name and name.isupper() and len(name) <= 6:
        expansion = regex.search(ACRONYM_EXPANSION.format(acronym=regex.escape(name)), text)
        if expansion:
            full = expansion.group("name").strip()
            return full[4:] if full.startswith("The ") else full
    return name



# "Frontend Developer bij de Nederlandse Transplantatie Stichting": a page title naming the employer after
# the job, by the word for 'at' in the languages jobx reads.
TITLE_AT_EMPLOYER = regex.compile(
    r"^(?P<title>[^\n]{3,80}?)[ ](?:at|@|bij(?:[ ](?:de|het))?|bei(?:[ ](?:der|dem|den))?|chez|presso)[ ]"
    r"(?P<company>\p{Lu}[^\n]{1,80})$"
)


def title_at_employer(title: str | None, rules: Rules) -> tuple[str | None, str | None]:
    """(title, company) of a stated 'Title at Company', when the part before names a job."""
    match = TITLE_AT_EMPLOYER.match(title) if title else None
    if match is None or not has_title_word(match.group("title"), rules):
        return title, None
    return match.group("title").strip(), match.group("company").strip()


def stated_title(stated: str | None, found: str | None) -> str | None:
    """The markup's title without decoration, or the text's own title where the stated one only adds to it
    ("Ingeniero backend con Python y Django - 100% Remoto" states what "Rol: Ingeniero Backend" says)."""
    if not stated:
        return found
    title = undecorated(stated)
    lowered, found_lowered = title.lower(), (found or "").lower()
    if found and len(found) < len(title) and (lowered.startswith(found_lowered) or f": {found_lowered}" in lowered):
        return found  # 'Oferta de trabajo: Ingeniero backend con ...' / 'Ingeniero Backend'
    return title


def page_title(title: str | None) -> str | None:
    """An HTML <title> without the site name: 'Junior developer - DfE job descriptions' -> 'Junior developer'."""
    if not title:
        return None
    return regex.split(r"\s+[-–—|:]\s+", title, maxsplit=1)[0].strip() or None


# A label's separator: a colon, or a dash with spaces around it ("Location - Sydney").
# Starts only where a run of spaces starts (or where the search does): retrying inside the run is quadratic.
LABEL_SEPARATOR = regex.compile(r"(?:(?<![ \t])|\G)[ \t]*+(?:[:：]|[ \t][-–—])[ \t]*+(?=\S)")
LABEL_WORDS = regex.compile(r"(?:[\p{L}/&'’]++[ \t]++){0,3}[\p{L}/&'’]++$")
# A value runs to the line's end or to the next "Label:" on the same line (at a word's start, or glued on
# as a capitalised word: "until June 2027Hours: days", not inside "FT/Temporary").
# or to a full stop after a word ("Work Location: In person. Apply now").
LABEL_VALUE = regex.compile(
    r"(?P<value>[^\n]{1,120}?)(?=[ \t]*+(?:[,;|·][ \t]*+)?(?:(?<![\w/])|(?<=[\p{Ll}\d])(?=\p{Lu}\p{Ll}))"
    r"\p{Lu}[\w/&'-]*+(?:[ \t][\w/&'-]++){0,3}:[ \t]|[ \t]*+$"
    r"|(?<=[\p{Ll}\d]{2})\.(?:[ \t]|$))",
    regex.MULTILINE,
)


PROSE_VALUE = regex.compile(r"[ \t]*+[:：–—-][ \t]*+\p{Ll}+[ \t]")


GLUED_LABEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")


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
    """The field of the longest run of the label words that is a label and stands where labels do."""
    for count in range(len(tokens), 0, -1):
        field = rules.label_fields.get(heading_key(" ".join(tokens[-count:])))
        if field is None:
            continue
        start = separator - len(" ".join(tokens[-count:]))
        after_name = count < len(tokens) and tokens[-count - 1][:1].isupper() and text[start - 1 : start] == " "
        if after_name and PROSE_VALUE.match(text, separator):
            continue  # the end of a name, then prose: "Applicants in New York City: the OTE range ..."
        before = text[max(0, start - 2) : start].lstrip("*#- \t") if start else ""
        preceding = text[max(0, start - 2) : start]
        if (
            start == 0
            or preceding.endswith("\n")
            or not before
            or preceding[:1] in ".;,·|"
            or preceding == "  "
            or text[start].isupper()
        ):
            return field
    return None


def labelled_fields(text: str, rules: Rules) -> dict[str, str]:
    """Values written after a label anywhere in the text ("Location: Sydney"), first label wins; then
    labels whose value is laid out apart from them (the next line, a table's next cell)."""
    found: dict[str, str] = {}
    for separator in LABEL_SEPARATOR.finditer(text):
        field = label_before(text, separator.start(), rules)
        if field is None or field in found:
            continue
        value = LABEL_VALUE.match(text, separator.end())
        if value:
            found[field] = value.group("value")
    for field, value in laid_out_labels(text, rules):
        found.setdefault(field, value)
    return found


MAX_LABEL_LINE = 40
MAX_NEXT_LINE_VALUE = 80
TABLE_RULE = regex.compile(r"^[\s|:-]*$")  # a markdown table's |---|---| line


def laid_out_labels(text: str, rules: Rules) -> Iterator[tuple[str, str]]:
    """(field, value) of a label alone on its line with the value on the next ("Location:" / "Leeds, UK"),
    and of a table row whose first cell is a label ("| Location | Leeds |")."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 3:
            cells = [cell.strip(" *_") for cell in stripped.strip("|").split("|")]
            field = rules.label_fields.get(heading_key(cells[0]))
            if field and len(cells) >= 2 and cells[1] and not TABLE_RULE.match(cells[1]):
                yield field, cells[1]
            continue
        if not stripped or len(stripped) > MAX_LABEL_LINE:
            continue
        label = stripped.strip("*_ ")
        qualified = label[-1:] in ":：" or label.isupper()  # "Reporting Location:", "POSITION LOCATION"
        field = rules.label_fields.get(heading_key(label)) or (label_field(label, rules) if qualified else None)
        if field is None:
            continue
        if field == "salary":
            following = amount_line("\n".join(lines[number + 1 : number + 9]))
        else:
            below = (candidate.strip() for candidate in lines[number + 1 : number + 6])
            following = next((candidate for candidate in below if candidate), "")
        following = following.lstrip("-•* \t").strip("*_ ")
        if not following or len(following) > MAX_NEXT_LINE_VALUE or regex.search(r"[.!?:：][ \t]", following):
            continue
        if rules.label_fields.get(heading_key(following)) or following.endswith((":", "：")):
            continue  # the next line is another label: this one has no value
        yield field, following


# A job board's meta line near the top: "Berlin, Germany · Design · Full-time · Hybrid", "Remote - US".
META_SEPARATOR = regex.compile(r"(?<![ \t])(?:[ \t]*+[·•|][ \t]*+|[ \t]++[/–—-][ \t]++)")
# a place name's words may be joined by a particle: "Frankfurt am Main", "Rio de Janeiro", "Stratford upon Avon"
PLACE_WORD = (
    r"(?:[ ](?:am|an|de|del|da|do|dos|das|di|la|le|sur|upon|on|der|im|en|y)(?=[ ]\p{Lu}))?[ ]\p{Lu}[\p{L}.'’-]*+"
)
PLACE = regex.compile(
    r"\p{Lu}[\p{L}.'’-]*+(?:" + PLACE_WORD + r"){0,3}(?:,[ ]\p{Lu}[\p{L}.'’-]*+(?:" + PLACE_WORD + r"){0,2}){0,2}"
)
LEADING_SYMBOLS = regex.compile(r"^[^\p{L}\p{N}(]+")  # "📍 Remote": a pin, a bullet, markup
TRAILING_SYMBOLS = regex.compile(r"(?<=[\p{L}\p{N}).])[^\p{L}\p{N})]+$")  # "Spain`": markup after the text


def arrangement_first(part: str, rules: Rules) -> list[str]:
    """'Remote,Madrid, Spain' -> ['Remote', 'Madrid, Spain']: an arrangement glued to a place by a comma."""
    match = rules.arrangement_regex.match(part)
    if match and part[match.end() : match.end() + 1] == ",":
        return [part[: match.end()], part[match.end() + 1 :].strip()]
    return [part]
META_LINES = 15
MAX_META_LINE = 200


def meta_line_fields(text: str, rules: Rules) -> dict[str, str]:
    """Location and work arrangement from a short line of parts near the top, one part of which names an
    employment type or an arrangement. A place is a part with a comma ("Denver, CO"), a short code ("US"),
    or the first part of a line below the title ("Barista – Part Time" is a title)."""
    found: dict[str, str] = {}
    for number, line in header_lines(text, META_LINES, MAX_META_LINE):
        parts = [TRAILING_SYMBOLS.sub("", LEADING_SYMBOLS.sub("", part)).strip() for part in META_SEPARATOR.split(line)]
        parts = [piece for part in parts for piece in arrangement_first(part, rules) if piece]
        if len(parts) == 1 and number > 0 and place_line(parts[0], rules):
            found.setdefault("location", city_and_state(parts[0]))  # "Winnipeg MB", "Leeds, UK" below the title
        if len(parts) < 2:
            continue
        if not any(rules.arrangement_regex.match(part) or employment_type(part, rules) for part in parts):
            continue
        places = []
        for index, part in enumerate(parts):
            if rules.arrangement_regex.match(part):
                found.setdefault("work_arrangement", part)
            elif employment_type(part, rules) or has_title_word(part, rules):
                continue
            elif PLACE.fullmatch(part) and ("," in part or (index == 0 and number > 0) or len(part) <= 3):
                places.append(part)
        # "Tidewave Analytics · Austin, TX · Full-time": a place with a comma before a bare first part
        places.sort(key=lambda part: "," not in part)
        if places:
            found.setdefault("location", places[0])
    return found


REGION_CODE = regex.compile(r"[ ]\p{Lu}{2,3}$")  # "Winnipeg MB", "Austin TX"


def place_line(line: str, rules: Rules) -> bool:
    """A header line that is only a place: 'City, Region', 'City, Country' or 'City XX'."""
    if not PLACE.fullmatch(line) or LEGAL_FORM.search(line) or has_title_word(line, rules):
        return False
    if line.split()[0] in rules.not_company_names:
        return False  # "About CDS", "Join AWS"
    names = [name.strip() for name in line.split(",")]
    if any(name in rules.skill_names or name.lower() in rules.skill_names for name in names):
        return False  # "Python, Java"
    if rules.heading_kind(line) is not None or rules.label_fields.get(heading_key(line)):
        return False
    return len(names) >= 2 or (len(line.split()) == 2 and bool(REGION_CODE.search(line)))


def city_and_state(place: str) -> str:
    """'Copper Kettle Coffee, Portland, OR' -> 'Portland, OR': before 'City, ST' comes no more place."""
    names = [name.strip() for name in place.split(",")]
    if len(names) >= 3 and regex.fullmatch(r"\p{Lu}{2}", names[-1]):
        return ", ".join(names[-2:])
    return place


def split_arrangement(location: str | None, arrangement: str | None, rules: Rules) -> tuple[str | None, str | None]:
    """A location that names an arrangement: "In person" is one; "Toronto, ON or Remote (Canada)" holds one."""
    match = rules.arrangement_regex.search(location) if location else None
    if location is None or match is None:
        return location, arrangement
    if match.start() == 0 and location[match.end() : match.end() + 1] == ",":
        return location[match.end() + 1 :].strip() or None, arrangement or location[: match.end()]  # "Hybrid, Leeds"
    if match.start() == 0 or not any(character.isalpha() for character in location[: match.start()]):
        return None, arrangement or location  # "In person", "100% Remote"
    place = regex.sub(r"[\s,;/]*(?:\bor|\band|\b&|/)?[\s,;/]*$", "", location[: match.start()])
    return place or None, arrangement or location[match.start() :]


# Team names are taken only where the posting places the hire in them, most trusted first:
# "join our Growth squad", "part of a dynamic asset management team", "within the Casemix & Clinical costing
# team" (never "work with our QA team" or "the design and other teams"); a named unit ("the Cloud Silicon
# Organization"); a sentence that opens on the team ("The Media Network team builds ...").
# (a "fulfillment center" or "business unit" in lower case is a place or a kind, not a name)
UNIT_NOUN = (
    r"(?:[Tt]eams?|[Ss]quad|[Gg]roup|[Oo]rgani[sz]ation|[Pp]ractice|[Dd]epartment|[Dd]ivision|Cent(?:er|re)|Unit)"
)
TEAM_IN_CONTEXT = regex.compile(
    r"""(?x)
    (?:\b(?:[Jj]oin(?:ing|s)?|part[ ]of|members?[ ]of|within|into|work(?:ing)?[ ](?:in|on)|sit(?:ting)?[ ]in|on|in|for)
         [ ](?:our|the|a|an|this|their)
      | \b(?:opportunity|role|position|career)[ ](?:with|in|on)[ ](?:our|the)  # "an opportunity with the X team"
      | \b[Aa]s[ ](?:a|an)(?:[ ]leading)?  # "As a leading SRE team at ..."
    )[ ]
    (?P<value>(?:[\p{L}\d][\p{L}\d&/'’.-]*+[ ]|&[ ]){1,5}?)  # up to five words, '&' among them
    """ + UNIT_NOUN + r"\b(?![ ]of\b)"
)
NAMED_UNIT = regex.compile(
    r"\b[Tt]he[ ](?P<value>\p{Lu}[\p{L}&'’-]*+(?:[ ](?:&|and|\p{Lu}[\p{L}&'’-]*+)){0,4}[ ]"
    r"(?:Organi[sz]ation|Division|Department|Cent(?:er|re)|Practice|Group))\b(?![ ]of\b)"
)
# "The Media Network team builds", "..., the Azure Data Analytics team builds", "TikTok LIVE Foundation and
# related teams support": a sentence or clause that opens on the team's name.
TEAM_SENTENCE = regex.compile(
    r"(?:^|(?<=[.!?:])[ \t]*+|(?<=,[ ])(?=[Tt]he[ ]))(?:(?:[Tt]he|Our)[ ])?"
    r"(?P<value>\p{Lu}[\w&'’/-]*+(?:[ ](?:&[ ])?\p{Lu}[\w&'’/-]*+){0,4})[ ]"
    r"(?:[Tt]eam|[Ss]quad|and[ ](?:related|other|partner)[ ][Tt]eams)[ ](?=\p{Ll})",  # then its verb
    regex.MULTILINE,
)
# The same in the languages jobx reads: a German compound ('unseres Beratungsteams'), a department named
# after its word ('binnen de afdeling Informatiemanagement', 'in der Abteilung Finanzen').
TEAM_ABROAD = regex.compile(
    r"\b(?:[Uu]nser(?:es|em|en|er)?|[Ii]m|[Ii]ns|[Dd]em|[Dd]es)[ ](?P<value>\p{Lu}\p{Ll}{2,}team)s?\b"
    r"|\b(?:afdeling|Abteilung|département|departamento|dipartimento|área)[ ]"
    r"(?P<value>\p{Lu}[\p{L}&-]+(?:[ ]\p{Lu}[\p{L}&-]+){0,2})"
)
# Words that praise or place a team rather than name it ("a dynamic ... team", "the Toronto-based ... team").
TEAM_ADJECTIVES = frozenset(
    "dynamic friendly growing small great amazing passionate dedicated diverse global fast-growing supportive "
    "collaborative high-performing world-class experienced wider broader new young international talented "
    "close-knit brilliant fantastic busy award-winning established multidisciplinary multi-disciplinary "
    "cross-functional innovative expanding successful thriving vibrant skilled local regional national "
    "entire whole same larger core ever ever-growing rapidly fast quickly".split()
)
NOT_TEAM_WORDS = frozenset(
    "and or and/or other our the a an of your this that their its with by as to for in on at from we you is are "
    "be used leadership cross-functional".split()
)


def team_name(value: str, noun: str, company: str | None) -> str | None:
    """The name in a team phrase, without praise or place before it; None when no name is left."""
    words = value.split()
    while words and (words[0].lower() in TEAM_ADJECTIVES or words[0].lower().endswith("-based")):
        words.pop(0)
    if not words or words[-1] == "&" or any(word.lower() in NOT_TEAM_WORDS for word in words):
        return None
    if all(word[:1].islower() for word in words) and (len(words) < 2 or not LOWER_CASE_UNIT.match(noun)):
        return None  # "join our sales team" names a kind of team; "a single command center view" none
    name = " ".join(words)
    if company and (name == company or company.startswith(name + " ")):
        return None
    return name


LOWER_CASE_UNIT = regex.compile(r"(?i:teams?|group)$")


def find_team(texts: Iterable[str], company: str | None, rules: Rules) -> str | None:
    """The first team the hire is placed in, in the texts' order (the team's own section first)."""
    for text in texts:
        patterns = (TEAM_IN_CONTEXT, NAMED_UNIT, TEAM_SENTENCE, TEAM_ABROAD)
        matches = [match for pattern in patterns for match in pattern.finditer(text)]
        for match in sorted(matches, key=lambda m: (m.start("value"), -m.end("value"))):
            following = WORD_AFTER.match(text, match.end())
            if following and following.group(1) in rules.title_words:
                continue  # 'Warehouse Team Lead' is a job title
            name = team_name(match.group("value"), text[match.end("value") : match.end()], company)
            if name:
                return name
    return None


def employment_type(value: str, rules: Rules) -> str | None:
    match = rules.employment_regex.search(value)
    return rules.employment_words.get(heading_key(match.group())) if match else None


def clean_value(value: str) -> str | None:
    value = " ".join(value.split()).strip(" .,;:-–*_")  # and bold markers: '**Standort: Berlin**'
    return value or None


def search_tiers(
    tiers: tuple[tuple[Any, ...], ...],
    text: str,
    literals: tuple[tuple[tuple[str, ...] | None, ...], ...] | None = None,
    lowered: str | None = None,
) -> str | None:
    """The earliest match of the first tier that matches at all. A pattern none of whose required
    strings (`literals`, from the rules) is in the lower-cased text cannot match and is not run."""
    for index, tier in enumerate(tiers):
        needed = literals[index] if literals is not None else (None,) * len(tier)
        matches = [
            m
            for m in (p.search(text) for p, strings in zip(tier, needed, strict=True) if may_match(strings, lowered))
            if m is not None
        ]
        if matches:
            return clean_value(min(matches, key=lambda m: m.start()).group("value"))
    return None


# a range is two amounts joined by a dash or a short word ('to', 'y', 'et', 'bis', 'tot'); a rate is per a time
PAY_RANGE_OR_RATE = regex.compile(
    r"\d[^\d\s]{0,3}\s*(?:-|–|—|~|〜|～|\p{Ll}{1,3})\s*\D{0,5}\d|\b(?:per|an?|/)\s*(?:year|annum|hour|hr)\b"
)


# "contract" in prose names the kind of job only beside these words: "a 6-month contract", "contract role",
# or alone on its line ("Full-time · Contract" is read by the same count).
CONTRACT_WORK = regex.compile(
    r"(?im)\b(?:\d+|one|two|three|six|twelve)[- ](?:week|month|year)s?[- ]contract\b"
    r"|\b(?:fixed[- ]term|temporary|on a|on)[ ]contract\b"
    r"|\bcontract[ ](?:role|position|basis|job|opportunity|assignment|work|engagement|employee|staff|length|period)\b"
    r"|\bcontract[- ]to[- ]hire\b|(?:^|[·|•][ \t]*)contract[ \t]*(?:$|[·|•,])"
)


PERK_AFTER_VOLUNTEER = regex.compile(
    r"(?i)[ -]?(?:hours?|time|days?|leave|programs?|programmes?|opportunit|grants?|events?)"
)


def pay_among_perks(tiers: tuple[tuple[Any, ...], ...], text: str) -> str | None:
    """The first amount among perks that reads as pay ("Salary range: $140,000 – $170,000"): a range or a
    rate; a lone "$750 stipend" is a perk."""
    for tier in tiers:
        for pattern in tier:
            for match in pattern.finditer(text):
                if PAY_RANGE_OR_RATE.search(match.group("value")):
                    return clean_value(match.group("value"))
    return None


def find_logistics(
    text: str, labelled: dict[str, str], title: str | None, rules: Rules, perks_text: str = ""
) -> Logistics:
    """Labelled values first, then the patterns, tier by tier, earliest match in a tier. How and how
    long one works, and when applications close, may be written among the perks or the company's blurb:
    searched there last."""
    values: dict[str, str | None] = {}
    labelled = dict(labelled)
    location, arrangement = split_arrangement(labelled.get("location"), labelled.get("work_arrangement"), rules)
    for field, value in (("location", location), ("work_arrangement", arrangement)):
        if value is None:
            labelled.pop(field, None)
        else:
            labelled[field] = value
    for field in [f for f, v in labelled.items() if heading_key(v) in rules.no_value]:
        del labelled[field]  # "Salary: Not Disclosed"
    lowered = prefilter_text(text)
    for field, tiers in rules.field_regexes.items():
        if field in labelled:
            values[field] = clean_value(labelled[field])
            continue
        values[field] = search_tiers(tiers, text, rules.field_literals[field], lowered)
        if values[field] is None and field in ("work_arrangement", "duration", "deadline"):
            values[field] = search_tiers(tiers, perks_text, rules.field_literals[field], prefilter_text(perks_text))
        if values[field] is None and field == "salary":
            values[field] = pay_among_perks(tiers, perks_text)
    place = values.get("location")
    if place and "location" not in labelled and (place in rules.skill_names or place.lower() in rules.skill_names):
        values["location"] = None  # "Senior Frontend Engineer (React)": a skill in brackets, not a place
    for field in ("location", "work_arrangement", "salary", "deadline", "start", "duration"):
        if field in labelled and field not in values:
            values[field] = clean_value(labelled[field])
    kind = employment_type(labelled.get("employment_type", ""), rules)
    if kind is None and title:
        kind = employment_type(title, rules)
    if kind is None:
        counts: dict[str, int] = {}
        for match in rules.employment_regex.finditer(text):
            found = rules.employment_words.get(heading_key(match.group()))
            window = (max(0, match.start() - 20), match.end() + 25)
            if match.group().lower() == "contract" and not CONTRACT_WORK.search(text, *window):
                continue  # "a signed contract", "manage the contract": a document, not a kind of job
            if found == "volunteer" and PERK_AFTER_VOLUNTEER.match(text, match.end()):
                continue  # "Paid Volunteer Hours": a perk of the job, not the kind of job
            if found:
                counts[found] = counts.get(found, 0) + 1
        kind = max(counts, key=lambda k: counts[k]) if counts else None
    values["employment_type"] = kind
    return Logistics(**values)


def label_field(line: str, rules: Rules) -> str | None:
    """The field a label line names, itself or after a word or two: 'POSITION LOCATION', 'Reporting
    Location', 'Hours/Location' (not "Clerk & Recorder's Office", nor a 'Work Term' that may be a start)."""
    key = heading_key(line)
    field = rules.label_fields.get(key)
    if field or "&" in key or "'" in key:
        return field
    words = key.replace("/", " ").split()
    field = rules.label_fields.get(words[-1]) if 2 <= len(words) <= 3 else None
    return None if field in ("duration", "start", "team", "company") else field


def amount_line(body: str, lines: int = 4) -> str:
    """Pay under a label: the first of its opening lines with a figure in it, past a sub-heading naming
    who is paid so ('Employees (fixed term)' / '300,000 - 500,000 a month'); else its first line."""
    head = body.split("\n", lines * 3)[: lines * 3]
    opening = [" ".join(line.split()).lstrip("-•* ") for line in head if line.strip()]
    return next((line for line in opening[:lines] if any(c.isdigit() for c in line)), opening[0] if opening else "")


def labelled_values(heading: str | None, body: str, rules: Rules) -> dict[str, str]:
    """A logistics block headed by a label ('Employment type' / 'Full-time') gives that field."""
    if not heading:
        return {}
    field = label_field(heading, rules) if len(heading) <= MAX_LABEL_LINE else None
    line = amount_line(body) if field == "salary" else first_line(body)
    value = LABEL_VALUE.match(line)  # up to the next "Label:" on the line
    return {field: value.group("value")} if field and value else {}


# Chinese, Japanese and Korean text runs into Latin names without a space ('Pythonでの開発', 'AWS와'), and
# their letters count as word characters: a space at each such seam lets a name match as a whole word.
SCRIPT_SEAM = regex.compile(
    r"""(?x)
    (?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])(?=[\p{Latin}\d.])  # 開発Python
    | (?<=[\p{Latin}\d+#])(?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])  # Pythonでの
    """
)

# The words before a single letter that make it a grade or category rather than a language ('C', 'R').
LETTER_GRADE = regex.compile(r"(?i:\b(?:class|grade|category|type|level|tier)[ \t-]++)$")


def find_skills(texts: Iterable[str], rules: Rules) -> tuple[str, ...]:
    """Skills in order of first mention, each once however many spellings it has. A skill is named by
    the spelling the posting uses ('NodeJS', 'Golang', 'Node.js'), cased as the rules write it."""
    seen: dict[str, str] = {}
    for text, match in skill_matches(SCRIPT_SEAM.sub(" ", "\n".join(texts)), rules):
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


# Perks and company descriptions mention hours, offices and types of work that are not this job's.
LOGISTICS_SKIPPED = (SectionKind.BENEFITS, SectionKind.COMPANY)
