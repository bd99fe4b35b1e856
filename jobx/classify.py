"""Give each block a SectionKind: from its heading's alias, or from its neighbours for sub-headings."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import regexes
from .features import LINE_BULLET, WORD, line_spans
from .items import OPENER_REACH, list_opener
from .model import REQUIREMENT_KINDS, SectionKind
from .rules import Rules, heading_key
from .segment import MENU_BARS, Block, strong_keyword, strongly_named_kind
from .skills import skill_matches
from .votes import bullet_runs, condition_end, content_kind, family, line_vote, voted_groups, word_vote

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

LIST_KINDS = (
    SectionKind.RESPONSIBILITIES,
    SectionKind.MINIMUM,
    SectionKind.PREFERRED,
    SectionKind.BENEFITS,
    SectionKind.QUALIFICATIONS,
)
LIST_KIND_NAMES = frozenset(kind.value for kind in LIST_KINDS)
BULLET_LINE = regexes.compile(r"[ \t]*[-*•·▪–][ \t]*\S")
BULLET_LABEL = regexes.compile(r"[ \t]*[-*•·▪–][ \t]*[^:\n]{1,30}:[ \t]")  # '- Salary: EUR 70k'
SHORT_BULLET_LINE = regexes.compile(r"^[ \t]*[-*•·▪–][ \t]*\S(?:[^\n]{0,60})$")


@dataclass(frozen=True)
class Classified:
    """A block with the section kind it was given."""

    block: Block
    kind: SectionKind
    unplaced: bool = False  # a heading-like line that no alias names, outside any list
    why: str = field(default="", compare=False)  # which rule gave the kind, for `jobx show --explain`


def block_lines(text: str, block: Block) -> list[str]:
    """The lines of the block that hold more than white space."""
    return [line for line in text[block.start : block.end].split("\n") if line.strip()]


def is_short_list(text: str, block: Block) -> bool:
    lines = block_lines(text, block)
    return bool(lines) and all(SHORT_BULLET_LINE.match(line) for line in lines)


def is_empty(text: str, block: Block) -> bool:
    return not text[block.start : block.end].strip()


def single_paragraph(text: str, block: Block) -> bool:
    """A body of one line that is no bullet: a paragraph (a page's <p>, a markdown paragraph)."""
    found = block_lines(text, block)
    return len(found) == 1 and not BULLET_LINE.match(found[0])


def plain_list(text: str, block: Block, lines: int = 2) -> bool:
    """A body of `lines` lines or more, none of them a bullet."""
    found = block_lines(text, block)
    return len(found) >= lines and not any(BULLET_LINE.match(line) for line in found)


def lists_perks(text: str, block: Block, rules: Rules) -> bool:
    """Most lines of the block (two at least) name perks by the rules' benefit cues."""
    lines = block_lines(text, block)
    bullets = [line for line in lines if BULLET_LINE.match(line)]
    lines = bullets or lines  # notes under a list do not vote
    lines = [line for line in lines if line.count(" | ") < MENU_BARS]  # nor a menu ('Home | Pension | Login')
    perks = rules.prose_cue(SectionKind.BENEFITS)
    if perks is None or len(lines) < 2:
        return False
    named, needed = 0, (len(lines) + 1) // 2  # half of them at least
    for seen, line in enumerate(lines, 1):  # until the count is reached, or out of reach
        named += perks.search(line) is not None
        if named >= needed or named + len(lines) - seen < needed:
            break
    return named >= needed


def states_requirements(text: str, block: Block, rules: Rules) -> bool:
    """Some line of the block asks for something: a requirement opener or word, or a skill's name."""
    return any(
        line_vote(line, rules) in REQUIREMENT_KINDS or rules.skill_regex.search(line)
        for line in block_lines(text, block)
    )


TOOL_LINE_NAMES = 2
MAX_TERM_WORDS = 8


def lists_tools(text: str, block: Block, rules: Rules) -> bool:
    """Most lines of the block (two at least) name two tools or more: a tech stack ('Backend: Node.js,
    Python, GraphQL'), which is neither a perk nor a duty."""
    lines = block_lines(text, block)
    if len(lines) < 2:
        return False
    return sum(len(skill_matches(line, rules)) >= TOOL_LINE_NAMES for line in lines) * 2 >= len(lines)


def lists_terms(text: str, block: Block, rules: Rules) -> bool:
    """Most lines of a short list (two at least) state a term of the job, not a perk: a date, a duration,
    a rate of pay, a kind of contract ('May 2024', '3 month term', 'Hourly compensation at $115/hour')."""
    perks = rules.prose_cue(SectionKind.BENEFITS)
    lines = [line[bullet.end() if (bullet := LINE_BULLET.match(line)) else 0 :] for line in block_lines(text, block)]
    if len(lines) < 2 or any(len(line.split()) > MAX_TERM_WORDS for line in lines):
        return False
    terms = sum(
        not (perks is not None and perks.search(line))
        and (
            bool(rules.employment_regex.search(line))
            or any(pattern.search(line) for tiers in rules.field_regexes.values() for tier in tiers for pattern in tier)
        )
        for line in lines
    )
    return terms * 2 > len(lines)


def names_perks(text: str, block: Block, rules: Rules) -> bool:
    """Two bullets at least name a perk and state no term of the job: a list of the job's terms that
    goes on into its perks ('Salary: ...', 'Learning budget of EUR 1,500 a year', 'Home office budget')."""
    perks = rules.prose_cue(SectionKind.BENEFITS)
    if perks is None:
        return False
    bullets = [line for line in block_lines(text, block) if BULLET_LINE.match(line)]
    named = sum(bool(perks.search(line)) and not BULLET_LABEL.match(line) for line in bullets)
    if named >= 2:
        return True
    # or a paragraph that lists them ('TERMS OF SERVICE' over 'The selected candidate will be entitled to Provident
    # Fund, gratuity, Group Insurance Scheme, 21 days of earned leave ...'), by its lines' or its parts' strong signs
    if bullets or not plain_list(text, block, lines=1):
        return False
    one = single_paragraph(text, block)
    return content_kind(text, block.start, block.end, rules, prose=one, strong_only=True) is SectionKind.BENEFITS


def holds_a_value(text: str, block: Block, rules: Rules) -> bool:
    """A label's heading over its value, a line that is no bullet ('Salaire : à partir de 16,42 € ...'), and a
    list of bullets after a blank line: the list is parted from it (split_after_a_label), not the value made a
    perk."""
    heading = block.heading
    if heading is None or heading_key(heading.text) not in rules.label_fields:
        return False
    lines = block_lines(text, block)
    if not lines or BULLET_LINE.match(lines[0]) or PARAGRAPH_BREAK.search(text, block.start, block.end) is None:
        return False
    return any(BULLET_LINE.match(line) for line in lines[1:])


def sells_the_employer(text: str, block: Block, rules: Rules) -> bool:
    """A body of prose (no bullet) with no perk word in it: a heading that only a keyword names as
    perks ('Why Join Us') over the company's mission."""
    perks = rules.prose_cue(SectionKind.BENEFITS)
    return plain_list(text, block, lines=1) and (perks is None or not perks.search(text[block.start : block.end]))


def names_technology(heading: str, rules: Rules) -> bool:
    """A technology's name over its lines is a topic of the list ('AWS', 'Linux', 'Docker'). Asked last:
    the skills pattern costs more than the other signs together."""
    return len(heading.split()) <= 3 and bool(rules.skill_regex.search(heading))


def classify(text: str, blocks: list[Block], rules: Rules) -> list[Classified]:
    """Kinds for every block, in order, then each block split where a list in it votes clearly for
    another kind."""
    return desired_as_required(intros_before_duties(text, [
        piece
        for classified in by_headings(text, blocks, rules)
        for voted in split_by_votes(text, classified, rules)
        for lead in split_by_lead_ins(text, voted, rules)
        for perks in split_off_perks(text, lead, rules)
        for pluses in split_off_pluses(text, perks, rules)
        for facts in split_off_facts(text, pluses)
        for piece in split_after_a_label(text, facts, rules)
    ]), rules)


def weakly_named_otherwise(text: str, block: Block, kind: SectionKind, rules: Rules) -> bool:
    """A heading of the duties that only a weak keyword names ('You'll ...', 'Your role'), over a list whose
    lines vote for the requirements: the vote tells duties from requirements, where the word does not."""
    heading = block.heading
    if kind is not SectionKind.RESPONSIBILITIES or heading is None or not heading.text:
        return False
    if strongly_named_kind(heading.text, rules) is not None:
        return False
    return content_kind(text, block.start, block.end, rules) is SectionKind.MINIMUM


def desired_as_required(pieces: list[Classified], rules: Rules) -> list[Classified]:
    """Where a posting names no list its requirements but two lists of pluses under two headings, the first
    states what it asks for in a soft word ('DESIRED SKILLS / PROFILE', then 'Candidates with the following will be
    preferred'): it is the requirements."""
    if any(piece.kind is SectionKind.MINIMUM for piece in pieces):
        return pieces
    headed = [
        index for index, piece in enumerate(pieces)
        if piece.kind is SectionKind.PREFERRED and piece.block.heading is not None and piece.block.heading.text
    ]
    if len(headed) < 2 or not rules.soft_ask_regex.search(pieces[headed[0]].block.heading.text):
        return pieces  # (not a heading of pluses by name: 'Les plus', then 'Profil souhaité')
    first = headed[0]
    required = replace(pieces[first], kind=SectionKind.MINIMUM, why="desired, pluses after")
    return [*pieces[:first], required, *pieces[first + 1 :]]


MIN_PROSE_WORDS = 8  # a line of prose, not a list's line ('Plan and run daily play-based activities')


def intros_before_duties(text: str, pieces: list[Classified]) -> list[Classified]:
    """A duties section of prose alone right before a duties section with its own heading is the role's
    introduction ('Descrição da vaga' / 'A Fazenda ... produz ... Procuramos ...' / 'Atividades' / '- ...'):
    the heading below is where the duties are."""
    found = list(pieces)
    for index in range(len(found) - 1):
        piece, following = found[index], found[index + 1]
        if piece.kind is not SectionKind.RESPONSIBILITIES or following.kind is not SectionKind.RESPONSIBILITIES:
            continue
        if following.block.heading is None or not following.block.heading.text:
            continue
        spans = [(s, e) for s, e in line_spans(text, piece.block.start, piece.block.end) if text[s:e].strip()]
        prose = all(len(text[s:e].split()) >= MIN_PROSE_WORDS and not BULLET_LINE.match(text, s, e) for s, e in spans)
        if spans and prose:
            found[index] = replace(piece, kind=SectionKind.ROLE, why="prose before the duties' own heading")
    return found


# A line of a facts block: 'Salaire offert : de 30,50 $ ...', 'Statut d'emploi : permanent' (a short label).
FACT_LINE = regexes.compile(r"[ \t]*+\p{Lu}[^\n:：]{0,40}?[ \t]?[:：][ \t]*+\S")
MIN_FACT_LINES = 3
FACT_SHARE = 0.6
MAX_FACT_WORDS = 6


def split_off_facts(text: str, classified: Classified) -> list[Classified]:
    """The end of a list that turns into a block of 'Label : value' lines (three or more, most of the
    lines from there on) is a facts block, not more items: a job board's fields after the last list."""
    block, own = classified.block, classified.kind
    if own not in LIST_KINDS:
        return [classified]
    spans = list(line_spans(text, block.start, block.end))
    facts = [FACT_LINE.match(text, s, e) is not None and not BULLET_LINE.match(text, s, e) for s, e in spans]
    for index in range(1, len(spans)):
        if not facts[index] or facts[index - 1]:
            continue
        rest = facts[index:]
        if sum(rest) < MIN_FACT_LINES or sum(rest) < FACT_SHARE * len(rest):
            continue
        values = sorted(
            len(text[s:e].split(":", 1)[-1].split("：", 1)[-1].split())
            for (s, e), fact in zip(spans[index:], rest, strict=True) if fact
        )
        if values[len(values) // 2] <= MAX_FACT_WORDS:  # facts are short: not 'Activity Planning: Develop ...'
            return tail_apart(classified, spans[index][0], SectionKind.LOGISTICS, "facts")
    return [classified]


def split_after_a_label(text: str, classified: Classified, rules: Rules) -> list[Classified]:
    """A label's heading owns its value, not the paragraphs after it: 'Location' over 'Townsville QLD', then
    after a blank line the posting's prose ('You will teach ...'), which no heading names."""
    block, heading = classified.block, classified.block.heading
    if classified.kind is not SectionKind.LOGISTICS or heading is None or not heading.text:
        return [classified]
    prose = first_prose_line(text, block)
    if prose is not None:
        # a line of prose under the labels, where a dump's gaps parted them from it ('... Job ID: MDB-0419' / 'As
        # Guest Relations Supervisor you will welcome arriving guests ... You will lead a team of four ...')
        head, tail = tail_apart(classified, prose, SectionKind.ROLE, "after a label's value")
        return [head, replace(tail, unplaced=True)]
    if heading_key(heading.text) not in rules.label_fields:
        return [classified]  # a section of terms ('Job details') holds more than one value
    blank = PARAGRAPH_BREAK.search(text, block.start, block.end)
    if blank is None or not text[block.start : blank.start()].strip():
        return [classified]
    rest = text[blank.end() : block.end]
    if not any(len(line.split()) >= MIN_PROSE_WORDS for line in rest.split("\n")):
        return [classified]  # more short terms ('Hybrid, 2 days in the office')
    # (a list there is what its lines name: '· chèques-repas de 8 € par jour', '· assurance hospitalisation ...' under
    # 'Salaire : ...')
    voted = content_kind(text, blank.end(), block.end, rules)
    if voted in LIST_KINDS:
        return list(tail_apart(classified, blank.end(), voted, "content after a label's value"))
    head, tail = tail_apart(classified, blank.end(), SectionKind.ROLE, "after a label's value")
    return [head, replace(tail, unplaced=True)]  # (as under a heading no rule names: its duties need saying)


PARAGRAPH_BREAK = regexes.compile(r"\n[ \t]*\n")
MIN_PROSE_LINE_WORDS = 30
PROSE_SENTENCE = regexes.compile(r"\p{Ll}[.!?][ ]++\p{Lu}")


def first_prose_line(text: str, block: Block) -> int | None:
    """The start of the first line under a block's labels that is prose: two sentences or more and thirty words,
    after a line that holds a label; None where none is."""
    lines = list(line_spans(text, block.start, block.end))
    for index, (start, end) in enumerate(lines[1:], 1):
        if len(text[start:end].split()) >= MIN_PROSE_LINE_WORDS and PROSE_SENTENCE.search(text, start, end):
            before = text[lines[index - 1][0] : lines[index - 1][1]]
            return start if ":" in before else None
    return None


def tail_apart(classified: Classified, start: int, kind: SectionKind, why: str) -> list[Classified]:
    """The block up to `start` as it was classified, and the rest of it, with no heading, as `kind`."""
    block = classified.block
    head = Classified(Block(block.heading, block.start, start), classified.kind, classified.unplaced, classified.why)
    return [head, Classified(Block(None, start, block.end), kind, why=why)]


# A condition on the reader or the applicant near a sentence's start, after the requirements, is what would be a
# plus ('We would also like to hear from you if you have installed ...', 'It will be considered a strength if
# the applicant additionally has', 'Det är meriterande om du ...'; votes.condition_end)
CONDITION_REACH = 120
MIN_PLAIN_ITEMS = 2
MAX_PLAIN_ITEM_WORDS = 15


def split_off_pluses(text: str, classified: Classified, rules: Rules) -> list[Classified]:
    """A sentence after a list of required bullets, or a paragraph of its own after the requirements, that
    says what would be a plus is the preferred list: '- Safe Pass card' then 'Bonus if you have experience
    with solar PV or EV chargers.'; 'It would be great if you also have ...' after a blank line."""
    block, own = classified.block, classified.kind
    pluses = rules.prose_cue(SectionKind.PREFERRED)
    if own not in (SectionKind.MINIMUM, SectionKind.QUALIFICATIONS) or pluses is None:
        return [classified]
    bullets_seen = content_seen = paragraph_break = False
    plain_items = 0  # short plain lines: a list's items without bullets (a dump's, parted where they were glued)
    line_start = block.start
    for line in text[block.start : block.end].split("\n"):
        line_end = line_start + len(line)
        if BULLET_LINE.match(line):
            bullets_seen = content_seen = True
            if (split := run_on_pluses(text, line_start, line_end, rules)) is not None:
                return tail_apart(classified, split, SectionKind.PREFERRED, "pluses sentence")
        elif not line.strip():
            paragraph_break = content_seen
        elif (
            (bullets_seen or paragraph_break)
            and (
                pluses.search(text, line_start, line_end)
                or condition_end(text, line_start, min(line_end, line_start + CONDITION_REACH), rules) is not None
            )
        ) or (
            # after plain items (a dump's, parted where they were glued), a line that names a plus before it sets
            # the reader a condition: 'It would be a bonus if you have used ...'
            plain_items >= MIN_PLAIN_ITEMS
            and (after := condition_end(text, line_start, min(line_end, line_start + CONDITION_REACH), rules))
            is not None
            and (cue := pluses.search(text, line_start, after)) is not None
            and SENTENCE_BREAK.search(text, line_start, cue.start()) is None  # (in the line's first sentence)
        ):
            return tail_apart(classified, line_start, SectionKind.PREFERRED, "pluses sentence")
        else:
            content_seen = True
            plain_items += 0 < len(line.split()) <= MAX_PLAIN_ITEM_WORDS and not line.rstrip().endswith(":")
            # the last sentence of a list's line that sets the reader a condition ('... night shifts. Although
            # not essential, it would help if you have worked in a prison, ...'): the pluses, run on
            if (split := run_on_pluses(text, line_start, line_end, rules)) is not None:
                return tail_apart(classified, split, SectionKind.PREFERRED, "pluses sentence")
        line_start = line_end + 1
    return [classified]


def run_on_pluses(text: str, line_start: int, line_end: int, rules: Rules) -> int | None:
    """Where a later sentence of a list's line sets the reader a condition, the pluses run on after the last
    requirement ('... night shifts. Although not essential, it would help if you have worked in ...'); not a
    lead-in ('You'll thrive in this role if you bring:')."""
    if text[line_start:line_end].rstrip(" \t*_").endswith((":", "：")):
        return None
    if rules.condition_regex.search(text, line_start, line_end) is None:
        return None  # (every split below stands before a condition: one search instead of one per sentence)
    for sentence in SENTENCE_BREAK.finditer(text, line_start, line_end):
        if condition_end(text, sentence.end(), min(line_end, sentence.end() + CONDITION_REACH), rules) is not None:
            return sentence.end()
    # (or a sentence whose full stop a scrape lost, a capital after the item's last word, the condition a few
    # words on: '... willing to travel within the two parishes It helps, too, if you have experience ...')
    for start in UNSTOPPED_SENTENCE.finditer(text, line_start, line_end):
        if condition_end(text, start.end(), min(line_end, start.end() + UNSTOPPED_CONDITION_REACH), rules) is not None:
            return start.end()
    return None


UNSTOPPED_SENTENCE = regexes.compile(r"(?<=\p{Ll}{2})[ ](?=\p{Lu}\p{Ll})")
UNSTOPPED_CONDITION_REACH = 30


PERKS_COLON = regexes.compile(r"\p{Lu}[^:.!?\n]{2,38}:[ \t]")
MIN_PERKS_NAMED = 2


def split_off_perks(text: str, classified: Classified, rules: Rules) -> list[Classified]:
    """A sentence that lists perks at the end of a requirements, duties or pay section, with no heading of
    its own, is the perks: 'We offer competitive pay, medical and dental insurance, and a 401(k) with
    company match.' It opens with a list opener and names two perks or more in a comma list. Its paragraph
    may be wrapped over lines ('The Council offers a permanent post ...,\nwith 18 days' annual leave, ...')."""
    block, own = classified.block, classified.kind
    if own not in (*REQUIREMENT_KINDS, SectionKind.RESPONSIBILITIES, SectionKind.LOGISTICS):
        return [classified]
    perks = rules.prose_cue(SectionKind.BENEFITS)
    if perks is None:
        return [classified]
    for paragraph_start, paragraph_end in plain_paragraphs(text, block.start, block.end):
        # two commas must follow the opener: a sentence starting past the paragraph's last comma but one has
        # no comma list (found once per paragraph: a count from each sentence start is quadratic on a dump)
        last_comma = text.rfind(",", paragraph_start, paragraph_end)
        list_reach = text.rfind(",", paragraph_start, last_comma) if last_comma != -1 else -1
        if list_reach == -1:
            continue
        breaks = WRAPPED_SENTENCE_BREAK.finditer(text, paragraph_start, paragraph_end)
        for start in [paragraph_start, *(m.end() for m in breaks)]:
            if start <= block.start or start > list_reach:
                continue  # (asked before the opener is looked for) the block's opening, or no comma list
            opener = list_opener(text, start, paragraph_end, rules)
            if opener is None:  # or a colon that a list follows: 'We look after our people: a housing allowance, ...'
                opener = PERKS_COLON.match(text, start, min(paragraph_end, start + OPENER_REACH + 10))
            # (the sentence may name its list's kind before the opener: 'Attractive benefits include NIS, ...')
            named = opener is not None and strong_keyword(text[start : opener.end()], rules, SectionKind.BENEFITS)
            if (
                opener is not None
                and text.count(",", opener.end(), paragraph_end) >= 2
                and (named or sum(1 for _ in perks.finditer(text, opener.end(), paragraph_end)) >= MIN_PERKS_NAMED)
            ):
                return tail_apart(classified, start, SectionKind.BENEFITS, "perks sentence")
    return [classified]


def plain_paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraphs of plain lines between start and end: runs of lines that are neither blank nor
    bullets, each as (its first line's start, its last line's end)."""
    paragraph: tuple[int, int] | None = None
    for line_start, line_end in line_spans(text, start, end):
        if paragraph is not None and text.find("\n", paragraph[1] + 1, line_start) != -1:
            yield paragraph  # a blank line (line_spans yields none) ends it
            paragraph = None
        if BULLET_LINE.match(text, line_start, line_end):
            if paragraph is not None:
                yield paragraph
            paragraph = None
        else:
            paragraph = (paragraph[0] if paragraph else line_start, line_end)
    if paragraph is not None:
        yield paragraph


SENTENCE_BREAK = regexes.compile(r"[.!?][ \t]+")
WRAPPED_SENTENCE_BREAK = regexes.compile(r"[.!?][ \t\n]+")  # (also at a wrapped line's end)
LEAD_IN_KINDS = (SectionKind.BOILERPLATE, SectionKind.PREFERRED)
MUST = regexes.compile(r"(?i)\bmust\b")


def requirement_lead_in(text: str, block: Block, run_start: int, rules: Rules) -> bool:
    """The last line above a run of bullets (in the block, or its heading) closes with a colon and states a
    requirement: what the bullets go on to say is asked of the candidate, whatever verb opens them."""
    above = text[block.start : run_start].rstrip()
    line = above[above.rfind("\n") + 1 :]
    if not line and block.heading is not None:
        line = text[block.heading.start : block.start].rstrip()
    return line.endswith((":", "：")) and rules.requirement_regex.search(line) is not None


def split_by_lead_ins(text: str, classified: Classified, rules: Rules) -> list[Classified]:
    """A requirements list whose lead-in says it is a plus is the preferred list ('... prior experience in
    any of the following would be an advantage:' over its bullets, under 'Basic Requirements'); one whose
    lead-in says it is not asked for is no list of requirements ('However, you are NOT expected to:')."""
    block, own = classified.block, classified.kind
    if own is SectionKind.BENEFITS:
        return [duties_led_in(text, classified, rules)]
    if own not in (SectionKind.MINIMUM, SectionKind.QUALIFICATIONS):
        return [classified]
    pieces: list[Classified] = []
    start = block.start
    for run in bullet_runs(text, block.start, block.end):
        line_end = run[0][0] - 1  # the line before the run ends at its newline
        line_start = text.rfind("\n", block.start, max(block.start, line_end)) + 1
        if line_end <= line_start or line_start < start:
            continue
        line = text[line_start:line_end].rstrip()
        if not line.endswith((":", "：")):
            continue
        opening = line_start + max((m.end() for m in SENTENCE_BREAK.finditer(line)), default=0)
        lead_in = text[opening : line_start + len(line)]
        # 'not expected to' before 'not required': a list not asked for, then one that is a plus
        named = next((kind for kind in LEAD_IN_KINDS if strong_keyword(lead_in, rules, kind)), None)
        if named is None or (named is SectionKind.BOILERPLATE and MUST.search(lead_in)):
            continue  # 'Each candidate must, on the latest date for receipt of application forms:' asks
        if opening > start:
            head = block.heading if start == block.start else None
            pieces.append(Classified(Block(head, start, opening), own, classified.unplaced, classified.why))
        end = run[-1][2]
        pieces.append(Classified(Block(None, opening, end), named, why="lead-in"))
        start = end
    if not pieces:
        return [classified]
    if start < block.end:
        pieces.append(Classified(Block(None, start, block.end), own, why="after lead-in"))
    return pieces


def duties_led_in(text: str, classified: Classified, rules: Rules) -> Classified:
    """A heading that may name the perks or the work ('Das erwartet Sie', 'What awaits you') over a list
    whose lead-in states duties ('In dieser Rolle werden Sie:', 'In this role you will:'): the duties. The
    lead-in is the body's first line, closed by a colon, with a cue for duties and none for perks."""
    block = classified.block
    duties, perks = rules.prose_cue(SectionKind.RESPONSIBILITIES), rules.prose_cue(SectionKind.BENEFITS)
    spans = list(line_spans(text, block.start, block.end))
    first = spans[0] if spans else None
    if duties is None or first is None or BULLET_LINE.match(text, *first):
        return classified
    line = text[first[0] : first[1]].rstrip()
    if not line.endswith((":", "：")) or len(line.split()) > MAX_DUTIES_LEAD_IN_WORDS:
        return classified
    if not duties.search(line) or (perks is not None and perks.search(line)):
        return classified
    if not any(BULLET_LINE.match(text, s, e) for s, e in spans):
        return classified
    return Classified(block, SectionKind.RESPONSIBILITIES, classified.unplaced, "lead-in")


MAX_DUTIES_LEAD_IN_WORDS = 12


# Kinds whose text may hold a list of another kind: the perks under 'About us', duties under 'Closing date'.
VOTED_KINDS = frozenset(
    {*LIST_KINDS, SectionKind.LOGISTICS, SectionKind.COMPANY, SectionKind.ROLE, SectionKind.PREAMBLE, SectionKind.TEAM}
)
# Of these, the ones whose lines items_by_wording already places one by one: only perks are split off.
WORDING_KINDS = frozenset({SectionKind.ROLE, SectionKind.PREAMBLE, SectionKind.TEAM})
MIN_GROUP = 3
VOTE_SHARE = 0.4
LIST_SHARE = 0.6


def disagrees(group: Any, own: SectionKind) -> bool:
    """A group of bullets clearly names a kind other than its section's: three bullets or more, at
    least 40% of them voting for that kind (60% against a named list), and at most one in five for the
    section's own."""
    if group.kind is None or group.kind is family(own) or group.size < MIN_GROUP:
        return False
    if own in WORDING_KINDS and group.kind is not SectionKind.BENEFITS:
        return False
    share = LIST_SHARE if own in LIST_KINDS else VOTE_SHARE  # a named list yields only to a clear majority
    return group.counts[group.kind] >= max(2, share * group.size) and group.counts.get(family(own), 0) * 5 <= group.size


def perks_agree(text: str, run: list[tuple[int, int, int]], rules: Rules) -> bool:
    """In a list of perks (voted with strong signs only) a bullet votes for another kind only by its first
    word, as perk words vote for perks: with fewer than two such votes in all, no kind has two, and no
    group disagrees. (Counted together: a word addressing the reader votes for the duties or, by the rest
    of its line, for the requirements.)"""
    votes = 0
    for _, words, end in run:
        first = WORD.search(text, words, end)
        votes += first is not None and word_vote(first.group(), rules) is not None
        if votes >= 2:
            return False
    return True


def split_by_votes(text: str, classified: Classified, rules: Rules) -> list[Classified]:
    block, own = classified.block, classified.kind
    if own not in VOTED_KINDS:
        return [classified]
    pieces: list[Classified] = []
    start = block.start
    for run in bullet_runs(text, block.start, block.end, plain=True):
        if len(run) < MIN_GROUP or (own is SectionKind.BENEFITS and perks_agree(text, run, rules)):
            continue  # no group of the run can disagree: not worth the votes of its bullets
        # a requirement's lead-in keeps its bullets, whatever verb opens them ('... is defined as experience:'
        # over 'Analyzing operational data ...'), unless they name perks
        asked = own in REQUIREMENT_KINDS and requirement_lead_in(text, block, run[0][0], rules)
        # against a named list only strong signs vote: a duty verb, a requirement opener, perk words; a list
        # its own lines named (no heading did) splits by all their signs, as a heading-less one would
        named = own in LIST_KINDS and classified.why != "content"
        plain = run[0][0] == run[0][1]  # plain lines after a list of bullets: their marks lost ('6. Liaise ...' /
        # 'Good knowledge of the Customs Tariff ...'): all their signs vote, and almost all must agree
        for group in voted_groups(text, run, rules, strong_only=named and not plain):
            if not disagrees(group, own) or (asked and group.kind is SectionKind.RESPONSIBILITIES):
                continue
            if plain and (group.size != len(run) or group.counts[group.kind] * 4 < group.size * 3):
                continue
            if group.start > start:
                head = block.heading if start == block.start else None
                pieces.append(Classified(Block(head, start, group.start), own, classified.unplaced, classified.why))
            assert group.kind is not None
            votes = f"vote {group.counts[group.kind]}/{group.size}"  # its bullets' votes for the kind
            group_head = None if pieces or group.start > block.start else block.heading
            pieces.append(Classified(Block(group_head, group.start, group.end), group.kind, why=votes))
            start = group.end
    if not pieces:
        return [classified]
    if start < block.end:
        pieces.append(Classified(Block(None, start, block.end), own, why="after vote"))
    return pieces


def asks_another_list(text: str, block: Block, current: SectionKind, rules: Rules) -> bool:
    """A line over lines that vote for another list than the current one: a heading, not one of the
    list's plain lines ('Wat staat er tegenover?' over the salary, the holidays and a pension, after the
    requirements; 'Jouw bagage' over the requirements, after the duties)."""
    voted = content_kind(text, block.start, block.end, rules)
    return voted is not None and voted in LIST_KINDS and family(voted) is not family(current)


def under_a_list(blocks: list[Block], level: int) -> bool:
    """Whether the nearest markdown heading above, higher than `level`, names a list: '### Experiencia' under
    '## Requisitos específicos' is one of its parts; a heading as high as the list's own that no such heading
    holds ends the list ('## Co oferujemy?' ... '## Aplikuj w 3 krokach')."""
    for block in reversed(blocks):
        heading = block.heading
        if heading is not None and 0 < heading.level < level:
            return heading.kind_name in LIST_KIND_NAMES
    return False


def by_headings(text: str, blocks: list[Block], rules: Rules) -> list[Classified]:
    """Kinds for every block, in order. Sub-headings inside a list keep that list's kind."""
    result: list[Classified] = []
    current = SectionKind.PREAMBLE
    current_level = 0  # the markdown depth of the heading that named the current kind
    for index, block in enumerate(blocks):
        heading = block.heading
        if heading is None:
            result.append(Classified(block, SectionKind.PREAMBLE, why="preamble"))
            continue
        following = blocks[index + 1].heading if index + 1 < len(blocks) else None
        # a heading of a list follows (not the start of boilerplate: 'DBS Check' over 'This post is subject to')
        list_follows = following is not None and following.kind_name in LIST_KIND_NAMES
        tools_after = current in (SectionKind.BENEFITS, SectionKind.RESPONSIBILITIES)
        if heading.kind_name is None and tools_after and lists_tools(text, block, rules):
            current = SectionKind.ROLE  # 'Our Tech Stack' after the perks or the duties: not one of them
            result.append(Classified(block, current, why="tools"))
            continue
        if (
            heading.kind_name is None
            and current in LIST_KINDS
            and not heading.text.isupper()
            and not (0 < heading.level <= current_level and not under_a_list(blocks[:index], heading.level))
            and not asks_another_list(text, block, current, rules)
            and result
            and (plain_list(text, result[-1].block) or is_empty(text, result[-1].block))
            and (
                plain_list(text, block, lines=1)
                or (is_empty(text, block) and list_follows and plain_list(text, result[-1].block))
            )
        ):
            # (and the first line right under the list's heading: 'What you get' over 'Weekly pay', ...; and
            # its last line, right above the next heading: 'Fluency in Figma' over 'Bonus:')
            # in a list of plain lines a Title Case line is one of them: 'Employee Referral Bonus'
            result.append(Classified(Block(None, heading.start, block.end), current, why="plain list"))
            continue
        if (
            heading.kind_name is None
            and lists_perks(text, block, rules)
            and content_kind(text, block.start, block.end, rules) in (None, SectionKind.BENEFITS)
        ):
            # "Why Parcelly?" over a list of insurance, leave and a 401(k); not "What we're after" over 'At least
            # 2 years ...', 'Availability for weekends, public holidays ...', '... Afrikaans is a bonus'
            current = SectionKind.BENEFITS
            result.append(Classified(block, current, why="perks"))
            continue
        if heading.kind_name is None:
            closing = text[heading.start + len(heading.text) : heading.end]
            # 'WORK ENVIRONMENT', 'Definitions:', 'What can you expect from us?': not a topic of a list
            emphatic = heading.text.isupper() or ":" in closing or "?" in closing
            voted = content_kind(text, block.start, block.end, rules, prose="?" in closing)
            if voted is None and single_paragraph(text, block):
                # a paragraph alone under it, by its sentences' strong signs: 'What comes with the post' over 'The
                # Trust provides a monthly stipend ..., shared accommodation ..., medical aid ...' (the words of
                # requirements name the job as often as what it asks, in a paragraph: they do not vote)
                voted = content_kind(text, block.start, block.end, rules, prose=True, strong_only=True)
            deeper = current_level > 0 and heading.level > current_level  # '### AWS' under '## Requirements'
            # a markdown heading as high as the one that named the list ends it ('## Services' after '## Duties')
            # (or any markdown heading after a list that a bold or plain line named: '## Also on this week' after
            # '**Pay & perks**')
            ranked = 0 < heading.level and (heading.level <= current_level or current_level == 0)
            # (a list that votes clearly for another list's kind is that list: 'In your toolkit' over '- At least
            # 3 years cooking ...' after the duties' 'On the line')
            other_list = voted is not None and voted in LIST_KINDS and family(voted) is not family(current)
            # (right under the list's own heading with nothing between: 'Profil du candidat' / 'Votre bagage :')
            # (a heading in capitals stays a topic of its own: 'Perks' / 'EQUITY')
            under_empty = (
                not heading.text.isupper()
                and bool(result)
                and result[-1].kind is current
                and is_empty(text, result[-1].block)
            )
            if current in LIST_KINDS and not ranked and not other_list and (
                not emphatic or deeper or voted is family(current) or names_technology(heading.text, rules)
                or under_empty
            ):
                result.append(Classified(block, current, why="sub-heading"))  # "Health and Wellness"
            elif voted is not None:
                current = voted  # 'Startup Mindset:' over 'Comfortable working in ...', 'Strong ...'
                result.append(Classified(block, voted, why="content"))
            else:
                current = SectionKind.ROLE
                result.append(Classified(block, SectionKind.ROLE, unplaced=True, why="unplaced"))
            continue
        kind = SectionKind(heading.kind_name)
        if weakly_named_otherwise(text, block, kind, rules):
            # "You'll suit this job if you've got" (a weak 'You'll' of the duties) over '✓ At least 1 year's
            # experience in ...', '✓ A current forklift licence ...': its lines name the list
            current, current_level = SectionKind.MINIMUM, heading.level
            result.append(Classified(block, current, why="content, not the heading's weak word"))
            continue
        if kind is SectionKind.BOILERPLATE and heading.text and current is SectionKind.BENEFITS:
            # A perks page groups perks under topics, some named like boilerplate ("Diversity and
            # Inclusion"); a topic whose body is a short bullet list is still perks.
            if is_short_list(text, block) and lists_perks(text, block, rules):
                kind = SectionKind.BENEFITS
        if (
            kind in REQUIREMENT_KINDS
            and current is SectionKind.BENEFITS
            and not plain_list(text, block, lines=1)
            and not states_requirements(text, block, rules)
        ):
            # after the perks, a requirement heading over a list that asks for nothing is one more
            # topic of the perks: 'Diferenciais:' over '2 horas de almoço', 'sala de jogos'
            result.append(Classified(block, current, why="perks topic"))
            continue
        keyword_named = rules.heading_kind(heading.text) is None
        if kind is SectionKind.BENEFITS and keyword_named and sells_the_employer(text, block, rules):
            kind = SectionKind.COMPANY  # 'Why Join Us' over the mission, in prose: not a list of perks
        elif kind is SectionKind.BENEFITS and keyword_named and lists_terms(text, block, rules):
            kind = SectionKind.LOGISTICS  # 'Timeline & Compensation' over a date, hours, a term and a rate
        elif kind is SectionKind.LOGISTICS and names_perks(text, block, rules):
            # 'Compensation' over the salary and a learning budget, paid time off (not a label's value over a list)
            kind = kind if holds_a_value(text, block, rules) else SectionKind.BENEFITS
        current, current_level = kind, heading.level
        why = "perks topic" if kind is SectionKind.BENEFITS and heading.kind_name != "benefits" else (
            "content, not perks" if kind.value != heading.kind_name else "heading"
        )
        result.append(Classified(block, kind, why=why))
    return result
