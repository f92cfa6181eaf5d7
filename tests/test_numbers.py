"""factcheck.nlp.numbers: value, unit, noun and hedge of numbers in real-looking news sentences; agreement."""
from __future__ import annotations

import math
import time

import pytest

from factcheck.model import NumberMention
from factcheck.nlp.numbers import agree, find_numbers, in_seconds, noun_key, same_quantity


def _one(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, text, value, unit, noun, hedge, upper", [
    ("They are opposed by about 12,000 North Korean soldiers.", "12,000", 12000, None, "soldiers", "about", None),
    ("More than 1,000 people have been killed.", "1,000", 1000, None, "people", "more than", None),
    ("At least 40 were killed in the flood.", "40", 40, None, "killed", "at least", None),
    ("Another 230 had been injured by Sunday.", "230", 230, None, "injured", None, None),
    ("Only 3 were in the room.", "3", 3, None, None, None, None),
    ("Of them, 12 were stabbed.", "12", 12, None, "stabbed", None, None),
    ("Officials said 25 Taliban were reported killed.", "25", 25, None, "Taliban", None, None),  # as "11 Americans"
    ("The patients were 40 years old on average.", "40", 40, None, "age", None, None),
    ("It drew 38 000 shares on Facebook.", "38 000", 38000, None, "shares", None, None),
    ("He pays support until the child turns 18.", "18", 18, None, "age", None, None),
    ("A man in his fifties was attacked.", "fifties", 50, None, "age", None, 59),
    ("Hundreds of audience members walked out.", "Hundreds of", 200, None, "members", None, 999),
    ("Tens of thousands of people marched.", "Tens of thousands of", 20_000, None, "people", None, 99_999),
    ("It took a couple of paramedics.", "a couple of", 2, None, "paramedics", None, None),
    ("Several thousand veterans gathered.", "Several thousand", 2_000, None, "veterans", None, 9_999),
    ("It would open the sites for two months at most.", "two", 2, None, "months", "at most", None),
    ("It pays 500 euros or less.", "500 euros", 500, "EUR", None, "or less", None),
    ("A few hundred protesters marched.", "A few hundred", 200, None, "protesters", None, 999),
    ("Her husband was stabbed twice in the hand.", "twice", 2, None, "times", None, None),
    ("Sales grew two and a half times.", "two and a half", 2.5, None, "times", None, None),
    ("It cost two and a half million dollars.", "two and a half million dollars", 2.5e6, "USD", None, None, None),
    ("A minute and a half later, a pilot called in.", "A minute and a half", 1.5, None, "minute", None, None),
    ("Its profit was more than twice last year's.", "twice", 2, None, "times", "more than", None),
    ("Joan Rivers, in her late seventies, died.", "late seventies", 77, None, "age", None, 79),
    ("The boys were in their early teens.", "early teens", 13, None, "age", None, 15),
    ("Dozens died and 1,000 others wounded.", "1,000", 1000, None, "wounded", None, None),
    ("Close to 80 others may have been exposed.", "80", 80, None, "exposed", "close to", None),
    ("The blast injured 1,700 others.", "1,700", 1700, None, "others", None, None),
    ("It exploded, injuring more than 1,700 others.", "1,700", 1700, None, "injured", "more than", None),
    ("The index turned 5 points higher.", "5", 5, None, "points", None, None),
    ("It sold 1 250 000 copies.", "1 250 000", 1250000, None, "copies", None, None),
    ("Plaque rose after the age of 62.", "62", 62, None, "age", None, None),
    ("The average age of all the patients was 62.", "62", 62, None, "age", None, None),
    ("The senior is Nigel Judah, 58, finance director.", "58", 58, None, "age", None, None),
    ("He was left with his mother, Cai Tuan, 37.", "37", 37, None, "age", None, None),
    ("They are now less than 2km away from the city.", "2km", 2, "km", "away", "less than", None),
    ("The van was doing 60mph on the bypass.", "60mph", 60, "mph", None, None, None),
    ("It has the photos of both planes that crashed.", "both", 2, None, "planes", None, None),
    ("Qiang Qiang was three at the time of the attack.", "three", 3, None, "age", None, None),
    ("She found cases at three other school districts.", "three", 3, None, "districts", None, None),
    ("It lists 16 IS leaders as having been killed.", "16", 16, None, "leaders", None, None),
    ("Winters warmed by up to a staggering 11C.", "11C", 11, "degC", None, "up to", None),
    ("It climbed to more than 400ppm today.", "400ppm", 400, "ppm", "today", "more than", None),
    ("Seas rose by 20cm, islands vanished.", "20cm", 20, "cm", None, None, None),
    ("It was 30 °C in the shade.", "30 °C", 30, "degC", None, None, None),
    ("See Section 5 C of the act.", "5", 5, None, None, None, None),
    ("They sent 40 additional troops.", "40", 40, None, "troops", None, None),
    ("Leelah Alcorn, who was 17 when she died, was from Ohio.", "17", 17, None, "age", None, None),
    ("The toll was 12 at the time of the report.", "12", 12, None, None, None, None),
    ("He will lose both of his eyes.", "both", 2, None, "eyes", None, None),
    ("A 21-year-old man was held.", "21", 21, None, "age", None, None),
    ("The 11 Americans were killed in Kenya.", "11", 11, None, "Americans", None, None),
    ("The Route 66 Diner was opened by a veteran.", "66", 66, None, None, None, None),
    ("It will take a $5.8 million third-quarter charge.", "$5.8 million", 5_800_000, "USD", "charge", None, None),
    ("It took a charge of $5.3 million related to the sale.", "$5.3 million", 5_300_000, "USD", "charge", None, None),
    ("There is a termination fee of $15 million payable to Verizon.", "$15 million", 15_000_000, "USD", "fee", None,
     None),
    ("It spent $1.32 buying care for customers.", "$1.32", 1.32, "USD", None, None, None),
    ("The county paid for a $2 million building.", "$2 million", 2_000_000, "USD", "building", None, None),
    ("Seven doctors, clinic workers and escorts have been murdered.", "Seven", 7, None,
     "doctors, clinic workers and escorts", None, None),
    ("Path caps each user at 150 friends and offers no way to post.", "150", 150, None, "friends", None, None),
    ("It killed 12 people and wounded others.", "12", 12, None, "people", None, None),
    ("The stock closed at 13 5/8 in late trading.", "13 5/8", 13.625, None, None, None, None),
    ("It sold 6 3/8% debentures.", "6 3/8%", 6.375, "%", "debentures", None, None),
    ("It will take a US$600-million charge.", "US$600-million", 600_000_000, "USD", "charge", None, None),
    ("The city has 1.79 million residents.", "1.79 million", 1_790_000, None, "residents", None, None),
    ("Inflation eased to 4.5% in November.", "4.5%", 4.5, "%", None, None, None),
    ("Unemployment stood at 4.2 percent.", "4.2 percent", 4.2, "%", None, None, None),
    ("The Fed set a range of 4.75% to 5% for its benchmark rate.", "4.75% to 5%", 4.75, "%", None, None, 5),
    ("Between 10 and 20 people were hurt.", "10 and 20", 10, None, "people", None, 20),
    ("Arsenal won 2-0 at home.", "2-0", 2, "score", None, None, 0),
    ("City came back to draw 1-1.", "1-1", 1, "score", None, None, 1),
    ("The ruling party won 412 seats.", "412", 412, None, "seats", None, None),
    ("Congress approved $1.5 billion in aid.", "$1.5 billion", 1.5e9, "USD", "aid", None, None),
    ("The deal is worth £2bn.", "£2bn", 2e9, "GBP", None, None, None),
    ("It is the 21st century.", "21st", 21, "ordinal", "century", None, None),
    ("Nearly 60% of voters backed the plan.", "60%", 60, "%", "voters", "nearly", None),
    ("The rate rose by 0.25 percentage points.", "0.25 percentage points", 0.25, "pp", None, None, None),
    ("A 45-year-old man was arrested.", "45", 45, None, "age", None, None),
    ("Two other officials expressed hope.", "Two", 2, None, "officials", None, None),
    ("Up to 300 troops could be sent.", "300", 300, None, "troops", "up to", None),
    ("The storm cut power to 120,000 homes or more.", "120,000", 120000, None, "homes", "or more", None),
    ("Russia fired at least 40 missiles overnight.", "40", 40, None, "missiles", "at least", None),
    ("Seventy-one soldiers died in the crash.", "Seventy-one", 71, None, "soldiers", None, None),
    ("Seventy-five million copies have been built.", "Seventy-five million", 75e6, None, "copies", None, None),
    ("Iraq boasts an army of one million men.", "one million", 1e6, None, "men", None, None),
    ("Swissair received 2.5 million newly issued shares.", "2.5 million", 2.5e6, None, "shares", None, None),
    ("The U.S. has contributed dlrs 3.2 million in aid.", "dlrs 3.2 million", 3.2e6, "USD", "aid", None, None),
    ("It had earned $27.1 million a year earlier.", "$27.1 million", 27.1e6, "USD", None, None, None),
    ("It hopes to save $500 million a year.", "$500 million", 5e8, "USD", "per year", None, None),
    ("Net income slipped to #89.7 million.", "#89.7 million", 89.7e6, "GBP", None, None, None),
    ("Merieux is 51.1% controlled by Rhone Poulenc.", "51.1%", 51.1, "%", None, None, None),
    # broadcast transcripts write compound numbers with a space
    ("The currency has lost twenty six percent of its value.", "twenty six percent", 26.0, "%", None, None, None),
    # fractions in words count a share, as percentages
    ("MCA holds half of Cineplex's equity.", "half", 50.0, "%", "equity", None, None),
    ("Seagram holds more than a fifth of Du Pont.", "a fifth", 20.0, "%", None, "more than", None),
    ("Earnings fell by more than half, to nothing.", "half", 50.0, "%", None, "more than", None),
    ("Labour won two-thirds of the seats.", "two-thirds", 66.66, "%", None, None, None),
    # a people counted, though capitalised; a yearly rate however it is written
    ("Of the 234 Americans who have flown in space, few were women.", "234", 234.0, None, "Americans", None,
     None),
    ("It expects sales to grow 7.6% annually.", "7.6%", 7.6, "%", "per year", None, None),
    ("Some 2.3 million North Koreans go hungry.", "2.3 million", 2.3e6, None, "Koreans", "some", None),  # past "North"
    # numbers spoken as transcripts write them
    ("Two hundred and thirty four Americans have flown.", "Two hundred and thirty four", 234.0, None, "Americans",
     None, None),
    ("Some twenty six hundred people left.", "twenty six hundred", 2600.0, None, "people", "some", None),
    ("It is a one point six billion dollar plan.", "one point six billion dollar", 1.6e9, "USD", "plan", None,
     None),
    ("The deal cost a quarter of a billion dollars.", "a quarter of a billion dollars", 2.5e8, "USD", None, None,
     None),
    ("Half a million people fled.", "Half a million", 5e5, None, "people", None, None),
    # Canadian dollars, written either way
    ("Cineplex closed at C$12 7/8 in Toronto.", "C$12 7/8", 12.875, "CAD", None, None, None),
    ("It will raise 396 million Canadian dollars.", "396 million Canadian dollars", 396e6, "CAD", None, None, None),
    # the wider English-language press: ringgit, rupees in crore and lakh, rand before a scale word
    ("The plane cost RM6.162 million in all.", "RM6.162 million", 6.162e6, "MYR", None, None, None),
    ("The cabinet approved a Rs 450 crore package.", "Rs 450 crore", 4.5e9, "INR", "package", None, None),
    ("Each family gets ₹2.5 lakh in aid.", "₹2.5 lakh", 2.5e5, "INR", "aid", None, None),
    ("The agency gets R4bn to hire debt collectors.", "R4bn", 4e9, "ZAR", None, None, None),
    # a unit's plural abbreviation is the unit
    ("Adult males can reach up to 635 kgs.", "635 kgs", 635.0, "kg", None, "up to", None),
    # "within" bounds a span from above
    ("The statement came within 40 minutes of the video.", "40", 40.0, None, "minutes", "within", None),
    # an age in apposition after a described person
    ("Doctors were treating the comedienne, 81, at the time.", "81", 81.0, None, "age", None, None),
    # a group counted as written (names.yaml counted_groups), or the plural noun it qualifies
    ("The clashes left four Taliban dead.", "four", 4.0, None, "Taliban", None, None),
    ("The battle left 25 Taliban militants dead.", "25", 25.0, None, "militants", None, None),
])
def test_finds_number(sentence, text, value, unit, noun, hedge, upper):
    n = _one(sentence)
    assert (n.text, n.value, n.unit, n.noun, n.hedge, n.upper) == (text, value, unit, noun, hedge, upper)
    assert sentence[n.start:n.end] == n.text


