"""Skills: the names skills.yaml lists, found in the requirement lists in order of first mention."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from . import regexes
from .rules import UNSPACED_SCRIPT, Rules

# Chinese, Japanese and Korean text runs into Latin names without a space ('Pythonでの開発', 'AWS와'), and
# their letters count as word characters: a space at each such seam lets a name match as a whole word.
SCRIPT_SEAM = regexes.compile(
    r"""(?x)
    (?<=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])(?=[\p{Latin}\d.])  # 開発Python
    | (?<=[\p{Latin}\d+#])(?=[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])  # Pythonでの
    """
)
# A seam needs one of those letters (rules.UNSPACED_SCRIPT): without any, SCRIPT_SEAM.sub changes nothing
# (that search is ~15x cheaper).

# A single letter is a grade or category rather than a language ('C', 'R') after a word of the rules'
# grade_words ('Class C', 'Rijbewijs C', 'Führerschein Klasse C', 'permis C'), and when paired by a slash with
# a number or another grade's letters: 'grade 4/C', 'Klasse C/CE', 'B/C'
# (not 'C/C++')
LETTER_PAIRED = regexes.compile(r"(?:\d|(?<![\w+#])\p{Lu}{1,2})/$")
CODE_AFTER = regexes.compile(r"/(?:\d|\p{Lu}{1,2}(?![\w+#]))")

# A version after a name is part of the product's name, as gold writes it ('WCAG 2.1', 'Python 3.11',
# 'Windows 10', 'Sage 300'), but not a count or a share ('Python 3+ years', 'SQL 2-3 yrs', 'Excel 100%', 'Linux
# 24/7'), nor one of a list of versions, which names the product itself ('Windows 95/98/XP' is Windows).
VERSION = regexes.compile(
    r"""(?x)
    [ \t] v?\d++(?:\.\d++)*+(?:\.x\b)?
    (?! [\w%/] | \.\d | [ \t]*+[-–][ \t]*+\d
      | (?:[ \t]*+(?:[-–+]|(?i:to|or|and|bis|à|a|e|y|o))[ \t]*+\d++)*+ [ \t]*+\+?[ \t]*+
        (?: (?i:years?|yrs?|months?|weeks?|days?|hours?|hrs?|jahren?|ans?|años?|anni|anos|mois|meses|mesi)\b
          | [年년] ) )
    """
)

# Names that are also everyday words even as cased here ('an axe', 'raft foundations', 'perf review', 'Detox
# support', 'Xray and CT', 'Cat 6 cabling'): each counts only where its line (one requirement) also names its
# field, or for Cat a machine's model number ('Cat 6060'). The rules' schema has no place for this yet.
CONTEXT = {
    "axe": regexes.compile(r"(?i)accessib|a11y|\bwcag|screen[ -]?reader|\bdeque|lighthouse|\baria\b|section 508"),
    "Raft": regexes.compile(r"(?i)paxos|consensus|distributed|replicat|\betcd|zookeeper|leader election"),
    "Detox": regexes.compile(r"(?i)react native|mobile|\be2e\b|end-to-end|appium|\bjest\b|\btest"),
    "Xray": regexes.compile(r"(?i)\bjira|\btest|zephyr|testrail|\bqa\b"),
    "Cat": regexes.compile(r"(?i)\bcat[ \t]?\d{3,4}(?!\d)|excavat|dozer|haul truck|grader|wheel loader|mining"),
    "perf": regexes.compile(r"(?i)\blinux|profil|flame ?graph|\bebpf|\bbpf|strace|ftrace|gdb|valgrind|kernel|tracing"),
}


# id(rules) -> (rules, vendor key -> its edition words, edition lower-cased -> as the rules write it,
# vendor key -> the pattern of its edition words, compiled when first needed)
EDITIONS: dict[int, tuple[Rules, dict[str, set[str]], dict[str, str], dict[str, regex.Pattern[str]]]] = {}


def editions(rules: Rules) -> tuple[dict[str, set[str]], dict[str, str], dict[str, regex.Pattern[str]]]:
    """Each vendor's edition words, read off the names the vocabulary lists as '<vendor> <edition>' ('SAP
    Business One', 'Workday HCM', 'Sage People'), where '<vendor>' is a name of its own: built once per rules;
    the vendors' patterns are compiled one at a time as a posting needs them (all 84 at once took ~12 ms,
    paid by every process's first posting with a version after a name)."""
    cached = EDITIONS.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1], cached[2], cached[3]
    words: dict[str, set[str]] = {}
    for spelling in rules.skill_spellings.values():
        parts = spelling.split(" ")
        for cut in range(1, len(parts)):
            vendor, rest = " ".join(parts[:cut]), " ".join(parts[cut:])
            key = vendor if vendor in rules.skill_names else vendor.lower()
            if key in rules.skill_names and not rest[:1].isdigit():
                words.setdefault(key, set()).add(rest)
    written = {w.lower(): w for found in words.values() for w in found}
    EDITIONS.clear()  # one rules object at a time in practice: the cache does not grow
    EDITIONS[id(rules)] = (rules, words, written, {})
    return words, written, EDITIONS[id(rules)][3]


def edition_pattern(key: str, rules: Rules) -> regex.Pattern[str] | None:
    """The pattern of the edition words of the vendor `key` after a version ('Sage 300 People'), or None."""
    words, _, compiled = editions(rules)
    if key not in words:
        return None
    if key not in compiled:
        found = words[key]
        compiled[key] = regex.compile(
            r"[ \t]++(?i:" + "|".join(regex.escape(w) for w in sorted(found, key=len, reverse=True)) + r")(?![\w+#])"
        )
    return compiled[key]


# A product line's word after its maker's name, by its shape: a word with a capital inside ('Guidewire
# ClaimCenter', 'Cerner PathNet') or a short acronym ('ServiceNow GRC', 'SAP MM', 'Azure AD').
PRODUCT_LINE = regexes.compile(r"[ ](?P<word>\p{Lu}\p{Ll}+\p{Lu}\p{L}*+|\p{Lu}{2,4})(?![\p{L}\p{N}_-])")


def named_apart(word: str, rules: Rules) -> bool:
    """A word that is a skill's name of its own or a word of business ('Excel', 'CRM'): no part of another name."""
    lowered = word.lower()
    return word in rules.skill_names or lowered in rules.skill_names or lowered in rules.not_skill_words


def product_line(text: str, end: int, rules: Rules) -> str:
    """' ClaimCenter' after 'Guidewire'; '' where the word is a name of its own ('Excel VBA'), one of the
    words of business ('Salesforce CRM'), or none follows."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return ""  # (every match is a space and a capital: not the pattern tried after every name)
    match = PRODUCT_LINE.match(text, end)
    if match is None:
        return product_tail(text, end, rules)
    word = match.group("word")
    return "" if named_apart(word, rules) else " " + word


PRODUCT_TAIL = regexes.compile(r"(?:[ ](?:\p{Lu}\p{Ll}++|\p{Lu}{2,4}))(?![\p{L}\p{N}_-])")
MAX_TAIL_WORDS = 3


def product_tail(text: str, end: int, rules: Rules) -> str:
    """Up to three plain capitalised words after a name that end the product's name: ' Service Cloud' after
    'Salesforce', ' Green Belt' after 'Six Sigma', ' Desigo CC' after 'Siemens'; '' where a word is a skill or a
    word of business (it stops the run), a job's name ('Salesforce Platform Developer'), or where the name goes
    on in a way not read here ('Veeam Backup & Replication') or a sentence's words follow ('Excel Flexible to
    work'): the run must end the requirement, a list's piece, or come before 'and'/'or'."""
    words = []
    position = end
    while len(words) < MAX_TAIL_WORDS:
        match = PRODUCT_TAIL.match(text, position)
        if match is None:
            break
        word = match.group().strip()
        if word in rules.title_words:
            return ""  # a job's name: 'Salesforce Platform Developer', 'Scrum Master'
        if named_apart(word, rules):
            break
        words.append(word)
        position = match.end()
    if not words or NOT_A_NAMES_END.match(text, position):
        return ""  # the name goes on in a way not read here: 'Veeam Backup & Replication', 'CPR Level C'
    after = NEXT_WORD.match(text, position)
    if after is not None and after.group(1) not in rules.list_joiners:
        return ""  # a sentence's words go on: 'Excel Flexible to work weekends', 'SQL Clear communication'
    return " " + " ".join(words)


NEXT_WORD = regexes.compile(r"[ ](\p{Ll}[\p{L}'’]*+)")
# A maker's or a product's first word before a name inside a sentence: 'with Applied Epic', 'in Veeva Vault'
# (a word in lower case before it: not a title-cased line's 'Proficient In Excel' nor an item's first word).
PRODUCT_HEAD = regexes.compile(r"(?<=(?:^|[ (])\p{Ll}[\p{L}'’-]*[ ])\p{Lu}\p{Ll}++[ ]$")  # (no possessive behind)
MAX_HEAD = 20


def product_head(text: str, start: int, rules: Rules) -> str:
    """'Applied ' before 'Epic' in '... with Applied Epic or ...'; '' where the word is a skill, a word of
    business, a job's word, or none stands there."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return ""
    head = PRODUCT_HEAD.search(text, max(0, start - MAX_HEAD), start)
    if head is None:
        return ""
    word = head.group().strip()
    return "" if named_apart(word, rules) or word in rules.title_words else word + " "
# words that go on to a list's next name ('Service Cloud or Zendesk'), in the languages of the packs
NOT_A_NAMES_END = regexes.compile(r"[\p{L}\p{N}]|[ ]?[-&/+]|[ ][\p{Lu}\p{N}]")


def continuation(text: str, end: int, key: str, found: str, rules: Rules, as_written: str | None = None) -> str:
    """The rest of a product's name after the name found ending at `end`: a version ('WCAG 2.1'), and after a
    version an edition word the vocabulary lists for that vendor ('Sage 300 People'); without a version, a product
    line's word ('ServiceNow GRC'); '' when none follows."""
    if len(found) < 2 or found[-1].isdigit():
        return ""  # 'C 2', 'R 4': too easily a grade or a list number; 'DirectX 12', 'ISO 27001': versioned already
    version = VERSION.match(text, end)
    if not version:
        # (the product line's word by its case: in the text as written, where `text` is its lower-cased copy,
        # which keeps its offsets)
        return product_line(as_written if as_written is not None else text, end, rules)
    edition = edition_pattern(key, rules)
    word = edition.match(text, version.end()) if edition else None
    written = editions(rules)[1]
    return version.group() + (" " + written[word.group().lstrip(" \t").lower()] if word else "")


def find_skills(texts: Iterable[str], rules: Rules) -> tuple[str, ...]:
    """Skills in order of first mention, each once however many spellings it has. A skill is named by
    the spelling the posting uses ('NodeJS', 'Golang', 'Node.js'), cased as the rules write it."""
    seen: dict[str, str] = {}
    texts_list = list(texts)
    joined = "\n".join(texts_list)
    if not joined.isascii() and UNSPACED_SCRIPT.search(joined):
        joined = SCRIPT_SEAM.sub(" ", joined)
    for text, match in skill_matches(joined, rules):
        found = match.group()
        if len(found) <= 2 and text[match.end() : match.end() + 1] == "-":
            continue  # 'C-level', 'Go-live', 'R-value': not the languages
        if len(found) == 1 and (
            text[match.start() - 1 : match.start()] in ("-", ")")  # a code's last letter: 'CPR-C', 'IR(ME)R'
            or rules.grade_regex.search(text, max(0, match.start() - 16), match.start())
            or LETTER_PAIRED.search(text, max(0, match.start() - 4), match.start())
            or CODE_AFTER.match(text, match.end())
        ):
            continue  # 'Class C licence', 'USB Type-C', 'grade 4/C', 'C/CE': a grade or category, not the language
        key = found if found in rules.skill_names else found.lower()
        name = rules.skill_names.get(key)
        if not name:
            continue
        guard = CONTEXT.get(rules.skill_spellings[key])
        if guard and not guard.search(text, text.rfind("\n", 0, match.start()) + 1, line_end(text, match.end())):
            continue  # 'an axe', 'raft foundations': the everyday word
        rest = continuation(text, match.end(), key, found, rules, joined)
        head = product_head(joined, match.start(), rules)
        if rest or head:
            written = head + rules.skill_spellings[key] + rest
            seen.setdefault(written.lower(), written)
        else:
            seen.setdefault(name, rules.skill_spellings[key])
    known = {value.lower() for value in seen.values()}
    names = [*listed_names(texts_list, rules), *camel_names(texts_list, rules), *standard_names(texts_list)]
    for name in [*names, *names_before_a_kind(texts_list, rules)]:
        if name.lower() not in known and not any(names_one_another(name.lower(), value) for value in known):
            seen.setdefault(name.lower(), name)
            known.add(name.lower())
    return tuple(seen.values())


NAME_WORD = regexes.compile(r"[\p{L}\p{N}]+")


def names_one_another(name: str, other: str) -> bool:
    """One name is the other, or a run of its words ('Salesforce' in 'Salesforce Nonprofit Cloud'); not a
    letter inside a word ('c' in 'csm')."""
    words, others = NAME_WORD.findall(name), NAME_WORD.findall(other)
    shorter, longer = (words, others) if len(words) <= len(others) else (others, words)
    return any(longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1))


