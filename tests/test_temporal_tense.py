"""tense_of: the tense/aspect of the clause a date belongs to, from lexicons and clause heuristics."""
from __future__ import annotations

import pytest

from factcheck.nlp.temporal import tense_of
from factcheck.nlp.temporal.tense import main_clause


def tense(sentence: str, date_text: str, headline: bool = False):
    start = sentence.index(date_text)
    return tense_of(sentence, start, start + len(date_text), headline=headline)


@pytest.mark.parametrize("sentence, date_text, label", [
    ("Trump, who took office on January 20, spoke.", "January 20", "past"),
    ("She was sworn in on Monday.", "Monday", "past"),
    ("Putin said on Thursday that he was unaware.", "Thursday", "past"),
    ("The bridge opened in 1937.", "1937", "past"),
    ("Police arrested him on March 3.", "March 3", "past"),
    ("The minister has said since 2020 that the plan works.", "2020", "present-perfect"),
    ("Trump will take office on January 20.", "January 20", "future"),
    ("The trial is scheduled to begin on February 10.", "February 10", "future"),
    ("The company plans to list its shares in 2026.", "2026", "future"),
    ("Growth is expected to slow next year.", "next year", "future"),
    ("He said he would travel on March 3.", "March 3", "future-in-past"),
    ("The talks were to resume in February.", "February", "future-in-past"),
    ("The launch had been expected to happen in May.", "May", "future-in-past"),
    ("They agreed to meet again on Friday.", "Friday", "future-in-past"),
    ("The army could be forced to withdraw by spring 2025.", "spring 2025", "conditional"),
    ("If the deal holds, prices might fall in March.", "March", "conditional"),
    ("The deadline is January 15.", "January 15", "present"),
])
def test_labels(sentence, date_text, label):
    assert tense(sentence, date_text).tense == label


def test_headline_present():
    assert tense("Putin meets Xi in Beijing on Friday", "Friday", headline=True).tense == "headline-present"


@pytest.mark.parametrize("sentence, date_text, reported, quoted", [
    ("Officials said the attack began on Monday.", "Monday", True, False),
    ("\"We finished on Monday,\" he said.", "Monday", False, True),
    ("“We will open in May,” the mayor said.", "May", False, True),
    ("The attack began on Monday.", "Monday", False, False),
])
def test_reported_and_quoted(sentence, date_text, reported, quoted):
    t = tense(sentence, date_text)
    assert (t.reported, t.quoted) == (reported, quoted)


@pytest.mark.parametrize("sentence, date_text", [
    ("The launch, planned for March 2025, was delayed.", "March 2025"),
    ("The ministry has scheduled a news conference for Thursday.", "Thursday"),
])
def test_plans(sentence, date_text):
    assert tense(sentence, date_text).plan


def test_adjectival_ed_is_not_past():
    t = tense("They talk about buying back debt in subordinated notes next year.", "next year")
    assert t.tense != "past"


@pytest.mark.parametrize("sentence, main", [
    ("The mayor will open the bridge on Sunday, her office said.", "The mayor will open the bridge on Sunday"),
    ("The team will fly home next week, said a club official.", "The team will fly home next week"),
    ("The plant will close in March, according to two union leaders.", "The plant will close in March"),
    ("The minister will resign, his aide told reporters on Friday.", "The minister will resign"),
    ("The museum will reopen in May, which pleased the staff.",
     "The museum will reopen in May, which pleased the staff."),
    ("The fund, he said, will double by 2030.", "The fund, he said, will double by 2030."),
    ("She will stand again, says her agent.", "She will stand again, says her agent."),
])
def test_main_clause_drops_trailing_attribution(sentence, main):
    assert main_clause(sentence) == main
