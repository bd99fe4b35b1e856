"""Shared fixtures: the repo's postings, the optional ../shared folder, and --update-golden."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
SHARED = REPO.parent / "shared"


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
