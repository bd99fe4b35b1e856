"""Country names as postings write them at the end of a location ("Berlin, Germany") and their ISO 3166-1
alpha-2 codes, for schema.org `addressCountry` (Google requires one in a `jobLocation`). Data, not rules: only
the JSON-LD format reads it, matching the last comma-separated part of a location whole, in any case. Two-letter
codes are not names here (except US and UK): "CA" after a city is more often California than Canada."""

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
}


def country_code(location: str) -> str | None:
    """The ISO code of the country a location names last ("Sydney, NSW, Australia" -> "AU"), or None."""
    last = location.rsplit(",", 1)[-1].strip().casefold()
    return CODES.get(last)


CODES = {name.casefold(): code for code, names in COUNTRY_NAMES.items() for name in names}
