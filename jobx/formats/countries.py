"""Country names as postings write them at the end of a location ("Berlin, Germany"), and states and
provinces that name their country ("Austin, TX"), with ISO 3166-1 alpha-2 codes, for schema.org
`addressCountry` (Google requires one in a `jobLocation`). Data, not rules: the JSON-LD format reads it,
matching a comma-separated part of a location whole, in any case, and the employer's name is never one of
them ('Canada', 'Maine'). Country codes are not names here (except
US, UK and AU): "CA" after a city is California, not Canada. Region codes two countries use (WA: Washington
or Western Australia; NT; SA) are left out."""

from __future__ import annotations

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "AE": (
        "United Arab Emirates",
        "UAE",
    ),
    "AR": ("Argentina",),
    "AT": (
        "Austria",
        "Österreich",
    ),
    "AU": ("Australia",),
    "BE": (
        "Belgium",
        "België",
        "Belgique",
    ),
    "BG": ("Bulgaria",),
    "BR": (
        "Brazil",
        "Brasil",
    ),
    "CA": ("Canada",),
    "CH": (
        "Switzerland",
        "Schweiz",
        "Suisse",
    ),
    "CL": ("Chile",),
    "CN": (
        "China",
        "中国",
    ),
    "CO": ("Colombia",),
    "CZ": (
        "Czech Republic",
        "Czechia",
    ),
    "DE": (
        "Germany",
        "Deutschland",
    ),
    "DK": (
        "Denmark",
        "Danmark",
    ),
    "EE": ("Estonia",),
    "EG": ("Egypt",),
    "ES": (
        "Spain",
        "España",
    ),
    "FI": (
        "Finland",
        "Suomi",
    ),
    "FR": ("France",),
    "GB": (
        "United Kingdom",
        "UK",
        "U.K.",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
    ),
    "GR": ("Greece",),
    "HK": ("Hong Kong",),
    "HR": ("Croatia",),
    "HU": ("Hungary",),
    "ID": ("Indonesia",),
    "IE": ("Ireland",),
    "IL": ("Israel",),
    "IN": ("India",),
    "IT": (
        "Italy",
        "Italia",
    ),
    "JP": (
        "Japan",
        "日本",
    ),
    "KE": ("Kenya",),
    "KR": (
        "South Korea",
        "Korea",
        "Republic of Korea",
        "대한민국",
        "한국",
    ),
    "LT": ("Lithuania",),
    "LU": ("Luxembourg",),
    "LV": ("Latvia",),
    "MX": (
        "Mexico",
        "México",
    ),
    "MY": ("Malaysia",),
    "NG": ("Nigeria",),
    "NL": (
        "Netherlands",
        "The Netherlands",
        "Nederland",
    ),
    "False": (
        "Norway",
        "Norge",
    ),
    "NZ": ("New Zealand",),
    "PE": (
        "Peru",
        "Perú",
    ),
    "PH": ("Philippines",),
    "PK": ("Pakistan",),
    "PL": (
        "Poland",
        "Polska",
    ),
    "PT": ("Portugal",),
    "RO": ("Romania",),
    "RS": ("Serbia",),
    "SA": ("Saudi Arabia",),
    "SE": (
        "Sweden",
        "Sverige",
    ),
    "SG": ("Singapore",),
    "SI": ("Slovenia",),
    "SK": ("Slovakia",),
    "TH": ("Thailand",),
    "TR": (
        "Turkey",
        "Türkiye",
    ),
    "TW": ("Taiwan",),
    "UA": ("Ukraine",),
    "US": (
        "United States",
        "United States of America",
        "USA",
        "U.S.A.",
        "U.S.",
        "US",
    ),
    "VN": (
        "Vietnam",
        "Viet Nam",
    ),
    "ZA": ("South Africa",),
    "AM": ("Armenia",),
}
COUNTRY_NAMES["AU"] = (*COUNTRY_NAMES["AU"], "AU")

REGION_NAMES: dict[str, tuple[str, ...]] = {
    "US": (
        *"AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND"
        " OH OK OR PA RI SC SD TN TX UT VT VA WV WI WY DC".split(),
        *"Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
        "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
        "|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York"
        "|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina"
        "|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
        "|District of Columbia|Washington DC|D.C.".split("|"),
    ),
    "CA": (
        *"ON QC BC AB MB SK NS NB NL PE YT NU".split(),
        *"Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick"
        "|Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut".split("|"),
    ),
    "AU": (
        *"NSW VIC QLD TAS ACT".split(),
        *"New South Wales|Victoria|Queensland|Tasmania|South Australia|Western Australia|Northern Territory"
        "|Australian Capital Territory".split("|"),
    ),
    "IN": (
        *"Karnataka|Kerala|Maharashtra|Tamil Nadu|Telangana|Andhra Pradesh|Gujarat|Haryana|Uttar Pradesh"
        "|West Bengal|Delhi|Rajasthan|Punjab|Madhya Pradesh|Odisha|Goa".split("|"),
    ),
}


def country_code(location: str) -> str | None:
    """The ISO code of the country a location names last ("Sydney, NSW, Australia" -> "AU"), or None."""
    last = location.rsplit(",", 1)[-1].strip().casefold()
    return CODES.get(last)


def region_country(part: str) -> str | None:
    """The ISO code of the country whose state or province this is ("TX", "Ontario"), or None."""
    return REGION_CODES.get(part.strip().casefold())


CODES = {name.casefold(): code for code, names in COUNTRY_NAMES.items() for name in names}
REGION_CODES = {name.casefold(): code for code, names in REGION_NAMES.items() for name in names}
