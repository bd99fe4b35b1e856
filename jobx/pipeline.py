"""extract(): the stages in order. Reading this function is reading the architecture."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from itertools import islice

import regex

from . import classify, fields, items, normalise, regexes, segment
from .features import WORD
from .markup import FRONT_MATTER_PREFIX
from .model import ITEMISED_KINDS, REQUIREMENT_KINDS, Item, Logistics, Posting, Section, SectionKind, Span
from .reader import Decoded
from .rules import Rules, default_rules, heading_key, pattern_budget
from .values import logistics_values

LIST_FIELDS = {
    SectionKind.RESPONSIBILITIES: "responsibilities",
    SectionKind.MINIMUM: "minimum_qualifications",
    SectionKind.QUALIFICATIONS: "minimum_qualifications",
    SectionKind.PREFERRED: "preferred_qualifications",
    SectionKind.BENEFITS: "benefits",
}


# A sentence that says what the job is, opening its line or following a sentence's end.
ROLE_STATEMENT = regexes.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))(?:This|The|It)[ ]"
    r"(?:is[ ]an?|role[ ]is|position[ ]is|job[ ]is|post[ ]is)[ ][^.\n]{1,160}"
)
# A phrase in bold or emphasis inside a line: '**Sunday 10 January 2027**', a chat's '*Friday 18th December*'.
EMPHASIS = regexes.compile(r"(?<![\w*_])(\*\*|__|\*)(?=[^\s*_])([^\n*]{1,80}?)(?<=[^\s*_])\1(?![\w*])")


def without_emphasis(text: str) -> str:
    """The text without the bold or emphasis marks around its phrases (the words kept)."""
    return EMPHASIS.sub(r"\2", text) if "*" in text or "__" in text else text


YES_NO = frozenset({"yes", "no", "y", "n", "true", "false", "oui", "non", "ja", "nein", "sí", "si", "sim", "não"})

# Headings that name no list: a posting with only these (a label, the employer, boilerplate) is read as headless.
UNHEADING_KINDS = (None, "boilerplate", "logistics", "company")
# Sections whose bullets, if any, are placed by their wording: no heading says what they are.
UNNAMED_KINDS = (SectionKind.PREAMBLE, SectionKind.ROLE, SectionKind.TEAM)


def normalised(text: str, rules: Rules) -> normalise.NormalText:
    """The text normalised with what the rules know of it: the words for applying, the words that open
    requirements, the boards' labels (their pattern built only where a dump asks for it)."""
    return normalise.normalise(
        text,
        applying_words(rules),
        rules.qualification_openers,
        partial(fields.glued_label_pattern, rules),
        partial(segment.heading_ending, rules=rules),
        partial(segment.dump_heading_spans, rules=rules),
        partial(segment.alias_ends_at, rules=rules),
        rules.duty_verbs,
    )


def applying_words(rules: Rules) -> regex.Pattern[str] | None:
    """The pattern of the words for applying (the rules' deadline cues), or None."""
    return getattr(rules.value_words, "apply_regex", None)  # (None without value words)


def extract(text: str, *, rules: Rules | None = None) -> Posting:
    """Extract the sections, fields and skills of one posting. Pure: no I/O, never raises on text (but a
    pattern from a user's rules file that runs out of the posting's time budget raises RulesTimeout)."""
    rules = rules or default_rules()
    with pattern_budget(rules):  # a user's --rules patterns share one time budget per posting
        normal = normalised(text, rules)
        headings = segment.find_headings(normal.text, rules, dump=normal.dump)
        blocks = classify.classify(normal.text, segment.split_blocks(normal.text, headings), rules)
        headless = not any(h.kind_name not in UNHEADING_KINDS for h in headings)
        sections = tuple(build_section(normal, block, rules, headless) for block in blocks)
        if not any(section.kind is SectionKind.RESPONSIBILITIES and section.items for section in sections):
            sections = tuple(
                with_role_duties(normal, section, block, rules) for section, block in zip(sections, blocks, strict=True)
            )
        return assemble(normal, sections, blocks, rules, headless)


