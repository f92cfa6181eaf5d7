"""find_dates: spans, types and TIMEX3 values at their true granularity, against a dateline."""
from __future__ import annotations

import re
from datetime import date

import pytest

from factcheck.model import Dateline
from factcheck.nlp.temporal import find_dates

THU = Dateline(date(2024, 12, 26), "test", "high")  # a Thursday


def values(text: str, dateline: Dateline = THU) -> list[tuple[str, str, str | None]]:
    return [(d.text, d.type, d.value) for d in find_dates(text, dateline)]


@pytest.mark.parametrize("text, expected", [
    ("The vote was held on Jan. 20, 2025, in Washington.", [("Jan. 20, 2025", "DATE", "2025-01-20")]),
    ("He was born on 20 January 1961.", [("20 January 1961", "DATE", "1961-01-20")]),
    ("The file is dated 2025-01-20.", [("2025-01-20", "DATE", "2025-01-20")]),
    ("Prices peaked in December 2021.", [("December 2021", "DATE", "2021-12")]),
    ("Troops could withdraw by spring 2025.", [("spring 2025", "DATE", "2025-SP")]),
    ("The mission ends in 2044.", [("2044", "DATE", "2044")]),
    ("It grew fast in the 1990s.", [("the 1990s", "DATE", "199X")]),
    ("Putin spoke on Thursday, December 26.", [("Thursday, December 26", "DATE", "2024-12-26")]),
    ("Kirby told reporters on Friday that the attacks continued.", [("Friday", "DATE", "2024-12-20")]),
    ("The ministers will meet on Friday in Rome.", [("Friday", "DATE", "2024-12-27")]),
    ("The talks collapsed late on Tuesday.", [("Tuesday", "DATE", "2024-12-24")]),
    ("She resigned last Monday.", [("last Monday", "DATE", "2024-12-23")]),
    ("The court rules next Wednesday.", [("next Wednesday", "DATE", "2025-01-01")]),
    ("The bill passed yesterday.", [("yesterday", "DATE", "2024-12-25")]),
    ("The plant closed 3 days ago.", [("3 days ago", "DATE", "2024-12-23")]),
    ("The visitors won two nights ago.", [("two nights ago", "DATE", "2024-12-24")]),
    ("Sales fell last week.", [("last week", "DATE", "2024-W51")]),
    ("Sales fell the week before last.", [("the week before last", "DATE", "2024-W50")]),
    ("The plant opened the year before last.", [("the year before last", "DATE", "2022")]),
    ("A decision is due next month.", [("next month", "DATE", "2025-01")]),
    ("Inflation slowed earlier this year.", [("earlier this year", "DATE", "2024")]),
    ("Attacks rose from the start of the new year.", [("the new year", "DATE", "2025")]),
    ("The offensive could begin by the end of March.", [("the end of March", "DATE", "2025-03")]),
    ("Exports rose in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
    ("The talks lasted 3 days.", [("3 days", "DURATION", "P3D")]),
    ("Negotiations could take several months.", [("several months", "DURATION", "PXM")]),
    ("More than 1,000 were killed in the past week alone.", [("the past week", "DURATION", "P1W")]),
    ("The blast occurred at 10:35 a.m. local time.", [("10:35 a.m.", "TIME", "2024-12-26T10:35")]),
    ("Right now the front is quiet.", [("Right now", "DATE", "PRESENT_REF")]),
    ("Kyiv hopes to use it in future talks.", [("future", "DATE", "FUTURE_REF")]),
    ("The contract expires on September 31.", [("September 31", "DATE", None)]),
    ("Families gathered on Christmas Eve.", [("Christmas Eve", "DATE", "2024-12-24")]),
    ("Elian was found on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2024-11-28")]),
    ("The team meets the week of March 6.", [("the week of March 6", "DATE", "2025-W10")]),
])
def test_values(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, value", [
    # a year-less date takes its year from the tense of its clause, not only the nearest year
    ("Trump will take office on January 20.", "2025-01-20"),
    ("The embassy was bombed on Aug. 7.", "2024-08-07"),
    ("The ceasefire is expected to hold until March 3.", "2025-03-03"),
    ("The summit opened on December 2.", "2024-12-02"),
    # the end of a range gives its start a year
    ("The exhibit runs from Dec. 30 to Jan. 3, 2025.", "2024-12-30"),
    ("Voting is open from May 5 to May 9, 2019.", "2019-05-05"),
    # an office-taking event fixes the year from the role timelines
    ("President-elect Donald Trump, who took office on January 20, spoke.", "2025-01-20"),
])
def test_year_from_tense_and_context(text, value):
    dates = [d for d in find_dates(text, THU) if d.type == "DATE"]
    assert dates[0].value == value


