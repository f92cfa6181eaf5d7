"""nlp/tokens.py: phrase keys as the tokenizer reads them."""
from __future__ import annotations

import pytest

from factcheck.nlp.tokens import norm, phrase_key, tokenize


@pytest.mark.parametrize("phrase", ["said", "Kremlin", "Zelenskyy", "Élysée", "straße", "İstanbul", "ǅemal",
                                    "don't", "according to", "U.S.", "co-founder", "Reuters’s", "3D", "ﬁnance"])
def test_a_phrase_key_is_the_tokens_of_the_phrase(phrase):
    assert phrase_key(phrase) == tuple(norm(t.text) for t in tokenize(phrase))