MIN_UNPLACED_DUTIES = 3


def with_role_duties(
    normal: normalise.NormalText, section: Section, classified: classify.Classified, rules: Rules
) -> Section:
    """Where no list names the duties, the role's own sentences that state one are the duties: 'Manages
    customer portfolio, services relationships ...', 'You will deepen the understanding of ...'; so are the
    opening's ('Console Operator is responsible for customer service and kitchen functions, ...')."""
    if section.kind not in (SectionKind.ROLE, SectionKind.PREAMBLE) or section.items:
        return section
    spans = items.duty_sentences(normal.text, classified.block.start, classified.block.end, rules)
    if classified.unplaced and len(spans) < MIN_UNPLACED_DUTIES:
        return section  # under a heading no rule names, only a paragraph of duties ('Your new role': 'You will
        # process ... You'll chase ... You will prepare ...') says what it is
    if section.kind is SectionKind.PREAMBLE:  # before any heading only whole sentences, not page chrome
        spans = [(s, e) for s, e in spans if normal.text[s:e].rstrip().endswith((".", "!", "。"))]
    found = tuple(make_item(normal, s, e, SectionKind.RESPONSIBILITIES) for s, e in spans)
    return replace(section, items=found) if found else section


def extract_decoded(decoded: Decoded, *, rules: Rules | None = None, source: str | None = None) -> Posting:
    """extract() on a read input, then what its markup stated outright (JSON-LD, front matter) preferred
    for the fields it names, and the reader's warnings first."""
    rules = rules or default_rules()
    with pattern_budget(rules):
        return with_stated_fields(decoded, extract(decoded.text, rules=rules), rules, source)


def with_stated_fields(decoded: Decoded, posting: Posting, rules: Rules, source: str | None) -> Posting:
    stated = dict(decoded.metadata)
    title = (
        fields.stated_title(stated.get("title"), posting.title)
        or fields.page_title(stated.get("page_title"))
        or fields.heading_title(stated.get("first_heading"), rules)
    )
    title, employer = fields.title_at_employer(title, rules)
    if title and not posting.title and not (stated.get("company") or posting.company or employer):
        employer = fields.company_line(decoded.text, title, rules)  # the line beside a heading found only now
    logistics = posting.logistics
    updates = {k: stated[k] for k in ("location", "work_arrangement") if stated.get(k)}
    if stated.get("salary") and not logistics.salary:  # pay as the text writes it first ('€70,000 – €85,000 ...')
        updates["salary"] = stated["salary"]
    if stated.get("employment_type"):
        updates["employment_type"] = fields.employment_type(stated["employment_type"].replace("_", " "), rules)
    logistics = replace(logistics, **{k: v for k, v in updates.items() if v})
    # a document's front matter ('department: litigation', 'type: Full-time'): where the text said nothing
    front = {k.removeprefix(FRONT_MATTER_PREFIX): v for k, v in stated.items() if k.startswith(FRONT_MATTER_PREFIX)}
    front = fields.stated_labels(front, rules) if front else {}
    gaps = {k: v for k, v in front.items() if k in Logistics.__dataclass_fields__ and getattr(logistics, k) is None}
    if "location" in gaps:
        gaps["location"], arrangement = fields.split_arrangement(gaps["location"], None, rules)
        if arrangement and logistics.work_arrangement is None:
            gaps["work_arrangement"] = arrangement
    if "employment_type" in gaps:
        gaps["employment_type"] = fields.employment_type(gaps["employment_type"], rules)
    logistics = replace(logistics, **{k: v for k, v in gaps.items() if v})
    return replace(
        posting,
        source=source,
        title=fields.tidy_title(title),
        team=posting.team or front.get("team"),
        company=stated.get("company") or posting.company or employer,
        logistics=logistics,
        values=logistics_values(logistics, rules),
        warnings=decoded.warnings + posting.warnings,
    )


