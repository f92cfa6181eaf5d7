"""Cross-referencing claims against a corpus: verdicts on claim/corpus pairs, the seed, the checks."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from factcheck.corpus.ingest import build_corpus
from factcheck.corpus.subjects import year_spans
from factcheck.model import Document, Options
from factcheck.pipeline import check_document
from conftest import need_shared

ROOT = Path(__file__).resolve().parents[1]
PAIRS = [json.loads(line) for name in ("pairs.jsonl", "heldout.jsonl")
         for line in (ROOT / "fixtures" / "corpus-pairs" / name).read_text().splitlines()]
SEED = ROOT.parent / "shared" / "seed" / "kursk-article.txt"
RULES = ("corpus-number-mismatch", "corpus-date-mismatch")


@pytest.fixture(scope="module")
def pairs_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("pairs")
    source = folder / "pairs.jsonl"
    source.write_text("\n".join(json.dumps(p["corpus"]) for p in PAIRS) + "\n", encoding="utf-8")
    db = folder / "corpus.db"
    build_corpus(str(db), [str(source)])
    return str(db)


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("fixture") / "corpus.db"
    build_corpus(str(db), [str(ROOT / "fixtures" / "corpus")])
    return str(db)


def _verdict(text: str, db: str, dateline: date):
    result = check_document(Document(source="case", text=text), Options(corpus=db, dateline=dateline, select=RULES))
    verdict = result.claims[0].verdict if result.claims else "unverified"
    return verdict, result


def test_there_are_enough_pairs_of_each_kind():
    kinds = {k: sum(p["kind"] == k for p in PAIRS) for k in ("agree", "contradict", "unrelated", "hedged")}
    assert len(PAIRS) >= 40 and min(kinds.values()) >= 8, kinds


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['kind']}-{i}" for i, p in enumerate(PAIRS)])
def test_pair_verdict(pair, pairs_db):
    if pair["claim"] in KNOWN_MISSES:
        pytest.xfail("a known miss (precision over recall)")
    verdict, result = _verdict(pair["claim"], pairs_db, date.fromisoformat(pair["corpus"]["date"]))
    assert verdict == pair["expect"], [f.message for f in result.findings]
    if verdict == "contradicted":
        finding = result.findings[0]
        assert finding.rule in RULES and finding.evidence[0].text == pair["corpus"]["text"]
        assert finding.evidence[0].source == pair["corpus"]["source"]
        assert finding.evidence[0].date == pair["corpus"]["date"]
    if verdict == "supported":
        assert result.claims[0].evidence and not result.findings


KNOWN_MISSES = {  # precision over recall: durations are not compared; loose paraphrases do not contradict
    "The Mont Blanc tunnel will close for about 15 weeks of repairs.",
    "Norway's parliament, with 150 members, voted on the budget.",
}


def test_claims_and_checks_share_one_computation(fixture_db, monkeypatch):
    from factcheck.corpus import crossref

    calls = []
    real = crossref.check_claims
    monkeypatch.setattr(crossref, "check_claims", lambda a: calls.append(1) or real(a))
    text = "Labour won 412 seats in the House of Commons at the general election."
    result = check_document(Document(source="x", text=text),
                            Options(corpus=fixture_db, dateline=date(2024, 7, 10)))
    assert len(calls) == 1
    assert [c.verdict for c in result.claims] == ["contradicted"]
    assert [f.rule for f in result.findings if f.rule in RULES] == ["corpus-number-mismatch"]


def test_without_a_corpus_the_checks_say_nothing():
    text = "Labour won 412 seats in the House of Commons at the general election."
    result = check_document(Document(source="x", text=text), Options(dateline=date(2024, 7, 10), select=RULES))
    assert result.findings == () and result.claims is None


def test_the_seed_shows_its_claims_with_verdicts_and_evidence(fixture_db):
    need_shared("seed", "kursk-article.txt")
    from factcheck.pipeline import load_document

    options = Options(corpus=fixture_db, dateline=date(2024, 12, 28))
    result = check_document(load_document(str(SEED), options), options)
    verdicts = {c.sentence.split(",")[0]: c.verdict for c in result.claims}
    assert verdicts["In the Kursk region"] == "supported"
    supported = [c for c in result.claims if c.verdict == "supported"]
    assert all(e.source and e.date for c in supported for e in c.evidence)
    assert any("January 20, 2025" in e.text for c in result.claims for e in c.evidence)
    assert not [f for f in result.findings if f.rule in RULES]


ALIGNMENT = [json.loads(line) for line in
             (ROOT / "fixtures" / "corpus-pairs" / "alignment.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def alignment_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("alignment")
    source = folder / "alignment.jsonl"
    source.write_text("\n".join(json.dumps(p["corpus"]) for p in ALIGNMENT) + "\n", encoding="utf-8")
    build_corpus(str(folder / "corpus.db"), [str(source)])
    return str(folder / "corpus.db")


@pytest.mark.parametrize("pair", ALIGNMENT, ids=[f"{p['kind']}-{i}" for i, p in enumerate(ALIGNMENT)])
def test_figures_are_aligned_by_owner_role_and_year(pair, alignment_db):
    """Issue 9: openers that are no names, a country and its people, a changed year, another period,
    figures owned by other names, voice changes, "respectively", whom the claim is about, weekdays and
    months named relative to each side's own date, and open bounds met only from far away."""
    dateline = pair.get("dateline") or pair["corpus"]["date"]
    verdict, result = _verdict(pair["claim"], alignment_db, date.fromisoformat(dateline))
    expect = pair["expect"]
    if expect.startswith("not "):
        assert verdict != expect[4:], [f.message for f in result.findings]
    else:
        assert verdict == expect, [f.message for f in result.findings]


@pytest.mark.parametrize("text, reference, expected", [
    ("The strike began Tuesday.", "2021-11-17", [("Tuesday", "2021-11-16")]),
    ("The strike began Wednesday.", "2021-11-17", [("Wednesday", "2021-11-17")]),
    ("The strike began last Wednesday.", "2021-11-17", [("last Wednesday", "2021-11-10")]),
    ("Talks resume today after they broke down yesterday.", "2021-11-17",
     [("today", "2021-11-17"), ("yesterday", "2021-11-16")]),
    ("The strike began Tuesday.", None, []),
    ("CBS News first reported last night that the tomb may hold him.", "1998-01-20", [("last night", "1998-01-19")]),
    ("He will speak tonight.", "1998-01-20", [("tonight", "1998-01-20")]),
    ("On Tuesday, the league plans to hold a news conference.", "1998-10-26", [("Tuesday", "1998-10-27")]),
    ("The talks will resume Monday, a day late.", "1998-10-28", [("Monday", "1998-11-02")]),
    ("Just two days ago, the rebels claimed the dam.", "2021-11-17", [("two days ago", "2021-11-15")]),
    ("On Tuesday, he said he would resign.", "1998-10-26", [("Tuesday", "1998-10-20")]),
])
def test_corpus_sentences_date_their_relative_days(text, reference, expected):
    from factcheck.corpus.facts import extract

    facts = extract(text, reference)
    assert [(text[s:e], v) for s, e, v in facts.dates] == expected


STORY = [  # two stories of one day from one desk file, each a run of lines of one source
    {"text": "Harlan Pipe Inc. said it will close two plants in Oklahoma.", "source": "wire-0412", "date": "2021-03-04"},
    {"text": "The Tulsa company said it lost $4.1 million, or 38 cents a share, in the quarter.",
     "source": "wire-0412", "date": "2021-03-04"},
    {"text": "Sales fell to $61.2 million from $66.9 million.", "source": "wire-0412", "date": "2021-03-04"},
    {"text": "Orrin Steel Corp. said it will build a mill in Ohio.", "source": "wire-0413", "date": "2021-03-04"},
    {"text": "Net was $7.4 million, or 22 cents a share, down from $32.3 million, or 86 cents a share.",
     "source": "wire-0413", "date": "2021-03-04"},
    {"text": "Vance Textile Inc. said third-quarter profit fell to $12.6 million.", "source": "wire-0414",
     "date": "2021-03-04"},
    {"text": "Dunmore Tool Co. said it will cut 200 jobs.", "source": "wire-0415", "date": "2021-03-04"},
    {"text": "The company has about 31 million shares outstanding.", "source": "wire-0415", "date": "2021-03-04"},
]


@pytest.fixture(scope="module")
def story_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("story")
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in STORY) + "\n", encoding="utf-8")
    build_corpus(str(folder / "corpus.db"), [str(folder / "wire.jsonl")])
    return str(folder / "corpus.db")


@pytest.mark.parametrize("claim, expect", [
    # "the Tulsa company" and an unnamed "Sales fell" are about the Harlan Pipe their story names
    ("Harlan Pipe lost $4.1 million, or 38 cents a share, in the quarter.", "supported"),
    ("Harlan Pipe's sales fell to $66.9 million from $61.2 million.", "contradicted"),
    # and not about another company
    ("Dunmore Tool lost $4.1 million, or 38 cents a share, in the quarter.", "unverified"),
    # a figure in apposition goes with its anchor: 86 cents belongs to $32.3 million, not to $7.4 million
    ("Orrin Steel said net was $7.4 million, or 86 cents a share, down from $32.3 million, or 22 cents a share.",
     "contradicted"),
    # the article's "The Atlanta company" is the Vance Textile of the sentence before
    ("Vance Textile Inc. is closing its Georgia mill. The Atlanta company said third-quarter profit fell to "
     "$16.2 million.", "contradicted"),
    # "It" is whom the sentence before names, "Harlan" too, which the article writes mid-sentence elsewhere
    ("Costs at Harlan rose. At Dunmore, sales also fell. Harlan kept its outlook for the year. It said sales fell "
     "to $66.9 million from $61.2 million.", "contradicted"),
    # two sentences that name no one, from stories about different companies, are not compared
    ("Harlan Pipe Inc. is selling bonds. The company has about 36 million shares outstanding.", "unverified"),
])
def test_corpus_sentences_are_read_with_their_story(claim, expect, story_db):
    verdict, result = _verdict(claim, story_db, date(2021, 3, 8))
    assert verdict == expect, [f.message for f in result.findings]


@pytest.mark.parametrize("text, expected", [
    ("In nineteen ninety-one Keating was convicted.", [("nineteen ninety-one", "1991")]),
    ("The promise to halve it by the year two thousand was dropped.", [("two thousand", "2000")]),
    ("Sales have doubled since two thousand and three.", [("two thousand and three", "2003")]),
    ("It was founded in 1998 and sold in 2001.", [("1998", "1998"), ("2001", "2001")]),
    ("About two thousand people marched.", []),
    ("It rose in nineteen markets.", []),
])
def test_years_are_read_as_written_or_spoken(text, expected):
    assert [(text[a:b], year) for a, b, year in year_spans(text)] == expected


def test_last_this_and_next_year_are_read_from_the_sentence_date():
    text = "It rose to 300,000 last year and expects more this year and next year."
    assert [y for _, _, y in year_spans(text, date(1998, 9, 7))] == ["1997", "1998", "1999"]
    assert year_spans(text) == []


@pytest.mark.parametrize("a, b, twin", [
    ("$20 million", "$20,000", True),  # the same digits under another scale, one written in full
    ("about 10.2 billion", "about 10.2 million", True),
    ("$20 million", "$25,000", False),
    ("$20 million", "$20 million", False),
    ("500 people", "a half million people", True),  # one side spelled: compared by value
])
def test_a_scale_twin_is_the_same_digits_under_another_scale(a, b, twin):
    from factcheck.corpus.crossref import _scale_twin
    from factcheck.nlp.numbers import find_numbers
    assert _scale_twin(find_numbers(a)[0], find_numbers(b)[0]) is twin


def test_a_bare_figure_before_a_condition_counts_the_noun_before_it():
    """'800 students but could take 5,300 if it had the room': 5,300 students."""
    from factcheck.corpus.crossref import _gapped
    from factcheck.nlp.numbers import find_numbers
    text = "The school teaches 800 students but could take 5,300 if it had the room."
    assert [n.noun for n in _gapped(text, tuple(find_numbers(text)))] == ["students", "students"]


@pytest.mark.parametrize("text, when, years", [
    ("He was rescued last November.", "2000-06-01", ["1999"]),  # a month after the story's: the year before
    ("The talks resume next March.", "2000-06-01", ["2001"]),
    ("The helicopters crashed last February.", "1998-03-01", []),  # this February or the last: unsure
    ("It was the last march of the war.", "2000-06-01", []),  # a march, not March
])
def test_last_and_next_month_give_a_year_only_when_sure(text, when, years):
    from factcheck.corpus.subjects import year_spans
    assert [y for _, _, y in year_spans(text, date.fromisoformat(when))] == years


def test_a_tally_dated_later_may_be_higher():
    """'By Sunday, six counties ...' against Saturday's 'five counties that have been declared': no
    contradiction; the same tally dated the same day or earlier, or a lower one, stays compared."""
    from factcheck.corpus import facts as facts_mod
    from factcheck.corpus.crossref import _grew_by_then
    from factcheck.corpus.subjects import Side
    from factcheck.nlp.numbers import find_numbers

    def side(text, dates):
        return Side(text, 0, tuple(find_numbers(text)), dates, facts_mod.Facts(names=()))

    claim = side("By Sunday, six counties were declared disaster areas.", ((3, 9, "1998-01-11"),))
    other = side("Yesterday the governor toured five counties that have been declared disaster areas.",
                 ((0, 9, "1998-01-10"),))
    same_day = side("Yesterday the governor toured five counties that have been declared disaster areas.",
                    ((0, 9, "1998-01-11"),))
    assert _grew_by_then(claim, claim.numbers[0], other, other.numbers[0])
    assert not _grew_by_then(claim, claim.numbers[0], same_day, same_day.numbers[0])
    assert not _grew_by_then(other, other.numbers[0], claim, claim.numbers[0])  # lower, not grown


def test_a_statement_word_and_its_adverb_are_one_word():
    from factcheck.corpus.crossref import _synonym
    assert _synonym("criminally") == _synonym("criminal") and _synonym("charges") == _synonym("charged")
    assert _synonym("financed") == _synonym("funded")


@pytest.mark.parametrize("one, other, same", [
    ("travelling", "traveling", True), ("programme", "program", True), ("neighbours", "neighbors", True),
    ("centre", "center", True), ("defence", "defense", True), ("organised", "organized", True),
    ("cancelled", "canceled", True), ("seemed", "appeared", True), ("entirely", "whole", True),
    ("hour", "her", False), ("four", "for", False), ("centre", "cent", False),
])
def test_a_statement_word_in_british_spelling_or_a_synonym_is_one_word(one, other, same):
    """Issue 9: a retelling in the other spelling or with a common synonym holds the word."""
    from factcheck.corpus.crossref import _synonym
    assert (_synonym(one) == _synonym(other)) is same


@pytest.mark.parametrize("figure, evidence, written", [
    ("4", "the ruling came on jan. 14", False), ("4", "it rose 4.5%", False), ("4", "on jan. 4, it fell", True),
    ("13", "after his 13th birthday", True), ("two", "two officials said", True), ("two", "twofold", False),
])
def test_a_statement_figure_is_written_as_a_figure_of_its_own(figure, evidence, written):
    from factcheck.corpus.crossref import _figure_written
    assert _figure_written(figure, evidence) is written


@pytest.mark.parametrize("text, places", [
    ("A third American carrier arrived, the first of its kind.", ["third", "first"]),
    # a fraction is a share, and "first" after its subject tells when, not a place in a series
    ("Nearly a third — 31% — of new gym members signed up.", []),
    ("A third of the voters stayed home.", []),
    ("People who first joined a gym in 2021 stayed.", []),
])
def test_places_in_a_series_leave_fractions_and_adverbs_out(text, places):
    from factcheck.corpus.crossref import _ordinals
    assert [place for _, _, place, _ in _ordinals(text)] == places


def test_a_bare_count_right_before_a_figure_is_placed_by_no_words_after_it():
    """"fired two 120 mm rounds": the words after "two" are not "mm rounds", which stand after "120"."""
    from factcheck.corpus.crossref import _bare_counts
    from factcheck.nlp.numbers import find_numbers
    text = "A tank 1.34 km away fired two 120 mm rounds at the reporters."
    counts = {text[start:end]: after for start, end, _, _, after, _ in _bare_counts(text, find_numbers(text))}
    assert counts["two"] == () and counts["120"] == ("mm", "round")


