"""Sentence segmentation: news copy cases, document paragraphs and titles, the shared benchmark."""
from __future__ import annotations

import json

import pytest

from factcheck.model import Document, SourceMap
from factcheck.nlp.segment import segment, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text)]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Senate voted 52-48 on Tuesday. The bill now goes to the House.",
     ["The U.S. Senate voted 52-48 on Tuesday.", "The bill now goes to the House."]),
    ("He was born in Washington, D.C. He moved to Texas in 1990.",
     ["He was born in Washington, D.C.", "He moved to Texas in 1990."]),
    ("Reuters reported the figure at 3 p.m. local time (1200 GMT).",
     ["Reuters reported the figure at 3 p.m. local time (1200 GMT)."]),
    ("The plane landed at 4:30 p.m. ET. Passengers were unhurt.",
     ["The plane landed at 4:30 p.m. ET.", "Passengers were unhurt."]),
    ("The ceasefire took effect at 4 a.m. Kyiv time. Fighting continued in the east.",
     ["The ceasefire took effect at 4 a.m. Kyiv time.", "Fighting continued in the east."]),
    ("Mr. Biden met Mrs. Harris at 10 a.m. on Monday.", ["Mr. Biden met Mrs. Harris at 10 a.m. on Monday."]),
    ('She said: "It\'s over." Then she left.', ['She said: "It\'s over."', "Then she left."]),
    ("The U.N. Security Council met on Friday.", ["The U.N. Security Council met on Friday."]),
    ("The ministry said 1,200 people were evacuated. 300 homes were destroyed.",
     ["The ministry said 1,200 people were evacuated.", "300 homes were destroyed."]),
    ("Contact press@example.org. A spokesperson will reply.",
     ["Contact press@example.org.", "A spokesperson will reply."]),
    ("Read more at https://www.reuters.com/world/europe/. The article was updated.",
     ["Read more at https://www.reuters.com/world/europe/.", "The article was updated."]),
    ("Apple Inc. said on Tuesday it would buy back shares.",
     ["Apple Inc. said on Tuesday it would buy back shares."]),
    ("The deal was signed by Acme Corp. Chief Executive Jane Doe.",
     ["The deal was signed by Acme Corp. Chief Executive Jane Doe."]),
    ("It was made by Acme Corp. The deal closed in March.",
     ["It was made by Acme Corp.", "The deal closed in March."]),
    ("Gov. Ron DeSantis signed the bill. Rep. Alexandria Ocasio-Cortez criticised it.",
     ["Gov. Ron DeSantis signed the bill.", "Rep. Alexandria Ocasio-Cortez criticised it."]),
    ("“We are ready,” Zelensky said. “The enemy is not.”",
     ["“We are ready,” Zelensky said.", "“The enemy is not.”"]),
    ('"Why now?" asked one diplomat. "Because the window is closing."',
     ['"Why now?" asked one diplomat.', '"Because the window is closing."']),
    ("The meeting is on Dec. 5. It will be held in Brussels.",
     ["The meeting is on Dec. 5.", "It will be held in Brussels."]),
    ("The vote was delayed until Nov. The opposition objected.",
     ["The vote was delayed until Nov.", "The opposition objected."]),
    ("The book by J. K. Rowling sold well. So did the films.",
     ["The book by J. K. Rowling sold well.", "So did the films."]),
    ("He lives on Main St. The house is old.", ["He lives on Main St.", "The house is old."]),
    ("He moved to St. Louis in 2010.", ["He moved to St. Louis in 2010."]),
    ("He bought apples, pears, etc. Maria bought none.",
     ["He bought apples, pears, etc.", "Maria bought none."]),
    ("The firm reported revenue of $1.2 billion vs. $1.1 billion a year earlier.",
     ["The firm reported revenue of $1.2 billion vs. $1.1 billion a year earlier."]),
    ("The rate is 5.25%.The decision was unanimous.", ["The rate is 5.25%.", "The decision was unanimous."]),
    ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("“It’s over…” she said.", ["“It’s over…” she said."]),
    ('He wrote in a post on X. "We won."', ["He wrote in a post on X.", '"We won."']),
    ("Martin Luther King Jr. He was a pastor.", ["Martin Luther King Jr.", "He was a pastor."]),
    ("Lt. Gen. Keith Kellogg arrived in Kyiv. He met officials.",
     ["Lt. Gen. Keith Kellogg arrived in Kyiv.", "He met officials."]),
    ("See p. 12. The report also lists sources.", ["See p. 12.", "The report also lists sources."]),
    ("He said no. The others agreed.", ["He said no.", "The others agreed."]),
    ("The No. 2 official at the Pentagon resigned.", ["The No. 2 official at the Pentagon resigned."]),
    ("ISTANBUL, Dec. 26 (Reuters) - Turkey's central bank cut rates.",
     ["ISTANBUL, Dec. 26 (Reuters) - Turkey's central bank cut rates."]),
    ("The ceasefire (agreed on Jan. 5) collapsed. Fighting resumed.",
     ["The ceasefire (agreed on Jan. 5) collapsed.", "Fighting resumed."]),
    ("He joined the company (Acme Inc.). He left in 2020.",
     ["He joined the company (Acme Inc.).", "He left in 2020."]),
    # a name already in the sentence opens the next one after an abbreviation that may end it
    ("Polly Peck will buy shares of Sansui Electric Co. Sansui expects a loss.",
     ["Polly Peck will buy shares of Sansui Electric Co.", "Sansui expects a loss."]),
    ("QVC closed its purchase of CVN Cos. Together with Home Shopping, the two dominate.",
     ["QVC closed its purchase of CVN Cos.", "Together with Home Shopping, the two dominate."]),
    ("Shares of Hewlett-Packard Co. Chairman John Young rose.", ["Shares of Hewlett-Packard Co. Chairman John Young rose."]),
    ("Ratners derives 30% of its profit from the U.S. Ratners also controls 25% of the market.",
     ["Ratners derives 30% of its profit from the U.S.", "Ratners also controls 25% of the market."]),
    ("It sold Acme Inc. Acme Widgets makes parts.", ["It sold Acme Inc. Acme Widgets makes parts."]),
    ("Shares fell 2%.\nAnalysts were surprised.", ["Shares fell 2%.", "Analysts were surprised."]),
    ("Kyiv under fire\n\nRussia launched 90 drones overnight.",
     ["Kyiv under fire", "Russia launched 90 drones overnight."]),
    ("Key points:\n- Inflation eased\n- Rates held", ["Key points:", "- Inflation eased", "- Rates held"]),
    ("Ukrainian forces have lost about half of the territory they captured in\n"
     "Russia's Kursk region, U.S. officials said on Friday. The officials spoke\n"
     "on condition of anonymity.",
     ["Ukrainian forces have lost about half of the territory they captured in\n"
      "Russia's Kursk region, U.S. officials said on Friday.",
      "The officials spoke\non condition of anonymity."]),
    ("3 days ago\n28", ["3 days ago", "28"]),
    ("Updated 3:45 PM EST, Tue December 24, 2024\nThe first paragraph starts here.",
     ["Updated 3:45 PM EST, Tue December 24, 2024", "The first paragraph starts here."]),
    ("Russia launches massive drone attack on Ukrainian energy grid overnight\nKyiv said damage was limited.",
     ["Russia launches massive drone attack on Ukrainian energy grid overnight",
      "Kyiv said damage was limited."]),
    ("Ukrainian forces have lost about half of the territory they captured in\nRussia's Kursk region.",
     ["Ukrainian forces have lost about half of the territory they captured in\nRussia's Kursk region."]),
    ("He was released at 2 a.m. Friday, police said.", ["He was released at 2 a.m. Friday, police said."]),
    ('"Are you serious?" Trump asked. Nobody answered.',
     ['"Are you serious?" Trump asked.', "Nobody answered."]),
    ("“Enough!” Mayor Jane Smith shouted at the crowd.",
     ["“Enough!” Mayor Jane Smith shouted at the crowd."]),
    ('"This is great." She held the book out.', ['"This is great."', "She held the book out."]),
    ("She works at Yahoo! News in London. It is a big team.",
     ["She works at Yahoo! News in London.", "It is a big team."]),
    ("James P. Kennedy Jr., the U.S. Attorney, said the case mattered.",
     ["James P. Kennedy Jr., the U.S. Attorney, said the case mattered."]),
    ("Rockledge (3-1): C. Martinez 1 goal.", ["Rockledge (3-1): C. Martinez 1 goal."]),
    ("Doors open 9.30 A.M. / 7.00 P.M. daily.", ["Doors open 9.30 A.M. / 7.00 P.M. daily."]),
    ("You can upgrade for $900 (Orig. $1,599).", ["You can upgrade for $900 (Orig. $1,599)."]),
    ("DEKALB, Ill. — Mike Glass threw for three touchdowns.",
     ["DEKALB, Ill. — Mike Glass threw for three touchdowns."]),
    ("He fell ill. Doctors said he would recover.", ["He fell ill.", "Doctors said he would recover."]),
    # "per cent" ends a sentence as any word does (Canadian and British copy writes it in two words)
    ("It cut the forecast to 2.8 per cent. Canada's economy will grow 1.5 per cent.",
     ["It cut the forecast to 2.8 per cent.", "Canada's economy will grow 1.5 per cent."]),
    ("O prof. Carlos Nadalim apresenta o vídeo.", ["O prof. Carlos Nadalim apresenta o vídeo."]),
    ("“… And we shall fight on the beaches.”", ["“… And we shall fight on the beaches.”"]),
    ("東京で会議が開かれた。首相が出席した。", ["東京で会議が開かれた。", "首相が出席した。"]),
    ("", []),
    ("   \n\n  ", []),
    ("The talks went on\n\x0c", ["The talks went on"]),  # a line holding only a form feed (found by hypothesis)
])
def test_segment(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "Officials said the toll could rise. Rescue teams are still searching.",
    "  Leading space. Trailing space.  \n",
])
def test_spans_are_trimmed_offsets(text):
    for s, e in segment(text):
        assert text[s:e] == text[s:e].strip() and s < e


