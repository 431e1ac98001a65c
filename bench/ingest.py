"""Ingest benchmark: quotedb's real ingest path against textacy, side by side in one run.

    .venv/bin/pip install -e '.[bench]'      # textacy 0.13 + psutil
    .venv/bin/python bench/ingest.py          # everything, including the 10x corpus (~15 min)
    .venv/bin/python bench/ingest.py --quick  # no 10x corpus

Reads ../shared/eval/dev.jsonl (or --corpus) at run time; never copies it. Each
measurement runs in its own child process, one after the other, so peak RSS
belongs to that measurement alone and no two compete for the CPU:

  quotedb   `quotedb ingest DB dev.jsonl` (the click command, in-process in the
            child, model preloaded) into a fresh database: extraction, SQLite
            writes, FTS triggers, indexes, ensure_shape and PRAGMA optimize;
            then the same command again on the unchanged corpus (re-ingest).
  textacy   the peer baseline: one en_core_web_sm parse of each text with
            nlp.pipe(batch_size=1) (all components), then textacy 0.13's
            textacy.extract.triples.direct_quotations on each doc.
  ner-only  nlp.pipe(batch_size=1) with only tok2vec + ner enabled: a floor for anything
            that needs named entities.
  10x       quotedb ingest of the corpus repeated 10 times with distinct ids
            (written to a temporary file line by line), for peak RSS.

Model loading is timed separately and left out of every throughput figure.
Prints figures only; nothing here asserts a time. Writes bench/output/ingest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "dev.jsonl"
OUTPUT = HERE / "output"
TARGET_VS_TEXTACY = 4.0
TARGET_REINGEST = 50.0


# ---------------------------------------------------------------- children


def _texts(corpus: str) -> list[str]:
    with open(corpus, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the --jobs workers)."""
    import resource

    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + c.ru_utime + c.ru_stime


def child_quotedb(corpus: str, db_path: str, jobs: int | None, reingest: bool) -> dict:
    from ingest.nlp import load
    from quotedb import cli as qcli

    t = time.perf_counter()
    load()  # the CLI's own loader, lru-cached: the ingest below finds it loaded
    load_s = time.perf_counter() - t

    def run() -> float:
        args = ["ingest", db_path, corpus] + (["--jobs", str(jobs)] if jobs else [])
        t0, c0 = time.perf_counter(), _cpu()
        try:
            qcli.cli.main(args, prog_name="quotedb", standalone_mode=False)
        except SystemExit as e:
            if e.code not in (0, None):
                raise RuntimeError(f"quotedb ingest exited {e.code}") from None
        return time.perf_counter() - t0, _cpu() - c0

    first, first_cpu = run()
    out = {"load_s": load_s, "ingest_s": first, "ingest_cpu_s": first_cpu}
    import sqlite_utils

    db = sqlite_utils.Database(db_path)
    out["quotes"] = db["quotes"].count
    out["articles"] = db["articles"].count
    db.close()
    if reingest:
        out["reingest_s"] = min(run()[0] for _ in range(3))
    return out


def child_textacy(corpus: str, batch_size: int) -> dict:
    texts = _texts(corpus)
    t = time.perf_counter()
    try:
        import textacy
        from textacy.extract.triples import direct_quotations
    except Exception as e:  # reported, and the run falls back to a plain full parse
        return {"error": f"textacy import failed: {type(e).__name__}: {e}"}
    nlp = stock_model()
    load_s = time.perf_counter() - t
    quotes = errors = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except Exception:  # textacy raises on some unbalanced quotation marks
            errors += 1
    return {
        "load_s": load_s,
        "ingest_s": time.perf_counter() - t0,
        "ingest_cpu_s": time.process_time() - c0,
        "quotes": quotes,
        "errors": errors,
        "textacy": textacy.__version__,
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "pipes": nlp.pipe_names,
    }


def stock_model():
    """en_core_web_sm as shipped, every component, thinc's default BLAS: what peers run
    (quotedb's own loader swaps two components for look-ups and the BLAS, see ingest/nlp.py).
    With --peer-blas openblas, on the same BLAS as quotedb, to take that switch out of the ratio."""
    from ingest.nlp import load

    if os.environ.get(PEER_BLAS_ENV) == "openblas":
        from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):
            return load(as_shipped=True)
    return load(as_shipped=True)


