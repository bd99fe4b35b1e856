"""markup: HTML and markdown become block text; JSON-LD and front matter give fields outright."""

from __future__ import annotations

import json

import jobx
from jobx.markup import html_to_text, markdown_to_text
from jobx.pipeline import extract_decoded
from jobx.reader import decode, detect_format, to_block_text

JSON_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "Organization", "name": "Not this"},
        {
            "@type": "JobPosting",
            "title": "Data Engineer",
            "hiringOrganization": {"@type": "Organization", "name": "Acme &amp; Co"},
            "jobLocation": {"@type": "Place", "address": {"addressLocality": "Leeds", "addressCountry": "UK"}},
            "employmentType": "FULL_TIME",
            "baseSalary": {"currency": "GBP", "value": {"minValue": 40000, "maxValue": 50000, "unitText": "YEAR"}},
            "validThrough": "2026-12-01",
        },
    ],
}
PAGE = f"""<html><head><title>Jobs - Acme</title><style>p {{color: red}}</style>
<script type="application/ld+json">{json.dumps(JSON_LD)}</script></head>
<body><nav><a href="/">Home</a> Careers</nav>
<h1>Data Engineer</h1><p>We build <em>pipelines</em>.</p>
<h3>Requirements</h3><ul><li><p><strong>Python:</strong> 3+ years</p></li><li>SQL<br>and dbt</li></ul>
<script>alert('x')</script></body></html>"""


def test_html_blocks_keep_headings_and_list_items() -> None:
    text, _ = html_to_text(PAGE)
    # a heading keeps its rank as markdown's '#' marks
    assert text.splitlines() == ["# Data Engineer", "We build pipelines.", "", "### Requirements",
                                 "- Python: 3+ years", "- SQL", "and dbt"]


def test_a_list_of_links_is_navigation() -> None:
    page = '<h3>Requirements</h3><ul><li>Go and <a href="/sql">SQL</a></li></ul>' + (
        '<ul><li><a href="/src">View source</a></li><li> <a href="/bug">Report problem</a> </li></ul>'
    )
    assert html_to_text(page)[0].splitlines() == ["### Requirements", "- Go and SQL"]


def test_json_ld_job_posting_fields_are_preferred() -> None:
    decoded = to_block_text(decode(PAGE.encode(), "job.html"), "job.html")
    posting = extract_decoded(decoded, source="job.html").to_dict()
    assert posting["title"] == "Data Engineer"
    assert posting["company"] == "Acme & Co"
    assert posting["logistics"]["location"] == "Leeds, UK"
    assert posting["logistics"]["employment_type"] == "full-time"
    assert posting["logistics"]["salary"] == "GBP 40,000 - 50,000 per year"  # the text states no pay
    assert posting["logistics"]["deadline"] is None  # validThrough is when the listing expires
    assert posting["minimum_qualifications"] == ["Python: 3+ years", "SQL and dbt"]


def test_escaped_fragment_from_a_job_board_api() -> None:
    text, _ = html_to_text("&lt;h2&gt;Benefits&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Gym&lt;/li&gt;&lt;/ul&gt;")
    assert text.splitlines() == ["## Benefits", "- Gym"]


def test_a_column_of_link_blocks_is_navigation_but_a_linked_heading_is_kept() -> None:
    html = (
        "<h1><a href='/job/1'>Pastry Chef</a></h1><p>Bake the morning bread.</p>"
        "<div><div><a href='/a'>Salaries for Pastry Chef in Leeds</a></div>"
        "<div><a href='/b'>9 Signs You Should Ask for a Raise</a></div></div>"
        "<p>Read <a href='/c'>our menu</a> before you apply.</p>"
    )
    text, _ = html_to_text(html)
    assert "Pastry Chef" in text and "Bake the morning bread." in text
    assert "Read our menu before you apply." in text
    assert "Salaries for" not in text and "9 Signs" not in text


def test_markdown_front_matter_links_and_emphasis() -> None:
    markdown = "---\n  title: 'Intern UX'\n---\n## What you'll do\n* **Design** [flows](https://x.y)\n* Ship _fast_\n"
    text, metadata = markdown_to_text(markdown)
    assert metadata == {"title": "Intern UX"}
    # a heading keeps its marks (its shape and depth, for the segmenter)
    assert text.splitlines() == ["## What you'll do", "- Design flows", "- Ship fast"]
    assert jobx.extract(text).to_dict()["responsibilities"] == ["Design flows", "Ship fast"]


def test_a_markdown_heading_as_high_as_the_lists_ends_it_in_any_script() -> None:
    markdown = "# 社内SE\n\n## 業務内容\n- サーバーの保守\n- 障害対応\n\n## 保守を担当するサービス\n- 勤怠システム\n- 社内ポータル\n"
    text, _ = markdown_to_text(markdown)
    assert jobx.extract(text).to_dict()["responsibilities"] == ["サーバーの保守", "障害対応"]
    # a deeper heading is a topic of the list above it
    deeper, _ = markdown_to_text(markdown.replace("## 保守", "### 保守"))
    assert len(jobx.extract(deeper).to_dict()["responsibilities"]) == 4


