"""Names: the job's title, the employer's name and the team the hire joins."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import regex

from . import regexes
from .features import LEGAL_FORM, has_title_word, header_lines, menu_spans
from .formats.countries import country_code, region_country
from .literals import first_characters, may_match, prefilter_text
from .logistics import (
    META_SEPARATOR,
    PLACE_THEN_ARRANGEMENT,
    address_line,
    bare_place,
    employer_and_place,
    employment_type,
    legal_employer_and_place,
    lines_holding,
    organisation_and_place,
    organisation_name,
    place_line,
)
from .rules import Rules, alternation, heading_key, is_chrome
from .values import fold

MAX_TITLE_WORDS = 16
TITLE_LINES = 12  # opening lines searched for the title
# Starts only where a run of spaces starts: retrying inside a long run is quadratic.
# (a middle dot before a lower-case letter writes both genders: 'Chargé·e de relations donateurs·rices')
TITLE_PART_SEPARATOR = regexes.compile(r"(?<![ \t])[ \t]*+(?:[|•／｜◆]|·(?!\p{Ll}))[ \t]*+")
MAX_HEADER_LINE = 300
MAX_REPEATED_TITLE_WORDS = 5
TITLE_JOINERS = ("of", "and", "for", "in", "the", "to", "&", "-", "–", "—", "/", "at")
# the particles that join a title's words in the languages jobx reads: 'Analista de Datos y Calidad'
TITLE_PARTICLES = ("de", "del", "della", "di", "da", "do", "dos", "du", "des", "y", "e", "et", "und", "für", "en")
WORD_AFTER = regexes.compile(r"[ ]([\w-]+)")
SENTENCE_INSIDE = regexes.compile(r"[.!?]\s")


def header_text_lines(text: str) -> list[str]:
    """The first TITLE_LINES lines of a header that hold text, their white space collapsed: a row of links
    parted into lines, a cookie banner and blank lines may stand above the title (find_title and
    company_line read the same lines)."""
    written = [" ".join(line.split()) for _, line in header_lines(text, TITLE_LINES * 3, MAX_HEADER_LINE)]
    return [line for line in written if line][:TITLE_LINES]


def find_title(opening: str, first_sentence: str | None, prose: str, rules: Rules, page: str = "") -> str | None:
    """The first of the posting's opening lines (past page chrome), or an overview's opening, that reads like
    a job title (short, no sentence inside, a title word such as Engineer; of a 'Title | Company | Place'
    header, the part with the title word); else a title stated in prose ("hiring a ...")."""
    announced = title_after_cue(page or opening, rules)  # (a heading may end the opening before the cue)
    if announced:
        return announced
    rated = rated_header(opening, rules) or dump_header(opening, rules, page=page)
    if rated:
        return rated[0]
    labelled = JOB_POST_LABEL.search(opening) if "job post" in opening else None
    if labelled is not None and len(labelled.group("title").split()) <= MAX_TITLE_WORDS:
        # a board's label for screen readers: 'Boilermaker (Red Seal) - job post'
        return labelled.group("title").rstrip(" -–")
    # (on the first line, or a later one under the page's links: normalising parts a scrape's glued menu into lines)
    crumb = next(filter(None, map(repeated_crumb, opening.lstrip().split("\n", TITLE_LINES)[:TITLE_LINES])), None)
    if crumb:
        return crumb  # "Registered Nurse - Med/Surg (Nights) Saint Adela Community Hospital 4.1 out of 5 stars"
    written = header_text_lines(opening)
    lines = [LEADING_SYMBOLS.sub("", undecorated(line)) for line in written]
    tagged = {line for line, original in zip(lines, written, strict=True) if TAG_BEFORE.match(original)}
    lines = [line for line in lines if line and not is_chrome(line, rules)]
    lines, trails = past_breadcrumbs(lines)
    crumbs = [crumb for crumb, _ in trails]
    for crumb, after in trails:
        if crumb == line_under_crumbs(lines, after):
            # the page repeats its last crumb as its heading: its title, however it is cased (not a place
            # the last crumb names that a line further down repeats, 'Horeca > Utrecht')
            return without_terms(crumb, rules)
    for candidate in (*lines, first_sentence or "", *crumbs):
        stated = stated_in_line(candidate, rules)
        if stated:
            return stated  # "Nocturne Labs is hiring: Machine Learning Engineer"
        parts = [part for part in TITLE_PART_SEPARATOR.split(candidate) if names_a_job(part, rules)]
        if candidate in tagged and not parts:  # a tagged header: '【正社員】社内SE（情報システム担当）／...'
            return without_terms(TITLE_PART_SEPARATOR.split(candidate)[0].strip(), rules) or None
        candidate = (parts[0] if parts else candidate).strip().rstrip(".")
        before, colon, after = candidate.partition(": ")
        if colon and names_a_job(after, rules) and not names_a_job(before, rules):
            candidate = after.strip()  # 'Job of the week: Head of Membership & Ticketing', 'Vacancy: Staff Nurse'
        words = candidate.split()
        if not words or len(words) > MAX_TITLE_WORDS or not candidate.lstrip("(")[:1].isupper():
            continue
        if candidate.endswith((":", ",", ";")) or SENTENCE_INSIDE.search(candidate):
            continue
        lower_words = [w for w in words if w[0].islower() and w not in TITLE_JOINERS and w not in TITLE_PARTICLES]
        gendered = GENDER_PAIR.match(candidate) is not None  # 'Camarero/a de sala': words in lower case follow
        if names_a_job(candidate, rules) and (gendered or len(lower_words) <= len(words) // 4):
            return without_terms(candidate, rules)  # a title is mostly capitalised words; a sentence is not
    above_terms = line_above_terms(lines, rules)
    if above_terms is not None:
        return above_terms
    named_again = title_named_again(opening, prose, rules, page)  # a scrape's header: before a guess from prose
    if named_again is not None:
        return named_again
    after_crumbs = title_after_crumbs(opening, rules, page or opening)
    if after_crumbs is not None and names_a_job(after_crumbs, rules):
        return after_crumbs
    lowered = prefilter_text(prose)
    patterns = zip(rules.title_regexes, rules.title_literals, strict=True)
    matches = [m for m in (p.search(prose) for p, groups in patterns if may_match(groups, lowered)) if m is not None]
    if matches:
        return min(matches, key=lambda m: m.start()).group("value")
    # (a title under the crumbs that no word the rules know names: after one that prose states)
    return after_crumbs or repeated_opening_line(lines, prose)


# A trail of breadcrumbs: 'Início > Vagas > Agronegócio > Três Pontas', 'Jobs › Gastronomie & Tourismus ›
# Koch/Köchin', 'トップ＞関東＞埼玉県'. (A '/' parts crumbs too, but also a title's words: 'Koch / Köchin'.)
CRUMB_SEPARATOR = regexes.compile(r"[ \t]*+[>›»＞][ \t]*+")
MAX_TRAIL_CRUMB_WORDS = 6  # a crumb of the trail: a category or a place ('Agriculture, Pêche, Aquaculture')
# Where a scrape glued two parts of a header: 'Palma de MallorcaCamarero/a de pisos', 'Temporada 2027Hoteles'
HEADER_GLUE = regexes.compile(r"(?<=[\p{Ll}\d]{2})(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2})(?=\p{Lu}{2})")
# A job named in both genders with a bracket: 'Técnico(a)', 'Operador(a)', 'Repositor(a)'
BRACKET_GENDER = regexes.compile(r"\p{Lu}\p{Ll}{2,}\(\p{Ll}{1,2}\)")
BACK_LINK = regexes.compile(r"[<←‹«][ \t]")  # '< Terug naar zoekresultaten', '← Back to all jobs'
BACK_ARROW = regexes.compile(r"[←‹«][ \t]")  # (in a line of its own text: '<' may be a comparison)
HEADER_PART_END = regexes.compile(r"[ \t]+[·|•][ \t]+")  # 'Palma de Mallorca · Presencial', 'Remote | Full-time'
MAX_REPEATED_CRUMB_WORDS = 8
MIN_NAMED_WORD = 4  # letters of an employer's first word that the page names again on its own
MENU_SEPARATOR = regexes.compile(r"[ \t][|｜·•][ \t]")
MIN_MENU_SEPARATORS = 2


CUE_TITLE = regexes.compile(
    r"[ \t]*+(?:[-–—:|·][ \t]*+)?(?P<title>\p{Lu}{2}[\p{Lu}\d&/'’.-]*+(?:[ ]++[\p{Lu}\d&/'’.-]++(?!\p{Ll}))*+"
    r"(?:[ ]\([^()\n]{1,60}\))?)"  # and a bracket after it: its specialism, or the posts that tidy_title drops
)
MAX_CUE_HEADER = 400  # the characters of the header where a classified's cue announces its title


def title_after_cue(opening: str, rules: Rules) -> str | None:
    """The title in capitals that a classified's cue announces in its header, up to a word in lower case or a
    bracket: 'VACANCY – POWER STATION OPERATOR (2 POSITIONS)', 'Report ad VACANCYHEAVY EQUIPMENT OPERATORS (2
    POSITIONS) – FREEPORT', 'POSITION VACANT – SHIPPING & CUSTOMS CLERK Melanesia Freight ...'."""
    header = opening.lstrip()
    for cue in rules.vacancy_cue_regex.finditer(header, 0, MAX_CUE_HEADER):
        run = CUE_TITLE.match(header, cue.end())
        if run is None:
            continue
        title = run.group("title").rstrip(" &/'’.-")
        singular = " ".join(word.removesuffix("S") for word in title.split())  # 'HEAVY EQUIPMENT OPERATORS'
        if len(title.split()) <= MAX_TITLE_WORDS and (names_a_job(title, rules) or names_a_job(singular, rules)):
            return without_terms(title, rules)
    return None


def title_after_crumbs(opening: str, rules: Rules, page: str) -> str | None:
    """The title a page writes right after its trail of breadcrumbs, where no word the rules know names it:
    the last crumb repeated as the page's heading, however cased ('Vacancies › Pearl Farm TechnicianPEARL
    FARM TECHNICIAN (2 POSITIONS)'); the line under a trail that its last crumb ends ('Home > Vacatures >
    Horeca > Utrecht' over 'Zelfstandig werkend kok'); else, on the trail's line, the words from the first
    that names a job ('... > Três Pontas Operador(a) de Colhedora de Café – Safra 2027Fazenda ...'). Up to
    the employer's name with its legal form, glue, or the next part of the header."""
    lines = opening.lstrip().split("\n", TITLE_LINES * 3)[: TITLE_LINES * 3]
    for index, line in enumerate(lines):
        line = line[: MAX_HEADER_LINE * 2]  # (a scrape's header run into one line with its text)
        separators = list(CRUMB_SEPARATOR.finditer(line, 0, MAX_HEADER_LINE))
        back = BACK_ARROW.search(line, 0, MAX_HEADER_LINE) if len(separators) < MIN_CRUMBS - 1 else None
        if back is not None:
            # a back link run into the header ('← Ver todas as vagas Técnico(a) em Segurança do TrabalhoRondonópolis
            # - MT'): the title from the first word after it that names a job, up to glue or the employer
            pieces = [piece for piece in HEADER_GLUE.split(line[back.end() :]) if piece.strip()]
            words = pieces[0].split() if pieces else []
            start = job_word_index(words, rules)
            if start is not None and start <= MAX_TRAIL_CRUMB_WORDS:
                return header_part(" ".join(words[start:]), rules, page)
            continue
        if len(separators) < MIN_CRUMBS - 1:
            continue
        crumbs = [line[a.end() : b.start()] for a, b in zip(separators, separators[1:], strict=False)]
        if any(len(crumb.split()) > MAX_TRAIL_CRUMB_WORDS for crumb in crumbs):
            continue
        rest = " ".join(line[separators[-1].end() :].split())
        below = [
            " ".join(following.split())
            for following in lines[index + 1 : index + 1 + TITLE_LINES]
            if following.strip() and not link_line(following) and not is_chrome(following.strip(), rules)
        ]
        repeated = repeated_heading(" ".join([rest, *below[:1]]))
        if repeated:
            return repeated
        pieces = [piece.strip() for piece in HEADER_GLUE.split(rest) if piece.strip()]
        if len(pieces) == 1 and len(rest.split()) <= MAX_TRAIL_CRUMB_WORDS:
            return header_part(below[0], rules, page) if below else None  # the last crumb ends the trail's line
        if len(pieces) > 1 and len(pieces[0].split()) <= MAX_TRAIL_CRUMB_WORDS and not job_word_at(pieces[0], rules):
            return header_part(" ".join(pieces[1:2]), rules, page)  # 'Palma de Mallorca|Camarero/a de pisos ...'
        words = pieces[0].split() if pieces else []
        start = job_word_index(words, rules)
        return header_part(" ".join(words[start:]), rules, page) if start is not None else None
    return None


