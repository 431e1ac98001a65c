"""Worker processes: results in input order, the input read only as fast as they go,
the same quotes as one process, and a dead worker reported instead of waited on."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool

import pytest

from fixtures_ingest import nlp  # noqa: F401 -- fixture
from ingest.parallel import ordered_map
from ingest.pipeline import extract_many


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


@pytest.mark.parametrize("processes", [1, 2])
def test_the_text_s_copy_keys_come_with_its_quotes_from_the_workers(nlp, processes):  # noqa: F811
    from ingest.copy_keys import copy_keys
    from ingest.pipeline import Extracted

    texts = ['"The bridge opens in May," Mayor Helena Varga said.', "No quotation here at all."] * 3
    pairs = [(text, k) for k, text in enumerate(texts)]
    plain = [quotes for quotes, _ in extract_many(pairs, nlp, batch_size=2, n_process=processes)]
    got = list(extract_many(pairs, nlp, batch_size=2, n_process=processes, with_copy_keys=True))
    assert [k for _, k in got] == list(range(len(texts)))
    assert got[0][0] == Extracted(plain[0], copy_keys(texts[0]))
    assert [e.quotes for e, _ in got] == plain
    assert [e.copy_keys for e, _ in got] == [copy_keys(t) for t in texts]


_ORPHAN_SCRIPT = """
import os, sys, time
sys.path.insert(0, {root!r})
from ingest.parallel import ordered_map

def work(state, n):
    time.sleep(60)
    return os.getpid()

if __name__ == "__main__":
    for _ in ordered_map(work, range(4), None, 2):
        pass
"""


def test_workers_end_when_their_parent_is_killed(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "orphans.py"
    script.write_text(_ORPHAN_SCRIPT.format(root=str(Path(__file__).resolve().parents[1])), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)])
    try:
        workers: list[int] = []
        deadline = time.monotonic() + 30
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children")
            workers = [int(p) for p in children.read_text().split()] if children.exists() else []
        assert len(workers) == 2
    finally:
        parent.kill()
        parent.wait()
    # a worker still loading the model notices its parent's death only after; on a loaded
    # 2-core machine that took over 10 s once
    deadline = time.monotonic() + 30
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in workers if _running(pid)]
    assert alive == []


def _running(pid: int) -> bool:
    """Alive and not a zombie (an exited child waits for its new parent to reap it)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _dies_on_a_marked_text(nlp, texts, with_copy_keys=False):  # noqa: F811 -- a worker's function: module level, to be pickled
    from ingest.pipeline import extract_batch

    if any(t.endswith(" second") for t in texts):
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_batch(nlp, texts, with_copy_keys)


def test_a_worker_dying_in_ingest_is_a_one_line_error_and_keeps_what_was_stored(tmp_path, monkeypatch):
    import json

    import ingest.pipeline as pipeline
    from fixtures_ingest import FERRY, error_lines, rows, run

    monkeypatch.setattr(pipeline, "_extract_batch_in_worker", _dies_on_a_marked_text)
    lines = [json.dumps({"id": f"a{k}", "text": FERRY + (" second" if k >= 8 else "")}) for k in range(16)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "q.db"
    result = run(["ingest", str(db), str(tmp_path / "a.jsonl"), "--jobs", "2"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith("Error: a worker process died")
    assert error_lines(result.stderr) == []  # no article is blamed for it
    assert "Traceback" not in result.stderr
    stored = rows(db, "select count(*) as n from articles")[0]["n"]
    assert stored <= 8
    assert rows(db, "pragma integrity_check") == [{"integrity_check": "ok"}]
