"""The credibility score and the issue's done-when on the seed article."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.credibility.score import SIGNALS, _weights
from factcheck.extract import extract
from factcheck.model import Acquired, Document, Options
from factcheck.pipeline import check_document

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = ROOT.parent / "shared" / "seed" / "kursk-article.txt"
OPTIONS = Options(today=date(2026, 11, 25))
TYPES = {".html": "text/html", ".md": "text/markdown", ".txt": "text/plain"}


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def _result(path: Path, options: Options = OPTIONS):
    acquired = Acquired(source=str(path), data=path.read_bytes(), content_type=TYPES[path.suffix])
    return check_document(extract(acquired), options)


def _seed_paths() -> list[Path]:
    paths = [FIXTURES / "kursk.html"]
    return paths + [SEED] if SEED.is_file() else paths


@pytest.mark.parametrize("path", _seed_paths(), ids=lambda p: p.name)
def test_seed_done_when(path):
    findings = _result(path).findings
    anonymous = [f for f in findings if f.rule == "anonymous-source"]
    cues = " | ".join(f.message for f in anonymous)
    for phrase in ("U.S. officials estimate", "one official said", "Another official noted",
                   "Two other officials expressed hope"):
        assert phrase in cues
    assert len(anonymous) == 5  # "U.S. officials estimate" twice, in two sentences
    assert len({f.sentence for f in anonymous}) == 5
    secondhand, = [f for f in findings if f.rule == "secondhand-report"]
    assert "Bloomberg" in secondhand.message
    contradiction, = [f for f in findings if f.rule == "headline-contradiction"]
    assert "Ukraine keeps control of region" in contradiction.message
    assert "lost about half of the territory" in contradiction.message
    assert not [f for f in findings if f.rule == "anonymous-source" and "Kirby" in f.sentence]


@pytest.mark.parametrize("path", _seed_paths(), ids=lambda p: p.name)
def test_clean_article_scores_above_seed(path):
    clean = _result(FIXTURES / "clean-article.md")
    seed = _result(path)
    assert clean.credibility["score"] > seed.credibility["score"] + 30
    assert clean.findings == () or all(f.severity == "info" for f in clean.findings)
    by_name = {s["name"]: s for s in seed.credibility["signals"]}
    assert by_name["headline-consistency"]["value"] == 0.0
    assert by_name["anonymous-sourcing"]["value"] < 0.5


def test_signals_explain_themselves():
    cred = _result(FIXTURES / "clean-article.md").credibility
    assert 0 <= cred["score"] <= 100
    assert [s["name"] for s in cred["signals"]] == list(SIGNALS)
    for s in cred["signals"]:
        assert set(s) == {"name", "value", "weight", "why"} and s["why"]
        assert s["value"] is None or 0.0 <= s["value"] <= 1.0


def test_every_signal_has_a_weight():
    assert set(_weights()["signals"]) == set(SIGNALS)


@pytest.mark.parametrize("url, value", [
    ("https://www.reuters.com/world/x", 1.0),
    ("https://www.theonion.com/x", 0.0),
    ("https://unknown-paper.test/x", None),
])
def test_domain_signal(url, value):
    document = Document(source=url, text="The council approved the budget on Monday, the mayor said.",
                        title="Council approves budget", url=url)
    signal, = [s for s in check_document(document, OPTIONS).credibility["signals"] if s["name"] == "domain-rating"]
    assert signal["value"] == value


def test_unknown_domain_does_not_lower_the_score():
    text = "The council approved the budget on Monday, the mayor, Jane Holt, said."
    known = check_document(Document(source="a", text=text, title="Council approves budget", author="A. Writer"), OPTIONS)
    unknown = check_document(Document(source="b", text=text, title="Council approves budget", author="A. Writer",
                                      url="https://unknown-paper.test/x"), OPTIONS)
    assert known.credibility["score"] == unknown.credibility["score"]


def test_suppressed_findings_do_not_count():
    from factcheck.credibility.score import credibility
    from factcheck.analysis import Analysis

    document = Document(source="t", text="Shares fell 5% on Monday, one official said.", title="Shares rise")
    analysis = Analysis(document, OPTIONS)
    with_none = credibility(analysis, [])
    signals = {s["name"]: s["value"] for s in with_none["signals"]}
    assert signals["anonymous-sourcing"] == 1.0 and signals["headline-consistency"] == 1.0


def test_deselected_rules_are_not_counted():
    document = Document(source="t", text="Shares fell 5% on Monday, one official said.", title="Shares rise")
    cred = check_document(document, Options(today=date(2026, 11, 25), select=("weekday-mismatch",))).credibility
    signals = {s["name"]: s for s in cred["signals"]}
    assert signals["anonymous-sourcing"]["value"] is None
    assert signals["headline-consistency"]["value"] is None
    assert "not run" in signals["secondhand-sourcing"]["why"]


def test_a_run_of_one_rule_computes_only_what_that_rule_needs():
    """--select source-reputation: no attribution analysis for the score's named-attribution signal."""
    from factcheck.analysis import Analysis
    from factcheck.credibility.score import credibility
    from factcheck.model import Document, Options

    analysis = Analysis(Document(source="t", text="Officials said 12,000 soldiers were deployed."),
                        Options(select=("source-reputation",)))
    signals = {s["name"]: s for s in credibility(analysis, [])["signals"]}
    assert signals["named-attribution"]["value"] is None and "not run" in signals["named-attribution"]["why"]
    assert "attribution" not in analysis.__dict__  # the cached annotation was never computed