def job_word_index(words: list[str], rules: Rules) -> int | None:
    """The first word after the first that names a job: where a title starts after a crumb or a back link's
    words ('Três Pontas Operador(a) de Colhedora de Café' -> 2)."""
    return next((n for n in range(1, len(words)) if job_word_at(words[n], rules)), None)


def named_firm_start(text: str, start: int, end: int, page: str) -> int:
    """Where the employer's name with its legal form at text[start:end] starts: at the first of its words
    from which the page names it again ('Segurança do Trabalho Metalúrgica Serra Azul Ltda.' is 'Metalúrgica
    Serra Azul Ltda.' where the page writes 'Metalúrgica Serra Azul' again), else where it was found."""
    form = LEGAL_FORM_AFTER.search(text, start, end)
    words = text[start : form.start() if form is not None else end].split()
    offset = lambda index: start + len(" ".join(words[:index])) + (1 if index else 0)  # noqa: E731
    for index in range(len(words)):
        if words[index][:1].isupper() and page.count(" ".join(words[index:])) > 1:
            return offset(index)
    # else the first words of it that the page names again, as words: 'Hunterline' of 'Bulk Materials Handling
    # Hunterline Conveyor Systems Pty Ltd' ('Hunterline designs, fabricates and ...')
    for index in range(len(words)):
        if len(words[index]) >= MIN_NAMED_WORD and words[index][:1].isupper():
            if written_again(words[index], page):
                return offset(index)
    return start


def job_word_at(text: str, rules: Rules) -> bool:
    """Whether the text's first word names a job: a title word, or a job in both genders."""
    word = text.split(" ", 1)[0]
    return has_title_word(word, rules) or BRACKET_GENDER.fullmatch(word) is not None or (
        GENDER_PAIR.match(text) is not None
    )


def repeated_heading(text: str) -> str | None:
    """A run of words written twice in a row, however cased and glued: the second, the page's heading
    ('Pearl Farm TechnicianPEARL FARM TECHNICIAN (2 POSITIONS)' -> 'PEARL FARM TECHNICIAN')."""
    words = HEADER_GLUE.sub(" ", text).split()
    folded = [word.casefold() for word in words]
    for count in range(MAX_REPEATED_CRUMB_WORDS, 0, -1):
        # (the first may carry a place or terms the second leaves out: 'Chef de culture ... - Agadir (Maroc)')
        for at in range(count, min(len(words) - count, count + MAX_TRAIL_CRUMB_WORDS) + 1):
            if folded[:count] == folded[at : at + count]:
                repeat = " ".join(words[at : at + count])
                return repeat if repeat[:1].isupper() and (count > 1 or len(repeat) > 3) else None
    return None


def header_part(text: str, rules: Rules, page: str) -> str | None:
    """The title at the start of a header's text: up to the employer's name with its legal form, glue, or
    the next part ('Koch / Köchin (m/w/d) – Ganzjahresstelle, 5-Tage-WocheLandgasthof Moosbauer GmbH'),
    if it reads as one (short, capitalised, no sentence, no label, not page chrome). The employer's name
    is the longest run of its last words that the page names again: the capitalised words before it may
    be the title's ('Técnico(a) de Segurança do Trabalho Metalúrgica Serra Azul Ltda.')."""
    end = len(text)
    for cut in (HEADER_GLUE.search(text), HEADER_PART_END.search(text), LEGAL_FORM_AFTER.search(text)):
        if cut is not None and cut.start() > 0:
            end = min(end, cut.start())
    firm = firm_in_header(text, rules, len(text))
    if firm is not None and firm[0] > 0:
        end = min(end, named_firm_start(text, *firm, page))
    title = text[:end].strip(" -–|·,")
    words = title.split()
    if (
        not words
        or (firm is not None and firm[0] == 0)  # the employer's line: 'Harbour Hotels Ltd
        or len(words) > MAX_TITLE_WORDS
        or not (title[:1].isupper() or caseless_letter(title[:1]))
        or SENTENCE_INSIDE.search(title)
        or ": " in title
        or is_chrome(title, rules)
    ):
        return None
    return without_terms(title, rules)


# A board's label after the title for screen readers (Indeed): 'Find jobs Boilermaker (Red Seal) - job post', or
# with no dash ('... Executive - International Voice (US Healthcare) job post'); the
# title is the run of capitalised words before it.
JOB_POST_LABEL = regexes.compile(
    r"(?P<title>\p{Lu}[\p{L}\p{N}&/'’.+-]*+(?:[ ](?:[\p{Lu}\p{N}(][\p{L}\p{N}&/'’.+)(-]*+|of|and|for|in|the|&|[-–]))*)"
    r"(?:[ ][-–])?[ ]job post\b"
)


# A header's run of capitalised words, glue parting a word ('Sign InSenior Data Engineer'), as a title's words
# (joined by 'of', '&', ...); where the header's prose starts (four words in lower case in a row).
CAPITALISED_WORD = regexes.compile(r"\p{Lu}[\p{L}\p{N}'’/+.-]*?(?=\p{Lu}\p{Ll}|[^\p{L}\p{N}'’/+.-]|$)")
LOWER_CASE_RUN = regexes.compile(r"(?:\b\p{Ll}+[ ]){3}\p{Ll}+\b")
MAX_NAMED_AGAIN_HEADER = 400  # the characters of a scrape's header that may hold its title


def title_named_again(opening: str, prose: str, rules: Rules, page: str = "") -> str | None:
    """The title of a scrape that runs its header into one line, chrome around the title, where no other
    reading found one: the earliest run of capitalised words in the header, ending in a title word, that
    the text names again ('... Try Premium Easy Apply Save Live Ops Producer at Fernbrook Games ...' and
    'As Live Ops Producer, you'll'). Of the runs ending in that word, the longest named again; chrome may
    stand before it, another job may not ('Assistant Store Manager' is not the 'Store Manager' it names),
    and one word counts only when it stands alone. Not an organisation's name ('Critter Guard of ...')."""
    first = opening.lstrip().split("\n", 1)[0]
    if len(first) < MIN_DUMP_LINE:
        return None
    header = first[:MAX_NAMED_AGAIN_HEADER]
    prose_starts = LOWER_CASE_RUN.search(header)
    header = header[: prose_starts.start()] if prose_starts else header
    lowered = " ".join(prose.casefold().split())
    runs: list[list[tuple[int, int]]] = []
    for match in CAPITALISED_WORD.finditer(header):
        last = runs[-1][-1] if runs else None
        gap = header[last[1] : match.start()] if last else None
        joined = gap is not None and (gap in ("", " ") or (gap[:1] == gap[-1:] == " " and gap.strip() in TITLE_JOINERS))
        if joined and runs:
            runs[-1].append(match.span())
        else:
            runs.append([match.span()])
    for run in runs:
        words = [header[start:end] for start, end in run]
        for last, word in enumerate(words):
            if word not in rules.title_words or header.startswith((" of ", " de "), run[last][1]):
                continue
            other_job = max((n for n in range(last) if words[n] in rules.title_words), default=last)
            for start in range(other_job + 1):
                if start == last and len(run) > 1:
                    break
                phrase = " ".join(header[run[start][0] : run[last][1]].split())
                key = phrase.casefold()
                at = lowered.find(key)
                if at != -1 and lowered.find(key, at + len(key)) != -1:
                    return phrase + specialism_before_firm(header[run[last][1] :], rules, page)
    return None


MAX_SPECIALISM_WORDS = 5


def specialism_before_firm(rest: str, rules: Rules, page: str) -> str:
    """The specialism a dash adds to a header's title before the employer's name with its legal form: ' –
    Bulk Materials Handling' of 'Mechanical Engineer – Bulk Materials Handling Hunterline Conveyor Systems Pty
    Ltd' where the page names 'Hunterline' again; '' where none stands there."""
    dash = SPACED_DASH.match(rest)
    firm = firm_in_header(rest, rules, MAX_DUMP_HEADER) if dash is not None and page else None
    if firm is None:
        return ""
    start = named_firm_start(rest, *firm, page)
    words = rest[dash.end() : start].split()
    if not 0 < len(words) <= MAX_SPECIALISM_WORDS or not all(w[:1].isupper() or w in TITLE_JOINERS for w in words):
        return ""
    return " " + " ".join(rest[:start].split())


# Parts of a line of terms: 'Bologna (BO) · Ibrido · Tempo determinato', 'Remote | Full-time'.
TERMS_SEPARATOR = regexes.compile(r"[ \t]*+[·•|][ \t]*+")
TERMS_TITLE_SENTENCE = regexes.compile(r"[.!?:]\s|[.:]$")  # a sentence or a label, not a title
TERMS_LINE_REACH = 2  # the title is the line above the terms, or above the employer's line above them


# A part of a line of terms that asks for years of experience: '3-4年经验', '1-3年', '5-10 yrs', '3~5년'.
EXPERIENCE_PART = regexes.compile(r"\d{1,2}[ ]?[-–~～][ ]?\d{1,2}[ ]?(?:年|년|yrs?|years)\p{L}{0,3}")
MIN_EXPERIENCE_TERMS = 3  # parts of a line whose years of experience make it a line of terms


def caseless_letter(character: str) -> bool:
    """A letter of a script without case (Chinese, Japanese, Korean), which may open a title."""
    return character.isalpha() and not character.isupper() and not character.islower()


def line_above_terms(lines: list[str], rules: Rules) -> str | None:
    """A header's title where no title word names the job: the capitalised line above a line of terms
    (parts apart by '·' or '|', one of them a kind of job or an arrangement), or above the employer's
    line that stands over them ('Liquidatore Sinistri Auto Junior – Bologna' / 'Mutua Collina S.p.A.' /
    'Bologna (BO) · Ibrido · Tempo determinato')."""
    for index, line in enumerate(lines):
        parts = TERMS_SEPARATOR.split(line)
        if len(parts) < 2 or not any(
            rules.employment_regex.fullmatch(part.strip())
            or rules.arrangement_regex.match(part.strip())
            or (len(parts) >= MIN_EXPERIENCE_TERMS and EXPERIENCE_PART.fullmatch(part.strip()))
            for part in parts
        ):
            continue
        for candidate in lines[max(0, index - TERMS_LINE_REACH) : index]:
            words = candidate.split()
            if (
                words
                and len(words) <= MAX_TITLE_WORDS
                and (candidate[:1].isupper() or caseless_letter(candidate[:1]))
                and not TERMS_SEPARATOR.search(candidate)
                and not TERMS_TITLE_SENTENCE.search(candidate)
                and not LEGAL_FORM.search(candidate)
            ):
                return without_terms(candidate, rules)
        return None
    return None


# Symbols before a header's words: "🦉 Nocturne Labs ...", "📣 Barista".
LEADING_SYMBOLS = regexes.compile(r"^[^\p{L}\p{N}(【\[]++[ \t]*+")
# A header opening on a bracketed tag ('【正社員】', '[Remote]'): the decoration of a title line.
TAG_BEFORE = regexes.compile(r"^(?:\[[^\]\n]{1,40}\]|【[^】\n]{1,40}】)")


# A job named in both genders, as postings in gendered languages write it: 'Sviluppatore/Sviluppatrice',
# 'Préparateur / Préparatrice', 'Técnico/a', 'Dependiente/a', 'Lehrer/in', 'Chargé·e' (as '(m/w/d)' does).
GENDER_PAIR = regexes.compile(
    r"(?<![\p{L}/])(?P<stem>\p{Lu}\p{Ll}{3,})\p{Ll}*+[ ]?/[ ]?(?P=stem)\p{Ll}*+(?![\p{L}/])"
    r"|(?<![\p{L}/])\p{Lu}\p{Ll}{2,}(?:/\p{Ll}{1,2}|·\p{Ll}{1,4})(?![\p{L}/])"
)


# Pay or hours in a title's bracket or in its part after a dash: '- up to £48k', '– $21/hr', '- 20 h semanales'
PAY_OR_HOURS = regexes.compile(
    r"\p{Sc}[ ]?\d|\d[\d.,]*+[ ]?(?:[kK]|h|hrs?|hours|uur|Std\.?|horas)\b|(?i:up[ ]to|from)[ ]\p{Sc}?\d"
)


TRAILING_BRACKET = regexes.compile(r"[ \t]*+[(（](?P<inside>[^()（）\n]{1,40})[)）]$")
# Years of experience in a title's bracket: '(경력 5년 이상)', '(3~7년)', '(5+ years)', '（経験3年以上）'.
YEARS_ASKED = regexes.compile(r"\d{1,2}[ ]?(?:[-–~～][ ]?\d{1,2}[ ]?)?\+?[ ]?(?:년|年|yrs?\b|years?\b)")


