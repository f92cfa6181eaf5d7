"""Per-quantity alignment and agreement: each claim figure against the corpus figure playing the same role.

Cases are real newswire sentences (TimeBank/AQUAINT, FNC-1 bodies, the issue-9 reports) and a retelling
with one planted change; the verdict must come from the changed figure, never from a shared one.
"""
from __future__ import annotations

import json
from datetime import date

import pytest

from factcheck.corpus.ingest import build_corpus
from factcheck.model import Document, Options
from factcheck.nlp.numbers import agree, find_numbers, same_quantity
from factcheck.pipeline import check_document

RULES = ("corpus-number-mismatch", "corpus-date-mismatch")

# (corpus sentence, its date, article sentence, article date, verdict, the pair that decides it)
CASES = [
    ("The president also has offered to help offset Jordan's costs because 40 percent of its exports go to "
     "Iraq and 90 percent of its oil comes from there.", "1990-08-16",
     "Jordan's costs are high because 90 percent of its exports go to Iraq and 40 percent of its oil comes "
     "from there.", "1990-08-17", "contradicted", ("90 percent", "40 percent")),
    ("The rate on six-month Treasury bills slipped to 5.92 percent from 5.93 percent, the Federal Reserve said.",
     "1998-02-06",
     "The rate on six-month Treasury bills slipped to 5.82 percent from 5.93 percent, the Federal Reserve said.",
     "1998-02-07", "contradicted", ("5.82 percent", "5.92 percent")),
    ("Labour won 411 of the 650 seats in the House of Commons on July 4.", "2024-07-05",
     "Labour won 412 of the 650 seats in the House of Commons on July 4.", "2024-07-06", "contradicted",
     ("412 seats", "411 seats")),
    ("Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.",
     "1989-11-02", "Sales in the latest period were $1.76 million, a 13% increase from last year's $1.55 billion.",
     "1989-11-03", "contradicted", ("$1.76 million", "$1.76 billion")),
    ("The panel also will look at the exodus of about 2 million Rwanda Hutus to neighboring countries.",
     "1998-02-27", "The panel will also examine the exodus of about 2 billion Rwanda Hutus to neighbouring "
     "countries.", "1998-02-28", "contradicted", ("about 2 billion", "about 2 million")),
    ("There are 200 soldiers and civilians participating in the seven-day event at Camp Edwards on Joint Base "
     "Cape Cod.", "2014-10-20", "About 2,000 soldiers and civilians are taking part in the seven-day event at "
     "Camp Edwards on Joint Base Cape Cod.", "2014-10-21", "contradicted", ("about 2,000 soldiers and civilians", "200 soldiers and civilians")),
    ("Unisys said that should help it save $500 million a year in costs, again at the high end of the "
     "previously reported range of $400 million to $500 million.", "1989-10-30",
     "Unisys expects the cuts to save $450 million a year, within the previously reported range of $400 million "
     "to $500 million.", "1989-10-31", "contradicted", ("$450 million per year", "$500 million per year")),
    ("Third-quarter loan originations dropped sharply to $663 million from $1 billion a year ago.", "1989-10-30",
     "Loan originations in the third quarter fell from $1 billion a year ago to $663 million.", "1989-10-31",
     "supported", ("$663 million", "$663 million")),
    ("The board grew from 16 members to 19 after the merger, the company said.", "2001-05-02",
     "After the merger the board grew from 16 members to 19, the company said.", "2001-05-03", "supported",
     ("16 members", "16 members")),
    ("Net sales for this year's third quarter were $14 million, down from $21.4 million last year.", "1989-11-01",
     "Net sales in last year's third quarter were $21.4 million.", "1989-11-02", "supported",
     ("$21.4 million", "$21.4 million")),
    ("Society Corp. agreed in June to buy Trustcorp for 12.4 million shares of stock with a market value of "
     "$538.5 million.", "1989-10-30", "Society Corp. agreed in June to buy Trustcorp for 12.4 million shares "
     "worth about $540 million.", "1989-10-31", "supported", ("about $540 million", "$538.5 million")),
    ("Ethnic Albanians comprise 90 percent of the population in Kosovo, but Serbs maintain control through a "
     "large military and police presence.", "1998-03-08", "Ethnic Albanians make up 90 percent of Kosovo's "
     "population, yet Serbs keep control through a big military and police presence.", "1998-03-09",
     "supported", ("90 percent population", "90 percent")),
    ("WASHINGTON, March 12 (Xinhua) -- Poland, Hungary and the Czech Republic Friday formally joined NATO at a "
     "ceremony held in the city of Independence, Missouri.", "1999-03-13",
     "Poland, Hungary and the Czech Republic formally joined NATO on March 12, 1998, at a ceremony in "
     "Independence, Missouri.", "1999-03-14", "contradicted", ("March 12, 1998", "March 12")),
    ("On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference in a "
     "building adjacent to the embassy.", "1998-08-26", "Yesterday, Bushnell, Trade Minister Joseph Kimotho and "
     "others had just ended a news conference in a building next to the embassy.", "1998-08-08", "supported",
     ("Yesterday", "Aug. 7")),
    ("On Aug. 7, Bushnell, Trade Minister Joseph Kimotho and others had just ended a news conference in a "
     "building adjacent to the embassy.", "1998-08-26", "Last Thursday, Bushnell, Trade Minister Joseph Kimotho "
     "and others had just ended a news conference in a building adjacent to the embassy.", "1998-08-12",
     "contradicted", ("Last Thursday", "Aug. 7")),
    ("The unemployment rate remained at 4.7 percent last month, the Labor Department said.", "1998-02-06",
     "The unemployment rate remained at 4.6 percent last month, the Labor Department said.", "1998-02-07",
     "contradicted", ("4.6 percent", "4.7 percent")),
    ("The Pentagon said about 4,000 soldiers would be sent to the region.", "2003-01-10",
     "The Pentagon said about 40,000 soldiers would be sent to the region.", "2003-01-11", "contradicted",
     ("about 40,000 soldiers", "about 4,000 soldiers")),
    # "Oct. 23" on both sides, each filled in with its own year: no year was written, so no contradiction
    ("The ceasefire between Israel and Hezbollah took effect on Oct. 23, officials in Beirut said.", "2025-04-01",
     "The ceasefire between Israel and Hezbollah took effect on Oct. 23, officials in Beirut said.", "2025-12-01",
     "supported", ("Oct. 23", "Oct. 23")),
    # the same party under another form of its name
    ("The Conservative Party won 121 seats, its worst result in its history, according to final results.",
     "2024-07-05", "The Conservatives won 112 seats, their worst result in their history, according to final "
     "results.", "2024-07-06", "contradicted", ("112 seats", "121 seats")),
    # another entity, another period: no contradiction
    ("The GM move follows Tuesday's declaration by Ford, which holds an unwelcome 12.45% stake in Jaguar, that "
     "it is prepared to bid for the entire company.", "1989-10-27",
     "General Motors holds a 10% stake in Jaguar, people familiar with the matter said.", "1989-10-28",
     "unverified", None),
    ("NHIS estimates that 44.3 million non-elderly were uninsured in 2013, the year before Obamacare was fully "
     "implemented.", "2015-03-10", "About 41 million non-elderly were uninsured in 2015, according to NHIS "
     "estimates.", "2015-03-11", "unverified", None),
    # a change ("a 34% profit gain") is compared with a change, and the $106 million beside it ties the two
    ("However, Aetna's employee benefits division posted a 34% profit gain to $106 million.", "1989-10-30",
     "The company's employee benefits division posted a 43% profit gain to $106 million.", "1989-11-02",
     "contradicted", ("43% profit", "34% profit")),
    ("Since then, 427 fugitives have been taken into custody or located, 133 of them as a result of citizen "
     "assistance, the FBI said.", "1999-06-07", "Of the 427 fugitives taken into custody or located since the "
     "list began, 134 were found thanks to tips from citizens.", "1999-06-10", "unverified", None),
    ("Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags.", "1998-03-08",
     "On Saturday, some 1,500 ethnic Albanians marched through central Istanbul, burning Serbian flags.",
     "1998-03-10", "contradicted", ("Saturday", "Sunday")),  # a Saturday of any week is no Sunday
    ("Also Sunday, more than 2,000 Catholic protesters rallied in Portadown against the annual parades.",
     "1998-03-22", "More than 20,000 Catholic protesters rallied in Portadown against the annual parades.",
     "1998-03-25", "contradicted", ("more than 20,000 protesters", "more than 2,000 protesters")),
]


