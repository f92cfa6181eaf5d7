"""Headline versus body: opposing predicates, negation, shared parties, unsupported headlines."""
from __future__ import annotations

import pytest

from factcheck.analysis import Analysis
from factcheck.checks.headline import headline_contradiction, headline_unsupported
from factcheck.nlp.headline import contradictions, missing_terms, predicates, stem, terms
from factcheck.nlp.tokens import tokenize
from factcheck.model import Document, Options, Sentence


def _analysis(title: str, text: str) -> Analysis:
    return Analysis(Document(source="t", text=text, title=title), Options())


@pytest.mark.parametrize("title, body", [
    ("Ukraine keeps control of region", "Ukrainian forces have lost about half of the territory they captured."),
    ("Ukraine keeps control of Kursk region", "Ukraine has withdrawn from the Kursk region, its army said."),
    ("Acme shares rise after results", "Acme shares fell 6% on Tuesday."),
    ("Senate approves spending bill", "The Senate rejected the spending bill on Thursday."),
    ("Chipmaker beats profit forecasts", "The chipmaker missed profit forecasts again."),
    ("Ministry confirms minister's resignation", "The ministry has not confirmed the minister's resignation."),
    ("Incumbent wins governor race", "The incumbent lost the governor race by 20,000 votes."),
    ("Rebels hold on to airport", "The rebels did not hold the airport for long and retreated."),
    ("Germany reopens border crossings", "Germany closed its border crossings with Poland on Friday."),
    ("Mayor denies plan to close library", "Mayor Ellen Brooks confirmed the plan to close the library."),
    ("Florida woman adds third breast", "A Florida woman said she added a third breast. The third breast story is a hoax."),
    ("Satellite picture shows giant crab off Kent coast",
     "A satellite picture of a giant crab off the Kent coast went viral. Experts say the picture is fake."),
    ("President adopts Jewish godson", "The president did not adopt the Jewish godson, her office said."),
    ('Ukraine "keeps control" of Kursk region', "Ukrainian forces have lost the Kursk region, the army said."),
    ("Fed holds interest rates steady", "The Federal Reserve raised its benchmark interest rate by a quarter point."),
    ("Jobless claims fall to three-month low", "New claims for unemployment benefits rose by 12,000 last week."),
    ("Auto workers approve contract, ending strike",
     "Workers at the Marlow Motors plant in Wentzville, Missouri, voted to reject a tentative contract on Sunday."),
    ("Ukraine holds Kursk as Russian offensive stalls", "Ukrainian forces have lost Kursk, the army said on Monday."),
    ("Russia keeps Avdiivka", "Russian troops withdrew from Avdiivka overnight, the ministry said."),
    ("Giant crab spotted off Kent coast",
     "A photo of a giant crab off the Kent coast went viral. A marine biologist looked at it. I think this is a hoax."),
    ("City bans dogs from public parks",
     "A notice banning dogs from the city's parks was shared online. The report is not true, the council said."),
    ("Airline to charge passengers for the toilet",
     "Outlets said the airline would charge passengers for the toilet. The claim has been proved false."),
    ("Singer files lawsuit against label", "The singer did not file a lawsuit against her label, her lawyer said."),
    ("Club signs teenage striker from Brazil",
     "The club has not signed a teenage striker from Brazil, despite what you may have read this week."),
    ("Town's oldest oak cut down by contractors",
     "Photos of the town's oldest oak cut down were shared. They have since been exposed as a sham."),
    ("Giant crab photographed off Kent coast",
     "A photograph of a giant crab off the Kent coast went viral. We rate the crab photograph as a likely fake."),
    ("Woman has third breast implanted",
     "The woman who claimed she had a third breast implanted has been proved a hoax."),
    ("President adopts Jewish godson", "The president adopted a Jewish godson, reports said. It's probably not true."),
    ("Loggers cut down world's oldest tree",
     "Loggers cut down the world's oldest tree, several sites said. The story turned out to be satire."),
])
def test_contradiction(title, body):
    assert contradictions(_analysis(title, body))