def test_split_sentences_plain_text_title_and_paragraphs():
    text = ("Russia fails to retake Kursk\n\n3 days ago\n\n"
            "Ukrainian forces held the town. Officials said so.\nA second paragraph began.")
    title_end = text.index("\n")
    doc = Document(source="t.txt", text=text, title="Russia fails to retake Kursk", title_span=(0, title_end))
    got = split_sentences(doc)
    assert [s.text for s in got] == ["Russia fails to retake Kursk", "3 days ago",
                                     "Ukrainian forces held the town.", "Officials said so.",
                                     "A second paragraph began."]
    assert [s.is_headline for s in got] == [True, False, False, False, False]
    assert [s.paragraph for s in got] == [-1, 0, 1, 1, 2]
    assert [(s.line, s.column) for s in got] == [(1, 1), (3, 1), (5, 1), (5, 33), (6, 1)]


def test_split_sentences_uses_paragraphs_and_skips_widgets():
    text = "Title here\n3 days ago\nFirst para ends here Second para starts. It goes on."
    first = text.index("First")
    second = text.index("Second")
    doc = Document(source="x.html", text=text, title="Title here", title_span=(0, 10),
                   paragraphs=((first, second - 1), (second, len(text))))
    got = split_sentences(doc)
    assert [(s.text, s.paragraph, s.is_headline) for s in got] == [
        ("Title here", -1, True), ("First para ends here", 0, False),
        ("Second para starts.", 1, False), ("It goes on.", 1, False)]


