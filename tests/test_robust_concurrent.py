"""Concurrent writers (issue 6): ingests running at once into one database all finish,
each article whole, none lost, the same rows a one-at-a-time ingest stores."""

from __future__ import annotations

import subprocess
from pathlib import Path

from fixtures_ingest import check_whole, nlp, quotedb_process, rows, run, write_corpus  # noqa: F401


def stored(db: Path) -> list[tuple]:
    sql = "select a.source, q.quote, q.speaker_name, q.start from quotes q join articles a on a.id = q.article_id order by a.source, q.start"
    return [tuple(r.values()) for r in rows(db, sql)]


def test_ingests_at_once(tmp_path: Path, nlp) -> None:  # noqa: F811
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    write_corpus(a, 40, "Quay series")
    write_corpus(b, 40, "Ferry series")
    db = tmp_path / "q.db"
    runs = [["ingest", str(db), str(a)], ["ingest", str(db), str(b)], ["ingest", str(db), str(a), "--all"]]
    procs = [quotedb_process(args, tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for args in runs]
    outcomes = []
    for proc in procs:
        try:
            _, err = proc.communicate(timeout=180)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        outcomes.append((proc.returncode, err.decode(errors="replace")[-500:]))
    assert [rc for rc, _ in outcomes] == [0, 0, 0], outcomes
    assert check_whole(db)["articles"] == 80

    serial = tmp_path / "serial.db"
    assert run(["ingest", str(serial), str(a), str(b)]).exit_code == 0
    assert sorted(stored(db)) == sorted(stored(serial))
