"""skills.yaml: the vocabulary's shape, and a table of snippets showing each family found and the
everyday-word guards holding ('in a word' is no skill, 'Microsoft Word' is)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import jobx
from jobx.fields import find_skills
from jobx.rules import default_rules

SKILLS_FILE = Path(jobx.__file__).parent / "rules" / "skills.yaml"


def skill_data() -> dict:
    return yaml.safe_load(SKILLS_FILE.read_text(encoding="utf-8"))


def spellings(entry: str | dict) -> list[str]:
    return [entry] if isinstance(entry, str) else [entry["name"], *entry.get("aliases", [])]


def test_every_spelling_is_a_string() -> None:
    """YAML reads `802.11` as a number and `yes` as a boolean: such names must be quoted."""
    for entry in skill_data()["skills"]:
        for spelling in spellings(entry):
            assert isinstance(spelling, str) and spelling.strip() == spelling != "", repr(entry)


def test_no_spelling_names_two_skills() -> None:
    data = skill_data()
    case_sensitive = set(data["case_sensitive"])
    owner: dict[str, str] = {}
    for entry in data["skills"]:
        name = spellings(entry)[0]
        for spelling in spellings(entry):
            key = spelling if spelling in case_sensitive else spelling.lower()
            assert owner.setdefault(key, name) == name, f"{spelling!r} is both {owner[key]!r} and {name!r}"


def test_every_case_sensitive_word_is_a_spelling() -> None:
    """A guard for a name that is not in the list guards nothing (a typo in case_sensitive)."""
    data = skill_data()
    written = {spelling for entry in data["skills"] for spelling in spellings(entry)}
    assert sorted(set(data["case_sensitive"]) - written) == []


# (id, requirement text, the skills found in order of first mention: the spelling the posting uses, as the rules case it)
FOUND = [
    (
        "hardware-verification",
        "Experience with SystemVerilog and UVM; Questa or Xcelium simulators.",
        ("SystemVerilog", "UVM", "Questa", "Xcelium"),
    ),
    (
        "hardware-fpga-tools",
        "Hands-on FPGA work in Vivado or Quartus, VHDL preferred.",
        ("FPGA", "Vivado", "Quartus", "VHDL"),
    ),
    (
        "hardware-dft",
        "DFT insertion with Tessent and TestKompress, ATPG and MBIST flows.",
        ("Tessent", "TestKompress", "ATPG", "MBIST"),
    ),
    (
        "hardware-analog",
        "Circuit simulation in SPICE or Spectre using Cadence Virtuoso.",
        ("SPICE", "Spectre", "Cadence", "Virtuoso"),
    ),
    (
        "embedded-rtos",
        "Firmware for ARM Cortex-M parts on FreeRTOS or Zephyr, built with Yocto.",
        ("ARM Cortex-M", "FreeRTOS", "Zephyr", "Yocto"),
    ),
    (
        "microcontroller-parts",
        "Boards built on nRF52840, ESP32-S3 or RP2040 parts.",
        ("nRF52840", "ESP32-S3", "RP2040"),
    ),
    ("embedded-buses", "Drivers for I2C, SPI, UART and CAN-Bus peripherals.", ("I2C", "SPI", "UART", "CAN-Bus")),
    (
        "embedded-wireless",
        "Prototyping on Arduino and Raspberry Pi with BLE, Zigbee and LoRaWAN.",
        ("Arduino", "Raspberry Pi", "BLE", "Zigbee", "LoRaWAN"),
    ),
    (
        "networking",
        "Routing protocols (BGP, OSPF, MPLS) on Cisco IOS and Junos; CCNP a plus.",
        ("BGP", "OSPF", "MPLS", "Cisco IOS", "Junos", "CCNP"),
    ),
    (
        "hpc",
        "Parallel code with MPI, OpenMP and CUDA on Slurm clusters over InfiniBand.",
        ("MPI", "OpenMP", "CUDA", "Slurm", "InfiniBand"),
    ),
    (
        "graphics",
        "Rendering with Vulkan, DirectX 12 or OpenGL; shaders in HLSL and GLSL.",
        ("Vulkan", "DirectX 12", "OpenGL", "HLSL", "GLSL"),
    ),
    ("game-engines", "Shipped a title in Unreal Engine or Unity.", ("Unreal Engine", "Unity")),
    (
        "data-formats",
        "Serialisation with JSON, XML, Protobuf, Avro and Parquet.",
        ("JSON", "XML", "Protobuf", "Avro", "Parquet"),
    ),
    ("protocols", "Integrations over gRPC, GraphQL, MQTT and OPC UA.", ("gRPC", "GraphQL", "MQTT", "OPC UA")),
    ("health-interoperability", "Knowledge of HL7 and FHIR interfaces.", ("HL7", "FHIR")),
    (
        "security-certifications",
        "CISSP, CISM or OSCP; CompTIA Security+ at minimum.",
        ("CISSP", "CISM", "OSCP", "CompTIA Security+"),
    ),
    (
        "audit-certifications",
        "CISA or CIA certification; audits against ISO 27001 and SOC 2.",
        ("CISA", "CIA", "ISO 27001", "SOC 2"),
    ),
    (
        "security-tools",
        "Tooling: Burp Suite, Nmap, Metasploit, Splunk.",
        ("Burp Suite", "Nmap", "Metasploit", "Splunk"),
    ),
    (
        "office-microsoft",
        "Advanced Microsoft Excel, MS Word and PowerPoint skills.",
        ("Microsoft Excel", "MS Word", "PowerPoint"),
    ),
    ("office-access-teams", "Reporting in MS Access; meetings on Microsoft Teams.", ("MS Access", "Microsoft Teams")),
    (
        "erp-accounting",
        "Month-end close in NetSuite, Dynamics 365 or Sage Intacct; QuickBooks and Xero.",
        ("NetSuite", "Dynamics 365", "Sage Intacct", "QuickBooks", "Xero"),
    ),
    ("erp-sap", "SAP S/4HANA or Oracle EBS implementation experience.", ("SAP S/4HANA", "Oracle EBS")),
    ("bi", "Dashboards in Tableau, Power BI or Looker.", ("Tableau", "Power BI", "Looker")),
    (
        "design",
        "Portfolio in Figma and Adobe Illustrator; InDesign for print.",
        ("Figma", "Adobe Illustrator", "InDesign"),
    ),
    ("cad", "Drawings in AutoCAD, models in SolidWorks, CATIA or Revit.", ("AutoCAD", "SolidWorks", "CATIA", "Revit")),
    (
        "industrial-plc",
        "Programming Siemens S7 PLCs in TIA Portal and Allen-Bradley in Studio 5000; SCADA.",
        ("Siemens S7", "TIA Portal", "Allen-Bradley", "Studio 5000", "SCADA"),
    ),
    (
        "cnc-controllers",
        "Réglage sur commandes NUM, Heidenhain, Fanuc ou Siemens Sinumerik.",
        ("NUM", "Heidenhain", "Fanuc", "Siemens Sinumerik"),
    ),
    (
        "cloud-ops",
        "GitOps with Argo CD on OpenShift; Docker Compose locally; Ubuntu and RHEL hosts.",
        ("Argo CD", "OpenShift", "Docker Compose", "Ubuntu", "RHEL"),
    ),
    (
        "ml",
        "Models in PyTorch or JAX, served with ONNX; LightGBM for tabular data.",
        ("PyTorch", "JAX", "ONNX", "LightGBM"),
    ),
    (
        "web-and-tests",
        "Angular with RxJS and NgRx, tested with Vitest and Playwright.",
        ("Angular", "RxJS", "NgRx", "Vitest", "Playwright"),
    ),
    (
        "methods-any-case",
        "Comfortable in SCRUM or Kanban teams; PRINCE2 or PMP; Lean Six Sigma.",
        ("Scrum", "Kanban", "PRINCE2", "PMP", "Lean Six Sigma"),
    ),
    ("health-certifications", "Current BLS and ACLS; CPR certificate.", ("BLS", "ACLS", "CPR")),
    (
        "it-infrastructure",
        "Administer Azure AD, Intune and VMware vSphere; backups with Veeam.",
        ("Azure AD", "Intune", "VMware vSphere", "Veeam"),
    ),
    (
        "static-analysis",
        "MISRA C compliance checked with Polyspace or Klocwork; unit tests in GoogleTest.",
        ("MISRA C", "Polyspace", "Klocwork", "GoogleTest"),
    ),
    (
        "japanese-no-spaces",
        "AWS、Linux（CentOS）での開発経験、Pythonでの実装経験",
        ("AWS", "Linux", "CentOS", "Python"),
    ),
    ("korean-particles", "Kubernetes와 Docker를 활용한 운영 경험, ISO27001 인증", ("Kubernetes", "Docker", "ISO27001")),
    ("aliases-as-written", "Node JS and Golang services behind RESTful APIs.", ("Node JS", "Golang", "RESTful")),
    (
        "versions-listed-apart",
        "Markup in HTML5 and CSS3 (HTML and CSS fundamentals).",
        ("HTML5", "CSS3", "HTML", "CSS"),
    ),
    (
        "construction-site-cards",
        "An in-date SMSTS (or SSSTS) and a CSCS card; CPCS or NPORS plant tickets, IPAF and PASMA; NRSWA.",
        ("SMSTS", "SSSTS", "CSCS", "CPCS", "NPORS", "IPAF", "PASMA", "NRSWA"),
    ),
    (
        "electrical-and-hvac-tickets",
        "18th Edition and AM2 qualified; EPA Section 608 and NATE for HVAC work.",
        ("18th Edition", "AM2", "EPA Section 608", "NATE"),
    ),
    (
        "healthcare-licences",
        "Active RN licence with BLS; CNA or EMT experience welcome; TNCC and CCRN preferred.",
        ("RN", "BLS", "CNA", "EMT", "TNCC", "CCRN"),
    ),
    ("surveying", "Setting out with Trimble or Leica GPS and a Topcon total station.", ("Trimble", "Leica GPS", "Topcon")),
    (
        "logistics-platforms",
        "Loads booked in Transporeon or Timocom, tracked in project44; customs in CargoWise One.",
        ("Transporeon", "Timocom", "project44", "CargoWise One"),
    ),
    (
        "accessibility",
        "Audits with axe DevTools, NVDA and JAWS against Section 508 and WAI-ARIA patterns.",
        ("axe DevTools", "NVDA", "JAWS", "Section 508", "WAI-ARIA"),
    ),
    ("accessibility-axe-in-context", "Accessibility testing with axe or similar tools.", ("axe",)),
    ("consensus", "Experience with Raft or Paxos; CRDTs for offline sync.", ("Raft", "Paxos", "CRDTs")),
    (
        "linux-tracing",
        "Knowledge of Linux performance tools (perf, eBPF, bpftrace) and strace.",
        ("Linux", "perf", "eBPF", "bpftrace", "strace"),
    ),
    ("transport-protocols", "Solid TCP and QUIC knowledge; DPDK or RDMA over RoCE.", ("TCP", "QUIC", "DPDK", "RDMA", "RoCE")),
    (
        "erp-hr-editions",
        "SAP Business One or SAP FI/CO; Workday HCM; UKG Pro or ADP Workforce Now.",
        ("SAP Business One", "SAP FI/CO", "Workday HCM", "UKG Pro", "ADP Workforce Now"),
    ),
    (
        "payroll-platforms",
        "Payroll run in Paylocity, Gusto or Rippling; HR records in Personio or HiBob.",
        ("Paylocity", "Gusto", "Rippling", "Personio", "HiBob"),
    ),
    (
        "accounting-standards-and-tools",
        "Statements under IFRS and US GAAP (HGB a plus); bookkeeping in DATEV; sales tax in Avalara.",
        ("IFRS", "US GAAP", "HGB", "DATEV", "Avalara"),
    ),
    (
        "design-more",
        "Social posts in Adobe Express; renders in KeyShot or Lumion; Rhino with Grasshopper.",
        ("Adobe Express", "KeyShot", "Lumion", "Rhino", "Grasshopper"),
    ),
    (
        "lab",
        "HPLC and LC-MS/MS method development; qPCR and ELISA; image analysis in Fiji/ImageJ, Imaris or FlowJo.",
        ("HPLC", "LC-MS/MS", "qPCR", "ELISA", "Fiji/ImageJ", "Imaris", "FlowJo"),
    ),
    (
        "ecommerce-and-marketing",
        "Shops on Shopware or WooCommerce; email flows in Klaviyo or ActiveCampaign.",
        ("Shopware", "WooCommerce", "Klaviyo", "ActiveCampaign"),
    ),
    ("search-engines", "Retrieval on Vespa, Typesense or Algolia.", ("Vespa", "Typesense", "Algolia")),
    (
        "payments-and-financial-crime",
        "SEPA and ISO 20022 payments; alert review in NICE Actimize or Verafin; CAMS certified.",
        ("SEPA", "ISO 20022", "NICE Actimize", "Verafin", "CAMS"),
    ),
    ("welding-processes", "Coded welder: TIG and MIG, GTAW to ASME IX.", ("TIG", "MIG", "GTAW")),
    ("edi-and-transfer", "EDI over AS2 and SFTP in EDIFACT and X12.", ("EDI", "AS2", "SFTP", "EDIFACT", "X12")),
    ("point-of-sale", "Cash-up on Square POS or Lightspeed.", ("Square POS", "Lightspeed")),
    ("mobile-e2e", "End-to-end tests in Detox; test cases tracked in Jira Xray.", ("Detox", "Jira", "Xray")),
    # a product name's continuation: a version, and after a version an edition word listed for that vendor
    ("version", "Audits against WCAG 2.1 AA; services in Python 3.11 and Java 8+.", ("WCAG 2.1", "Python 3.11", "Java 8")),
    (
        "edition-after-version",
        "Confident with Sage 300 People or Sage 50 Payroll; Sage Intacct a plus.",
        ("Sage 300 People", "Sage 50 Payroll", "Sage Intacct"),
    ),
    ("version-without-edition", "Month-end in Sage 200 and Workday.", ("Sage 200", "Workday")),
    (
        "counts-are-not-versions",
        "Python 3+ years, SQL 2-3 yrs, Excel 100% of the time, Linux 24/7 on call, Go 2 years.",
        ("Python", "SQL", "Excel", "Linux", "Go"),
    ),
    ("list-of-versions-names-the-product", "Support for Windows 95/98/XP and for Windows 11.", ("Windows", "Windows 11")),
    (
        "counts-in-words-are-not-versions",
        "Java 5 to 7 years, Python 3 or 4 yrs, PHP 2 a 5 años, Kotlin 3년 이상.",
        ("Java", "Python", "PHP", "Kotlin"),
    ),
    ("product-versions", "Excel 2016, SQL Server 2019, iOS 17 and .NET 8.", ("Excel 2016", "SQL Server 2019", "iOS 17", ".NET 8")),
    (
        "machines-with-model-numbers",
        "Operators for our Cat 6060, Hitachi 5600 and Liebherr excavators.",
        ("Cat 6060", "Hitachi 5600", "Liebherr"),
    ),
    ("single-letter-takes-no-version", "Skilled in C 2 days a week and R 4 hours.", ("C", "R")),
    ("a-language-paired-with-a-language", "Firmware in C/C++ and tooling in R/Python.", ("C", "C++", "R", "Python")),
    (
        "trade-and-field-certifications",
        "Current GWO Basic Safety Training, BOSIET and H2S Alive; IRATA Level 2; a PADI Rescue Diver card.",
        ("GWO Basic Safety Training", "BOSIET", "H2S Alive", "IRATA", "PADI Rescue Diver"),
    ),
    (
        "equipment-and-systems-of-the-trades",
        "Experience with Genetec or Lenel OnGuard, DeLaval rotaries, Fresenius machines, Opera PMS and Sage Pastel.",
        ("Genetec", "Lenel OnGuard", "DeLaval", "Fresenius", "Opera PMS", "Sage Pastel"),
    ),
    (
        "food-and-farm-assurance",
        "Knowledge of GLOBALG.A.P. and BRCGS audits; FSSC 22000 or IFS Food experience.",
        ("GLOBALG.A.P.", "BRCGS", "FSSC 22000", "IFS Food"),
    ),
    (
        "field-data-collection",
        "Experience with ODK Collect or CommCare, and with DHIS2 reporting.",
        ("ODK Collect", "CommCare", "DHIS2"),
    ),
    (
        "seafarers-certificates",
        "Valid STCW Basic Safety Training; RYA Yachtmaster Offshore preferred.",
        ("STCW Basic Safety Training", "RYA Yachtmaster Offshore"),
    ),
    (
        "teaching-and-translation",
        "Confident with Google Classroom and Moodle; SDL Trados Studio.",
        ("Google Classroom", "Moodle", "SDL Trados Studio"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in FOUND], ids=[case[0] for case in FOUND])
def test_families_are_found(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


# (id, requirement text, a skill that must not be found there: the word in its everyday sense)
NOT_FOUND = [
    ("word-in-a-word", "In a word, you are organised and keep your word.", "Word"),
    ("excel-verb", "You excel at building relationships.", "Excel"),
    ("access-everyday", "Access to a vehicle and the ability to work weekends.", "Microsoft Access"),
    ("sage-advice", "Offer sage advice to junior colleagues.", "Sage"),
    ("unity-team", "Work in unity with the wider team.", "Unity"),
    ("metal-fabrication", "Metal fabrication and welding experience.", "Metal API"),
    ("flux-cored-welding", "Flux-cored and MIG welding certificates.", "Flux CD"),
    ("assembly-line", "Assembly of components on a production line.", "Assembly language"),
    ("spring-season", "Available to start in the spring.", "Spring"),
    ("go-verb", "Willing to go the extra mile; go-live support.", "Go"),
    ("rust-corrosion", "Treat rust and corrosion on steel frames.", "Rust"),
    ("spark-ideas", "You spark ideas in others.", "Spark"),
    ("spice-kitchen", "Prepare dishes with spice and flair.", "SPICE"),
    ("cadence-meetings", "Run a weekly cadence of reviews.", "Cadence"),
    ("lean-on", "Able to lean on colleagues and lean into ambiguity.", "Lean"),
    ("concur-agree", "Staff must concur with the safety plan.", "Concur"),
    ("https-link", "Read our values at https://example.org/values before applying.", "HTTPS"),
    ("packer-warehouse", "Previous experience as a Packer or picker.", "HashiCorp Packer"),
    ("arm-lifting", "Able to lift with one arm above shoulder height.", "ARM"),
    ("pals-friends", "Bring your pals to the open day.", "PALS"),
    ("safe-capitals", "SAFE working practices at all times.", "SAFe"),
    ("react-verb", "Able to react calmly to changing priorities.", "React"),
    ("windows-and-doors", "Fit windows and doors to building regulations.", "Windows"),
    ("hvac-airflow", "Measure airflow and balance duct systems.", "Airflow"),
    ("latex-gloves", "No latex allergy; wear gloves at all times.", "LaTeX"),
    ("french-tableau-de-bord", "Suivre les tableau de bord et rédiger les points de vue.", "Tableau"),
    ("french-vue", "Un point de vue clair sur la qualité.", "Vue"),
    ("italian-scala", "Progetti su larga scala; l'esperienza è stata valutata.", "Scala"),
    ("dutch-informatica", "Een afgeronde opleiding HBO Informatica.", "Informatica PowerCenter"),
    ("class-c-licence", "Class C drivers' licence and a clean record.", "C"),
    ("usb-type-c", "Familiar with USB Type-C power delivery.", "C"),
    ("first-aid-code", "Valid Standard First Aid with CPR-C.", "C"),  # a code's last letter
    ("regulation-code", "Justify exposures in line with IR(ME)R.", "R"),
    ("gcse-grade-c", "GCSE English and maths at grade 4/C or above.", "C"),
    ("licence-categories", "Führerschein Klasse C/CE und Staplerschein.", "C"),
    ("dutch-licence", "Rijbewijs C of CE met geldige code 95.", "C"),
    ("axe-forestry", "Able to use an axe and a chainsaw safely.", "axe"),
    ("raft-foundations", "Raft foundations and strip footings.", "Raft"),
    ("perf-review", "Contribute to perf reviews and calibration.", "perf"),
    ("with-gusto", "Approach every shift with gusto.", "Gusto"),
    ("voiceover-script", "Write voiceover scripts for adverts.", "VoiceOver"),
    ("gas-safe-site", "Keep the site gas safe at all times.", "Gas Safe"),
    ("hgb-lab-value", "Interpret Hgb and platelet counts.", "HGB"),
    ("detox-and-locusts", "Support clients through detox; locust swarms are not our field.", "Detox"),
    ("cams-cameras", "Monitor the site cams overnight.", "CAMS"),
    ("spanish-sepa", "Se valorará que sepa inglés.", "SEPA"),
    ("power-apps-phrase", "Build APIs that power apps used by millions.", "Power Apps"),
    ("detox-at-line-start", "Detox and withdrawal management experience.", "Detox"),
    ("xray-radiography", "Xray and CT competencies.", "Xray"),
    ("cat-cabling", "Terminate Cat 6 cabling; Cat 5e patch leads.", "Cat"),
    ("cat-cabling-version", "Terminate Cat 6 cabling; Cat 5e patch leads.", "Cat 6"),
]


@pytest.mark.parametrize(("text", "absent"), [case[1:] for case in NOT_FOUND], ids=[case[0] for case in NOT_FOUND])
def test_everyday_words_are_not_skills(text: str, absent: str) -> None:
    assert absent not in find_skills([text], default_rules())


def test_names_a_requirement_lists_after_a_cue_count_by_their_shape() -> None:
    import jobx

    text = (
        "Requirements\n"
        "- Working knowledge of power system analysis software such as DIgSILENT PowerFactory, IPSA or PSS/E\n"
        "- Scrum Master certification (CSM or PSM)\n"
        "- Experience in tools such as Workflow, Reporting and Planning\n"  # everyday words: not names
        "- A full driving licence valid in the UK, e.g. UK or EU\n"  # places: not skills
    )
    skills = jobx.extract(text).skills
    for name in ("DIgSILENT PowerFactory", "IPSA", "PSS/E", "CSM", "PSM"):
        assert name in skills
    for word in ("Workflow", "Reporting", "Planning", "UK", "EU"):
        assert word not in skills


def test_a_product_name_shaped_with_a_capital_inside_a_word_is_a_skill() -> None:
    from jobx import extract

    posting = extract(
        "Translator\n\nRequirements\n- Daily use of memoQ and ArchivesSpace\n- Data collection in KoboToolbox\n"
        "- NoSQL and DevOps awareness\n- Fluent isiXhosa\n- CentOSやUbuntuの経験\n"
    )
    assert {"memoQ", "ArchivesSpace", "KoboToolbox"} <= set(posting.skills)
    assert not {"NoSQL", "DevOps", "isiXhosa"} & set(posting.skills)
    assert not any("や" in skill for skill in posting.skills)


def test_a_name_read_by_its_shape_is_not_dropped_for_holding_a_known_skills_letters() -> None:
    from jobx.rules import default_rules
    from jobx.skills import find_skills

    found = find_skills(["Strong C and Linux skills", "Scrum Master certification (CSM or PSM)",
                         "Linux/UNIX administration", "CompTIA CySA+ certified"], default_rules())
    assert "CSM" in found and "PSM" in found  # 'c' is inside 'csm' as a letter, not as a name
    assert "Linux/UNIX" not in found  # Linux is named already


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a product line's word after its maker's name, by its shape: a capital inside it, or a short acronym
        ("Experience with a GRC tool such as Archer or ServiceNow GRC", ("ServiceNow GRC", "Archer")),
        ("Results entered in Cerner PathNet", ("Cerner PathNet",)),
        ("Drawings kept in SolidWorks PDM", ("SolidWorks PDM",)),
        # not a name of its own, nor a word of business, nor an ordinary capitalised word
        ("Macros in Excel VBA", ("Excel", "VBA")),
        ("Admin of Salesforce CRM", ("Salesforce",)),
        ("Salesforce Service Cloud for the support desk", ("Salesforce",)),
        # plain capitalised words that end the name, where a list goes on or the requirement ends
        ("Experience with Salesforce Service Cloud or Zendesk Guide.", ("Salesforce Service Cloud", "Zendesk Guide")),
        ("Six Sigma Green Belt; Siemens Desigo CC", ("Six Sigma Green Belt", "Siemens Desigo CC")),
        # but not a sentence's words run on ('Flexible to work'), a job's name, nor a name that goes on past them
        ("Basic Excel Flexible to work weekends", ("Excel",)),
        ("Salesforce Platform Developer certification", ("Salesforce",)),
        ("Veeam Backup & Replication, CPR Level C", ("Veeam", "CPR")),
    ],
    ids=[
        "acronym", "inner-capital", "acronym-after-a-camel-name", "a-known-name", "a-business-word", "plain-words",
        "plain-words-ending-the-name", "plain-words-before-a-semicolon", "a-sentence-runs-on", "a-jobs-name",
        "a-name-going-on",
    ],
)
def test_a_product_lines_word_after_its_makers_name(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Microsoft ExcelForklift certification; JavaScript and KoboToolbox", ("JavaScript", "Excel", "KoboToolbox")),
    ],
)
def test_a_known_name_glued_to_the_next_word_is_the_known_name(text: str, expected: tuple[str, ...]) -> None:
    # a dump glues one requirement's last word to the next one's first: 'ExcelForklift' is Excel, but a known
    # name in one word ('JavaScript') and a product's own shape ('KoboToolbox') stay whole
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with background jobs (Sidekiq or similar) and Redis", ("Redis", "Sidekiq")),
        ("Have worked with Twilio or another SMS provider", ("Twilio",)),
        ("Scheduling in Toast KDS or another kitchen display", ("Toast KDS",)),
        ("Maîtrise d'un WMS (Generix ou équivalent)", ("Generix",)),
        # a degree, a course or a field of study compared with its equals is no tool
        ("Degree or equivalent; Grado en Estadística, Matemáticas o similar; Curso técnico (SENAI ou similar)", ()),
        ("Titulaire d'un BTS CG, d'un DCG ou équivalent", ()),
    ],
)
def test_a_name_compared_with_others_of_its_kind_is_a_tool(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Audits against ISO 15189 and IATF 16949", ("ISO 15189", "IATF 16949")),
        ("NR-10 e NR-35 válidas", ("NR-10", "NR-35")),
        ("Works to EN 50128 and AS/NZS 3000", ("EN 50128", "AS/NZS 3000")),
        # a count or a model is no standard: 'EN' alone, 'ISO' with a word, 'AS' inside a word
        ("Speaks EN and FR; ISO certified sites; BASF 2000 plant", ()),
    ],
    ids=["iso-iatf", "brazilian-nr", "en-and-as-nzs", "not-standards"],
)
def test_a_standard_named_by_its_body_and_number_is_a_skill(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tool a requirement works with, named by a product's shape: an acronym beside a name, a capital
        # inside a word, letters with figures
        ("Experience with Noregon JPRO or Fleetio", ("Noregon JPRO", "Fleetio")),
        ("Experience using Manhattan WMS or a similar system", ("Manhattan WMS",)),
        ("Familiar with Opera PMS and guest folios", ("Opera PMS",)),
        ("Hands-on with Dräger Babylog VN800 ventilators", ("Dräger Babylog VN800",)),
        # acronyms alone, or a word made an adjective, are as often a field of work
        ("Experience with CI/CD, UI/UX and RAG pipelines", ()),
        ("Experience with LLM-based features", ()),
    ],
    ids=["acronym-beside-a-name", "wms", "pms", "letters-with-figures", "acronyms-alone", "adjective"],
)
def test_a_tool_a_requirement_works_with_is_a_skill_by_its_shape(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a requirement works with, or examples of it: a capital is name enough
        ("Experience with Yardi is an advantage", ("Yardi",)),
        ("Experience with Toro or Rain Bird central control irrigation", ("Toro", "Rain Bird")),
        ("Experience with Emblem or Radar rating software", ("Emblem", "Radar")),
        ("Hands-on experience with a GRC tool such as Archer", ("Archer",)),
        ("Knowledge of library management systems, such as Spydus or Koha;", ("Spydus", "Koha")),
        ("Familiarity with Braze or another lifecycle messaging tool", ("Braze",)),
        # not a language, a certificate's words, chrome, a kind of thing, a person, nor examples of a field
        ("Proficient in English and Cantonese", ()),
        ("Fundamental Payroll Certification or Certified Payroll Professional", ()),
        ("2d  Like  Reply", ()),
        ("Experience using Version Control Software such as Git", ("Git",)),
        ("Experience in tools such as Workflow, Reporting and Planning", ()),
        ("Experience with Archivists' Toolkit", ()),
    ],
    ids=["one", "two", "kind-after", "example-of-a-tool", "example-after-knowledge-of", "another", "language",
         "certificate", "chrome", "kind", "field", "apostrophe"],
)
def test_a_capitalised_name_a_requirement_works_with_is_a_skill(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the language packs' tool_cues: in languages that write nouns in lower case, a capital after them
        # starts a tool's name; a compound's common noun after a hyphen is not the name's
        ("Conocimientos de Fishtalk o Mercatus", ("Fishtalk", "Mercatus")),
        ("Je kan werken met Smartschool en Microsoft 365", ("Microsoft 365", "Smartschool")),  # known names first
        ("Maîtrise de Lexbase et Dalloz", ("Lexbase", "Dalloz")),
        ("Erfarenhet av Vestas 4 MW-plattformen", ("Vestas 4 MW",)),
        # not a run of capitals alone, nor a compound of a figure and a noun
        ("Erfaring med KNX og CO2-anlegg", ()),
    ],
    ids=["es", "nl", "fr", "sv-compound", "acronym-and-compound"],
)
def test_a_capitalised_name_after_a_language_s_tool_cue_is_a_skill(text: str, expected: tuple[str, ...]) -> None:
    assert find_skills([text], default_rules()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with Applied Epic or Power Broker", "Applied Epic"),
        ("Hands-on use of Veeva Vault QualityDocs", "Veeva Vault QualityDocs"),
        # not an item's first word, nor a title-cased line's words
        ("Advanced Excel skills", "Excel"),
        ("Proficient In Excel", "Excel"),
    ],
)
def test_a_makers_word_before_a_known_name_inside_a_sentence_is_the_name_s(text: str, expected: str) -> None:
    assert expected in find_skills([text], default_rules())