def without_terms(title: str, rules: Rules) -> str:
    """A title without a bracket of terms after it, which says how the job is held, not what it is:
    'Accounts Payable Specialist (12-month contract)', 'Barista (Part-time)', 'Designer (Remote)'."""
    match = TRAILING_BRACKET.search(title, max(0, len(title) - 45))
    if match is None or match.start() == 0:
        return title
    inside = match.group("inside")
    if (
        employment_type(inside, rules)
        or rules.arrangement_regex.match(inside)
        or PAY_OR_HOURS.search(inside)
        or YEARS_ASKED.search(inside)
    ):
        return title[: match.start()]  # ... or its hours or pay: 'Doktersassistent (24–32 uur)'
    return title


# A bracket after a title that counts the posts or gives the pay grade: '(2 positions)', '(2 POSTS)', '(Grade 32)' (an
# NHS band stays: 'Staff Nurse (Band 5)' is how the service names the job)
POSTS_OR_GRADE = regexes.compile(
    r"(?i)\d{1,3}[ ](?:positions?|posts?|vacanc(?:y|ies)|openings?|slots?)|(?:pay[ ])?grade[ ]\w{1,4}"
)


# ... or the count after a dash: 'QUALITY CONTROL INSPECTOR (SURGICAL & DENTAL) - 02 POSTS'
DASHED_POSTS = regexes.compile(r"(?i)[ ]*+[-–—][ ]*+\d{1,3}[ ](?:positions?|posts?|vacanc(?:y|ies)|openings?)$")


def tidy_title(title: str | None) -> str | None:
    """The title without a bracket that counts its posts or gives its grade, and without a bracket left open where
    a part was cut from it ('Tandartsassistent (24' of 'Tandartsassistent (24 – 32 uur) – Terneuzen')."""
    if not title:
        return title
    match = TRAILING_BRACKET.search(title, max(0, len(title) - 45))
    if match is not None and match.start() > 0 and POSTS_OR_GRADE.fullmatch(match.group("inside").strip()):
        title = title[: match.start()]
    title = DASHED_POSTS.sub("", title)
    opened = max(title.rfind("("), title.rfind("（"))
    if opened > 0 and opened > max(title.rfind(")"), title.rfind("）")):
        title = title[:opened]
    return title.rstrip(" \t-–—|·,") or None


def names_a_job(text: str, rules: Rules) -> bool:
    """A title word in the text, also in capitals ('FORKLIFT OPERATOR - 2ND SHIFT'), or a job named in both
    genders ('Técnico/a de Mantenimiento')."""
    if has_title_word(text, rules) or (text.isupper() and has_title_word(text.title(), rules)):
        return True
    return GENDER_PAIR.search(text, 0, MAX_HEADER_LINE) is not None or compound_title_word(text, rules)


MIN_TITLE_TAIL = 5  # letters of a title word ending a compound: 'Physio|therapist', 'Software|entwickler'
TITLE_TAILS_CACHE: dict[int, tuple[object, frozenset[str]]] = {}  # id(rules.raw) -> (rules.raw, the tails)


def compound_title_word(text: str, rules: Rules) -> bool:
    """A capitalised word that ends in a title word of five letters or more: 'Physiotherapist',
    'Caseworker', 'Softwareentwickler', 'Pflegefachkraft' (a compound the rules do not list)."""
    cached = TITLE_TAILS_CACHE.get(id(rules.raw))
    if cached is None or cached[0] is not rules.raw:
        tails = frozenset(word.lower() for word in rules.title_words if len(word) >= MIN_TITLE_TAIL)
        cached = (rules.raw, tails)
        TITLE_TAILS_CACHE[id(rules.raw)] = cached
    tails = cached[1]
    for word in text[:MAX_HEADER_LINE].split():
        word = word.strip("(),-–/:")
        if len(word) <= MIN_TITLE_TAIL or not word[:1].isupper():
            continue
        lowered = word.lower()
        if any(lowered[at:] in tails for at in range(1, len(lowered) - MIN_TITLE_TAIL + 1)):
            return True
    return False


def stated_in_line(line: str, rules: Rules) -> str | None:
    """The title a header line states in the words of the rules' title_patterns ("Acme is hiring: Data
    Engineer", "We're hiring a Welder"), when one of them matches the line."""
    if not line or len(line) > MAX_HEADER_LINE:
        return None
    lowered = prefilter_text(line)
    patterns = zip(rules.title_regexes, rules.title_literals, strict=True)
    for pattern, groups in patterns:
        if may_match(groups, lowered):
            match = pattern.search(line)
            # (a match opening the line counts when it is the whole line: 'Chef de projet logistique H/F')
            if match is not None and (match.start() > 0 or match.end() >= len(line.rstrip())):
                return match.group("value")
    return None


HEADING_SENTENCE = regexes.compile(r"[.!?:][ ]|[.!?:]$")


def heading_title(heading: str | None, rules: Rules) -> str | None:
    """A document's opening level-one heading as its title ('# システム保守', '# [IOT Engineer](...)'), when
    it is short, no section heading or chrome, and no sentence."""
    if not heading:
        return None
    title = undecorated(" ".join(heading.split()))
    title = title.split("◆", 1)[0].strip() or title  # '社内SE（情報システム担当）◆フレックス／...': its selling points
    if len(title.split()) > MAX_TITLE_WORDS or HEADING_SENTENCE.search(title):
        return None
    if rules.heading_kind(title) is not None or is_chrome(title, rules):
        return None
    return without_terms(title, rules)


def repeated_opening_line(lines: list[str], prose: str) -> str | None:
    """A short capitalised first line that the prose names again ("Senior Caretaker" ... "we are looking for
    a senior caretaker"): a title without a title word. Past the first line, the first part of a header line
    ('HR Generalist – 12 month FTC' ... 'We are looking for an HR Generalist to'), which the prose names as one
    job ('an HR Generalist'; not a place, 'in Uberlândia', nor a site, 'Job Bank')."""
    lowered = prose.lower()
    for number, whole in enumerate(lines):
        line = SPACED_DASH.split(whole)[0].strip()
        if number and (LEGAL_FORM.search(line) or any(character.isdigit() for character in line)):
            continue
        words = line.split()
        if not 1 <= len(words) <= MAX_REPEATED_TITLE_WORDS or line.endswith((":", "?", "!", ".")):
            continue
        if not all(word[:1].isupper() or word in TITLE_JOINERS for word in words):
            continue
        if len(words) == 1 and any(character.isupper() for character in line[1:]):
            continue  # a site's name, a capital inside it ('LinkedIn', 'ZipRecruiter'): no job is written so
        first = lowered.find(line.lower())
        if first == -1 or lowered.find(line.lower(), first + len(line)) == -1:
            continue
        if number == 0 or regex.search(rf"\b(?:{ONE_OF})[ ]{regex.escape(line.lower())}\b", lowered):
            tail = whole[len(line) :]
            plain_tail = not any(character.isdigit() for character in tail) and not TAIL_TERMS.search(tail)
            return whole if plain_tail and len(whole.split()) <= MAX_TITLE_WORDS else line
    return None


# A title's tail that states the job's terms or place, not its specialism: '– Contract', '- Remote', '(FTC)'
TAIL_TERMS = regexes.compile(
    r"(?i)\b(?:contract|permanent|temporary|temp|fixed[- ]term|FTC|part[- ]time|full[- ]time|remote|hybrid|on[- ]?site"
    r"|maternity|cover|locum|shift|nights?|days)\b"
)


# 'a' / 'an' in the languages jobx reads: how prose names one job ('an HR Generalist', 'um Técnico')
ONE_OF = "a|an|um|uma|un|une|una|uno|ein|eine|einen|een|en|ett"


# A header's decoration: "[São Paulo] Back-end Developer @ KAVAK", "【急募】Engineer".
DECORATION = regexes.compile(r"^(?:\[[^\]\n]{1,40}\]|【[^】\n]{1,40}】)[ \t]*+|[ \t]++@[ \t]++[^@\n]{1,60}$")


def undecorated(title: str) -> str:
    """A title line without a bracketed tag before it or '@ Company' after it."""
    return DECORATION.sub("", title).strip() or title


# A job board's rating after the employer's name, in a scrape that runs the header into one line:
# "Registered Nurse - Med/Surg (Nights) Saint Adela Community Hospital 4.1 out of 5 stars 1180 Riverbend Rd ...".
RATED_EMPLOYER = regexes.compile(
    r"(?P<name>\p{Lu}[\p{L}&'’.-]*+(?:[ ](?:of[ ]|&[ ]|and[ ])?\p{Lu}[\p{L}&'’.-]*+){0,5})"
    r"[ \t]++(?:\d\.\d){1,2}[ ]out[ ]of[ ]5[ ]stars\b"
)


def rated_header(opening: str, rules: Rules) -> tuple[str, str] | None:
    """(title, employer) of a header whose employer's name stands before a rating ('... 4.1 out of 5
    stars'): the title is what comes before the name, and names a job."""
    first = opening.lstrip()[:MAX_HEADER_LINE].split("\n", 1)[0]
    match = RATED_EMPLOYER.search(first)
    if match is None:
        return None
    words = match.group("name").split(" ")
    cut = max((n + 1 for n, word in enumerate(words) if word in rules.title_words), default=0)
    rest = opening.lstrip()[match.end() :]
    # the employer is the longest run of the name's last words that the text names again ("- Days Holloway
    # Health Centre 3.9 out of 5 stars ... Holloway Health Centre is a clinic"); after a title word, always
    cut = next((n for n in range(cut, len(words) - 1) if " ".join(words[n:]) in rest), cut)
    name = " ".join(words[cut:])  # "Staff Nurse Acme Health 4.0 out of 5 stars"
    title = (first[: match.start("name")] + " ".join(words[:cut])).strip(" -–|·")
    if not name or not title or not names_a_job(title, rules):
        return None
    return title, name


# An employer's name before its legal form, its words joined by a particle: 'Conservas Albarán del Cantábrico S.L.'
FIRM_NAME = regexes.compile(
    r"(?<![\p{L}\d&'’.-])\p{Lu}[\p{L}&'’-]*+"
    r"(?:[ ](?:(?:de|del|della|di|da|do|dos|du|des|von|van|der|y|e|i|et|und|en|och|og|and|of|&)[ ])?"
    r"\p{Lu}[\p{L}&'’-]*+){0,5}"
)
FIRM_NAME_BEFORE = regexes.compile(FIRM_NAME.pattern + r"$")
MAX_DUMP_HEADER = 200  # where a one-paragraph scrape's header names the employer, for its title
MAX_DUMP_PLACE_HEADER = 300  # ... and for the place after the employer's name
MIN_DUMP_LINE = 150  # a first line this long is a scrape's header run into one line, not a title line


def dump_header(
    opening: str, rules: Rules, reach: int = MAX_DUMP_HEADER, page: str = ""
) -> tuple[str, str, str | None] | None:
    """(title, employer, place) of a scrape that runs its header into one long line: the employer is the
    first name with a legal form ('Backend Developer (Go) - Remote Parcelwise Ltd Job Type: ...'), else the
    longest run of capitalised words that the text names again after it ('Assistant Store Manager - Garden
    Centre Greenleaf Garden Centres Chelmsford, Essex £27,500 ... Greenleaf Garden Centres has been ...');
    what comes before it is the title, when that names a job, and a place may follow it. A header of short
    lines is read line by line instead."""
    first = opening.lstrip().split("\n", 1)[0]
    if len(first) < MIN_DUMP_LINE:
        return None
    found = firm_in_header(first, rules, reach) or named_again_in_header(first, opening, rules)
    if found is None:
        return None
    start, end = found
    if SPACED_DASH.search(first[max(0, start - 3) : start]) and page:
        # 'Mechanical Engineer – Bulk Materials Handling Hunterline Conveyor Systems Pty Ltd': the words after the
        # dash before the name the page uses are the title's specialism
        start = named_firm_start(first, start, end, page)
    title = TRAILING_AT.sub("", first[:start].strip(" -–|·"))  # 'QA Analyst at Quillfold Learning | ...'
    title, repeated = past_breadcrumb(title)
    parts = SPACED_DASH.split(title)
    if len(parts) > 1 and rules.arrangement_regex.fullmatch(parts[-1]):
        title = title[: -len(parts[-1])].strip(" -–|·")  # 'Backend Developer (Go) - Remote'
    if not title or not (repeated or names_a_job(title, rules)) or len(title.split()) > MAX_TITLE_WORDS:
        return None  # (a crumb the page repeats is its title, whatever words name the job)
    return title, first[start:end], place_after(first, end, rules)


SPACED_DASH = regexes.compile(r"[ ][-–—|][ ]")
BREADCRUMB_SEPARATOR = regexes.compile(r"[ ][/>›»][ ]")
MIN_CRUMBS = 3


MAX_CRUMB_WORDS = 8