# Where a requirement goes on to name tools, standards or certificates ('software such as DIgSILENT
# PowerFactory, IPSA or PSS/E', 'a backend such as PlayFab', 'Scrum Master certification (CSM or PSM)').
NAMES_CUE = regexes.compile(
    r"(?i:\b(?:such as|e\.g\.,?|i\.e\.,?|including|like|certifications?|certified|standards?"
    # or the tool a requirement works with: 'Experience with Noregon JPRO', 'proficient in SAP B1'
    r"|experience (?:with|using)|familiarity with|familiar with|proficien(?:t|cy) (?:in|with)|hands-on with)"
    r"[ \t]*+[(:]?[ \t]*+)"
    r"|(?<=\b(?i:certification|certificate|certified)[ \t]*+)\("
)
# One name of a list: up to four words, each capitalised or a figure ('Unity Gaming Services', 'ICH Q2(R1)',
# '21 CFR Part 11', 'PSS/E', 'G99'), after which the list goes on (', ', ' or ', ' and ', '/') or ends.
LISTED_NAME = regexes.compile(
    r"(?P<name>(?:\p{Lu}|\d)[\p{L}\d+#&./-]*+(?:\([\p{L}\d]{1,4}\))?"
    r"(?:[ ](?:\p{Lu}|\d)[\p{L}\d+#&./-]*+(?:\([\p{L}\d]{1,4}\))?){0,3})"
    r"(?P<next>[ \t]*+,[ \t]*+(?:(?:and|or)[ \t]++)?|[ \t]++(?:and|or|ou|et|o|y|e|of|en|och|eller)[ \t]++|/)?"
)
MAX_LISTED_NAMES = 6
QUALIFICATION_BEFORE = regexes.compile(r"(?i)\b(?:qualifications?|licen[cs]es?|degrees?|diplomas?)\b[^,;.]*$")
QUALIFICATION_REACH = 40