@pytest.mark.parametrize("sentence", [
    "The war began in 2022.",
    "Trump took office on January 20.",
    "Putin spoke on Thursday, Dec. 26.",
    "The meeting is on 20 January.",
    "The vote is set for 2025-05-06.",
    "The briefing starts at 10 a.m.",
    "The train leaves at 10:30.",
    "The talks stalled in the 1990s.",
    "Ukraine received F-16 jets.",
    "COVID-19 cases fell.",
    "It happened on the 20th of January.",
    "The form is due 12/26.",
    "The deadline was 12/16, not 2/4.",
    "The story was posted 3 days ago.",
    "Profit rose in the second half of 1989.",
    "It spoke on behalf of the company.",
    "The show ran a quarter of a century.",
    "Third-quarter profit rose.",
    "The half-hour show ended.",
    "In nineteen ninety-one he was convicted.",
    "One of them left.",
    "The bottom half of the batting order failed.",
])
def test_leaves_dates_times_and_names_alone(sentence):
    assert find_numbers(sentence) == []


@pytest.mark.parametrize("a, b, expected", [
    ("about 60% of voters", "59.7% of voters", True),
    ("more than 120,000 homes", "121,000 homes", True),
    ("412 seats", "411 seats", False),
    ("about 12,000 soldiers", "11,000 soldiers", True),
    ("12,000 soldiers", "15,000 soldiers", False),
    ("1.79 million people", "1,790,412 people", True),
    ("1.79 million people", "1.9 million people", False),
    ("nearly 60% of voters", "59.1% of voters", True),
    ("nearly 60% of voters", "61% of voters", False),
    ("up to 300 troops", "250 troops", True),
    ("up to 300 troops", "400 troops", False),
    ("at least 40 missiles", "38 missiles", False),
    ("a range of 4.25% to 4.5% rate", "a range of 4.5% to 4.75% rate", False),
    ("a range of 4.25% to 4.5% rate", "a range of 4.25% to 4.5% rate", True),
    ("won 2-1 tonight", "won 2-1 tonight", True),
    ("won 2-1 tonight", "won 3-1 tonight", False),
    # an unhedged figure agrees with a finer one only when that one rounds to it as written
    ("1,800 francs", "1,850 francs", False),
    ("1,800 francs", "1,849 francs", True),
    ("$117 3/8", "$117.375", True),
    ("$2.5 million", "$2.45 million", True),
    ("$2.5 million", "$2.55 million", False),
    ("more than half of it", "43% of it", False),
    ("more than a fifth of it", "about 23% of it", True),
    ("half of it", "50% of it", True),
    # a bound against a rough figure: the rough figure itself must meet the bound
    ("fewer than 100,000 jobs", "about 110,000 jobs", False),
    ("more than 250 people", "about 257 people", True),
    ("nearly 60% of voters", "about 59% of voters", True),
    # bounds on a few things counted one by one: equal, or no agreement
    ("at least five states", "at least four states", False),
    ("more than two candidates", "two candidates", False),
    ("at least two candidates", "two candidates", True),
    ("more than 120 homes", "more than 110 homes", True),
])
def test_agreement(a, b, expected):
    assert agree(find_numbers(a)[0], find_numbers(b)[0]) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("12,000 North Korean soldiers", "11,000 North Korean troops", True),
    ("412 seats", "411 seats", True),
    ("412 seats", "411 votes", False),
    ("31 were killed", "29 dead", True),
    ("31 were killed", "29 were injured", False),
    ("4.5%", "4.2 percent", True),
    ("$1.5 billion in aid", "1.5 billion euros in aid", False),
])
def test_same_quantity(a, b, expected):
    assert same_quantity(find_numbers(a)[0], find_numbers(b)[0]) is expected


