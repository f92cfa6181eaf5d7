"""factcheck.corpus ingest and store: formats, de-duplication, bad input, transactions, WAL readers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.corpus import facts as facts_mod
from factcheck.corpus import open_corpus
from factcheck.corpus.ingest import add_inputs, build_corpus, text_hash
from factcheck.corpus.store import Store
from factcheck.model import FactcheckError

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_CORPUS = ROOT / "fixtures" / "corpus"

RECORDS = [
    {"id": "a", "text": "Labour won 411 seats in the House of Commons.", "source": "London bureau",
     "date": "2024-07-05"},
    {"text": "The storm left more than 120,000 homes without power. Crews worked overnight.",
     "source": "Weather desk", "date": "2024-11-28"},
]


def _jsonl(path: Path, lines: list) -> Path:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def _counts(db: Path) -> tuple[int, int]:
    with open_corpus(str(db)) as store:
        stats = store.stats()
    return stats["documents"], stats["sentences"]


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "corpus.db"
    build_corpus(str(path), [str(_jsonl(tmp_path / "base.jsonl", RECORDS))])
    return path


def test_jsonl_records_are_stored_by_sentence_with_metadata(db):
    assert _counts(db) == (2, 3)
    with open_corpus(str(db)) as store:
        docs = {d["ext_id"]: d for d in store.documents()}
        hits = store.match('"seats"', 5)
    assert docs["a"]["source"] == "London bureau" and docs["a"]["date"] == "2024-07-05"
    assert hits[0].source == "London bureau" and hits[0].date == "2024-07-05"
    stored = facts_mod.decode(hits[0].text, hits[0].facts)
    assert [(n.value, n.noun) for n in stored.numbers] == [(411.0, "seats")]
    assert "labour" in stored.names


def test_markdown_front_matter_and_plain_text(tmp_path):
    db = tmp_path / "c.db"
    build_corpus(str(db), [str(FIXTURE_CORPUS / "factsheets")])
    with open_corpus(str(db)) as store:
        docs = {d["origin"].rsplit("/", 1)[-1]: d for d in store.documents()}
    sheet = docs["kursk-offensive.md"]
    assert (sheet["source"], sheet["date"], sheet["title"]) == (
        "Newsroom research desk", "2025-01-06", "Fact sheet: the Kursk incursion")
    assert docs["undated-notes.txt"]["date"] is None


def test_re_adding_the_same_text_does_not_duplicate(db, tmp_path):
    spaced = "Labour won 411  seats in the House of Commons."
    again = _jsonl(tmp_path / "again.jsonl", [dict(RECORDS[0], id="other-id", text=spaced)])
    with Store.open(str(db), create=True) as store:
        report = add_inputs(store, [str(again)])
    assert (report.documents, report.duplicates) == (0, 1)
    assert _counts(db) == (2, 3)


def test_duplicates_within_one_add_and_against_the_corpus_are_counted_once(db, tmp_path):
    fresh = {"text": "Ferry crossings resumed after 14 days.", "source": "Port desk", "date": "2024-12-02"}
    lines = [fresh, RECORDS[1], dict(fresh, id="again")]
    with Store.open(str(db), create=True) as store:
        report = add_inputs(store, [str(_jsonl(tmp_path / "more.jsonl", lines))])
        key = text_hash(fresh["text"])
        assert store.stored_hashes([key, "0" * 40]) == {key}
    assert (report.documents, report.duplicates) == (1, 2)
    assert _counts(db) == (3, 4)


@pytest.mark.parametrize("name, content, message", [
    ("bad.jsonl", b'{"text": "ok line", "date": "2024-01-01"}\n{"text": "broken",\n', "bad.jsonl:2: invalid JSON"),
    ("notext.jsonl", b'{"source": "x"}\n', 'notext.jsonl:1: the record has no "text"'),
    ("list.jsonl", b'["text"]\n', "list.jsonl:1: a record must be a JSON object"),
    ("baddate.jsonl", b'{"text": "A line.", "date": "26/12/2024"}\n',
     "baddate.jsonl:1: date '26/12/2024' is not YYYY-MM-DD"),
    ("binary.txt", b"\x00\x01\x02PNG\x00data", "binary.txt: binary file, not text"),
    ("binary.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00", "binary.jsonl: binary file, not text"),
    ("empty.jsonl", b"", "empty.jsonl: empty file, nothing to add"),
    ("empty.md", b"  \n\n", "empty.md: empty file, nothing to add"),
    ("latin.jsonl", '{"text": "caf\u00e9"}\n'.encode("latin-1"), "latin.jsonl: not UTF-8 text"),
    ("report.pdf", b"%PDF-1.4", "report.pdf: unsupported file type '.pdf'"),
    ("baddate.md", b"---\ntitle: T\ndate: 2024-13-45\n---\nFive people were hurt.\n", "baddate.md: "),
])
def test_bad_input_is_refused_and_leaves_the_corpus_intact(db, tmp_path, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = _counts(db)
    with Store.open(str(db), create=True) as store, pytest.raises(FactcheckError) as info:
        add_inputs(store, [str(bad)], on_error="refuse")
    assert message in str(info.value) and "\n" not in str(info.value)
    assert _counts(db) == before


def test_skip_adds_the_good_lines_and_reports_each_bad_one(db, tmp_path):
    mixed = _jsonl(tmp_path / "mixed.jsonl", [
        {"text": "Spain beat England 2-1 in the final.", "source": "Sports desk", "date": "2024-07-14"},
        '{"text": "unterminated',
        {"text": "Turnout was 59.7%.", "date": "2024-07-05"},
        '{"text": 5}',
    ])
    with Store.open(str(db), create=True) as store:
        report = add_inputs(store, [str(mixed)], on_error="skip")
    assert report.documents == 2
    assert [s.split(":")[1] for s in report.skipped] == ["2", "4"]
    assert _counts(db) == (4, 5)


def test_missing_date_is_stored_undated_with_a_warning(db, tmp_path):
    undated = _jsonl(tmp_path / "undated.jsonl", [{"text": "The bridge is 1,240 metres long.", "source": "Desk"}])
    with Store.open(str(db), create=True) as store:
        report = add_inputs(store, [str(undated)])
    assert report.documents == 1
    assert report.warnings == ["1 document(s) have no date: they can support or contradict numbers but not dates"]


def test_an_interrupted_add_leaves_the_corpus_as_it_was(db, tmp_path, monkeypatch):
    big = _jsonl(tmp_path / "big.jsonl", [{"text": f"Record {i} says 1{i},000 people attended the fair.",
                                           "date": "2024-01-01"} for i in range(3000)])
    calls = {"n": 0}
    real = facts_mod.extract

    def interrupted(text, reference=None):
        calls["n"] += 1
        if calls["n"] == 2500:
            raise KeyboardInterrupt
        return real(text, reference)

    monkeypatch.setattr(facts_mod, "extract", interrupted)
    before = _counts(db)
    with Store.open(str(db), create=True) as store, pytest.raises(KeyboardInterrupt):
        add_inputs(store, [str(big)])
    assert _counts(db) == before


def test_readers_see_the_last_commit_while_a_writer_adds(db, tmp_path):
    extra = _jsonl(tmp_path / "extra.jsonl", [{"text": "Merz won 325 votes in the Bundestag.", "date": "2025-05-06"}])
    before = _counts(db)
    with Store.open(str(db), create=True) as writer, writer.transaction():
        writer.add_batch([(facts_mod_meta("x"), [("Merz won 325 votes.", None)])])
        with open_corpus(str(db)) as reader:
            assert reader.stats()["documents"] == before[0]
    with Store.open(str(db), create=True) as store:
        add_inputs(store, [str(extra)])
    assert _counts(db)[0] == before[0] + 2


def facts_mod_meta(key: str):
    from factcheck.corpus.store import DocumentMeta

    return DocumentMeta(hash=key, source="test")


def test_remove_deletes_a_document_and_its_index_entries(db):
    with open_corpus(str(db)) as store:
        doc = store.match('"storm"', 1)[0].doc
    with Store.open(str(db), create=True) as store:
        assert store.remove(doc) == 2
        assert store.remove(doc) is None
        assert store.match('"storm"', 5) == []
    assert _counts(db) == (1, 1)


@pytest.mark.parametrize("content, message", [
    (b"this is not a database at all" * 100, "not a usable factcheck corpus"),
    (b"SQLite format 3\x00" + b"\x00" * 200, "not a usable factcheck corpus"),
])
def test_a_corrupt_database_is_a_clear_error_and_is_not_touched(tmp_path, content, message):
    bad = tmp_path / "corpus.db"
    bad.write_bytes(content)
    with pytest.raises(FactcheckError, match=message):
        open_corpus(str(bad))
    with pytest.raises(FactcheckError, match=message):
        build_corpus(str(bad), [str(FIXTURE_CORPUS / "wire.jsonl")])
    assert bad.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t(x)")
    with pytest.raises(FactcheckError, match="not a factcheck corpus"):
        open_corpus(str(other))


def test_a_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(FactcheckError, match="corpus not found"):
        open_corpus(str(tmp_path / "nope.db"))


@pytest.mark.parametrize("on_error", ["refuse", "skip"])
def test_worker_processes_keep_the_same_rules(db, tmp_path, monkeypatch, on_error):
    from factcheck.corpus import ingest

    monkeypatch.setattr(ingest, "_PARALLEL_BYTES", 0)
    lines = [{"text": f"Crews restored power to {i},000 homes in the Veldor district.", "date": "2024-11-28"}
             for i in range(1, 5000)]
    mixed = _jsonl(tmp_path / "many.jsonl", lines[:3000] + ['{"text": broken'] + lines[3000:])
    before = _counts(db)
    with Store.open(str(db), create=True) as store:
        if on_error == "refuse":
            with pytest.raises(FactcheckError, match="many.jsonl:3001: invalid JSON"):
                add_inputs(store, [str(mixed)], on_error=on_error)
        else:
            report = add_inputs(store, [str(mixed)], on_error=on_error)
            assert report.documents == 4999 and len(report.skipped) == 1
    expected = before if on_error == "refuse" else (before[0] + 4999, before[1] + 4999)
    assert _counts(db) == expected


def test_a_url_is_read_through_the_extractor(tmp_path, httpserver):
    page = ("<html><head><title>Wire: Merz elected</title>"
            "<meta property='article:published_time' content='2025-05-06T14:00:00Z'></head>"
            "<body><article><h1>Merz elected</h1><p>Friedrich Merz became chancellor on May 6, 2025, after a "
            "second round of voting in the Bundestag.</p><p>He won 325 votes.</p></article></body></html>")
    httpserver.expect_request("/merz").respond_with_data(page, content_type="text/html")
    db = tmp_path / "c.db"
    build_corpus(str(db), [httpserver.url_for("/merz")])
    with open_corpus(str(db)) as store:
        docs = store.documents()
        hits = store.match('"chancellor"', 3)
    assert docs[0]["date"] == "2025-05-06" and docs[0]["url"].endswith("/merz")
    assert hits and hits[0].date == "2025-05-06"


def test_a_second_writer_gets_a_clear_error(db, tmp_path, monkeypatch):
    from factcheck.corpus import store as store_mod

    extra = _jsonl(tmp_path / "extra.jsonl", [{"text": "Merz won 325 votes in the Bundestag.", "date": "2025-05-06"}])
    with Store.open(str(db), create=True) as first, first.transaction():
        monkeypatch.setattr(store_mod, "ADD_WAIT_SECONDS", 0.05)  # a second add waits this long, then gives up
        with Store.open(str(db), create=True) as second, pytest.raises(FactcheckError, match="the corpus is busy"):
            add_inputs(second, [str(extra)])


def _story_facts(records: list[dict]) -> dict[str, facts_mod.Facts]:
    from factcheck.corpus.ingest import Record, analyse_records

    analysed = analyse_records([Record(text=r["text"], origin="test", source=r.get("source"), date=r.get("date"),
                                       url=r.get("url")) for r in records])
    return {text: facts_mod.decode(text, stored) for _, sentences in analysed for text, stored in sentences}


def test_a_sentence_keeps_the_names_of_its_story():
    """Lines of one source and date that come together are one story: "The Tulsa company said it lost
    $4.1 million" is about the Harlan Pipe its story names; a line of another source is another story."""
    wire = {"source": "wire-0412", "date": "2021-03-04"}
    facts = _story_facts([
        {"text": "Harlan Pipe Inc. said it will close two plants.", **wire},
        {"text": "The Tulsa company said it lost $4.1 million in the quarter.", **wire},
        {"text": "Net income fell 12% at Orrin Steel.", "source": "wire-0413", "date": "2021-03-04"},
    ])
    assert facts["The Tulsa company said it lost $4.1 million in the quarter."].story == ("harlan pipe inc",)
    assert "harlan pipe inc" not in facts["Net income fell 12% at Orrin Steel."].story


