"""fields: title, company, team, logistics and skills from real phrasings."""

from __future__ import annotations

import pytest

import jobx


def extract(text: str) -> dict:
    return jobx.extract(text).to_dict()


LOGISTICS = [
    ("office-days", "Responsibilities\n- Work on-site at our Sydney office for a minimum of three days per week.",
     "work_arrangement", "on-site at our Sydney office for a minimum of three days per week"),
    ("days-then-onsite", "Applicants should work at least 3 days per week onsite at Acme's Sydney office.",
     "work_arrangement", "at least 3 days per week onsite"),
    ("possessive-office", "Work at Acme's Melbourne office.", "location", "Melbourne"),
    ("title-bracket", "Data Engineer (Berlin) - 2026 Start\nResponsibilities\n- Build pipelines", "location", "Berlin"),
    ("start-month", "Join us for an internship in November / December 2025.", "start", "November / December 2025"),
    ("start-year-note", "An internship in 2026 (Earliest starting in January).", "start", "2026 (Earliest starting in January)"),
    ("duration", "Commit to at least 3 months long internship period.", "duration", "at least 3 months"),
    ("duration-weeks", "Available for a minimum 12-week internship.", "duration", "minimum 12-week"),
    ("salary-range", "Salary: $77,439.18 - $123,701.24\n", "salary", "$77,439.18 - $123,701.24"),
    ("salary-inline", "We pay £45,000 to £55,000 per year.", "salary", "£45,000 to £55,000 per year"),
    ("closing-date", "Closing Date: 02/26/2026\n", "deadline", "02/26/2026"),
    ("graduation", "Expecting to graduate by December 2026.", "graduation", "by December 2026"),
    ("remote", "This fully remote position is open to all.", "work_arrangement", "fully remote"),
    ("label-value-ends-at-next-label", "Engineer Location: Leeds, Salary: £40,000 per annum Contract Type: Full-time "
     "Benefits: Hybrid working, free lunch, gym\n", "salary", "£40,000 per annum"),
    ("job-board-meta-line", "DFT Engineer Austin, Texas · Full-time\nAbout the role\n", "location", "Austin, Texas"),
    ("meta-line-place", "Product Designer\nBerlin, Germany · Design · Full-time · Hybrid\n", "location", "Berlin, Germany"),
    ("meta-line-arrangement", "Product Designer\nBerlin, Germany · Design · Full-time · Hybrid\n", "work_arrangement",
     "Hybrid"),
    ("meta-line-company-then-place", "SRE\nTidewave Analytics · Austin, TX · Full-time\n", "location", "Austin, TX"),
    ("meta-line-remote-country", "Backend Engineer\nRemote - US\n", "location", "US"),
    ("title-line-is-not-a-place", "Barista – Part Time\nWe pour coffee.\n", "location", None),
    ("location-label-naming-arrangement", "Start date: immediately. Work Location: In person.\n", "work_arrangement",
     "In person"),
    ("location-label-with-remote-option", "Location: Toronto, ON or Remote (Canada)\n", "location", "Toronto, ON"),
    ("location-label-with-remote-option-arrangement", "Location: Toronto, ON or Remote (Canada)\n", "work_arrangement",
     "Remote (Canada)"),
    # an arrangement in brackets after the place: the bracket is where they part
    ("arrangement-in-brackets-place", "Ubicación: Zaragoza (100% teletrabajo)\n", "location", "Zaragoza"),
    ("arrangement-in-brackets", "Ubicación: Zaragoza (100% teletrabajo)\n", "work_arrangement", "100% teletrabajo"),
    ("arrangement-in-full-width-brackets", "勤務地: 大阪市内（原則リモートワーク）\n", "work_arrangement", "原則リモートワーク"),
    ("label-value-ends-at-full-stop", "Start date: immediately. Work Location: In person.\n", "start", "immediately"),
    # a label with a word saying its value is planned is the label (each language pack lists its words)
    # a board's search form laid out in columns is no label and value ('Keywords    Location    Search')
    ("a-search-forms-fields-are-no-place",
     "Search jobs    Keywords    Location    Search\n\nTenancy Officer\nTrentside Homes\n\nLocation\nNottingham\n\n"
     "About the role\nWe support tenants.\n", "location", "Nottingham"),
    # a site's menu with 'Remote' among its links is no meta line: the line of the job's terms is
    ("a-sites-menu-is-no-meta-line",
     "Built In Boston\n\nJobs · Companies · Articles · Salaries · Remote · For Employers · Sign Up\n\n"
     "Jobs › Cybersecurity › Application Security\n\nLanternfish Health\n\nSenior Security Engineer\n\n"
     "Reposted 2 Days Ago · In-Office or Remote · Boston, MA · 148K-182K Annually\n\nAbout the role\nWe build.\n",
     "location", "Boston, MA"),
    ("location-of-work-label", "Mushroom Harvester\n\nLocation of work\nIreland\n\nNumber of posts\n6\n\nJob description\n"
     "We grow mushrooms.\n", "location", "Ireland"),
    ("label-with-a-filler", "Details\nExpected start date: March 2027\nPay: $20 an hour\n", "start", "March 2027"),
    ("label-with-a-filler-es", "Detalles\nFecha de inicio prevista: 07/01/2027\nJornada parcial\n", "start", "07/01/2027"),
    ("label-with-a-filler-before-it-pt", "Detalhes\nData prevista de início: 11/01/2027\n", "start", "11/01/2027"),
    ("label-with-a-filler-fr", "Infos\nDate de début prévue : 04/01/2027\n", "start", "04/01/2027"),
    ("pay-among-perks", "Benefits\n- $750 home office stipend\n- Salary range: CAD $140,000 – $170,000 + stock\n",
     "salary", "CAD $140,000 – $170,000 + stock"),
    ("salary-between", "We offer\n- Salary between €70,000 and €90,000 plus shares\n", "salary", "€70,000 and €90,000"),
    ("range-is-one-line", "Perks\n- Transit pass worth $220\n\n- 2 days of training a year\n", "salary", None),
    ("funding-is-not-pay", "We raised €25M last year. Responsibilities\n- Build\n", "salary", None),
    ("vacation-is-not-duration", "Benefits\n- Up to 4 weeks per year of working from abroad\n", "duration", None),
    ("start-date-is", "The expected start date is April 2025.", "start", "April 2025"),
    ("salary-placeholder-is-null", "Salary: Not Disclosed\nResponsibilities\n- Build\n", "salary", None),
    ("posted-weeks-ago-is-not-duration", "Engineer\n2 weeks ago · Over 100 applicants\n", "duration", None),
    ("deadline-sentence-case", "Apply by February 28, 2026 at 11:59 PM\n", "deadline", "February 28, 2026 at 11:59 PM"),
    ("a-name-ending-in-a-label-word", "Applicants in New York City: the range is wide.\n", "location", None),
    ("skill-in-title-brackets-is-not-a-place", "Senior Frontend Engineer (React)\nAbout the role\n", "location", None),
    ("meta-line-with-a-pin", "**Backend Engineer**\n\n📍 Remote (UTC-3 to UTC+3) · Contract · Start: ASAP\n",
     "work_arrangement", "Remote (UTC-3 to UTC+3)"),
    ("long-pipe-header", "Quillstack | Senior Rust Engineer | Remote (US/EU timezones) | Full-time | $160k–$200k + equity | "
     "https://quillstack.dev/jobs\n", "work_arrangement", "Remote (US/EU timezones)"),
    # a compound label names its last part's field; in a scrape without line breaks the value ends where the
    # next text is glued on
    ("compound-label-glued-value", "Perks we offerShift/Location: Days, Leeds LS1 Depot or RemoteFree parking "
     "and more text that runs on for a long while after the label, as one-paragraph scrapes do, without a stop",
     "location", "Days, Leeds LS1 Depot"),
    ("compound-label-glued-value-arrangement", "About usHours/Location: Mon-Fri, Tulsa OK Office or HybridPaid leave "
     "and more text that runs on for a long while after the label, as one-paragraph scrapes do, without a stop",
     "work_arrangement", "Hybrid"),
    ("a-camel-case-word-inside-a-short-value-stays", "Location: McKinney, TX\n", "location", "McKinney, TX"),
    # a term written as a range of months starts on its first month
    ("term-range-start", "Terms\n- 6 month contract (March-August 2027)\n- 30 hours per week\n", "start", "March 2027"),
    ("term-range-start-cjk", "契約期間: 2027年4月〜2028年3月\n", "start", "2027年4月"),
    ("a-range-of-days-is-no-start", "Duration: Mon - Fri 2027 rota\n", "start", None),
    ("starts-on-day-month-year", "The position starts on 1 October 2025 or later.", "start", "1 October 2025"),
    ("label-with-its-value-on-the-next-line", "Location:\nPort Talbot, Wales\nAbout the role\n", "location", "Port Talbot, Wales"),
    ("label-line-then-a-blank-then-value", "Salary range\n\n\n£30,000 - £34,000\n\nApply\n", "salary", "£30,000 - £34,000"),
    ("label-followed-by-a-label-has-no-value", "Location:\nSalary:\nAbout the role\n", "location", None),
    ("markdown-table-row", "| Field | Detail |\n|---|---|\n| Location | Ghent, Belgium |\n| Salary | €50,000 |\n",
     "location", "Ghent, Belgium"),
    ("a-qualified-label-heading-with-its-value-below", "Driver\nPOSITION LOCATION:\nGyumri and Vanadzor, Armenia\n",
     "location", "Gyumri and Vanadzor, Armenia"),
    ("a-name-ending-in-a-label-word-is-no-label", "Clerk & Recorder's Office\nWe keep the county's records.\n",
     "location", None),
    ("meta-line-arrangement-glued-to-a-place", "IoT Engineer\nBrightmesh\n`🌎 Remote,Porto Alegre, Brazil`\n",
     "location", "Porto Alegre, Brazil"),
    ("meta-line-place-with-a-particle", "Tax Adviser\nHybrid · Frankfurt am Main, Germany · Full-time\n",
     "location", "Frankfurt am Main, Germany"),
    ("office-with-a-kind-before-it", "Overview\nShifts at our North Ryde service site.\n", "location", "North Ryde"),
    ("in-the-place-office", "Overview\nHybrid: two days in the Reading office each week.\n", "location", "Reading"),
    ("based-in-sentence-case", "Overview\nBased in Cardiff, you will cover Wales.\n", "location", "Cardiff"),
    ("commute-question", "Job Type: Full-time\nAbility to commute/relocate:\n- Pune, Maharashtra: Reliably commute or planning to relocate before starting work\n",
     "location", "Pune, Maharashtra"),
    ("arrangement-with-a-figure-is-no-place", "Location\n\n- 100% Remote\n", "location", None),
    ("arrangement-with-a-figure", "Location\n\n- 100% Remote\n", "work_arrangement", "100% Remote"),
    ("start-month-in-capitals", "Overview\nThe programme starts in SEPTEMBER 2026.\n", "start", "SEPTEMBER 2026"),
    ("start-season", "Overview\nOur Summer 2027 internship runs for ten weeks.\n", "start", "Summer 2027"),
    ("dates-label", "Dates: 2 June – 22 August 2026\n", "start", "2 June – 22 August 2026"),
    ("applications-accepted-window", "To Apply\n- Applications accepted Monday May 4, 2026 - Friday May 15, 2026\n",
     "deadline", "Friday May 15, 2026"),
    ("place-line-under-the-title", "Payroll Officer\nDepartment of Works\nKamloops BC\nClosing Date: May 1\n", "location", "Kamloops BC"),
    ("shop-then-city-and-state", "Line Cook\nBlue Heron Diner, Eugene, OR\n\nWe cook.\n", "location", "Eugene, OR"),
    ("about-heading-is-no-place", "Policy Analyst\nAbout CDS\nWe build services.\n", "location", None),
    ("skills-line-is-no-place", "Backend Engineer\nPython, Django\nAbout the role\n", "location", None),
    ("placeholder-label-value-is-null", "Work arrangement: OTHER\nAbout the role\n", "work_arrangement", None),
    ("term-ends-on-a-date", "Finance Officer\nTerm ends March 31, 2028\nClosing Date: May 1\n", "duration", "Term ends March 31, 2028"),
    ("temporary-until-a-date-or-a-return", "Role\nStatus: Temporary until June 2027 or return of the incumbent. Hours: days\n",
     "duration", "Temporary until June 2027 or return of the incumbent"),
    ("month-term-with-its-dates", "Timeline\n- 4 month term (June-September 2026)\n", "duration", "4 month term (June-September 2026)"),
    ("a-list-kept-on-file-is-no-duration", "How to apply\nApplications will remain current for up to 12 months.\n", "duration", None),
    ("a-training-block-is-no-duration", "Role\nAttend a 6-week training block in Perth.\n", "duration", None),
    ("a-roster-week-is-no-duration", "Perks\n- 2:2 roster - 1 week of dayshift, 1 week of nightshift\n", "duration", None),
    ("pay-range-among-perks-joined-by-a-word", "Te ofrecemos\n- Salario competitivo entre 41.000€ y 45.000€.\n- Seguro médico\n",
     "salary", "41.000€ y 45.000€"),
    ("pay-under-a-label-past-a-sub-heading", "給与\n\n正社員\n\n- 25万〜35万円/月\n", "salary", "25万〜35万円/月"),
    ("a-bonus-is-no-salary", "Role\nNow offering a sign-on bonus of $2000 for new hires!\n", "salary", None),
    ("position-is-remote", "Location\n- This position is remote.\n", "work_arrangement", "remote"),
    ("role-is-hybrid-with-days", "Overview\nThis role is hybrid with two days in the office each week.\n", "work_arrangement",
     "hybrid with two days in the office each week"),
    ("arrangement-label-qualified", "Employment Location Arrangement: Hybrid\n", "work_arrangement", "Hybrid"),
    ("location-label-arrangement-first", "Location:\nHybrid, Porto - Boavista\n", "location", "Porto - Boavista"),
    ("work-term-label-is-a-start", "Job Title: Data co-op\nWork Term: 2027 - Fall\n", "start", "2027 - Fall"),
    ("label-glued-to-the-text-before", "Now hiring for a Full-time RoleStatus: Temporary until June 2027Hours: days\n",
     "duration", "Temporary until June 2027"),
    ("label-sharing-a-slash", "What we offer?Hours/Location: Monday-Friday, Leeds LS1 Office or Remote\n", "location",
     "Monday-Friday, Leeds LS1 Office"),
    ("the-employers-seat-is-no-location", "Overview\nBrightfold is a logistics company based in Denver that moves boxes.\n",
     "location", None),
    ("deadline-after-the-perks", "Perks\n- Gym\n- Free lunch\nApplications close on 12 May 2026.\n", "deadline", "12 May 2026"),
    ("full-width-colon-label", "工作地点：杭州\n", "location", "杭州"),
    ("hybrid-phrase-ends-at-comma", "Perks\n- Hybrid working, 30 days leave, gym\n", "work_arrangement", "Hybrid working"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in LOGISTICS], ids=[c[0] for c in LOGISTICS])