@pytest.mark.parametrize("text, other, written", [
    # one alias group: "the U.S. State Department" / "the US State Department"; not another country's
    ("An official with the U.S. State Department said it is seeking more information.",
     "An official with the US State Department said it is seeking more information.", True),
    ("An official with the Kenyan State Department said it is seeking more information.",
     "An official with the US State Department said it is seeking more information.", False),
    # a whole name and its alias: "the United States" / "the U.S."
    ("An embargo could plunge the United States into a depression, Anbari said.",
     "Anbari asserted that an embargo could plunge the U.S. into a depression.", True),
    # a country's adjective: "the British government" / "the government of Britain"
    ("Any expulsion of the party must be agreed by the British government, Anbari said.",
     "Anbari said any expulsion of the party must be agreed by the government of Britain.", True),
    # a US state as wire copy abbreviates it: "Portland, Oregon" / "Portland, Ore."; not another state
    ("The jury in Portland, Oregon, ruled against Horsley, who was not a defendant.",
     "Horsley was not a defendant in the suit, in which the Portland, Ore., jury ruled against him.", True),
    ("The jury in Portland, Maine, ruled against Horsley, who was not a defendant.",
     "Horsley was not a defendant in the suit, in which the Portland, Ore., jury ruled against him.", False),
])
def test_a_retold_statement_may_write_a_name_in_another_alias(text, other, written):
    """Issue 9: a name of the claim the corpus sentence writes in another form of one alias group
    (rules/lexicons/aliases.yaml) is no name missing; a name of another country or state is."""
    from factcheck.corpus import facts as facts_mod
    from factcheck.corpus.crossref import _names_missing
    from factcheck.corpus.subjects import Side, names_of, shared

    def side(sentence):
        return Side(sentence, 0, (), (), facts_mod.Facts(names=tuple(facts_mod.names(sentence))))

    claim, corpus = side(text), side(other)
    mine, theirs = names_of(claim, corpus)
    missing = {w for w in mine - shared(mine, theirs) if not w.startswith(("^", "@")) and w not in corpus.words}
    assert missing and _names_missing(claim, corpus, missing) is not written


@pytest.mark.parametrize("text, other, alike", [
    ("The ministry said it had received reports but was unable to confirm them.",
     "The ministry said it had received reports but could not confirm them.", True),
    ("He would not call it a blockade.", "Mr. Baker declined to use the word blockade.", True),
    ("The men held up the flight by refusing to sit next to women.",
     "The men delayed the flight because they refused to sit next to women.", True),
    ("The ministry confirmed the reports.", "The ministry was unable to confirm the reports.", False),
    ("Ruritel is unhappy with the battery life of its phone.", "Ruritel isn't happy about the battery life.", True),
    ("Ruritel is unhappy with the battery life of its phone.", "Ruritel is happy with the battery life.", False),
    ("Tests proved he was the father.", "Tests proved without a doubt that he was the father.", True),
    ("A vet who examined the remains found the cause.",
     "At first we couldn't understand why but we took the remains to a vet who found the cause.", True),
    ("A vet examined the remains.", "We could not take the remains to a vet.", False),
])
def test_a_refusal_is_a_denial(text, other, alike):
    """Issue 9: "was unable to confirm" retells "could not confirm", "declined to use" "would not call"; a
    sentence saying it was confirmed is no retelling of one saying it could not be."""
    from factcheck.corpus.crossref import _negated_alike
    assert _negated_alike(text, other) is alike


def _statement_store(tmp_path, lines: list[str]):
    """A corpus of ``lines`` (one wire story of 2015-01-05), opened for check_statement."""
    from factcheck.corpus import open_corpus
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"text": t, "source": "Wire", "date": "2015-01-05"}) + "\n" for t in lines),
                      encoding="utf-8")
    build_corpus(str(tmp_path / "c.db"), [str(source)])
    return open_corpus(str(tmp_path / "c.db"))


def test_a_statement_naming_no_one_is_backed_by_a_close_retelling(tmp_path):
    """Issue 9: a statement naming no one is retold by a corpus sentence naming no one either, worded closely
    (similarity 85 here, below the 90 of session 7) and holding its words; not by one telling the opposite."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, ["The aquarium confirmed that it was now searching for another sea otter but "
                                        "said so far other aquariums were reluctant to provide one."])
    text = "The aquarium is looking for another sea otter, but other aquariums have so far been reluctant to provide one."
    assert check_statement(store, text, 0)
    assert not check_statement(store, "The aquarium is not looking for another sea otter, but other aquariums have "
                                      "so far been reluctant to provide one.", 0)


def test_a_retold_statement_may_put_a_few_words_of_its_own(tmp_path):
    """Issue 9: five of seven content words of the claim in a corpus sentence about the same names (0.71,
    under the 0.75 of session 7) is a retelling; three of seven is not."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, ["The only thing on Zendan radio is the strike, he said, and he feels the "
                                        "Zendan people are getting weary of the issue."])
    assert check_statement(store, "According to him, the strike is all that Zendan radio talks about, and Zendans "
                                  "are getting weary of it.", 0)
    assert not check_statement(store, "According to him, the strike is all that Zendan radio mocks, and Zendans "
                                      "are openly celebrating it.", 0)


def test_a_short_statement_is_backed_only_by_a_short_close_retelling(tmp_path):
    """Issue 9: "Varga has denied any wrongdoing" (three content words) is retold by "Varga denied taking part
    in any wrongdoing"; a long sentence that holds a short claim's words is no retelling of it."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, [
        "Varga denied taking part in any wrongdoing.",
        "Reporters at the Zenda Courier said on Sunday morning that Mayor Tomas Lind has told close allies that he "
        "has made the decision to close the harbour to all foreign trawlers this week."])
    assert check_statement(store, "Varga has denied any wrongdoing.", 0)
    assert not check_statement(store, "He will make a decision this week.", 0, ("tomas lind",))


def test_a_statement_opening_with_a_capitalised_common_word_names_no_one(tmp_path):
    """Issue 9: "Recent studies show ..." names no one: its capitalised first word is no name, so a close
    retelling naming no one backs it."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, ["They are showing that cold-water swimming may be even better than regular "
                                        "exercise for many patients with arthritis, doctors say."])
    assert check_statement(store, "Recent studies show that cold-water swimming may be even better than regular "
                                  "exercise for many patients with arthritis.", 0)


@pytest.mark.parametrize("text, other, another", [
    ("The Zenda police said they had been made aware of the claims last year.",
     "The Zenda education department said it was made aware of the claims last year.", True),
    ("The Zenda department said it was made aware of the claims last year.",
     "The Zenda Department of Education said it had been made aware of the claims last year.", False),
    ("The Japanese company says it is better at corners.", "The Japanese firm says it is better at corners.", False),
    ("Prosecutors in Zenda say they have the evidence.", "The authorities in Zenda say they have the evidence.",
     False),
])
def test_a_statement_said_by_another_body_is_no_retelling(text, other, another):
    """Issue 9: "The Gauteng police said" does not retell "The Gauteng education department said"."""
    from factcheck.corpus.crossref import _another_body
    assert _another_body(text, other) is another


def test_a_statement_about_its_story_need_not_write_the_story_names(tmp_path):
    """'Her personal doctor stopped to take a selfie ...', after a sentence naming Dana Whitlow and the Harlow
    Clinic, is retold by a corpus sentence naming Dana Whitlow only: the clinic is the story's, not the
    statement's own name."""
    from factcheck.corpus import open_corpus
    from factcheck.corpus.crossref import check_statement
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"text": "Dana Whitlow’s personal doctor stopped to take a selfie in the procedure "
                                          "room while the singer was under anesthesia.", "source": "Clinic desk",
                                  "date": "2014-09-05"}) + "\n", encoding="utf-8")
    build_corpus(str(tmp_path / "c.db"), [str(source)])
    text = "Her personal doctor stopped to take a selfie in the procedure room while she was under anesthesia."
    store = open_corpus(str(tmp_path / "c.db"))
    assert check_statement(store, text, 0, ("dana whitlow", "harlow clinic"))
    assert not check_statement(store, text, 0, ("mara lind", "harlow clinic"))  # whom the story names must match


@pytest.mark.parametrize("mine, theirs, same", [
    ({"argentine"}, {"argentina"}, True),  # a people and its country (rules/lexicons/headline_entities.yaml)
    ({"kenyan"}, {"kenya"}, True),
    ({"american"}, {"us"}, True),  # a country's initials
    ({"british"}, {"u.k"}, True),
    ({"russian"}, {"moscow"}, False),  # a capital names its government, not the country's people
    ({"argentine"}, {"brazil"}, False),
])
def test_a_country_and_its_people_share_a_name(mine, theirs, same):
    from factcheck.corpus.subjects import shared

    assert bool(shared(frozenset(mine), frozenset(theirs))) is same


@pytest.mark.parametrize("text, day, telling", [
    ("An official told The Associated Press on Sunday that the strike had wounded him.", "Sunday", True),
    ("He was wounded by a strike that came during a meeting Saturday.", "Saturday", False),
    ("Trump said Monday that he would decide next week.", "Monday", True),
    ("Environmental groups doubt Trump's statements on Tuesday.", "Tuesday", True),
    ("On Saturday, President Mitterrand said allied forces were crossing the border.", "Saturday", True),
    ("On Saturday, troops crossed the border.", "Saturday", False),
])
def test_a_day_is_a_tellings_day_or_an_events(text, day, telling):
    """Two days are compared only in the same role: the day something was said, or the day it happened."""
    from factcheck.corpus.crossref import _reported

    at = text.index(day)
    assert _reported(text, at, at + len(day)) is telling


def _article_verdicts(tmp_path, corpus: list[str], corpus_date: str, text: str, dateline: date):
    """Each claim sentence of a several-sentence article and its verdict, against a corpus of ``corpus``."""
    source = tmp_path / "wire.jsonl"
    source.write_text("".join(json.dumps({"text": t, "source": "Wire", "date": corpus_date}) + "\n" for t in corpus),
                      encoding="utf-8")
    build_corpus(str(tmp_path / "c.db"), [str(source)])
    result = check_document(Document(source="case", text=text),
                            Options(corpus=str(tmp_path / "c.db"), dateline=dateline, select=RULES))
    return {c.sentence: c.verdict for c in result.claims}, [f.message for f in result.findings]


@pytest.mark.parametrize("corpus_text, expect", [
    ("Dunmore was sworn in Feb. 1.", "unverified"),  # another man the article names
    ("Marek was sworn in as envoy Feb. 1.", "supported"),  # the same man, by his given name
])
def test_names_that_open_their_sentences_are_told_apart_by_the_article(tmp_path, corpus_text, expect):
    """Issue 9: "Hollis was sworn in" is not "Dunmore was sworn in" when the article names Marek Hollis and
    Rex Dunmore apart, though each name opens its sentence (where a capitalised word may be no name)."""
    text = ("Rex Dunmore, the trade minister, took office in the spring. Marek Hollis was named envoy to Geneva. "
            "Hollis was sworn in as envoy on Feb. 1.")
    verdicts, _ = _article_verdicts(tmp_path, [corpus_text], "2017-05-27", text, date(2017, 5, 30))
    assert verdicts.get("Hollis was sworn in as envoy on Feb. 1.", "unverified") == expect, verdicts


def test_a_figure_the_corpus_gives_another_body_contradicts_nothing(tmp_path):
    """Issue 9: "The Reform Party has offered a $15,000 reward" is no contradiction of the paper's own $40,000
    reward, which names the party, when the corpus gives the $15,000 reward to the police: the figure is
    the corpus's, given to another body (unverified, not contradicted)."""
    corpus = ["“The Zenda Herald has decided to offer a $40,000 reward for information about the murder of Reform "
              "Party staffer Ivan Petrov,” the paper announced.",
              "Strelsau police have announced a $15,000 reward for information leading to the conviction of "
              "Petrov’s killer."]
    text = ("The Zenda Herald itself has offered a reward for information on the case. "
            "The Reform Party has offered a $15,000 reward for information about the murder.")
    verdicts, messages = _article_verdicts(tmp_path, corpus, "2017-05-17", text, date(2017, 5, 20))
    assert verdicts["The Reform Party has offered a $15,000 reward for information about the murder."] \
        == "unverified", messages


def test_a_year_its_story_writes_of_another_thing_backs_no_changed_year(tmp_path):
    """Issue 9: "a 1994 court order" against "a court order in 1992" is a changed year, though a sentence of
    the same story writes 1994 of another thing without naming whom the claim is about."""
    corpus = ["In the race for mayor of Quelling, Ana Okafor has made her opponent, Mayor Tomas Lind, the issue.",
              "In Sunday's debate against Lind, Okafor attacked him for failing to enforce a court order in 1992 "
              "against the Pellor quarry.",
              "The advertisement, said Greta Weid of the Pellor Trust, spotlights the council's vote against the "
              "1994 Mining Act, which Weid drafted."]
    text = "In Sunday's debate, Okafor attacked Lind for failing to enforce a 1994 court order against the quarry."
    verdicts, messages = _article_verdicts(tmp_path, corpus, "1998-10-26", text, date(1998, 10, 28))
    assert verdicts.get(text) == "contradicted", (verdicts, messages)


def test_a_share_told_in_the_same_words_is_compared_in_a_sentence_naming_no_one(tmp_path):
    """Issue 9: "International sales made up roughly 60% of the company's sales", in an article about
    Quellmart, against "... international sales, which accounted for 43% of the company's sales" in a
    sentence naming Quellmart: the same share, told in the same words after it."""
    corpus = ["Ana Weid, president of Quellmart's Zenda division, attributed the company's third-quarter performance "
              "to continued increases in international sales, which accounted for 43% of the company's sales."]
    claim = "International sales made up roughly 60% of the company's sales."
    text = "Quellmart Corp. said its third-quarter profit rose sharply. " + claim
    verdicts, messages = _article_verdicts(tmp_path, corpus, "1989-10-26", text, date(1989, 10, 27))
    assert verdicts.get(claim) == "contradicted", (verdicts, messages)


@pytest.mark.parametrize("text, figure, owner", [
    ("Qiang Qiang was three at the time of the attack.", "three", "Qiang Qiang"),
    ("Leelah Alcorn, who was 17 when she died, was from Ohio.", "17", "Leelah Alcorn"),
    ("As her 7-year-old son Dennis climbed a ladder, she watched.", "7", "Dennis"),
    ("A 21-year-old student at Harvard was held.", "21", ""),
])
def test_an_age_is_given_to_the_name_it_describes(text, figure, owner):
    """Issue 9: whose an age is, so that two people's ages are never compared and one person's always are."""
    from factcheck.corpus.crossref import _age_owner
    start = text.index(figure)
    assert _age_owner(text, start, start + len(figure)) == owner


@pytest.mark.parametrize("claim, expect", [
    ("Then, earlier this week, Quellmart launched a fresh $10-a-share offer for Pellor Printers.", "contradicted"),
    ("Last week, Quellmart launched a fresh $10-a-share offer for Pellor Printers.", "supported"),
])
def test_a_week_named_from_each_sides_date_must_be_the_evidences(tmp_path, claim, expect):
    """Issue 9: "earlier this week" in a Thursday's article is not the "last week" of Tuesday's wire, whatever
    figure both give: in a close retelling, another week; "last week" from both is one week."""
    corpus = ["Quellmart last week launched a new $10-a-share offer for Pellor Printers, the Woodland printer maker."]
    verdicts, messages = _article_verdicts(tmp_path, corpus, "1989-10-31", claim, date(1989, 11, 2))
    assert verdicts.get(claim) == expect, (verdicts, messages)


def test_a_retelling_need_not_hold_the_claims_pronouns_or_words_of_time(tmp_path):
    """Issue 9: "herself", "him", "soon" and "then" say nothing a retelling must repeat ("She took a pair of
    scissors to him while he slept" / "Feng proceeded to get a pair of scissors and attack Fan while he was
    sleeping"); a question asserts nothing, so nothing backs it."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, ["Marta Vell later locked the Pellor archive and gave the only key to her "
                                        "brother."])
    assert check_statement(store, "Marta Vell soon locked the Pellor archive herself and then gave him the only "
                                  "key.", 0)
    assert not check_statement(store, "Marta Vell soon locked the Pellor archive herself and then burned the "
                                      "ledgers of the harbour board.", 0)
    assert not check_statement(store, "Did Marta Vell lock the Pellor archive and give the only key to her "
                                      "brother?", 0)


def test_a_retold_statement_names_the_same_month(tmp_path):
    """Issue 9: "The group's July video of Foley's beheading was the first of a series" is not retold by
    "whose August death was the first in a series"; a month told from the corpus sentence's date ("last month"
    in a January story: December) is the same month."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, [
        "Tomas Weid filmed the first video of the Pellor dam collapse in August, and it was shown worldwide.",
        "Tomas Weid filmed his video of the Kelmar river flood last month, and it was shown worldwide."])
    assert check_statement(store, "Tomas Weid's August video of the Pellor dam collapse was shown worldwide.", 0)
    assert not check_statement(store, "Tomas Weid's July video of the Pellor dam collapse was shown worldwide.", 0)
    assert check_statement(store, "Tomas Weid's December video of the Kelmar river flood was shown worldwide.", 0)
    assert not check_statement(store, "Tomas Weid's November video of the Kelmar river flood was shown "
                                      "worldwide.", 0)


def _article_verdict(tmp_path, lines: list[str], corpus_date: str, article: str, dateline: date, needle: str) -> str:
    """The verdict on the article sentence holding ``needle`` (see _article_verdicts); "unverified" when it is no
    claim."""
    verdicts, _ = _article_verdicts(tmp_path, lines, corpus_date, article, dateline)
    return next((verdict for sentence, verdict in verdicts.items() if needle in sentence), "unverified")


@pytest.mark.parametrize("article, expect", [
    # the corpus sentence's story names Varela, whom the article names too: the same custom
    ("President Varela welcomed the boy at her office on Tuesday. The Ostrand family had first applied in 1993. "
     "The custom became law in 1947, with no link to werewolves.", "contradicted"),
    # an article that never names Varela tells of another custom
    ("The Ostrand family had first applied in 1993. The custom became law in 1947, with no link to werewolves.",
     "unverified"),
])
def test_sentences_naming_no_one_share_a_subject_the_article_names(tmp_path, article, expect):
    """Issue 9: two sentences naming no one, after sentences naming others, are about the same thing when the
    claim's article also names whom the corpus sentence's story names."""
    lines = ["President Varela became the boy's godmother in a ceremony last week.",
             "The custom became official law in 1974, unrelated to werewolves."]
    assert _article_verdict(tmp_path, lines, "2014-12-29", article, date(2014, 12, 31), "1947") == expect


