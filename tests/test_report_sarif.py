"""SARIF 2.1.0 reporter: golden file, schema validation, levels, locations, rule metadata."""
from __future__ import annotations

import json

import pytest

from factcheck.report import render
from factcheck.report.sarif import artifact_uri
from report_cases import CHECKS, check_golden, results

from conftest import need_shared


def sarif() -> dict:
    return json.loads(render("sarif", results(), checks=CHECKS))


def test_golden():
    check_golden("report.sarif.json", render("sarif", results(), checks=CHECKS))


def test_valid_against_the_official_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = need_shared("schemas", "sarif-schema-2.1.0.json")
    jsonschema.validate(sarif(), json.loads(schema_path.read_text(encoding="utf-8")))


def test_rules_and_results():
    run = sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["weekday-mismatch", "plain-words", "vague-sourcing", "local-rule"]
    assert rules[0]["defaultConfiguration"] == {"level": "error"}
    assert rules[1]["defaultConfiguration"] == {"level": "note"}
    assert rules[0]["fullDescription"]["text"].startswith("Why the rule exists.")
    first = run["results"][0]
    assert (first["ruleId"], first["level"], first["ruleIndex"]) == ("weekday-mismatch", "error", 0)
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/news/storm%2C%20coast.md"
    assert location["region"]["startLine"] == 9 and location["region"]["startColumn"] == 32
    assert run["results"][3]["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "no such file" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


@pytest.mark.parametrize("source, uri", [
    ("drafts/a b.md", "drafts/a%20b.md"), ("/abs/x.md", "file:///abs/x.md"),
    ("https://example.org/news/1", "https://example.org/news/1"), ("-", "stdin"),
])
def test_artifact_uri(source, uri):
    assert artifact_uri(source) == uri


def test_no_results_is_still_a_valid_log():
    log = json.loads(render("sarif", [], checks=CHECKS))
    assert log["version"] == "2.1.0" and log["runs"][0]["results"] == []
