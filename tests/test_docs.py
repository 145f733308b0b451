"""The README and the CLI stay in step."""

import re

from helpers import ROOT
from typer.testing import CliRunner

from npf_graph.cli.main import app


def test_readme_quick_start_is_the_two_make_targets():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in quick.strip().splitlines()] == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_in_the_readme_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = "\n".join(re.findall(r"```sh\n(.*?)```", readme, re.S))
    named = set(re.findall(r"^npf-graph ([a-z][\w-]*)", blocks, re.M))
    assert {"extract", "build"} <= named
    for command in named:
        assert CliRunner().invoke(app, [command, "--help"]).exit_code == 0, command
