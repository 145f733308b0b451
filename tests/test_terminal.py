"""Text from documents reaches the terminal without control sequences or markup."""

import pytest
from typer.testing import CliRunner

from npf_graph.build import build
from npf_graph.cli.main import app
from npf_graph.terminal import printable

runner = CliRunner()
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31m红字\x1b[0m\r覆盖\u202e反向\x9b31m[bold]加粗[/bold]"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31m红\x1b[0m", "[31m红[0m"),
        ("行一\n行二\t列", "行一 行二 列"),
        ("a\rb\x07c\x00d\x7fe\x9bf", "abcdef"),
        ("\u202egnp.exe\u2066x\u2069", "gnp.exex"),
        ("普通文本 [1]（张三，2024）", "普通文本 [1]（张三，2024）"),
    ],
)
def test_printable(raw, shown):
    assert printable(raw) == shown


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("term")
    doc = root / "doc.txt"
    doc.write_text(f"新质生产力研究\n\n发展耐心资本很重要{HOSTILE}，要推动开源创新。\n", encoding="utf-8")
    result = build([doc], root / "out", view=False)
    assert result.records and not result.errors
    return str(root / "out" / "store")


def test_trace_output_holds_no_control_characters(store):
    out = runner.invoke(app, ["trace", "--text", "耐心资本", "--store", store]).output
    assert "发展耐心资本很重要" in out and "红字" in out and "[bold]加粗[/bold]" in out
    assert not any((ord(ch) < 32 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F or ch == "\u202e" for ch in out)


def test_query_table_holds_no_control_characters_and_no_markup(store):
    query = "SELECT ?t WHERE { ?c a npf:Claim ; rdf:value ?t FILTER(CONTAINS(?t, '耐心资本')) }"
    out = runner.invoke(app, ["query", query, "--store", store]).output
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out and "\x9b" not in out
    assert "[bold]" in out  # markup in a document is shown as text, not applied
    json_out = runner.invoke(app, ["query", query, "--store", store, "--format", "json"]).output
    assert "\\u001b" in json_out  # JSON keeps the data exact, escaped
