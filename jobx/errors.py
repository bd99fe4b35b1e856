"""The one exception family jobx raises; the CLI turns each into one stderr line and an exit code."""

from __future__ import annotations


class JobxError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(JobxError):
    """An input file that cannot be read as a posting (missing, binary, empty, undecodable)."""

    exit_code = 1


class RulesError(JobxError):
    """A rules file that is malformed or invalid."""

    exit_code = 2


class RulesTimeout(JobxError):
    """A pattern from a user's --rules file used up the time budget of one posting (it backtracks
    catastrophically on this text): that posting fails, as an unreadable input does."""

    exit_code = 1


class OutputError(JobxError):
    """An output that cannot be written."""

    exit_code = 3