def distinctive(name: str) -> bool:
    """A product's or a standard's name by its shape, not an everyday word: a capital inside a word
    ('PlayFab', 'DIgSILENT'), a word in capitals ('IPSA', 'LIMS', 'ISO 22000'), or letters and figures in
    one word ('G99', 'Q2(R1)'); not a grade ('Level 3 Award', 'Chapter 8') or a number."""
    return any(
        (any(c.isdigit() for c in word) and any(c.isalpha() for c in word))
        or (sum(c.isalpha() for c in word) >= 2 and word.isupper())
        or any(c.isupper() for c in word[1:])
        for word in name.split()
    )


OBJECT_CUE = regexes.compile(r"(?i:experience|familiar|proficien|hands-on)")
ACRONYMS_ONLY = regexes.compile(r"[\p{Lu}\d]++(?:[/&-][\p{Lu}\d]++)*+")


def product_shaped(name: str) -> bool:
    """A name after what a requirement works with ('experience with ...') is a product's when its shape
    says so beyond capitals: a capital inside a word ('DiagnosticLink'), letters with figures ('SLE6000'),
    or a name with an acronym ('Manhattan WMS', 'Opera PMS'); not acronyms alone, which are as often a
    field of work ('CI/CD', 'UI/UX', 'RAG'), nor a word made an adjective ('LLM-based')."""
    if ACRONYMS_ONLY.fullmatch(name) or name.lower().endswith(("-based", "-driven", "-related")):
        return False
    words = name.split()
    mixed = any(any(c.isupper() for c in w[1:]) and any(c.islower() for c in w) for w in words)
    figures = any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words)
    return mixed or figures or (len(words) >= 2 and any(w.isupper() and len(w) >= 2 for w in words))