def test_a_sentence_with_no_facts_of_its_own_keeps_its_story():
    """ "He expressed hope ..." holds no figure, date or name, and is still about the spokesman its story
    names: a close retelling of it is found by that story."""
    wire = {"source": "wire-0809", "date": "1998-08-08"}
    facts = _story_facts([
        {"text": "Foreign Ministry spokesman Mahmoud Mohammadi condemned the attacks.", **wire},
        {"text": "He expressed hope the violence will be uprooted by international cooperation.", **wire},
    ])
    assert facts["He expressed hope the violence will be uprooted by international cooperation."].story == (
        "foreign ministry", "mahmoud mohammadi")


def test_a_lone_capitalised_opener_is_no_story_name():
    wire = {"source": "wire-0412", "date": "2021-03-04"}
    facts = _story_facts([
        {"text": "Revenue rose 15% to $534.3 million.", **wire},
        {"text": "Net income fell 37% to $32.9 million.", **wire},
    ])
    assert facts["Net income fell 37% to $32.9 million."].story == ()


def test_a_long_run_of_one_source_and_date_is_no_story():
    from factcheck.corpus.ingest import STORY_RECORDS

    wire = {"source": "AP", "date": "2021-03-04"}
    lines = [{"text": f"Company {chr(65 + i % 26)}{i} said sales rose {i}%.", **wire} for i in range(STORY_RECORDS + 1)]
    assert all(not f.story for f in _story_facts(lines).values())


