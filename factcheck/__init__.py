"""factcheck: a source-credibility fact-check tool for news articles and drafts."""
__version__ = "0.1.0"