# The cues after which a name needs no shape beyond its capital: what a requirement works with ('Experience
# with Yardi'), or examples of it ('Experience with a GRC tool such as Archer', 'Hands-on experience of library
# systems, e.g. Spydus or Koha'); not 'proficient in' (a language: 'proficient in English'), a certification
# ('Certified Payroll Professional'), 'like' (chrome: 'Like  Reply') nor examples of a field ('Experience in
# tools such as Workflow, Reporting and Planning').
EXAMPLE_CUE = regexes.compile(r"(?i)such as|e\.g\.|i\.e\.|including")
TOOL_OBJECT = regexes.compile(r"(?i)\b(?:experience (?:with|using|of)|familiar(?:ity)? with|hands-on|knowledge of)\b")
# What follows a kind of thing, not one product ('Version Control Software such as Git'), or a word that
# goes on past an apostrophe ('Archivists' Toolkit', cut short).
KIND_AFTER = regexes.compile(r"[ \t]*+(?:such as|like|e\.g\.|\(e\.g\.)|['’]")
PLAIN_NAME_ENDINGS = ("-based", "-driven", "-related")


COMPOUND_NOUN = regexes.compile(r"-\p{Ll}[\p{Ll}-]*$")
TOOL_CUE_END = regexes.compile(r"[ \t]*+:?[ \t]*+(?=\p{Lu}|\d)")  # a name, capitalised, right after a tool cue