@pytest.mark.parametrize("corpus_text, corpus_date, claim, claim_date, verdict, pair", CASES,
                         ids=[f"{c[4]}-{i}" for i, c in enumerate(CASES)])
def test_verdict_comes_from_the_aligned_figure(tmp_path, corpus_text, corpus_date, claim, claim_date, verdict,
                                               pair):
    source = tmp_path / "corpus.jsonl"
    source.write_text(json.dumps({"text": corpus_text, "source": "wire", "date": corpus_date}) + "\n")
    db = tmp_path / "corpus.db"
    build_corpus(str(db), [str(source)])
    result = check_document(Document(source="case", text=claim),
                            Options(corpus=str(db), dateline=date.fromisoformat(claim_date), select=RULES))
    claims = result.claims or []
    got = claims[0].verdict if claims else "unverified"
    assert got == verdict, [f.message for f in result.findings]
    if pair is not None:
        pairs = [(p.claim, p.evidence) for p in claims[0].pairs]
        assert pair in pairs, pairs
        assert all(p.agree == (verdict == "supported") for p in claims[0].pairs if (p.claim, p.evidence) == pair)
        assert {"claim", "evidence", "agree"} <= set(claims[0].to_json()["pairs"][0])


# (figure as written in one sentence, figure in the other, same quantity?, agree?)
AGREEMENT = [
    ("revenue of $12.97 million", "revenue of $12.97 billion", True, False),
    ("about 2 million Rwanda Hutus", "about 2 billion Rwanda Hutus", True, False),
    ("40,000 soldiers", "4,000 soldiers", True, False),
    ("86 armed men", "82 armed men", True, False),
    ("about $540 million", "$538.5 million", True, True),
    ("save $450 million a year", "save $500 million a year", True, False),
    ("some 44 million non-elderly", "44.3 million non-elderly", True, True),
    ("over 54 million copies", "about 45 million copies", True, False),
    ("roughly $90 million", "about $92 million", True, True),
    ("412 of the 650 seats", "411 of the 650 seats", True, False),
    ("2 million Rwanda Hutus", "2 million shares", False, None),
    ("more than 20,000 protesters", "more than 2,000 protesters", True, False),
    ("more than 12,000 jobs", "more than 21,000 jobs", True, False),
    ("more than 120 jobs", "more than 110 jobs", True, True),
]


@pytest.mark.parametrize("mine, theirs, same, agreed", AGREEMENT, ids=[a[0] for a in AGREEMENT])
def test_agreement_from_the_figure_as_written(mine, theirs, same, agreed):
    a, b = find_numbers(mine)[0], find_numbers(theirs)[0]
    assert same_quantity(a, b) == same
    if same:
        assert agree(a, b) == agreed


@pytest.mark.parametrize("a, b, expected", [
    ("0.28 share", "0.82 share", True),        # digits reordered
    ("150 shares", "105 shares", True),
    ("$1.4 million", "$1.4 billion", True),    # another scale
    ("$1.4 million", "$4.1 billion", False),   # reordered and rescaled: another figure
    ("11 people", "11 people", False),         # the same figure
    ("22 cents", "22 cents", False),
    ("33 cents", "33 dollars", False),         # another unit
    ("1,500 troops", "5,100 troops", True),
])
def test_a_twin_is_one_figure_written_two_ways(a, b, expected):
    from factcheck.corpus.crossref import _twin

    assert _twin(find_numbers(a)[0], find_numbers(b)[0]) is expected
