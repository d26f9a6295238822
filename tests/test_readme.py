"""What a newcomer reads first holds: the README's first commands name the Python a source
install needs (the one pyproject requires), work as root without sudo, point at nothing
outside the repository; the licence is there."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _opening() -> str:
    """The README up to the end of its first code block: what a newcomer runs."""
    first = README.index("```sh")
    return README[:README.index("```", first + 5) + 3]


def test_the_python_version_a_source_install_needs_is_stated_first():
    required = re.fullmatch(r">=\s*(\d+\.\d+)", PYPROJECT["project"]["requires-python"])
    assert required, PYPROJECT["project"]["requires-python"]
    assert f"Python {required.group(1)} or" in _opening()


def test_the_first_commands_run_as_root_without_sudo():
    commands = [line for line in _opening().splitlines()
                if line and not line.startswith(("#", "```")) and "apt-get" in line]
    assert commands
    for line in commands:
        # sudo only through the variable that is empty for root
        assert not re.search(r"(^|[;&|]\s*)sudo\b", line), line
        assert 'S=$([ "$(id -u)" -eq 0 ] || echo sudo)' in line


def test_nothing_outside_the_repository_is_pointed_at():
    assert "../" not in README
    for link in re.findall(r"\]\(([^)#]+)\)", README):
        if not link.startswith("http"):
            assert (ROOT / link).exists(), link


def test_the_licence_is_there_and_mit():
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_ci_installs_the_extra_the_frozen_build_needs():
    assert "build" in PYPROJECT["project"]["optional-dependencies"]
    assert '".[test,build]"' in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