def names_tools(cue: regex.Match[str], text: str, object_cue: bool) -> bool:
    """Whether the names after the cue are what the requirement works with (an OBJECT_CUE but 'proficient
    in'), or examples of it."""
    said = cue.group()
    if object_cue:
        return not said.lower().startswith("proficien")
    return EXAMPLE_CUE.match(said) is not None and TOOL_OBJECT.search(text, 0, cue.start()) is not None


def plain_name(name: str, text: str, end: int, rules: Rules) -> bool:
    """A capitalised name without a product's shape ('Yardi', 'Rain Bird', 'Jack Henry Symitar') named as
    what the requirement works with: some letter in lower case (a run of capitals is as often a field of
    work, 'CI/CD', 'RAG'), no person ('Certified Payroll Manager': a title word last) and no kind of thing."""
    if not any(character.islower() for character in name) or name.lower().endswith(PLAIN_NAME_ENDINGS):
        return False
    return name.split()[-1] not in rules.title_words and not KIND_AFTER.match(text, end)


def listed_names(texts: Iterable[str], rules: Rules) -> list[str]:
    """Names a requirement lists after a cue ('such as', 'e.g.', 'including', a certification's bracket)
    that no vocabulary holds, where their shape says they are names, or where the cue names what the
    requirement works with: the tools and standards of trades no list can cover."""
    found: list[str] = []
    for text in texts:
        # the English cues, then the language packs' tool_cues ('experiencia con', 'kennis van'): words of
        # languages that write their nouns in lower case, so that a capital after them starts a name
        cues = [(cue, cue.end(), False) for cue in NAMES_CUE.finditer(text)]
        for cue in rules.tool_cue_regex.finditer(text):
            name_start = TOOL_CUE_END.match(text, cue.end())
            if name_start is not None:
                cues.append((cue, name_start.end(), True))
        cues.sort(key=lambda entry: entry[0].start())
        for cue, position, tool_cue in cues:
            if QUALIFICATION_BEFORE.search(text, max(0, cue.start() - QUALIFICATION_REACH), cue.start()):
                continue  # 'training qualification (e.g. PTLLS, ...)': a list of qualifications, not of skills
            object_cue = tool_cue or OBJECT_CUE.match(cue.group()) is not None
            plain_cue = tool_cue or names_tools(cue, text, object_cue)
            for _ in range(MAX_LISTED_NAMES):
                listed = LISTED_NAME.match(text, position)
                if listed is None:
                    break
                name = listed.group("name").rstrip(".")
                if tool_cue:  # a compound's common noun after a hyphen: 'Vestas 4 MW-plattformen', 'CO2-anlegg'
                    name = COMPOUND_NOUN.sub("", name)
                # (after 'experience with' only a product's shape: 'CI/CD', 'RAG' are fields of work)
                shaped = (product_shaped(name) if object_cue else True) and distinctive(name)
                plain = plain_cue and not shaped and plain_name(name, text, listed.end("name"), rules)
                if (shaped or plain) and name.lower() not in rules.not_skill_words:
                    found.append(name)
                if not listed.group("next"):
                    break
                position = listed.end()
    return found