def test_logistics(text: str, field: str, expected: str) -> None:
    assert extract(text)["logistics"][field] == expected


EMPLOYMENT = [
    ("labelled-beats-mentions", "An internship-like role.\nSeniority level Internship Employment type Full-time Job function IT", "full-time"),
    ("title-intern", "Backend Engineer Intern\nResponsibilities\n- Build", "internship"),
    ("mentions", "We offer a part-time role. The part-time schedule is flexible.", "part-time"),
    ("benefits-not-searched", "Benefits\n- 38 hour full time work week", None),
    ("signed-contract-is-a-document", "Run the sales cycle from first call to signed contract.", None),
    ("month-contract-is-a-job", "This is a 12-month contract with a view to extension.", "contract"),
    ("contract-role", "A contract role for an experienced engineer.", "contract"),
    ("contract-in-a-meta-line", "Engineer\nDenver, CO | Contract\n", "contract"),
    ("status-label-glued", "Sign-on bonus for a Full-time RoleStatus: FT/Temporary until June 2027Hours: days\n", "temporary"),
    ("volunteer-hours-are-a-perk", "Role\nWe offer Paid Volunteer Hours and a 401k.\n", None),
    ("status-label", "Role\nStatus: FT/Temporary until June 2027\n", "temporary"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EMPLOYMENT], ids=[c[0] for c in EMPLOYMENT])
