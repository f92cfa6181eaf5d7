"""factcheck.nlp.clock: times of day as news copy writes them, and when two of them agree."""
from __future__ import annotations

import pytest

from factcheck.nlp.clock import agree, comparable, find_times


@pytest.mark.parametrize("sentence, text, minutes, hedge", [
    ("The blast struck at about 10:35 a.m. local time.", "10:35 a.m.", 10 * 60 + 35, "approximate"),
    ("It was 8:30 pm and he put the phone away.", "8:30 pm", 20 * 60 + 30, None),
    ("It was 8.50 in the evening, he recalls.", "8.50 in the evening", 20 * 60 + 50, None),
    ("The plane took off at 8:40 p.m. after a delay.", "8:40 p.m.", 20 * 60 + 40, None),
    ("Talks broke off at noon on Thursday.", "noon", 12 * 60, None),
    ("The offer runs until 5 p.m. EST on Nov. 19.", "5 p.m.", 17 * 60, "bound"),
    ("He was hit at 12:10 a.m. on the bridge.", "12:10 a.m.", 10, None),
    ("The strike began at 21:45 GMT.", "21:45 GMT", 21 * 60 + 45, None),
    ("She came home at 11 at night.", "11 at night", 23 * 60, None),
])
def test_times_of_day_are_read_in_minutes(sentence, text, minutes, hedge):
    found = find_times(sentence)
    assert [(t.text, t.minutes, t.hedge) for t in found] == [(text, minutes, hedge)]


@pytest.mark.parametrize("sentence", [
    "The meeting started at 10:30 with a prayer.",  # morning or evening: unsure
    "It gained 5 points in the second half.",
    "The score was 14 pm-ish.",
])
def test_no_time_without_its_half_of_the_day(sentence):
    assert find_times(sentence) == []


def test_times_agree_to_the_minute_or_a_quarter_hour_when_approximate():
    exact, other, about = (find_times(s)[0] for s in ("at 7:15 a.m.", "at 7:20 a.m.", "at about 7:20 a.m."))
    assert not agree(exact, other)
    assert agree(exact, about)
    assert agree(find_times("at 11:55 p.m.")[0], find_times("at about 12:05 a.m.")[0])  # across midnight
    assert not comparable(exact, find_times("before 8 a.m.")[0])
