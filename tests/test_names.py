"""Proper names: runs of capitalised words cut into names, titles set apart, kinds from lexicons."""
from __future__ import annotations

import pytest

from factcheck.nlp.names import find_names, title_before


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in find_names(text)]


@pytest.mark.parametrize("text, expected", [
    ("Despite statements by President-elect Donald Trump, who took office on January 20, the war went on.",
     [("Donald Trump", "person")]),
    ("Russian President Vladimir Putin said on Thursday, December 26, that he was unaware of the proposal.",
     [("Russian", "other"), ("Vladimir Putin", "person")]),
    ("John Kirby, a spokesman for the U.S. National Security Council, told reporters on Friday that "
     "North Korean troops had suffered losses in the Kursk region.",
     [("John Kirby", "person"), ("U.S. National Security Council", "org"), ("North Korean", "other"),
      ("Kursk", "place")]),
    ("Ukrainian forces have lost about half of the territory they captured in Russia’s Kursk region .",
     [("Ukrainian", "other"), ("Russia", "place"), ("Kursk", "place")]),
    ("Gen. Charles Q. Brown Jr. met Sen. Jack Reed on Tuesday.",
     [("Charles Q. Brown Jr", "person"), ("Jack Reed", "person")]),
    ("U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh.",
     [("U.S.", "place"), ("Marco Rubio", "person"), ("Russian", "other"), ("Sergei Lavrov", "person"),
      ("Riyadh", "place")]),
    ("The White House declined to comment. Kremlin spokesman Dmitry Peskov said talks were possible.",
     [("White House", "org"), ("Kremlin", "org"), ("Dmitry Peskov", "person")]),
    ("Officials at the Bank of England and the European Central Bank said rates would hold.",
     [("Bank of England", "org"), ("European Central Bank", "org")]),
    ("Syrian President Bashar al-Assad fled to Moscow, according to Reuters.",
     [("Syrian", "other"), ("Bashar al-Assad", "person"), ("Moscow", "place"), ("Reuters", "org")]),
    ("European Commission President Ursula von der Leyen visited Kyiv.",
     [("European Commission", "org"), ("Ursula von der Leyen", "person"), ("Kyiv", "place")]),
    ("In Kursk Oblast, Ukrainian troops held on. The Russian-backed forces advanced near Pokrovsk.",
     [("Kursk Oblast", "place"), ("Ukrainian", "other"), ("Russian", "other"), ("Pokrovsk", "place")]),
    ("General Motors said sales rose. Attorney General Merrick Garland resigned.",
     [("General Motors", "org"), ("Merrick Garland", "person")]),
    ("Apple Chief Executive Tim Cook met Prime Minister Keir Starmer at Downing Street.",
     [("Apple", "org"), ("Tim Cook", "person"), ("Keir Starmer", "person"), ("Downing Street", "org")]),
    ("The report was published by The New York Times and confirmed by officials in The Hague.",
     [("The New York Times", "org"), ("The Hague", "place")]),
    ("Officials said the talks failed. Analysts were not surprised.", []),
    ("Drones struck Odesa overnight. In Kharkiv, two people were hurt.",
     [("Odesa", "place"), ("Kharkiv", "place")]),
    ("Putin of Russia met Xi Jinping of China.",
     [("Putin", "other"), ("Russia", "place"), ("Xi Jinping", "person"), ("China", "place")]),
    ("Donald Trump won. Trump said he would end the war.", [("Donald Trump", "person"), ("Trump", "person")]),
    ("NATO's Secretary-General arrived in Kyiv on Monday.", [("NATO", "org"), ("Kyiv", "place")]),
    ("The prime minister said the vote would go ahead.", []),
    ("According to the Institute for the Study of War, Russian forces advanced near Kurakhove.",
     [("Institute for the Study of War", "org"), ("Russian", "other"), ("Kurakhove", "place")]),
    ("Chinese President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva met in Brasilia.",
     [("Chinese", "other"), ("Xi Jinping", "person"), ("Brazilian", "other"),
      ("Luiz Inácio Lula da Silva", "person"), ("Brasilia", "place")]),
    ("Rescuers in Kharkiv Oblast pulled three people out, Governor Oleh Syniehubov said on Telegram.",
     [("Kharkiv Oblast", "place"), ("Oleh Syniehubov", "person"), ("Telegram", "org")]),
    ("Shares of Nvidia Corp. rose 3% after a note from Goldman Sachs.",
     [("Nvidia Corp", "org"), ("Goldman Sachs", "org")]),
])
def test_find_names(text, expected):
    assert names(text) == expected