def test_employment_type(text: str, expected: str | None) -> None:
    assert extract(text)["logistics"]["employment_type"] == expected


def test_title_is_first_line_when_it_reads_like_one() -> None:
    assert extract("Senior Data Engineer\nResponsibilities\n- Build")["title"] == "Senior Data Engineer"
    assert extract("Responsibilities\n- Build things")["title"] is None
    # the trades', warehouses' and shops' job nouns are title words too
    for title in ("Warehouse Operative", "Hospital Porter", "Retail Team Member", "Dental Hygienist"):
        assert extract(f"{title}\nLocation: Coventry\n\nResponsibilities\n- Build")["title"] == title


def test_company_from_about_heading() -> None:
    assert extract("Intro\nAbout Acme Corp\nAcme Corp makes tools.")["company"] == "Acme Corp"


def test_company_from_employer_phrasing() -> None:
    text = "Internships at Globex aim to teach. Globex's teams ship. Work at Globex on tools."
    assert extract(text)["company"] == "Globex"


# A capitalised word that an employer-like phrase holds but that names no employer: a town before its region,
# a language, a country, a month, a word the text also writes in lower case. The next name is the employer.
NOT_EMPLOYER_WORDS = [
    ("town-before-region", "Join the Calgary branch of Tollgate Supply Ltd. Tollgate Supply Ltd. is a distributor. "
     "Our Calgary branch is busy. Visit the Calgary branch.\nLocation: 12 Ave SE, Calgary, AB", "Tollgate Supply Ltd"),
    ("language", "Crew wanted for Marlow Yachting Ltd. English is the working language on board. English is spoken "
     "by all guests. Good spoken English.", "Marlow Yachting Ltd"),
    ("language-of-a-pack", "Douanedeclarant bij Venray Forwarding B.V. Duits is een pré. Duits is handig.",
     "Venray Forwarding B.V."),
    ("country", "Canada is a partner. Canada is big. Join Brackenfield Mills, a sawmill in Canada.",
     "Brackenfield Mills"),
    ("month", "Nov is our busiest month and Nov is when you start. Join Harrowgate Foods today.", "Harrowgate Foods"),
    ("lower-case-elsewhere", "Monthly is when we pay. Monthly is also when we meet. You are paid monthly. Join "
     "Quillmark today, Quillmark is hiring.", "Quillmark"),
]


@pytest.mark.parametrize(("name", "text", "expected"), NOT_EMPLOYER_WORDS, ids=[c[0] for c in NOT_EMPLOYER_WORDS])
def test_a_word_that_names_no_employer_is_passed_over(name: str, text: str, expected: str) -> None:
    assert extract(text)["company"] == expected


def test_a_name_in_the_address_of_its_website_is_still_a_name() -> None:
    text = "Join Tansy today. Tansy is hiring. Apply at careers@tansy.example or tansy.example/jobs."
    assert extract(text)["company"] == "Tansy"


def test_a_word_that_ends_the_employers_full_name_is_read_as_that_name() -> None:
    text = ("Agency: Harbour Fisheries Authority\nThe Harbour Fisheries Authority regulates fishing. The Authority's "
            "inspectors visit ports. Serve as a contact for the Authority's systems.")
    assert extract(text)["company"] == "Harbour Fisheries Authority"


TEAMS = [
    ("the-x-team", "About the team\nThe Media Network team builds networks.", "Media Network"),
    ("x-team-capitalised", "About the Team\nThe Platform Engineering Team builds infra.", "Platform Engineering"),
    ("lower-case-team-ignored", "About the team\nThe team builds things.", None),
    ("squad", "About the role\nWe want a designer to join our Growth squad.", "Growth"),
    ("join-our-group", "Overview\nYou will join our Treasury Systems group in Leeds.", "Treasury Systems"),
    ("part-of-a-lower-case-team", "Overview\nYou'll be part of a busy payroll operations team.", "payroll operations"),
    ("within-a-mixed-case-team", "Duties\n- Report within the Casework & Appeals support team.", "Casework & Appeals support"),
    ("a-named-organisation", "Overview\nAct as proxy for the Retail Banking Organization in Paris.", "Retail Banking Organization"),
    ("an-opportunity-with-the-team", "Overview\nAn opportunity with the Client Insights team. Work within the Sales team.",
     "Client Insights"),
    ("as-a-leading-team", "Overview\nAs a leading Payments Risk team at Plover, we stop fraud.", "Payments Risk"),
    ("work-with-our-qa-team-is-not-ours", "Duties\n- Work with our QA team on releases.", None),
    ("the-design-and-other-teams", "Duties\n- Partner with the design and other teams.", None),
    ("join-our-friendly-team", "Overview\nCome and join our friendly team!", None),
    ("a-place-that-is-no-unit", "Overview\nSee it all in a single control center view.", None),
    ("a-site-is-no-team", "Overview\nWe are hiring a picker for our Leeds distribution centre!", None),
    ("a-founding-team-role", "Type: Founding Team Role - Equity\n", None),
    ("a-department-of-someone-else", "Overview\nWe serve the Oregon Department of Transport.", None),
    ("a-german-compound-team", "Über die Stelle\nDu verstärkst unser Vertriebsteam in Köln.", "Vertriebsteam"),
    ("a-department-after-its-word", "Over de functie\nJe werkt binnen de afdeling Klantenservice.", "Klantenservice"),
    # a team the posting grows or the hire leads, where nothing places the hire in one; a desk, section, crew
    ("a-team-the-posting-grows", "The opportunity\nWe're growing our Projects Engineering team this year.",
     "Projects Engineering"),
    ("a-team-the-hire-leads", "The role\nYou'll lead our 3-person Growth Marketing team.", "Growth Marketing"),
    ("a-desk", "Overview\nWe are hiring for our Ocean Exports desk in Chennai.", "Ocean Exports"),
    ("a-section", "Overview\nYou will join our Haematology & Coagulation section.", "Haematology & Coagulation"),
    ("placed-before-grown", "Overview\nWe are growing our Security Operations Center. You will be part of the Blue "
     "Team on nights.", "Blue"),
    ("a-department-that-is-hiring", "Overview\nWe fly cargo, and our Ramp Operations department is expanding.",
     "Ramp Operations"),
    ("a-team-named-after-the-company", "Kestrel\nAbout the team\nKestrel Pay team builds wallets at Kestrel. Kestrel is hiring.",
     "Kestrel Pay"),
    # the unit the employer places the hire in, named after 'its' or the employer's possessive (a classified's
    # 'to fill the position of ... in its Milling Department'); a unit named by its noun before 'of'
    ("in-its-department", "VACANCY\nCanje Rice Ltd invites applications for the post of Clerk in its Milling "
     "Department. Apply by 5 May.", "Milling"),
    ("in-the-employer-s-unit", "The post\nThe nurse sits in KMH's Community Care Unit and visits homes.",
     "Community Care"),
    ("in-the-department-of", "The post\nA technician is needed in the Department of Plant Science, Faculty of "
     "Agriculture.", "Department of Plant Science"),
    ("a-division-of-opening-a-sentence", "Overview\nWe care for the sick. The Division of Renal Care and Dialysis "
     "is looking for a nurse.", "Division of Renal Care and Dialysis"),
    ("a-department-of-no-one-is-placed-in", "Requirements\n- Vaccination in line with the Department of Health rules",
     None),
    ("placed-in-a-team-before-a-department-of", "Overview\nWe serve the divisions within the Department of Families. "
     "The Accounts Payable team pays them.", "Accounts Payable"),
    ("our-unit-before-an-agency-sentence", "Overview\nWe are adding two mechanics to our Service Department. The "
     "Department of Labor never charges job seekers a fee.", "Service Department"),
    # an article or a pronoun before 'Team' names no team
    ("an-article-before-team", "Über uns\nEin Team aus 40 Pflegekräften betreut die Station.", None),
    ("a-pronoun-before-team", "Über uns\nUnser Team besteht aus 4 Apothekern.", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TEAMS], ids=[c[0] for c in TEAMS])
