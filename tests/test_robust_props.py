"""Property tests: for any text, find_quoted_spans and extract return without error, and
every quote they give is exactly the text at its offsets (code points), whatever mix of
emoji, combining marks, right-to-left script and line ends surrounds it (issue 6)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixtures_ingest import nlp  # noqa: F401  (fixture)
from ingest.marks import find_quoted_spans

MARKS = ['"', "“", "”", "„", "‟", "«", "»", "‘", "’", "'"]
PIECES = [
    "said",
    "told",
    "according to",
    "Ada Moss",
    "Ines Calder",
    "she",
    "he",
    "the mayor",
    ",",
    ".",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u00a0",
    "—",
    "(",
    ")",
    "<p>",
    "</p>",
    "*",
    "🚢",
    "👍🏽",
    "🇳🇴",
    "👩‍👩‍👧",
    "e\u0301",
    "n\u0303",
    "Z\u0335\u0321",
    "שלום",
    "مرحبا",
    "\u200f",
    "\u202e",
    "\u200d",
    "Zoë",
    "Åse",
    "İ",
    "ß",
    "ﬁ",
    "\ufeff",
    "\x00",
    "\U0001d400",
]

words = st.sampled_from(PIECES + MARKS)
quoteish = st.lists(st.one_of(words, st.text(max_size=6)), max_size=60).map("".join)
any_text = st.one_of(quoteish, st.text(max_size=300))


def _check_spans(text: str) -> None:
    for s in find_quoted_spans(text):
        assert 0 <= s.start <= s.end <= len(text)
        assert s.para_start <= s.start and s.end <= s.para_end
        assert text[s.open_mark] in "".join(MARKS)
        if s.close_mark is not None:
            assert s.end <= s.close_mark < len(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_find_quoted_spans_any_text(text: str) -> None:
    _check_spans(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(quoteish)
def test_extract_any_text(nlp, text: str) -> None:  # noqa: F811
    from ingest.pipeline import extract

    for q in extract(text, nlp):
        assert text[q.start : q.end] == q.quote
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
            assert text[q.speaker_start : q.speaker_end] == q.mention
        if q.context is not None:
            assert text[q.context_start : q.context_start + len(q.context)] == q.context


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    before=st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    inside=st.lists(
        st.sampled_from([p for p in PIECES if p not in ("\n", "\n\n", "\r\n", "\r")] + ["word", "tide"]),
        min_size=1,
        max_size=10,
    ).map("".join),
)
def test_a_said_quote_is_found_at_its_offsets(nlp, before: str, inside: str) -> None:  # noqa: F811
    """A plainly attributed quotation amid any Unicode keeps exact offsets."""
    from ingest.pipeline import extract

    text = f"{before}\n\n“{inside} tide,” said Ada Moss.\n"
    for q in extract(text, nlp):
        assert text[q.start : q.end] == q.quote


@pytest.mark.parametrize(
    "text",
    [
        '"' * 10_000,
        "“" * 5_000 + "”" * 5_000,
        '"a" ' * 5_000,
        "«" + "‘" * 3_000 + "»",
        '"\n' * 5_000,
        "“" + "x" * 100_000,
    ],
    ids=["straight", "curly", "pairs", "nested-singles", "line-per-mark", "never-closed"],
)
def test_ten_thousand_marks(text: str) -> None:
    _check_spans(text)


def test_extract_survives_marks_only(nlp) -> None:  # noqa: F811
    from ingest.pipeline import extract

    for text in ['"' * 2_000, "“”" * 1_000, "«»" * 1_000]:
        for q in extract(text, nlp):
            assert text[q.start : q.end] == q.quote