PEER_BLAS_ENV = "QUOTEDB_BENCH_PEER_BLAS"  # how the parent tells the baseline children


def child_parse(corpus: str, enable: list[str] | None, batch_size: int) -> dict:
    texts = _texts(corpus)
    t = time.perf_counter()
    nlp = stock_model()
    load_s = time.perf_counter() - t
    t0, c0 = time.perf_counter(), time.process_time()
    if enable:
        with nlp.select_pipes(enable=enable):
            pipes = nlp.pipe_names
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass
    else:
        pipes = nlp.pipe_names
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    return {
        "load_s": load_s,
        "ingest_s": time.perf_counter() - t0,
        "ingest_cpu_s": time.process_time() - c0,
        "pipes": pipes,
    }


# ---------------------------------------------------------------- parent


CHILD_TIMEOUT_S = 3600


def run_child(args: list[str]) -> dict:
    """Run this file as a child; its last stdout line is JSON. Adds wall time and peak RSS.

    A child that runs past CHILD_TIMEOUT_S (an extractor stuck on one article) is killed
    and the benchmark stops saying so, instead of waiting forever.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    tree_peak = [0]
    done = threading.Event()

    def sample():  # whole process tree, in case ingest grows worker processes (--jobs)
        try:
            import psutil
        except ImportError:
            return
        try:
            p = psutil.Process(proc.pid)
            while not done.is_set():
                rss = p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True))
                tree_peak[0] = max(tree_peak[0], rss)
                done.wait(0.1)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    killer = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
    killer.start()
    out_chunks, err_chunks = [], []
    t_out = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()))
    t_err = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()))
    t_out.start(), t_err.start()
    _, status, rusage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    killer.cancel()
    done.set()
    t_out.join(), t_err.join(), sampler.join()
    wall = time.perf_counter() - t0
    stdout, stderr = "".join(out_chunks), "".join(err_chunks)
    if proc.returncode != 0:
        why = f"killed after {CHILD_TIMEOUT_S}s" if wall >= CHILD_TIMEOUT_S else f"exit {proc.returncode}"
        raise SystemExit(f"child {args[0]} failed ({why}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["process_s"] = wall
    result["peak_rss_mb"] = round(max(rusage.ru_maxrss * 1024, tree_peak[0]) / 2**20, 1)
    return result


def code_state() -> dict:
    """The commit measured, and which of the files under test differ from it."""

    def git(*a):
        r = subprocess.run(["git", *a], capture_output=True, text=True, cwd=ROOT)
        return r.stdout.strip() if r.returncode == 0 else None

    return {
        "commit": git("rev-parse", "HEAD"),
        "modified": (git("status", "--porcelain", "--", "ingest", "db", "quotedb") or "").splitlines(),
    }


def has_jobs_option() -> bool:
    out = subprocess.run(
        [sys.executable, "-m", "quotedb", "ingest", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    return "--jobs" in out


def write_repeated(corpus: str, times: int, path: str) -> None:
    """The corpus `times` times over, line by line, each copy with distinct ids (and urls when given)."""
    with open(path, "w", encoding="utf-8") as out:
        for k in range(times):
            with open(corpus, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    rec = json.loads(line)
                    if k:
                        rec["id"] = f"{rec.get('id')}#copy{k}"
                        if rec.get("url"):
                            rec["url"] = f"{rec['url']}#copy{k}"
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description="quotedb ingest benchmark (figures only, no assertions)")
    ap.add_argument(
        "--corpus", default=str(DEFAULT_CORPUS), help="JSONL of articles (default ../shared/eval/dev.jsonl)"
    )
    ap.add_argument("--quick", action="store_true", help="skip the 10x corpus")
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="repeat quotedb/baseline/NER-only interleaved N times; the fastest of each counts",
    )
    ap.add_argument("--jobs", type=int, help="passed to `quotedb ingest --jobs` when the CLI has it")
    ap.add_argument(
        "--batch-size",
        type=int,
        default=1,
        help="nlp.pipe batch size of the baseline and NER-only parses (default 1: one document at a "
        "time, as quotedb parses; spaCy's default of 1000 pads all 302 articles into one batch, "
        "which is slower here and takes ~3.8 GB)",
    )
    ap.add_argument(
        "--peer-blas",
        choices=("blis", "openblas"),
        default="blis",
        help="BLAS of the baseline and NER-only parses: thinc's bundled BLIS (as shipped, the "
        "default) or numpy's OpenBLAS, which quotedb uses (takes that switch out of the ratios)",
    )
    ap.add_argument("--output", default=str(OUTPUT / "ingest.json"))
    args = ap.parse_args()
    os.environ[PEER_BLAS_ENV] = args.peer_blas

    corpus = args.corpus
    if not os.path.exists(corpus):
        print(f"skipped: corpus {corpus} not found (the benchmark reads ../shared/eval/dev.jsonl at run time)")
        return
    jobs = None
    if args.jobs:
        if has_jobs_option():
            jobs = args.jobs
        else:
            print(f"note: `quotedb ingest` has no --jobs option yet; --jobs {args.jobs} ignored")

    texts = _texts(corpus)
    n_words, n_chars = _words(texts), sum(len(t) for t in texts)
    print(f"corpus: {corpus}: {len(texts)} articles, {n_chars:,} characters, {n_words:,} words (whitespace-separated)")
    results: dict = {
        "corpus": {"path": corpus, "articles": len(texts), "chars": n_chars, "words": n_words},
        "code": code_state(),
    }

    with tempfile.TemporaryDirectory(prefix="quotedb-bench-") as tmp:
        baseline_label = (
            f"textacy 0.13 direct_quotations over a full en_core_web_sm parse (nlp.pipe, "
            f"batch_size={args.batch_size}, {args.peer_blas})"
        )
        base_kind = ["textacy", corpus, str(args.batch_size)]
        rounds: dict[str, list[dict]] = {"quotedb": [], "baseline": [], "ner_only": []}
        # rounds interleave the three, so a noisy neighbour hits them alike; the fastest of each counts
        for k in range(args.rounds):
            tag = f" (round {k + 1}/{args.rounds})" if args.rounds > 1 else ""
            print(f"running quotedb ingest, then 3 re-ingests{tag} ...", flush=True)
            rounds["quotedb"].append(
                run_child(["quotedb", corpus, os.path.join(tmp, f"q1-{k}.db"), str(jobs or 0), "1"])
            )
            print(f"running baseline{tag} ...", flush=True)
            base = run_child(base_kind)
            if "error" in base:
                print(f"textacy unavailable: {base['error']}; baseline falls back to a full nlp.pipe parse")
                results["textacy_error"] = base["error"]
                base_kind = ["parse", corpus, "", str(args.batch_size)]
                base = run_child(base_kind)
                baseline_label = "FALLBACK (textacy unavailable): full en_core_web_sm nlp.pipe parse, no extraction"
            rounds["baseline"].append(base)
            print(f"running NER-only parse{tag} ...", flush=True)
            rounds["ner_only"].append(run_child(["parse", corpus, "tok2vec,ner", str(args.batch_size)]))
        fastest = lambda runs: min(runs, key=lambda r: r["ingest_s"])  # noqa: E731
        ours, base, ner = fastest(rounds["quotedb"]), fastest(rounds["baseline"]), fastest(rounds["ner_only"])
        for picked, runs in ((ours, rounds["quotedb"]), (base, rounds["baseline"]), (ner, rounds["ner_only"])):
            picked["ingest_cpu_s"] = min(r["ingest_cpu_s"] for r in runs)
        ours = {
            **ours,
            "reingest_s": min(r["reingest_s"] for r in rounds["quotedb"]),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in rounds["quotedb"]),
        }
        results["rounds_ingest_s"] = {name: [round(r["ingest_s"], 2) for r in runs] for name, runs in rounds.items()}
        x10 = None
        if not args.quick:
            print("running quotedb ingest of the 10x corpus (slow; --quick skips) ...", flush=True)
            big = os.path.join(tmp, "dev10x.jsonl")
            write_repeated(corpus, 10, big)
            x10 = run_child(["quotedb", big, os.path.join(tmp, "q10.db"), str(jobs or 0), "0"])

    wps = lambda r: n_words / r["ingest_s"]  # noqa: E731
    results.update(
        {
            "quotedb": ours,
            "baseline": {**base, "label": baseline_label},
            "ner_only": ner,
            "x10": x10,
            "jobs": jobs,
            "figures": {
                "speedup_vs_baseline": round(base["ingest_s"] / ours["ingest_s"], 2),
                "speedup_vs_baseline_cpu": round(base["ingest_cpu_s"] / ours["ingest_cpu_s"], 2),
                "quotedb_vs_ner_only_cpu": round(ner["ingest_cpu_s"] / ours["ingest_cpu_s"], 2),
                "target_speedup_vs_baseline": TARGET_VS_TEXTACY,
                "quotedb_words_per_s": round(wps(ours)),
                "baseline_words_per_s": round(wps(base)),
                "ner_only_words_per_s": round(wps(ner)),
                "quotedb_vs_ner_only": round(wps(ours) / wps(ner), 2),
                "reingest_speedup": round(ours["ingest_s"] / ours["reingest_s"], 1),
                "target_reingest_speedup": TARGET_REINGEST,
                "peak_rss_mb_1x": ours["peak_rss_mb"],
                "peak_rss_mb_10x": x10["peak_rss_mb"] if x10 else None,
            },
        }
    )
    f = results["figures"]
    rows = [
        ("quotedb ingest (fresh DB, FTS, indexes)", ours["ingest_s"], wps(ours), ours["quotes"], ours["peak_rss_mb"]),
        (
            "baseline: " + ("textacy" if "textacy" in base else "full parse (fallback)"),
            base["ingest_s"],
            wps(base),
            base.get("quotes", "-"),
            base["peak_rss_mb"],
        ),
        ("spaCy NER only (tok2vec+ner)", ner["ingest_s"], wps(ner), "-", ner["peak_rss_mb"]),
        ("quotedb re-ingest, unchanged corpus", ours["reingest_s"], None, "-", None),
    ]
    if x10:
        rows.append(
            (
                "quotedb ingest, 10x corpus",
                x10["ingest_s"],
                10 * n_words / x10["ingest_s"],
                x10["quotes"],
                x10["peak_rss_mb"],
            )
        )
    print()
    print(f"{'measurement':44} {'seconds':>9} {'words/s':>9} {'quotes':>7} {'peak RSS MB':>12}")
    for name, s, w, q, rss in rows:
        print(f"{name:44} {s:9.2f} {(f'{w:,.0f}' if w else '-'):>9} {q!s:>7} {(f'{rss:,.0f}' if rss else '-'):>12}")
    print()
    print(f"baseline: {baseline_label}")
    if args.rounds > 1:
        print(f"seconds per round: {results['rounds_ingest_s']}")
    if base.get("errors"):
        print(
            f"textacy raised on {base['errors']} of {len(texts)} articles (odd number of quotation marks: "
            "it bails out rather than guess); their parse time is still in the baseline"
        )
    print(f"model load (not in the figures): quotedb {ours['load_s']:.1f}s, baseline {base['load_s']:.1f}s")
    print(f"quotedb vs baseline: {f['speedup_vs_baseline']}x faster (target >= {TARGET_VS_TEXTACY}x)")
    print(f"quotedb throughput / NER-only throughput: {f['quotedb_vs_ner_only']}")
    print(
        f"the same two ratios by CPU time (less moved by other load on the machine): "
        f"{f['speedup_vs_baseline_cpu']}x vs baseline, {f['quotedb_vs_ner_only_cpu']} of NER-only"
    )
    print(
        f"re-ingest of the unchanged corpus: {f['reingest_speedup']}x faster than the first ingest (target >= {TARGET_REINGEST}x)"
    )
    print(f"peak RSS: 1x {f['peak_rss_mb_1x']} MB, 10x {f['peak_rss_mb_10x'] or 'skipped'} MB")
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2)
    print(f"wrote {args.output}")


def child_main(argv: list[str]) -> None:
    kind, rest = argv[0], argv[1:]
    if kind == "quotedb":
        corpus, db_path, jobs, reingest = rest
        out = child_quotedb(corpus, db_path, int(jobs) or None, reingest == "1")
    elif kind == "textacy":
        out = child_textacy(rest[0], int(rest[1]))
    elif kind == "parse":
        out = child_parse(rest[0], [p for p in rest[1].split(",") if p] or None, int(rest[2]))
    else:
        raise SystemExit(f"unknown child {kind}")
    sys.stdout.write("\n" + json.dumps(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        child_main(sys.argv[2:])
    else:
        main()