def test_team(text: str, expected: str | None) -> None:
    assert extract(text)["team"] == expected


def test_skills_come_from_requirements_in_order_once() -> None:
    text = (
        "About Acme\nWe use Java everywhere.\nMinimum qualifications\n- Go, Python and C++\n"
        "- Experience with Docker/Containers and sql/hsql\n- More Python"
    )
    assert extract(text)["skills"] == ["Go", "Python", "C++", "Docker", "SQL"]


def test_go_the_verb_is_not_a_skill() -> None:
    assert extract("Minimum qualifications\n- Willing to go the extra mile")["skills"] == []


@pytest.mark.parametrize("prose", ["Keep your outlook positive", "Pick up the slack", "On an assembly line"])
def test_everyday_words_are_not_skills(prose: str) -> None:
    assert extract(f"Requirements\n- {prose}")["skills"] == []


# One field of the output, each from a posting written the way real ones are.
FIELDS = [
    ("a-sub-heading-with-nothing-under-it-was-the-last-item", "Engineer\nPerks\n- Unlimited PTO\nAccess to a 401k\n\n#posttoexternal\n",
     "benefits", ["Unlimited PTO", "Access to a 401k"]),
    ("spelt-out-company-drops-a-leading-the", "Developer\nThe Canadian Digital Service (CDS) builds things. CDS is hiring.\nJoin CDS today.\n",
     "company", "Canadian Digital Service"),
    ("skills-keep-the-postings-spelling-in-the-rules-casing", "Requirements\n- Experience with NodeJS and golang\n- linux, then Node.js and Go again",
     "skills", ["NodeJS", "Golang", "Linux"]),
    ("title-may-open-with-a-bracket", "(Senior) Full-Stack Developer (m/w/d)\nYour tasks\n- Build",
     "title", "(Senior) Full-Stack Developer (m/w/d)"),
    ("a-team-lead-is-a-title-not-a-team", "Warehouse Team Lead\nResponsibilities\n- Supervise the night shift",
     "team", None),
    ("company-hiring-statement-counts-once", "Driver\nNorthstar Logistics is hiring a driver for our depot.\n",
     "company", "Northstar Logistics"),
    ("a-company-named-like-a-skill-in-an-employer-phrase", "Engineer\nAt Snowflake, we build the data cloud.\nRequirements\n- Experience with Snowflake\n",
     "company", "Snowflake"),
    ("c-level-is-not-the-language-c", "Responsibilities\n- Present to the C-level and C-suite",
     "skills", []),
    ("skills-where-lower-casing-changes-the-length", "Requirements\n- İstanbul office: Python and kubernetes, then Go",
     "skills", ["Python", "Kubernetes", "Go"]),
    ("skills-are-what-the-qualifications-ask-for", "Responsibilities\n- Run our Jenkins pipelines on AWS\nRequirements\n- Python and Go\n",
     "skills", ["Python", "Go"]),
    ("title-past-page-chrome-and-a-company-line", "Skip to main content\nLinkedIn\nJobs\n\nHarbor & Pine Hospitality Group\nRevenue Analyst\nResponsibilities\n- Price\n",
     "title", "Revenue Analyst"),
    ("title-before-a-boards-screen-reader-label",
     "Skip to main content Indeed Home Company reviews Sign in What boilermaker Where Germiston Find jobs Boilermaker "
     "(Red Seal) - job post Elandsfontein Steel Fabricators 3.6 out of 5 stars Germiston R28 000 a month. "
     + "We fabricate plate work for mines and need a qualified tradesman. " * 6,
     "title", "Boilermaker (Red Seal)"),
    ("a-line-of-buttons-is-no-title", "[Print]  [Send to a friend]  [Back]\nPaid Media Officer\nRequirements\n- SEO\n",
     "title", "Paid Media Officer"),
    ("title-without-the-company-after-it", "Backend Engineer (Python) — Kestrel Robotics\nAt Kestrel Robotics we build arms.\nResponsibilities\n- Build\n",
     "title", "Backend Engineer (Python)"),
    ("title-part-of-a-pipe-header", "Acme | Senior Rust Engineer | Remote\nRequirements\n- Rust\n",
     "title", "Senior Rust Engineer"),
    ("company-from-a-pipe-header", "Quillstack | Senior Rust Engineer | Remote | Full-time\nRequirements\n- Rust\n",
     "company", "Quillstack"),
    ("title-sought-with-an-adjective", "The role\nWe are seeking a passionate Senior Payroll Specialist to run our pay.\n",
     "title", "Senior Payroll Specialist"),
    ("title-hired-in-the-plural", "Overview\nWe're hiring Part-time Delivery Drivers for our new site. Hours vary.\n",
     "title", "Delivery Drivers"),
    ("title-looking-to-hire", "Overview\nWe are looking to hire a Field Service Technician in the north.\n",
     "title", "Field Service Technician"),
    ("title-as-an-early-hire", "The role\nAs an early Solutions Architect at Brightfold, you own the design.\n",
     "title", "Solutions Architect"),
    ("title-as-a-at-sentence-end", "The role\nYou will sit in the bids group as a Junior Quantity Surveyor.\n",
     "title", "Junior Quantity Surveyor"),
    ("title-after-a-comma-is-responsible", "Summary\nReporting to the ward lead, the Staff Nurse is responsible for care.\n",
     "title", "Staff Nurse"),
    ("title-with-a-verb-of-its-own", "Summary\nAt the front desk, the Guest Services Agent greets every visitor.\n",
     "title", "Guest Services Agent"),
    ("past-experience-as-a-is-not-the-title", "Requirements\n- Two years of experience as a Line Cook.\n",
     "title", None),
    ("a-first-line-the-prose-names-again", "Head Groundskeeper\nPay: Band 4\nThe school needs a head groundskeeper to keep the fields.\n",
     "title", "Head Groundskeeper"),
    ("a-first-line-said-once-is-not-a-title", "Welcome Aboard\nWe make boats.\n", "title", None),
    ("company-line-above-a-labelled-title", "Brookvale Dairy LLC\nTITLE: Herd Manager\nLOCATION: Tralee\n",
     "company", "Brookvale Dairy LLC"),
    ("company-line-between-title-and-place", "Data Engineer\nOrvento\nHybrid, Lisbon, Portugal\n\nAbout the role\n",
     "company", "Orvento"),
    ("a-place-line-under-the-title-is-no-company", "Data Engineer\nLisbon, Portugal\n\nAbout the role\n",
     "company", None),
    ("about-us-is-no-company", "About Us\nUs and our partners build roads. They are hiring. Must love maps.\n",
     "company", None),
    ("company-now-hiring", "Kelpie Coffee Newtown now hiring\nBaristas wanted.\n", "company", "Kelpie Coffee Newtown"),
    ("company-on-its-own-website", "Role\nYou will sell Tarnwell products and work with Tarnwell engineers.\nSee www.tarnwell-systems.com\n",
     "company", "Tarnwell"),
    ("company-with-a-malaysian-legal-form", "Production Planner\nKestrel Electronics Manufacturing Sdn. Bhd.\nPenang\n\n"
     "Responsibilities\n- Plan production\n", "company", "Kestrel Electronics Manufacturing Sdn. Bhd."),
    ("company-with-a-gulf-legal-form", "Quantity Surveyor\n\nAl Waseef Contracting & Trading W.L.L. is hiring in Doha.\n",
     "company", "Al Waseef Contracting & Trading W.L.L."),
    ("company-joined-by-a-polish-and", "Księgowa\n\nBiuro Rachunkowe Wierzbicki i Wspólnicy sp. z o.o. szuka osoby.\n",
     "company", "Biuro Rachunkowe Wierzbicki i Wspólnicy sp. z o.o."),
    ("company-with-its-legal-form", "Sozialarbeiter*in\nWir, Lichtblick e. V., suchen Verstärkung.\n",
     "company", "Lichtblick e. V."),
    ("the-fuller-name-of-the-employer", "Role\nAt Elmfield we teach. Elmfield Academy is a school. Join Elmfield.\n",
     "company", "Elmfield Academy"),
    ("an-agency-footer-is-no-employer", "Role\nPlan the site.\n" + "We build. " * 200 + "\nQuickstaff Recruitment Limited acts as an agency.\n",
     "company", None),
    ("title-with-a-gender-marker", "Mission\nNous cherchons pour un client un tourneur fraiseur (H/F) à Lyon.\n",
     "title", "tourneur fraiseur (H/F)"),
    ("title-after-a-hiring-verb", "ACME recrute une ou un développeur backend\n\nLa mission\n- Coder\n",
     "title", "développeur backend"),
    ("company-before-a-hiring-verb", "Orvalis recrute un comptable\n\nLa mission\n- Compter\n", "company", "Orvalis"),
    ("a-pronoun-before-a-hiring-verb-is-no-company", "Je recrute un soudeur (H/F)\n\nMission\n- Souder\n", "company", None),
    ("company-said-to-be-one-in-another-language", "Ingeniera de datos\nSOBRE NOSOTROS\nTallerin es una empresa social. Tallerin crece.\n",
     "company", "Tallerin"),
    ("decorated-header", "[Lisbon] Data Analyst @ Ferrolux\nRequirements\n- SQL\n", "title", "Data Analyst"),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in FIELDS], ids=[c[0] for c in FIELDS])
