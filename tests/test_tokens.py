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