def test_a_table_row_of_text_cells_is_one_line() -> None:
    page = ("<table><tr><th>Department</th><td>Estates</td></tr><tr><th>Closing date</th><td>9 May 2027</td></tr></table>"
            "<h3>Essential criteria</h3><table><tr><th>Criterion</th><th>Assessed by</th></tr>"
            "<tr><td>A full driving licence</td><td>Application</td></tr>"
            "<tr><td>Two years of grounds work</td><td>Interview</td></tr></table>"
            "<table><tr><td><p>A layout cell</p><ul><li>with a list</li></ul></td></tr></table>")
    text, _ = html_to_text(page)
    assert text.splitlines() == [
        "Department: Estates", "Closing date: 9 May 2027", "", "### Essential criteria",
        "- A full driving licence | Application", "- Two years of grounds work | Interview",
        "A layout cell", "- with a list"]


def test_format_detection() -> None:
    assert detect_format("plain words", "a.html") == "html"
    assert detect_format("plain words", "a.md") == "markdown"
    # an e-mail address in angle brackets is not a tag
    assert detect_format("From: Priya Kaur <p.kaur@example.co.uk>\nHi all,", "-") == "text"
    assert detect_format("<p class=x>Hi</p>", "-") == "html"
    assert detect_format("<div><p>hi</p></div>", "-") == "html"
    assert detect_format("# Title\n\n- one\n- two\n", "a.txt") == "markdown"
    assert detect_format("Responsibilities\n- Build things", "a.txt") == "text"


def test_an_application_forms_field_labels_are_not_text() -> None:
    html = (
        "<div><h3>Apply</h3><label>First Name *</label><input type='text'>"
        "<label for='cv'>Resume/CV *</label> <input id='cv' type='file'><textarea>Cover letter</textarea>"
        "<p>Interviews run in March.</p><label>Location</label><span>Leeds</span></div>"
    )
    text, _ = html_to_text(html)
    assert "First Name" not in text and "Resume/CV" not in text and "Cover letter" not in text
    # a label that labels no field is text
    assert "Interviews run in March.\nLocationLeeds" in text


def test_a_table_of_criteria_marked_in_columns_is_one_list_per_column() -> None:
    html = (
        "<h2>Person specification</h2><table><tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>"
        "<tr><td>Experience with the public</td><td>E</td><td></td></tr>"
        "<tr><td>First aid certificate</td><td></td><td>✓</td></tr>"
        "<tr><td>Good IT skills</td><td>E</td><td></td></tr></table>"
    )
    text, _ = html_to_text(html)
    assert text.splitlines()[1:] == [
        "Essential:", "- Experience with the public", "- Good IT skills", "Desirable:", "- First aid certificate"]
    # a table whose cells hold text is rows as before
    rows, _ = html_to_text(
        "<table><tr><th>Role</th><th>Place</th><th>Pay</th></tr><tr><td>Cook</td><td>Leeds</td><td>£25,000</td></tr>"
        "<tr><td>Porter</td><td>York</td><td>£22,000</td></tr></table>"
    )
    assert "- Cook | Leeds | £25,000" in rows.splitlines()


def test_a_table_of_lists_side_by_side_is_one_list_per_column() -> None:
    html = (
        "<table><thead><tr><th>Must</th><th>Nice</th></tr></thead><tbody>"
        "<tr><td>1+ year of customer-facing sales</td><td>Experience with CDK or Tekion DMS</td></tr>"
        "<tr><td>Valid driver's license and clean record</td><td>Bilingual English and Spanish</td></tr>"
        "<tr><td>High school diploma or GED</td><td></td></tr></tbody></table>"
    )
    text, _ = html_to_text(html)
    assert text.splitlines() == [
        "Must:", "- 1+ year of customer-facing sales", "- Valid driver's license and clean record",
        "- High school diploma or GED", "Nice:", "- Experience with CDK or Tekion DMS", "- Bilingual English and Spanish",
    ]
    # a table of data (short cells) is rows as before
    rows, _ = html_to_text(
        "<table><tr><th>Shift</th><th>Days</th></tr><tr><td>Early shift</td><td>Mon-Fri</td></tr>"
        "<tr><td>Late shift</td><td>Sat-Sun</td></tr></table>"
    )
    assert "- Early shift | Mon-Fri" in rows.splitlines()


def test_a_person_specification_with_row_titles_is_one_list_per_column() -> None:
    # a first column of row titles under an empty corner: the lists are the other columns
    html = (
        "<table><thead><tr><th></th><th>Essential</th><th>Desirable</th></tr></thead><tbody>"
        "<tr><th>Qualifications</th><td>A trade certificate in plumbing or gas fitting</td>"
        "<td>A gas safety registration card</td></tr>"
        "<tr><th>Experience</th><td>Two years of maintenance work on large sites</td>"
        "<td>Work on boilers of over 100 kW</td></tr>"
        "<tr><th>Other</th><td>A full driving licence for the van</td><td></td></tr></tbody></table>"
    )
    text, _ = html_to_text(html)
    assert text.splitlines() == [
        "Essential:", "- A trade certificate in plumbing or gas fitting", "- Two years of maintenance work on large sites",
        "- A full driving licence for the van", "Desirable:", "- A gas safety registration card",
        "- Work on boilers of over 100 kW",
    ]
    # and so in markdown, whose row titles are cells like the others
    text, _ = markdown_to_text(
        "| | Essential | Desirable |\n|---|---|---|\n| **Experience** | Two years of work on large sites | "
        "Work on boilers of over 100 kW |\n| Other | A full driving licence for the van | A gas safety card on file |\n"
    )
    assert text.splitlines() == [
        "Essential:", "- Two years of work on large sites", "- A full driving licence for the van", "Desirable:",
        "- Work on boilers of over 100 kW", "- A gas safety card on file",
    ]


