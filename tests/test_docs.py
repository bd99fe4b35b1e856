"""README documents every command and every option of the CLI (a command without docs fails here)."""

from __future__ import annotations

import typer.main

from jobx.cli import app

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme() -> None:
    group = typer.main.get_command(app)
    missing = []
    for name, command in group.commands.items():
        if f"jobx {name}" not in README:
            missing.append(f"jobx {name}")
        for parameter in command.params:
            for option in getattr(parameter, "opts", []):
                if option.startswith("--") and option not in ("--help",) and option not in README:
                    missing.append(f"jobx {name} {option}")
    assert not missing, f"undocumented in README.md: {missing}"


def test_readme_set_up_commands_name_real_files() -> None:
    assert "pip install -e '.[dev,spark]'" in README
    assert "pip install --quiet -e '.[dev,spark]'" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "jobx extract examples/software-engineer-test-automation.md" in README
    assert (REPO / "examples" / "software-engineer-test-automation.md").is_file()
    assert "python -m pytest" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