def test_a_roundup_naming_two_companies_ties_no_company_sentence_to_the_other(tmp_path):
    """Issue 9: "The company has 12 million shares outstanding" after a sentence naming Amdahl is Amdahl's, even
    when the roundup also names Savin, whose story the corpus's "The company has 31 million shares" is in."""
    lines = ["Savin Corp. said its board approved a buyback.", "The company has 31 million shares outstanding."]
    article = ("Amdahl Corp. and Savin Corp. both reported results on Monday. Amdahl Corp. said its board approved a "
               "dividend. The company has 12 million shares outstanding.")
    assert _article_verdict(tmp_path, lines, "2015-01-05", article, date(2015, 1, 7), "12 million") == "unverified"


@pytest.mark.parametrize("article, expect", [
    ("A ringtone may have saved Oleg Marvanin, who was attacked by a bear near Tiksi. "
     "The 47-year-old was walking to his fishing spot when the bear attacked him from behind.", "contradicted"),
    # the sentence before names someone else: the age is that person's
    ("A ringtone may have saved Pavel Droz, who was attacked by a bear near Tiksi. "
     "The 47-year-old was walking to his fishing spot when the bear attacked him from behind.", "unverified"),
])
def test_the_aged_subject_is_whom_the_sentence_before_names(tmp_path, article, expect):
    """Issue 9: "The 47-year-old" opening a sentence is the person its story names, so the corpus's age of
    that person ("Marvanin, 42,") contradicts it; not another person's."""
    lines = ["Marvanin, 42, was walking to his fishing spot when a bear attacked him from behind."]
    assert _article_verdict(tmp_path, lines, "2014-10-13", article, date(2014, 10, 15), "47") == expect


_MARVANIN = ["Marvanin suffered cuts and bruises to his face and chest and is now recovering."]
_RENDELL = ["Sources say that Marta Rendell wants to wait until she learns the cause of her mother's death before she "
            "takes legal action."]


@pytest.mark.parametrize("lines, article, needle, expect", [
    (_MARVANIN, "Oleg Marvanin was attacked by a bear near Tiksi. The attack was first reported by the Lena Courier. "
                "He is recovering from cuts and bruises to his face and chest.", "bruises", "supported"),
    # the article never names Marvanin: "He" is someone else
    (_MARVANIN, "Pavel Droz was attacked by a bear near Tiksi. The attack was first reported by the Lena Courier. "
                "He is recovering from cuts and bruises to his face and chest.", "bruises", "unverified"),
    # the pronoun inside the sentence ("Sources say she will wait")
    (_RENDELL, "Marta Rendell is preparing to sue the Holloway clinic, the Daily Clarion reports. Sources say she "
               "will wait to learn the cause of her mother's death before she takes legal action.", "legal action",
     "supported"),
    (_RENDELL, "Anna Pryce is preparing to sue the Holloway clinic, the Daily Clarion reports. Sources say she "
               "will wait to learn the cause of her mother's death before she takes legal action.", "legal action",
     "unverified"),
])
def test_he_or_she_is_whom_the_article_and_the_corpus_sentence_name(tmp_path, lines, article, needle, expect):
    """Issue 9: a statement naming no one that speaks of a "he" or "she", after a sentence naming an outlet, is
    about the person the article names that the corpus sentence names, not about no one."""
    assert _article_verdict(tmp_path, lines, "2014-10-13", article, date(2014, 10, 15), needle) == expect


def test_a_phrasal_verb_reads_as_the_word_it_stands_for():
    """Issue 9: "came back" retells "returned" and "went ahead" retells "continued" (rules/lexicons/corpus_words.yaml
    phrasal_verbs), in any form listed; a lone "back" or "ahead" stands for nothing."""
    from factcheck.corpus.crossref import _phrasal_meanings
    assert _phrasal_meanings("The rites went ahead until Kishore came back from hospital.") == {
        "went": "continue", "ahead": "continue", "came": "return", "back": "return"}
    assert _phrasal_meanings("She passed away on Sunday.") == {"passed": "died", "away": "died"}
    assert _phrasal_meanings("He looked back at the years ahead.") == {}


@pytest.mark.parametrize("text, other, swapped", [
    ("The Tessaly plant will make batteries for electric buses.", "The Tessaly plant will make batteries for electric "
                                                                  "cars.", True),
    ("The fire started in the garage and spread upstairs.", "The fire started in the kitchen and spread upstairs.",
     True),
    ("A women has been arrested after the attack.", "A woman has been arrested after the attack.", False),
    ("She joined other female members of the family.", "She joined other women of the family.", False),
])
def test_one_alternative_swapped_for_another_tells_another_thing(text, other, swapped):
    """Issue 9: contrast sets (rules/lexicons/corpus_words.yaml): one alternative for another in an otherwise
    identical retelling is another thing; two forms of one alternative are not ("buses" / "bus", "women" /
    "woman", "female" / "women")."""
    from factcheck.corpus.crossref import _alternative_swapped
    assert _alternative_swapped(text, other) is swapped


@pytest.mark.parametrize("text, expected", [
    ("Last week she spoke.", [("Last week", "2014-W35")]),
    ("Two weeks ago, she spoke.", [("Two weeks ago", "2014-W34")]),
    ("She spoke a week ago.", [("a week ago", "2014-W35")]),
    ("She spoke the week before last.", [("the week before last", "2014-W34")]),
    ("She will speak earlier this week.", [("earlier this week", "2014-W36")]),
    ("The talks took two weeks.", []),
])
def test_corpus_sentences_date_their_relative_weeks(text, expected):
    """Weeks told relative to a side's own date (a Thursday, 2014-09-04), as the article's tagger gives them."""
    from factcheck.corpus.facts import find_relative_weeks

    assert [(text[s:e], v) for s, e, v in find_relative_weeks(text, "2014-09-04")] == expected


@pytest.mark.parametrize("text, other", [
    ("It is valued at $1.5 million.", "It's valued at $1.5 million."),
    ("He did not say so.", "He didn’t say so."),
    ("They will not come, and we have left.", "They won't come, and we've left."),
])
def test_contractions_are_worded_as_written_out(text, other):
    """"It's" and "It is" are one wording: a contraction does not lower how alike two sentences read."""
    from factcheck.corpus.search import similarity

    assert similarity(text, other) == 100


def test_figures_given_each_others_nouns_are_not_shown(tmp_path):
    """Two corpus sentences each give one of the claim's figures, but each to the thing the claim gives the other
    ("paid $4.2 million in fees and fines, against net income of $12.5 million" / "paid out $12.5 million in
    fines and fees" and "earned $4.2 million in net income"): the roles are traded, so neither backs the claim."""
    lines = [{"text": "In the past two years, Harwick United has paid out $12.5 million in fines and fees related to "
                      "its stadium, its academy and its loan players.", "source": "Sports desk", "date": "2015-01-14"},
             {"text": "The club earned $4.2 million in net income over those same two years.",
              "source": "Sports desk", "date": "2015-01-14"}]
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    build_corpus(str(tmp_path / "c.db"), [str(source)])
    claim = ("Over the past two years Harwick United has paid $4.2 million in fees and fines, against net income of "
             "$12.5 million.")
    verdict, result = _verdict(claim, str(tmp_path / "c.db"), date(2015, 1, 16))
    assert verdict != "supported", [c.evidence for c in result.claims]


@pytest.mark.parametrize("text, figure, words", [
    # the clause before "but" is another figure's ("about half of ... workforce"), not this one's
    ("Workers from Oaxaca make up about half of the state's seasonal workforce but two-thirds of those who qualify "
     "for relief.", "two-thirds", {"qualify", "relief"}),
    # forty characters after the figure, and the word they end in ("deportation", not "depor")
    ("They account for two-thirds of those who will be eligible for deportation relief.", "two-thirds",
     {"account", "eligible", "deportation"}),
])
def test_a_figures_own_words(text, figure, words):
    from factcheck.corpus.crossref import _role_words
    start = text.index(figure)
    assert _role_words(text, start, start + len(figure), before=True) == words


def test_a_day_is_not_paired_with_another_months_day_of_a_sentence_dating_the_event_by_its_month(tmp_path):
    """"on October 13" is shown by "the Oct. 13 spill" and not disputed by a sentence that dates the spill "in
    October" and its report "on Thursday" (March 7)."""
    wire = {"source": "Wire", "date": "2024-03-07"}
    lines = [{"text": "HARBOUR CITY, March 7 (Wire) - A ferry crew spilled oil on a marked group of divers in the bay "
                      "in October by opening two valves and then likely dumped fuel on them in a release that "
                      "lasted 3 minutes and 10 seconds, according to a report into the incident published on "
                      "Thursday.", **wire},
             {"text": "The report by the Maritime Safety Institute (MSI) - which was hired by the Wire to study "
                      "evidence from the Oct. 13 spill that hurt diver Ana Ruiz - found that a ferry 2.5 km away "
                      "in the bay opened two 80 mm valves over the divers.", **wire}]
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    build_corpus(str(tmp_path / "c.db"), [str(source)])
    claim = "The two 80 mm valves opened over the divers on October 13 were on a ferry in the bay 2.5 km away, MSI found."
    verdict, result = _verdict(claim, str(tmp_path / "c.db"), date(2024, 3, 8))
    assert verdict == "supported", [c.evidence for c in result.claims]


@pytest.mark.parametrize("value, text, dated", [
    ("2023-10-13", "The report studied evidence from the Oct. 13 attack on the convoy.", True),
    ("2023-10-14", "The report studied evidence from the Oct. 13 attack on the convoy.", False),
    ("2023-10", "The report studied evidence from the Oct. 13 attack on the convoy.", False),  # a day, not a month
])
def test_a_day_is_dated_in_evidence_that_writes_it_in_another_form(value, text, dated):
    from factcheck.corpus.crossref import _dated_in
    from factcheck.model import Evidence
    assert _dated_in(value, Evidence(text=text, source="Wire", date="2024-03-07")) is dated


@pytest.mark.parametrize("text, expected", [
    ("The jet saved nearly RM700,000, the ministry said.", []),
    ("Sars gets R4bn to hire debt collectors.", ["sars"]),
    ("The cabinet approved a Rs 450 crore package.", []),
    ("The R2 was closed near Pretoria.", ["r2", "pretoria"]),  # a road, not a sum
    ("He met Rs Patel and R Kelly.", ["rs patel", "r kelly"]),
    # an opening verb in -ing before a question word is no name either; a name in -ing stays one
    ("Explaining why he argued as recently as 2015 that it was smart.", []),
    ("Beijing that year grew faster.", ["beijing"]),
])
def test_a_sum_in_a_currency_written_in_letters_is_no_name(text, expected):
    from factcheck.corpus.facts import names
    assert names(text) == expected


_TOLD_IN_TWO = ["A missile attack on Dorvik on Sunday killed at least three people, the mayor Anton Lesk said, in the "
                "fourth strike on the city this month.",
                "At least 61 people were wounded in the attack."]
_FILLER = ["The Pellor dam was closed for repairs in 2019.", "Tomas Weid filmed the Kelmar river flood.",
           "The Bramley council meets on Tuesdays."]


@pytest.mark.parametrize("corpus, expect", [
    (_TOLD_IN_TWO, "supported"),  # the dead in one sentence, the wounded in the next
    (_TOLD_IN_TWO[:1] + _FILLER + _TOLD_IN_TWO[1:], "unverified"),  # four sentences apart: not one telling
])
def test_a_claim_may_be_backed_by_two_sentences_next_to_each_other(tmp_path, corpus, expect):
    """Issue 9: "At least three people were killed and more than 60 wounded" is backed by a sentence giving the
    wounded and the one next to it, in the same source, giving the dead."""
    article = "At least three people were killed and more than 60 wounded."
    assert _article_verdict(tmp_path, corpus, "2026-05-24", article, date(2026, 5, 26), "wounded") == expect



def test_one_calendar_day_written_out_on_both_sides_is_paired(tmp_path):
    """Issue 9: "It happened on Tuesday, October 3" (after a sentence naming Jamie Hale) is backed by "... wrote:
    “On Tuesday 3 October, Jamie Hale was lucky enough to be doing what he loved ...", whatever words stand around
    the two days; another day is not."""
    corpus = ["On the appeal page, his aunt wrote: “On Tuesday 3 October, Jamie Hale was lucky enough to be doing "
              "what he loved, playing rugby while representing his county of Kent."]
    for day, expect in (("Tuesday, October 3", "supported"), ("Wednesday, October 4", "unverified")):
        article = f"Jamie Hale was playing for the Kent county side when he was hurt. It happened on {day}, while " \
                  "he was representing his county."
        folder = tmp_path / day[:3]
        folder.mkdir()
        assert _article_verdict(folder, corpus, "2023-11-02", article, date(2023, 11, 4), "It happened") == expect


@pytest.mark.parametrize("value, expect", [("$40 billion", "contradicted"), ("$40 million", "supported")])
def test_the_story_before_a_claim_never_parts_two_owners(tmp_path, value, expect):
    """Issue 9: "He soon signed on to guard Sea Lark, Marta Quell's $40 billion yacht", after a sentence naming a
    Miami boat show, is about the yacht of "the $40 million yacht belonging to one of the best known hotel owners
    in Miami: ... Marta Quell": the story's Miami is no second owner of the figure."""
    corpus = ["Lind had just signed on to guard Sea Lark, the $40 million yacht belonging to one of the best known "
              "hotel owners in Miami: the philanthropist Marta Quell."]
    article = ("In 2019 Teodor Lind flew to a Miami boat show, hoping for new clients. "
               f"He soon signed on to guard Sea Lark, Marta Quell's {value} yacht.")
    assert _article_verdict(tmp_path, corpus, "2025-02-11", article, date(2025, 2, 12), "Sea Lark") == expect


@pytest.mark.parametrize("corpus, expect", [
    # the choir's first time told, worded much more alike, with no day: the April day is another event's
    (["The youth choir sang at Hallam Hall for the first time, while parents watched from the balcony.",
      "The youth choir will perform at Hallam on April 20th for the mayor."], "unverified"),
    # the first time told with its own day, as alike as the claim: that day is the claim's
    (["On March 1, the youth choir sang at Hallam Hall for the first time."], "contradicted"),
])
def test_a_day_of_another_event_contradicts_no_closer_telling(tmp_path, corpus, expect):
    """Issue 9: "On March 3, the youth choir sang at Hallam Hall for the first time" is not contradicted by "The youth
    choir will perform at Hallam on April 20th" when a sentence worded much more alike tells the first time with no
    day; a sentence telling the first time on another day does contradict it."""
    article = "On March 3, the youth choir sang at Hallam Hall for the first time."
    assert _article_verdict(tmp_path, corpus, "2024-03-04", article, date(2024, 3, 5), "youth choir") == expect


@pytest.mark.parametrize("text, other, covered", [
    # six of ten content words, from a corpus sentence alike at 70: a looser retelling of what the claim tells
    ("The Zenda council quietly dropped its harbour plan after angry protests by fishing crews.",
     "The Zenda council dropped the harbour plan following protests by fishermen.", True),
    # ... not when what it holds is how the claim describes whom it names
    ("Tomas Lind, who runs the Zenda harbour authority, said the council had already sold the old ferry.",
     "The ferry, said Tomas Lind, the head of the Zenda harbour authority, is due for repairs.", False),
    # ... nor when it gives the act to someone by another role
    ("Zenda's transport minister has ordered an urgent review of all harbour procedures.",
     "Zenda President Tomas Lind ordered an immediate review of all harbour procedures.", False),
    ("Zenda's president has quietly ordered an urgent inquiry into all harbour procedures.",
     "Zenda President Tomas Lind ordered an immediate review of all harbour procedures.", True),
    # five of ten is no retelling
    ("The Zenda council quietly dropped its harbour plan after angry street protests by fishing crews.",
     "The Zenda council dropped the ferry plan following protests by fishermen.", False),
    # the head of the subject the claim opens with must be held ("raid")
    ("The raid is believed to have injured the rebel leader Omar Dask at his camp.",
     "New picture of injured rebel leader Omar Dask.", False),
    ("The raid is believed to have injured the rebel leader Omar Dask at his camp.",
     "The raid injured rebel leader Omar Dask, a picture shows.", True),
])
def test_a_looser_retelling_holds_what_the_claim_tells(text, other, covered):
    """Issue 9: a corpus sentence holding 0.6 of a statement's content words retells it (0.7 before, for one alike
    under 75), as long as the share holds without the descriptions of whom it names, both give the act to
    someone of the same role, and the head of the subject the claim opens with is held."""
    from factcheck.corpus import facts as facts_mod
    from factcheck.corpus.crossref import _covered
    from factcheck.corpus.subjects import Side

    def side(sentence):
        return Side(sentence, 0, (), (), facts_mod.Facts(names=tuple(facts_mod.names(sentence))))

    assert _covered(side(text), side(other), 70) is covered