@pytest.mark.parametrize("text", [
    "The 1,500 troops crossed the river.",
    "The Dow fell 2000 points.",
    "May I ask a question?",
    "Czech Foreign Minister Jan Kavan said he was pleased.",
    "He scored 12 points in the first half.",
])
def test_no_false_dates(text):
    assert [d for d in find_dates(text, THU) if d.type == "DATE"] == []


def test_without_dateline_values_keep_unknown_year():
    (d,) = find_dates("He spoke on Thursday, December 26.", Dateline(None, "none", "low"))
    assert d.value == "XXXX-12-26" and d.weekday == 3 and d.kind == "weekday"


def test_mentions_sorted_and_offsets_exact():
    text = "On Monday, Dec. 23, officials said the talks would resume in January 2025."
    found = find_dates(text, THU)
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert all(text[d.start:d.end] == d.text for d in found)


@pytest.mark.parametrize("text, expected", [
    ("The filing, dated 03/17/2025, is due 04/01/2025.", ["2025-03-17", "2025-04-01"]),
    # one slash date with a first number above 12 makes the whole text day-first (British style)
    ("Tenants must leave by 13/04/2025; a hearing is listed for 02/05/2025.", ["2025-04-13", "2025-05-02"]),
    ("They learned of the plan at a meeting on 31/03/2024.", ["2024-03-31"]),
    ("The order is dated 31/02/2024.", [None]),
])
def test_slash_dates_read_day_first_when_the_text_does(text, expected):
    assert [v for _, t, v in values(text) if t == "DATE"] == expected


@pytest.mark.parametrize("text", [
    "In March 32 people died in the floods.", "In April 31 of the 50 states reported cases.",
    "Since February 30 workers have been laid off.", "In September 31 percent of voters backed the plan.",
])
def test_a_count_after_an_introductory_month_is_no_date(text):
    assert [d for d in find_dates(text, THU) if d.kind == "impossible"] == []


@pytest.mark.parametrize("text, whole, expected", [
    ("December 27, 2024", True, date(2024, 12, 27)),
    ("Dec. 27, 2024 at 10:30 a.m. ET", False, date(2024, 12, 27)),
    ("Dec. 27, 2024 at 10:30 a.m. ET", True, None),
    ("27th December 2024", True, date(2024, 12, 27)),
    ("Friday, Dec. 27, 2024", True, date(2024, 12, 27)),
    ("2024-12-27 10:00", False, date(2024, 12, 27)),
    ("2024/12/27", True, date(2024, 12, 27)),
    ("12/27/2024", True, date(2024, 12, 27)),
    ("February 30, 2024", True, None),  # no such day
    ("December 2024", True, None),  # no day
    ("December 27", True, None),  # no year
    ("Oxford University Press", True, None),
    ("by Jane Doe, December 27, 2024", False, None),  # not at the start
])
def test_parse_date_is_the_one_reader_of_written_dates(text, whole, expected):
    from factcheck.nlp.temporal.dates import parse_date

    assert parse_date(text, whole=whole) == expected


def test_a_date_pattern_is_compiled_only_for_a_text_holding_its_cue(monkeypatch):
    from factcheck.nlp.temporal import dates

    text = "Officials met in Kyiv yesterday, a spokesman said."
    kind_of = {pattern: kind for capitals in (True, False) for kind, pattern, _ in dates._patterns_for(text, capitals)}
    compiled = []
    dates._scan.cache_clear()
    monkeypatch.setattr(dates, "_compiled", lambda pattern: compiled.append(kind_of[pattern]) or re.compile(pattern))
    found = find_dates(text, Dateline(None, "", "low"))
    assert [m.text for m in found] == ["yesterday"]
    assert "deictic" in compiled and not set(compiled) & {"mdy", "dmy", "month", "weekday", "year", "time"}


