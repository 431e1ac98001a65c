"""quotedb's attribution as a spaCy pipeline component, for anyone with a spaCy pipeline.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("quotedb")
    for quote in nlp(text)._.quotes:
        print(quote.text, quote._.speaker, quote._.cue, quote._.kind, quote._.method, quote._.confidence)

`doc._.quotes` holds one Span per quotation (its words, without the marks), in text order.
The factory is registered through spaCy's `spacy_factories` entry point (pyproject.toml), so
`add_pipe("quotedb")` finds it without importing quotedb first. It reads the parse and the
entities of the components before it (a parser and NER are needed), over the whole text:
the `quotedb` command parses only the paragraphs attribution needs, for speed, so its
figures may differ slightly from a full pipeline's.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .marks import find_quoted_spans
from .pipeline import analyse
from .records import Quote

# Span attributes a quotation carries; None when nothing was found
SPAN_ATTRIBUTES = ("speaker", "speaker_span", "cue", "kind", "method", "confidence")

for _name in SPAN_ATTRIBUTES:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuoteAttributor:
    """Pipeline component: sets doc._.quotes."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        spans = find_quoted_spans(text)
        doc._.quotes = [
            span for span in (_span(doc, q) for q in analyse(text, spans, doc) if spans) if span is not None
        ]
        return doc


def _span(doc: Doc, quote: Quote) -> Span | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return None
    span._.speaker = quote.speaker or quote.mention
    if quote.speaker_start is not None and quote.speaker_end is not None:
        span._.speaker_span = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if quote.cue_start is not None and quote.cue_end is not None:
        span._.cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    span._.kind = quote.kind
    span._.method = quote.method
    span._.confidence = quote.confidence
    return span


@Language.factory("quotedb", requires=["token.dep", "token.pos", "doc.ents"], assigns=["doc._.quotes"])
def make_quotedb(nlp: Language, name: str) -> QuoteAttributor:
    """The `quotedb` component: every quotation with its speaker, in doc._.quotes."""
    return QuoteAttributor()
