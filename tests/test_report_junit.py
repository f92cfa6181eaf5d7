"""JUnit XML reporter: golden file, one test case per document, failures follow fail-on."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from factcheck.report import render
from report_cases import check_golden, results


def test_golden():
    check_golden("report.junit.xml", render("junit", results(), fail_on="error"))


@pytest.mark.parametrize("fail_on, failures", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_failures_follow_fail_on(fail_on, failures):
    root = ET.fromstring(render("junit", results(), fail_on=fail_on))
    assert root.get("tests") == "3" and root.get("errors") == "1" and root.get("failures") == str(failures)
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == ["drafts/news/storm, coast.md", "drafts/clean.md", "drafts/missing.md"]
    assert cases[2].find("error").get("message") == "drafts/missing.md: no such file"
    assert cases[1].find("failure") is None and cases[1].find("system-out") is None


def test_failure_lists_only_findings_at_or_above_the_threshold():
    root = ET.fromstring(render("junit", results(), fail_on="warning"))
    failure = root.find("./testsuite/testcase/failure")
    assert failure.get("message") == "3 findings at or above warning"
    assert "plain-words" not in failure.text and "plain-words" in root.find("./testsuite/testcase/system-out").text


def test_per_document_thresholds():
    root = ET.fromstring(render("junit", results(), fail_ons=["never", "error", "error"]))
    assert root.get("failures") == "0"