def test_unit_patterns_run_only_over_paragraphs_with_a_unit_word():
    """Durations and relative units ("the past three weeks", "next month", "for years", "the weekend")
    need a lower-case unit word: they are read in the paragraphs that hold one and nowhere else."""
    text = ("Talks went on for the past three weeks, officials said.\n\nThe minister left.\n\n"
            "A vote is due next month, and the talks may last for years.\n\nNothing was said over the weekend.")
    found = [m.text for m in find_dates(text, THU)]
    assert found == ["the past three weeks", "next month", "years", "the weekend"]


def test_decades_and_centuries_are_read_in_the_paragraphs_holding_their_cue():
    """A decade needs "0s" ("the 1990s", "the '80s") and a century the word itself."""
    text = ("Prices rose through the 1990s and the '80s.\n\nThe minister left in 2001.\n\n"
            "It was built in the 19th century and will last this century.")
    found = [m.text for m in find_dates(text, THU)]
    assert found == ["the 1990s", "the '80s", "2001", "the 19th century", "this century"]


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, MONDAY, JAN. 5, 2015 - Officials met.", "2015-01-05"),
    ("The vote is set for DECEMBER 3, 2024, officials said.", "2024-12-03"),
])
def test_dates_in_capitals_are_still_read(text, expected):
    assert expected in [m.value for m in find_dates(text, Dateline(None, "", "low"))]


def test_patterns_without_capital_names_find_the_same_dates(monkeypatch):
    """A text with no month or weekday name in capitals is scanned with the cheaper patterns."""
    from pathlib import Path

    from factcheck.nlp.temporal import dates

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("fixtures/articles/*"))
             if p.suffix in (".md", ".txt", ".html")]
    texts = [t for t in texts if not dates._capital_names().search(t)]
    anchor = Dateline(date(2024, 12, 27), "test", "high")
    dates._scan.cache_clear()
    cheap = [find_dates(t, anchor) for t in texts]
    monkeypatch.setattr(dates, "_capital_names", lambda: re.compile(""))  # matches anywhere: capitals=True
    dates._scan.cache_clear()
    assert cheap == [find_dates(t, anchor) for t in texts]
    assert len(texts) > 20 and sum(map(len, cheap)) > 100
    dates._scan.cache_clear()


@pytest.mark.parametrize("phrase", ["in the spring", "last Summer", "in the fall", "by autumn 2023", "this Winter",
                                    "yesterday", "Today", "the day after tomorrow", "tonight", "Last night"])
def test_a_date_in_a_block_of_its_own_on_a_long_page_is_found(phrase):
    filler = "\n\n".join("The council met and voted on the budget." for _ in range(40))
    text = f"{filler}\n\nIt happened {phrase}, officials said.\n\n{filler}"
    found = [m.text for m in find_dates(text, Dateline(date(2024, 6, 12), "t", "high"))]
    assert any(phrase.lower() in f.lower() or f.lower() in phrase.lower() for f in found), found


def test_patterns_for_a_text_find_what_the_full_ones_find():
    """The date patterns built for one text (only the month, weekday, number, holiday and reference
    forms it holds, issue 10) match exactly as the full ones over every article and real page."""
    import gzip
    from pathlib import Path

    from factcheck.nlp.temporal import dates

    fixtures = Path(__file__).parents[1] / "fixtures"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((fixtures / "articles").iterdir())
             if p.is_file()]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")
             for p in sorted((fixtures / "realpages").glob("*.gz"))]
    texts += [re.sub(r"<(script|style)\b.*?</\1>|<[^>]*>", " ", page, flags=re.S | re.I) for page in pages]
    extras = ["ON MONDAY, JAN. 5, 2015, three days ago, Christmas Eve", "", "May 2024 and Tues. the 3rd"]
    texts += extras
    for text in texts:
        for capitals in {dates._capital_names().search(text) is not None, text in extras}:  # as find_dates picks
            full = dates._patterns(capitals)
            mine = dates._patterns(capitals, dates._present_forms(text, capitals))  # whatever its length
            assert [(k, c) for k, _, c in mine] == [(k, c) for k, _, c in full]
            for (_, rx, _), (_, whole, _) in zip(mine, full):
                assert rx == whole or [m.span() + (m.groupdict(),) for m in re.finditer(rx, text)] == \
                    [m.span() + (m.groupdict(),) for m in re.finditer(whole, text)]
    assert len(texts) > 200