def repeated_crumb(opening: str) -> str | None:
    """The last crumb of a breadcrumb that the page repeats right after it, as its title ('Jobs >
    Pharmaceutical > Community Pharmacist Community Pharmacist Ebube Health ...')."""
    first = opening.lstrip().split("\n", 1)[0][:MAX_HEADER_LINE]
    crumbs = BREADCRUMB_SEPARATOR.split(first)
    for crumb in crumbs[MIN_CRUMBS - 1 :]:  # (a later '/' may part an amount from its period: '600,000 / month')
        words = crumb.split()
        for count in range(1, min(MAX_CRUMB_WORDS, len(words) // 2) + 1):
            if words[:count] == words[count : 2 * count] and words[0][:1].isupper():
                return " ".join(words[:count])
    return None


def past_breadcrumbs(lines: list[str]) -> tuple[list[str], list[tuple[str, int]]]:
    """Header lines without their breadcrumbs ('Home > Search jobs > Environmental Officer'), and the
    breadcrumbs' last crumbs: a title that the page may repeat below, else the title of last resort; each
    with the number of the kept lines above it."""
    kept, crumbs = [], []
    for line in lines:
        parts = BREADCRUMB_SEPARATOR.split(line)
        if len(parts) >= MIN_CRUMBS and len(line.split()) <= MAX_TITLE_WORDS + MIN_CRUMBS * MAX_CRUMB_WORDS:
            crumbs.append((" ".join(parts[-1].split()), len(kept)))
        else:
            kept.append(line)
    return kept, [(crumb, after) for crumb, after in crumbs if crumb]


def line_under_crumbs(lines: list[str], after: int) -> str | None:
    """The first line under a trail of breadcrumbs, past a back link and a row of links."""
    return next((line for line in lines[after:] if not link_line(line)), None)


def link_line(line: str) -> bool:
    """A back link ('< Terug naar zoekresultaten') or a row of links ('Login ｜ Register ｜ ...')."""
    return BACK_LINK.match(line.strip()) is not None or len(MENU_SEPARATOR.findall(line)) >= MIN_MENU_SEPARATORS


def past_breadcrumb(title: str) -> tuple[str, bool]:
    """A page's breadcrumb run into its header ('Home / Jobs / Mining / Mine Planning Engineer Mine Planning
    Engineer'): its last crumb, which the page may then repeat as its title, once; and whether it did."""
    crumbs = BREADCRUMB_SEPARATOR.split(title)
    if len(crumbs) < MIN_CRUMBS:
        return title, False
    words = crumbs[-1].split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half]), True
    return crumbs[-1], False
TRAILING_AT = regexes.compile(r"[ \t]++(?:at|@|bij|bei|chez|presso)$")


def firm_in_header(first: str, rules: Rules, reach: int = MAX_DUMP_HEADER) -> tuple[int, int] | None:
    """Where the first name with a legal form stands, its words joined by particles ('Conservas Albarán del
    Cantábrico S.L.'), without an arrangement or a kind of job before it ('Remote Parcelwise Ltd')."""
    form = LEGAL_FORM_AFTER.search(first, 0, reach)
    match = FIRM_NAME_BEFORE.search(first, max(0, form.start() - 80), form.start()) if form else None
    if form is None or match is None:
        return None
    words = match.group().split(" ")
    while words and (rules.arrangement_regex.fullmatch(words[0]) or employment_type(words[0], rules)):
        words.pop(0)
    if not words or has_title_word(" ".join(words), rules):
        return None
    return form.start() - len(" ".join(words)), form.end()


def named_again_in_header(first: str, opening: str, rules: Rules) -> tuple[int, int] | None:
    """Where the longest run of two or more capitalised words in the header, no job title, stands that the
    text names again after it, as whole words."""
    best: tuple[int, int] | None = None
    for match in FIRM_NAME.finditer(first, 0, MAX_DUMP_HEADER):
        words = match.group().split(" ")
        for count in range(len(words), 1, -1):
            for offset in range(len(words) - count + 1):
                name = " ".join(words[offset : offset + count])
                if best is not None and len(name) <= best[1] - best[0]:
                    continue
                if has_title_word(name, rules) or no_name_word(words[offset], rules):
                    continue
                begin = match.start() + len(" ".join(words[:offset])) + (1 if offset else 0)
                if named_as_a_word(name, opening, begin + len(name)):
                    best = (begin, begin + len(name))
    return best


NAMED_AGAIN_WITHIN = 3000  # characters after the header where the employer is named again (its blurb)


def named_as_a_word(name: str, text: str, after: int) -> bool:
    """Whether text names `name` again, as whole words, within NAMED_AGAIN_WITHIN characters after `after`."""
    return next(whole_word_starts(name, text, after, after + NAMED_AGAIN_WITHIN), None) is not None


def written_again(name: str, text: str) -> bool:
    """Whether the text writes `name` as whole words more than once."""
    return next(islice(whole_word_starts(name, text), 1, None), None) is not None