def build_section(
    normal: normalise.NormalText, classified: classify.Classified, rules: Rules, headless: bool
) -> Section:
    block, kind, heading = classified.block, classified.kind, classified.block.heading
    found: tuple[Item, ...] = ()
    if kind in ITEMISED_KINDS or kind is SectionKind.QUALIFICATIONS:
        spans = items.split_items(normal.text, block.start, block.end, kind, rules, dump=normal.dump)
        if (
            not spans
            and kind is SectionKind.BENEFITS
            and heading is not None
            and heading.kind_name is None
            and len(heading.text.split()) >= 3
        ):
            # a perk-like sub-heading with nothing under it was the list's last perk ("Access to a 401k")
            spans = items.split_items(normal.text, heading.start, heading.start + len(heading.text), kind, rules)
        made = []
        for start, end in spans:
            item_end, item_kind = row_kind(normal.text, start, end, kind) if kind in REQUIREMENT_KINDS else (end, kind)
            made.append(make_item(normal, start, item_end, marked_kind(normal.text, start, item_end, item_kind, rules)))
        found = tuple(made)
    elif kind in UNNAMED_KINDS:
        placed = items.items_by_wording(
            normal.text, block.start, block.end, rules, lines_too=headless, dump=normal.dump
        )
        found = tuple(make_item(normal, start, end, item_kind) for item_kind, start, end in placed)
    heading_span = None
    if heading is not None and heading.text:
        heading_span = Span(normal.original(heading.start), normal.original(heading.start + len(heading.text)))
    return Section(
        kind=kind,
        heading=heading.text if heading is not None and heading.text else None,
        heading_span=heading_span,
        body_span=Span(normal.original(block.start), normal.original(block.end)),
        items=found,
    )


def row_kind(text: str, start: int, end: int, kind: SectionKind) -> tuple[int, SectionKind]:
    """Where a requirement's row ends in a person specification's marks ('... subject            E      A/I'),
    the item ends before them, and its mark says which list it is on: 'E' (essential) the requirements, 'D'
    (desirable) the pluses."""
    marks = normalise.ROW_MARKS.search(text, start, end)
    if marks is None:
        return end, kind
    first = marks.group().split()[0]
    if first in ("D", "Desirable"):
        return marks.start(), SectionKind.PREFERRED
    if first in ("E", "Essential"):
        return marks.start(), SectionKind.MINIMUM
    return marks.start(), kind


def marked_kind(text: str, start: int, end: int, kind: SectionKind, rules: Rules) -> SectionKind:
    """An item of the pluses that marks itself required at its end is a requirement: 'CAP, BEP et équivalents
    Travaux paysagers - Exigé' under 'Profil souhaité', 'Experience: boilermaking: 5 years (Required)'."""
    if kind is SectionKind.PREFERRED and rules.required_marker_regex.search(text, start, end):
        return SectionKind.MINIMUM
    return kind


def make_item(normal: normalise.NormalText, start: int, end: int, kind: SectionKind) -> Item:
    text = " ".join(normal.text[start:end].split())
    return Item(text, normal.original(start), normal.original(end), LIST_FIELDS[kind])


@dataclass
class Collected:
    lists: dict[str, list[Item]]
    warnings: list[str]


def opening_lines(text: str, blocks: list[classify.Classified], skip: int = 0) -> str:
    """The text before the first heading that a rule names: where a title is, past page chrome and
    unknown short lines ('LinkedIn', 'Jobs', 'Revenue Analyst'). Not a label of logistics, which a header
    holds beside its title, and a site's menu too ('Find jobs / Salary / Tax calculator'). With `skip`,
    before a later one (a menu's entry read as a heading: 'Unternehmen Leistungen Karriere Kontakt')."""
    named = (
        c.block.heading
        for c in blocks
        if c.block.heading is not None
        and c.block.heading.kind_name not in (None, "logistics")
        and not in_menu_row(text, c.block.heading.start)
    )  # (lazily: each menu-row test reads the heading's line, which in a dump is the whole text)
    found = next(islice(named, skip, None), None)
    return text[: found.start] if found is not None else text