@pytest.mark.parametrize("text, names", [
    ("AT&T is cutting as many as 18,000 jobs.", ["at&t"]),
    ("Procter & Gamble Co. said sales rose.", ["procter & gamble co"]),
    ("Provigo closed at C$9.75, up 75 Canadian cents, in Montreal.", ["provigo", "montreal"]),
    ("The bid is worth US$606 million.", []),
    ("Shares in Dollar General centered on Dover\tpounds.", ["dollar general"]),  # "centered" is no "cent"
    ("It paid 40 Swiss francs, or 25 Swiss\tfrancs2 in Bern.", ["swiss", "bern"]),  # a word, whole
    # a wire dateline says where the story was filed, not whom it is about
    ("BUFFALO, N.Y. (AP) -- About 500 people mourned the Buffalo-area doctor.", ["buffalo-area"]),
    ("NAIROBI, Kenya (Reuters) - Kenyan police said.", ["kenyan"]),
    ("LONDON -- The Bank of England held rates.", ["bank england"]),
    ("IBM, Apple - and Google - said.", ["ibm", "apple", "google"]),  # no credit, no long dash: names
    # a sentence's first plural noun before "of" is who, not a name: "Shareholders of Dominion Textile"
    ("Shareholders of Dominion Textile approved it.", ["dominion textile"]),
    ("Bank of England staff and Friends of Earth met.", ["bank england", "friends earth"]),
    # a plural possessive loses its apostrophe as "Rally's" loses its 's; "Dunkin'" keeps its own
    ("Joan Rivers’ doctor, Rally's chief and Dunkin' Donuts met.", ["joan rivers", "rally", "dunkin' donuts"]),
    # a name is one name with either apostrophe
    ("Her boyfriend, De’Angelas Lee, met O'Hara.", ["de'angelas lee", "o'hara"]),
    # a participle that opens a sentence is no name
    ("Citing three sources, Axios said Trump will decide.", ["axios", "trump"]),
    # ... in -ed or -ing before a preposition or determiner, its phrase cut off by a comma
    ("Closed for repairs since 2019, the Harbour Museum reopens.", ["harbour museum"]),
    ("Flying to a rally in Iowa aboard Air Force One, Trump spoke.", ["iowa", "air force one", "trump"]),
    ("Packed with shrapnel and left under a Dumpster, it went off.", ["dumpster"]),
    ("Reading was relegated, and Manning said so.", ["reading", "manning"]),  # a town, a surname
    ("Fielding for the Tigers, Smith dropped a catch.", ["tigers", "smith"]),
    ("His name on the Web site of Nuremberg Files was crossed out.", ["nuremberg files"]),
    # "I" with its verb is nobody's name
    ("“I’m not going to be a sociologist,” Okafor says.", ["okafor"]),
    ("I've said it and I'll say it, Lind wrote.", ["lind"]),
])
def test_names_keep_ampersands_and_leave_currencies_out(text, names):
    assert facts_mod.names(text) == names