def whole_word_starts(name: str, text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where text[start:end] writes `name` as whole words (no letter or digit on either side)."""
    end = len(text) if end is None else end
    at = text.find(name, start, end)
    while at != -1:
        before, following = text[at - 1 : at], text[at + len(name) : at + len(name) + 1]
        if not before.isalnum() and not following.isalnum():
            yield at
        at = text.find(name, at + 1, end)


# The place a scrape's header gives after the employer: 'Chelmsford, Essex', 'Portland, OR', 'Valencia'.
PLACE_AFTER = regexes.compile(
    r"\p{Lu}[\p{L}.'’-]*+(?:[ ]\p{Lu}[\p{L}.'’-]*+)?,[ ]\p{Lu}[\p{L}.'’-]*+"  # City, Region
    r"|\p{Lu}[\p{L}.'’-]*+"  # City
)


# What may follow a one-word place in a scrape's header: its region's code ('Patrocínio - MG'), a figure
# ('Bengaluru 2 - 5 yrs', '£27,500'), or nothing.
AFTER_ONE_WORD_PLACE = regexes.compile(r"[ ](?:[-–][ ]\p{Lu}{2,3}\b|\p{Sc}|\d(?![\d.,]*+[ ]out[ ]of\b))|$")
TERMS_AFTER_PLACE = 3  # words after a one-word place that may name the job's terms ('Valencia Jornada parcial')


def place_after(first: str, end: int, rules: Rules) -> str | None:
    """The place a scrape's header names after the employer: a place with its region ('Chelmsford, Essex'),
    or one word that the header's terms, a figure or a region's code follow ('Valencia Jornada parcial ...');
    not one word that runs on into a name or a label ('Harvest Lane Melbourne', 'Reference CGC05412',
    'Publicado hace 5 días')."""
    match = PLACE_AFTER.match(first, end + 1, end + 80) if first[end : end + 1] == " " else None
    if match is None:
        return None
    place = match.group()
    if " " not in place and not AFTER_ONE_WORD_PLACE.match(first, match.end()):
        following = first[match.end() :].split(" ", TERMS_AFTER_PLACE + 1)[1 : TERMS_AFTER_PLACE + 1]
        terms = (" ".join(following[:count]) for count in range(1, len(following) + 1))
        if not any(rules.arrangement_regex.fullmatch(words) or employment_type(words, rules) for words in terms):
            return None
    if place.split()[0] in rules.not_company_names or place in rules.skill_names or has_title_word(place, rules):
        return None
    if rules.arrangement_regex.match(place) or employment_type(place, rules):
        return None
    if rules.label_fields.get(heading_key(place)):
        return None
    return place


MIN_SHOUTED_WORD = 4  # 'US', 'IT', 'AT' may open a name in capitals ('US Foods'); 'MUST', 'WITH' may not


def no_name_word(word: str, rules: Rules) -> bool:
    """A word that opens no employer's name (not_company_names), in capitals too: a post that shouts
    ('MUST have 1 year grill experience', 'YOUR next job') names no firm 'MUST' or 'YOUR'."""
    if word in rules.not_company_names:
        return True
    return len(word) >= MIN_SHOUTED_WORD and word.isupper() and word.capitalize() in rules.not_company_names


def header_company(opening: str, rules: Rules, page: str = "") -> str | None:
    """The first part of a 'Company | Title | Place' header line, when a later part is the title; or the
    name before a job board's rating."""
    rated = rated_header(opening, rules) or dump_header(opening, rules, page=page)
    if rated:
        return rated[1]  # the employer of a one-line header
    for _, line in header_lines(opening, TITLE_LINES, MAX_HEADER_LINE):
        parts = [part.strip() for part in TITLE_PART_SEPARATOR.split(line)]
        if len(parts) < 3 or not any(has_title_word(part, rules) for part in parts[1:]):
            continue
        first = parts[0]
        if NAME_RUN.fullmatch(first) and not has_title_word(first, rules) and "," not in first:
            if not (rules.arrangement_regex.match(first) or employment_type(first, rules)):
                return first
    return legal_name_in_header(opening, rules)


MAX_NAME_LINES = 400  # lines read for a line that is only an employer's name


def legal_name_line(text: str, rules: Rules) -> str | None:
    """A line that is only a name with a legal form of a script written without spaces: a company card
    under the posting ('杭州澄溪堂大药房连锁有限公司' alone on its line, as Chinese boards print it)."""
    pattern = getattr(rules.value_words, "legal_name_regex", None)
    if pattern is None:
        return None
    for line in text.split("\n", MAX_NAME_LINES)[:MAX_NAME_LINES]:
        line = line.strip(" \t*_#")
        if len(line) <= MAX_HEADER_LINE and pattern.fullmatch(line):
            return line
    return None


def legal_name_in_header(opening: str, rules: Rules) -> str | None:
    """A name with a legal form of a script written without spaces, in a header line: a tag before the title
    ('[주식회사 하늘정원] 백엔드 개발자 채용'), or a part of a meta line ('**青禾网络科技有限公司** ｜ 杭州')."""
    pattern = getattr(rules.value_words, "legal_name_regex", None)
    if pattern is None:
        return None
    for _, line in header_lines(opening, TITLE_LINES, len(opening)):
        found = pattern.search(line, 0, MAX_HEADER_LINE)  # (a scrape's header run into one long line: its start)
        if found:
            return found.group()
    return None


LEGAL_FORM_AFTER = regexes.compile(LEGAL_FORM.pattern.removesuffix("$") + r"(?![\p{L}\d])")


def firm_with_form(text: str, rules: Rules) -> str | None:
    """The first name with a legal form in the text's header ('Brindley Guard Services Ltd', 'Kestrel
    Diagnostics Pte. Ltd.'), no job title in it: the employer where the reading of the header found none
    that is a name."""
    for form in LEGAL_FORM_AFTER.finditer(text, 0, FIRM_HEADER_CHARS):
        match = FIRM_NAME_BEFORE.search(text, max(0, form.start() - 80), form.start())
        if match is None:
            continue
        words = match.group().split(" ")
        while words and (no_name_word(words[0], rules) or rules.label_fields.get(heading_key(words[0]))):
            words.pop(0)  # 'Location Brindley Guard Services Ltd': a label before the name
        name = " ".join(words)
        if words and not has_title_word(name, rules) and not is_chrome(name, rules):
            return name + form.group()
    return None


NOT_A_NAME = regexes.compile(r"[\d>›|#@]|&$")  # a figure, a breadcrumb, a bar: no employer's name


def unlike_a_name(name: str, text: str, rules: Rules) -> bool:
    """A company found that is no name: a figure or a breadcrumb in it, page chrome, a heading's or a label's
    words, or one word that the text does not say again ('Monthly', 'Nights', 'Installé')."""
    if NOT_A_NAME.search(name) or is_chrome(name, rules) or rules.heading_kind(name) is not None:
        return True
    if rules.label_fields.get(heading_key(name)):
        return True
    if no_name_at_all(name):
        return True
    # (said again as a whole word: 'Ma' inside 'Matangi' is not)
    return " " not in name.strip() and not written_again(name, text)


def no_name_at_all(name: str | None) -> bool:
    """Two letters or fewer, not an acronym: 'Ma', 'No' (a piece of a word a reading cut out)."""
    return name is not None and len(name.strip()) <= 2 and not name.strip().isupper()


MAX_COMPANY_LINE_WORDS = 6
FIRM_HEADER_CHARS = 1500  # a name with a legal form, said once, counts in the header only (not an agency's footer)


# A social post's header: the poster's name, then how long ago it was posted ("Marla's Kitchen & Grill · 2h ·",
# Facebook; "Harbour Bakery • 3d •", LinkedIn's feed).
POSTED_BY = regexes.compile(
    r"[ \t\n]*+(?P<name>\p{Lu}[^\n·•]{1,60}?)[ \t]*+[·•][ \t]*+\d{1,2}[ ]?(?:[hdwm]|hrs?|mins?)\b"
)


def company_line(text: str, title: str | None, rules: Rules) -> str | None:
    """The line beside the title in a header that names the employer: "Xalt LLC" above "TITLE: ...",
    "Devoteam" below "Multi-Cloud Engineer" and above "Remote, Frankfurt". Taken when the name has a
    legal form, is named again in the text, or sits between the title and a line of place or terms."""
    posted = POSTED_BY.match(text)
    if posted and not has_title_word(posted.group("name"), rules):
        return posted.group("name")  # "Marla's Kitchen & Grill · 2h · 🌎 NOW HIRING ...": who posted it
    written = header_text_lines(text)
    # a letterhead, or a page's poster, on the first line: 'Caledonian Sound Ferries Ltd', '... Services, Inc.'
    first = written[0] if written else ""
    if first and len(first.split()) <= MAX_COMPANY_LINE_WORDS + 2 and LEGAL_FORM.search(first):
        if not has_title_word(first, rules) and not NOT_A_NAME_MARK.search(LEGAL_FORM.sub("", first)):
            return first
    if not title:
        return None
    header = employer_and_place(title, text, rules)
    if header:
        return header[0]  # "Night Porter – The Bay Hotel, Whitby": the employer after the dash
    lines = [line.strip("*_`") for line in written]
    lines = [line for line in lines if line]
    # the title's own line, else the first line that holds it, past a breadcrumb that ends in it ('Accueil >
    # Offres > <title>', or a list of links whose last, the page itself, is no link: '- Executive Librarian')
    at = next((n for n, line in enumerate(lines) if line == title), None)
    if at is None:
        at = next(
            (
                n
                for n, line in enumerate(lines)
                if title in line and len(BREADCRUMB_SEPARATOR.split(line)) < MIN_CRUMBS and line.count(" | ") < 2
            ),  # (not a row of a table of jobs: '- Site Reliability Engineer | Platform | Singapore')
            None,
        )
    if at is None:
        return None
    named = organisation_after_title(title, rules)
    if named and text.count(named) >= 2:
        return named  # "Analista de Datos – Cooperativa Almazara del Sur"
    # (a name the title's line alone writes, 'Front of House Supervisor - Cellar Door & Restaurant', may be
    # the job's place of work: the employer's name on the line beside it is read first)
    for offset in (-1, 1):
        if not 0 <= at + offset < len(lines):
            continue
        candidate = lines[at + offset]
        parts = [part.strip(" *_`") for part in META_SEPARATOR.split(candidate)]
        employer = legal_employer_and_place(parts, rules) or organisation_and_place(candidate, rules)
        address = address_line(candidate, rules) if employer is None and offset == 1 else None
        if address and address[0]:
            return address[0]  # "Packhorse Foods, Unit 9 Braymoor Industrial Estate, Stockport SK4 2RT"
        if employer:
            return employer[0]  # "Ridgeway Freight Ltd - Daventry, Northamptonshire", "Fenwick School, Truro"
        place_beside = False
        if offset == 1 and len(parts) >= 2:
            terms = any(rules.arrangement_regex.match(part) or employment_type(part, rules) for part in parts[1:])
            # a place after it ('Glasgow', 'London (Hybrid)', 'Leeds, UK'): the first part is not the place
            places = any(meta_place(part, rules) for part in parts[1:])
            if terms or places:
                candidate = parts[0]  # a meta line's first part: "Halden & Moore Accounting · Glasgow · Hybrid"
            # (beside a place alone, 'Woonstichting De Meerhoek · Amersfoort', the text must name it again)
            place_beside = terms and places and " " in candidate
        if not plausible_company_line(candidate, rules):
            continue
        if set(candidate.lower().split()) <= set(title.lower().split()):
            continue  # the title's own words: its department or category ('Tax · Cork' under 'Tax Senior – ...')
        if not LEGAL_FORM.search(candidate) and unit_name(candidate, text, rules):
            continue  # 'Finance · Leicester · Hybrid' where the text has 'our finance team': the department
        following = lines[at + offset + 1] if at + offset + 1 < len(lines) else ""
        first_word = candidate.split()[0]
        # a name in capitals is named again in any case: 'ASHCOMBE DISTRICT COUNCIL' ... 'the Ashcombe area'
        # in mixed case its first two words ('Woonstichting De ...'; not 'Posting Details' for 'Posting Number')
        named_again = (text.lower() if candidate.isupper() else text).count(
            first_word.lower() if candidate.isupper() else " ".join(candidate.split()[:2])
        ) >= 2
        terms_below = offset == 1 and bool(
            rules.arrangement_regex.search(following)
            or employment_type(following, rules)
            or PLACE_WITH_COMMA.search(following)
        )
        if LEGAL_FORM.search(candidate) or named_again or terms_below or place_beside:
            return candidate
    return named or organisation_line([*lines[:at], *lines[at + 1 : at + 1 + ORGANISATION_LINES_BELOW]], rules)


UNIT_NAMED = (
    r"(?:[ ](?:team|squad|group|department|division|unit|function)s?\b"  # 'our finance team'
    r"|(?<=\b(?:head|director|vp|manager|lead|chief)[ ]of[ ].{{{length}}}))"  # 'the VP of Engineering'
)
DEPARTMENT_LABEL = r"\b(?:department|team|division|business unit|function)\W{1,12}"


def unit_name(candidate: str, text: str, rules: Rules) -> bool:
    """A header's name that the text writes as a unit of the employer: before 'team' or 'department', after
    'Head of' or 'VP of', or as a 'Department' label's value ('Engineering / Platform Infrastructure'); or
    before a title word ('our Finance Manager'): the department, not the employer."""
    if len(candidate.split()) > MAX_UNIT_WORDS:
        return False
    name = regex.escape(candidate)
    if regex.search(r"(?i)\b" + name + UNIT_NAMED.format(length=len(candidate)), text):
        return True
    if regex.search(r"(?i)" + DEPARTMENT_LABEL + name + r"\b", text):
        return True
    after = regex.search(r"\b" + name + r"[ ](?P<word>\p{Lu}\p{L}+)", text)
    return after is not None and after.group("word") in rules.title_words


MAX_UNIT_WORDS = 3


def meta_place(part: str, rules: Rules) -> bool:
    """A meta line's part that is a place: 'Leeds, UK', 'Glasgow', 'London (Hybrid)'."""
    bracketed = PLACE_THEN_ARRANGEMENT.fullmatch(part)
    if bracketed and rules.arrangement_regex.fullmatch(bracketed.group("arrangement")):
        part = bracketed.group("place")
    if has_title_word(part, rules) or rules.arrangement_regex.match(part) or employment_type(part, rules):
        return False
    return place_line(part, rules) or (bare_place(part, rules) and part not in rules.skill_names)


ORGANISATION_LINES_BELOW = 3  # header lines below the title read for an organisation's name


TITLE_TAIL = regexes.compile(r"(?r)[ \t]++(?:[-–—|·@]|at)[ \t]++(?P<name>[^\n]{3,80})$")


def organisation_after_title(title: str, rules: Rules) -> str | None:
    """The last part of a title line after a dash, a bar or 'at' that is an organisation's name ('Analista
    de Datos – Cooperativa Almazara del Sur', 'Staff Nurse | Fenwick Community Hospital')."""
    match = TITLE_TAIL.search(title, 0, MAX_HEADER_LINE)
    if match is None or not names_a_job(title[: match.start()], rules):
        return None
    name = match.group("name").strip()
    if FIRM_NAME.fullmatch(name) and organisation_name(name, rules) and not has_title_word(name, rules):
        return name
    return None


def organisation_line(lines: list[str], rules: Rules) -> str | None:
    """The first header line above the title that is an organisation's name alone, or opens a meta line
    ("St Ives Community Hospital" / "Job reference: ..." / "Staff Nurse")."""
    for line in lines:
        first = META_SEPARATOR.split(line, 1)[0].strip()
        if plausible_company_line(first, rules) and organisation_name(first, rules):
            return first
    return None


PLACE_WITH_COMMA = regexes.compile(r"\p{Lu}\p{Ll}+,[ ]?\p{Lu}")
NOT_A_NAME_MARK = regexes.compile(r"[:：!?|·•]|[.](?:[ ]|$)")  # a label, a sentence, a meta line


def plausible_company_line(line: str, rules: Rules) -> bool:
    words = line.split()
    if not 1 <= len(words) <= MAX_COMPANY_LINE_WORDS or not line[:1].isupper() and not line[:1].isdigit():
        return False
    if NOT_A_NAME_MARK.search(LEGAL_FORM.sub("", line)) or has_title_word(line, rules):
        return False
    if rules.heading_kind(line) is not None or is_chrome(line, rules) or rules.label_fields.get(heading_key(line)):
        return False
    if rules.arrangement_regex.match(line) or employment_type(line, rules) or "," in line:
        return False
    if len(words) == 1 and no_employer_word(line, rules):
        return False  # 'English' in a site's menu above the title, named again in 'spoken English'
    return not no_name_word(words[0], rules)


def without_terms_after(title: str | None, place: str | None, rules: Rules) -> str | None:
    """A title without the parts after its dash that state the job's terms, not the job: the arrangement
    ('Designer - Remote'), the pay or hours ('- up to £48k', '- 20 h semanales'), or the place the posting
    gives ('Ramp Services Agent - Dubai World Central' where the location is Dubai World Central); a part
    that opens with them. A specialism stays ('Data Analyst – Customer & Loyalty', 'Health Care Assistant –
    Kōwhai Ward (0.8 FTE)'), and so does the kind of job ('Barista – Part Time'), which annotators keep."""
    if not title:
        return title
    town = place.split(",")[0].strip() if place else ""
    for separator in SPACED_DASH.finditer(title):
        following = SPACED_DASH.search(title, separator.end())
        part = title[separator.end() : following.start() if following else len(title)].strip()
        terms = (
            rules.arrangement_regex.match(part)
            or PAY_OR_HOURS.match(part)
            or (len(town) > 2 and part.startswith(town))
        )
        if terms and names_a_job(title[: separator.start()], rules):
            return title[: separator.start()].rstrip()
    return title


# Where a scrape glued two things together: a word's lower-case end run into a capitalised word ('Emergency
# ServicesInitial Attack Crew Leader', 'VacancySenior Merchandiser - KnitwearLanka Loomcraft').
TITLE_GLUE = regexes.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})")  # (not "Dev|Ops": three letters at least)


def unglued_title(title: str | None, text: str, rules: Rules) -> str | None:
    """Of a title that glue runs together with a crumb, a label or the employer, the part that names the job
    ('Emergency ServicesInitial Attack Crew Leader (Seasonal 2027)' -> 'Initial Attack Crew Leader (Seasonal
    2027)'). A glued word the text writes again, or a skill's name, is a name's own ('JavaScript', 'DevOps')."""
    if not title or TITLE_GLUE.search(title) is None:
        return title
    cuts = []
    for glue in TITLE_GLUE.finditer(title):
        word_start = title.rfind(" ", 0, glue.start()) + 1
        word_end = title.find(" ", glue.start())
        word = title[word_start : word_end if word_end != -1 else len(title)].strip("()[],.:;")
        if word.lower() in rules.skill_names or word in rules.skill_names or text.count(word) > 1:
            continue
        cuts.append(glue.start())
    if not cuts:
        return title
    bounds = [0, *cuts, len(title)]
    parts = [title[a:b].strip(" -–|·") for a, b in zip(bounds, bounds[1:], strict=False)]
    named = [part for part in parts if part and names_a_job(part, rules)]
    return named[0] if len(named) == 1 else title


# Where a scrape's header goes on from its title into the title's specialism: a dash, a comma or a bracket
SPECIALISM_START = regexes.compile(r"[ ][-–—][ ]|,[ ]|[ ](?=\()")
SPECIALISM_WORD = regexes.compile(r"[(\[]?(?:\p{Lu}|\d)[\p{L}\p{N}&/+.'’-]*+[)\]]?|[(]?[\p{L}/-]+[)]|&|and|of|/")
MAX_SPECIALISM_REACH = 80


def title_with_specialism(title: str | None, company: str | None, text: str) -> str | None:
    """A title that a scrape's one-line header writes with its specialism before the employer's name, with
    it: 'Data Analyst – Customer & Loyalty Harvest Lane Melbourne ...' -> 'Data Analyst – Customer &
    Loyalty', 'DevOps Engineer (AWS / Terraform) Redmarsh Logistics ...' -> 'DevOps Engineer (AWS /
    Terraform)'. The specialism is a few capitalised words (or a bracket) right after the title, and a word
    of the employer's name follows it."""
    if not title or not company:
        return title
    first = text.lstrip().split("\n", 1)[0]
    if len(first) < MIN_DUMP_LINE:
        return title
    header = first[:MAX_NAMED_AGAIN_HEADER]
    at = header.find(title)
    start = SPECIALISM_START.match(header, at + len(title)) if at != -1 else None
    if start is None:
        return title
    rest = header[start.end() : start.end() + MAX_SPECIALISM_REACH]
    named = [rest.find(word + " ") for word in company.split() if len(word) >= MIN_NAMED_WORD and word[:1].isupper()]
    named = [index for index in named if index != -1]
    if not named or min(named) == 0:
        return title  # no word of the name, or the name right after the dash: 'Dependiente/a - Deportes Cumbre'
    specialism = rest[: min(named)].strip()
    words = specialism.split()
    if not 0 < len(words) <= MAX_SPECIALISM_WORDS or specialism.count("(") != specialism.count(")"):
        return title
    if not all(SPECIALISM_WORD.fullmatch(word) for word in words):
        return title
    return header[at : start.end()] + specialism if start.group() != " " else f"{title} {specialism}"


