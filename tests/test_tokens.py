"""nlp/tokens.py: phrase keys as the tokenizer reads them."""
from __future__ import annotations

import pytest

from factcheck.nlp.tokens import match_phrases, norm, phrase_key, phrase_keys, tokenize


@pytest.mark.parametrize("phrase", ["said", "Kremlin", "Zelenskyy", "Élysée", "straße", "İstanbul", "ǅemal",
                                    "don't", "according to", "U.S.", "co-founder", "Reuters’s", "3D", "ﬁnance"])
def test_a_phrase_key_is_the_tokens_of_the_phrase(phrase):
    assert phrase_key(phrase) == tuple(norm(t.text) for t in tokenize(phrase))


@pytest.mark.parametrize("text, expected", [
    ("Officials said on Monday that a senior official said so.", ["said on", "a senior official said"]),
    ("according to according to the report", ["according to", "according to"]),
    ("The senior official said a senior official.", ["senior official said", "a senior official"]),
    ("Nothing to find here.", []),
])
def test_match_phrases_takes_the_longest_phrase_left_to_right(text, expected):
    keys = phrase_keys(["said", "said on", "according to", "senior official said", "a senior official",
                        "a senior official said"])
    tokens = tokenize(text)
    assert [" ".join(t.text for t in tokens[i:j]) for i, j in match_phrases(tokens, keys)] == expected


@pytest.mark.parametrize("text", ["Officials didn’t say, DON'T ask", "Reuters’s report, the court's and it's",
                                  "İstanbul’s mayor", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ in Athens", "x'sn't do n't 'llama",
                                  "ﬁnance STRASSE straße U.S. co-founder 3D", "Calder Foods (CLD) said"])
def test_a_token_norm_is_norm_of_its_text(text):
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == [norm(t.text) for t in tokens]
    assert all(text[t.start:t.end] == t.text for t in tokens)