@pytest.mark.parametrize("a, b, expected", [
    ("about 5.9 million people", "5.4 million people", False),  # written to a decimal: one unit of it
    ("about 5.9 million people", "5.95 million people", True),
    ("about 300 people", "275 people", True),  # a round figure: a tenth either way
    ("some $2.2 billion", "$2.17 billion", True),
    # two rough figures: each within the other's reach, or the finer within the coarser's
    ("about 25 seconds", "about 30 seconds", False),
    ("some 30 shots", "some 25 shots", False),
    ("about 300 people", "about 310 people", True),
    ("roughly $24 million", "about $24.4 million", True),
])
def test_about_allows_what_the_figure_is_written_to(a, b, expected):
    assert agree(find_numbers(a)[0], find_numbers(b)[0]) is expected


def test_a_hash_sign_is_a_pound_only_before_a_scale_word():
    assert find_numbers("The #1 seed won the final.") == []


def test_the_rand_sign_is_a_currency_only_before_a_scale_word():
    assert find_numbers("Traffic on the R2 slowed.") == []
    assert [n.unit for n in find_numbers("It recovers up to R50 million a year.")] == ["ZAR"]


def test_noun_key_of_a_list_is_the_set_of_its_nouns():
    assert noun_key("rooms, suites and cabins") == noun_key("guest rooms, suites and signature cabins")
    assert noun_key("doctors, clinic workers and escorts") != noun_key("doctors")


