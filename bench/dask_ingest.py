"""Ingest on Dask against --jobs, side by side in one run, and the writer's ceiling (issue 15).

    .venv/bin/pip install -e '.[dask]'
    .venv/bin/python bench/dask_ingest.py               # 2 rounds, ~5 min on 2 cores
    .venv/bin/python bench/dask_ingest.py --rounds 1 --copies 5

Reads ../shared/eval/dev.jsonl (or --corpus) at run time; never copies it. Every
measurement runs in its own child process, one after the other, rounds interleaved
(jobs 1, dask 1, jobs 2, dask 2, ...), so a change in the machine's load touches every
configuration alike; the load average is printed with each figure (the machine is shared).

  --jobs N        `quotedb ingest DB dev.jsonl --jobs N` in-process, the model preloaded
                  (the forked workers start with it): extraction and writes, timed.
  --dask local:N  a LocalCluster of N worker processes started and the pipeline loaded on
                  its workers first (timed apart, as "startup"), then
                  `quotedb ingest DB dev.jsonl --dask ADDRESS` timed the same way.
  writer          `quotedb extract dev.jsonl --dask local:2 --output DIR` once, the records
                  copied --copies times under new ids (default 1), then
                  `quotedb load DB DIR` timed: quotations one SQLite writer stores a second.

Prints figures only; asserts nothing. Writes bench/output/dask_ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev.jsonl"
OUTPUT = HERE / "output"
# the project's packages, not bench/ingest.py, under the name `ingest`
sys.path.insert(0, str(ROOT))
TARGET_OVERHEAD = 0.10  # Dask may cost at most 10% against --jobs at the same worker count


def _load() -> float:
    return os.getloadavg()[0]


def _counts(db_path: str) -> tuple[int, int]:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return (
            conn.execute("select count(*) from articles").fetchone()[0],
            conn.execute("select count(*) from quotes").fetchone()[0],
        )


def _words(corpus: str) -> int:
    with open(corpus, encoding="utf-8") as f:
        return sum(len(json.loads(line)["text"].split()) for line in f if line.strip())


def _cli(args: list[str]) -> None:
    from quotedb import cli as qcli

    try:
        qcli.cli.main(args, prog_name="quotedb", standalone_mode=False)
    except SystemExit as e:
        if e.code not in (0, None):
            raise RuntimeError(f"quotedb {args[0]} exited {e.code}") from None


def _cpu() -> float:
    """CPU seconds of this process and of its children that ended (the --jobs workers)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _own_cpu() -> float:
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def child_jobs(corpus: str, db_path: str, n: int) -> dict:
    from ingest.nlp import load

    load()
    load_before = _load()
    t0, c0 = time.perf_counter(), _cpu()
    _cli(["ingest", db_path, corpus, "--jobs", str(n)])
    seconds, cpu = time.perf_counter() - t0, _cpu() - c0
    articles, quotes = _counts(db_path)
    return {"seconds": seconds, "cpu": cpu, "articles": articles, "quotes": quotes, "load": [load_before, _load()]}