@pytest.mark.parametrize("text, known, shared", [
    # a capitalised first word in the form of a common word, that the corpus sentence does not write, is no name
    ("Investigators also want to question Lind about two other fires at the harbour.", (), True),
    ("Detectives also want to question Lind about two other fires at the harbour.", (), True),
    # ... but a surname of a name the article writes is one
    ("Jones also wants to question Lind about two other fires at the harbour.", ("tom jones", "lind"), False),
    # ... and so is a people
    ("Americans also want to question Lind about two other fires at the harbour.", (), False),
])
def test_a_capitalised_opener_in_a_common_form_names_no_one(text, known, shared):
    """Issue 9: "Investigators also want to question Kopp" is about Kopp, as "Kopp also is wanted for questioning"
    is: its opener, in -s, -ing, -ed or -ly and no name of the lexicons or the article, names no one."""
    from factcheck.corpus import facts as facts_mod
    from factcheck.corpus.subjects import Side, subject_shared
    other = "Lind is also wanted for questioning about two other fires at the harbour, the harbour police said."
    claim = Side(text, 0, (), (), facts_mod.Facts(names=tuple(facts_mod.names(text))), known=known)
    corpus = Side(other, 0, (), (), facts_mod.Facts(names=tuple(facts_mod.names(other))))
    assert subject_shared(claim, corpus) is shared


@pytest.mark.parametrize("text, evidence, swapped", [
    ("his third letter to Reno", "his second letter to Reno", True),
    # places in a series the evidence counts in numbers
    ("Investors will visit the sites on the third and fourth days.",
     "On days four and five of the conference, investors will visit the sites.", True),
    ("Investors will visit the sites on the fourth and fifth days.",
     "On days four and five of the conference, investors will visit the sites.", False),
    ("It was his third trip.", "It was his third trip in two years.", False),
    ("For the first time, investors will visit the sites.", "Two investors will visit the sites.", False),
    # a share and a rank are no places in a series
    ("The number of visitors rose by a fifth in two years.", "The number of visitors rose by 20% in two years.", False),
    ("Zenda, home to fewer than five million people, is the third-largest creditor.",
     "Zenda, with fewer than five million people, holds $271 billion.", False),
])
def test_an_ordinal_told_otherwise_is_another_place(text, evidence, swapped):
    """Issue 9: "on the third and fourth days" is not retold by "On days four and five"."""
    from factcheck.corpus.crossref import _ordinal_swapped
    assert _ordinal_swapped(text, evidence) is swapped


@pytest.mark.parametrize("text, other, same", [
    ("Republicans have had six years to come up with an alternative plan and have never produced one.",
     "The GOP has had six years to come up with an alternative plan, and never has done so.", True),
    ("Islamic State fighters were reported to be just a mile from Baghdad.",
     "Isis fighters are reportedly just one mile away from Baghdad.", True),
    ("Democrats have had six years to come up with an alternative plan.",
     "The GOP has had six years to come up with an alternative plan.", False),
    # a name of the group written only in an aside is not whom the corpus sentence is about
    ("Iraq's own air force, by contrast, has just 48 jet fighters left in service.",
     "The Saudis even have 48 Kuwaiti jet fighters, the entire Kuwaiti air force, which managed to escape the Iraqi "
     "invasion, Saudi officials said.", False),
])
def test_a_subject_named_by_another_name_of_its_alias_group_is_shared(text, other, same):
    """Issue 9: "Republicans" and "The GOP", "Islamic State" and "Isis" are one subject (rules/lexicons/aliases.yaml),
    and "Isis", in an alias group, is no common word opening a sentence."""
    from factcheck.corpus import facts as facts_mod
    from factcheck.corpus.subjects import Side, subject_shared

    def side(sentence):
        return Side(sentence, 0, (), (), facts_mod.Facts(names=tuple(facts_mod.names(sentence))))

    assert subject_shared(side(text), side(other)) is same


@pytest.mark.parametrize("text, other, same", [
    ("Zenda Harbour spokesman Tomas Lind said officials were checking the reports.",
     "Spokesman Tomas Lind said officials were checking the reports.", True),
    ("Ruritel CEO Mara Olsen said the network would be back by Friday.",
     "Mara Olsen said the network would be back by Friday.", True),
    # ... whose role it is still says nothing of another person
    ("Zenda Harbour spokesman Tomas Lind said officials were checking the reports.",
     "Spokesman Karl Weber said officials were checking the reports.", False),
    ("Zenda Harbour sold the ferry to Tomas Lind.", "Karl Weber bought a ferry from Tomas Lind.", False),
])
def test_a_name_saying_whose_role_it_is_is_not_the_subject(text, other, same):
    """Issue 9: "White House spokesman Josh Earnest said ..." is about Earnest, as "Spokesman Josh Earnest said"
    is: a name followed by a role and the next name only says whose the role is."""
    from factcheck.corpus import facts as facts_mod
    from factcheck.corpus.subjects import Side, subject_shared

    def side(sentence):
        return Side(sentence, 0, (), (), facts_mod.Facts(names=tuple(facts_mod.names(sentence))))

    assert subject_shared(side(text), side(other)) is same


def test_a_statement_naming_no_one_is_backed_less_alike_by_a_story_of_its_article(tmp_path):
    """Issue 9: a statement naming no one is retold by a corpus sentence naming no one alike at 65 or more (80
    before) when the corpus sentence's story names whom the article names; not when the article names others."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, [
        "Tomas Lind, a ferry owner in Zenda, lost his boat in a fire at the harbour on Friday.",
        "The fire brigade said it was called to the harbour shortly after midnight.",
        "Officers are looking into whether the fire was started deliberately, a police spokesman said."])
    claim = "According to police, officers are now looking into whether the harbour fire was deliberately started."
    assert check_statement(store, claim, 0, known=("tomas lind", "zenda"))
    assert not check_statement(store, claim, 0, known=("karl weber",))


@pytest.mark.parametrize("text, slot", [
    ("Sales fell to $3 million from $4 million", "to"),
    ("Sales rose to an estimated $5 million", "to"),
    # the "to" of a verb is no end of a change
    ("She claimed to have paid $20,000 for the procedure", None),
    ("Sales are expected to be $5 million", None),
    ("The agency chose to release $5 million of its reserve", None),
    ("The board plans to cut $5 million from the budget", None),
])
def test_the_to_of_a_verb_is_no_end_of_a_change(text, slot):
    """Issue 9: "claimed to have paid $20,000" is no figure a change went to."""
    from factcheck.corpus.crossref import _slot
    assert _slot(text, text.index("$")) == slot


@pytest.mark.parametrize("article, expect", [
    ("By 2030, Northgate Housing plans to build 4,800 homes and the Harbour Trust 2,300.", "contradicted"),
    ("By 2030, the Harbour Trust plans to build 4,800 homes and Northgate Housing 2,300.", "supported"),
])
def test_two_figures_that_traded_owners_are_a_swap(tmp_path, article, expect):
    """Issue 9: two figures, each given to the other's owner, contradict the corpus sentence that gives both,
    though each figure is written there: each owner's figure is the one the corpus gives that owner."""
    corpus = ["By 2030, the Harbour Trust plans to build 4,800 homes, while Northgate Housing plans to build 2,300."]
    assert _article_verdict(tmp_path, corpus, "2026-03-02", article, date(2026, 3, 4), "By 2030") == expect


@pytest.mark.parametrize("claim, retold", [
    ("Board member Tom Weller would chair the bus and tram company.", False),  # Ana Ruiz's company
    ("Board member Tom Weller would chair the ferry business.", True),
    ("Ana Ruiz would run the ferry company while Weller headed the bus and tram group.", False),
    ("Ana Ruiz would chair the bus and tram company while Weller chaired the ferry business.", True),
])
def test_a_statement_whose_doers_traded_acts_is_not_retold(tmp_path, claim, retold):
    """Issue 9: what a corpus sentence has one name do in a clause of its own and another name do in another, a
    claim giving to the other names is no retelling ("Board member Tom Weller would chair the bus and tram
    company" / "Ana Ruiz will chair the new bus and tram company, while board member Tom Weller will chair the
    ferry business")."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, [
        "Chief executive Ana Ruiz will chair the new bus and tram company, while board member Tom Weller will "
        "chair the ferry business."])
    assert bool(check_statement(store, claim, 0)) == retold


@pytest.mark.parametrize("article, expect", [
    ("By 61% to 30%, voters told the pollster that expanding public transit matters more to them than cutting "
     "local taxes.", "unverified"),
    ("By 61% to 30%, voters told the pollster that cutting local taxes matters more to them than expanding public "
     "transit.", "supported"),
])
def test_a_comparison_set_the_other_way_round_is_not_shown(tmp_path, article, expect):
    """Issue 9: figures that agree do not show a claim that sets the two things compared with "than" the other
    way round ("expanding public transit matters more than cutting local taxes" / "it is more important to cut
    ... than ..."): the figures are the corpus's, the comparison is not."""
    corpus = ["By 61% to 30%, voters in the county said it is more important that officials keep cutting local "
              "taxes than begin expanding public transit."]
    assert _article_verdict(tmp_path, corpus, "2026-04-02", article, date(2026, 4, 4), "By 61%") == expect


@pytest.mark.parametrize("dateline, expect", [(date(2026, 2, 11), "unverified"), (date(2026, 2, 10), "supported")])
def test_today_is_each_sides_own_date(tmp_path, dateline, expect):
    """Issue 9: "a 16-year-old would not make it to class today" in an article of the day after the corpus's
    "a 16-year-old didn't make it to class today" is another day: each side's today is its own date."""
    corpus = ["It is sad that a 16-year-old didn't make it to class today, the principal, Ruth Amsel, said."]
    article = "Principal Ruth Amsel said it was sad that a 16-year-old did not make it to class today."
    assert _article_verdict(tmp_path, corpus, "2026-02-10", article, dateline, "16-year-old") == expect


@pytest.mark.parametrize("claim, retold", [
    ("A year earlier, Mara Vey said she had made a burglar hold a sign on the ring road.", False),
    ("Two years later, Mara Vey said she had made a burglar hold a sign on the ring road.", False),
    ("That same year, Mara Vey said she had made a burglar hold a sign on the ring road.", True),
])
def test_years_counted_from_another_event_are_told_alike(tmp_path, claim, retold):
    """Issue 9: "A year earlier, she said ..." is not retold by "In the same year she said ...": each counts the
    years from an event told before, and the two count otherwise."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, [
        "In the same year Mara Vey said she had made a burglar hold a sign on the ring road."])
    assert bool(check_statement(store, claim, 0)) == retold


@pytest.mark.parametrize("article, expect", [
    ("Three Kenyan nurses who had gone missing during an IMF training program in Leeds were later found safe.",
     "unverified"),  # the corpus's program is the NHS's
    ("Three Kenyan nurses who had gone missing during an NHS training program in Leeds were later found safe.",
     "supported"),
])
def test_a_name_told_in_the_place_of_another_is_not_shown(tmp_path, article, expect):
    """Issue 9: agreeing figures do not show a claim that writes a name the corpus sentence never writes where it
    writes another, next to the same word ("an IMF training program" / "an NHS training program")."""
    corpus = ["Three Kenyan nurses recently went missing while in Leeds for an NHS training program; they were found "
              "safe somewhere outside the city."]
    assert _article_verdict(tmp_path, corpus, "2026-06-01", article, date(2026, 6, 2), "Three Kenyan") == expect


@pytest.mark.parametrize("side, expect", [("right", "unverified"), ("left", "supported")])
def test_another_alternative_before_one_thing_is_another_thing(tmp_path, side, expect):
    """Issue 9: "blind in his right eye" is not shown by a sentence writing "his left eye" and never "right eye":
    one alternative of a contrast set (rules/lexicons/corpus_words.yaml) for another, before the same word."""
    corpus = ["Brel has lost sight in his left eye and has blurry vision in the other following the crash on Sunday "
              "at Dock Road."]
    article = f"Jonas Brel is now blind in his {side} eye and has blurred vision in the other after the crash last " \
              "Sunday on Dock Road."
    assert _article_verdict(tmp_path, corpus, "2026-03-03", article, date(2026, 3, 4), "Jonas Brel") == expect


@pytest.mark.parametrize("month, expect", [("January", "contradicted"), ("February", "supported")])
def test_a_month_named_from_the_date_is_compared_with_a_month_and_its_year(tmp_path, month, expect):
    """Issue 9: "Last month Zenda Ferries filed ...", in a March article, is February: the corpus's "in January
    2026, Zenda Ferries filed ..." gives another month of that year."""
    corpus = [f"Unsurprisingly, Zenda Ferries did not like the ruling and, in {month} 2026, the company filed a "
              "trademark lawsuit against Harbour Lines."]
    article = "Last month Zenda Ferries hit back with a trademark lawsuit against Harbour Lines."
    assert _article_verdict(tmp_path, corpus, "2026-03-26", article, date(2026, 3, 27), "Last month") == expect


@pytest.mark.parametrize("corpus_text, corpus_date, year, contradicted", [
    # a December told alone in February 2026 is December 2025
    ("In late December, the coalition dropped supplies to the militants in an area north of Zenda.", "2026-02-23",
     "2024", True),
    ("In late December, the coalition dropped supplies to the militants in an area north of Zenda.", "2026-02-23",
     "2025", False),
    # ... unless the corpus names its year otherwise: in October 2026, "in July last year" is July 2025
    ("In July last year, the coalition dropped supplies to the militants in an area north of Zenda.", "2026-10-23",
     "2025", False),
])
def test_a_month_told_alone_is_the_latest_such_month_by_the_corpus_date(tmp_path, corpus_text, corpus_date, year,
                                                                        contradicted):
    """Issue 9: "In late December 2024, the coalition dropped supplies ..." is contradicted by a line of February
    2026 telling the same "In late December": its December is December 2025, a changed year."""
    month = "July" if "July" in corpus_text else "late December"
    article = f"In {month} {year}, the coalition dropped supplies to militants in an area north of Zenda."
    dateline = date.fromisoformat(corpus_date) + timedelta(days=2)
    verdict = _article_verdict(tmp_path, [corpus_text], corpus_date, article, dateline, "coalition")
    assert (verdict == "contradicted") == contradicted


@pytest.mark.parametrize("title, expect", [("Mara Evans's doctor denies the reports", "contradicted"),
                                           (None, "unverified")])
def test_the_names_of_an_articles_title_tie_a_surname_to_a_given_name(tmp_path, title, expect):
    """Issue 9: "Evans had arrived at the clinic on the morning of May 6", under the title "Mara Evans's doctor
    denies the reports", is about whom "Mara arrived at the clinic ... on the morning of May 8" is about: the
    title writes both names in one (singular, as name words are: "evan"); with no title, "Evans" and "Mara" may
    be two people."""
    source = tmp_path / "wire.jsonl"
    source.write_text(json.dumps({"text": "Mara arrived at the Eastside clinic for a scan with Dr Lena Holt, its "
                                          "medical director, on the morning of May 8.",
                                  "source": "Wire", "date": "2026-05-20"}) + "\n", encoding="utf-8")
    build_corpus(str(tmp_path / "c.db"), [str(source)])
    article = "Evans had arrived at the Eastside clinic on the morning of May 6 for a scan with Dr Lena Holt, its " \
              "medical director."
    result = check_document(Document(source="case", text=article, title=title),
                            Options(corpus=str(tmp_path / "c.db"), dateline=date(2026, 5, 21), select=RULES))
    assert (result.claims[0].verdict if result.claims else "unverified") == expect


@pytest.mark.parametrize("claim, retold", [
    ("The Zenda ferry company said it would expand the Dock Road depot by the end of the year.", False),
    ("The Zenda ferry company said it would close the Dock Road depot by the end of the year.", True),
    ("The Zenda ferry board voted to keep its chief executive despite months of falling sales.", False),
    ("Investigators have ruled out that the blaze at the Zenda ferry depot was started deliberately.", False),
])
def test_opposed_words_and_a_ruling_out_are_told_otherwise(tmp_path, claim, retold):
    """Issue 9: "expand" / "close", "keep" / "replace" (rules/lexicons/corpus_words.yaml opposed_words) and "have
    ruled out that ..." / "believe ..." (a denial) tell other things than the corpus sentences."""
    from factcheck.corpus.crossref import check_statement
    store = _statement_store(tmp_path, [
        "The Zenda ferry company said it would close the Dock Road depot by the end of the year.",
        "The Zenda ferry board voted to replace its chief executive after months of falling sales.",
        "Investigators believe the blaze at the Zenda ferry depot was started deliberately."])
    assert bool(check_statement(store, claim, 0)) == retold


@pytest.mark.parametrize("line, article, expect", [
    # the span is told from an event the corpus sentence never writes: its age agrees, the span is not shown
    ("Marta Kell died at St. Anne's on Nov. 3 at age 74.",
     "Marta Kell, 74, died more than three weeks after entering the hospice.", "unverified"),
    # the corpus sentence writes the event: the span is its to back (and it does not give one otherwise)
    ("Marta Kell died at St. Anne's on Nov. 3 at age 74, three days after the surgery.",
     "Marta Kell, 74, died three days after the surgery.", "supported"),
    # a length ("jailed for ... years after a retrial") is no span told from an event
    ("Marta Kell, 74, was jailed for 12 years.", "Marta Kell, 74, was jailed for 12 years after a retrial.",
     "supported"),
])
def test_a_span_told_from_an_event_the_evidence_never_writes_is_not_shown(tmp_path, line, article, expect):
    """Issue 9: "died more than two weeks after entering the clinic" is not backed by "died ... on Sept. 4 at age
    81", which only the age links: the span is counted from an event the evidence does not write."""
    assert _article_verdict(tmp_path, [line], "2021-11-10", article, date(2021, 11, 12), "74") == expect


@pytest.mark.parametrize("line, expect", [
    ("For the first half, Orvane Group earned $212 million on revenue of $3.1 billion.", "unverified"),  # the whole
    ("For the first half, Orvane Group's shipping division earned $212 million.", "supported"),  # the part
])
def test_a_whole_figure_is_not_its_part(tmp_path, line, expect):
    """Issue 9: "Xerox's financial-services operations alone earned $492 million" is not backed by "Xerox earned
    $492 million": the corpus gives the figure to the body, the claim to a part of it (part_heads)."""
    article = "Orvane Group's shipping division alone earned $212 million over the first half."
    assert _article_verdict(tmp_path, [line], "2022-08-02", article, date(2022, 8, 4), "$212") == expect


@pytest.mark.parametrize("paper, expect", [("Port Dorset Times", "unverified"), ("Harwick Gazette", "supported")])
def test_two_doers_named_apart_are_two_tellings(tmp_path, paper, expect):
    """Issue 9: "the Los Angeles Times named the surfer as Kevin Swanson, 50" is not backed by "The San Luis
    Obispo Tribune, citing witnesses, identified the surfer as 50-year-old Kevin Swanson": each main clause
    opens with a doer the other sentence never names, whatever else they share (here a place the corpus
    story names, Port Dorset, ties the claim to the corpus sentence)."""
    lines = ["Fire chief Jo Pell said the crash happened at around 9 a.m. local time at Greyhill Country Park, "
             "some 40 miles north of Port Dorset.",
             "The Harwick Gazette, citing police, identified the driver as 41-year-old Tom Reel of Eden Bay, Wessex."]
    text = ("The crash happened at about 9 a.m. at Greyhill Country Park, some 40 miles north of Port Dorset, said "
            f"fire chief Jo Pell. Citing police, the {paper} named the driver as Tom Reel, 41, of Eden Bay.")
    assert _article_verdict(tmp_path, lines, "2019-06-10", text, date(2019, 6, 11), "Tom Reel") == expect


@pytest.mark.parametrize("article, expect", [
    ("Its parent company, Varnholt Ltd., also hit a new low on Monday.", "unverified"),  # the parent
    ("Varnholt Marine LLC also hit a new low on Monday.", "supported"),  # the company itself
])
def test_a_parent_and_its_offshoot_are_two_companies(tmp_path, article, expect):
    """Issue 9: "Transocean Ltd. also hit a new low on Monday" is not backed by "Transocean Partners LLC posted a
    new low on Monday": two legal names beginning alike and differing otherwise are two companies."""
    lines = ["Varnholt Marine LLC (NYSE: VHM) posted a new 52-week low on Monday of $13.18."]
    assert _article_verdict(tmp_path, lines, "2016-03-07", article, date(2016, 3, 8), "low on Monday") == expect


@pytest.mark.parametrize("article, expect", [
    ("A team from Calder State University is also preparing a report on the chemical dispersants.", "unverified"),
    ("A team from the University of South Calder is also preparing a report on the chemical dispersants.",
     "supported"),
])
def test_two_universities_named_alike_are_two(tmp_path, article, expect):
    """Issue 9: "A team from Florida State University is also preparing a report" is not backed by a sentence
    about "the University of South Florida": names of one institution kind sharing a word, each with a word
    the other sentence never writes (institution_kinds)."""
    lines = ["Another team of scientists, from the University of South Calder (USC), is also preparing a report "
             "on the chemical dispersants."]
    assert _article_verdict(tmp_path, lines, "2010-08-17", article, date(2010, 8, 18), "team from") == expect


def test_a_sentence_opening_with_she_keeps_whom_the_story_named(tmp_path):
    """Issue 9: after "Rivers had gone to Yorkville Endoscopy ... She was rushed to Manhattan's Mount Sinai
    Hospital.", a sentence naming no one is still in Rivers's story, not only in the hospital's: "She" told of
    whom the story already named."""
    lines = ["Nora Pell died on Thursday, a week after a routine procedure at the Elm Clinic went wrong.",
             "After an initial autopsy, the Dunmore County medical examiner has said the cause of death is unclear "
             "and they need to run more tests."]
    text = ("Nora Pell had gone to the Elm Clinic for a routine procedure when complications set in. She was rushed "
            "to Harbor General Hospital in Kelso. After a first autopsy, the county's medical examiner said the cause "
            "of death was still unclear and more tests were needed.")
    assert _article_verdict(tmp_path, lines, "2019-06-10", text, date(2019, 6, 11), "autopsy") == "supported"


@pytest.mark.parametrize("article, line, expect", [
    # the claim's name, written in lower case by the corpus sentence: the same body
    ("The Fisheries Council insists that any agreement must give EU inspectors unrestricted access to every "
     "licensed trawler.",
     "The EU fisheries council insists any deal must allow EU inspectors unrestricted access to all licensed "
     "trawlers.", "supported"),
    # a title is no name: "The Prime Minister" is not whichever "prime minister" a sentence writes
    ("The Prime Minister told journalists that he had just seen the budget news.",
     "The former Conservative prime minister told journalists that he had just seen the budget news.", "unverified"),
])
def test_a_name_the_corpus_writes_in_lower_case_is_shared(tmp_path, article, line, expect):
    """Issue 9: "The Security Council insists ..." is retold by "The UN security council insists ...": the name
    is the subject the corpus sentence writes, in lower case."""
    assert _article_verdict(tmp_path, [line], "1998-02-22", article, date(1998, 2, 23), "told" if "told" in article
                            else "insists") == expect


def test_a_role_the_corpus_capitalises_is_no_other_owner(tmp_path):
    """Issue 9: "Homeland Security Investigations special agents took custody of the three men" is retold by
    "... (HSI) Special Agents took custody of three men": a role written in capitals is not another owner of
    the figure when the claim writes it in lower case."""
    line = "Coast Guard Investigative Service (CGIS) Special Agents took custody of four men and the boat."
    article = "Coast Guard Investigative Service special agents took custody of the four men and the boat."
    assert _article_verdict(tmp_path, [line], "2022-05-10", article, date(2022, 5, 11), "four") == "supported"


@pytest.mark.parametrize("line, expect", [
    ("Since the beginning of the year, the yield on the 10-year note has risen by more than half a point, to 3.1 "
     "percent.", "supported"),
    # another month is another start
    ("Since March, the yield on the 10-year note has risen by more than half a point, to 3.1 percent.",
     "contradicted"),
])
def test_the_start_of_the_year_tells_january(tmp_path, line, expect):
    """Issue 9: "Since January, the yield ... to 3.1 percent" is retold by "Since the beginning of the year, the
    yield ...": the beginning of the year is its January."""
    article = "Since January, the yield on the 10-year note has gained more than half a point, to 3.1 percent."
    assert _article_verdict(tmp_path, [line], "2018-09-25", article, date(2018, 9, 26), "3.1") == expect


def test_two_spellings_of_one_noun_count_alike(tmp_path):
    """Issue 9: "two Trump advisers" is "two Trump advisors" (noun_groups in number_units.yaml)."""
    line = "Meeting with reporters in Pisa, two Marlow advisors refused to address the contents of the memo."
    article = "Meeting reporters in Pisa, two Marlow advisers refused to address the contents of the memo."
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 28), "two") == "supported"


