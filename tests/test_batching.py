"""Extraction batches are bounded by characters, not only by count (issue 11, point 8):
eight articles of 498,000 characters in one batch peaked at 13.1 GB. No spaCy needed:
the batches are recorded where the parse would run. bench/memory.py measures the peak."""

from __future__ import annotations

import pytest

from ingest import pipeline


def record_batches(monkeypatch, sizes: list[int], **kwargs) -> list[list[int]]:
    seen: list[list[int]] = []

    def fake_batch(nlp, texts: list[str], with_copy_keys: bool = False) -> list:
        seen.append([len(t) for t in texts])
        return [[] for _ in texts]

    monkeypatch.setattr(pipeline, "extract_batch", fake_batch)
    pairs = [("x" * n, k) for k, n in enumerate(sizes)]
    out = list(pipeline.extract_many(pairs, nlp=None, **kwargs))
    assert [context for _, context in out] == list(range(len(sizes)))  # all, in order
    return seen


def test_long_articles_are_batched_by_characters(monkeypatch) -> None:
    seen = record_batches(monkeypatch, [498_000] * 8)
    assert seen == [[498_000]] * 8
    for batch in record_batches(monkeypatch, [200_000, 100_000, 150_000, 100_000, 300_000, 5_000, 5_000]):
        assert sum(batch) <= pipeline.MAX_BATCH_CHARS


def test_news_length_articles_keep_batches_of_eight(monkeypatch) -> None:
    assert record_batches(monkeypatch, [5_000] * 20) == [[5_000] * 8, [5_000] * 8, [5_000] * 4]


@pytest.mark.parametrize(
    "sizes, chars, expected",
    [
        ([10, 10, 10], 25, [[10, 10], [10]]),
        ([30, 10, 10], 25, [[30], [10, 10]]),  # longer than the bound: alone
        ([10, 30, 10], 25, [[10], [30], [10]]),
        ([], 25, []),
    ],
)
def test_batches(sizes: list[int], chars: int, expected: list[list[int]]) -> None:
    got = [[len(t) for t, _ in batch] for batch in pipeline.batches((("x" * n, None) for n in sizes), 8, chars)]
    assert got == expected