@pytest.mark.parametrize("title, body", [
    ("Ukraine keeps control of region", "U.S. officials estimate Ukrainian forces could be forced to withdraw by spring."),
    ("Ukraine keeps control of region", "Ukraine's goal was not to hold territory but to wear down Russian forces."),
    ("Ukraine keeps control of region", "If Russia launches an offensive, Ukraine may lose the territory."),
    ("Ukraine keeps control of region", "Russia lost control of the region's largest town in August."),
    ("Oil prices climb as supply fears grow", "Gold prices fell as investors moved into riskier assets."),
    ("Acme shares rise after results", "Rival Globex saw its shares fall 2%."),
    ("Senate to vote on spending bill", "If the Senate rejects the bill, the government could shut down."),
    ("Saudi stocks, currency tumble", "The dollar becomes more expensive when the U.S. currency rises."),
    ("Ukraine keeps control of Kursk", "Ukraine lost control of Bakhmut in May."),
    ("Is Ukraine losing the region?", "Ukrainian forces still hold the territory."),
    ("Ukraine keeps control of region", "The retreat could be presented as a tactical success."),
    ("Governor signs climate bill", "Governor Alvarez did not sign the climate bill until late Friday."),
    ("Rebels hold on to the airport", "The rebels did not withdraw from the airport until Sunday."),
    ("Governor did not sign the climate bill", "Governor Alvarez reportedly signed the climate bill."),
    ("Is the giant crab photo real?", "A satellite picture of a giant crab went viral. The picture is fake."),
    ("Giant crab photo probably fake", "A satellite picture of a giant crab went viral. The picture is fake."),
    ("Satellite picture shows giant crab", "A satellite picture of a giant crab went viral. It is not fake, NASA said."),
    ("Satellite picture shows giant crab", "A satellite picture of a giant crab went viral. If the picture is fake, the site will remove it."),
    ("Council approves tram line", "The council approved the tram line. Rumours about the mayor's health are false."),
    ("Ukraine keeps control of region", "Ukraine lost the town and Russia kept control of the region."),
    ("Ukraine keeps control of region", "If Russia attacks in spring and Ukraine loses the region, talks will stall."),
    ("Ukraine holds Kursk as Russian offensive stalls", "Ukraine lost Bakhmut in May last year."),
    ("Ukraine holds talks with Poland", "Ukraine lost Bakhmut in May last year."),
    ("Apple shares fall after iPhone sales miss", "Apple shares rose in early trading before falling 3%."),
    ("Oil prices rise as supply tightens", "Oil prices had fallen for three sessions before Monday's gains."),
    ("Oil prices rise as supply tightens", "Oil prices previously fell for three sessions in a row."),
    ("Fed holds interest rates steady", "The Bank of England raised its benchmark interest rate on Thursday."),
    ("Auto workers approve contract", "Teachers in Ohio voted to reject a contract offer on Sunday."),
    ("Giant crab spotted off Kent coast", "A photo of a giant crab off the Kent coast went viral. It is not a hoax, he said."),
    ("Giant crab photo: real or hoax?", "A photo of a giant crab off the Kent coast went viral. I think this is a hoax."),
    ("City bans dogs from public parks", "A rumour that the council banned cats from parks is not true."),
    ("Man saved from becoming werewolf", "The man has not become a werewolf, his doctor said."),
    ("Museum buys Vermeer sketch", "The museum bought the Vermeer sketch. Its director said the sketch is not fake."),
    ("Club signs striker from Brazil", "Despite what you may have read, the striker will not play until May."),
    ("Report: club signs striker from Brazil", "The report that the club signed the striker from Brazil is false."),
    ("Russia and Syria: U.S. forces block refugees", "Analysts told reporters the Russian claims that U.S. forces block refugees are false."),
    ("Town's oldest oak cut down", "An old photo of the town's oldest oak was dismissed as fake by the council."),
    ("Satellite picture shows giant crab", "A satellite picture of a giant crab went viral. It isn't a hoax, he said."),
    ("Sorry, the president didn't adopt a Jewish godson", "The president adopted a Jewish godson. It's not true."),
    ("Satellite picture shows giant crab", "A satellite picture of a giant crab went viral. He claimed the picture was fake."),
    ("Pensioner wins lottery jackpot twice", "Officials declared the pensioner's second lottery jackpot valid."),
])
def test_no_contradiction(title, body):
    assert contradictions(_analysis(title, body)) == []