@pytest.mark.parametrize("line, expect", [
    ("Almost six years later, though, 4,000 Dutch troops are still serving in that country.", "supported"),
    ("Almost three years later, though, 4,000 Dutch troops are still serving in that country.", "contradicted"),
])
def test_years_on_are_years_later(tmp_path, line, expect):
    """Issue 9: "Nearly nine years on, 20,000 Marines are still fighting" is told as "Almost nine years later,
    though, 20,000 Marines are still fighting": a span told "on" is told from a point, as "later" is, and
    compared with it."""
    article = "Nearly six years on, 4,000 Dutch troops are still serving in the country."
    assert _article_verdict(tmp_path, [line], "2010-08-13", article, date(2010, 8, 14), "4,000") == expect


def test_a_party_and_state_tag_names_the_party_and_the_state(tmp_path):
    """Issue 9: "Lindsey Graham, the Republican senator from South Carolina, called ..." is retold by "Sen.
    Lindsey Graham, R-S.C., called ...": the tag names the party and the state (aliases.yaml)."""
    line = 'Sen. Mara Kettle, D-Calif., called the agency plan "reckless."'
    article = 'Mara Kettle, the Democratic senator from California, called the agency plan "reckless."'
    assert _article_verdict(tmp_path, [line], "2014-09-14", article, date(2014, 9, 15), "reckless") == "supported"


@pytest.mark.parametrize("article, expect", [
    ("Dorrit said the decision came after three lengthy interviews with the mother, Ana Ruiz.", "contradicted"),
    ("Dorrit said the decision came after two lengthy interviews with the mother, Ana Ruiz.", "supported"),
])
def test_who_tells_a_figure_does_not_own_it(tmp_path, article, expect):
    """Issue 9: in "Meissner said the decision came after three lengthy interviews", Meissner tells the figure;
    the corpus's "Meissner said the INS decision was made after two lengthy interviews" gives it to no one else."""
    line = "Dorrit said the ICA decision was made after two lengthy interviews with the girl's mother, Ana Ruiz."
    assert _article_verdict(tmp_path, [line], "2000-01-05", article, date(2000, 1, 6), "interviews") == expect


@pytest.mark.parametrize("article, swapped", [
    ("HLA released 1.5 floors at 300 Elgin Street and 10.5 floors at 180 Queen Street.", True),
    ("HLA released 10.5 floors at 300 Elgin Street and 1.5 floors at 180 Queen Street.", False),
])
def test_two_figures_that_traded_places_are_a_swap(tmp_path, article, swapped):
    """Issue 9: "1.5 floors at 300 Slater Street and 10.5 floors at 180 Kent Street" against "10.5 floors at 300
    Slater Street and 1.5 floors at 180 Kent Street": each figure is told of the other's place, named after it."""
    line = ("In support of the plan, Harbour Lands Authority (HLA) chose to release 10.5 floors at 300 Elgin Street "
            "and 1.5 floors at 180 Queen Street back to Public Works Canada (PWC).")
    verdict = _article_verdict(tmp_path, [line], "2026-05-25", article, date(2026, 5, 26), "floors")
    assert (verdict == "contradicted") == swapped


@pytest.mark.parametrize("article, expect", [
    ("Taking it away from millions of Americans will cost money, too.", "unverified"),  # "millions of" alone
    ("Taking it away from 20 million Americans will cost money, too.", "supported"),  # a figure of its own
])
def test_an_order_of_magnitude_alone_backs_no_sentence_worded_otherwise(tmp_path, article, expect):
    """Issue 9 (FNC-1 cross-check): "Taking it away from millions of Americans will cost money" is not backed by
    "It's about protecting millions of people ... from a radical Islamic army": "millions of" agrees with any
    count of millions, so it vouches only in a sentence worded closely (SUPPORT_SIMILARITY)."""
    figure = "millions of" if "millions" in article else "20 million"
    line = f"It is about protecting {figure} people throughout America from a radical army that intends to come here."
    assert _article_verdict(tmp_path, [line], "2014-09-10", article, date(2014, 9, 11), "Taking") == expect


@pytest.mark.parametrize("article, expect", [
    ("In early 2003, Belgian Premier Anton Verlinde assured Haskell that he could accept the canal treaty.",
     "supported"),  # the country tells whose office it is
    ("In early 2003, Dutch Premier Anton Verlinde assured Haskell that he could accept the canal treaty.",
     "unverified"),  # the corpus gives the office to another country
])
def test_a_country_before_a_title_and_a_name_tells_whose_office(tmp_path, article, expect):
    """Issue 9: "In early 1997, Russian President Boris Yeltsin assured Clinton ..." is retold by "In early 1997,
    President Boris Yeltsin told President Clinton ...": the country before the title and the name the corpus
    writes adds no one, unless the corpus gives the office to another country."""
    country = "" if expect == "supported" else "Belgian "
    line = f"In early 2003, {country}Premier Anton Verlinde told Mayor Haskell he could live with the canal treaty."
    assert _article_verdict(tmp_path, [line], "2004-03-12", article, date(2004, 3, 13), "Verlinde") == expect


@pytest.mark.parametrize("article, expect", [
    ("Inspectors called the find two months ago of a scoped rifle buried near the Dalby farm a major lead.",
     "contradicted"),  # July against the wire's August
    ("Inspectors called the find a month ago of a scoped rifle buried near the Dalby farm a major lead.",
     "supported"),
])
def test_months_counted_back_are_months_named_from_each_sides_date(tmp_path, article, expect):
    """Issue 9: "the discovery two months ago of a scope-equipped rifle", in a May article, is not "last month's
    discovery of a scope-equipped rifle" in a May wire: each month resolved against its own side's date."""
    line = "Inspectors would not say more but said last month's find of a scoped rifle buried near the Dalby farm " \
           "was a major lead."
    assert _article_verdict(tmp_path, [line], "2019-09-06", article, date(2019, 9, 8), "rifle") == expect


@pytest.mark.parametrize("article, expect", [
    ("Bridgeport officials called the return to class three months ago the real test.", "contradicted"),
    ("Bridgeport officials called the return to class two months ago the real test.", "supported"),
])
def test_a_count_of_months_back_is_compared_as_its_figure(tmp_path, article, expect):
    """Issue 9: "the return to in-person school three months ago" against "the return to school two months ago":
    the figure that counts back to a month is that month's, not another day's figure beside a date."""
    line = "Calling the return to class two months ago the real test, Bridgeport officials said they were satisfied."
    assert _article_verdict(tmp_path, [line], "2021-06-10", article, date(2021, 6, 11), "return") == expect


def test_a_month_alone_shows_a_month_counted_back(tmp_path):
    """Issue 9: "Two months ago, King Abdullah stepped in ...", in a November article, is shown by "In September,
    ... King Abdullah stepped in ..." in a November wire: the bare month is the latest September."""
    line = "In September, a Dalmar woman sentenced to 10 lashes was spared when Duke Orsen stepped in to stop it."
    article = "Two months ago, Duke Orsen stepped in to stop the flogging of a Dalmar woman sentenced to ten lashes."
    assert _article_verdict(tmp_path, [line], "2011-11-20", article, date(2011, 11, 22), "Orsen") == "supported"


@pytest.mark.parametrize("article, expect", [
    ("The Harbour Board did not disclose the meeting until February, and it played down its importance.",
     "contradicted"),
    # (the same month: no contradiction; a month alone shows no claim)
    ("The Harbour Board did not disclose the meeting until March, and it played down its importance.", "unverified"),
    ("Dock workers in Pellston will not see the raise until June.", "contradicted"),
])
def test_not_until_and_wait_until_tell_when_it_happened(tmp_path, article, expect):
    """Issue 9: "did not disclose the meeting until February" is "disclosed the meeting only in March" told with
    another month, and "will not see it until June" is "must wait until July to see it" told so."""
    lines = ["The Harbour Board disclosed the meeting only in March, playing down its importance.",
             "Dock workers in Pellston must wait until July to see the raise."]
    needle = "meeting" if "meeting" in article else "raise"
    assert _article_verdict(tmp_path, lines, "2017-05-26", article, date(2017, 5, 28), needle) == expect


@pytest.mark.parametrize("article, expect", [
    ("The governor received Ilan Morz and his family earlier this week for the ceremony.", "contradicted"),
    ("The governor received Ilan Morz and his family last week for the ceremony.", "supported"),
])
def test_weeks_told_among_the_same_words_are_compared(tmp_path, article, expect):
    """Issue 9: "She received Yair Tawil and his family earlier this week for the ceremony" against "the President
    last week met Yair Tawil and his family for the unusual ceremony", worded less alike than a relative day needs
    but told among the same words."""
    line = "Though it sounds like a fairy tale, the governor last week met Ilan Morz and his family for the old " \
           "ceremony, which dates back more than a century."
    assert _article_verdict(tmp_path, [line], "2014-12-26", article, date(2014, 12, 27), "Morz") == expect


def test_a_body_named_by_words_joined_by_and_is_one_name():
    """Issue 9: "the Food and Drug Administration" is one name, whose initials are "FDA"; "Kenya and Tanzania" and
    "Reuters and Associated Press" stay two."""
    from factcheck.corpus import facts
    assert facts.names("Earlier this week the Food and Drug Administration approved a drug.") == \
        ["food and drug administration"]
    assert "^fda" in facts.Facts(names=("food and drug administration",)).name_words
    assert facts.names("Floods hit Kenya and Tanzania.")[-2:] == ["kenya", "tanzania"]
    assert facts.names("Reporters from Reuters and Associated Press said so.")[-2:] == ["reuters", "associated press"]