# A name that a requirement compares with others of its kind: 'Sidekiq or similar', 'Zendesk or a similar
# tool', 'Twilio or another SMS provider', 'Generix ou équivalent' (not 'Degree or equivalent': in English
# 'equivalent' follows qualifications). The name is the run of capitalised words before it.
KIND_WORDS = (
    r"(?:similar|another|comparable|similaire|similares|équivalent|equivalente|vergleichbar|vergelijkbaar|liknande"
    r"|podobny)"
)
KIND_AFTER_A_NAME = regexes.compile(r"[ ](?:or|o|ou|oder|of|eller|lub)[ ](?:an?[ ]|un[ ]|une[ ])?" + KIND_WORDS + r"\b")
NAME_BEFORE_KIND = regexes.compile(  # (searched back from each KIND_AFTER_A_NAME: the kind's words are rare)
    r"(?<![\p{L}\d+#&./-]|\p{Lu}[\p{L}\d+#&./-]*+[ ])"
    r"(?P<name>\p{Lu}[\p{L}\d+#&./-]*+(?:[ ]\p{Lu}[\p{L}\d+#&./-]*+){0,3})$"
)
KIND_WORD = regexes.compile(KIND_WORDS)
MAX_NAME_BEFORE_KIND = 120


def names_before_a_kind(texts: Iterable[str], rules: Rules) -> list[str]:
    """Names that a requirement compares with others of their kind (NAME_BEFORE_KIND), past the rules'
    not_skills, a job's name and a qualification's words."""
    found = []
    for text in texts:
        if KIND_WORD.search(text) is None:
            continue
        for kind in KIND_AFTER_A_NAME.finditer(text):
            match = NAME_BEFORE_KIND.search(text, max(0, kind.start() - MAX_NAME_BEFORE_KIND), kind.start())
            if match is None:
                continue
            name = match.group("name").rstrip(".")
            words = name.split()
            reach = max(text.rfind("\n", 0, match.start()) + 1, match.start() - QUALIFICATION_REACH * 2)
            if (
                name.lower() in rules.not_skill_words
                or words[-1] in rules.title_words
                or QUALIFICATION_WORDS.search(name)
                or QUALIFICATION_WORDS.search(text, reach, match.start())
            ):
                continue  # a degree or a course, compared with its equals: 'Grado en Matemáticas o similar'
            found.append(name)
    return found


