"""resolve_dateline and dateline_conflict: the document's "now" from every signal it gives."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from factcheck.model import Dateline, DateSignal, Document
from factcheck.nlp.temporal import dateline_conflict, resolve_dateline
from factcheck.nlp.temporal.dateline import _majority
from factcheck.nlp.temporal.dates import find_dates
from conftest import need_shared

TODAY = date(2026, 11, 25)
STAMP = DateSignal("2026-11-22", "relative stamp '3 days ago' (fetched 2026-11-25)", weak=True)


def resolve(text: str, *signals: DateSignal, explicit: date | None = None):
    doc = Document(source="t", text=text, date_signals=signals, fetched_at=datetime(2026, 11, 25, 9))
    return resolve_dateline(doc, [], explicit=explicit, today=TODAY)


@pytest.mark.parametrize("signals", [(), (STAMP,)])
def test_seed_dateline_comes_from_its_own_text(signals):
    dl = resolve(need_shared("seed", "kursk-article.txt").read_text(encoding="utf-8"), *signals)
    assert (dl.date, dl.latest) == (date(2024, 12, 26), date(2024, 12, 31))
    assert "Thursday, December 26" in dl.basis and "2024" in dl.basis


@pytest.mark.parametrize("text, signals, explicit, expected, confidence", [
    ("Talks ended.", (), date(2024, 3, 1), date(2024, 3, 1), "high"),
    ("Talks ended on Friday.", (DateSignal("2023-05-05", "json-ld datePublished"),), None,
     date(2023, 5, 5), "high"),
    # the pair fits 2019 as well as 2024: the metadata year decides
    ("Putin said on Thursday, December 26, that he knew nothing.",
     (DateSignal("2019-12-27", "meta article:published_time"),), None, date(2019, 12, 27), "high"),
    ("Putin said on Thursday, December 26, that he knew nothing.", (), None, date(2024, 12, 26), "medium"),
    # a written past year the pair must agree with
    ("The deal signed in 2013 collapsed. Putin said on Thursday, December 26, that he knew nothing.", (), None,
     date(2024, 12, 26), "medium"),
    ("The plant opened on Sunday.", (STAMP,), None, date(2026, 11, 22), "low"),
    ("The accord was signed on March 3, 2021, in Geneva.", (), None, date(2021, 3, 3), "low"),
    ("The council met and voted.", (), None, None, "low"),
])
def test_signals(text, signals, explicit, expected, confidence):
    dl = resolve(text, *signals, explicit=explicit)
    assert (dl.date, dl.confidence) == (expected, confidence)


def test_pairs_that_disagree_take_the_majority_year():
    dl = resolve("On Tuesday, December 3, the court ruled. On Friday, December 6, it adjourned. "
                 "On Friday, December 7, it met.")
    assert dl.date.year == 2024


def test_repeated_pairs_give_the_majority_year_and_keep_every_copy():
    text = ("On Tuesday, December 3, the court ruled. On Friday, December 6, it adjourned. "
            "On Friday, December 7, it met.\n\n")
    once, thrice = resolve(text), resolve(text * 3)
    assert (thrice.date, thrice.latest) == (once.date, once.latest) and once.date.year == 2024
    pairs = [m for m in find_dates(text * 3, Dateline(None, "", "low")) if m.weekday is not None]
    group = _majority(pairs, TODAY, 0)
    assert len(group) == 6 and sum(p.value.endswith("12-07") for p in group) == 0


def test_conflict_between_metadata_and_text():
    text = "The strikes began late on Tuesday, December 3, and continued this week."
    doc = Document(source="t", text=text, date_signals=(DateSignal("2026-11-21", "json-ld datePublished"),))
    conflict = dateline_conflict(doc, [], TODAY)
    assert conflict is not None and conflict.first == date(2026, 11, 21) and conflict.second.year == 2024
    assert resolve_dateline(doc, [], explicit=None, today=TODAY).date == date(2024, 12, 3)


@pytest.mark.parametrize("text, published", [
    # one pair whose weekday is wrong for the metadata's year, its day already past in that year: a slip
    ("The board president received the emailed threat at 10:01 p.m. on Sunday, Dec. 14. Schools reopened "
     "the next day.", "2016-12-18"),
    # the same for a day still to come, told as still to come
    ("The inquiry will report on Friday, March 21, its chairwoman said.", "2023-03-14"),
])
def test_one_weekday_slip_does_not_outweigh_metadata(text, published):
    doc = Document(source="t", text=text, date_signals=(DateSignal(published, "front matter date"),))
    dateline = resolve_dateline(doc, [], explicit=None, today=TODAY)
    assert dateline.date == date.fromisoformat(published) and dateline.confidence == "medium", dateline
    assert dateline_conflict(doc, [], TODAY) is not None  # the slip is still reported


@pytest.mark.parametrize("signals", [
    (DateSignal("2024-12-05", "json-ld datePublished"),),
    (DateSignal("2024-12-05", "json-ld datePublished"), DateSignal("2024-12-05T10:00", "meta")),
    (),
])
def test_no_conflict_when_signals_agree(signals):
    doc = Document(source="t", text="The strikes began late on Tuesday, December 3.", date_signals=signals)
    assert dateline_conflict(doc, [], TODAY) is None


def test_two_metadata_dates_conflict():
    doc = Document(source="t", text="No dates here.", date_signals=(
        DateSignal("2024-12-05", "json-ld datePublished"), DateSignal("2026-01-09", "meta article:published_time")))
    assert dateline_conflict(doc, [], TODAY).second == date(2026, 1, 9)


@pytest.mark.parametrize("policy, expected", [
    ("infer", date(2024, 12, 3)), ("text", date(2024, 12, 3)), ("metadata", date(2026, 11, 21))])
def test_policy_decides_a_conflict(policy, expected):
    doc = Document(source="t", text="The strikes began late on Tuesday, December 3.",
                   date_signals=(DateSignal("2026-11-21", "json-ld datePublished"),))
    assert resolve_dateline(doc, [], explicit=None, today=TODAY, policy=policy).date == expected


@pytest.mark.parametrize("text, expected, shown", [
    ("WASHINGTON, Dec. 26, 2024 — Trump met aides.", date(2024, 12, 26), "WASHINGTON, Dec. 26, 2024"),
    ("KYIV (Reuters) -\nDecember 26, 2024\nUkraine said on Thursday that it held.", date(2024, 12, 26),
     "December 26, 2024"),
    ("Published: March 3, 2023 at 10:05 a.m.\n\nThe council voted.", date(2023, 3, 3), "Published: March 3, 2023"),
    # a state, province or country between the city and the date
    ("SPRINGFIELD, Ill., May 9, 2011 — The governor vetoed the bill.", date(2011, 5, 9),
     "SPRINGFIELD, Ill., May 9, 2011"),
    ("BOULDER, Colo., Feb. 3, 2010 -- Researchers said the glacier had shrunk.", date(2010, 2, 3),
     "BOULDER, Colo., Feb. 3, 2010"),
    ("SAN JOSE, Costa Rica, Jan. 4, 2012 – The volcano erupted.", date(2012, 1, 4),
     "SAN JOSE, Costa Rica, Jan. 4, 2012"),
    ("Mill closes\n\nCANTON, Ohio, April 7, 2003 - The steel mill will shut next month.", date(2003, 4, 7),
     "CANTON, Ohio, April 7, 2003"),
])
def test_date_line_at_the_top(text, expected, shown):
    dl = resolve(text)
    assert dl.date == expected and shown in dl.basis


def test_date_line_conflicts_with_metadata():
    doc = Document(source="t", text="WASHINGTON, Dec. 26, 2024 — talks.",
                   date_signals=(DateSignal("2026-11-21", "json-ld datePublished"),))
    assert dateline_conflict(doc, [], TODAY).second == date(2024, 12, 26)


def test_a_later_modified_date_is_no_conflict():
    doc = Document(source="t", text="The council met on Wednesday, Nov. 18.", date_signals=(
        DateSignal("2026-11-19", "json-ld datePublished"), DateSignal("2026-11-23", "json-ld dateModified")))
    assert dateline_conflict(doc, [], TODAY) is None
    assert resolve_dateline(doc, [], explicit=None, today=TODAY).date == date(2026, 11, 19)


def test_a_year_that_qualifies_a_noun_is_no_floor():
    text = ("Organizers said on Tuesday, Feb. 9, 2021, that the festival was postponed. "
            "The team has already qualified for a state arts grant for 2022.")
    assert resolve(text).date == date(2021, 2, 9)


# False alarms found on real pages: none of these is a conflict, and the metadata date is the dateline.
@pytest.mark.parametrize("text, signals", [
    # a <time datetime> elsewhere in the page (a comment, a related article, a modified time)
    ("The law took effect this week.", (DateSignal("2019-11-08", "json-ld datePublished"),
                                        DateSignal("2019-11-13", "time datetime"))),
    ("Try these snacks this Sunday.", (DateSignal("2018-01-29", "meta article:published_time"),
                                       DateSignal("2019-02-01", "time datetime"))),
    # a second itemprop datePublished (a sidebar article's)
    ("The list came out on Monday.", (DateSignal("2018-09-24", "itemprop datePublished"),
                                      DateSignal("2018-10-05", "itemprop datePublished"))),
    ("The store opened.", (DateSignal("2018-08-23", "meta article:published_time"),
                           DateSignal("2018-08-28", "itemprop datePublished"))),
    # updates are normal
    ("The council met.", (DateSignal("2019-11-19", "json-ld datePublished"),
                          DateSignal("2020-03-02", "meta article:modified_time"),
                          DateSignal("2020-03-02", "meta og:updated_time"))),
    # pairs that fit the metadata's year: an upcoming concert, an older event of the same year
    ("The band will play Blossom Music Center on Friday, Dec. 6, with Michael McDonald.",
     (DateSignal("2019-11-19", "json-ld datePublished"),)),
    ("The girl was taken from her home on Saturday, May 18, and found alive a day later, police said.",
     (DateSignal("2019-11-19", "json-ld datePublished"),)),
    # a pair just across the new year
    ("The storm hit on Monday, Dec. 30, and the roads reopened today.",
     (DateSignal("2020-01-02", "json-ld datePublished"),)),
])
def test_compatible_signals_are_no_conflict(text, signals):
    doc = Document(source="t", text=text, date_signals=signals)
    assert dateline_conflict(doc, [], TODAY) is None
    assert resolve_dateline(doc, [], explicit=None, today=TODAY).date == date.fromisoformat(signals[0].value)


def test_an_updated_date_line_is_no_conflict():
    doc = Document(source="t", text="Updated: March 9, 2024\n\nThe council voted on Tuesday.",
                   date_signals=(DateSignal("2024-02-20", "json-ld datePublished"),))
    assert dateline_conflict(doc, [], TODAY) is None


def test_pairs_that_fit_only_another_year_still_conflict():
    doc = Document(source="t", text="The band played on Friday, Dec. 6, to a full house.",
                   date_signals=(DateSignal("2026-11-19", "json-ld datePublished"),))
    conflict = dateline_conflict(doc, [], TODAY)
    assert conflict is not None and conflict.second.year == 2024


def test_a_pair_a_year_before_the_metadata_conflicts():
    doc = Document(source="t", text="A storm dropped a foot of snow late on Wednesday, January 15, and closed schools.",
                   date_signals=(DateSignal("2026-01-16", "json-ld datePublished"),))
    conflict = dateline_conflict(doc, [], TODAY)
    assert conflict is not None and conflict.second == date(2025, 1, 15)


@pytest.mark.parametrize("stamp, latest", [
    ("relative stamp '3 days ago' (fetched 2026-11-25)", date(2026, 11, 22)),
    ("relative stamp 'four years ago' (fetched 2026-11-25)", None),  # a date to within a year: no upper bound
])
def test_a_coarse_relative_stamp_gives_no_upper_bound(stamp, latest):
    dl = resolve("The plant opened.", DateSignal("2026-11-22", stamp, weak=True))
    assert dl.date == date(2026, 11, 22) and dl.latest == latest


def test_a_draft_schedule_may_name_a_day_still_to_come():
    # written on the clock's day (2026-11-25) about a concert on Sunday, Dec. 6, 2026
    dl = resolve("The band will play the Blossom Music Center on Sunday, Dec. 6, the promoter said.")
    assert dl.date == TODAY and dl.confidence == "low"
    assert resolve("The band played the Blossom Music Center on Sunday, Dec. 6.").date == date(2020, 12, 6)


def test_a_visible_stamp_elsewhere_on_the_page_is_no_rival():
    doc = Document(source="t", text="The council met.", date_signals=(
        DateSignal("2019-11-19", "json-ld datePublished"),
        DateSignal("2018-03-02", "visible stamp 'Published March 2, 2018'")))
    assert dateline_conflict(doc, [], TODAY) is None


@pytest.mark.parametrize("text, expected", [
    # a deadline ("by") is no past event; a document's own date ("dated") is
    ("Tenants have been told to leave by April 13, 2025. The letters, dated March 17, 2025, were signed "
     "by the housing director.", date(2025, 3, 17)),
    ("The agency was told to finish the review by June 30, 2025, and has not started.", None),
])
def test_latest_past_event_skips_deadlines(text, expected):
    assert resolve(text).date == expected


@pytest.mark.parametrize("text, published", [
    ("Senator-elect Jane Roe toured the Capitol on Wednesday, November 9. She was sworn in on January 3, 2017.",
     "2016-11-09"),
    ("The premier-designate met her predecessor on Tuesday, May 12. She took office on June 1, 2021.", "2020-05-12"),
])
def test_agreeing_metadata_and_pairs_outweigh_a_later_past_event(text, published):
    doc = Document(source="t", text=text, date_signals=(DateSignal(published, "json-ld datePublished"),))
    assert resolve_dateline(doc, [], explicit=None, today=TODAY).date == date.fromisoformat(published)
    assert dateline_conflict(doc, [], TODAY) is None
    assert resolve(text).date.year > int(published[:4])  # with nothing stronger, the later event still bounds it


@pytest.mark.parametrize("text, signals, expected", [
    # one pair fits the metadata's year, the other fits none near it: a typo, not a rival dateline
    ("The union told a hearing on Friday, March 9, that the cuts were unfair. A ruling is due on "
     "Tuesday, March 21.", (DateSignal("2023-03-14", "json-ld datePublished"),), date(2023, 3, 14)),
    # the same with a date line at the top instead of metadata
    ("LEEDS, March 14, 2023 — The union told a hearing on Friday, March 9, that the cuts were unfair. "
     "A ruling is due on Tuesday, March 21.", (), date(2023, 3, 14)),
    # a date line outranks a later past year that the year-less pair would otherwise have to follow
    ("BERLIN, Oct. 5, 2017 - The carmaker said on Wednesday, October 4, that it would recall vans. "
     "It closed its Asian plant in June 2019.", (), date(2017, 10, 5)),
    # a schedule that agrees with the metadata year; an early "will ... in May 2019" is the text's error
    ("The final will be played on Saturday, April 30. The club will move to its new ground in May 2019.",
     (DateSignal("2022-03-03", "front matter date"),), date(2022, 3, 3)),
])
def test_metadata_and_most_pairs_agree(text, signals, expected):
    dl = resolve(text, *signals)
    assert dl.date == expected
    doc = Document(source="t", text=text, date_signals=signals)
    assert dateline_conflict(doc, [], TODAY) is None


# --- issue 11: which signal wins on real pages ---
PUBLISHED = DateSignal("2019-11-08T15:30", "json-ld datePublished")
MODIFIED = DateSignal("2019-11-13T10:28", "json-ld dateModified")
UNDER_HEADLINE = DateSignal("2019-11-19", "visible date under the headline: Nov. 19, 2019")
URL_DATE = DateSignal("2015-03-18", "date in the URL 'https://example.com/2015/03/18/dam.html'")


@pytest.mark.parametrize("signals, expected, basis_start", [
    ((MODIFIED, PUBLISHED), date(2019, 11, 8), "json-ld datePublished"),
    ((DateSignal("2018-05-01", "json-ld dateCreated"), UNDER_HEADLINE), date(2019, 11, 19), "visible date"),
    ((DateSignal("2018-05-01", "time datetime"), URL_DATE), date(2015, 3, 18), "date in the URL"),
    # a UTC stamp after midnight while the page shows the evening before: the page's local date
    ((DateSignal("2019-11-20T01:12", "json-ld datePublished"), UNDER_HEADLINE), date(2019, 11, 19), "visible"),
    # the same stamp with no local signal keeps the date it was written with
    ((DateSignal("2019-11-20T01:12", "json-ld datePublished"),), date(2019, 11, 20), "json-ld datePublished"),
    ((DateSignal("2019-11-13", "visible updated date under the headline: Nov 13, 2019"), PUBLISHED),
     date(2019, 11, 8), "json-ld datePublished"),
])
def test_signal_order_on_real_pages(signals, expected, basis_start):
    dl = resolve("The council met.", *signals)
    assert dl.date == expected and dl.basis.startswith(basis_start), dl


def test_url_date_beats_the_latest_dated_past_event():
    dl = resolve("The dam opened on May 5, 1935, and was rebuilt on June 2, 1990.", URL_DATE)
    assert dl.date == date(2015, 3, 18)


def test_a_saved_file_with_only_a_relative_stamp_says_so():
    weak = DateSignal("", "relative stamp '5 days ago' (no fetch time to count from)", weak=True)
    doc = Document(source="saved.html", text="The council met.", date_signals=(weak,))
    dl = resolve_dateline(doc, [], explicit=None, today=TODAY)
    assert dl.date is None and "only a weak stamp" in dl.basis and "5 days ago" in dl.basis
