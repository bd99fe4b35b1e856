"""Shared fixtures: the repo's postings, the optional ../shared folder, and --update-golden."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
SHARED = REPO.parent / "shared"

# Property tests are deterministic and bounded by default, so `python -m pytest` (CI) is repeatable:
# the same examples every run. `HYPOTHESIS_PROFILE=fuzz` explores freshly and much longer, by hand.
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("fuzz", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.yaml from the current output (read every diff before committing)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The development folder beside the checkout; tests that need it skip in a user's clone."""
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared (gold sets and scorer) is not present in this checkout")
    return SHARED


def extract_file(path: Path):
    """A posting file through the same reading steps as the CLI: decode, markup to text, extract."""
    from jobx.pipeline import extract_decoded
    from jobx.reader import decode, to_block_text

    decoded = to_block_text(decode(path.read_bytes(), path.name), path.name)
    return extract_decoded(decoded, source=path.name)