def test_field(text: str, field: str, expected: object) -> None:
    assert extract(text)[field] == expected


SALARIES = [
    ("range-with-separators", {"currency": "AUD", "value": {"minValue": 130000, "maxValue": 160000, "unitText": "YEAR"}},
     "AUD 130,000 - 160,000 per year"),
    ("whole-floats-without-decimals", {"currency": "USD", "value": {"minValue": 1000.0, "maxValue": 2000.0, "unitText": "YEAR"}},
     "USD 1,000 - 2,000 per year"),
    ("hourly-cents-kept", {"currency": "CAD", "value": {"value": 22.5, "unitText": "HOUR"}}, "CAD 22.50 per hour"),
    ("plain-value", {"currency": "GBP", "value": 45000}, "GBP 45,000"),
    ("no-amount", {"currency": "EUR", "value": {"unitText": "YEAR"}}, None),
]


@pytest.mark.parametrize(("salary", "expected"), [c[1:] for c in SALARIES], ids=[c[0] for c in SALARIES])
def test_json_ld_salary_written_as_people_write_it(salary: dict, expected: str | None) -> None:
    from jobx.markup import job_posting_fields

    assert job_posting_fields({"baseSalary": salary}).get("salary") == expected


def test_json_ld_expiry_is_no_deadline() -> None:
    from jobx.markup import job_posting_fields

    assert "deadline" not in job_posting_fields({"validThrough": "2026-12-12T09:37:46.463Z"})


def test_stated_title_gives_way_to_the_texts_shorter_one() -> None:
    from jobx.fields import stated_title

    assert stated_title("Cocinero de línea con experiencia - Jornada completa", "Cocinero de línea") == "Cocinero de línea"
    assert stated_title("Senior Consultant, Product Manager", "Product Manager") == "Senior Consultant, Product Manager"
    assert stated_title("Offre d'emploi : Cuisinier de ligne à Lyon", "Cuisinier de ligne") == "Cuisinier de ligne"


def test_a_stated_title_naming_its_employer() -> None:
    from jobx.fields import title_at_employer
    from jobx.rules import default_rules

    rules = default_rules()
    assert title_at_employer("Backend Developer bij de Stichting Noordlicht", rules) == ("Backend Developer", "Stichting Noordlicht")
    assert title_at_employer("Data Engineer at Ferrolux", rules) == ("Data Engineer", "Ferrolux")
    assert title_at_employer("A Day at Sea", rules) == ("A Day at Sea", None)


def test_requirements_do_not_name_the_kind_of_job() -> None:
    from jobx import extract

    text = ("Delivery Driver\nWhat you will do\n- Deliver parcels across the district\n"
            "Requirements\n- Permanent residence in the region\n- A graduate degree is welcome\n")
    assert extract(text).logistics.employment_type is None
    # the same words among the duties or the role's own text still do
    assert extract("Delivery Driver\nThis is a permanent role.\nWhat you will do\n- Deliver parcels\n").logistics.employment_type == "full-time"


