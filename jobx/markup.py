"""HTML and markdown to block text: one block per line, list items as '- ' bullets, headings on their own
lines, emphasis and markup removed. Offsets of items then refer to this text, not the raw markup.

HTML is parsed with selectolax (lexbor), which was about 16x faster than the standard library's
html.parser on the development pages (141 vs 2,259 microseconds a page) for 7.7 MB installed.
"""

from __future__ import annotations

import json
from itertools import islice

import regex

from . import regexes

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at start-up (~2.5 ms)
if TYPE_CHECKING:
    from typing import Any

BLOCK_TAGS = frozenset(
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure form "
    "h1 h2 h3 h4 h5 h6 header hr li main ol p pre section table tbody td tfoot th thead tr ul".split()
)
DROPPED_TAGS = frozenset("script style noscript template svg nav footer iframe button select textarea head".split())
FORM_FIELDS = frozenset("input select textarea".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# (a tag's name ends at a space, '/' or '>': '<p.kaur@example.co.uk>' in an e-mail header is an address)
HTML_SIGNS = regexes.compile(r"(?i)<(?:p|div|br|li|ul|ol|h[1-6]|html|body|span|strong|table)(?=[\s/>])[^>]*>")
ESCAPED_HTML_SIGNS = regexes.compile(r"(?i)&lt;(?:p|div|br|li|ul|h[1-6]|strong)\b")
MARKDOWN_SIGNS = regexes.compile(r"(?m)^(?:#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*[ \t]*$|[*+-][ \t]+\S)|\[[^\]\n]+\]\(https?://")
SPACES = regexes.compile(r"\s+")


def labelled_row(label: str, value: str) -> str:
    """A table row of a label and its value, as a label line: 'Department: Biosciences'."""
    return f"{label.rstrip(':：')}: {value}"


def bulleted_row(cells: list[str]) -> str:
    """A table row of data, as a bullet of its cells: '- Experience of confocal microscopy | Interview'."""
    return "- " + " | ".join(cell for cell in cells if cell)


def is_field_label(node: Any) -> bool:
    """A form field's label: one that names its field (`for=`) or stands right before an input."""
    if "for" in node.attributes:
        return True
    following = node.next
    while following is not None and following.tag == "-text" and not (following.text_content or "").strip():
        following = following.next
    return following is not None and following.tag in FORM_FIELDS


def looks_like_html(text: str) -> bool:
    head = text[:20_000]
    return bool(HTML_SIGNS.search(head) or ESCAPED_HTML_SIGNS.search(head))


def looks_like_markdown(text: str) -> bool:
    return len(MARKDOWN_SIGNS.findall(text[:20_000])) >= 2


class NestedTooDeeply(ValueError):
    """HTML whose elements nest deeper than MAX_HTML_DEPTH: refused before parsing."""


MAX_HTML_DEPTH = 512  # real pages nest a few dozen deep; the parser is quadratic in depth
VOID_TAGS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Elements whose end tag may be left out: the parser closes them, so they do not nest.
SELF_CLOSING_TAGS = frozenset(
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp rtc html head body".split()
)
TAG_TOKENS = regexes.compile(
    r"""(?xsi)
    <!--.*?(?:-->|\Z)                                   # a comment, to its end or the end of the text
  | <(?P<raw>script|style|textarea|title|xmp)\b.*?(?:</(?P=raw)[^<>]*>|\Z)  # text that holds no tags
  | <(?P<close>/)?(?P<name>[a-z][^\s/<>]*)[^<>]*?(?P<empty>/)?>  # a start or end tag
    """
)


def html_depth_exceeds(markup: str, limit: int = MAX_HTML_DEPTH) -> bool:
    """Whether elements nest deeper than `limit`: one linear scan of the tags, as the parser would close
    them (an end tag closes the elements opened inside it), so a deep page is refused before the parser's
    quadratic work on it."""
    stack: list[str] = []
    open_counts: dict[str, int] = {}
    for token in TAG_TOKENS.finditer(markup):
        name = token.group("name")
        if name is None:
            continue
        name = name.lower()
        foreign = open_counts.get("svg") or open_counts.get("math")  # only there does `<x/>` close itself
        if name in VOID_TAGS or name in SELF_CLOSING_TAGS or (token.group("empty") and foreign):
            continue
        if token.group("close"):
            if open_counts.get(name):
                while stack:  # each element is pushed and popped once: linear overall
                    closed = stack.pop()
                    open_counts[closed] -= 1
                    if closed == name:
                        break
            continue
        stack.append(name)
        open_counts[name] = open_counts.get(name, 0) + 1
        if len(stack) > limit:
            return True
    return False


def html_to_text(markup: str) -> tuple[str, dict[str, Any]]:
    """Block text of an HTML page or fragment, and the JobPosting JSON-LD it carries (or {}).

    Raises NestedTooDeeply for elements nested more than MAX_HTML_DEPTH deep."""
    import html  # here: a text or markdown input does not need html.entities (~1.5 ms to import)

    from selectolax.lexbor import LexborHTMLParser

    if not HTML_SIGNS.search(markup[:20_000]) and ESCAPED_HTML_SIGNS.search(markup):
        markup = html.unescape(markup)  # a job-board API fragment with its tags escaped
    if html_depth_exceeds(markup):
        raise NestedTooDeeply(f"elements nested more than {MAX_HTML_DEPTH} deep")
    tree = LexborHTMLParser(markup)
    metadata = job_posting_metadata(node.text(deep=True) for node in tree.css('script[type="application/ld+json"]'))
    if "title" not in metadata:
        title = tree.css_first("title")
        if title is not None and title.text(deep=True).strip():
            metadata["page_title"] = " ".join(title.text(deep=True).split())
    heading = tree.css_first("h1")
    if heading is not None and heading.text(deep=True).strip():  # the page's own heading: a title of last resort
        metadata["first_heading"] = " ".join(heading.text(deep=True).split())
    root = tree.body or tree.root
    blocks = Blocks()
    if root is not None:
        blocks.walk(root)
    blocks.flush()
    return "\n".join(blocks.lines).strip("\n") + "\n", metadata


CELL_TAGS = frozenset({"td", "th"})
BOLD_TAGS = frozenset({"strong", "b"})
MAX_BOLD_LINE_WORDS = 12  # a line in bold alone this short is written as markdown's bold: a heading's shape
MAX_MARK = 3  # a criteria table's mark: 'E', 'D', '✓', 'X', 'Yes'
MAX_LIST_COLUMNS = 3  # a table of lists side by side: 'Must | Nice', 'Essential | Desirable'
MIN_LISTED_WORDS = 3  # a list's cell, on average: a phrase, not a datum


EMPTY_CELLS = frozenset({"—", "–", "-", "n/a", "N/A"})  # a cell that says it is empty


def row_titles(cells: list[list[str]]) -> bool:
    """The first column titles the rows: words shorter than a list's phrases in every row below its
    corner ('Area' over 'Education', 'Field experience', ...), beside columns of phrases."""
    firsts = [row[0] for row in cells[1:] if row]
    return bool(firsts) and all(firsts) and sum(len(c.split()) for c in firsts) < MIN_LISTED_WORDS * len(firsts)


def column_list_lines(cells: list[list[str]]) -> list[str] | None:
    """A table whose columns are lists, each under its title ('Must | Nice' over rows of requirements, a
    cell left empty where one column runs out): one list per column, 'Must:' then its cells as bullets.
    Every column's cells are phrases (MIN_LISTED_WORDS words on average), not a table of data ('Shift |
    Hours | Pay') or of marks. None for any other table. A first column of row titles under an empty corner
    ('Qualifications | A degree ... | A postgraduate ...' under ' | Essential | Desirable', a person
    specification) is left out: the lists are the other columns."""
    if len(cells) < 3:
        return None
    cells = [[("" if cell.strip() in EMPTY_CELLS else cell) for cell in row] for row in cells]
    if len(cells[0]) > 2 and (not cells[0][0] or row_titles(cells)):
        cells = [row[1:] for row in cells]
    titles, data = cells[0], cells[1:]
    if not 2 <= len(titles) <= MAX_LIST_COLUMNS or not all(titles) or any(len(row) != len(titles) for row in data):
        return None
    columns = [[row[index] for row in data if row[index]] for index in range(len(titles))]
    if any(len(column) < 2 or sum(len(c.split()) for c in column) < MIN_LISTED_WORDS * len(column)
           for column in columns):
        return None
    lines = []
    for title, column in zip(titles, columns, strict=True):
        lines.append(f"{title.rstrip(':：')}:")
        lines.extend(f"- {cell}" for cell in column)
    return lines


class Blocks:
    """Collects text into lines, cutting a line at every block boundary; a list item's first line
    gets the '- ' bullet, even when the item wraps its text in a paragraph."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []
        self.bullet = False
        self.marks = ""  # a heading's '#' marks ('## ' for an <h2>)
        self.bold = ""  # the text of a <strong> or <b> that opens the current line

    def flush(self) -> None:
        text = SPACES.sub(" ", "".join(self.current)).strip()
        self.current.clear()
        bold, self.bold = SPACES.sub(" ", self.bold).strip(), ""
        if text and bold == text and not self.bullet and not self.marks and sentence_case(text):
            # a line in sentence case alone in bold ('<p><strong>Certifications & experience needed before day
            # one</strong><br>...') keeps its bold, as markdown writes it: a heading's shape (a line in Title Case
            # or capitals is one already)
            text = f"**{text}**"
        if text:
            self.lines.append(("- " if self.bullet else self.marks) + text)
            self.bullet = False

    def simple_row(self, row: Any) -> bool:
        """A table row whose cells hold only text is one line: 'Department: Biosciences' for a header cell
        and its value, a bullet for a row of data ('- Experience of confocal microscopy | Interview'), and
        none for a row of column titles. False, and nothing written, for a row whose
        cells hold blocks (a layout table), which is walked as before."""
        cells = [cell for cell in row.iter() if cell.tag in CELL_TAGS]
        if not cells or any(node.tag in BLOCK_TAGS for cell in cells for node in islice(cell.traverse(), 1, None)):
            return False
        texts = [SPACES.sub(" ", cell.text(deep=True)).strip() for cell in cells]
        if not any(texts):
            return True
        heads = [cell.tag == "th" for cell in cells]
        if len(cells) == 2 and heads == [True, False]:
            self.lines.append(labelled_row(texts[0], texts[1]))
        elif all(heads):
            pass  # column titles ('Criteria | Assessed by') name no section, and read as a heading if kept
        else:
            self.lines.append(bulleted_row(texts))
        return True

    def criteria_table(self, table: Any) -> bool:
        """A table of criteria marked in columns ('Criteria | Essential | Desirable', rows marked 'E' or
        '✓') is one list per column, each under its column's title: 'Essential:' then its rows as bullets.
        False, and nothing written, for any other table."""
        if any(node.tag == "table" for node in islice(table.traverse(), 1, None)):
            return False  # a layout table holding tables
        rows = [[SPACES.sub(" ", cell.text(deep=True)).strip() for cell in row.iter() if cell.tag in CELL_TAGS]
                for row in table.css("tr")]
        titles, data = (rows[0], rows[1:]) if rows else ([], [])
        if len(titles) < 3 or len(data) < 2 or not all(titles[1:]):
            return False
        groups: dict[int, list[str]] = {}
        for cells in data:
            marked = [index for index, cell in enumerate(cells[1:], 1) if cell]
            if len(cells) != len(titles) or not cells[0] or not marked:
                return False
            if any(len(cells[index]) > MAX_MARK for index in marked):
                return False  # cells of text: a table of data, not of marks
            groups.setdefault(marked[0], []).append(cells[0])
        for index in sorted(groups):
            self.lines.append(f"{titles[index].rstrip(':：')}:")
            self.lines.extend(f"- {criterion}" for criterion in groups[index])
        return True

    def column_lists(self, table: Any) -> bool:
        """A table whose columns are lists, each under its title (column_list_lines). False, and nothing
        written, for any other table."""
        if any(node.tag == "table" for node in islice(table.traverse(), 1, None)):
            return False
        rows = table.css("tr")
        if len(rows) < 3 or not all(cell.tag == "th" for cell in rows[0].iter() if cell.tag in CELL_TAGS):
            return False
        cells = [[SPACES.sub(" ", cell.text(deep=True)).strip() for cell in row.iter() if cell.tag in CELL_TAGS]
                 for row in rows]
        lines = column_list_lines(cells)
        if lines is None:
            return False
        self.lines.extend(lines)
        return True

    def walk(self, node: Any) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.current.append(child.text_content or "")
            elif tag is None or tag in DROPPED_TAGS or tag.startswith("-"):
                continue  # None: a processing instruction (`<?php ... ?>`), which has no tag name
            elif tag == "br":
                self.flush()
            elif tag == "label" and is_field_label(child):
                continue  # an application form's 'First Name *', 'Resume/CV *': not the posting's text
            elif tag in BOLD_TAGS and not "".join(self.current).strip():
                before = len(self.current)
                self.walk(child)
                self.bold = "".join(self.current[before:])
            elif tag not in BLOCK_TAGS:
                self.walk(child)
            else:
                self.flush()
                if tag in HEADING_TAGS and self.lines and self.lines[-1]:
                    self.lines.append("")  # keeps a heading apart from a list above it
                if tag not in HEADING_TAGS and is_link_only(child):
                    continue  # a list or a column of links is navigation ('Share this job', 'Salaries for ...')
                if tag == "tr" and self.simple_row(child):
                    continue
                if tag == "table" and (self.criteria_table(child) or self.column_lists(child)):
                    continue
                if tag == "li":
                    self.bullet = True
                if tag in HEADING_TAGS:
                    self.marks = "#" * int(tag[1]) + " "  # its rank, as markdown writes it
                self.walk(child)
                self.flush()
                self.bullet = False
                self.marks = ""


def sentence_case(line: str) -> bool:
    """A short line opening in a capital with a word in lower case after it: 'Certifications & experience needed'."""
    words = line.split()
    return (
        len(words) <= MAX_BOLD_LINE_WORDS
        and line[:1].isupper()
        and any(word[:1].islower() for word in words[1:])
        and not line.endswith((".", "!", ":", "："))
    )


def is_link_only(node: Any) -> bool:
    """All of the node's text is inside links."""
    text = "".join(node.text(deep=True).split())
    return bool(text) and text == "".join("".join(link.text(deep=True).split()) for link in node.css("a"))


def job_posting_metadata(scripts: Any) -> dict[str, Any]:
    """Fields of the first schema.org JobPosting among JSON-LD scripts (title, company, location...)."""
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        posting = find_job_posting(data)
        if posting is not None:
            return job_posting_fields(posting)
    return {}


def find_job_posting(data: Any, depth: int = 0) -> dict[str, Any] | None:
    if depth > 5:
        return None
    if isinstance(data, list):
        for entry in data:
            found = find_job_posting(entry, depth + 1)
            if found is not None:
                return found
    elif isinstance(data, dict):
        kind = data.get("@type")
        if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
            return data
        if "@graph" in data:
            return find_job_posting(data["@graph"], depth + 1)
    return None


def plain(value: Any) -> str | None:
    """A JSON-LD value as one short string."""
    import html

    if isinstance(value, dict):
        value = value.get("name") or value.get("value")
    if isinstance(value, list):
        value = ", ".join(v for v in (plain(v) for v in value) if v)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = " ".join(html.unescape(str(value)).split())
    return text or None


def amount_text(value: Any) -> str | None:
    """A JSON-LD amount as people write it: 130000 -> '130,000', 1000.0 -> '1,000', 22.5 -> '22.50'."""
    if isinstance(value, str):
        try:
            value = float(value.replace(",", ""))
        except ValueError:
            return plain(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"


def salary_text(salary: Any) -> str | None:
    """schema.org baseSalary as one phrase: 'AUD 130,000 - 160,000 per year'."""
    if not isinstance(salary, dict):
        return None
    value = salary.get("value")
    currency = plain(salary.get("currency")) or ""
    unit = None
    if isinstance(value, dict):
        low, high = amount_text(value.get("minValue")), amount_text(value.get("maxValue"))
        amount = f"{low} - {high}" if low and high and low != high else low or high or amount_text(value.get("value"))
        unit = plain(value.get("unitText"))
    else:
        amount = amount_text(value)
    if not amount:
        return None
    per_unit = f"per {unit.lower()}" if unit else ""
    return " ".join(part for part in (currency, amount, per_unit) if part)


def job_posting_fields(posting: dict[str, Any]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for key, source in (
        ("title", "title"),
        ("company", "hiringOrganization"),
        ("employment_type", "employmentType"),
        ("date_posted", "datePosted"),
        ("valid_through", "validThrough"),  # when the listing expires: set by the board, no stated deadline
    ):
        value = plain(posting.get(source))
        if value:
            fields[key] = value
    locations = posting.get("jobLocation")
    places = []
    for place in locations if isinstance(locations, list) else [locations]:
        address = place.get("address") if isinstance(place, dict) else None
        if isinstance(address, dict):
            parts = [plain(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
            places.append(", ".join(p for p in parts if p))
        elif address:
            places.append(plain(address) or "")
    if any(places):
        fields["location"] = "; ".join(p for p in places if p)
    if str(posting.get("jobLocationType", "")).upper() == "TELECOMMUTE":
        fields["work_arrangement"] = "remote"
    salary = salary_text(posting.get("baseSalary"))
    if salary:
        fields["salary"] = salary
    return fields


FRONT_MATTER = regexes.compile(r"\A---[ \t]*\n(?P<body>.{0,20000}?)\n---[ \t]*\n", regex.DOTALL)
MD_LINK = regexes.compile(r"!?\[(?P<label>[^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
MD_EMPHASIS = regexes.compile(r"(?<![\w*_\\])(\*\*|__|\*|_)(?=\S)(?P<inner>[^\n]{0,2000}?\S)\1(?![\w*_])")
MD_BULLET = regexes.compile(r"(?m)^([ \t]*)[*+][ \t]+")
# The text ends at the line's last character that is not a space or '#' (a lazy text is quadratic).
# (a heading may end in an attribute block, as kramdown and Pandoc write an anchor: '## Apply {#form}')
MD_HEADING = regexes.compile(
    r"(?m)^[ \t]{0,3}(?P<level>#{1,6})[ \t]+(?P<text>(?:[^\n]*?[^ \t#\n])?)[ \t#]*(?:[ \t]\{[#.][^{}\n]*\}[ \t]*)?$"
)
# A document that opens (past blank lines) on a level-one heading: '# Data Engineer', '# [Title](link)'.
FIRST_H1 = regexes.compile(r"[ \t\n]{0,200}+[ ]{0,3}#[ \t]+(?P<text>[^\n]*[^ \t#\n])[ \t#]*(?:\n|$)")
MAX_FIRST_H1 = 2000
H1_LINE = regexes.compile(r"(?m)^[ ]{0,3}#[ \t]+(?P<text>[^\n]*[^ \t#\n])[ \t#]*$")
MAX_CHROME_LINE = 80  # a line of links or a logo above the first heading, not a paragraph


def links_to_labels(markup: str) -> str:
    """Links and images reduced to their words, an image inside a link too ('[![Acme logo](logo.png)](/acme)')."""
    for _ in range(2):
        if "](" not in markup:
            break
        markup = MD_LINK.sub(lambda m: m.group("label"), markup)
    return markup


def h1_after_chrome(markup: str) -> regex.Match[str] | None:
    """The first level-one heading where only short lines stand above it (a logo, a row of links:
    '[![Maplestall](...)](...)' / '[Overview](#overview) · [Application](#application)'), or a cookie
    banner."""
    heading = H1_LINE.search(markup, 0, MAX_FIRST_H1)
    if heading is None:
        return None
    above = [links_to_labels(line).strip() for line in markup[: heading.start()].split("\n")]
    # (a cookie banner may be longer: '> Vi använder cookies för att ... · Acceptera alla · Inställningar')
    return heading if all(len(line) <= MAX_CHROME_LINE or "cookie" in line.lower() for line in above) else None
MD_ESCAPE = regexes.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


LONG_VALUE_WORDS = 12  # a front-matter string this long is text of the posting, not a setting


def front_matter_text(body: str) -> str:
    """The long text values of front matter (a CMS entry that keeps the posting in a YAML string), in
    order, a blank line apart; "" when there are none or the YAML cannot be read. Aliases are refused
    unread: they allow YAML bombs."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(body, Loader=loader)):
            return ""
        data = yaml.load(body, Loader=loader)
    except (yaml.YAMLError, RecursionError):
        return ""
    found: list[str] = []

    def collect(value: Any, depth: int) -> None:
        if isinstance(value, str) and len(value.split()) >= LONG_VALUE_WORDS:
            found.append(value.strip())
        elif isinstance(value, dict) and depth < 5:
            for entry in value.values():
                collect(entry, depth + 1)
        elif isinstance(value, list) and depth < 5:
            for entry in value:
                collect(entry, depth + 1)

    collect(data, 0)
    return "\n\n".join(found)


# Front matter in YAML ('---') or TOML ('+++'), and its one-line entries: 'location: "Leeds"', 'deadline = "..."'.
ANY_FRONT_MATTER = regexes.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.{0,20000}?)\n(?P=fence)[ \t]*\n", regex.DOTALL
)
FRONT_MATTER_ENTRY = regexes.compile(r"(?m)^(?P<key>[A-Za-z][\w-]{0,40})[ \t]*[:=][ \t]*(?P<value>[^\n]{1,500})$")
FRONT_MATTER_PREFIX = "front_matter."  # metadata keys of the entries: 'front_matter.location'


def front_matter_entries(markup: str) -> dict[str, str]:
    """The one-line text values of a document's front matter, by key ('front_matter.department':
    'litigation'); lists, tables, block strings and booleans left out, a trailing comment dropped."""
    front = ANY_FRONT_MATTER.match(markup)
    if front is None:
        return {}
    entries: dict[str, str] = {}
    for entry in FRONT_MATTER_ENTRY.finditer(front.group("body")):
        value = entry.group("value").strip()
        if value[:1] in "\"'":
            end = value.find(value[0], 1)
            value = value[1:end] if end != -1 else ""
        else:
            value = regex.sub(r"[ \t]+#.*$", "", value)
            if value[:1] in "[{|>" or value.lower() in ("true", "false", "null", "~"):
                continue
        if value.strip():
            entries[FRONT_MATTER_PREFIX + entry.group("key").lower()] = value.strip()
    return entries


def markdown_to_text(markup: str) -> tuple[str, dict[str, Any]]:
    """Markdown to block text: front matter read for a title and its one-line entries, links and emphasis
    reduced to their words.

    When nothing follows the front matter, its long text values are the posting."""
    metadata: dict[str, Any] = front_matter_entries(markup)
    front = FRONT_MATTER.match(markup)
    if front:
        # (its entry read whole: quoted, it may hold the other quote, "We're hiring: ..."; else the line as written,
        # which may be indented)
        title = metadata.get(FRONT_MATTER_PREFIX + "title") or (
            found.group("title").strip()
            if (found := regex.search(r"(?m)^[ \t]*title:[ \t]*['\"]?(?P<title>[^'\"\n]+)", front.group("body")))
            else None
        )
        if title:
            metadata["title"] = title
        markup = markup[front.end() :]
        if not markup.strip():
            markup = front_matter_text(front.group("body"))
    first = FIRST_H1.match(markup, 0, MAX_FIRST_H1) or h1_after_chrome(markup)
    if first:  # the document's own heading, where it opens on one: a title the text may not repeat
        metadata["first_heading"] = MD_LINK.sub(lambda m: m.group("label"), first.group("text")).strip()
    # a heading keeps its '#' marks: the segmenter reads them as a heading's shape and depth
    text = MD_HEADING.sub(lambda m: f"{m.group('level')} {m.group('text')}" if m.group("text") else "", markup)
    text = MD_LINK.sub(lambda m: m.group("label"), text)
    for _ in range(2):  # nested emphasis: ***bold italic***
        text = MD_EMPHASIS.sub(lambda m: m.group("inner"), text)
    text = MD_BULLET.sub(lambda m: m.group(1) + "- ", text)
    text = MD_ESCAPE.sub(r"\1", text)
    if "|" in text and "--" in text:
        text = markdown_tables(text)
    return text, metadata


MD_TABLE_RULE = regexes.compile(r"[ \t]*+\|?[ \t]*+:?-{3,}+:?[ \t]*+(?:\|[ \t]*+:?-{3,}+:?[ \t]*+)++\|?[ \t]*+")


def table_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def markdown_tables(text: str) -> str:
    """A markdown table as HTML tables are read: a two-column row is a label and its value ('| Location |
    Leeds |' is 'Location: Leeds'), a wider row a bullet of its cells; the column titles and the rule under
    them are dropped."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index + 1 < len(lines) and line.lstrip().startswith("|") and MD_TABLE_RULE.fullmatch(lines[index + 1]):
            end = index + 2
            while end < len(lines) and lines[end].lstrip().startswith("|"):
                end += 1
            listed = column_list_lines([table_cells(line), *(table_cells(row) for row in lines[index + 2 : end])])
            if listed is not None:  # (a table of lists side by side, as in HTML)
                out.extend(listed)
                index = end
                continue
            index += 2  # the column titles and the rule
            while index < len(lines) and lines[index].lstrip().startswith("|"):
                cells = table_cells(lines[index])
                if len(cells) == 2 and cells[0] and cells[1]:
                    out.append(labelled_row(cells[0], cells[1]))
                elif any(cells):
                    out.append(bulleted_row(cells))
                index += 1
            continue
        out.append(line)
        index += 1
    return "\n".join(out)