@pytest.mark.parametrize("text, pair, positive", [
    ("Ukraine keeps control of the region", "control", True),
    ("Ukraine did not keep control of the region", "control", False),
    ("Russia failed to hold the city", "control", False),
    ("Shares never rose that day", "rise-fall", False),
    ("The army withdrew from the town", "control-withdrawal", False),
])
def test_predicate_polarity(text, pair, positive):
    found = {(p.pair, p.positive) for p in predicates(Sentence(text, -1, -1, is_headline=True), Document("t", ""))}
    assert (pair, positive) in found


@pytest.mark.parametrize("a, b", [
    ("Ukraine", "Ukrainian forces"), ("Russia's army", "Russian troops"), ("the region", "the territory"),
    ("U.S. officials", "American diplomats"),
])
def test_same_party(a, b):
    assert terms(tokenize(a)) & terms(tokenize(b))


@pytest.mark.parametrize("a, b", [("us", "US"), ("turkey", "Turkey")])
def test_entities_need_capitals(a, b):
    assert "united states" not in terms(tokenize("give us the turkey")) or a == b


@pytest.mark.parametrize("word, stemmed", [("denies", "deny"), ("soldiers", "soldier"), ("captured", "captur"),
                                           ("press", "press"), ("status", "status"), ("files", "fil"),
                                           ("file", "fil"), ("filed", "fil"), ("becoming", "becom"),
                                           ("become", "becom"), ("free", "free")])
def test_stem(word, stemmed):
    assert stem(word) == stemmed


def test_finding_quotes_headline_and_body():
    analysis = _analysis("Ukraine keeps control of region",
                         "Ukrainian forces have lost about half of the territory they captured.")
    finding, = headline_contradiction.run(analysis)
    assert "Ukraine keeps control of region" in finding.message
    assert "lost about half of the territory" in finding.message
    assert finding.sentence.startswith("Ukrainian forces have lost")
    assert finding.evidence[0].text == "Ukraine keeps control of region"
    assert finding.severity == "warning"


@pytest.mark.parametrize("title, body, unsupported", [
    ("Celebrity chef opens vegan restaurant in Paris",
     "The council approved the tram budget on Tuesday. Construction starts in spring and will last "
     "three years, with the first line due to run before the next election.", True),
    ("Celebrity chef opens vegan restaurant in Paris",
     "The council approved the tram budget. Construction starts in spring.", False),  # too short to judge
    ("Vortex Cannon Entertainment",
     "The studio was founded in a garage and now employs forty people. Its second game comes out in "
     "the spring on every major console and on the web.", False),  # a label, not a claim
    ("2018 Boys State Swim Results",
     "Wichita West senior David Garcia finished second in the freestyle. The relay team placed fourth "
     "and the coach praised the younger swimmers after the meet.", False),
    ("서울시, 새 지하철 노선 착공",
     "The council approved the tram budget on Tuesday. Construction starts in spring and will last "
     "three years, with the first line due to open before the next election.", False),  # not English
    ("Council approves tram budget",
     "The council approved the tram budget. Construction starts in spring.", False),
    ("Storm hits coast", "The storm hit the coast on Sunday. Power was cut.", False),
    ("Big news", "Nothing here relates. Nothing at all.", False),
    ("Bears caught hibernating early",
     "Rangers say the animals began to hibernate weeks before the first frost this year. The warm autumn "
     "had been expected to delay the long winter sleep across the park.", False),
])
def test_unsupported(title, body, unsupported):
    analysis = _analysis(title, body)
    assert bool(missing_terms(analysis)) is unsupported
    assert bool(list(headline_unsupported.run(analysis))) is unsupported