def without_company(title: str | None, company: str | None) -> str | None:
    """'Backend Engineer (Python) — Kestrel Robotics' -> 'Backend Engineer (Python)' at Kestrel Robotics:
    the employer after a dash, a bar, a dot, '@', a comma or 'at', at the end of the title, where the
    employer may be followed by its place ('Assistant Bakery Manager – Crumb & Hearth, Bristol') or a bracket of
    terms ('Early Childhood Educator – Poon Saan Community Kindy (30 hrs/week)'); the name may lack its legal form."""
    if not title or not company:
        return title
    form = LEGAL_FORM.search(company)
    if form is not None and form.start() > 0 and company not in title:
        company = company[: form.start()]  # 'Head of Housekeeping – Nunatak Bay Hotel' at 'Nunatak Bay Hotel ApS'
    if company[0] in " \t":  # (the separator's spaces would take its own: the pattern, compiled for it)
        match = regex.search(
            r"[ \t]*+(?:[-–—|·@,｜／]|\bat)[ \t]*+" + regex.escape(company) + COMPANY_TAIL.pattern, title
        )
        return title[: match.start()] if match and match.start() > 0 else title
    # each place the name is written, with a separator before it and the title's end after it: where its
    # separator's spaces start (as one search of a pattern compiled per company finds it, ~250 us a name)
    starts = []
    index = title.find(company)
    while index != -1:
        tail = COMPANY_TAIL.match(title, index + len(company))
        separator = SEPARATOR_BEFORE.search(title, 0, index) if tail else None
        if separator is not None:
            starts.append(separator.start())
        index = title.find(company, index + 1)
    start = min(starts, default=0)
    return title[:start] if start > 0 else title


# What may follow an employer's name at the end of a title: its place, then no word.
COMPANY_TAIL = regexes.compile(r"(?:,[ ]\p{Lu}[\p{L}.'’ -]{0,40})?(?:[ ]\([^()\n]{1,30}\))?\W*$")
# A separator before an employer's name, ending where the name starts: the runs of spaces and tabs on either
# side taken whole (as possessive runs take them), so it starts at the first of the spaces before it.
SEPARATOR_BEFORE = regexes.compile(r"(?<![ \t])[ \t]*+(?:[-–—|·@,｜／]|\bat)[ \t]*+\Z")


# A run of capitalised words, not inside a word, an address or a web name ('acme.io', 'U.S.'); a sentence glued
# to the one before it in a dump starts one ('Sparks, NV 89434.Copperline Outfitters is an Equal ...').
NAME_RUN = regexes.compile(
    r"(?<![\w&'’/-])(?<![^\p{Ll}\d)]\.)\p{Lu}[\p{L}\d&-]*+(?:[ ](?:of[ ]|for[ ]|&[ ]|and[ ])?\p{Lu}[\p{L}\d&-]*+){0,3}"
)
COMPANY_CONTEXT = regexes.compile(r"\b(?:[Aa]t|[Jj]oin|[Jj]oining|About|[Ww]elcome to)[ ](?:the[ ])?$")
COMPANY_AFTER = regexes.compile(
    r"^(?:['’]s\b|[ ](?:is|are|has|have|offers|provides|designs|builds|develops|creates|makes|serves|helps)\b"
    r"|[ ](?:es|est|ist|é|is|è)[ ](?:una?|une|ein|eine|uma?|een)\b)"  # "Frogtek es una empresa", "X ist ein ..."
)
UNIT_AFTER = regexes.compile(r"[ ](?:team|squad|group|department|division|unit|crew)s?\b")
# A name ending so is a unit the hire joins, not the employer: 'join the Acute Medical Unit'.
NOT_EMPLOYER_ENDINGS = frozenset({"of", "for", "&", "Team", "Department", "Unit", "Squad", "Division"})
EMPLOYER_STATEMENT = regexes.compile(
    r"^[ ](?:(?:is|are) an? (?:equal|affirmative|EEO)|(?:(?:is|are) )?(?:now |currently )?hiring\b"
    r"|(?:recrute|sucht|busca|contrata|zoekt|cerca)\b)",  # the hiring verb of the languages jobx reads
    regex.IGNORECASE,
)
# Where a posting names its own site or mailbox: "www.highpoint-tech.com", "jobs@marker.page".
WEB_NAME = regexes.compile(r"(?:@|\bwww\.|https?://(?:www\.|careers\.|jobs\.)?)(?P<name>[\p{L}\d-]{3,40})\.")
ACRONYM_EXPANSION = "(?P<name>(?:\\p{{Lu}}[\\p{{L}}-]+[ ](?:(?:of|for|and|&)[ ])?){{1,6}})\\({acronym}\\)"


PRESENT_VERB = regexes.compile(r"[ ]\p{Ll}{2,}(?<![su])s\b")  # 'GreenLoop turns ...', 'Harbour Lane Bakery bakes ...'


def company_introduced(texts: list[str], rules: Rules) -> str | None:
    """The name that opens the text under a company heading and says what it is: 'About us' over
    'GreenLoop is a climate-tech startup ...', 'Who we are: Harbourline Freight moves containers ...'."""
    for text in texts:
        body = text.lstrip(" \t\n:：-–—")
        run = NAME_RUN.match(body)
        after = body[run.end() : run.end() + 40] if run is not None else ""
        if run is None or not (COMPANY_AFTER.match(after) or PRESENT_VERB.match(after)):
            continue
        words = run.group().split(" ")
        if no_name_word(words[0], rules) or words[-1] in rules.title_words or words[-1] in NOT_EMPLOYER_ENDINGS:
            continue
        return run.group()
    return None


PROSE_WORD = regexes.compile(r"""(?<![^ \n\t("“])[\p{Ll}\d&-]++(?=$|[ \n\t,;)!?"”]|\.(?:$|[ \n]))""")
TOWN_BEFORE_PLACE = regexes.compile(r"(?<![\p{L}\d])[\p{L}\d&-]++(?=, \p{Lu})")


def no_employer_word(name: str, rules: Rules) -> bool:
    """A month ('Nov'), a language ('English', 'Duits'), a country or a region ('Canada', 'UK', 'Maine')."""
    if fold(name.rstrip(".")) in rules.value_words.month_numbers or name in rules.language_names:
        return True
    return bool(country_code(name) or (len(name) > 2 and region_country(name)))  # 'Government of Canada'


class OneWordNames:
    """What tells a capitalised word from an employer's name, read from the text once (a posting may
    hold thousands of one-word candidates): the words it writes in lower case as prose, and the towns it
    writes before their region or city ('Calgary, AB', 'Egmore, Chennai')."""

    def __init__(self, text: str) -> None:
        self.prose = {match.group() for match in PROSE_WORD.finditer(text)}
        self.towns: set[str] = set()
        for match in TOWN_BEFORE_PLACE.finditer(text):
            following = text[match.end() + 2 : match.end() + 40]
            region = following.split(" ", 1)[0].rstrip(".,;")
            if region_country(region) or country_code(region) or LEGAL_FORM.match(" " + following) is None:
                self.towns.add(match.group())  # ('Calgary, AB': a region, though 'AB' is also a legal form)

    def names_no_one(self, name: str, rules: Rules) -> bool:
        """A month, a language, a country or a region (no_employer_word); a word the text also writes in
        lower case as a word of prose ('Monthly' and 'monthly', 'Nights'; not in an address,
        'careers@acme.com', 'acme.io/jobs'); or a town the text writes before its region: a proper name
        keeps its capital and stands before no region."""
        if no_employer_word(name, rules):
            return True
        lowered = name.lower()
        return (lowered != name and lowered in self.prose) or name in self.towns


def place_parts(place: str) -> set[str]:
    """A place's comma parts, case-folded: 'Campus Sede, Mocuba, Província da Zambézia' holds 'mocuba'."""
    return {part.strip().casefold() for part in place.split(",")}


def find_company(text: str, rules: Rules, place: str | None = None) -> str | None:
    """The capitalised name met most often among those written like an employer ('at X', "X's",
    'X is'); a leading 'The' is dropped, and an acronym is spelt out where the posting does so.
    A name seen once counts only in a strong phrase: 'at X', 'join X', 'X is an equal opportunity ...'.
    Not the town a location label names ('Location: Doncaster, South Yorkshire'; 'at Doncaster')."""
    towns = place_parts(place) if place else set()
    counts: dict[str, int] = {}
    employer_like: dict[str, int] = {}
    strong: set[str] = set()
    web_names = {squashed(m.group("name")) for m in WEB_NAME.finditer(text)}
    firms: set[str] = set()
    long_names = long_firm_names(text, rules)
    long_ends = {end for _, end, _ in long_names}  # a run that ends where one of these ends is read whole there
    runs = joined_runs([(m.start(), m.end(), m.group().split(" "), True) for m in NAME_RUN.finditer(text)], rules)
    one_word_names: OneWordNames | None = None
    menus = menu_spans(text)  # a site's own name in its rows of links ('©2026 Indeed · Accessibility at Indeed')
    for start, end, words, from_run in (*runs, *((*entry, False) for entry in long_names)):
        if menus and any(menu_start <= start < menu_end for menu_start, menu_end in menus):
            continue
        while words and no_name_word(words[0], rules):
            start += len(words.pop(0)) + 1
        if not words or words[-1] in rules.title_words or words[-1] in NOT_EMPLOYER_ENDINGS:
            continue
        name = " ".join(words)
        if len(name) < 2:
            continue
        if len(words) == 1:
            one_word_names = one_word_names or OneWordNames(text)
            if one_word_names.names_no_one(name, rules):
                continue
        before, after = text[max(0, start - 10) : start], text[end : end + 40]
        in_strong_phrase = bool(COMPANY_CONTEXT.search(before) or EMPLOYER_STATEMENT.match(after))
        legal_form = LEGAL_FORM_AFTER.match(after)
        if from_run and (end + (legal_form.end() if legal_form else 0)) in long_ends:
            continue
        if UNIT_AFTER.match(after):
            continue  # 'Join the Payments team at Trellis': a team's name, not the employer's
        if legal_form:  # "Quarteera e. V. berät ...": the name with its legal form
            name += legal_form.group()
        has_legal_form = bool(legal_form or LEGAL_FORM.search(name))
        named_like_a_firm = has_legal_form or on_its_website(name, web_names)
        if name.casefold() in towns:
            continue
        if (name in rules.skill_names or name.lower() in rules.skill_names) and not in_strong_phrase:
            continue  # 'experience with Snowflake' names a skill; 'At Snowflake, we ...' the employer
        counts[name] = counts.get(name, 0) + 1
        if in_strong_phrase:
            strong.add(name)
        if name in strong or named_like_a_firm or COMPANY_AFTER.match(after):
            employer_like.setdefault(name, start)
        if has_legal_form or (not from_run and name in employer_like and organisation_name(name, rules)):
            firms.add(name)  # 'Wexbury Valley NHS Trust is ...': an organisation's word counts as a legal form
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
    # a heading run into the name in a dump ('Employment Equity Kgwebo Platinum is an equal opportunity
    # employer'): the name it ends with, where the text names that more often
    best = ranked[0]
    inner = [n for n in counts if best.endswith(" " + n) and counts[n] > counts[best]]
    if inner:
        return max(inner, key=len)
    # "At Ashbrow we ..." and "Ashbrow School is ...": the fuller name of the same employer
    # (or written whole once with its legal form, or twice: 'Paanchi' in the blurb, 'Paanchi Technologies Pvt. Ltd.'
    # in the footer)
    # ('the Commission's programs' and 'Federal Inland Waterways Commission' above it: a word that ends the name)
    longer = [
        n
        for n in counts
        if (n.startswith(best + " ") or (" " not in best and n.endswith(" " + best)))
        and (n in employer_like or n in firms or counts[n] >= 2)
    ]
    return max(longer, key=len) if longer else best


MAX_FIRM_NAME_BEFORE = 80
ORGANISATION_CACHE: dict[int, tuple[object, object]] = {}  # id(rules.raw) -> (rules.raw, the pattern)