def child_dask(corpus: str, db_path: str, n: int) -> dict:
    import logging

    from distributed import Client, LocalCluster

    from ingest.worker import PipelinePlugin

    t0 = time.perf_counter()
    with LocalCluster(
        n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        with Client(cluster) as client:
            client.register_plugin(PipelinePlugin(None))
            startup = time.perf_counter() - t0
            load_before = _load()

            def cluster_cpu() -> float:  # workers and their nannies, and this process (the scheduler's thread too)
                return sum(client.run(_own_cpu).values()) + sum(client.run(_own_cpu, nanny=True).values()) + _own_cpu()

            t1, c1 = time.perf_counter(), cluster_cpu()
            _cli(["ingest", db_path, corpus, "--dask", cluster.scheduler_address])
            seconds, cpu = time.perf_counter() - t1, cluster_cpu() - c1
    articles, quotes = _counts(db_path)
    return {
        "seconds": seconds,
        "cpu": cpu,
        "startup": startup,
        "articles": articles,
        "quotes": quotes,
        "load": [load_before, _load()],
    }


def child_writer(corpus: str, work: str, copies: int) -> dict:
    from ingest.parquet import part_files, read_part, write_part

    first = os.path.join(work, "parts")
    t0 = time.perf_counter()
    _cli(["extract", corpus, "--dask", "local:2", "--output", first])
    extract_s = time.perf_counter() - t0
    records = [r for path in part_files(first) for r in read_part(path)]
    many = os.path.join(work, "many")
    for copy in range(copies):  # new keys: each copy is stored as new articles
        for article, _ in records:
            article.id = f"{article.id}#copy{copy}" if copy else article.id
            article.url = None
        write_part(many, copy, [(a, q) for a, q in records])
        for article, _ in records:
            article.id = article.id.split("#copy")[0]
    db_path = os.path.join(work, "load.db")
    load_before = _load()
    t1, c1 = time.perf_counter(), _own_cpu()
    _cli(["load", db_path, many])
    seconds, cpu = time.perf_counter() - t1, _own_cpu() - c1
    articles, quotes = _counts(db_path)
    return {
        "extract_s": extract_s,
        "seconds": seconds,
        "cpu": cpu,
        "articles": articles,
        "quotes": quotes,
        "load": [load_before, _load()],
    }


def run_child(*args: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(f"child {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    # one copy by default: copies of one text are the worst case of db/copies.py and groups.py
    # (every article a copy of the others), not the writer's usual work
    parser.add_argument("--copies", type=int, default=1, help="copies of the records for the writer's ceiling")
    parser.add_argument("--no-writer", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, *rest = args.child
        fn = {"jobs": child_jobs, "dask": child_dask, "writer": child_writer}[mode]
        print(json.dumps(fn(*rest[:2], int(rest[2]))))
        return
    if not Path(args.corpus).exists():
        sys.exit(f"no corpus at {args.corpus} (needs ../shared)")
    words = _words(args.corpus)
    counts = [int(n) for n in args.workers.split(",")]
    print(f"corpus: {args.corpus} ({words:,} words); cores: {os.cpu_count()}; load at start: {os.getloadavg()}")
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for n in counts:
                for mode in ("jobs", "dask"):
                    db = os.path.join(tmp, f"{mode}{n}-{r}.db")
                    out = run_child(mode, args.corpus, db, str(n))
                    results.setdefault(f"{mode} {n}", []).append(out)
                    extra = f", startup {out['startup']:.1f} s" if "startup" in out else ""
                    print(
                        f"round {r + 1}  {'--jobs' if mode == 'jobs' else '--dask local:'}{n}: {out['seconds']:.1f} s, "
                        f"{words / out['seconds']:,.0f} words/s, CPU {out['cpu']:.1f} s, {out['articles']} articles, {out['quotes']} quotes{extra}; "
                        f"load {out['load'][0]:.1f} -> {out['load'][1]:.1f}",
                        flush=True,
                    )
        summary = {}
        if args.rounds:
            print("\nmedian over rounds (extraction + writes; Dask's startup apart):")
        for n in counts if args.rounds else []:
            jobs = statistics.median(o["seconds"] for o in results[f"jobs {n}"])
            dask = statistics.median(o["seconds"] for o in results[f"dask {n}"])
            startup = statistics.median(o["startup"] for o in results[f"dask {n}"])
            jobs_cpu = statistics.median(o["cpu"] for o in results[f"jobs {n}"])
            dask_cpu = statistics.median(o["cpu"] for o in results[f"dask {n}"])
            overhead = dask / jobs - 1
            verdict = "met" if overhead <= TARGET_OVERHEAD else "MISSED"
            per_worker = words / dask / n
            summary[n] = {
                "jobs_s": jobs,
                "dask_s": dask,
                "startup_s": startup,
                "overhead": overhead,
                "words_per_s_per_worker": per_worker,
                "articles_per_s": results[f"dask {n}"][0]["articles"] / dask,
                "jobs_cpu_s": jobs_cpu,
                "dask_cpu_s": dask_cpu,
            }
            print(
                f"  {n} worker(s): --jobs {jobs:.1f} s ({words / jobs:,.0f} words/s), --dask {dask:.1f} s "
                f"({words / dask:,.0f} words/s, startup {startup:.1f} s): Dask {overhead:+.1%} "
                f"(target <= +{TARGET_OVERHEAD:.0%}: {verdict}); {summary[n]['articles_per_s']:.1f} articles/s; "
                f"CPU --jobs {jobs_cpu:.1f} s, --dask {dask_cpu:.1f} s ({dask_cpu / jobs_cpu - 1:+.1%})"
            )
        if not args.no_writer:
            w = run_child("writer", args.corpus, tmp, str(args.copies))
            summary["writer"] = w
            print(
                f"\nwriter's ceiling: `quotedb load` of {w['articles']:,} articles, {w['quotes']:,} quotes in "
                f"{w['seconds']:.1f} s = {w['quotes'] / w['seconds']:,.0f} quotes/s, {w['articles'] / w['seconds']:,.0f} articles/s "
                f"(load {w['load'][0]:.1f} -> {w['load'][1]:.1f}); by the writer's CPU time ({w['cpu']:.1f} s), "
                f"{w['quotes'] / w['cpu']:,.0f} quotes/s, {w['articles'] / w['cpu']:,.0f} articles/s on a core of its own; "
                f"extract to Parquet on local:2 took {w['extract_s']:.1f} s"
            )
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "dask_ingest.json").write_text(json.dumps({"results": results, "summary": summary}, indent=2))


if __name__ == "__main__":
    main()
