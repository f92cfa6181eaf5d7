"""nlp: see README, Development."""