def organisation_end_pattern(rules: Rules) -> regex.Pattern[str] | None:
    """A legal form, or a capitalised word that ends an organisation's name (values.organisations.after)."""
    cached = ORGANISATION_CACHE.get(id(rules.raw))
    if cached is not None and cached[0] is rules.raw:
        return cached[1]  # type: ignore[return-value]
    # longest first; equal lengths in one order (not set order), so the pattern is the same text in every
    # process and found in the pattern cache (two words of one length never match at the same place)
    words = sorted(getattr(rules.value_words, "organisation_after", ()) or (), key=lambda word: (-len(word), word))
    ends = [regex.escape(word[:1].upper() + word[1:]).replace("\\ ", "[ ]") for word in words]
    body = "|".join([LEGAL_FORM_AFTER.pattern.removeprefix("[ ]"), *ends]) if ends else LEGAL_FORM_AFTER.pattern
    leads = first_characters(body) if ends and not any(word.endswith(" ") for word in words) else None
    if leads:
        # the same matches, led by the space before them and a test of the letters they start with, the
        # words as a tree of their letters (rules.alternation): the regex module then goes from space to
        # space instead of trying the look-behind and every form and word at each character (~110 -> ~65 us
        # a posting)
        letters = [tuple("[ ]" if c == " " else regex.escape(c) for c in word[:1].upper() + word[1:]) for word in words]
        body = LEGAL_FORM_AFTER.pattern.removeprefix("[ ]") + "|" + alternation(letters)
        lead = "[ ](?=[" + "".join(regex.escape(character) for character in sorted(leads)) + "])"
        source = lead + r"(?<=\p{L}[ ])(?P<end>" + body + r")(?![\p{L}\d])"
    else:
        source = r"(?<=\p{L}[ ])(?P<end>" + body + r")(?![\p{L}\d])"
    pattern = regexes.compile(source)  # (~20 ms to compile: kept in the pattern cache)
    ORGANISATION_CACHE[id(rules.raw)] = (rules.raw, pattern)
    return pattern