@pytest.mark.parametrize("article, expect", [
    ("Ward staff were told of the closure on Dec. 18, a Tuesday and the day the council voted on the budget.",
     "contradicted"),
    ("Ward staff were told of the closure on Dec. 18, a Wednesday and the day the council voted on the budget.",
     "supported"),
])
def test_a_weekday_set_after_a_date_names_that_date(tmp_path, article, expect):
    """Issue 9: "told of the retirement on Dec. 18, a Tuesday" against "on Dec. 18, a Wednesday": the weekday set
    after the date is that date's, and one day given two weekdays is a changed weekday."""
    line = "He said he was asked to give the news to the ward staff on Dec. 18, a Wednesday and the day the " \
           "council voted on the budget."
    assert _article_verdict(tmp_path, [line], "2019-12-30", article, date(2019, 12, 31), "Ward") == expect


@pytest.mark.parametrize("article, expect", [
    ("Tobago are next, on June 9, with the return fixture between the two sides set for June 13.", "contradicted"),
    ("Tobago are next, on June 9, with the return fixture between the two sides set for June 12.", "supported"),
])
def test_two_dates_pair_by_the_day_both_write(tmp_path, article, expect):
    """Issue 9: "on June 9, with the return fixture ... set for June 13" against "on June 9 and the return fixture
    ... slated for June 12": June 9 goes with June 9, so June 13 goes with June 12."""
    line = "Tobago will be the Lions' next opponents on June 9 and the return fixture between the two sides is " \
           "slated for June 12."
    assert _article_verdict(tmp_path, [line], "2022-04-29", article, date(2022, 4, 30), "Tobago") == expect


@pytest.mark.parametrize("article, expect", [
    ("Norland's governors have been naming seventh sons as godsons, symbolically at least, since 1917.",
     "contradicted"),
    ("Norland's governors have been naming seventh sons as godsons, symbolically at least, since 1907.",
     "supported"),
    # a state bounded by the same word but told of another thing: no tie
    ("Norland's governors have been living in the old palace since 1917.", "unverified"),
])
def test_a_year_both_sides_bound_a_state_by_ties_them(tmp_path, article, expect):
    """Issue 9: "presidents have been adopting seventh children, symbolically at least, since 1917" against "who
    since 1907 have been adopting - symbolically, anyway - seventh children": "since" on both sides and two
    words around the years in common beside names tie them (three for a year led otherwise)."""
    line = "Enter Norland's governors, who since 1907 have been naming, symbolically anyway, seventh sons as godsons."
    assert _article_verdict(tmp_path, [line], "2014-12-30", article, date(2014, 12, 31), "Norland") == expect


@pytest.mark.parametrize("article, expect", [
    ("Fenshire Police obtained the order under Section 35 of the Public Order, Crime and Policing Act 2012.",
     "contradicted"),
    ("Fenshire Police obtained the order under Section 35 of the Public Order, Crime and Policing Act 2014.",
     "unverified"),  # the same year: no contradiction
])
def test_one_law_given_two_years_is_a_changed_year(tmp_path, article, expect):
    """Issue 9: "the Anti-Social Behaviour, Crime and Policing Act 2012" against "... Act 2014": the same name of a
    law closed by two years, not a name's year against a date."""
    line = "The order has been granted under Section 35 of the Public Order, Crime and Policing Act 2014 and it " \
           "covers three roads."
    assert _article_verdict(tmp_path, [line], "2023-11-03", article, date(2023, 11, 4), "Fenshire") == expect


@pytest.mark.parametrize("article, expect", [
    ("Since 1990, four nurses, Dale among them, and one ward porter have been hurt.", "contradicted"),
    ("Since 1990, four nurses, Dale among them, and three ward porters have been hurt.", "supported"),
])
def test_a_bare_count_stands_before_its_noun_in_either_number(tmp_path, article, expect):
    """Issue 9: "one clinic employee" stands where "three clinic employees" does: the words around a bare count are
    read singular, so the two counts are placed alike."""
    line = "Since 1990, four nurses, including Dale, and three ward porters have been hurt."
    assert _article_verdict(tmp_path, [line], "2000-01-05", article, date(2000, 1, 6), "Dale") == expect


@pytest.mark.parametrize("corpus_date, article, expect", [
    ("2000-01-28", "For the past three months, Maria's father has demanded that the girl be sent home to Oran.",
     "contradicted"),  # two days apart: the span cannot have run on by a month
    ("2000-01-28", "For the past two months, Maria's father has demanded that the girl be sent home to Oran.",
     "supported"),
    ("1999-11-28", "For the past three months, Maria's father has demanded that the girl be sent home to Oran.",
     "unverified"),  # two months apart: the span has run on
])
def test_a_span_running_to_each_sides_date_is_compared_from_near_dates(tmp_path, corpus_date, article, expect):
    """Issue 9: "For the past three months, Elian's father has demanded ..." against "For the past two months,
    Elian's father has demanded ..." two days before: a span running up to each side's date is compared only when
    the two dates lie less than its unit apart."""
    line = "For the past two months, Maria's father has demanded that the girl be sent home to Oran."
    assert _article_verdict(tmp_path, [line], corpus_date, article, date(2000, 1, 30), "Maria") == expect


def test_cannot_is_a_denial(tmp_path):
    """Issue 9: "Wexley Steel said it cannot pay the $5 million fine" is not shown by "Wexley Steel said it paid the
    $5 million fine": "cannot" denies as "can't" does."""
    line = "Wexley Steel said it paid the $5 million fine."
    article = "Wexley Steel said it cannot pay the $5 million fine."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Wexley") == "unverified"


@pytest.mark.parametrize("article, expect", [
    ("Although her arm was broken, doctors say her life was never at risk, the Courier reported.", "supported"),
    # a denial led by other words, over another thing: no retelling
    ("Although her arm was broken, doctors say she would no longer ride, the Courier reported.", "unverified"),
])
def test_two_denials_reworded_from_the_same_place_deny_alike(tmp_path, article, expect):
    """Issue 9: "her health was never at risk" is retold by "her health was not in jeopardy": each sentence denies
    one thing, from the same place (a word in common before each denial), and neither asserts what the other
    denies; "he would no longer obfuscate anything" is not retold by "Morin's 'no comment'"."""
    line = "Her arm was broken, but doctors say her life was not in jeopardy, the Courier reports."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Courier") == expect


@pytest.mark.parametrize("article, expect", [
    ("Tom Arlo was left with cuts and heavy bruising to his arms and back.", "supported"),  # no rate held or cut
    ("The Harbour Bank left its lending rates unchanged at the meeting on the pier.", "unverified"),
])
def test_a_pair_of_rate_moves_counts_only_over_a_rate(tmp_path, article, expect):
    """Issue 9: "He was left with cuts and heavy bruising to his face and chest" is retold by "Igor suffered from
    cuts and severe bruises to his face and chest": "left" and "cuts" oppose each other only over a rate
    (predicates_opposing.yaml, objects_written), as in "left rates unchanged" / "cut rates"."""
    lines = ["Tom Arlo suffered cuts and severe bruises to his arms and back.",
             "The Harbour Bank cut its lending rates at the meeting on the pier."]
    needle = "Arlo" if "Arlo" in article else "Harbour"
    assert _article_verdict(tmp_path, lines, "2014-08-12", article, date(2014, 8, 13), needle) == expect


@pytest.mark.parametrize("article, expect", [
    ("Karen Dorsey later held the job as the first counselor to George W Marsh.", "supported"),  # "W" / "W."
    ("A Harwick County Police Department report, however, describes a stolen van.", "supported"),  # "Dept."
    ("A Harwick County Fire Department report, however, describes a stolen van.", "unverified"),  # another body
])
def test_a_name_word_abbreviated_is_the_word(tmp_path, article, expect):
    """Issue 9: "James C Kopp of St Albans" is "James C. Kopp ... of St. Albans", and "Police Department" is "Police
    Dept.": an initial or abbreviation with its period or without, or two letters or more of the word, in order,
    from its first, written with a period."""
    lines = ["Karen Dorsey also served as George W. Marsh's first counselor to the president.",
             "But we got a report from the Harwick County Police Dept. describing a stolen van."]
    needle = "Dorsey" if "Dorsey" in article else "Harwick"
    assert _article_verdict(tmp_path, lines, "2016-12-23", article, date(2016, 12, 24), needle) == expect


def test_an_irregular_participle_opening_a_sentence_is_no_name():
    """Issue 9: "Born in Florida, Sotloff grew up in Miami" names Florida, Sotloff and Miami, not "Born"; so does
    "Told to empty his pockets, Amri drew a pistol" name Amri alone (a name that opens with such a word stays
    whole: "Lost Lake Resort")."""
    from factcheck.corpus import facts
    assert facts.names("Born in Florida, Sotloff grew up in Miami.") == ["florida", "sotloff", "miami"]
    assert facts.names("Told to empty his pockets, Amri drew a pistol.") == ["amri"]
    assert facts.names("Lost Lake Resort, in Oregon, closed.") == ["lost lake resort", "oregon"]


def test_a_function_word_opening_a_sentence_is_no_name():
    """Issue 9: "Within roughly an hour it was on the websites of The Week" names The Week, not "Within", and
    "Rather than resign, Sununu set out ..." names Sununu first; "The US is bolstering ..." still names the US
    (a function word that is also a name of aliases.yaml)."""
    from factcheck.corpus import facts
    assert facts.names("Within roughly an hour it was on the websites of The Week.") == ["week"]
    assert facts.names("Rather than resign, Sununu set out to show the president.") == ["sununu"]
    assert facts.names("The US is bolstering its military presence in the gulf.") == ["us"]


@pytest.mark.parametrize("second, expect", [
    # a sentence naming no one, after one naming the Gazette: whom the claim tells of is not there
    ("Not all qualify, as the honour goes only to families in which seven sons are born in a row.", "unverified"),
    # the Gazette named by the corpus sentence itself
    ("Families with seven sons in a row get the mayor as godparent and a silver medal, the Harwick Gazette said.",
     "supported"),
])
def test_a_claim_naming_only_who_tells_it_has_no_subject_in_a_story(tmp_path, second, expect):
    """Issue 9 (FNC-1 cross-check): "Any family now which has seven sons or daughters get the president as their
    official godparent ..., reports the Independent" is not backed by "Not all qualify ... seven sons are born
    consecutively", after a sentence naming the Independent: who tells a claim is not whom it is about."""
    lines = ["The Harwick Gazette ran the story on its front page.", second]
    article = "Any family with seven sons gets the mayor as godparent and a silver medal, reports the Harwick Gazette."
    assert _article_verdict(tmp_path, lines, "2014-10-01", article, date(2014, 10, 2), "Gazette") == expect


@pytest.mark.parametrize("article, expect", [
    ("Officials at the port and at Harwell Command are working with state and local police to find the three "
     "fishermen.", "supported"),
    ("Officials at the port and at Harwell Command are working with state and local police to find the four "
     "fishermen.", "unverified"),
    # the same small figure written for another quantity (a span of time) is no retelling of it
    ("Officials at the port and at Harwell Command have been working with state and local police for three days.",
     "unverified"),
])
def test_a_small_count_given_another_noun_is_retold_as_a_statement(tmp_path, article, expect):
    """Issue 9: "find the three men" is retold by "locate the three Afghans": a claim whose one figure is a small count,
    which no corpus figure aligns with, is backed by a close retelling that writes the count as the same kind; a span of
    time ("for three days") is not written by a count of people ("the three Norwegians")."""
    line = "Officials at Port Ellis and the Harwell Command, as well as state and local police, are working to locate " \
        "the three Norwegians."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Harwell") == expect


@pytest.mark.parametrize("article, expect", [
    ("Marla Fenwick has spoken about her treatment. She said she had approached about 30 clinics before one agreed to "
     "do it.", "contradicted"),
    ("Marla Fenwick has spoken about her treatment. She said she had approached more than 50 clinics before one "
     "agreed to do it.", "supported"),
    # a count of another thing, or of another person's
    ("Marla Fenwick has spoken about her treatment. She said she had approached about 30 lawyers before one agreed "
     "to do it.", "unverified"),
    ("Dana Kirk has spoken about her treatment. She said she had approached about 30 clinics before one agreed to do "
     "it.", "unverified"),
])
def test_each_sides_only_count_of_one_thing_is_compared(tmp_path, article, expect):
    """Issue 9: "She said she had approached about 30 doctors" against "Tridevil told the station that she contacted
    more than 50 doctors": each sentence's only figure counts the same thing, about the same subject, in sentences
    worded a little alike (below the likeness that anchors figures otherwise)."""
    line = "Fenwick told the station that she contacted more than 50 clinics before finding one who would give her the " \
        "implant."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "approached") == expect


@pytest.mark.parametrize("article, expect", [
    ("Its diner, on Main Street by the river, still serves Dorrance pie in 10 minutes or less.", "contradicted"),
    ("Its diner, on Main Street by the river, still serves Dorrance pie in five minutes or less.", "supported"),
])
def test_a_time_taken_at_most_is_compared_as_a_limit(tmp_path, article, expect):
    """Issue 9: "still pumps out pizza in five minutes or less" / "in 10 minutes or less": "in" before a span bounded by
    "or less" tells how long something takes, not when (a span told from the side's date), and two such limits are
    compared as figures, as "up to" ones are (rules/lexicons/number_hedges.yaml: peaks)."""
    line = "And its diner, located along Main Street on the riverbank, still serves Dorrance pie in five minutes or " \
        "less, of course."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "pie") == expect


@pytest.mark.parametrize("article, expect", [
    ("The harbour police enjoy generous funding from Governor Alden.", "supported"),
    ("The harbour police enjoy generous funding from Mayor Corwin.", "unverified"),  # from another
])
def test_a_denial_of_nothing_told_weighs_only_against_a_denial(tmp_path, article, expect):
    """Issue 9: "The religious police enjoy lavish funding from King Abdullah" is retold by "But the religious police,
    massively funded by King Abdullah, cannot do this": a denial over nothing the claim tells ("cannot do this") does
    not part two sentences when the claim denies nothing."""
    line = "But the harbour police, generously funded by Governor Alden, cannot do this."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "harbour") == expect


@pytest.mark.parametrize("article, expect", [
    ("Governor Alden formally adopted Tomas Varga, from a fishing family, last year, the Courier says.", "unverified"),
    ("Governor Alden formally adopted Tomas Varga, from a fishing family, this year, the Courier says.", "supported"),
])
def test_a_statement_names_a_year_from_its_date_as_the_corpus_does(tmp_path, article, expect):
    """Issue 9: "The first Jewish presidential godson was adopted last year", in an article of 2014-12-31, is not
    retold by "This year, Fernandez de Kirchner formally adopted Yair Tawil", in a wire of 2014-12-29: a year a
    statement names from its date must be the one the corpus sentence gives."""
    line = "This year, Governor Alden formally adopted Tomas Varga, a member of a fishing family, according to the Courier."
    assert _article_verdict(tmp_path, [line], "2014-12-29", article, date(2014, 12, 31), "adopted") == expect


@pytest.mark.parametrize("article, expect", [
    ("Two gunmen died in the raid on the museum, officials said.", "supported"),
    # a second number, no figure of its own ("two may have escaped"), may be the first's swapped counterpart
    ("Three gunmen died in the raid on the museum, and two may have escaped, officials said.", "unverified"),
])
def test_a_sentence_writing_two_numbers_is_no_one_count_statement(tmp_path, article, expect):
    """Issue 9: a claim read as a statement by its one small count must write no other number: "Three gunmen died ...,
    and two may have escaped" is not retold by "Two gunmen died ..., and three others may have escaped", which
    writes both numbers."""
    line = "Two gunmen died in the raid on the museum, and three others may have escaped, officials said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "gunmen") == expect


@pytest.mark.parametrize("article, expect", [
    ("Four soldiers were wounded in the ambush near Tarvo, the army said.", "supported"),
    ("Four soldiers were not wounded in the ambush near Tarvo, the army said.", "unverified"),
    ("Four soldiers weren't wounded in the ambush near Tarvo, the army said.", "unverified"),  # "n't" as "not"
    # "not yet" denies no word the corpus sentence asserts
    ("Four soldiers were wounded in the ambush near Tarvo, the army said, though it has not yet named them.",
     "supported"),
])
def test_a_claim_denying_what_the_corpus_asserts_is_not_backed_by_its_figure(tmp_path, article, expect):
    """Issue 9: "Four soldiers were not wounded in the ambush" was supported by "Four soldiers were wounded in the
    ambush": the agreeing figure carried it, since only a denial whose clause holds a figure parted the two. The
    claim's "not" right before a word the corpus sentence asserts now tells it otherwise."""
    line = "Four soldiers were wounded in the ambush near Tarvo, the army said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "soldiers") == expect


@pytest.mark.parametrize("article, expect", [
    ("Four soldiers were wounded in the ambush near Tarvo, the army said.", "unverified"),
    ("Four soldiers were abducted in the ambush near Tarvo, the army said.", "supported"),  # one fate, reworded
])
def test_the_captured_are_another_count_than_the_wounded(tmp_path, article, expect):
    """Issue 9: "Four soldiers were wounded in the ambush" was supported by "Four soldiers were captured in the
    ambush": the captured and the arrested are now harms of their own beside the dead, the injured and the
    hospitalised (rules/lexicons/number_units.yaml noun groups)."""
    line = "Four soldiers were captured in the ambush near Tarvo, the army said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "soldiers") == expect


