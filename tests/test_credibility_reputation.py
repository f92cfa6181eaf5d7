"""Domain ratings: lookup with subdomains, user files, imports, the source-reputation check, the CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.analysis import Analysis
from factcheck.checks.reputation import source_reputation
from factcheck.cli.credibility import sources
from factcheck.credibility.reputation import (RATINGS, domain_of, load_ratings, lookup, merge_into,
                                              parse_import, read_ratings_file)
from factcheck.model import Document, FactcheckError, Options
from factcheck.rules import rules_dir


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """Keep the user's own ratings file out of the tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.mark.parametrize("value, domain", [
    ("https://www.bbc.co.uk/news/world-123", "bbc.co.uk"),
    ("http://News.Example.ORG:8080/a?b=c", "news.example.org"),
    ("reuters.com", "reuters.com"),
    ("www.com", "www.com"),
    ("", None),
])
def test_domain_of(value, domain):
    assert domain_of(value) == domain


@pytest.mark.parametrize("url, rating", [
    ("https://www.bbc.co.uk/news/x", "reliable"),
    ("https://apnews.com/article/x", "reliable"),
    ("https://www.reuters.com/world/", "reliable"),
    ("https://local.theonion.com/x", "satire"),
    ("https://www.rt.com/news/1", "unreliable"),
    ("https://www.foxnews.com/politics", "mixed"),
    ("https://example-news.test/x", None),
    ("https://notbbc.co.uk/x", None),
])
def test_bundled_lookup(url, rating):
    found = lookup(url, load_ratings())
    assert (found.rating if found else None) == rating


def test_bundled_files_are_valid_and_sourced():
    for path in sorted((rules_dir() / "sources").glob("*.yaml")):
        entries = read_ratings_file(path)
        assert entries
        assert all(e.rating in RATINGS and e.source and e.notes for e in entries)


def _document(url):
    return Document(source=url or "draft.md", text="The council met on Monday. It approved the budget.",
                    title="Council approves budget", url=url)


@pytest.mark.parametrize("url, severity", [
    ("https://www.theonion.com/x", "warning"),
    ("https://www.breitbart.com/x", "warning"),
    ("https://www.foxnews.com/x", "info"),
    ("https://www.bbc.com/news/x", None),
    ("https://unknown-local-paper.test/x", None),
    (None, None),
])
def test_source_reputation_severity(url, severity):
    found = list(source_reputation.run(Analysis(_document(url), Options())))
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_user_file_overrides_bundled(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text("sources:\n  - {domain: bbc.co.uk, rating: mixed, notes: test, source: me}\n"
                    "  - {domain: local-paper.test, rating: unreliable}\n")
    ratings = load_ratings(str(user))
    assert lookup("https://www.bbc.co.uk/x", ratings).rating == "mixed"
    assert lookup("https://news.local-paper.test/x", ratings).rating == "unreliable"
    found = list(source_reputation.run(Analysis(_document("https://local-paper.test/a"),
                                                Options(sources_file=str(user)))))
    assert [f.severity for f in found] == ["warning"]


@pytest.mark.parametrize("name, content, count", [
    ("list.csv", "domain,rating,notes,source\nexample.com,reliable,a note,me\nsatire.test,Satire,,\n", 2),
    ("list.csv", "Domain;Rating\nexample.com;mixed\n", 1),
    ("list.json", json.dumps([{"domain": "example.com", "rating": "unreliable", "extra": 1}]), 1),
    ("list.json", json.dumps({"sources": [{"domain": "example.com", "rating": "mixed"}]}), 1),
    ("list.json", json.dumps({"example.com": "satire", "b.test": {"rating": "mixed"}}), 2),
])
def test_parse_import(tmp_path, name, content, count):
    path = tmp_path / name
    path.write_text(content)
    assert len(parse_import(path)) == count


@pytest.mark.parametrize("name, content, message", [
    ("bad.csv", "domain,rating\nexample.com,good\n", "bad.csv:2: rating 'good' is not one of"),
    ("bad.csv", "site,score\nexample.com,1\n", "must name the columns domain and rating"),
    ("bad.csv", "domain,rating\nnot a domain,mixed\n", "is not a domain"),
    ("bad.json", "{oops", "invalid JSON"),
    ("bad.json", json.dumps([{"domain": "example.com"}]), "rating 'None' is not one of"),
])
def test_parse_import_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(FactcheckError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_import(path)


def test_merge_updates_existing(tmp_path):
    target = tmp_path / "sources.yaml"
    src = tmp_path / "a.csv"
    src.write_text("domain,rating\nexample.com,mixed\n")
    assert merge_into(target, parse_import(src)) == (1, 0)
    src.write_text("domain,rating\nexample.com,reliable\nother.test,satire\n")
    assert merge_into(target, parse_import(src)) == (1, 1)
    assert {r.domain: r.rating for r in read_ratings_file(target)} == {"example.com": "reliable", "other.test": "satire"}


def test_cli_import_lookup_list(tmp_path):
    runner = CliRunner()
    src = tmp_path / "list.csv"
    src.write_text("domain,rating,notes,source\nlocal-paper.test,unreliable,prints rumours,our desk\n")
    result = runner.invoke(sources, ["import", str(src)])
    assert result.exit_code == 0 and "1 added" in result.output
    result = runner.invoke(sources, ["lookup", "https://www.local-paper.test/story"])
    assert result.exit_code == 0 and "local-paper.test: unreliable" in result.output
    result = runner.invoke(sources, ["lookup", "nobody-knows.test"])
    assert "unknown" in result.output
    result = runner.invoke(sources, ["list", "--rating", "satire"])
    assert "theonion.com" in result.output and "reuters.com" not in result.output


def test_cli_import_error_is_one_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("domain,rating\nexample.com,excellent\n")
    result = CliRunner().invoke(sources, ["import", str(bad), "--into", str(tmp_path / "out.yaml")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "excellent" in result.output
    assert not (tmp_path / "out.yaml").exists()


def test_cli_lookup_reads_sources_from_config(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.cfg").write_text("[factcheck]\nsources = team.yaml\n")
    (tmp_path / "team.yaml").write_text("sources:\n  - {domain: local-paper.test, rating: satire}\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(sources, ["lookup", "local-paper.test"])
    assert result.exit_code == 0 and "satire" in result.output


@pytest.mark.parametrize("head, severity", [
    ('<link rel="canonical" href="https://www.theonion.com/story-123">', "warning"),
    ('<meta property="og:url" content="https://www.foxnews.com/politics/x">', "info"),
    ('<link href="https://www.rt.com/news/1" rel="canonical">', "warning"),
    ('<link rel="canonical" href="https://www.reuters.com/world/x">', None),
])
def test_saved_page_knows_its_domain(head, severity):
    from factcheck.extract import extract
    from factcheck.model import Acquired

    page = (f"<html><head><title>Man wins lottery twice</title>{head}</head><body><article>"
            "<h1>Man wins lottery twice</h1><p>A man won the lottery twice in one week, officials said.</p>"
            "<p>He plans to buy a boat.</p></article></body></html>")
    document = extract(Acquired(source="saved.html", data=page.encode(), content_type="text/html"))
    found = list(source_reputation.run(Analysis(document, Options())))
    assert [f.severity for f in found] == ([severity] if severity else [])
