"""The temporal checks on the seed and on documents with metadata (the fixture file covers the rest)."""
from __future__ import annotations

from datetime import date

import pytest

from factcheck.analysis import Analysis
from factcheck.checks import all_checks
from factcheck.checks.temporal import __register__
from factcheck.model import DateSignal, Document, Options
from conftest import need_shared

TODAY = date(2026, 11, 25)


def findings(text: str, dateline: date | None = None, signals=()):
    analysis = Analysis(Document(source="t", text=text, date_signals=signals), Options(dateline=dateline, today=TODAY))
    return [f for check in __register__ for f in check.run(analysis)]


def test_seed_flags_took_office_with_a_message_a_journalist_understands():
    found = findings(need_shared("seed", "kursk-article.txt").read_text(encoding="utf-8"))
    tense = [f for f in found if f.rule == "tense-vs-dateline"]
    assert len(tense) == 1 and {f.rule for f in found} == {"tense-vs-dateline", "title-anachronism"}
    message = tense[0].message
    assert "2024-12-26" in message and "Thursday, December 26" in message and "January 20 (2025)" in message
    assert "took office" in message and "President-elect" in message
    assert tense[0].sentence.startswith("This period is crucial") or "took office" in tense[0].sentence


def test_weekday_message_names_right_weekday_and_fitting_years():
    (f,) = findings("Negotiators will meet again on Monday, January 7, in Geneva.", date(2024, 12, 26))
    assert f.rule == "weekday-mismatch" and "Tuesday" in f.message and "2019" in f.message


def test_conflict_reported_once_with_both_dates():
    text = "The strikes began late on Tuesday, December 3, and continued this week."
    found = findings(text, signals=(DateSignal("2026-11-21", "json-ld datePublished"),))
    (f,) = [f for f in found if f.rule == "dateline-conflict"]
    assert "2026-11-21" in f.message and "2024-12-03" in f.message


def test_missing_dateline_is_info():
    (f,) = findings("The council voted to close the library.")
    assert f.rule == "dateline-missing" and f.severity == "info"


def test_every_check_documents_why():
    for check in __register__:
        assert all_checks()[check.id] is check
        assert len(check.explanation.split()) > 20, check.id


_EDGE_TEXT = ("WASHINGTON, Dec. 26, 2024 — President Trump said on Friday that talks ended 3 days ago. "
              "The rock formed 900000 years ago, or 99999999999999999999 days ago, said the man who left last Monday. "
              "The meeting on Thursday, December 26, ended. The probe reached Jupiter in April 2030. "
              "President Trump says he will run. President-elect Trump, who took office on January 20, spoke.")


@pytest.mark.parametrize("dateline, signals", [
    (None, (DateSignal("0001-01-01T00:00", "json-ld datePublished"),
            DateSignal("0001-01-01T00:00", "json-ld dateModified"))),  # a CMS placeholder (real pages)
    (None, (DateSignal("9999-12-31", "meta article:published_time"),)),
    (None, (DateSignal("1970-01-01", "json-ld datePublished"),)),
    (date(1, 1, 1), ()),
    (date(9999, 12, 31), ()),
])
def test_dates_at_the_edge_of_the_calendar_do_not_crash(dateline, signals):
    findings(_EDGE_TEXT, dateline, signals)
    findings("No dates here.", dateline, signals)


def test_a_placeholder_metadata_date_is_no_dateline():
    signals = (DateSignal("0001-01-01T00:00", "json-ld datePublished"),)
    analysis = Analysis(Document(source="t", text="The council met.", date_signals=signals), Options(today=TODAY))
    assert analysis.dateline.date is None


# Metadata and every weekday pair agree: a later event told in the past tense is the text's error,
# not a reason to move the dateline (which would also turn a correct "-elect" title into an anachronism).
@pytest.mark.parametrize("text, published, flagged", [
    ("Senator-elect Jane Roe toured the Capitol on Wednesday, November 9, a day after the vote. "
     "She was sworn in on January 3, 2017, with her family beside her.", "2016-11-09", "She was sworn in"),
    ("Prime Minister-designate Anna Berg met the outgoing premier on Tuesday, May 12, and on Friday, "
     "May 15, she named her cabinet. Berg took office on June 1, 2021, with a narrow majority.",
     "2020-05-15", "Berg took office"),
])
def test_a_later_past_event_never_moves_an_agreed_dateline(text, published, flagged):
    signals = (DateSignal(published, "json-ld datePublished"),)
    found = findings(text, signals=signals)
    assert [(f.rule, f.sentence.startswith(flagged)) for f in found] == [("tense-vs-dateline", True)]


@pytest.mark.parametrize("signals", [(DateSignal("2023-03-14", "json-ld datePublished"),), ()])
def test_the_odd_pair_is_the_mismatch_not_a_new_dateline(signals):
    head = "" if signals else "LEEDS, March 14, 2023 — "
    text = (head + "The union told a hearing on Friday, March 9, that the cuts were unfair. "
            "A ruling on costs is due on Tuesday, March 21.")
    found = findings(text, signals=signals)
    assert [(f.rule, f.sentence.split(" on ")[0]) for f in found] == [("weekday-mismatch", head + "The union told a hearing")]


@pytest.mark.parametrize("text, flagged", [
    ("Update: The vote was held in June 2021 and the measure passed.", False),
    ("Clarification: The school changed its name in August 2021.", False),
    ("Editor's note — The company filed for bankruptcy in July 2021.", False),
    ("Correction: An earlier version misspelled a name. The school changed its name in August 2021.", False),
    ("The company collapsed in July 2021.", True),
    ("Update: nothing new.\nThe company collapsed in July 2021.", True),
    ("The city will open its new library in May 2019, the mayor said.", True),
    ("The city will review its spending in May 2019, the mayor said.", False),
    ("The city will open its new library in 2019, the mayor said.", False),
])
def test_notes_written_later_and_verbs_dated_by_month(text, flagged):
    rules = [f.rule for f in findings(text, date(2021, 3, 10))]
    assert rules == (["tense-vs-dateline"] if flagged else [])