def test_noun_key_groups_synonyms():
    assert noun_key("troops") == noun_key("soldiers") == "soldier"
    assert noun_key("colours") == noun_key("colors") == "color"  # British spelling, one noun
    assert noun_key("centres") == noun_key("centers")
    assert noun_key("casualties") == "casualty"
    assert noun_key("employees") == noun_key("workers")
    assert noun_key("cosmonauts") == noun_key("astronauts")
    assert noun_key("slide") == noun_key("decline")
    assert noun_key("Germans") == noun_key("people") == noun_key("citizens")
    assert noun_key("died") == noun_key("perished") == noun_key("killed")  # "10 others perished" / "a dozen died"
    assert noun_key("north-east") == noun_key("northeast") and noun_key("e-mails") == noun_key("emails")


def test_time_grows_linearly_with_unbroken_text():
    unit = "the army sent 12 troops and two planes, three tanks and about 4,500 rounds "
    def seconds(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        best = math.inf
        for _ in range(2):
            began = time.perf_counter()
            find_numbers(text)
            best = min(best, time.perf_counter() - began)
        return best

    small, large = seconds(20_000), seconds(200_000)
    assert large < 30 * small + 0.5, (small, large)


def test_a_change_and_where_it_ended_is_no_range():
    found = find_numbers("Compaq shares fell $1.625 to $108.625 on Wednesday.")
    assert [(n.value, n.upper) for n in found] == [(1.625, None), (108.625, None)]
    # ... with a word or two between "from" and the start
    found = find_numbers("It raised the income limit from the current $154,000 to $220,000.")
    assert [(n.value, n.upper) for n in found] == [(154000, None), (220000, None)]
    assert [(n.value, n.upper) for n in find_numbers("It pays 4.75% to 5% now.")] == [(4.75, 5)]


@pytest.mark.parametrize("text, expected", [
    ("Two officials resigned.", [(2.0, "officials")]),
    ("Seventy-one soldiers died.", [(71.0, "soldiers")]),
    ("She sold one million copies.", [(1e6, "copies")]),
    ("Someone often threw stones at the Tenement.", []),  # spelled words inside other words
    ("TWENTY workers left.", [(20.0, "workers")]),
])
def test_spelled_numbers_only_as_whole_words(text, expected):
    """A spelled number is looked for only when one of its words stands whole in the text."""
    assert [(m.value, m.noun) for m in find_numbers(text)] == expected


@pytest.mark.parametrize("text, hedge", [
    ("The fire destroyed more than 120 homes.", "more than"),
    ("It raised about $5 million.", "about"),  # the currency sign between hedge and figure
    ("The hall holds no fewer than 4,000 people.", "no fewer than"),
    ("Officials said 300 homes burned.", None),  # the word before names no hedge
    ("The replies needed more than Twitter's 140 characters.", "more than"),  # a possessive between
    ("The Japanese spider crab can exceed 3.5 metres.", "exceed"),
    ("She sees him for as long as five hours a day.", "as long as"),
    ("Officials said Twitter's 140 characters were too few.", None),  # a possessive after no hedge
    ("More than four in five articles are in other languages.", "more than"),  # a share told in words
    ("Nearly one in three buyers did so.", "nearly"),
    ("One in three buyers did so.", "about"),  # 33.3%, as written
])
def test_hedge_before_a_figure(text, hedge):
    assert find_numbers(text)[0].hedge == hedge


@pytest.mark.parametrize("text, low, high", [
    ("It polled adults between the ages of 25 and 54 in each country.", 25.0, 54.0),
    ("It polled adults between ages 18 and 24.", 18.0, 24.0),
    ("It polled between 10 and 20 people.", 10.0, 20.0),
])
def test_between_names_a_range(text, low, high):
    """"between the ages of 25 and 54" is one range of ages, as "between 10 and 20" is."""
    m = find_numbers(text)[0]
    assert (m.value, m.upper) == (low, high)


@pytest.mark.parametrize("text, expected", [
    ("In all but one of the 10 counties, tourism leads.", [(9.0, "counties"), (10.0, "counties")]),
    ("All but two of its 40 stores closed.", [(38.0, "stores"), (40.0, "stores")]),
    ("It was all but over for the 13 players.", [(13.0, "players")]),  # "all but" without a part
])
def test_all_but_some_of_a_whole_is_the_rest(text, expected):
    assert [(m.value, m.noun) for m in find_numbers(text)] == expected


@pytest.mark.parametrize("text, noun", [
    ("The victim, Maria Lopez Ortega, was 34. She had met him online.", "age"),  # a name, then "was N."
    ("Smith was 45.", "age"),
    ("The toll was 12.", None),  # no name before "was"
    ("The score was 22 at half time.", None),  # not at the sentence's end
    ("Its job level remains 4.6 percent below the peak.", None),  # a preposition is counted by no figure
    ("It covered only 78.3 percent of what had been promised.", None),
    ("The board wanted Marten, then 29, to step down.", "age"),  # an age in apposition, told as of then
    ("That morning, all 40 or so volunteers turned up.", "volunteers"),  # past a rough figure's hedge
    ("It lasts 20 or more minutes.", None),  # a bound's noun is left unread
    ("The city expects to lose $6.5 million running the stadium.", None),  # a verb and its object
    ("They spent $5 million funding its clinics.", None),
    ("It has 200 housing units.", "units"),  # a word in -ing before its noun stays a modifier
    ("Some 40 people living there fled.", "people"),
    ("It dates back to 5,316 BCE.", "BC"),  # a year of an era, compared with years of that era only
    ("The oldest finds are from around 500 B.C., he said.", "BC"),
    ("The coins date from about 500 AD.", "AD"),
    ("He hired 30 CEOs.", "CEOs"),
])
def test_what_a_figure_counts(text, noun):
    assert find_numbers(text)[0].noun == noun


def test_at_one_point_is_an_idiom_not_a_decimal():
    """"At one point three windows were open" counts three windows, not 1.3 ("one point six billion" is 1.6)."""
    assert [m.value for m in find_numbers("At one point three windows were open.")] == [3.0]
    assert [m.value for m in find_numbers("It sold one point six billion copies.")] == [1.6e9]


def test_and_without_between_is_no_range():
    assert [m.upper for m in find_numbers("The club has 25 members and 54 guests.")] == [None, None]


def test_regular_plural_demonyms_are_counted_peoples():
    """'half a million Cubans live ...' counts Cubans, not 'live' (the lexicon writes "Cuban" and "Iraqi")."""
    from factcheck.nlp.numbers import find_numbers
    text = "Fewer than half a million Cubans live there, 3,000 Iraqis left and 9,000 Soviets were trapped."
    assert [n.noun for n in find_numbers(text)] == ["Cubans", "Iraqis", "Soviets"]


@pytest.mark.parametrize("text, noun", [
    ("Of the 234 Americans who have flown in space, only 36 have been women.", "women"),  # after a copula
    ("Only twenty six of them women.", "women"),  # a part of a whole: "of them"
    ("Six of them were hurt.", "hurt"),
    ("They cut 1,000 of those jobs.", "jobs"),
    ("She received Yair, his parents and four of his brothers.", "brothers"),  # "of" and a determiner
    ("Five of the company's executives quit.", "executives"),  # not the possessive before the noun
])
def test_a_part_of_a_whole_counts_what_follows(text, noun):
    from factcheck.nlp.numbers import find_numbers
    assert find_numbers(text)[-1].noun == noun


@pytest.mark.parametrize("text, nouns", [
    ("Reports put the number of injured in the two blasts at fewer than 1,500.", ["blasts", "injured"]),
    ("It raised the number of expected job cuts by 15,000 to 55,000.", ["cuts", "cuts"]),  # a change and its end
    ("The purchase will lift the chain's store count to about 600.", ["stores"]),
    ("The number of dead rose to 217.", ["dead"]),
    ("It lifts the number of shares outstanding to about 14.6 million.", ["shares"]),
    ("A number of people said 5 things.", ["things"]),  # "a number of" is no count's name
])
def test_a_bare_figure_counts_what_the_number_of_names_before_it(text, nouns):
    from factcheck.nlp.numbers import find_numbers
    assert [n.noun for n in find_numbers(text)] == nouns


@pytest.mark.parametrize("text", ["an unsolicited $32-a-share tender offer", "a $32-per-share bid", "$32 a share"])
def test_a_rate_written_as_a_compound_is_a_rate(text):
    from factcheck.nlp.numbers import find_numbers
    assert find_numbers(text)[0].noun == "per share"

@pytest.mark.parametrize("text", [
    "Two-thirds of the seats, a HALF of it; one quarter (a fifth) and three\n\nquarters, two - tenths.",
    "a million tweets, A BILLION, an\ttrillion; often tent halfway behalf thousands",
    "ſome half and İ third K quarter, ONE-HALF, an  eighth",
    "",
])
def test_fractions_and_scales_found_in_stretches_as_in_the_whole_text(text):
    from pathlib import Path

    from factcheck.nlp import numbers
    from factcheck.nlp.tokens import finditer_in_stretches

    lex = numbers._lexicon()
    pages = sorted(Path(__file__).parents[1].glob("fixtures/articles/*.*"))
    for page in [text, *(p.read_text(encoding="utf-8") for p in pages)]:
        for pattern, cue in ((lex.fraction_re, numbers._fraction_cue()), (numbers._A_SCALE, numbers._scale_cue())):
            found = finditer_in_stretches(pattern, page, cue, numbers._WORD_RUN_ENDS)
            assert [(m.span(), m.groupdict()) for m in found] == [(m.span(), m.groupdict()) for m in pattern.finditer(page)]


@pytest.mark.parametrize("text, value", [
    ("about a half million people", 500_000), ("a half-million people", 500_000),
    ("a quarter million votes", 250_000), ("half a million people", 500_000),
])
def test_a_fraction_right_before_a_scale_is_an_amount(text, value):
    from factcheck.nlp.numbers import find_numbers
    assert find_numbers(text)[0].value == value


@pytest.mark.parametrize("sentence, text, value, noun, hedge", [
    ("She had been gone for more than an hour.", "an", 1, "hour", "more than"),
    ("He replied in less than one hour.", "one", 1, "hour", "less than"),
    ("He was alone for nearly a year.", "a", 1, "year", "nearly"),
    ("It has stood for more than half a century.", "half a", 0.5, "century", "more than"),
])
def test_a_single_span_of_time_is_one(sentence, text, value, noun, hedge):
    found = find_numbers(sentence)
    assert [(n.text, n.value, n.noun, n.hedge) for n in found] == [(text, value, noun, hedge)]


@pytest.mark.parametrize("sentence", ["It costs $5 a year.", "They train three times a week.",
                                      "It pumps 30,000 barrels a day.", "She chopped it off a second time."])
def test_a_rate_or_an_ordinal_is_no_span_of_time(sentence):
    assert not [n for n in find_numbers(sentence) if n.noun in ("year", "week", "day", "second")]


def test_spans_of_time_in_other_units_compare_in_seconds():

    def span(text: str) -> NumberMention:
        return in_seconds(find_numbers(text)[0])

    thirty = span("She was gone 30 minutes.")
    assert (thirty.text, thirty.noun, thirty.value, thirty.unit) == ("30", "minutes", 1800, "s")
    assert not agree(thirty, span("She was gone more than an hour."))
    assert not agree(span("after two weeks of training"), span("after at least two months of training"))
    assert not agree(span("for five months"), span("for nearly a year"))
    assert agree(span("within 90 days"), span("within three months"))  # retold in another unit: roughly
    assert agree(span("for 24 hours"), span("for a day"))


@pytest.mark.parametrize("sentence", ["Both Kenya and Tanzania were hit.", "It hired both men and women.",
                                      "Both were charged."])
def test_both_joining_two_names_or_nouns_is_no_count(sentence):
    assert not [n for n in find_numbers(sentence) if n.text.lower() == "both"]


def test_a_noun_in_quotes_is_still_the_noun():
    """'The letters cited two "deficiencies"': a word the writer quotes is what the figure counts."""
    for text in ('The letters cited two "deficiencies" found by inspectors.', "It cited 14 “violations” in all."):
        (m,) = find_numbers(text)
        assert m.noun in ("deficiencies", "violations")


def test_pc_is_percent_only_against_the_figure():
    """British papers write "70,750pc"; "5 PCs" are computers."""
    (m,) = find_numbers("Sales shot up a record-breaking 70,750pc on Amazon.")
    assert (m.value, m.unit) == (70750.0, "%")
    (m,) = find_numbers("Thieves took 5 PCs from the office.")
    assert m.unit is None and m.noun == "PCs"


@pytest.mark.parametrize("sentence, text, value, noun, hedge", [
    ("Seven out of 10 women on the streets are harassed.", "Seven out of 10", 70, "women", None),
    ("One in five adults smoke.", "One in five", 20, "adults", None),
    ("Three of every four voters said no.", "Three of every four", 75, "voters", None),
    ("Nearly 3 in 4 voters agreed.", "3 in 4", 75, "voters", "nearly"),
    ("About one in three people moved.", "one in three", 100 / 3, "people", "about"),
])
def test_a_part_of_a_whole_told_as_a_ratio_is_a_share(sentence, text, value, noun, hedge):
    """"7 out of 10 women" is "70 percent of women", so the two agree and neither contradicts the other."""
    found = find_numbers(sentence)
    assert [(n.text, n.value, n.unit, n.noun, n.hedge) for n in found] == [(text, value, "%", noun, hedge)]
    assert agree(found[0], find_numbers(f"{round(value)} percent of {noun}")[0])


@pytest.mark.parametrize("sentence", ["He won 5 of 7 games.", "We meet at 5 in 10 minutes.", "She scored 2 in 2015."])
def test_no_ratio_without_a_part_of_a_whole(sentence):
    assert not [n for n in find_numbers(sentence) if n.unit == "%"]


@pytest.mark.parametrize("a, b", [("It is 60ft long.", "a 60-foot crab"), ("It is 60 ft long.", "It is 60 feet long.")])
def test_feet_are_one_unit_however_written(a, b):
    """"60ft", "60 ft", "60 feet" and "60-foot" are one length, and 50ft is another."""
    first, second = find_numbers(a)[0], find_numbers(b)[0]
    assert (first.unit, second.unit) == ("ft", "ft") and agree(first, second)
    assert not agree(first, find_numbers("It is 50ft long.")[0])


@pytest.mark.parametrize("sentence, text", [("The Guardian said he is 23.", "23"), ("But the paper said he's 21.", "21"),
                                            ("She was 17 when she died.", "17")])
def test_a_bare_figure_said_of_a_person_is_an_age(sentence, text):
    assert [(n.text, n.noun) for n in find_numbers(sentence)] == [(text, "age")]


@pytest.mark.parametrize("sentence", ["He was 5 points ahead.", "She is 3 of 10 finalists."])
def test_a_figure_of_something_said_of_a_person_is_no_age(sentence):
    assert not [n for n in find_numbers(sentence) if n.noun == "age"]


@pytest.mark.parametrize("a, b, expected", [
    ("some 15 metres long", "a 50-foot crab", True), ("roughly 50 kilometres north", "30 miles north", True),
    ("15 metres long", "a 15-foot crab", False), ("about 10 inches wide", "30 centimetres long", False),
])
def test_lengths_in_other_units_are_compared_in_one(a, b, expected):
    """A length retold in another unit is the same quantity, converted as written."""
    first, second = find_numbers(a)[0], find_numbers(b)[0]
    assert same_quantity(first, second._replace(noun=first.noun))
    assert agree(first, second) is expected


@pytest.mark.parametrize("sentence, text, value, upper", [
    ("The bank failed with leverage of 43 to 1, he said.", "43 to 1", 43, 1),
    ("It ran a 34-to-1 leverage ratio.", "34-to-1", 34, 1),
    ("The committee voted 7 to 2 to hold rates.", "7 to 2", 7, 2),
    ("The odds were 100 to 1.", "100 to 1", 100, 1),
])
def test_a_ratio_or_vote_written_with_to_is_one_pair(sentence, text, value, upper):
    """"43 to 1" is one ratio, compared whole like the score "8-2": "43 to 1" and "34-to-1" differ."""
    found = find_numbers(sentence)
    assert [(n.text, n.value, n.upper) for n in found] == [(text, value, upper)]
    assert not agree(found[0], find_numbers("a 34-to-2 ratio")[0])


@pytest.mark.parametrize("sentence, figures", [
    ("Between 5 to 10 people came.", [("5 to 10", 5, 10)]),
    ("Membership rose from 16 to 19.", [("16", 16, None), ("19", 19, None)]),
    ("Staff was cut from 10 to 5.", [("10", 10, None), ("5", 5, None)]),
])
def test_a_range_or_a_change_written_with_to_is_no_pair(sentence, figures):
    assert [(n.text, n.value, n.upper) for n in find_numbers(sentence)] == figures


def test_bbl_is_barrels():
    assert [n.unit for n in find_numbers("about 392,000 bbl. were burned, of 4.1 million barrels")] == ["bbl", "bbl"]


@pytest.mark.parametrize("a, b, same", [("a mere 39 kilobytes", "a mere 39 megabytes", False),
                                        ("0.039 megabytes", "39 kilobytes", True),
                                        ("a 1-terabyte drive", "1,000 gigabytes", True)])
def test_sizes_of_data_are_compared_in_one_unit(a, b, same):
    first, second = find_numbers(a)[0], find_numbers(b)[0]
    assert agree(first, second) is same


def test_an_age_in_a_who_clause():
    assert [(n.text, n.noun) for n in find_numbers("He came with his son Ari, who is 24.")] == [("24", "age")]
    assert [n.noun for n in find_numbers("The firm, which is 24, grew.")] == [None]


@pytest.mark.parametrize("sentence, noun", [
    ("It now runs 11 automated Go convenience stores.", "stores"),
    ("Crews fixed 75 broken water mains in January.", "mains"),
    ("About 25 undercover police were scattered through the crowd.", "police"),
    ("Some 12 armed men stormed the hall.", "men"),
])
def test_the_noun_counted_is_the_head_of_its_phrase(sentence, noun):
    """The counted noun is a plural among the phrase's first three words, so "11 cashierless Go convenience
    stores" and "11 automated Go convenience stores" count one thing."""
    assert find_numbers(sentence)[0].noun == noun


def test_the_noun_counted_is_not_read_past_a_verb():
    assert find_numbers("They said 40 surveyed voiced doubts.")[0].noun == "surveyed"


def test_a_year_before_to_opens_no_range():
    """"from 6.6 percent in 2017 to 13 percent": the year is no figure, and 13 percent is still read."""
    found = find_numbers("Its share rose from 6.6 percent in 2017 to 13 percent within a decade.")
    assert [(n.value, n.unit) for n in found if n.unit == "%"] == [(6.6, "%"), (13.0, "%")]


@pytest.mark.parametrize("sentence, value, unit", [
    ("The quake registered magnitude 5.3.", 5.3, "magnitude"),
    ("It came from the magnitude-5.8 quake.", 5.8, "magnitude"),
    ("A 7.1-magnitude earthquake struck.", 7.1, "magnitude"),
    ("Katrina was a Category 5 storm.", 5, "category"),
])
def test_a_figure_on_a_named_scale_takes_the_scale_as_unit(sentence, value, unit):
    assert [(n.value, n.unit) for n in find_numbers(sentence)] == [(value, unit)]


def test_police_are_officers():
    """"25 undercover police" and "25 undercover police officers" count one thing (one noun group, not two that
    each take "officer")."""
    from factcheck.nlp.numbers import noun_key

    assert noun_key("police") == noun_key("officers") == noun_key("policemen") == noun_key("cops")


@pytest.mark.parametrize("sentence, noun", [
    ("She was elected mayor of the lakeside township of 12,000.", "people"),
    ("The quarry sits outside a village of about 900.", "people"),
    ("She joined a team of 40 at the plant.", None),
])
def test_a_bare_figure_after_a_populated_place_counts_its_people(sentence, noun):
    """"a suburban community of 50,000" counts the people living there; any other "X of 40" is left unread."""
    assert find_numbers(sentence)[0].noun == noun


@pytest.mark.parametrize("sentence, value, upper, noun", [
    ("The repair took five to eight minutes.", 5.0, 8.0, "minutes"),
    ("Each visit lasts between two and four hours.", 2.0, 4.0, "hours"),
    ("The crossing takes one to three days.", 1.0, 3.0, "days"),
    ("They hired thirty-five to forty guides.", 35.0, 40.0, "guides"),
    ("Stalls grew from two to nine vendors.", 9.0, None, "vendors"),  # a change: where it ended
])
def test_spelled_counts_joined_by_to_are_a_range(sentence, value, upper, noun):
    """"five to eight minutes" is read as "5 to 8 minutes" is, not as 8 minutes."""
    found = find_numbers(sentence)
    assert [(n.value, n.upper, n.noun) for n in found] == [(value, upper, noun)]


@pytest.mark.parametrize("sentence, value", [
    ("The queue moved after about a quarter of an hour.", 0.25),
    ("The speech ran for three-quarters of an hour.", 0.75),
])
def test_quarters_of_an_hour_are_spans_of_time(sentence, value):
    """"three-quarters of an hour" is 45 minutes, not a count of three quarters."""
    assert [(n.value, n.noun) for n in find_numbers(sentence)] == [(value, "hour")]


def test_a_span_between_two_events_is_a_figure():
    """"installed 14 days earlier" counts days between two events, as "14 days before" does; only "14 days ago",
    a date, is left to the date tagger."""
    assert [(n.value, n.noun) for n in find_numbers("It was installed 14 days earlier.")] == [(14.0, "days")]
    assert [(n.value, n.noun) for n in find_numbers("Police arrived 15 minutes later.")] == [(15.0, "minutes")]
    assert find_numbers("It was installed 14 days ago.") == []


@pytest.mark.parametrize("sentence, value", [("Otter numbers rose tenfold.", 10.0), ("a twenty-fold rise", 20.0),
                                             ("a 10-fold increase", 10.0)])
def test_a_multiplier_written_as_a_fold_is_a_figure(sentence, value):
    """"tenfold" is read as "10-fold" is, so "twentyfold" is never backed by "tenfold"."""
    assert [(n.value, n.noun) for n in find_numbers(sentence)] == [(value, "fold")]


@pytest.mark.parametrize("sentence", [
    "Demand reached 4,120 megawatts, well above the 3,980 recorded on Friday.",
    "Demand reached 3,980 megawatts, much lower than the 4,120 seen on Friday.",
])
def test_a_comparisons_baseline_counts_what_the_figure_before_it_counts(sentence):
    """"well above the 3,980 recorded on Friday" measures megawatts, not "recorded"."""
    assert [n.noun for n in find_numbers(sentence)] == ["megawatts", "megawatts"]


@pytest.mark.parametrize("text, low, high, noun", [
    ("The amendment sends millions of dollars to the fund.", 2e6, 999e6, "dollars"),
    ("The amendment will grant billions of dollars to the fund.", 2e9, 999e9, "dollars"),
    ("Idaho sends tens of millions of dollars to rural hospitals.", 20e6, 99.999e6, "dollars"),
    ("as hundreds of billions of dollars in taxpayer money poured in", 200e9, 999.999e9, "dollars"),
    ("Tens of thousands of Cuban women marched.", 20_000, 99_999, "women"),
])
def test_counts_told_by_their_order_of_magnitude(text, low, high, noun):
    """Issue 9: "millions of dollars" and "billions of dollars" are two counts that cannot both be true."""
    found = find_numbers(text)
    assert len(found) == 1, found
    assert (found[0].value, found[0].upper, found[0].noun) == (low, high, noun)


def test_no_order_of_magnitude_count_before_a_capitalised_word_that_is_no_people():
    """Issue 9: "billions of US taxpayers dollars" leaves unsure what it counts (taxpayers or dollars), so it is no
    count; "millions of Americans" counts Americans."""
    assert find_numbers("You have spent billions of US taxpayers dollars.") == []
    assert find_numbers("Millions of Americans lost their cover.")[0].noun == "Americans"


@pytest.mark.parametrize("bound, exact, expect", [
    ("more than two days", "a 48-hour order", False),  # the bound excludes its own figure, in hours too
    ("more than two days", "a 50-hour order", True),
    ("over two decades", "over the past 20 years", True),  # "over" a span is "during" it
])
def test_a_bound_that_excludes_its_figure_in_another_unit(bound, exact, expect):
    a, b = in_seconds(find_numbers(bound)[0]), in_seconds(find_numbers(exact)[0])
    assert agree(a, b) is expect and agree(b, a) is expect