def test_a_name_with_the_arabic_article_shares_the_name_without_it():
    """Issue 9: "al-Zameli" mid-sentence is read as "zameli", "Al-Zameli" opening a sentence as "al-zameli"."""
    with_article = facts_mod.Facts(names=tuple(facts_mod.names("Al-Zameli had also disclosed it."))).name_words
    without = facts_mod.Facts(names=tuple(facts_mod.names("In January, al-Zameli said so."))).name_words
    assert with_article & without
    assert "an" not in facts_mod.Facts(names=("an-nahar",)).name_words


def test_a_place_before_based_is_the_place():
    """Issue 9: "New York-based Crescott" names New York, as "Crescott ... of New York" does."""
    based = facts_mod.Facts(names=tuple(facts_mod.names("It was led by New York-based Crescott Associates."))).name_words
    assert "york" in based and "crescott" in based


def test_a_place_in_one_hyphenated_word_shares_its_parts():
    assert {"dar", "salaam"} <= facts_mod.Facts(names=("dar-es-salaam",)).name_words
    assert "hewlett" not in facts_mod.Facts(names=("hewlett-packard",)).name_words


@pytest.mark.parametrize("text, dates", [
    ("International Women's Day is this coming Sunday, March eighth.", ["1998-03-08"]),
    ("He left on Sunday.", ["1998-03-01"]),  # the latest Sunday up to the story's date
    ("They meet next Monday.", ["1998-03-09"]),  # ahead of it
    ("The board votes tomorrow.", ["1998-03-06"]),  # the day after it
    ("They landed on Feb.11 at the base.", ["1998-02-11"]),  # an abbreviated month with no space after its point
    ("The vote is on March the twenty-first.", ["1998-03-21"]),  # a day as broadcast transcripts speak it
])
def test_corpus_dates_read_spoken_days_and_coming_weekdays(text, dates):
    assert [d for _, _, d in facts_mod.extract(text, "1998-03-05").dates] == dates
