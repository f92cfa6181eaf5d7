"""One document under analysis: its sentences, dateline, dates and numbers, computed once, on demand.

Checks read from an Analysis; they never fetch or re-parse. Each annotation is computed the first
time a check asks for it, so a run that selects one rule pays for that rule alone.
"""
from __future__ import annotations

import bisect
from datetime import date
from functools import cached_property
from typing import Iterable

from .model import DateMention, Dateline, Document, Evidence, Finding, NumberMention, Options, Sentence


class Analysis:
    """The document plus lazily computed annotations, shared by all checks."""

    def __init__(self, document: Document, options: Options | None = None, corpus=None):
        self.document = document
        self.options = options or Options()
        self.corpus = corpus  # an open corpus store, or None

    @property
    def today(self) -> date:
        return self.options.today or date.today()

    @cached_property
    def sentences(self) -> list[Sentence]:
        from .nlp.segment import split_sentences

        return split_sentences(self.document)

    @cached_property
    def text_spans(self) -> tuple[tuple[int, int], ...]:
        """The text's sentence spans as segment(text) splits it, for the date scan's tense context: the
        sentences' own when they come from the same blank-line blocks (a long page split once, not twice)."""
        from .nlp.segment import text_spans

        return text_spans(self.document, self.sentences)

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """Paragraph (start, end) offsets: the extractor's, else blank-line blocks, else lines."""
        from .nlp.tokens import paragraph_spans

        return tuple(paragraph_spans(self.document))

    @cached_property
    def _paragraph_starts(self) -> tuple[int, ...]:
        return tuple(start for start, _ in self.paragraphs)

    def paragraph_index(self, sentence: Sentence) -> int:
        """Index of the paragraph holding ``sentence`` (a unique negative number when none does)."""
        k = bisect.bisect_right(self._paragraph_starts, sentence.start) - 1
        if k >= 0:
            start, end = self.paragraphs[k]
            if sentence.start < max(end, start + 1):
                return k
        return -1 - sentence.start

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        """The sentences of the body: without the title when the title is part of the text."""
        return [s for s in self.sentences if not s.is_headline]

    @cached_property
    def headline(self) -> Sentence | None:
        """The title as a sentence: the one in the text (plain text), else one with offsets -1."""
        title = self.document.title
        if not title:
            return None
        in_text = [s for s in self.sentences if s.is_headline]
        if len(in_text) == 1:
            return in_text[0]
        return Sentence(text=title, start=-1, end=-1, line=self.document.title_line,
                        column=self.document.title_column, paragraph=-1, is_headline=True)

    @cached_property
    def dateline(self) -> Dateline:
        from .nlp.temporal import resolve_dateline

        return resolve_dateline(self.document, self.sentences, explicit=self.options.dateline,
                                today=self.today, policy=self.options.dateline_policy, spans=self.text_spans)

    @cached_property
    def dates(self) -> list[DateMention]:
        from .nlp.temporal import find_dates

        return find_dates(self.document.text, self.dateline, self.text_spans)

    @cached_property
    def numbers(self) -> list[NumberMention]:
        from .nlp.numbers import find_numbers

        return find_numbers(self.document.text)

    @cached_property
    def timelines(self):
        """Who held which office when: rules/timelines/ plus the user's timeline rules."""
        from .nlp.temporal.roles import with_user_timelines

        if not self.options.rules_dirs:
            return with_user_timelines([])
        from .userrules import timeline_rules

        return with_user_timelines(timeline_rules(self.options))

    @cached_property
    def title_mentions(self) -> tuple:
        """Role titles attached to a name in the timelines ("President-elect Donald Trump")."""
        from .nlp.temporal.roles import find_titles

        return find_titles(self.document.text, self.timelines)

    @cached_property
    def attribution(self) -> dict:
        """The body's attributions, relays and checkable claims (nlp/attribution.py)."""
        from .nlp.attribution import annotate

        return annotate(self)

    @cached_property
    def headline_checks(self) -> dict:
        """The headline's contradictions and missing support in the body (nlp/headline.py)."""
        from .nlp.headline import annotate

        return annotate(self)

    @cached_property
    def corpus_claims(self) -> list:
        """The body's claims checked against the corpus (corpus/crossref.py); empty without a corpus."""
        if self.corpus is None:
            return []
        from .corpus.crossref import check_claims

        return check_claims(self)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The body sentence containing ``offset``."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return None

    def in_sentence(self, mentions: Iterable, sentence: Sentence) -> list:
        """The mentions (dates, numbers: in text order, as found) whose span lies in ``sentence``."""
        mentions = mentions if isinstance(mentions, (list, tuple)) else list(mentions)
        out = []
        for k in range(bisect.bisect_left(mentions, sentence.start, key=_start), len(mentions)):
            m = mentions[k]  # by index: a slice would copy the rest of a long page's mentions per sentence
            if m.start >= sentence.end:
                break
            if m.end <= sentence.end:
                out.append(m)
        return out

    def finding(self, rule: str, message: str, sentence: Sentence, start: int | None = None,
                end: int | None = None, evidence: Iterable[Evidence] = (),
                severity: str | None = None) -> Finding:
        """A Finding located at ``start`` (an offset in the text) or at the sentence's start.

        ``severity`` defaults to the running check's own (``Check.run`` fills it in).
        """
        if sentence.is_headline or start is None or start < 0:
            line, column = sentence.line, sentence.column
            start = sentence.start if start is None else start
        else:
            line, column = self.document.locate(start)
        return Finding(rule=rule, severity=severity or "", message=message, sentence=sentence.text,
                       line=line, column=column, start=start, end=end if end is not None else start,
                       evidence=tuple(evidence))


def _start(mention) -> int:
    return mention.start