QUALIFICATION_WORDS = regexes.compile(
    r"(?i)\b(?:degree|diploma|bachelor|master|science|studies|qualification|course|bac\b|bts\b|grado|licenciatura"
    r"|t[ií]tulo|titulaci[oó]n|curso|formaci[oó]n|titulaire|dipl[oô]m|weiterbildung|ausbildung|studium|abschluss"
    r"|opleiding)"
)


# A product's name written with a capital inside a word after lower-case letters ('memoQ', 'ArchivesSpace',
# 'KoboToolbox', 'OxyGuard'), optionally with a version ('grandMA3'): a shape no everyday word has.
CAMEL_NAME = regexes.compile(
    r"(?<![\p{L}\d.@/#-])\p{Latin}*\p{Ll}\p{Lu}[\p{Latin}\d]*+(?![\p{L}\d@/.-]*[\p{L}\d])"
)
MIN_CAMEL_NAME = 4
GLUED_TO_A_NAME = regexes.compile(r"(\p{Lu}\p{Ll}{2,})(?=\p{Lu}\p{Ll}{3,}$)")  # 'Excel|Forklift'

# A lower-case letter then a capital, which every match of CAMEL_NAME holds: a text without one is not
# scanned (CAMEL_NAME tries its look-behind at every character; this pair costs a fifth of it)
LOWER_THEN_CAPITAL = regexes.compile(r"\p{Ll}\p{Lu}")


def camel_names(texts: Iterable[str], rules: Rules) -> list[str]:
    """Words of the requirements that CAMEL_NAME shapes as products' names, past the rules' not_skills."""
    found = []
    for text in texts:
        if LOWER_THEN_CAPITAL.search(text) is None:
            continue
        for match in CAMEL_NAME.finditer(text):
            name = match.group()
            glued = GLUED_TO_A_NAME.match(name)
            known = glued.group(1) if glued is not None and name.lower() not in rules.skill_names else ""
            if known and (known in rules.skill_names or known.lower() in rules.skill_names):
                found.append(known)  # a known name glued to the next word in a dump: 'ExcelForklift' is 'Excel'
                continue
            if len(name) >= MIN_CAMEL_NAME and name.lower() not in rules.not_skill_words:
                found.append(name)
    return found


# A standard named by its body and number: 'ISO 15189', 'IATF 16949', 'EN 50128', 'NR-10', 'NZS 3910',
# 'BS 7671', 'AS/NZS 3000', 'IEC 62304' (the bodies that write the standards postings ask for).
STANDARD = regexes.compile(
    r"\b(?<![/-])(?:ISO(?:/IEC)?|IEC|EN|IATF|NR|AS/NZS|AS|NZS|BS|DIN|IEEE|IPC|ASME|ANSI|ASTM|NFPA)"
    r"(?:[ ]|-(?=\d))\d{1,5}(?:[-:.]\d{1,4})*(?![\p{L}\p{N}])"
)


DIGIT = regexes.compile(r"\d")  # (a standard has a number: a text without one is not searched)


def standard_names(texts: Iterable[str]) -> list[str]:
    """The standards the requirements name, as written."""
    return [match.group() for text in texts if DIGIT.search(text) for match in STANDARD.finditer(text)]


def line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


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