def test_split_sentences_locates_through_source_map():
    text = "One sentence. Two sentences."
    smap = SourceMap(text, anchors=((0, 10, 5),))
    got = split_sentences(Document(source="x.html", text=text, source_map=smap))
    assert [(s.line, s.column) for s in got] == [(10, 5), (10, 19)]


@pytest.mark.parametrize("name", ["news_en.jsonl", "golden_rules_en.jsonl"])
def test_benchmark_accuracy(shared_dir, name):
    path = shared_dir / "bench" / "segmentation" / name
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    good = sum([t.strip() for t in sentences(c["text"])] == c["expected"] for c in cases)
    assert good / len(cases) >= 0.95


@pytest.mark.parametrize("text", [
    "He said: \"It's over!\" Then... she left. Why?! 「終わり。」次へ\nNext line … more. . . end.",
    "No boundary at all",
    "...!?\n\n. ",
])
def test_candidates_are_the_pattern_matches(text):
    """The boundary candidates are exactly what the candidate pattern's finditer gives, in full and in a window."""
    from factcheck.nlp.segment import _CANDIDATE, _candidates

    for lo, hi in ((0, len(text)), (3, len(text) - 4)):
        expected = [(m.span(), m.groupdict()) for m in _CANDIDATE.finditer(text, lo, hi)]
        assert [(m.span(), m.groupdict()) for m in _candidates(text, lo, hi)] == expected


def test_in_sentence_takes_the_mentions_inside_each_sentence():
    from factcheck.analysis import Analysis
    from factcheck.nlp.numbers import find_numbers

    text = "It cost 5 dollars. Then 7 more, and 8 later. Nothing here. Finally 9."
    analysis = Analysis(Document(source="t", text=text))
    numbers = find_numbers(text)
    got = [[n.text for n in analysis.in_sentence(numbers, s)] for s in analysis.sentences]
    assert got == [["5 dollars"], ["7", "8"], [], ["9"]]
    assert analysis.in_sentence(iter(numbers), analysis.sentences[1]) == analysis.in_sentence(numbers,
                                                                                             analysis.sentences[1])


@pytest.mark.parametrize("document", [
    Document(source="t", text="First one. Second one.\n\nThird one here."),
    Document(source="t", text="Title line\n\nFirst one. Second one.", title="Title line", title_span=(0, 10)),
    Document(source="t", text="A Title First one. Second one.", title="A Title", title_span=(0, 7)),
    Document(source="t", text="One. Two.\n\nThree. Four.", paragraphs=((0, 9), (11, 23))),
    Document(source="t", text="One. Two.\nThree. Four.", paragraphs=((0, 9), (10, 22))),  # not blank-line blocks
    Document(source="t", text="One. Two.\n\nThree. Four.", paragraphs=((0, 4), (5, 9), (11, 23))),
])
def test_text_spans_are_the_whole_text_split(document):
    """text_spans reads segment(text) off the sentences when they were split from the same blocks."""
    from factcheck.nlp.segment import text_spans

    assert text_spans(document, split_sentences(document)) == tuple(segment(document.text))


def test_text_spans_of_fixture_pages_are_the_whole_text_split():
    from pathlib import Path

    from factcheck.loader import load_document
    from factcheck.model import Options
    from factcheck.nlp.segment import text_spans

    pages = sorted(Path(__file__).parents[1].glob("fixtures/articles/*.*"))
    documents = [load_document(str(p), Options()) for p in pages]
    assert [text_spans(d, split_sentences(d)) for d in documents] == [tuple(segment(d.text)) for d in documents]
