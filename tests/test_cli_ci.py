"""Editorial CI end to end: the fixture repository of drafts linted in each format, with its config,
suppressions, exclusions and user rules; exit codes follow --fail-on; errors are one line."""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from factcheck.cli import main

from conftest import FIXTURES, ROOT, need_shared

DRAFTS = FIXTURES / "drafts"
USER_RULES = ("unclear-whether", "plain-words", "vague-sourcing", "council-jargon", "unused-suppression")
CHECKED = ["news/attribution.html", "news/clean-budget.md", "news/council-vote.md", "news/front-matter-ignore.md",
           "news/suppressed-block.md", "news/suppressed-builtin.md", "news/suppressed-inline.md",
           "news/weekday-mismatch.md", "opinion/column.md"]
# What the user rules find today; built-in checks add their findings beside these as they land.
EXPECTED = [
    "news/attribution.html:12:4: warning vague-sourcing",
    "news/attribution.html:15:28: info plain-words",
    "news/council-vote.md:11:1: error unclear-whether",
    "news/council-vote.md:12:20: info plain-words",
    "news/council-vote.md:14:1: warning council-jargon",
    "news/front-matter-ignore.md:14:1: error unclear-whether",
    "news/suppressed-block.md:14:66: info plain-words",
    "news/weekday-mismatch.md:12:16: info plain-words",
    "opinion/column.md:11:24: info plain-words",
]


@pytest.fixture
def drafts(monkeypatch):
    """Run from inside the drafts repository, as a newsroom's CI does."""
    monkeypatch.chdir(DRAFTS)
    return DRAFTS


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


def user_lines(stdout: str) -> list[str]:
    out = []
    for line in stdout.splitlines():
        where, severity, rule = line.split(" ")[:3]
        if rule in USER_RULES:
            out.append(f"{where} {severity} {rule}")
    return out


@pytest.mark.usefixtures("drafts")
def test_line_format_on_the_drafts_repository():
    result = run(".", "--format", "line")
    assert result.exit_code == 1, result.output
    assert user_lines(result.stdout) == EXPECTED


@pytest.mark.usefixtures("drafts")
def test_json_lists_every_checked_draft_and_nothing_excluded():
    report = json.loads(run(".", "--format", "json").stdout)
    assert [d["source"] for d in report["documents"]] == CHECKED
    assert report["summary"]["documents"] == 9
    assert all(d["error"] is None for d in report["documents"])


@pytest.mark.usefixtures("drafts")
def test_sarif_on_the_drafts_repository_validates():
    log = json.loads(run(".", "--format", "sarif").stdout)
    schema = need_shared("schemas", "sarif-schema-2.1.0.json")
    import jsonschema

    jsonschema.validate(log, json.loads(schema.read_text(encoding="utf-8")))
    run_ = log["runs"][0]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert rules["unclear-whether"]["defaultConfiguration"]["level"] == "warning"  # default, before override
    assert "who is unsure" in rules["unclear-whether"]["shortDescription"]["text"]
    mine = [r for r in run_["results"] if r["ruleId"] in USER_RULES]
    assert len(mine) == len(EXPECTED)
    first = next(r for r in mine if r["ruleId"] == "unclear-whether")
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/council-vote.md"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 11, "startColumn": 1, "snippet": first["locations"][0]["physicalLocation"]["region"]["snippet"]}


@pytest.mark.usefixtures("drafts")
def test_github_annotations_on_the_drafts_repository():
    lines = run(".", "--format", "github").stdout.splitlines()
    assert ("::error file=news/council-vote.md,line=11,col=1,title=unclear-whether::'It is unclear whether': "
            "say who does not know, or report what is known") in lines
    assert "::notice file=opinion/column.md,line=11,col=24,title=plain-words::use 'before' instead of 'prior to'" in lines


@pytest.mark.usefixtures("drafts")
def test_junit_on_the_drafts_repository():
    root = ET.fromstring(run(".", "--format", "junit", "--select", ",".join(USER_RULES[:4])).stdout)
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == CHECKED
    failed = sorted(name for name, c in cases.items() if c.find("failure") is not None)
    assert failed == ["news/council-vote.md", "news/front-matter-ignore.md"]


@pytest.mark.parametrize("args, code", [
    (["--fail-on", "error"], 1),
    (["--fail-on", "warning"], 1),
    (["--fail-on", "never"], 0),
    (["--ignore", "unclear-whether"], 0),
    (["--ignore", "unclear-whether", "--fail-on", "warning"], 1),
    (["--ignore", "unclear-whether,council-jargon,vague-sourcing", "--fail-on", "warning"], 0),
    (["--ignore", "unclear-whether,council-jargon,vague-sourcing", "--fail-on", "info"], 1),
    (["--severity", "unclear-whether:info"], 0),
])
def test_exit_codes_follow_fail_on(drafts, args, code):
    sample = ("news/council-vote.md", "news/attribution.html", "opinion/column.md")
    result = run(*sample, "--format", "line", "-j", "1", "--select", ",".join(USER_RULES[:4]), *args)
    assert result.exit_code == code, result.output