def long_firm_names(text: str, rules: Rules) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of each name that ends in a legal form or an organisation's word, read back
    past the four words a name run holds and without a heading or label run into it ('Job Summary
    Brookfield Health NHS Trust is ...', 'Report About Harbourline Harbourline Freight Co. moves ...')."""
    pattern = organisation_end_pattern(rules)
    found = []
    after_words = getattr(rules.value_words, "organisation_after", frozenset())
    for match in pattern.finditer(text) if pattern is not None else ():
        end, end_start, end_stop = match.group("end"), match.start("end"), match.end("end")  # the form or word
        legal = fold(end) not in after_words  # 'Co.', 'GmbH': the name stands before the form
        name_end = end_start - 1 if legal else end_stop
        name = FIRM_NAME_BEFORE.search(text, max(0, end_start - MAX_FIRM_NAME_BEFORE), name_end)
        if name is None:
            continue
        words = name.group().split(" ") + ([end] if legal else [])
        start = name.start()
        cut = header_words_before(words, rules)
        # a name the text writes again without its first words ends a header's words run into it:
        # 'Dispatch Coordinator - Nights Harbourline Freight Co. ...' / 'Harbourline Freight Co. moves ...'
        while len(words) - cut > 2 and count_words(text, words[cut + 1 :]) > count_words(text, words[cut:]):
            cut += 1
        start += sum(len(word) + 1 for word in words[:cut])
        words = words[cut:]
        if len(words) >= 2 and not has_title_word(" ".join(words[:-1]), rules):
            if found and found[-1][0] == start:  # 'Harrowfield Teaching Hospitals NHS Foundation Trust'
                found.pop()  # goes on past 'Hospitals'
            found.append((start, end_stop, words))
    return found


def header_words_before(words: list[str], rules: Rules) -> int:
    """How many of a capitalised run's first words are a header's, run into the name after them: up to
    the last word that opens no name ('About'), a word written twice ('Harbourline Harbourline'), and a
    heading or label ('Job Summary', 'Full Job Description')."""
    cut = max((n + 1 for n, word in enumerate(words[:-1]) if no_name_word(word, rules)), default=0)
    cut = max([cut, *(n + 1 for n in range(cut, len(words) - 1) if words[n] == words[n + 1])])
    heads = [n for n in range(cut + 1, len(words)) if heading_or_label(" ".join(words[cut:n]), rules)]
    return heads[-1] if heads else cut


NAME_RUN_WORDS = 4  # a NAME_RUN holds at most this many words: one that long may go on in the next run


def joined_runs(runs: list[tuple[int, int, list[str], bool]], rules: Rules) -> list[tuple[int, int, list[str], bool]]:
    """The name runs, a full run and the run right after it read as one name without the header words
    run into it ('Full Job Description Northstar' + 'Logistics is hiring' -> 'Northstar Logistics')."""
    joined: list[tuple[int, int, list[str], bool]] = []
    for start, end, words, from_run in runs:
        previous = joined[-1] if joined else None
        if previous is not None and len(previous[2]) == NAME_RUN_WORDS and previous[1] + 1 == start:
            both = [*previous[2], *words]
            cut = header_words_before(both, rules)
            if 0 < cut < NAME_RUN_WORDS and len(both) - cut <= NAME_RUN_WORDS + 1:
                offset = previous[0] + sum(len(word) + 1 for word in both[:cut])
                joined[-1] = (offset, end, both[cut:], from_run)
                continue
        joined.append((start, end, words, from_run))
    return joined


def count_words(text: str, words: list[str]) -> int:
    return text.count(" ".join(words))


def heading_or_label(words: str, rules: Rules) -> bool:
    return rules.heading_kind(words) is not None or bool(rules.label_fields.get(heading_key(words)))


def squashed(name: str) -> str:
    return "".join(character for character in name.lower() if character.isalnum())


def on_its_website(name: str, web_names: set[str]) -> bool:
    """'HighPoint' on www.highpoint-tech.com: the name starts the site's name."""
    if not web_names:
        return False
    key = squashed(name)
    return len(key) >= 3 and any(web.startswith(key) for web in web_names)


MAX_FULLER_WORDS = 4
# after the name: its further words (capitalised, perhaps joined by '&') and a legal form
FULLER_TAIL = regexes.compile(
    r"(?P<more>(?:[ ](?:&[ ])?\p{Lu}[\p{L}'’-]*+){1," + str(MAX_FULLER_WORDS) + r"}?"
    # (or the word of the firm's trade before its form, in lower case as French writes it: 'Lacasse Houde notaires
    # inc.')
    r"|[ ]\p{Ll}{4,}+(?=[ ]\p{L}))(?P<form>"
    + LEGAL_FORM_AFTER.pattern + r")"
)


def fuller_name(name: str | None, text: str) -> str | None:
    """The employer's full name where the posting writes it once with more words and a legal form: 'Paanchi'
    in its blurb, 'Paanchi Technologies Pvt. Ltd.' in the footer; 'Lakecrest' and 'Lakecrest Building Supply
    Ltd.'."""
    if not name or name not in text or LEGAL_FORM.search(name):
        return name
    at = text.find(name + " ")
    while at != -1:  # (one pattern, tried after each place the name is written: not one compiled per name)
        found = FULLER_TAIL.match(text, at + len(name))
        if found is not None and (at == 0 or not text[at - 1].isalnum()):
            return name + found.group("more") + found.group("form")
        at = text.find(name + " ", at + 1)
    return name


# The employer's name run on into more capitalised words and then its town and region, in a scrape's
# header: 'DevOps Engineer (AWS / Terraform) Redmarsh Logistics Technologies Dallas, Texas • Posted ...'.
NAME_GOES_ON_TO_PLACE = regexes.compile(
    r"(?P<more>(?:[ ](?:&[ ])?\p{Lu}[\p{L}&'’-]*+){1,3}?)[ ]\p{Lu}[\p{L}-]*+,[ ]\p{Lu}"
)
MAX_HEADER_CHARS = 1500  # where a scrape's header may name the employer in full


def fuller_name_in_header(name: str | None, text: str, rules: Rules) -> str | None:
    """The employer's name as a scrape's header writes it, before its town, where the text goes on to
    call it by its first words: 'Loxley & Vine Hair Studio Norwood, Adelaide SA' and then 'Loxley & Vine
    is a busy salon'. Words of a title or of the site's chrome are no name's."""
    if not name or LEGAL_FORM.search(name):
        return name
    at = text.find(name + " ", 0, MAX_HEADER_CHARS)
    while at != -1:
        found = NAME_GOES_ON_TO_PLACE.match(text, at + len(name))
        if found is not None and (at == 0 or not text[at - 1].isalnum()):
            more = found.group("more")
            if not has_title_word(more, rules) and not is_chrome(more.strip(), rules):
                return name + more
        at = text.find(name + " ", at + 1, MAX_HEADER_CHARS)
    return name


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
TITLE_AT_EMPLOYER = regexes.compile(
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


SITE_NAME_SEPARATOR = regexes.compile(r"\s+[-–—|:]\s+|\s*｜\s*")  # (a full-width bar needs no spaces)


def page_title(title: str | None) -> str | None:
    """An HTML <title> without the site name: 'Junior developer - DfE job descriptions' -> 'Junior developer'."""
    if not title:
        return None
    return SITE_NAME_SEPARATOR.split(title, maxsplit=1)[0].strip() or None


# Team names are taken only where the posting places the hire in them, most trusted first:
# "join our Growth squad", "part of a dynamic asset management team", "within the Casemix & Clinical costing
# team" (never "work with our QA team" or "the design and other teams"); a named unit ("the Cloud Silicon
# Organization"); a sentence that opens on the team ("The Media Network team builds ...").
# (a "fulfillment center" or "business unit" in lower case is a place or a kind, not a name)
UNIT_NOUN = (
    r"(?:[Tt]eams?|[Ss]quad|[Gg]roup|[Oo]rgani[sz]ation|[Pp]ractice|[Dd]epartment|[Dd]ivision|Cent(?:er|re)|Unit"
    r"|[Dd]esk|[Ss]ection|[Cc]rew)"  # 'our Ocean Exports desk', 'our Haematology section', 'our Building Systems crew'
)
TEAM_IN_CONTEXT = regexes.compile(
    r"""(?x)
    (?:\b(?:[Jj]oin(?:ing|s)?|part[ ]of|members?[ ]of|within|into|work(?:ing)?[ ](?:in|on)|sit(?:ting)?[ ]in|on|in|for)
         [ ](?:our|the|a|an|this|their|its|\p{Lu}[\p{L}\d&.-]*+['’]s)  # 'in its Milling Department', "in LBWI's ..."
      | \b(?:opportunity|role|position|career)[ ](?:with|in|on)[ ](?:our|the)  # "an opportunity with the X team"
      | \b[Aa]s[ ](?:a|an)(?:[ ]leading)?  # "As a leading SRE team at ..."
    )[ ]
    (?P<value>(?:[\p{L}\d][\p{L}\d&/'’.-]*+[ ]|&[ ]){1,5}?)  # up to five words, '&' among them
    """
    + UNIT_NOUN
    + r"\b(?![ ]of[ ]\p{Lu})"  # 'the Department of Health' goes on; 'the Data Platform team of six' ends
)
# Less sure: the team the posting grows or the hire leads ('We're growing our Projects Engineering team',
# 'You'll lead our 3-person Growth Marketing team'), where no phrase above places the hire in one.
TEAM_GROWN = regexes.compile(
    r"\b(?:[Gg]row(?:ing)?|[Ee]xpand(?:ing)?|[Ss]trengthen(?:ing)?|lead(?:ing|s)?|head(?:ing|s)?|manag(?:e|es|ing)"
    r"|run(?:ning|s)?)[ ](?:our|the)[ ]"
    r"(?P<value>(?:[\p{L}\d][\p{L}\d&/'’.-]*+[ ]|&[ ]){1,5}?)" + UNIT_NOUN + r"\b(?![ ]of[ ]\p{Lu})"
)
GROWN_VERB_PARTS = ("row", "xpand", "trengthen", "lead", "head", "manag", "run")
NAMED_UNIT = regexes.compile(
    r"\b[Tt]he[ ](?P<value>\p{Lu}[\p{L}&'’-]*+(?:[ ](?:&|and|\p{Lu}[\p{L}&'’-]*+)){0,4}[ ]"
    r"(?:Organi[sz]ation|Division|Department|Cent(?:er|re)|Practice|Group))\b(?![ ]of\b)"
)
# A unit named by its noun before 'of' ('a post in the Department of Soil Science', 'located ... in the Division
# of Interpretation and Education', 'The Department of Clinical Nutrition is looking for'): placed there, or
# opening a sentence. ('in line with the Department of Health guidelines', 'issued by the Department of
# Tourism' place no one.)
UNIT_OF = regexes.compile(
    r"(?:\b(?:[Jj]oin(?:ing|s)?|part[ ]of|within|in|into)[ ]the[ ]|(?:^|(?<=[.!?][ ]))The[ ])"
    r"(?P<value>(?:Department|Division|Unit|Section)[ ]of[ ]\p{Lu}[\p{L}'’-]*+"
    r"(?:[ ](?:(?:&|and)[ ])?\p{Lu}[\p{L}'’-]*+){0,4})(?=[ ]\p{Ll}|[.,;:]|[ \t]*+$)",
    regex.MULTILINE,
)
# "The Media Network team builds", "..., the Azure Data Analytics team builds", "TikTok LIVE Foundation and
# related teams support": a sentence or clause that opens on the team's name.
TEAM_SENTENCE = regexes.compile(
    r"(?:^|(?<=[.!?:])[ \t]*+|(?<=,[ ])(?=[Tt]he[ ]))(?:(?:[Tt]he|Our)[ ])?"
    r"(?P<value>\p{Lu}[\w&'’/-]*+(?:[ ](?:&[ ])?\p{Lu}[\w&'’/-]*+){0,4})[ ]"
    r"(?:[Tt]eam|[Ss]quad|[Dd]epartment|and[ ](?:related|other|partner)[ ][Tt]eams)"
    r"(?:[ ]\([^()\n]{1,30}\))?[ ](?=\p{Ll})",  # then its verb, maybe past a remark: 'team (8 engineers) builds'
    regex.MULTILINE,
)
# ... also a clause after 'and' that opens on the team: '..., and our Ramp Operations department is expanding'.
TEAM_CLAUSE = regexes.compile(
    r"and[ ](?:[Oo]ur)[ ](?P<value>\p{Lu}[\w&'’/-]*+(?:[ ](?:&[ ])?\p{Lu}[\w&'’/-]*+){0,4})[ ]"
    r"(?:[Tt]eam|[Ss]quad|[Dd]epartment)[ ](?=\p{Ll})"
)
# The same in the languages jobx reads: a German compound ('unseres Beratungsteams'), a department named
# after its word ('binnen de afdeling Informatiemanagement', 'in der Abteilung Finanzen').
TEAM_ABROAD = regexes.compile(
    r"\b(?:[Uu]nser(?:es|em|en|er)?|[Ii]m|[Ii]ns|[Dd]em|[Dd]es)[ ](?P<value>\p{Lu}\p{Ll}{2,}team)s?\b"
    r"|\b(?:afdeling|Abteilung|département|departamento|dipartimento|área)[ ]"
    r"(?P<value>\p{Lu}[\p{L}&-]+(?:[ ]\p{Lu}[\p{L}&-]+){0,2})"
)
# Every match of these holds one of UNIT_PARTS (a unit noun's tail, as any case of its first letter ends
# it); none holds a line break, so each is run only on the lines with a part.
LINE_UNIT_PATTERNS = (TEAM_IN_CONTEXT, NAMED_UNIT, TEAM_SENTENCE)
UNIT_PATTERNS = (*LINE_UNIT_PATTERNS, TEAM_CLAUSE, UNIT_OF)  # (UNIT_OF tried after the others)
UNIT_PARTS = (
    "eam", "quad", "roup", "rgani", "ractice", "epartment", "ivision", "Cent", "Unit",
    "esk", "Section", "section", "rew",  # (whole: 'ection' stands in many words)
)


def unit_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the text that holds one of UNIT_PARTS."""
    return lines_holding(text, UNIT_PARTS)


ABROAD_UNIT_WORDS = ("afdeling", "Abteilung", "département", "departamento", "dipartimento", "área")
LOWER_CASE_LETTER = regexes.compile(r"\p{Ll}")


def may_name_team_abroad(text: str) -> bool:
    """False only where TEAM_ABROAD cannot match: no 'team' after a lower-case letter ('Beratungsteam'), and
    none of the department words it reads (a few str.find calls instead of a scan of the whole text)."""
    if any(word in text for word in ABROAD_UNIT_WORDS):
        return True
    index = text.find("team", 1)
    while index != -1:
        if LOWER_CASE_LETTER.match(text, index - 1):
            return True
        index = text.find("team", index + 1)
    return False


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


PLACING_SUFFIXES = ("-based", "-person", "-strong")  # 'the Toronto-based ...', 'our 3-person ...', 'a 40-strong ...'


def team_name(value: str, noun: str, company: str | None) -> str | None:
    """The name in a team phrase, without praise or place before it; None when no name is left."""
    words = value.split()
    while words and (words[0].lower() in TEAM_ADJECTIVES or words[0].lower().endswith(PLACING_SUFFIXES)):
        words.pop(0)
    if not words or words[-1] == "&" or any(
        word.lower() in NOT_TEAM_WORDS and not joins_names(words, index) for index, word in enumerate(words)
    ):
        return None
    if all(word[:1].islower() for word in words) and (len(words) < 2 or not LOWER_CASE_UNIT.match(noun)):
        return None  # "join our sales team" names a kind of team; "a single command center view" none
    name = " ".join(words)
    if company and (name == company or company.startswith(name + " ")):
        return None
    return name


def article_or_pronoun(value: str, rules: Rules) -> bool:
    """A one-word value that is an article or a pronoun of a language jobx reads, no unit's name."""
    word = value.strip()
    return " " not in word and (no_name_word(word, rules) or word.lower() in rules.joining_words)


def joins_names(words: list[str], index: int) -> bool:
    """'and' between two capitalised words joins one name: 'Volunteering and Community', 'Research and
    Development' (not 'our sales and marketing team', nor 'Finance and the')."""
    if words[index] != "and" or not 0 < index < len(words) - 1:
        return False
    before, after = words[index - 1], words[index + 1]
    return before[:1].isupper() and after[:1].isupper() and after.lower() not in NOT_TEAM_WORDS


LOWER_CASE_UNIT = regexes.compile(r"(?i:teams?|group)$")

# "Il team Pagamenti gestisce ...", "Nosso time de Inteligência Comercial está ...", "Zur Verstärkung unseres
# Teams Finanzen und Controlling": a phrase of the rules that introduces a team (a team heading's alias or a
# team label of two words or more, in any language) and, after it, the team's capitalised name, its words
# joined by '&' or a short word ('und', 'e', 'and'); also on the next line, where the phrase was read as a
# heading ('Il team' / 'Logistica gestisce ...').
TEAM_NAME_AFTER = (
    r"[ \n](?P<value>\p{Lu}[\p{L}&'’/-]*+(?:[ ](?:&[ ]|\p{Ll}{1,3}[ ])?\p{Lu}[\p{L}&'’/-]*+){0,3})"
    r"(?=[ \t]*+(?:[.,;:!?()]|\p{Ll}|$))"  # ('le service Finance (5 personnes)')
)
TEAM_PHRASE_CACHE: dict[int, tuple[object, object, object]] = {}  # id(rules.raw) -> (rules.raw, pattern, phrases)


def team_phrases(rules: Rules) -> tuple[regex.Pattern[str] | None, tuple[str, ...] | None]:
    """The team phrases of the rules (sections.team and labels.team entries of two words or more) as one
    pattern, and the phrases lower-cased where lower() gives what the pattern's (?i) matches (characters
    of ASCII or Latin-1 but 'µ', or without case; else None): where a match of the pattern can start."""
    cached = TEAM_PHRASE_CACHE.get(id(rules.raw))
    if cached is not None and cached[0] is rules.raw:
        return cached[1], cached[2]  # type: ignore[return-value]
    raw = rules.raw
    entries = [*raw.get("sections", {}).get("team", []), *raw.get("labels", {}).get("team", [])]
    phrases = {phrase for phrase in entries if " " in phrase}
    body = "|".join(regex.escape(p).replace("\\ ", "[ ]") for p in sorted(phrases, key=len, reverse=True))
    pattern = regex.compile(r"(?i:(?<![\p{L}])(?:" + body + r"))(?-i:" + TEAM_NAME_AFTER + ")") if body else None
    plain = all(c.isascii() or c.lower() == c.upper() or (ord(c) < 256 and c != "µ") for p in phrases for c in p)
    lowered = tuple(sorted({p.lower() for p in phrases})) if plain and "\n" not in "".join(phrases) else None
    TEAM_PHRASE_CACHE[id(rules.raw)] = (rules.raw, pattern, lowered)
    return pattern, lowered


def team_phrase_matches(text: str, rules: Rules) -> Iterator[regex.Match[str]]:
    """pattern.finditer(text) of the team phrase pattern, tried only where the lower-cased text holds a
    phrase (a few str.find calls instead of a look-behind tried at every character): every match starts
    with one, and the leftmost match at or after the last one's end is the first of those places where
    the pattern matches."""
    pattern, phrases = team_phrases(rules)
    if pattern is None:
        return
    lowered = prefilter_text(text) if phrases is not None else None
    if lowered is None or len(lowered) != len(text):
        yield from pattern.finditer(text)
        return
    starts = set()
    for phrase in phrases:  # type: ignore[union-attr]
        index = lowered.find(phrase)
        while index != -1:
            starts.add(index)
            index = lowered.find(phrase, index + 1)
    last_end = 0
    for start in sorted(starts):
        if start < last_end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            last_end = match.end()
            yield match


def team_after_phrase(text: str, company: str | None, rules: Rules) -> str | None:
    """The first team named after one of the rules' team phrases."""
    for match in team_phrase_matches(text, rules):
        name = match.group("value")
        first, following = name.split()[0], WORD_AFTER.match(text, match.end())
        if no_name_word(first, rules) or (following and following.group(1) in rules.title_words):
            continue
        if has_title_word(name, rules) or (company and (name == company or company.startswith(name))):
            continue
        return name
    return None


def find_team(texts: Iterable[str], company: str | None, rules: Rules) -> str | None:
    """The first team the hire is placed in, in the texts' order (the team's own section first)."""
    texts_and_lines = [(text, unit_lines(text)) for text in texts]  # (read once: both passes below run on them)
    for text, lines in texts_and_lines:
        # no match of the three crosses a line: each is run on the lines that can hold one
        matches = [m for pattern in LINE_UNIT_PATTERNS for at, to in lines for m in pattern.finditer(text, at, to)]
        matches += [  # (TEAM_CLAUSE only where 'and our' stands: a find, not the pattern tried along the line)
            m
            for start, end in lines
            if text.find("and our ", start, end) != -1 or text.find("and Our ", start, end) != -1
            for m in TEAM_CLAUSE.finditer(text, start, end)
        ]
        if may_name_team_abroad(text):
            matches.extend(TEAM_ABROAD.finditer(text))
        for match in sorted(matches, key=lambda m: (m.start("value"), -m.end("value"))):
            following = WORD_AFTER.match(text, match.end())
            if following and following.group(1) in rules.title_words:
                continue  # 'Warehouse Team Lead' is a job title
            if article_or_pronoun(match.group("value"), rules):
                continue  # 'Unser Team besteht aus ...', 'Ein Team aus 48 Pflegefachpersonen ...'
            name = team_name(match.group("value"), text[match.end("value") : match.end()], company)
            if name:
                return name
    for text in texts:  # the unit the language's own words place the hire in: in a script without spaces, a
        # compound after 'our' ('ons renovatieteam'), a unit's noun before its name ('notre service Comptabilité')
        if rules.team_regexes:
            lowered = prefilter_text(text)
            for pattern, literals in zip(rules.team_regexes, rules.team_literals, strict=True):
                if not may_match(literals, lowered):
                    continue  # (a few finds: the pattern tried along the whole text mostly finds nothing)
                match = pattern.search(text)
                if match is not None and match.group("value").strip() != company:
                    return match.group("value").strip()
    for text, lines in texts_and_lines:  # then a unit named by its noun before 'of', less often a team's own
        for start, end in lines:
            for match in UNIT_OF.finditer(text, start, end):
                if match.group("value") != company:
                    return match.group("value")
    for text, lines in texts_and_lines:  # then a team the posting grows or the hire leads
        for start, end in lines:
            if not any(text.find(verb, start, end) != -1 for verb in GROWN_VERB_PARTS):
                continue  # (every match holds one: a few finds instead of the pattern tried along the line)
            for match in TEAM_GROWN.finditer(text, start, end):
                name = team_name(match.group("value"), text[match.end("value") : match.end()], company)
                following = WORD_AFTER.match(text, match.end())
                if name and not (following and following.group(1) in rules.title_words):
                    return name
    for text in texts:  # then a name after a team phrase, less often a team's own
        name = team_after_phrase(text, company, rules)
        if name:
            return name
    for text in texts:  # last, a unit known by its number: 'Ward 7 is a 24-bed rehabilitation ward'
        name = numbered_unit(text)
        if name:
            return name
    return None


# A unit known by its number, as wards, pods and squads are: 'Ward 7', 'Pod 3', 'Squad 12B' (not 'Unit 4',
# which is as often an address).
NUMBERED_UNIT_NOUNS = ("Ward", "Pod", "Squad")
NUMBERED_UNIT = regexes.compile(
    r"(?<![\p{L}\d])(?:" + "|".join(NUMBERED_UNIT_NOUNS) + r")[ ]\d{1,3}[A-Z]?(?![\p{L}\d])"
)


def numbered_unit(text: str) -> str | None:
    """The first unit named by its noun and number, searched only past where a unit noun stands."""
    starts = [at for at in (text.find(noun + " ") for noun in NUMBERED_UNIT_NOUNS) if at != -1]
    found = [NUMBERED_UNIT.search(text, at) for at in starts]
    found = [match for match in found if match is not None]
    return min(found, key=lambda m: m.start()).group() if found else None
