"""Where `quotedb ingest` spends its time: each spaCy component, our extraction code, SQLite.

    .venv/bin/python bench/profile_ingest.py             # wall-clock phases, no profiler overhead
    .venv/bin/python bench/profile_ingest.py --cprofile  # plus the top functions under cProfile

Runs the real `quotedb ingest` command (one process) on ../shared/eval/dev.jsonl into a
fresh temporary database with timers around its parts: the tokenizer and every enabled
pipeline component (each timed on batches it has already been handed, so no upstream
work is counted twice), ingest.pipeline.analyse and the steps that build the parser's
and the recogniser's inputs, Store.status, Store.save (SQLite, FTS triggers, speaker
look-ups), Store.finish (ensure_shape, PRAGMA optimize), and reading the source. Prints
the breakdown and the number of tokens each component saw; writes
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
TOKENS: dict[str, int] = defaultdict(int)


def timed(name, fn):
    def wrapper(*a, **k):
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            TIMES[name] += time.perf_counter() - t0
            CALLS[name] += 1

    return wrapper


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


class TimedComponent:
    """A pipeline component timed on whole batches it already holds."""

    def __init__(self, name: str, component):
        self.label = f"spaCy {name}"
        self.component = component

    def __call__(self, doc):  # a Doc, or the text for the tokenizer
        t0 = time.perf_counter()
        out = self.component(doc)
        TIMES[self.label] += time.perf_counter() - t0
        TOKENS[self.label] += len(out)
        return out

    def pipe(self, docs, batch_size: int = 1000, **k):
        from spacy.util import minibatch

        for batch in minibatch(docs, batch_size):  # upstream components run here, untimed
            t0 = time.perf_counter()
            if hasattr(self.component, "pipe"):
                out = list(self.component.pipe(batch, batch_size=batch_size, **k))
            else:
                out = [self.component(doc) for doc in batch]
            TIMES[self.label] += time.perf_counter() - t0
            TOKENS[self.label] += sum(len(doc) for doc in out)
            yield from out

    def __getattr__(self, name):
        return getattr(self.component, name)


def time_components(nlp) -> None:
    """Wrap the tokenizer and every component of the loaded pipeline in timers, in place."""
    nlp.tokenizer = TimedComponent("tokenizer", nlp.tokenizer)
    nlp._components = [(name, TimedComponent(name, c)) for name, c in nlp._components]


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
    from quotedb import library as qlib

    t0 = time.perf_counter()
    nlp = load()
    load_s = time.perf_counter() - t0
    time_components(nlp)
    qlib.load_model = lambda model=None: nlp
    ours = ("analyse (attribution, cast, selection)", "parse and NER inputs", "finding quotations")
    pipeline.parse = timed_iter("whole parse", pipeline.parse)
    pipeline.analyse = timed(ours[0], pipeline.analyse)
    pipeline.parse_input = timed(ours[1], pipeline.parse_input)
    pipeline.ner_input = timed(ours[1], pipeline.ner_input)
    pipeline.find_quoted_spans = timed(ours[2], pipeline.find_quoted_spans)
    sources.read_sources = timed_iter("reading the JSONL", sources.read_sources)
    store.Store.status = timed("Store.status", store.Store.status)
    store.Store.save = timed("SQLite writes (Store.save)", store.Store.save)
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

    spacy = [k for k in TIMES if k.startswith("spaCy ")]
    rows = {k: TIMES[k] for k in spacy}
    rows["spaCy, other (batching, Doc building, set_ents)"] = TIMES["whole parse"] - sum(rows.values()) - TIMES[ours[1]]
    rows.update({k: TIMES[k] for k in ours})
    for k in (
        "SQLite writes (Store.save)",
        "Store.status",
        "Store.finish (ensure_shape, optimize)",
        "open_db",
        "reading the JSONL",
    ):
        rows[k] = TIMES[k]
    rows["other (CLI, summary, progress)"] = total - sum(rows.values())
    print(f"quotedb ingest {args.corpus}: {total:.1f}s wall (model load {load_s:.1f}s not included)")
    print(f"  spaCy: {TIMES['whole parse']:.1f}s, {100 * TIMES['whole parse'] / total:.0f}% of the ingest")
    for k in spacy:
        print(f"  tokens through {k}: {TOKENS[k]:,}")
    for name, s in rows.items():
        print(f"  {name:48} {s:7.2f}s  {100 * s / total:5.1f}%")
    out = {"total_s": total, "load_s": load_s, "phases_s": rows, "tokens": dict(TOKENS), "calls": dict(CALLS)}
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