BODY = ("Donald Trump said he would meet Vladimir Putin. The Russian army has not retaken Kursk, "
        "and Ukraine says its troops will hold on.")


@pytest.mark.parametrize("headline, expected", [
    ("Trump Says He Will Meet Putin In Saudi Arabia Next Month",
     [("Trump", "person"), ("Putin", "person"), ("Saudi Arabia", "place")]),
    ("Russian Army Again Fails To Fulfill Putin's Kursk Mission, Ukraine Keeps Control Of Region",
     [("Russian", "other"), ("Putin", "person"), ("Kursk", "place"), ("Ukraine", "place")]),
])
def test_title_case_headline_keeps_only_names(headline, expected):
    text = headline + "\n\n" + BODY
    assert [(m.text, m.kind) for m in find_names(text, 0, len(headline))] == expected


def test_offsets_are_absolute_within_range():
    text = "It was a busy day. Chancellor Olaf Scholz met Emmanuel Macron in Paris."
    start = text.index("Chancellor")
    got = find_names(text, start, len(text))
    assert [(m.text, text[m.start:m.end]) for m in got] == [
        ("Olaf Scholz", "Olaf Scholz"), ("Emmanuel Macron", "Emmanuel Macron"), ("Paris", "Paris")]
    assert find_names(text, 0, start) == []


@pytest.mark.parametrize("text, name, title", [
    ("Despite statements by President-elect Donald Trump, the war went on.", "Donald Trump",
     "President-elect"),
    ("U.S. Secretary of State Marco Rubio arrived.", "Marco Rubio", "Secretary of State"),
    ("White House Press Secretary Karine Jean-Pierre spoke.", "Karine Jean-Pierre", "Press Secretary"),
    ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", "spokesman"),
    ("Gen. Charles Q. Brown Jr. met reporters.", "Charles Q. Brown Jr", "Gen."),
    ("John Kirby told reporters.", "John Kirby", None),
    ("A senior U.S. official said so.", "U.S.", None),
    ("“We will not retreat,” said Lt. Col. Anna Kovalenko.", "Anna Kovalenko", "Lt. Col."),
])
def test_title_before(text, name, title):
    mention = next(m for m in find_names(text) if m.text == name)
    assert title_before(text, mention) == title


def test_the_capitals_class_written_with_ranges_holds_the_same_letters():
    import re

    from factcheck.nlp.names import _class_body

    capitals = [c for c in map(chr, range(0x41, 0x0530)) if c.isupper()]
    body = _class_body(capitals)
    assert "A-Z" in body and len(body) < len(capitals)
    rx = re.compile(f"[{body}]")
    assert [c for c in map(chr, range(0x20, 0x0600)) if rx.match(c)] == capitals


def test_capitals_past_z_all_lie_in_the_late_letter_range():
    from factcheck.nlp.names import _LATE_LETTER

    late = [c for c in map(chr, range(0x5B, 0x0530)) if c.isupper()]
    assert late and all(_LATE_LETTER.match(c) for c in late)


def test_the_ascii_run_pattern_finds_the_same_runs_in_text_without_late_letters():
    from pathlib import Path

    from factcheck.nlp.names import _LATE_LETTER, _lexicon

    lex = _lexicon()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parents[1].glob("fixtures/articles/*"))
             if p.suffix in (".md", ".txt")]
    compared = 0
    for text in texts:
        for para in text.split("\n\n"):
            if _LATE_LETTER.search(para):
                continue
            assert [m.span() for m in lex.ascii_run.finditer(para)] == [m.span() for m in lex.run.finditer(para)]
            compared += 1
    assert compared > 50


@pytest.mark.parametrize("text, name", [
    ("Officials said Émile Loubet arrived.", "Émile Loubet"),
    ("The letter from Łukasz Nowak came on Monday.", "Łukasz Nowak"),
    ("Zola and Ørsted met Aleksandr Ivanov in Kyiv.", "Ørsted"),
])
def test_names_with_capitals_past_z_are_found(text, name):
    assert name in [m.text for m in find_names(text)]


def test_surnames_come_from_names_in_full_only():
    """The whole-text surname scan reads runs of two words or more; a lone capitalised word ("Smith",
    "Reuters") names no one in full, and a Title Case line between runs keeps its own reading."""
    from factcheck.nlp.names import _surnames

    text = ("Smith spoke first.\nA Headline Written In Title Case\n"
            "Later, Donald Trump met Reuters reporters and Angela Merkel.\nMerkel left.")
    assert _surnames(text) == frozenset({"Trump", "Merkel"})
    assert [n.text for n in find_names(text) if n.kind == "person"][-1] == "Merkel"