# A job board's header of labels without separators: each value runs to the next label (three labels at
# least, values short and without a sentence); the labels are the rules' own, any case.
HEADER_RUNS = [
    ("title-and-city", "Title Night Porter - Hotel Services Ref ID 7781 City Leeds Region Yorkshire Employment Type "
     "Part-Time Job Description We run a hotel. You carry bags.\n", {"title": "Night Porter - Hotel Services",
     "location": "Leeds", "employment_type": "part-time"}),
    ("double-spaced-values", "Req ID  55102 City  Galway Category  Kitchen Staff Travel  None Our kitchen is busy.\n",
     {"location": "Galway", "title": None}),
    ("two-labels-are-no-run", "City Nights is a bar. We hire a Bartender.\n", {"location": None}),
    ("a-run-not-at-the-start", "Bartender\nCity Cork Category Bars Region Munster\n", {"title": "Bartender"}),
    ("a-sentence-ends-the-run", "Title Cook City Sligo. Then we talk. Region West Category Kitchens\n",
     {"location": None}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in HEADER_RUNS], ids=[c[0] for c in HEADER_RUNS])
def test_header_label_run(text: str, expected: dict) -> None:
    out = extract(text)
    assert {field: out.get(field, out["logistics"].get(field)) for field in expected} == expected


def extract_markdown(markup: str) -> dict:
    from jobx.pipeline import extract_decoded
    from jobx.reader import decode, to_block_text

    return extract_decoded(to_block_text(decode(markup.encode(), "job.md"), "job.md")).to_dict()


# A document's front matter (YAML '---' or TOML '+++'): each one-line entry's key read as a label, filling
# what the text leaves empty; a date stated as a sentence gives its date.
FRONT_MATTER = [
    ("yaml-department-is-the-team", '---\ntitle: "Site Nurse"\ndepartment: "occupational health"\n---\n\nWe care.\n',
     "team", "occupational health"),
    ("yaml-type-is-employment", "---\ntitle: Site Nurse\ntype: Part-time, Fixed term\n---\n\nWe care.\n",
     "employment_type", "part-time"),
    ("yaml-location", "---\nlocation: 'Ennis/Kilrush'\nactive: true\n---\n\nWe care.\n", "location", "Ennis/Kilrush"),
    ("toml-deadline-sentence", '+++\ntitle = "Writer"\ndeadline = "Review starts on **March 3, 2027**, then rolling."'
     '  # note\n+++\n\nWe write.\n', "deadline", "March 3, 2027"),
    ("toml-arrangement-in-location", '+++\nlocation = "Fully remote"\n+++\n\nWe write.\n', "work_arrangement",
     "Fully remote"),
    ("the-text-wins", "---\nlocation: Cork\n---\n\nLocation: Galway\n\nWe care.\n", "location", "Galway"),
    ("unknown-keys-are-ignored", "---\nlayout: job_post\ncolor: blue\n---\n\nWe care.\n", "team", None),
]


@pytest.mark.parametrize(("markup", "field", "expected"), [c[1:] for c in FRONT_MATTER], ids=[c[0] for c in FRONT_MATTER])
def test_front_matter_entries(markup: str, field: str, expected: str | None) -> None:
    out = extract_markdown(markup)
    assert (out[field] if field in out else out["logistics"][field]) == expected


# A markdown document that opens on a level-one heading names its title there, where the text gives none.
HEADING_TITLES = [
    ("a-heading-without-a-title-word", "# 設備点検\n\n## 業務内容\n\n- 点検\n", "設備点検"),
    ("a-linked-heading", "\n# [Dock Hand](https://example.org/apply)\n\n## Duties\n\n- Load boats\n", "Dock Hand"),
    ("a-section-heading-is-no-title", "# Responsibilities\n\n- Load boats\n", None),
    ("a-sentence-is-no-title", "# We grow. Join us!\n\n## Duties\n\n- Load boats\n", None),
    ("a-title-in-the-text-wins", "# Harbourside Jobs\n\nDeckhand Supervisor\n\n## Duties\n\n- Load boats\n",
     "Deckhand Supervisor"),
]


@pytest.mark.parametrize(("markup", "expected"), [c[1:] for c in HEADING_TITLES], ids=[c[0] for c in HEADING_TITLES])
def test_heading_title(markup: str, expected: str | None) -> None:
    assert extract_markdown(markup)["title"] == expected


def test_a_team_named_only_in_the_company_section_is_found_last() -> None:
    import jobx

    text = "Site Reliability Engineer\nAbout us\nAcme moves money. The Payments Infrastructure team keeps it moving.\n" \
        "Responsibilities\n- Run the ledgers\n"
    assert jobx.extract(text).team == "Payments Infrastructure"
    # a team the duties name comes first
    named = text.replace("- Run the ledgers", "- Run the ledgers as part of our Ledger team")
    assert jobx.extract(named).team == "Ledger"


def test_legal_forms_of_more_countries() -> None:
    from jobx.features import LEGAL_FORM

    for name in ("Fattura Serena S.p.A.", "Pasta Rossi S.r.l.", "Café Lusitano Ltda.", "Sakura Denki K.K."):
        assert LEGAL_FORM.search(name), name
    assert not LEGAL_FORM.search("Spa treatments")


# A label after a list or note mark at a line's start stands where labels do.
MARKED_LABELS = [
    ("a-bullet-before-a-place", "Lagerhelfer\n\nKonditionen\n• Ort: Kassel, Hessen\n", "location", "Kassel, Hessen"),
    ("a-note-mark-before-a-deadline", "데이터 엔지니어\n\n■ 기타\n※ 마감일: 2027년 3월 9일\n", "deadline", "2027년 3월 9일"),
    ("a-square-before-pay", "Warehouse Picker\n\nTerms\n■ Salary: £24,000 - £26,000\n", "salary", "£24,000 - £26,000"),
    ("a-bullet-in-prose-is-no-label", "Warehouse Picker\n\nTerms\n• We pay well: ask us\n", "salary", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in MARKED_LABELS], ids=[c[0] for c in MARKED_LABELS])
def test_label_after_a_list_mark(text: str, field: str, expected: str | None) -> None:
    import jobx

    assert getattr(jobx.extract(text).logistics, field) == expected


# A kind-of-job label's value that names an arrangement and no kind of job is the arrangement.
TERMS = "Night Porter\nHarbour Lodge Hotel\n\nResponsibilities\n- Lock up\n- Check rooms\n\nTerms\n"
ARRANGED_KINDS = [
    ("a-work-type-block", TERMS + "Work type: Remote\nPay: £12 an hour\n", ("Remote", None)),
    # (the kind stays the kind; the part after it that names an arrangement is the arrangement)
    ("a-kind-of-job-stays", TERMS + "Work type: Full-time, hybrid\nPay: £12 an hour\n", ("hybrid", "full-time")),
    ("a-second-ko-label", "물류 매니저\n\n■ 담당업무\n• 입고 관리\n\n■ 근무조건\n• 고용형태: 계약직\n• 근무형태: 주 3회 재택근무 가능\n",
     ("주 3회 재택근무 가능", "contract")),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ARRANGED_KINDS], ids=[c[0] for c in ARRANGED_KINDS])
def test_arrangement_under_a_kind_of_job_label(text: str, expected: tuple[str | None, str | None]) -> None:
    import jobx

    logistics = jobx.extract(text).logistics
    assert (logistics.work_arrangement, logistics.employment_type) == expected


