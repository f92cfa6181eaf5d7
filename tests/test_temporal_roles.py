"""Role timelines in rules/timelines/ and role titles found in text."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.rules import load_yaml, rules_dir
from factcheck.nlp.temporal.roles import find_titles, term_start_years, timelines


def test_every_timeline_file_is_ordered_and_gapless_within_itself():
    for path in sorted((rules_dir() / "timelines").glob("*.yaml")):
        terms = load_yaml(path)["terms"]
        for before, after in zip(terms, terms[1:]):
            assert before["from"] < before["to"] <= after["from"], (path.name, before["person"])
        assert all(t.get("to") is None or t["from"] < t["to"] for t in terms), path.name


@pytest.mark.parametrize("text, role, modifier, person", [
    ("President-elect Donald Trump spoke.", "President", "elect", "Donald Trump"),
    ("Former President Joe Biden spoke.", "President", "former", "Joe Biden"),
    ("ex-Prime Minister Boris Johnson spoke.", "Prime Minister", "former", "Boris Johnson"),
    ("Vice President-elect JD Vance spoke.", "Vice President", "elect", "JD Vance"),
    ("Chancellor Olaf Scholz spoke.", "Chancellor", "", "Olaf Scholz"),
    ("Former President Joseph R. Biden Jr. spoke.", "President", "former", "Joe Biden"),
])
def test_titles(text, role, modifier, person):
    (title,) = find_titles(text)
    assert (title.role, title.modifier, title.terms[0].person) == (role, modifier, person)


@pytest.mark.parametrize("text", [
    "Then-President-elect Donald Trump spoke.",
    "Chancellor Rachel Reeves spoke.",
    "president Trump Tower is in New York.",
    "Former President Donald Trump Jr. spoke.",  # the son, not the president
])
def test_no_title(text):
    assert [t for t in find_titles(text) if t.terms] == []


def test_term_start_years_and_holding():
    assert 2025 in term_start_years(1, 20) and 2021 in term_start_years(1, 20)
    trump = [t for t in timelines() if t.person == "Donald Trump" and t.role == "President"]
    assert not any(t.holds(date(2024, 12, 26)) for t in trump) and any(t.holds(date(2025, 3, 1)) for t in trump)


USER_RULES = "bundled:style"  # holds london-mayors.yaml, a newsroom's own timeline rule


def test_user_timelines_add_roles_and_titles():
    from factcheck.model import Options

    from factcheck.nlp.temporal.roles import with_user_timelines
    from factcheck.userrules import timeline_rules

    catalog = with_user_timelines(timeline_rules(Options(rules_dirs=(USER_RULES,))))
    (title,) = find_titles("Former London Mayor Sadiq Khan opened the station.", catalog)
    assert (title.role, title.modifier, title.terms[0].person) == ("Mayor of London", "former", "Sadiq Khan")
    assert title.terms[0].source.endswith("london-mayors.yaml")
    assert find_titles("Former London Mayor Sadiq Khan opened the station.") == ()
    assert any(t.person == "Ken Livingstone" for t in timelines(catalog))
    assert not any(t.person == "Ken Livingstone" for t in timelines())


@pytest.mark.parametrize("text, expected", [
    ("Former London Mayor Sadiq Khan opened the new station on Tuesday.", {"title-anachronism"}),
    ("Former London Mayor Ken Livingstone opened the new station on Tuesday.", set()),
    ("Former President Barack Obama opened the new library on Tuesday.", set()),
])
def test_title_anachronism_reads_user_timelines(text, expected):
    from factcheck.analysis import Analysis
    from factcheck.checks.temporal import title_anachronism
    from factcheck.model import Document, Options

    options = Options(rules_dirs=(USER_RULES,), dateline=date(2024, 3, 14), today=date(2026, 11, 25))
    found = {f.rule for f in title_anachronism.run(Analysis(Document(source="t", text=text), options))}
    assert found == expected


def test_ignorecase_matches_ascii_letters_with_exactly_four_other_characters():
    """The premise of roles._names_in: only these four fold onto ASCII letters under re.IGNORECASE."""
    import re

    others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(r"[a-z]", others, re.I)) == {"\u0130", "\u0131", "\u017f", "\u212a"}


@pytest.mark.parametrize("text", [
    "PRESIDENT DONALD TRUMP spoke, and former Prime Minister Boris Johnson listened.",
    "Chancellor Olaf Scholz met President Emmanuel Macron and President Volodymyr Zelensky.",
    "Former President Barack Obama and Vice President Kamala Harris spoke to President Vladimir Putin.",
    "Donald Trump spoke. President-elect Donald\nTrump spoke again.",
    "President Donald Truſt is no one.",
    "The President spoke.",
])
def test_titles_found_with_the_names_in_the_text_as_with_every_name(text, monkeypatch):
    from factcheck.nlp.temporal import roles

    fewer = find_titles(text)
    monkeypatch.setattr(roles, "_names_in", lambda text, names: names)
    assert fewer == find_titles(text)


def test_titles_found_in_fixture_articles_as_with_every_name(monkeypatch):
    from pathlib import Path

    from factcheck.nlp.temporal import roles

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("fixtures/articles/*"))
             if p.suffix in (".md", ".txt", ".html")]
    fewer = [find_titles(text) for text in texts]
    monkeypatch.setattr(roles, "_names_in", lambda text, names: names)
    assert fewer == [find_titles(text) for text in texts]
    assert sum(map(len, fewer)) > 5


@pytest.mark.parametrize("text", [
    "Former President Barack Obama, then-President Donald Trump (President Joe Biden) and PRESIDENT DONALD TRUMP.",
    "thus President\n\nDonald Trump; us President Trump: U.S. President Joe Biden said \"President Trump\".",
    "ex-Prime Minister Boris Johnson; former - President George W. Bush and President-elect Donald Trump Jr.",
    "Chancellor Olaf Scholz? Vice President J. D. Vance! The president, Donald Trump, spoke.",
    "Former President Barack Obama and Vice President Kamala Harris spoke to President Vladimir Putin. " * 2000,
])
def test_titles_found_in_stretches_as_in_the_whole_text(text, monkeypatch):
    from factcheck.nlp.temporal import roles

    found = find_titles(text)
    monkeypatch.setattr(roles, "_title_matches", lambda pattern, text, catalog: pattern.finditer(text))
    assert found == find_titles(text)
    assert found


def test_titles_found_in_fixture_articles_in_stretches_as_in_the_whole_text(monkeypatch):
    from pathlib import Path

    from factcheck.nlp.temporal import roles

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("fixtures/articles/*"))
             if p.suffix in (".md", ".txt", ".html")]
    found = [find_titles(text) for text in texts]
    monkeypatch.setattr(roles, "_title_matches", lambda pattern, text, catalog: pattern.finditer(text))
    assert found == [find_titles(text) for text in texts]