def test_no_headline_no_findings():
    analysis = Analysis(Document(source="t", text="Shares fell. Shares rose."), Options())
    assert contradictions(analysis) == [] and missing_terms(analysis) is None


@pytest.mark.parametrize("text, winner, loser", [
    ("Rovers beat Town on Saturday.", "rovers", "town"),
    ("Rovers lost 2-1 to Town at Meadow Lane.", "town", "rovers"),
    ("Celtic were beaten 3-0 by Rangers.", "rangers", "celtic"),
    ("It finished Bulls 98, Lakers 104 after overtime.", "lakers", "bulls"),
    ("Hawthorn fell 87-64 to Geelong.", "geelong", "hawthorn"),
])
def test_match_results(text, winner, loser):
    from factcheck.nlp.headline import results
    analysis = _analysis("", text)
    found = [(set(r.subject), set(r.object)) for s in analysis.sentences for r in results(s, analysis.document)]
    assert ({winner}, {loser}) in found


@pytest.mark.parametrize("text", [
    "Town will hope to beat Rovers in August.",
    "Rovers did not beat Town.",
    "the visitors beat the hosts 2-1.",
    "Exports fell 5% to Germany last year.",
])
def test_no_match_result(text):
    from factcheck.nlp.headline import results
    analysis = _analysis("", text)
    assert not [r for s in analysis.sentences for r in results(s, analysis.document)]


@pytest.mark.parametrize("title, body, unsupported", [
    ("Mayor resigns amid audit of city contracts",
     "The state auditor will review the city's contracts next month. The city council will discuss the audit.", True),
    ("Mayor resigns amid audit of city contracts",
     "The mayor stepped down on Friday. The state auditor will review the city's contracts next month.", False),
    ("Mayor resigns amid audit of city contracts",
     "The mayor's resignation came a day after the state auditor announced a review of city contracts.", False),
    ("Shares fall after chief executive resigns",
     "Shares in the company fell 8% on Monday in early trading. Analysts said the outlook was weak.", False),
    ("Singer sues label over unpaid royalties",
     "The singer's royalties from the label have been unpaid since 2019. Her manager said talks had stalled.", True),
    ("Singer sues label over unpaid royalties",
     "The singer filed a lawsuit against the label over unpaid royalties. Her manager said talks had stalled.", False),
])
def test_headline_event_needs_body_mention(title, body, unsupported):
    assert (missing_terms(_analysis(title, body)) is not None) == unsupported


def test_sentences_skipped_untokenised_change_nothing(monkeypatch):
    """annotate() skips the body sentences that lack a word of every phrase its tests look for
    (headline._conflict_cue): the same contradictions and missing terms as reading every sentence, on the
    cases above (their parameters), a sentence with a capital sigma and the fixture articles."""
    from pathlib import Path

    from factcheck.loader import load_document
    from factcheck.nlp import headline

    cases = [(title, body) for test in (test_contradiction, test_no_contradiction, test_unsupported)
             for title, body, *_ in test.pytestmark[0].args[1]]
    cases.append(("Ministry confirms minister's resignation", "ΣΟΦΙΑ: the ministry has NOT confirmed it."))
    analyses = [lambda t=title, b=body: _analysis(t, b) for title, body in cases]
    pages = sorted(Path(__file__).parents[1].glob("fixtures/articles/*.*"))
    analyses += [lambda p=p: Analysis(load_document(str(p), Options()), Options()) for p in pages]
    skipping = [a().headline_checks for a in analyses]
    monkeypatch.setattr(headline, "_conflict_cue", lambda *args: None)
    assert skipping == [a().headline_checks for a in analyses]
    assert sum(len(found["contradictions"]) for found in skipping) >= 30