@pytest.mark.parametrize("article, expect", [
    ("The Dorrance bill failed in the state Senate 22-18 on Tuesday.", "unverified"),
    ("The Dorrance bill cleared the state Senate 22-18 on Tuesday.", "supported"),
])
def test_a_bill_that_failed_is_not_one_that_passed(tmp_path, article, expect):
    """Issue 9: "The bill failed in the state Senate 22-18" was supported by "The bill passed the state Senate 22-18":
    the agreeing tally carried it. "passed" and "failed" are now opposed words (rules/lexicons/corpus_words.yaml)."""
    line = "The Dorrance bill passed the state Senate 22-18 on Tuesday."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Dorrance") == expect


@pytest.mark.parametrize("article, expect", [
    ("Harlan Foods will move its headquarters out of Tarvo, chief executive Mira Kovac said.", "unverified"),
    ("Harlan Foods will keep its headquarters in Tarvo, Mira Kovac, its chief executive, said.", "supported"),
])
def test_keeping_a_thing_is_not_moving_it(tmp_path, article, expect):
    """Issue 9: "Harlan Foods will move its headquarters out of Tarvo" was retold, as a statement, by "Harlan Foods
    will keep its headquarters in Tarvo": keep and move (or relocate) are now opposed words."""
    line = "Harlan Foods will keep its headquarters in Tarvo, chief executive Mira Kovac said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Harlan") == expect


@pytest.mark.parametrize("article, expect", [
    ("Mayor Dana Pell said Tarvo would fire 40 officers next year.", "unverified"),
    ("Mayor Dana Pell said Tarvo would lay off 40 officers next year.", "unverified"),
    ("Mayor Dana Pell said Tarvo would hire 40 officers next year.", "supported"),
])
def test_firing_officers_is_not_hiring_them(tmp_path, article, expect):
    """Issue 9: "the city would fire 40 officers next year" was supported by "the city would hire 40 new officers
    next year": the agreeing count carried it. Hiring and firing (or laying off) are now opposed words."""
    line = "Mayor Dana Pell said Tarvo would hire 40 new officers next year."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Pell") == expect


@pytest.mark.parametrize("article, expect", [
    ("The judge acquitted Rolf Abbing, who faced 15 years in prison for the 2014 robbery.", "unverified"),
    ("Rolf Abbing was sentenced to 15 years in prison for the 2014 robbery.", "supported"),
])
def test_an_acquittal_is_no_sentence(tmp_path, article, expect):
    """Issue 9: "The judge acquitted Abbing, who faced 15 years in prison" was supported by "The judge sentenced
    Abbing to 15 years in prison": the 15 years carried it. Convicting or sentencing and acquitting are now
    opposed words."""
    line = "The judge sentenced Rolf Abbing to 15 years in prison for the 2014 robbery."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Abbing") == expect


@pytest.mark.parametrize("article, expect", [
    ("Rep. Sam Ordway, a Democrat, voted against the $2 billion spending bill on Tuesday.", "unverified"),
    ("Rep. Sam Ordway, a Republican, opposed the $2 billion spending bill on Tuesday.", "supported"),
])
def test_a_democrat_is_not_a_republican(tmp_path, article, expect):
    """Issue 9: "Ordway, a Democrat, voted against the $2 billion bill" was supported by "Ordway, a Republican, voted
    against ...": the party is now a contrast set, as the suspect and the victim are."""
    line = "Rep. Sam Ordway, a Republican, voted against the $2 billion spending bill on Tuesday."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Ordway") == expect


@pytest.mark.parametrize("line, article, expect", [
    ("Velmar Corp. plans to cut 300 jobs at its plant in Tarvo, the company said on Monday.",
     "Velmar Corp. cut 300 jobs at its plant in Tarvo, the company said on Monday.", "unverified"),
    ("Velmar Corp. said it would cut 300 jobs at its plant in Tarvo.",
     "Velmar Corp. has cut 300 jobs at its plant in Tarvo.", "unverified"),
    ("The Tarvo council proposed a $14 million budget for the new school on Monday.",
     "The Tarvo council approved a $14 million budget for the new school on Monday.", "unverified"),
    ("Prosecutors are seeking a 15-year sentence for Rolf Abbing, who robbed a bank in Tarvo in 2014.",
     "Rolf Abbing received a 15-year sentence for robbing a bank in Tarvo in 2014.", "unverified"),
    ("Velmar Corp. cut 300 jobs at its plant in Tarvo last year, the company said on Monday.",
     "Velmar Corp. plans to cut 300 jobs at its plant in Tarvo, the company said on Monday.", "unverified"),
    # a plan retold as a plan
    ("Velmar Corp. plans to cut 300 jobs at its plant in Tarvo, the company said on Monday.",
     "Velmar Corp. will cut 300 jobs at its plant in Tarvo, the company said on Monday.", "supported"),
    # "May", the month, is no possibility
    ("Velmar Corp. cut 300 jobs at its plant in Tarvo in May, the company said on Monday.",
     "Velmar Corp. cut 300 jobs at its plant in Tarvo in May, the company said.", "supported"),
])
def test_what_is_planned_is_not_what_was_done(tmp_path, line, article, expect):
    """Issue 9: "Velmar cut 300 jobs" was supported by "Velmar plans to cut 300 jobs", and "approved a $14 million
    budget" by "proposed a $14 million budget": the agreeing figure carried them. A plan, a bid, a forecast or a
    possibility on one side only now tells another thing."""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), article[:30]) == expect


@pytest.mark.parametrize("article, expect", [
    ("Velmar is the largest steelmaker in Norland, with 12,000 employees.", "unverified"),
    ("Velmar is the third largest steelmaker in Norland, with 12,000 employees.", "supported"),
])
def test_the_largest_is_not_the_third_largest(tmp_path, article, expect):
    """Issue 9: "Velmar is the largest steelmaker in Norland, with 12,000 employees" was supported by "... the
    third-largest steelmaker ...": a superlative with no ordinal before it ranks first (rules/lexicons/corpus_words.yaml
    superlatives)."""
    line = "Velmar is the third-largest steelmaker in Norland, with 12,000 employees."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "12,000") == expect


def test_the_largest_after_two_others_ranks_third(tmp_path):
    """A superlative whose place is told after it ("America's largest foreign creditor, after China and Japan") is
    no first place against "the third-largest"."""
    line = ("Ireland, a nation of less than five million, holds $271 billion of US bonds and is America's largest "
            "foreign creditor, after China and Japan.")
    article = "Ireland holds $271 billion of US bonds, which makes it America's third-largest foreign creditor."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Ireland") == "supported"


@pytest.mark.parametrize("article, expect", [
    ("Mayor Tessa Morrow of Tarvo resigned on Monday after the audit.", "unverified"),
    ("Mayor Tessa Morrow of Tarvo refused to step down on Monday after the audit.", "supported"),
])
def test_refusing_to_resign_on_a_day_is_not_resigning_that_day(tmp_path, article, expect):
    """Issue 9: "Morrow resigned on Monday" was supported by "Morrow refused to resign on Monday": the agreeing day
    carried it, since only a denial whose clause holds a figure parted the two. A day or month in the denied
    clause now counts as one."""
    line = "Mayor Tessa Morrow of Tarvo refused to resign on Monday after the audit."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Morrow") == expect


@pytest.mark.parametrize("line, article", [
    ("Tessa Morrow, the mayor of Tarvo, endorsed Sam Ordway for governor on Tuesday.",
     "Sam Ordway, the mayor of Tarvo, endorsed Tessa Morrow for governor on Tuesday."),
    ("Tarvo's mayor, Tessa Morrow, lost the election to Sam Ordway on Tuesday.",
     "Sam Ordway lost the election to Tarvo's mayor, Tessa Morrow, on Tuesday."),
])
def test_who_endorsed_or_lost_to_whom_is_not_turned_round(tmp_path, line, article):
    """Issue 9: "Ordway endorsed Morrow" was supported by "Morrow endorsed Ordway", and "Ordway lost the election to
    Morrow" by "Morrow lost the election to Ordway": more verbs of one direction now read roles, "lost ... to" as
    the other side of "beat"."""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Ordway") == "unverified"


@pytest.mark.parametrize("article, expect", [
    ("The 12 victims will share $50,000 from the Tarvo fund, the city said.", "unverified"),
    ("The 12 victims will each receive $50,000 from the Tarvo fund, the city said.", "supported"),
])
def test_a_share_each_is_not_a_total(tmp_path, article, expect):
    """Issue 9: "The 12 victims will share $50,000" was supported by "Each of the 12 victims will receive $50,000"."""
    line = "Each of the 12 victims will receive $50,000 from the Tarvo fund, the city said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "victims") == expect


@pytest.mark.parametrize("article, expect", [
    ("Inflation in Norland rose to 5.2 percent in February from 4.8 percent in March.", "unverified"),
    ("Inflation in Norland climbed to 5.2 percent in March from 4.8 percent in February.", "supported"),
])
def test_figures_traded_between_months_are_not_backed(tmp_path, article, expect):
    """Issue 9: "rose to 5.2 percent in February from 4.8 percent in March" was supported by "rose to 5.2 percent in
    March from 4.8 percent in February": each figure agreed, and each month. A figure told of another month than
    its equal, where the other side tells a figure of its month, is now another quantity."""
    line = "Inflation in Norland rose to 5.2 percent in March from 4.8 percent in February."
    assert _article_verdict(tmp_path, [line], "2015-04-05", article, date(2015, 4, 6), "Inflation") == expect


@pytest.mark.parametrize("line, article", [
    ("The Norland government lifted the ban on fishing in the Tarvo estuary on Tuesday.",
     "The Norland government imposed a ban on fishing in the Tarvo estuary on Tuesday."),
    ("The Tarvo council approved the new stadium plan on Tuesday after a long debate.",
     "The Tarvo council shelved the new stadium plan on Tuesday after a long debate."),
    ("Prosecutors are seeking $5 million in damages from Velmar Corp. in the Tarvo case.",
     "Prosecutors were awarded $5 million in damages from Velmar Corp. in the Tarvo case."),
])
def test_opposite_deeds_over_one_thing_are_not_backed(tmp_path, line, article):
    """Issue 9: lifting a ban was read as imposing it, approving a plan as shelving it, and seeking damages as being
    awarded them: each pair is now opposed words (rules/lexicons/corpus_words.yaml)."""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == "unverified"


@pytest.mark.parametrize("article, expect", [
    ("Velmar operated the Tarvo mine until 2010, the company said.", "unverified"),
    ("Since 2010, Velmar has operated the Tarvo mine, the company said.", "supported"),
])
def test_a_year_bound_from_the_other_end_is_another_span(tmp_path, article, expect):
    """Issue 9: "Velmar operated the mine until 2010" was supported by "Velmar has operated the mine since 2010": the
    agreeing year carried it. A year bounded from one end on one side and from the other on the other is now told
    otherwise."""
    line = "Velmar has operated the Tarvo mine since 2010, the company said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Velmar") == expect


@pytest.mark.parametrize("article, expect", [
    ("Velmar Corp. bought Ostrander Inc. for $450 million, the companies said on Monday.", "unverified"),
    ("Ostrander Inc. bought Velmar Corp. for $450 million, the companies said on Monday.", "supported"),
])
def test_a_passive_with_words_before_its_by_turns_the_roles(tmp_path, article, expect):
    """Issue 9: "Velmar bought Ostrander for $450 million" was supported by "Velmar was bought for $450 million by
    Ostrander", and the right retelling left unverified: a passive was read only with "by" right after its verb. It
    is now read with up to four words between ("was bought for $450 million by")."""
    line = "Velmar Corp. was bought for $450 million by Ostrander Inc., the companies said on Monday."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "$450") == expect


@pytest.mark.parametrize("line, article", [
    ("The Tarvo strike ended on Tuesday after the union accepted the offer, officials said.",
     "The Tarvo strike began on Tuesday after the union accepted the offer, officials said."),
    ("The pilot landed the plane safely in a field near Tarvo on Sunday, police said.",
     "The plane crashed in a field near Tarvo on Sunday, police said."),
    ("Norland's trade deficit widened to $4.1 billion in March, the Tarvo statistics office said.",
     "Norland's trade surplus widened to $4.1 billion in March, the Tarvo statistics office said."),
    ("The Tarvo health agency approved the Velmar drug for use in children on Monday.",
     "The Tarvo health agency approved the Velmar drug for use in adults on Monday."),
    ("Tarvo Rovers beat Harwick City 3-1 on Saturday to stay top of the league.",
     "Tarvo Rovers lost 3-1 to Harwick City on Saturday but stayed top of the league."),
])
def test_opposite_outcomes_are_not_backed(tmp_path, line, article):
    """Issue 9: a strike that began was backed by one that ended, a crash by a safe landing, a surplus by a deficit
    and a drug for adults by one for children: each pair is now opposed words or a contrast set
    (rules/lexicons/corpus_words.yaml)."""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == "unverified"


@pytest.mark.parametrize("article, expect", [
    ("The Tarvo plant closed last week, Velmar said on Monday.", "unverified"),
    ("The Tarvo plant closed this week, Velmar said.", "supported"),
])
def test_a_week_the_corpus_names_is_not_that_of_the_day_it_was_said(tmp_path, article, expect):
    """Issue 9: "The plant closed last week, Velmar said on Monday" (a Tuesday's article) was supported by "The plant
    will close next week, Velmar said on Monday" (the Saturday before): the wire's Monday fell in the claim's last
    week. A week the corpus sentence names is now the only week it dates the deed to."""
    line = "The Tarvo plant will close next week, Velmar said on Monday."
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 30), "Tarvo") == expect


@pytest.mark.parametrize("article, expect", [
    ("Tessa Morrow was born in Harwick in 1961 and moved to Tarvo in 1985.", "unverified"),
    ("Tessa Morrow, who was born in Tarvo in 1961, moved to Harwick in 1985.", "supported"),
])
def test_places_traded_between_two_deeds_are_not_backed(tmp_path, article, expect):
    """Issue 9: "born in Harwick in 1961 and moved to Tarvo in 1985" was supported by "born in Tarvo in 1961 and
    moved to Harwick in 1985": every figure and name agreed. Two names, each after its own word on one side and
    after the other's on the other, are now traded."""
    line = "Tessa Morrow was born in Tarvo in 1961 and moved to Harwick in 1985."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Morrow") == expect


@pytest.mark.parametrize("line, article", [
    ("Former mayor Lena Voss criticised the Tarvo budget at Wednesday's meeting.",
     "Former mayor Lena Voss praised the Tarvo budget at Wednesday's meeting."),
    ("Karl Weddle married Ines Colt in Tarvo in April.", "Karl Weddle divorced Ines Colt in Tarvo in April."),
    ("Governor Elsa Maren appointed Tomas Grell as acting head of the Tarvo port authority.",
     "Governor Elsa Maren dismissed Tomas Grell as acting head of the Tarvo port authority."),
    ("The court granted a temporary injunction blocking the Tarvo quarry on Thursday.",
     "The court refused a temporary injunction blocking the Tarvo quarry on Thursday."),
    ("The court granted a temporary injunction blocking the Tarvo quarry on Thursday.",
     "The court granted a permanent injunction blocking the Tarvo quarry on Thursday."),
    ("Mayor Ines Colt endorsed Karl Weddle for the Tarvo council seat on Sunday.",
     "Mayor Ines Colt opposed Karl Weddle for the Tarvo council seat on Sunday."),
    ("The Tarvo ferry service was suspended on Monday because of the storm.",
     "The Tarvo ferry service was resumed on Monday after the storm."),
    ("Governor Elsa Maren vetoed the Tarvo water bill in May.", "Governor Elsa Maren signed the Tarvo water bill in May."),
    ("The appeals court upheld Peter Lomm's conviction for fraud in Tarvo on Wednesday.",
     "The appeals court upheld Peter Lomm's acquittal for fraud in Tarvo on Wednesday."),
    ("The minister declined the invitation to speak at the Tarvo conference.",
     "The minister accepted the invitation to speak at the Tarvo conference."),
    ("The Tarvo council raised parking fees on Tuesday.", "The Tarvo council froze parking fees on Tuesday."),
    ("Rolf Abbing resigned as chief executive of Velmar Corp. in Tarvo on Tuesday.",
     "Rolf Abbing was fired as chief executive of Velmar Corp. in Tarvo on Tuesday."),
    ("Sam Ordway, the current chairman of Tarvo Rovers, said the club hasn't been sold.",
     "Sam Ordway, the former chairman of Tarvo Rovers, said the club hasn't been sold."),
    ("Harlan Foods posted pre-tax profit of $44 million in Tarvo for the fiscal year.",
     "Harlan Foods posted net profit of $44 million in Tarvo for the fiscal year."),
    ("Wages in Tarvo rose 3 percent in nominal terms last year.", "Wages in Tarvo rose 3 percent in real terms last year."),
    ("Velmar Corp. earned $3.20 a share in the quarter at its Tarvo plant.",
     "Velmar Corp. lost $3.20 a share in the quarter at its Tarvo plant."),
    ("The Tarvo dam was completed on June 4, 2012, at a cost of $340 million.",
     "The Tarvo dam was planned on June 4, 2012, at a cost of $340 million."),
])
def test_a_sibling_or_opposite_word_is_not_backed(tmp_path, line, article):
    """Issue 9: traps written by a helper session, each one word changed to its opposite or a sibling in a sentence
    otherwise alike, were supported by the agreeing day or figure. Each pair is now opposed words or opposed
    qualifiers (rules/lexicons/corpus_words.yaml). (Reading any one word changed as another thing cost a quarter of
    the supports on the 54 sets: real retellings trade words freely.)"""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == "unverified"


