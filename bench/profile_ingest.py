"""Where `quotedb ingest` spends its time: spaCy's parse, our extraction code, SQLite writes.

    .venv/bin/python bench/profile_ingest.py             # wall-clock phases, no profiler overhead
    .venv/bin/python bench/profile_ingest.py --cprofile  # plus the top functions under cProfile

Runs the real `quotedb ingest` command on ../shared/eval/dev.jsonl into a fresh
temporary database with timers wrapped around its parts: the nlp() call that
parses an article, ingest.pipeline.extract (parse included), Store.status,
Store.save (SQLite, FTS triggers, speaker lookups), Store.finish (ensure_shape,
PRAGMA optimize), and reading the source. Prints the breakdown; writes
bench/output/profile.json (and ingest.prof with --cprofile, for pstats or snakeviz).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev.jsonl"

TIMES: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def timed(name, fn):
    def wrapper(*a, **k):
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            TIMES[name] += time.perf_counter() - t0
            CALLS[name] += 1

    return wrapper


class TimedNLP:
    """The spaCy pipeline with its __call__ timed; everything else passes through."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __call__(self, text, *a, **k):
        t0 = time.perf_counter()
        try:
            return self._nlp(text, *a, **k)
        finally:
            TIMES["spacy parse (nlp(text))"] += time.perf_counter() - t0
            CALLS["spacy parse (nlp(text))"] += 1

    def pipe(self, texts, *a, **k):
        """nlp.pipe timed per document, less the time spent producing its input (our code)."""
        inner = [0.0]

        def feed():
            it = iter(texts)
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    inner[0] += time.perf_counter() - t0
                    return
                inner[0] += time.perf_counter() - t0
                yield item

        it = iter(self._nlp.pipe(feed(), *a, **k))
        while True:
            before = inner[0]
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                TIMES["spacy parse (nlp(text))"] += time.perf_counter() - t0 - (inner[0] - before)
                TIMES["pipe input (read, status, find quotes, parse input)"] += inner[0] - before
                return
            TIMES["spacy parse (nlp(text))"] += time.perf_counter() - t0 - (inner[0] - before)
            TIMES["pipe input (read, status, find quotes, parse input)"] += inner[0] - before
            CALLS["spacy parse (nlp(text))"] += 1
            yield item

    def __getattr__(self, name):
        return getattr(self._nlp, name)


def timed_iter(name, gen_fn):
    def wrapper(*a, **k):
        it = iter(gen_fn(*a, **k))
        while True:
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                TIMES[name] += time.perf_counter() - t0
                return
            TIMES[name] += time.perf_counter() - t0
            CALLS[name] += 1
            yield item

    return wrapper


def main() -> None:
    ap = argparse.ArgumentParser(description="phase breakdown of quotedb ingest")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--cprofile", action="store_true", help="also run under cProfile and print the top functions")
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        print(f"skipped: corpus {args.corpus} not found (read at run time from ../shared/eval/dev.jsonl)")
        return

    import db.store as store
    import ingest.pipeline as pipeline
    import ingest.sources as sources
    from ingest.nlp import load
    from quotedb import cli as qcli

    t0 = time.perf_counter()
    nlp = TimedNLP(load())
    load_s = time.perf_counter() - t0
    qcli._load_model = lambda model: nlp
    pipeline.extract = timed("extract (parse + our code)", pipeline.extract)
    if hasattr(pipeline, "analyse"):  # batched pipeline: extract_many -> nlp.pipe -> analyse
        pipeline.analyse = timed("analyse (our code after the parse)", pipeline.analyse)
    sources.read_sources = timed_iter("read sources", sources.read_sources)
    store.Store.status = timed("Store.status", store.Store.status)
    store.Store.save = timed("Store.save (SQLite)", store.Store.save)
    store.Store.finish = timed("Store.finish (ensure_shape, optimize)", store.Store.finish)
    store.open_db = timed("open_db", store.open_db)

    with tempfile.TemporaryDirectory(prefix="quotedb-profile-") as tmp:
        db_path = os.path.join(tmp, "p.db")
        profiler = None
        if args.cprofile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        t0 = time.perf_counter()
        try:
            qcli.cli.main(["ingest", db_path, args.corpus], prog_name="quotedb", standalone_mode=False)
        except SystemExit:
            pass
        total = time.perf_counter() - t0
        if profiler:
            profiler.disable()

    parse = TIMES["spacy parse (nlp(text))"]
    if CALLS["analyse (our code after the parse)"] and not CALLS["extract (parse + our code)"]:
        # batched: the pipe's input is read + status + finding quotes + building the parse input
        feed = TIMES["pipe input (read, status, find quotes, parse input)"]
        ours = TIMES["analyse (our code after the parse)"] + feed - TIMES["read sources"] - TIMES["Store.status"]
    else:
        ours = TIMES["extract (parse + our code)"] - parse
    rows = {
        "spaCy parse": parse,
        "our extraction code (quotes, parse input, attribution)": ours,
        "SQLite writes (Store.save)": TIMES["Store.save (SQLite)"],
        "Store.status lookups": TIMES["Store.status"],
        "Store.finish (ensure_shape, PRAGMA optimize)": TIMES["Store.finish (ensure_shape, optimize)"],
        "open_db": TIMES["open_db"],
        "reading the JSONL": TIMES["read sources"],
    }
    rows["other (CLI, summary, progress)"] = total - sum(rows.values())
    print(f"quotedb ingest {args.corpus}: {total:.1f}s wall (model load {load_s:.1f}s not included)")
    print(f"  documents through the parser: {CALLS['spacy parse (nlp(text))']}")
    for name, s in rows.items():
        print(f"  {name:48} {s:7.2f}s  {100 * s / total:5.1f}%")
    out = {"total_s": total, "load_s": load_s, "phases_s": rows, "calls": dict(CALLS)}
    if profiler:
        import io
        import pstats

        prof_path = HERE / "output" / "ingest.prof"
        prof_path.parent.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(str(prof_path))
        s = io.StringIO()
        stats = pstats.Stats(profiler, stream=s)
        stats.sort_stats("cumulative").print_stats(r"/(ingest|db)/", 25)
        print("\ncProfile, our functions by cumulative time (profiler overhead inflates per-token code):")
        print("\n".join(line for line in s.getvalue().splitlines() if line.strip())[-4000:])
        print(f"wrote {prof_path}")
    (HERE / "output").mkdir(parents=True, exist_ok=True)
    (HERE / "output" / "profile.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
