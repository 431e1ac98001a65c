"""Worker processes: results in input order, the input read only as fast as they go,
the same quotes as one process, and a dead worker reported instead of waited on."""
from __future__ import annotations

import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from ingest.parallel import ordered_map
from ingest.pipeline import extract_many
from fixtures_ingest import nlp  # noqa: F401 -- fixture


def _slow_square(state: int, n: int) -> tuple[int, int]:
    time.sleep(0.05 if n % 3 == 0 else 0.0)  # uneven work: later batches finish first
    return n * n + state, os.getpid()


def _die(state: None, n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def test_results_come_in_input_order_from_worker_processes():
    results = list(ordered_map(_slow_square, range(12), 1, 2))
    assert [r for r, _ in results] == [n * n + 1 for n in range(12)]
    assert os.getpid() not in {pid for _, pid in results}


def test_the_input_is_read_only_a_few_batches_ahead():
    read = []

    def batches():
        for n in range(50):
            read.append(n)
            yield n

    results = ordered_map(_slow_square, batches(), 0, 2)
    next(results)
    assert len(read) <= 2 * 2 + 1  # two batches per worker in flight, no more
    results.close()


def test_a_worker_killed_mid_run_is_an_error_not_a_hang():
    with pytest.raises(BrokenProcessPool):
        list(ordered_map(_die, range(8), None, 2))


def test_two_workers_find_the_same_quotes_as_one_process(nlp):  # noqa: F811
    texts = [
        '"The bridge opens in May," Mayor Helena Varga said. She added: "We are ready."',
        "No quotation here at all.",
        'Councillor Tomas Brenn disagreed. "It is too soon," he told the Harbour Post.',
    ] * 6
    pairs = [(text, k) for k, text in enumerate(texts)]
    one = [(quotes, k) for quotes, k in extract_many(pairs, nlp, batch_size=4, n_process=1)]
    two = [(quotes, k) for quotes, k in extract_many(pairs, nlp, batch_size=4, n_process=2)]
    assert [k for _, k in two] == list(range(len(texts)))
    assert two == one
    assert [q.speaker for q in one[0][0]] == ["Helena Varga", "Helena Varga"]