def test_a_selection_grid_with_a_titled_column_of_row_titles_is_one_list_per_other_column() -> None:
    # the corner holds a title ('Area'), the row titles are short; a dash marks an empty cell
    text, _ = markdown_to_text(
        "| Area | Needed for shortlisting | Welcome but optional |\n|---|---|---|\n"
        "| Education | HND or BSc in Biology or Zoology | MSc in Medical Entomology |\n"
        "| Field experience | One year of field work on insect collections | Insecticide tests using the WHO tube |\n"
        "| Availability | Willing to work at night at field sites | — |\n"
    )
    assert text.splitlines() == [
        "Needed for shortlisting:", "- HND or BSc in Biology or Zoology", "- One year of field work on insect collections",
        "- Willing to work at night at field sites", "Welcome but optional:", "- MSc in Medical Entomology",
        "- Insecticide tests using the WHO tube",
    ]


def test_a_markdown_table_is_read_as_html_tables_are() -> None:
    text, _ = markdown_to_text(
        "# Cook\n\n| | |\n|---|---|\n| **Location** | Leeds |\n| Start | 2 March 2027 |\n\n"
        "| Shift | Days | Pay |\n| --- | :---: | ---: |\n| Early | Mon-Fri | £13 |\n\nText after.\n"
    )
    assert text.splitlines() == [
        "# Cook", "", "Location: Leeds", "Start: 2 March 2027", "", "- Early | Mon-Fri | £13", "", "Text after."]


def test_a_markdown_headings_attribute_block_is_not_its_text() -> None:
    # kramdown and Pandoc write an anchor after a heading: '## Apply in 3 steps {#form}'
    text, _ = markdown_to_text("## What we offer {#perks}\n\nFree bread.\n\n### Apply {.cta #form}\n\nStep 1\n")
    assert text.splitlines() == ["## What we offer", "", "Free bread.", "", "### Apply", "", "Step 1"]
    # braces that are no attribute block stay
    assert markdown_to_text("## Skills {C++, Rust}\n")[0] == "## Skills {C++, Rust}\n"


def test_the_first_heading_under_a_logo_inside_a_link_is_the_documents() -> None:
    # a board's logo is an image inside a link: its words, not its addresses, stand above the title
    _, metadata = markdown_to_text(
        "[![Lanternfish Health logo](https://cdn.example.com/lanternfish-health-logo.png)](https://boards.example.com/"
        "company/lanternfish-health)\n\n**Lanternfish Health**\n\n# Senior Application Security Engineer\n\nWe build.\n"
    )
    assert metadata["first_heading"] == "Senior Application Security Engineer"


def test_a_sentence_case_line_alone_in_bold_keeps_its_bold_and_heads_its_lines() -> None:
    page = (
        "<html><body><h2>YOUR SHIFT</h2><ul><li>Keep watch over your pool zone</li><li>Test the pool water</li></ul>"
        "<p><strong>Certifications &amp; experience needed before day one</strong><br>"
        "Current Red Cross Lifeguard certification<br>At least 6 months' experience as a lifeguard<br>"
        "Available to work weekends</p><p><strong>Senior Caretaker</strong><br>"
        "<strong>Location:</strong> Negril</p></body></html>"
    )
    lines = html_to_text(page)[0].splitlines()
    assert "**Certifications & experience needed before day one**" in lines
    assert "Senior Caretaker" in lines  # a line in Title Case is a heading's shape already
    assert "Location: Negril" in lines  # bold that opens a line but does not fill it stays plain
    decoded = to_block_text(decode(page.encode(), "p.html"), "p.html", "auto")
    posting = extract_decoded(decoded)
    assert [i.text for i in posting.minimum_qualifications] == [
        "Current Red Cross Lifeguard certification",
        "At least 6 months' experience as a lifeguard",
        "Available to work weekends",
    ]


def test_a_front_matter_title_in_quotes_keeps_the_other_quote_inside_it() -> None:
    text, metadata = markdown_to_text('---\ntitle: "We\'re hiring: Distillery Operator"\nslug: x\n---\n\nWe distil gin.\n')
    assert metadata["title"] == "We're hiring: Distillery Operator"
    assert markdown_to_text("---\n    title: Intern UX/UI Design (f/m/x)\n---\nText\n")[1]["title"] == (
        "Intern UX/UI Design (f/m/x)"  # an indented entry, as some exports write them
    )