MENU_OPENING = 200  # characters before the first heading: a page's menu, the title below it
MENU_ROW_SEPARATORS = 2  # ' · ' or ' | ' this often on a line: a row of links, whose entries are no headings


def in_menu_row(text: str, at: int) -> bool:
    """A heading that is an entry of a row of links: 'Norrvind Service AB · Jobb · Om oss · Kontakt'."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end != -1 else len(text)]
    return line.count(" · ") + line.count(" | ") >= MENU_ROW_SEPARATORS and len(line) < MAX_MENU_ROW


MAX_MENU_ROW = 300


def assemble(
    normal: normalise.NormalText,
    sections: tuple[Section, ...],
    blocks: list[classify.Classified],
    rules: Rules,
    headless: bool,
) -> Posting:
    """Gather items per list, then the single-valued fields, then the warnings."""
    text = normal.text
    lists: dict[str, list[Item]] = {name: [] for name in dict.fromkeys(LIST_FIELDS.values())}
    seen_texts: dict[str, set[str]] = {name: set() for name in lists}
    warnings: list[str] = []
    seen_kinds = set()
    company = None
    labelled: dict[str, str] = {}
    logistics_text: list[str] = []
    perks_text: list[str] = []
    employment_text: list[str] = []  # where the kind of job is read from prose: not what the candidate is
    unplaced: set[str | None] = set()
    team_texts: list[str] = []
    company_texts: list[str] = []  # where a team is looked for last ('The Payments Infrastructure team ...')
    first_sentence = None
    for section, classified in zip(sections, blocks, strict=True):
        block = classified.block
        body = text[block.start : block.end]
        seen_kinds.add(section.kind)
        for item in section.items:
            # near-duplicates collapse: the same words whatever the case, punctuation and spacing
            # (a set: comparing every pair was quadratic)
            key = " ".join([word.rstrip(".'’&/-") for word in WORD.findall(item.text.casefold())])
            if key not in seen_texts[item.list_name]:
                seen_texts[item.list_name].add(key)
                lists[item.list_name].append(item)
        named = section.heading is not None and section.heading not in unplaced
        if classified.unplaced and not section.items and named:
            unplaced.add(section.heading)
            warnings.append(f"heading {section.heading!r} not recognised; its text was not itemised")
        if section.kind is SectionKind.ROLE and first_sentence is None and block is blocks[1].block:
            first_sentence = body.split(". ")[0] if body.strip() else None
        if section.kind is SectionKind.COMPANY and company is None and block.heading is not None:
            company = block.heading.company
        if section.kind is SectionKind.TEAM:
            team_texts.append(body)
        if section.kind is SectionKind.COMPANY:
            company_texts.append(body)
        if section.kind in fields.LOGISTICS_SKIPPED:
            perks_text.append(body)
        else:
            heading_text = block.heading.text if block.heading is not None else ""
            logistics_text.append(f"{heading_text}\n{body}" if heading_text else body)
            if section.kind not in REQUIREMENT_KINDS:
                employment_text.append(logistics_text[-1])
            else:  # a sentence about the role among the requirements: 'This is a full-time, hybrid role ...'
                employment_text.extend(m.group() for m in ROLE_STATEMENT.finditer(body))
            if section.kind is SectionKind.LOGISTICS:
                for field, value in fields.labelled_values(heading_text, body, rules).items():
                    labelled.setdefault(field, value)
    searched, perks, opening = "\n".join(logistics_text), "\n".join(perks_text), opening_lines(text, blocks)
    # the first label in the text wins; a logistics block's own label only where the text has none
    labelled = {**labelled, **fields.labelled_fields(searched, rules)}
    place_labelled = "location" in labelled  # a place its label names is believed over a guess at the employer
    for field, value in fields.meta_line_fields(text, rules).items():
        labelled.setdefault(field, value)
    for field, value in fields.labelled_fields(perks, rules).items():
        labelled.setdefault(field, value)  # "Start date: immediately" after the perks of a one-line dump
    stated_title = fields.clean_value(labelled.get("title", ""))
    if stated_title and (
        not stated_title[:1].isalpha()
        or stated_title.casefold() in YES_NO
        or rules.label_fields.get(heading_key(stated_title))
    ):
        stated_title = None  # 'Vacantes: 12Hoteles Cala Serena S.L. trata ...': a count, not a job's name;
        # 'EE Position: Yes' a form's answer; and another label ('Title' / 'Site' in a menu) no value
    title = stated_title or fields.find_title(opening, first_sentence, searched, rules, text)
    if title is None and len(opening) < MENU_OPENING:
        # the first heading stood in the page's menu, above the title: read on to the next one
        title = fields.find_title(opening_lines(text, blocks, 1), first_sentence, searched, rules, text)
    heading_company = company
    company = (
        fields.clean_value(labelled.get("company", ""))
        or company
        or fields.company_line(text, title, rules)
        or fields.find_company(text, rules, labelled.get("location"))
        or fields.company_introduced(company_texts, rules)
        or fields.header_company(opening, rules, text)
        or fields.legal_name_line(text, rules)
    )
    if company and company == heading_company and not labelled.get("company"):
        # 'About Coastline' over the header's 'Coastline Fixings & Fasteners': the name as the header writes it
        whole = fields.company_line(text, title, rules)
        company = whole if whole and whole.startswith(company + " ") else company
    if company is None or fields.unlike_a_name(company, text, rules):
        # a name with its legal form, over no name; a labelled value stays; else no name at all rather than a
        # piece of a word ('Ma')
        kept = company if labelled.get("company") or not fields.no_name_at_all(company) else None
        company = fields.firm_with_form(text, rules) or kept
    company = fields.fuller_name_in_header(fields.fuller_name(fields.spelt_out(company, text), text), text, rules)
    title = fields.unglued_title(fields.without_company(title, company), text, rules)
    title = fields.title_with_specialism(title, company, text)
    team = fields.clean_value(labelled.get("team", "")) or fields.find_team(
        [*team_texts, searched, *company_texts], company, rules
    )
    same = " ".join(labelled.get("location", "").casefold().split()) == " ".join((company or "").casefold().split())
    if company and same and not place_labelled:
        del labelled["location"]  # 'Brightline Energy · Cardiff · Full time' under the title: the employer, not a place
    # (emphasis inside a sentence parts a cue from its value: 'Applications close **Sunday 10 January 2027**')
    logistics = fields.find_logistics(
        without_emphasis(searched), labelled, title, rules, without_emphasis(perks), "\n".join(employment_text)
    )
    if logistics.location is None:
        place = fields.place_under_title(text, title, company, rules)
        if place:
            logistics = replace(logistics, location=place)
    if company and not labelled.get("company") and logistics.location:
        if company.casefold() in fields.place_parts(logistics.location):
            # ('the shop at Koror', and Koror the place the posting is in): the employer is named elsewhere
            company = fields.find_company(text, rules, logistics.location)
            company = company and fields.fuller_name_in_header(fields.fuller_name(company, text), text, rules)
    title = fields.tidy_title(fields.without_terms_after(title, logistics.location, rules))
    requirement_texts = [
        item.text
        for name in ("minimum_qualifications", "preferred_qualifications")
        for item in lists[name]
    ]
    if headless and any(lists.values()):
        warnings.append("no section headings found; items were placed by their wording")
    for name, values in lists.items():
        if not values:
            warnings.append(f"no {name.replace('_', ' ')} found")
    return Posting(
        title=title,
        company=company,
        team=team,
        responsibilities=tuple(lists["responsibilities"]),
        minimum_qualifications=tuple(lists["minimum_qualifications"]),
        preferred_qualifications=tuple(lists["preferred_qualifications"]),
        benefits=tuple(lists["benefits"]),
        logistics=logistics,
        skills=fields.find_skills(requirement_texts, rules),
        warnings=tuple(warnings),
        sections=sections,
        values=logistics_values(logistics, rules),  # the words made values: from the phrases above only
    )