def test_fail_on_from_config(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("# T\n\nThe road closed prior to the storm.\n", encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[factcheck]\nrules = bundled:style\nselect = plain-words\n"
                                        "fail-on = info\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("a.md", "--format", "line").exit_code == 1
    assert run("a.md", "--format", "line", "--fail-on", "warning").exit_code == 0
    assert run("a.md", "--format", "line", "--no-config", "--rules", "bundled:style").exit_code == 0


@pytest.mark.usefixtures("drafts")
def test_unreadable_source_exits_2_and_the_others_are_still_reported():
    result = run("news/council-vote.md", "missing.md", "--format", "junit")
    assert result.exit_code == 2
    assert result.stderr.strip() == "factcheck: error: missing.md: no such file or folder"
    root = ET.fromstring(result.stdout)
    assert root.get("tests") == "2" and root.get("errors") == "1"


@pytest.mark.usefixtures("drafts")
def test_builtin_weekday_check_fires_and_is_suppressed():
    result = run("news/weekday-mismatch.md", "news/suppressed-builtin.md", "--format", "line",
                 "--select", "weekday-mismatch", "--report-unused")
    assert result.exit_code == 1
    assert [line.split(" ")[:3] for line in result.stdout.splitlines()] == [
        ["news/weekday-mismatch.md:9:32:", "error", "weekday-mismatch"]]


@pytest.mark.usefixtures("drafts")
def test_clean_draft_has_no_findings_at_all():
    result = run("news/clean-budget.md", "news/suppressed-builtin.md", "--format", "line", "--report-unused")
    assert result.stdout == ""
    assert result.exit_code == 0


@pytest.mark.usefixtures("drafts")
def test_builtin_findings_in_the_drafts_repository():
    lines = [line.split(" ")[:3] for line in run(".", "--format", "line").stdout.splitlines()]
    assert ["news/attribution.html:10:66:", "info", "anonymous-source"] in lines
    assert ["news/weekday-mismatch.md:9:32:", "error", "weekday-mismatch"] in lines


@pytest.mark.usefixtures("drafts")
def test_suppressed_findings_and_report_unused():
    plain = run("news/suppressed-inline.md", "--format", "line")
    assert user_lines(plain.stdout) == []
    unused = run("news/suppressed-inline.md", "--format", "line", "--report-unused")
    assert user_lines(unused.stdout) == ["news/suppressed-inline.md:15:1: info unused-suppression"]


@pytest.mark.parametrize("target", ["archive/old-draft.md", "news/notes.scratch.md", "archive"])
def test_excluded_paths_are_skipped_even_when_named(drafts, target):
    result = run(target, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == []


@pytest.mark.usefixtures("drafts")
def test_exclude_on_the_command_line():
    report = json.loads(run(".", "--format", "json", "--exclude", "opinion").stdout)
    assert "opinion/column.md" not in [d["source"] for d in report["documents"]]


@pytest.mark.usefixtures("drafts")
def test_parallel_and_serial_reports_are_identical():
    assert run(".", "--format", "line", "-j", "1").stdout == run(".", "--format", "line", "-j", "2").stdout


@pytest.mark.parametrize("config, message", [
    ("[factcheck]\nignor = plain-words\n", "unknown key 'ignor' (did you mean 'ignore'?)"),
    ("[factcheck]\nrules = bundled:style\nignore = plain-word\n",
     "ignore: unknown rule id 'plain-word' (did you mean 'plain-words'?)"),
    ("[factcheck]\nrules = nowhere\n", "nowhere: rules folder not found"),
])
def test_config_errors_are_one_line_and_exit_2(tmp_path, monkeypatch, config, message):
    (tmp_path / "a.md").write_text("# T\n\nText.\n", encoding="utf-8")
    (tmp_path / ".factcheck.cfg").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("a.md")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr and "Traceback" not in result.output


@pytest.mark.usefixtures("drafts")
def test_unknown_rule_on_the_command_line():
    result = run(".", "--select", "unclear-wether")
    assert result.exit_code == 2
    assert "unknown rule id 'unclear-wether' (did you mean 'unclear-whether'?)" in result.stderr


def test_explicit_config_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("# T\n\nIt is unclear whether it rains.\n", encoding="utf-8")
    result = run("a.md", "--config", str(DRAFTS / ".factcheck.cfg"), "--format", "line")
    assert result.exit_code == 1 and "error unclear-whether" in result.stdout


def test_version_imports_nothing_heavy():
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck", "--version"], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in out.stderr.splitlines() if "|" in line}
    assert not imported & {"bs4", "rich", "requests", "rapidfuzz", "lxml", "yaml"}
    assert out.stdout.startswith("factcheck, version")


def test_a_file_check_imports_only_what_it_uses():
    """The start-up budget (bench/speed.py): a file check needs no network, corpus, user rules or colour."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck", "check", "--no-config", "--format",
                          "json", str(FIXTURES / "kursk.html")], cwd=ROOT, capture_output=True, text=True)
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if "|" in line}
    assert "factcheck.checks" in imported  # the probe sees our own modules
    assert not imported & {"bs4", "rich", "requests", "sqlite3", "factcheck.corpus.backend", "factcheck.corpus.store",
                           "factcheck.userrules", "factcheck.report.terminal"}


def test_usage_errors_are_one_line_from_the_entry_point():
    out = subprocess.run([sys.executable, "-m", "factcheck", "check", "--format", "pdf", "x.md"], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 2
    assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith("factcheck: error: ")


def test_pre_commit_hook_definition():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "factcheck")
    assert hook["entry"].startswith("factcheck check") and hook["language"] == "python"
    import re

    wanted = re.compile(hook["files"])
    assert wanted.search("drafts/a.md") and wanted.search("page.html") and not wanted.search("setup.py")