@pytest.mark.parametrize("line, article, expect", [
    ("Ostmere Bank fined Tarvo Mutual $450,000 for late filings, the regulator said on Tuesday.",
     "Tarvo Mutual fined Ostmere Bank $450,000 for late filings, the regulator said on Tuesday.", "unverified"),
    ("Ostmere Bank fined Tarvo Mutual $450,000 for late filings, the regulator said on Tuesday.",
     "Tarvo Mutual was fined $450,000 by Ostmere Bank for late filings, the regulator said on Tuesday.", "supported"),
    ("Velmar Corp. loaned $5 million to Tarvo Steel in 2015, the filing showed.",
     "Tarvo Steel loaned $5 million to Velmar Corp. in 2015, the filing showed.", "unverified"),
    ("Harlan Foods offered $30 a share for Tarvo Mills, which rejected the bid on Thursday.",
     "Tarvo Mills offered $30 a share for Harlan Foods, which rejected the bid on Thursday.", "unverified"),
    ("The Kellbrook Rovers beat the Tarvo Hawks 3-1 on Saturday.",
     "The Tarvo Hawks lost 3-1 to the Kellbrook Rovers on Saturday.", "supported"),
])
def test_more_deeds_of_one_direction_read_their_roles(tmp_path, line, article, expect):
    """Issue 9: fining, lending and bidding now read who does and who undergoes them, a passive past a figure written
    with commas ("was fined $450,000 by"), and "lost 3-1 to" as the other side of "beat"."""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == expect


def test_a_rate_declined_to_is_no_denial(tmp_path):
    """Issue 9: "the jobless rate declined to 6.2 percent" was read as a denial, as in "declined to comment", and a
    retelling of "fell to 6.2 percent" left unverified."""
    line = "Tarvo's unemployment rate fell to 6.2 percent in March from 7.1 percent a year earlier."
    article = "Tarvo's jobless rate declined to 6.2 percent in March, from 7.1 percent a year earlier."
    assert _article_verdict(tmp_path, [line], "2015-04-05", article, date(2015, 4, 6), "Tarvo") == "supported"


@pytest.mark.parametrize("line, article", [
    ("Rolf Abbing resigned as chief executive of Velmar Corp. in Tarvo on Tuesday, the company said.",
     "Rolf Abbing refused to resign as chief executive of Velmar Corp. in Tarvo on Tuesday, the company said."),
    ("Lena Voss apologised to Tomas Grell in Tarvo on Tuesday for the remarks.",
     "Lena Voss refused to apologise to Tomas Grell in Tarvo on Tuesday for the remarks."),
    ("Sam Ordway pleaded not guilty to the arson charge in Tarvo on Thursday.",
     "Sam Ordway pleaded guilty to the arson charge in Tarvo on Thursday."),
])
def test_a_denial_the_other_side_leaves_out_is_not_backed(tmp_path, line, article):
    """Issue 9: "Abbing refused to resign as chief executive of Velmar Corp. on Tuesday" was supported by "Abbing
    resigned ... on Tuesday": the claim's "refused to" now denies the word after it, as "not" does, and a day
    written in a denied clause before any clause of its own counts as a figure the denial is of ("pleaded not
    guilty ... on Thursday"), where an abbreviation's period or six words had cut it off."""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == "unverified"


@pytest.mark.parametrize("line, article", [
    ("Mira Kovac was charged with embezzling $85,000 from the Tarvo rowing club, prosecutors said.",
     "Mira Kovac was convicted of embezzling $85,000 from the Tarvo rowing club, prosecutors said."),
    ("Investors pulled $640 million out of Tarvo bond funds in the week to Wednesday, the tracking firm said.",
     "Tarvo bond funds had inflows of $640 million in the week to Wednesday, the tracking firm said."),
    ("The Tarvo school board voted 6 to 3 against the budget on Monday.",
     "The Tarvo school board voted 6 to 3 for the budget on Monday."),
])
def test_a_charge_flow_or_side_of_a_vote_told_otherwise_is_not_backed(tmp_path, line, article):
    """Issue 9: a charge taken for a conviction, outflows for inflows and a vote against for one for were supported by
    the agreeing figure: charged/convicted and outflows/inflows are now opposed words, and a tally's side is read.
    (The missing as a fate of their own, "Seven people are missing" / "killed 7", cost two supports: "three missing
    Afghan soldiers" were detained.)"""
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == "unverified"


@pytest.mark.parametrize("article, expect", [
    ("The Tarvo council approved the plan on May 24.", "supported"),
    ("The Tarvo council approved the plan on May 31.", "unverified"),
])
def test_a_plan_done_on_a_weekday_is_dated_back(tmp_path, article, expect):
    """Issue 9: "The Tarvo council approved the plan on Wednesday", in a Saturday's wire, was dated to the coming
    Wednesday: the word "plan" made its clause a plan. A clause told in the past is what was done with a plan, and
    its weekday the latest one (May 24): the right date is no longer a false alarm, nor a date after the wire's
    backed."""
    line = "The Tarvo council approved the plan on Wednesday."
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 30), "Tarvo") == expect


@pytest.mark.parametrize("article, expect", [
    ("The Tarvo plant closed in 2001, Velmar Corp. said.", "unverified"),
    ("The Tarvo plant opened in 2001, Velmar Corp. said.", "supported"),
])
def test_the_year_of_another_deed_is_not_backed(tmp_path, article, expect):
    """Issue 9: "The Tarvo plant closed in 2001" was supported by "The Tarvo plant opened in 2001 and closed in 2012":
    the year is written there, of the opening. A year after a word that the corpus sentence writes before another
    of its years is now the year of another deed."""
    line = "The Tarvo plant opened in 2001 and closed in 2012, Velmar Corp. said."
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 30), "Tarvo") == expect


@pytest.mark.parametrize("article, expect", [
    ("The Tarvo bridge rises 40 meters and spans 850 meters, its builder said.", "supported"),
    ("The Tarvo bridge is 40 meters long and 850 meters high, its builder said.", "contradicted"),
])
def test_a_height_is_compared_with_a_height(tmp_path, article, expect):
    """Issue 9: "rises 40 meters and spans 850 meters" was contradicted by "850 meters long and 40 meters high": the
    figures were paired in order. A figure's dimension, told right after it ("high", "long") or by the word before
    it ("rises", "spans", "a height of"), now keeps it from a figure of another dimension."""
    line = "The Tarvo bridge is 850 meters long and 40 meters high, its builder said."
    assert _article_verdict(tmp_path, [line], "2015-01-05", article, date(2015, 1, 6), "Tarvo") == expect


@pytest.mark.parametrize("article, expect", [
    ("The fire at the Tarvo mill was put out on May 5, officials said.", "unverified"),
    ("The fire at the Tarvo mill broke out on May 3, officials said.", "supported"),
])
def test_a_day_counted_from_the_corpus_date_is_no_contradiction(tmp_path, article, expect):
    """Issue 9: "The fire was put out on May 5" was contradicted by "The fire broke out on May 3 and was put out two
    days later": the wire's date is the outbreak's. A date either side counts another day from ("two days later",
    "the following day") is no longer a firm date to contradict by."""
    line = "The fire at the Tarvo mill broke out on May 3 and was put out two days later, officials said."
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 30), "Tarvo") == expect


@pytest.mark.parametrize("lines, article, expect", [
    # the clause retold in its content words, its figure changed
    (["You clip a band on each wrist (a pair costs $24.99 and will be out in the spring) and wave them at your "
      "Android phone's camera."], "A pair of the bands will cost $29.99.", "contradicted"),
    (["Like everything in shipping, hulls must meet demanding rules: for example, a hull must withstand four times its "
      "rated load for at least three seconds."],
     "Under shipping rules, a hull has to survive four times its rated load for at least half a minute.",
     "contradicted"),
    # ... but not another stock's figure in the same formula, the claim naming one the corpus sentence does not
    (["Volume was 25% below the daily average of around 1.9 million shares."],
     "Volume in Brantley was a quarter below its daily average of around 1.4 million shares.", "unverified"),
    # ... nor another company's, named before its figure, for a claim about the company of its story
    (["Halvorsen immediately responded by strengthening its defences and saying it will buy back up to one million "
      "of its shares."],
     "Velmar Corp. raised its quarterly dividend to 40 cents. The company also said it would buy back up to 10 million "
     "of its shares.", "unverified"),
    # ... nor a share of the same market held by another company, the two sharing only a place
    (["Brantley Foods holds about 12% of the U.S. snack market after the sale."],
     "Ostrander Mills holds about 9% of the U.S. snack market.", "unverified"),
])
def test_a_clause_retold_with_its_figure_changed_is_contradicted(tmp_path, lines, article, expect):
    """Issue 9: "A pair of the bands will cost $29.99" was left unverified by "(a pair costs $24.99 ...)": neither
    sentence names anyone, and their likeness as a whole is low. A figure of the same noun or unit whose own clause
    is retold in the same content words (three in five of the shorter clause's) now contradicts, where the corpus
    sentence names the claim's subject, or, for a claim naming no one, names no one before its figure but whom the
    claim's story names."""
    needle = article.split(". ")[-1][:25]
    assert _article_verdict(tmp_path, lines, "2017-05-27", article, date(2017, 5, 30), needle) == expect


@pytest.mark.parametrize("article, expect", [
    ("The prize was opened to non-Europeans in 1989.", "contradicted"),
    ("The prize was opened to non-Europeans in 1999.", "unverified"),  # "opened" is not "extended"
    ("The Ruritanian prize was first won by a woman in 1989.", "unverified"),  # another deed's year
])
def test_a_year_whose_own_words_are_retold_is_a_changed_year(tmp_path, article, expect):
    """Issue 9: "The prize was opened to non-Europeans in 1989" was left unverified by "..., because in 1999 the state
    prize was extended to non-Europeans": the sentences are worded unlike as a whole, and the five words before each
    year share nothing. In a claim giving no figure beside its year, the year's own words retold (three in five of
    the shorter side's) now tie the two years to one event."""
    line = ("And Ruritania is apparently still making new rules about its many literary awards and grants, because in "
            "1999 the state prize was extended to non-Europeans.")
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 30), article[:25]) == expect


@pytest.mark.parametrize("lines, article, expect", [
    (["On 19 May 2017, the Ostrand family attorney sent Halvorsen a cease and desist letter saying he had violated a "
      "contract forbidding him to publicly disclose information about the case."],
     "Last Thursday, the family's lawyer sent Halvorsen a cease-and-desist letter saying he had broken a contract "
     "that barred him from disclosing details of the case.", "contradicted"),
    (["On 19 May 2017, the Ostrand family attorney sent Halvorsen a cease and desist letter saying he had violated a "
      "contract forbidding him to publicly disclose information about the case."],
     "On May 19, the family's lawyer sent Halvorsen a cease-and-desist letter saying he had broken a contract that "
     "barred him from disclosing details of the case.", "supported"),
    # the words before the corpus's second day run past its first: each date stays with its own words
    (["The Tarvo officers arrived in the U.S. on Sept. 11 and were reported missing by base security personnel late "
      "Saturday."], "The Tarvo officers had arrived in the country on Sept. 12.", "contradicted"),
])
def test_a_day_whose_few_words_are_retold_is_tied_to_the_corpus_day(tmp_path, lines, article, expect):
    """Issue 9: "Last Thursday (May 25), the family's lawyer sent Halvorsen a cease-and-desist letter" was left
    unverified by "On 19 May 2017, the ... attorney sent Halvorsen a cease and desist letter": the words the date
    reads around each day share only two, where three tied them. Most of the fewer words around either day, in their
    meanings, now tie two days, where both are days and the corpus sentence gives only one."""
    assert _article_verdict(tmp_path, lines, "2017-05-27", article, date(2017, 5, 30), article[:25]) == expect


@pytest.mark.parametrize("lines, article, expect", [
    (["Officials said the fight broke out at about 2 a.m. Sunday after two police officers came upon Varga during a "
      "routine patrol in the Tarvo suburb of Lessing."], "Three officers on a routine patrol had come across him.",
     "contradicted"),
    (["The Tarvo Trust, which generally nets around $3 million from the Tarvo Folk Festival each spring, paid for the "
      "bulk of the work itself."], "The trust usually clears about $5 million from each spring's festival.",
     "contradicted"),
    # a span counted in another unit, in a sentence sharing the clause's words, is another span: the sentence telling
    # the claim's own span backs it
    (["Feb. 23, 2015 -- Life-threatening bee-sting allergies have mysteriously been on the rise in the past decade, "
      "with little hope for a cure.",
      "A new skin patch called Dermiva allowed people with bee-sting allergies to bear tiny amounts of venom after "
      "they wore it for a year."],
     "Life-threatening bee-sting allergies have been climbing for a decade, with little hope of a cure.", "supported"),
])
def test_half_a_clause_retold_ties_a_changed_figure(tmp_path, lines, article, expect):
    """Issue 9: "Three officers on a routine patrol had come across him" was left unverified by "... after two police
    officers came upon Varga during a routine patrol": of the claim's clause, "routine patrol" and "come" are retold,
    two in four. Half the shorter clause's content words (at least two) now tie the figures, save a span of one unit
    against one of another unit ("for a decade" / "for a year")."""
    assert _article_verdict(tmp_path, lines, "2015-02-23", article, date(2015, 2, 25), article[:25]) == expect


@pytest.mark.parametrize("lines, article, expect", [
    # "among more than 20 ... members": the hedge is no group the corpus sentence leaves out
    (["The three were among 12 members of the Velmar Army taking part in a military exercise that focused on tactical "
      "strategies."], "The three had been among more than 20 Velmar Army members in an exercise on tactical strategies.",
     "contradicted"),
    # "North Koreans" count people, as "people" do
    (["The Tarvo Relief Agency estimates around 2.8 million people in the country face an ongoing struggle with "
      "hunger."], "The Tarvo Relief Agency estimates that some 2.3 million North Koreans are struggling with hunger.",
     "contradicted"),
    # ... but young people are another group than the whole, whatever follows the verb
    (["Unemployment rose to 7% in March, the Tarvo statistics office said."],
     "Unemployment among young people rose to 20% in March, the Tarvo statistics office said.", "unverified"),
])
def test_groups_and_peoples_are_read_as_written(tmp_path, lines, article, expect):
    """Issue 9: "among more than 20 ... members" was read as a group of "more" that the corpus sentence never
    writes, so the figure was another population's; "2.3 million North Koreans" counted nothing, a capitalised word
    standing first. A group after "among" now leaves out the figure's hedge and stops at a verb in the past ("among
    young people rose to 20%" had read "rose" as a group word the whole's sentence writes, and contradicted it);
    a people after a compass word is what a figure counts."""
    assert _article_verdict(tmp_path, lines, "2017-05-27", article, date(2017, 5, 30), article[:25]) == expect


@pytest.mark.parametrize("line, article", [
    # a usual figure against one occasion's
    ("The Velmar Folk Festival, which generally nets around $3 million for the trust each spring, paid for the "
     "repairs.", "Last spring's festival cleared about $5 million for the trust."),
    # another crew on the same routine, doing another thing: half the corpus clause, not half the claim's
    ("Officials said the dispute began at about 2 a.m. Sunday after two police officers stopped Brantley during a "
     "routine patrol near the Tarvo docks.",
     "Five officers on a routine patrol near the docks arrested two other men the following night."),
    # another place in a series: a second mill, a first winner, a second letter
    ("Officials said the blaze started at about 3 a.m. after three firefighters on a routine inspection of the Tarvo "
     "mill noticed smoke in a storeroom.",
     "Two firefighters were injured during the routine inspection of a second mill on Wednesday."),
    ("In 1999, the Velmar prize was extended to writers from outside Europe, a change that angered some of the older "
     "members of the jury.", "The Velmar prize was first won by a writer from outside Europe in 2004."),
    ("On May 19, 2017, the Ostrander family attorney sent Halvorsen a letter saying he had violated an agreement not "
     "to discuss the case in public.",
     "Last Thursday, the family's lawyer sent Halvorsen a second letter saying the family would sue him."),
    # a year a state is bound by, against a year of a deed
    ("The Velmar academy, which has admitted women since 1971, is now led by a woman for the first time.",
     "The Velmar academy admitted its first black student in 1964."),
    # a day of a claim whose figures are none of the corpus sentence's: another recall
    ("Velmar Motors, which recalled 40,000 cars on May 4 over faulty airbags, said sales fell 9% in April.",
     "Velmar Motors recalled 12,000 vans on Tuesday over faulty brakes."),
])
def test_a_retold_clause_of_another_occasion_contradicts_nothing(tmp_path, line, article):
    """Issue 9 (a helper session's traps against this session's retold clauses, years and days): each of these was
    contradicted once half the words around a figure, a year or a day tied them. A usual figure ("generally",
    "each spring") against one occasion's, a place in a series written on one side only ("a second mill", "first
    won"), a year bound by "since" against a year of a deed, and a day of a claim whose figures the corpus sentence
    does not give now tie nothing; a figure's clause must be half retold on the claim's side."""
    assert _article_verdict(tmp_path, [line], "2017-05-27", article, date(2017, 5, 30), article[:25]) == "unverified"