# A name with a legal form of a script written without spaces, in a header line, is the employer.
CJK_LEGAL_NAMES = [
    ("ko-a-tag-before-the-title", "[주식회사 바다물류] 물류 매니저 채용\n\n■ 담당업무\n• 입고 관리\n", "주식회사 바다물류"),
    ("ko-a-form-after-the-name", "바다물류 주식회사\n물류 매니저\n\n■ 담당업무\n• 입고 관리\n", "바다물류 주식회사"),
    ("zh-a-part-of-a-meta-line", "# 运营专员\n\n**成都山语文化传媒有限公司** ｜ 成都 ｜ 全职\n\n**岗位职责：**\n\n1、内容运营；\n",
     "成都山语文化传媒有限公司"),
    ("ja-a-line-above-the-title", "合同会社ひかり製作所\n品質管理スタッフ\n\n■仕事内容\n・検査業務\n", "合同会社ひかり製作所"),
    ("no-form-no-employer", "# 运营专员\n\n成都 ｜ 全职\n\n**岗位职责：**\n\n1、内容运营；\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CJK_LEGAL_NAMES], ids=[c[0] for c in CJK_LEGAL_NAMES])
def test_employer_by_a_legal_form_without_spaces(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).company == expected


# A line below the title of terms and one word after them: the word is the place.
TERMS_THEN_PLACE = [
    ("de-kind-then-city", "Lagerist (m/w/d)\nVollzeit · Kassel\n\nDeine Aufgaben\n- Waren annehmen\n", "Kassel"),
    ("en-two-terms-then-city", "Barista\nPart-time · Hybrid · Galway\n\nDuties\n- Pull shots\n", "Galway"),
    ("two-words-are-no-bare-place", "Barista\nPart-time · Brew House\n\nDuties\n- Pull shots\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TERMS_THEN_PLACE], ids=[c[0] for c in TERMS_THEN_PLACE])
def test_place_after_terms_below_the_title(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).logistics.location == expected


# German: the start after 'ab (dem)', days a week away from the office, an hourly rate among the perks.
GERMAN_TERMS = "Lagerist (m/w/d)\n\n{intro}\n\nDeine Aufgaben\n- Waren annehmen\n\nDas bieten wir\n- {perk}\n"
GERMAN_VALUES = [
    ("start-ab-dem", GERMAN_TERMS.format(intro="Für unser Lager suchen wir ab dem 1. Juni 2027 Verstärkung.",
                                         perk="Kaffee"), "start", "ab dem 1. Juni 2027"),
    ("start-zum-as-before", GERMAN_TERMS.format(intro="Wir suchen zum 01.06.2027 Verstärkung.", perk="Kaffee"),
     "start", "01.06.2027"),
    ("days-mobile", GERMAN_TERMS.format(intro="Wir wachsen.", perk="Die Möglichkeit, bis zu drei Tage pro Woche mobil zu arbeiten"),
     "work_arrangement", "bis zu drei Tage pro Woche mobil zu arbeiten"),
    ("a-day-at-home", GERMAN_TERMS.format(intro="Wir wachsen.", perk="An einem Tag die Woche im Homeoffice"),
     "work_arrangement", "An einem Tag die Woche im Homeoffice"),
    ("hourly-rate-after-a-pay-word", GERMAN_TERMS.format(intro="Wir wachsen.", perk="Ein Stundenlohn von 14,20 € pro Stunde"),
     "salary", "14,20 € pro Stunde"),
    ("a-perk-amount-is-no-pay", GERMAN_TERMS.format(intro="Wir wachsen.", perk="Ein Zuschuss von 30 € pro Monat zum Jobticket"),
     "salary", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), [c[1:] for c in GERMAN_VALUES], ids=[c[0] for c in GERMAN_VALUES])
def test_german_terms(text: str, field: str, expected: str | None) -> None:
    import jobx

    assert getattr(jobx.extract(text).logistics, field) == expected


# The last day to apply, said in a sentence.
LAST_DAYS = [
    ("last-day-to-apply", "Payroll Clerk\n\nDuties\n- Run payroll\n\nWe read every application; the last day to apply is "
     "3 March 2027.\n", "3 March 2027"),
    ("final-date-for-applications", "Payroll Clerk\n\nDuties\n- Run payroll\n\nThe final date for applications: "
     "April 9, 2027\n", "April 9, 2027"),
    ("a-last-day-of-work-is-no-deadline", "Payroll Clerk\n\nDuties\n- Run payroll\n\nThe last day of the season is "
     "3 March 2027.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LAST_DAYS], ids=[c[0] for c in LAST_DAYS])
def test_last_day_to_apply(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).logistics.deadline == expected


# An arrangement that begins after a while, opening its sentence.
LATER_ARRANGEMENTS = [
    ("remote-once", "Payroll Clerk\n\nDuties\n- Run payroll\n\nTerms\nSchedule: Monday to Friday, 9 am to 5 pm. Remote once "
     "you have finished onboarding, with a monthly team day.\n", "Remote once you have finished onboarding, with a monthly team day"),
    ("hybrid-after-a-probation", "Payroll Clerk\n\nDuties\n- Run payroll\n\nTerms\nHybrid after the probation period "
     "(two days at home).\n", "Hybrid after the probation period (two days at home)"),
    ("inside-a-sentence-it-is-not-read-so", "Payroll Clerk\n\nDuties\n- Run payroll\n\nTerms\nWe moved to remote after "
     "the merger.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LATER_ARRANGEMENTS], ids=[c[0] for c in LATER_ARRANGEMENTS])
def test_arrangement_after_a_while(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).logistics.work_arrangement == expected


# The kind of job the text states of itself comes before the title's words.
STATED_KINDS = [
    ("a-part-time-post-coordinating-volunteers", "Volunteer Manager\nRiverside Trust\n\nThis is a part-time post of "
     "20 hours a week.\n\nDuties\n- Recruit volunteers\n", "part-time"),
    ("a-permanent-full-time-role", "Intern Recruiter\nBrightpath\n\nIt is a permanent, full-time role in our Leeds "
     "office.\n\nDuties\n- Hire interns\n", "full-time"),
    ("the-title-as-before", "Volunteer Driver\nRiverside Trust\n\nDuties\n- Drive the van\n", "volunteer"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STATED_KINDS], ids=[c[0] for c in STATED_KINDS])
def test_kind_of_job_stated_in_the_text(text: str, expected: str) -> None:
    import jobx

    assert jobx.extract(text).logistics.employment_type == expected


# A header run into one line: a US place with its state code right before the pay or the kind of job.
RUN_IN_PLACES = [
    ("a-city-before-pay", "Harbor Logistics 4.2 ★ Dispatch Coordinator Toledo, OH $48K - $55K (Employer est.) Easy Apply "
     "Job descriptionYou will plan routes.\n", "Toledo, OH"),
    ("a-street-before-the-kind", "Careers Menu Night Baker - Store #9 Crumbs (Elm St) 22 Elm St, Akron, OH 44308 "
     "Full-Time Apply Now You bake bread.\n", "22 Elm St, Akron, OH 44308"),
    ("two-words-of-a-city", "Dispatch Coordinator\n\nSan Diego, CA $22 an hour\n\nDuties\n- Plan routes\n", "San Diego, CA"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in RUN_IN_PLACES], ids=[c[0] for c in RUN_IN_PLACES])
def test_run_in_place_before_pay(text: str, expected: str) -> None:
    import jobx

    assert jobx.extract(text).logistics.location == expected


# A place after a pin, up to the next symbol or the line's end.
PINNED_PLACES = [
    ("a-pin-in-a-post", "NOW HIRING 🚨 Dishwasher wanted! Evenings, $16/hr. 📍 77 Mill Lane, Hudson NY 👍 Like 💬 Comment\n",
     "77 Mill Lane, Hudson NY"),
    ("a-pin-line", "Dishwasher\n\nDuties\n- Wash pots\n\nWhere\n📍 Old Town, Edinburgh\n", "Old Town, Edinburgh"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PINNED_PLACES], ids=[c[0] for c in PINNED_PLACES])
def test_place_after_a_pin(text: str, expected: str) -> None:
    import jobx

    assert jobx.extract(text).logistics.location == expected


# A shouted word that opens no name ('MUST', 'YOUR') is no employer in capitals either; a short code may be.
SHOUTED_WORDS = [
    ("a-shouting-post", "WAREHOUSE HELP WANTED!! MUST have forklift experience. MUST be on time every day. MUST lift 50 lbs. "
     "Call Dave on 555-0101.\n", None),
    ("a-short-code-opens-a-name", "Delivery Driver\n\nJoin US Foods as a driver. US Foods is a food distributor with 70 "
     "depots.\n\nDuties\n- Deliver orders\n", "US Foods"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHOUTED_WORDS], ids=[c[0] for c in SHOUTED_WORDS])
def test_shouted_words_are_no_employer(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).company == expected


# The start: the post is available from a date.
AVAILABLE_FROM = [
    ("available-from-a-date", "Lab Assistant\n\nThe post is available from 4 January 2027 or as soon as possible "
     "thereafter.\n\nDuties\n- Prepare samples\n", "4 January 2027 or as soon as possible thereafter"),
    ("a-role-available-on", "Lab Assistant\n\nThe role will be available on 1st June 2027.\n\nDuties\n- Prepare samples\n",
     "1st June 2027"),
    ("a-room-available-is-no-start", "Lab Assistant\n\nA room is available from 4 January 2027.\n\nDuties\n- Prepare samples\n",
     None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in AVAILABLE_FROM], ids=[c[0] for c in AVAILABLE_FROM])
def test_start_when_the_post_is_available(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).logistics.start == expected


# The site, then its place: 'based at our warehouse in St Philips, Bristol'.
SITE_THEN_PLACE = [
    ("based-at-our-site-in", "Stock Controller\n\nYou will be based at our distribution centre in Castle Donington, "
     "Leicestershire with a company van.\n\nDuties\n- Count stock\n", "Castle Donington, Leicestershire"),
    ("located-at-the-office-in", "Stock Controller\n\nThe job is located at the head office in Leeds.\n\nDuties\n"
     "- Count stock\n", "Leeds"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SITE_THEN_PLACE], ids=[c[0] for c in SITE_THEN_PLACE])
def test_site_then_place(text: str, expected: str) -> None:
    import jobx

    assert jobx.extract(text).logistics.location == expected


# 'and' between two capitalised words joins one team's name.
JOINED_TEAMS = [
    ("two-capitalised-words", "Stock Controller\n\nYou will join our Volunteering and Community team.\n\nDuties\n"
     "- Count stock\n", "Volunteering and Community"),
    ("a-department", "Stock Controller\n\nYou will join our Research and Development department.\n\nDuties\n"
     "- Count stock\n", "Research and Development"),
    ("lower-case-words-name-a-kind", "Stock Controller\n\nYou will join our sales and marketing team.\n\nDuties\n"
     "- Count stock\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in JOINED_TEAMS], ids=[c[0] for c in JOINED_TEAMS])
def test_team_names_joined_by_and(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).team == expected


# Days a week away from the office with a verb before the place.
DAYS_WITH_A_VERB = [
    ("working-from-home", "Stock Controller\n\nThe job is in Leeds, with up to two days a week working from home.\n\n"
     "Duties\n- Count stock\n", "up to two days a week working from home"),
    ("spent-on-site", "Stock Controller\n\nExpect at least three days per week spent on-site.\n\nDuties\n- Count stock\n",
     "at least three days per week spent on-site"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DAYS_WITH_A_VERB], ids=[c[0] for c in DAYS_WITH_A_VERB])
def test_days_a_week_with_a_verb(text: str, expected: str) -> None:
    import jobx

    assert jobx.extract(text).logistics.work_arrangement == expected


# A requirement's months of experience are no term, four words between them too.
EXPERIENCE_MONTHS = [
    ("four-words-before-experience", "Shift Lead\n\nRequirements\n- You have at least 9 months of cafe or bakery "
     "supervisory experience.\n\nDuties\n- Open the store\n", None),
    ("a-term-stays", "Shift Lead\n\nThis is a 9 month contract.\n\nDuties\n- Open the store\n", "9 month contract"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EXPERIENCE_MONTHS], ids=[c[0] for c in EXPERIENCE_MONTHS])
def test_months_of_experience_are_no_term(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).logistics.duration == expected


# A post that shouts its job: 'X WANTED', in any case.
WANTED_TITLES = [
    ("in-capitals", "🚨 NOW HIRING!! 🚨 DISHWASHER WANTED 🍽 Evenings, $16/hr. Call Dave.\n", "DISHWASHER"),
    ("capitalised", "Delivery Drivers Wanted! Evenings, $16/hr. Call Dave. You will deliver food.\n", "Delivery Drivers"),
    ("help-wanted-names-no-job", "HELP WANTED!! Evenings, $16/hr. Call Dave. You will wash pots.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in WANTED_TITLES], ids=[c[0] for c in WANTED_TITLES])
def test_title_before_wanted(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).title == expected


# The kind of job on the meta line below the title comes before the title's words.
META_KINDS = [
    ("de-part-time-working-student", "Werkstudent (m/w/d) Vertrieb\nTeilzeit · Kassel\n\nDeine Aufgaben\n- Angebote "
     "schreiben\n", "part-time"),
    ("en-full-time-trainee", "Trainee Surveyor\nFull-time · Hybrid · Derby\n\nDuties\n- Survey sites\n", "full-time"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in META_KINDS], ids=[c[0] for c in META_KINDS])
def test_kind_of_job_on_the_meta_line(text: str, expected: str) -> None:
    import jobx

    assert jobx.extract(text).logistics.employment_type == expected


# A social post's header: the poster's name, then how long ago it was posted.
POSTED_BY = [
    ("linkedin-feed", "Harbour Bakery • 3d • 🌍\nWe are hiring a BAKER! Early starts, $15/hr. Message us.\n", "Harbour Bakery"),
    ("facebook", "Dale's Tyre & Exhaust · 5h · 🌎 MECHANIC WANTED 🔧 Full time, $24/hr. Call Dale.\n", "Dale's Tyre & Exhaust"),
    ("a-title-is-no-poster", "Delivery Driver · 2h · Harbour Foods\n\nDuties\n- Deliver orders\n", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in POSTED_BY], ids=[c[0] for c in POSTED_BY])
def test_employer_who_posted(text: str, expected: str | None) -> None:
    import jobx

    assert jobx.extract(text).company == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About us\nVaaniq BPO Services Pvt. Ltd. is hiring. Vaaniq BPO Services Pvt. Ltd. runs contact centres.\n",
         "Vaaniq BPO Services Pvt. Ltd."),
        ("O nas\nNordlog Polska Sp. z o.o. is the employer. Nordlog Polska Sp. z o.o. runs two depots.\n",
         "Nordlog Polska Sp. z o.o."),
        ("Empresa\nClimatérmica del Plata S.R.L. is hiring. Climatérmica del Plata S.R.L. installs heat pumps.\n",
         "Climatérmica del Plata S.R.L."),
    ],
    ids=["pvt-ltd", "sp-z-oo", "srl-in-capitals"],
)
def test_legal_forms_of_several_words(text: str, expected: str) -> None:
    assert extract(text)["company"] == expected
