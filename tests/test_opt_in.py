"""Opt-in rules (unattributed-claim): off by default, on with --enable, config 'enable' or --select."""
from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck.cli import main

DRAFT = "The county recorded 4,000 new cases last week, up from 2,500.\n"


def rules_found(tmp_path, *args: str) -> set[str]:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT)
    result = CliRunner().invoke(main, ["check", str(draft), "--format", "json", "--no-config", *args])
    assert result.exit_code in (0, 1), result.output
    return {f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]}


def test_off_by_default(tmp_path):
    assert "unattributed-claim" not in rules_found(tmp_path)


def test_on_with_enable_or_select(tmp_path):
    assert "unattributed-claim" in rules_found(tmp_path, "--enable", "unattributed-claim")
    assert rules_found(tmp_path, "--select", "unattributed-claim") == {"unattributed-claim"}
    assert "unattributed-claim" not in rules_found(tmp_path, "--enable", "unattributed-claim",
                                                   "--ignore", "unattributed-claim")


def test_on_with_the_config(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT)
    (tmp_path / ".factcheck.cfg").write_text("[factcheck]\nenable = unattributed-claim\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "draft.txt"), "--format", "json",
                                       "--config", str(tmp_path / ".factcheck.cfg")])
    assert "unattributed-claim" in {f["rule"] for f in json.loads(result.stdout)["documents"][0]["findings"]}


def test_an_unknown_rule_to_enable_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--enable", "unatributed-claim"])
    assert result.exit_code == 2 and "did you mean 'unattributed-claim'" in result.output


def test_rules_list_says_which_rules_are_opt_in():
    out = CliRunner().invoke(main, ["rules", "list"]).output
    line = next(x for x in out.splitlines() if x.startswith("unattributed-claim"))
    assert "opt-in" in line
