"""Serving benchmark: p50/p95 latency of the pages people use, from a real `quotedb serve`.

    .venv/bin/python bench/generate.py --quotes 1000000 big.db
    .venv/bin/python bench/serve.py big.db                 # mutable, then --immutable
    .venv/bin/python bench/serve.py big.db --mode mutable --requests 20

Starts `quotedb serve DB [--immutable]` on a free loopback port as a child
process, waits for it, then requests each page a bounded number of times
(sequentially, after a few unmeasured warm-up requests) and prints p50/p95/max,
and the server process's CPU time per request (all threads, from /proc), which
moves much less than wall time when other work shares the machine:

  table     /DB/quotes                  the table page with its configured facets
  filtered  /DB/quotes?speaker_id=N&published_month=YYYY-MM
  speaker   /DB/speakers/N              a speaker's row page (with its quote count)
  search    /DB/search?q=WORD           the ranked full-text canned query
  table_search  /DB/quotes?_search=WORD the table page searched, facets over the matches
                                        (its window of newest matches, metadata.yml)
  one_outlet    /DB/quotes?outlet_id=N  the largest outlet picked in its facet
  outlet_month  /DB/quotes?outlet_id=N&published_month=YYYY-MM  that outlet's busiest month
  quote     /DB/quotes/N                a quotation's page, the trail of its group (the
                                        most-reported group's quotation)

It also reads /DB/quotes.json (and the filtered page's JSON) to check that every
facet metadata.yml configures came back and none was dropped for Datasette's
facet time limit (`facets_timed_out`), and counts the HTML responses that
rendered all the configured facets.

`--setting NAME VALUE` (repeatable) serves with Datasette settings on top of
metadata.yml's, and `--facets a,b,c` with another facet list for the quotes
table, for trying a change before proposing it; those runs start Datasette
through quotedb.serving.serve_args (plus `--setting`), since `quotedb serve`
itself takes neither. Prints figures only; nothing here
asserts a time. Writes bench/output/serve-<db>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = HERE / "output"
# p95 targets at 10M quotations (issue 15; issue 5 asked table 500 ms at 1M)
PAGES = ("table", "filtered", "outlet_month", "speaker", "search", "table_search", "one_outlet", "quote")
TARGETS_MS = {"table": 1000, "search": 150, "speaker": 200, "filtered": 200, "outlet_month": 200}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def configured_facets() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from quotedb.paths import metadata_path

    meta = yaml.safe_load(metadata_path().read_text(encoding="utf-8"))
    facets = meta["databases"]["quotes"]["tables"]["quotes"].get("facets", [])
    return [f if isinstance(f, str) else next(iter(f.values())) for f in facets]


def pick_inputs(db_path: str) -> dict:
    """A busy speaker and one of their busy months, a few speakers, the largest outlet and its
    busiest month, a quotation of the most-reported group, search words of several
    frequencies. Read from the kept counts (db/summaries.py): a GROUP BY over 10M rows here
    took minutes."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    top = [
        r[0]
        for r in conn.execute(
            "select speaker_id from quote_counts_speaker where speaker_id is not null order by n desc limit 50"
        )
    ]
    speaker = top[0]
    month = conn.execute(
        "select published_month from speaker_month_counts where speaker_id = ? order by n desc limit 1", [speaker]
    ).fetchone()[0]
    n_speakers = conn.execute("select max(id) from speakers").fetchone()[0]
    outlet = conn.execute("select id from outlets order by articles desc limit 1").fetchone()[0]
    outlet_month = conn.execute(
        "select published_month from outlet_month_counts where outlet_id = ? order by n desc limit 1", [outlet]
    ).fetchone()[0]
    quote = conn.execute(
        "select canonical_quote_id from quote_groups where canonical_quote_id is not null "
        "order by quotes desc, id limit 1"
    ).fetchone()
    conn.close()
    speakers = [top[0], top[1], top[9], top[49], n_speakers // 2, n_speakers]
    # frequent, mid and rare words of the generator's vocabulary, and one two-word phrase
    words = ["minister", "housing", "climate", "budget", "police", "water", "reform", "hospital", "fair deal", "people"]
    return {
        "speaker": speaker,
        "month": month,
        "speakers": speakers,
        "words": words,
        "outlet": outlet,
        "outlet_month": outlet_month,
        "quote": quote[0] if quote else 1,
    }


def start_server(
    db_path: str, immutable: bool, settings: list[tuple[str, str]], log, overrides: dict | None = None
) -> tuple[subprocess.Popen, str, float]:
    """overrides: keys of the quotes table's metadata to serve with instead of metadata.yml's
    (`facets`, `search_window`)."""
    port = free_port()
    if settings or overrides:
        # quotedb.serving's own arguments, plus --setting and/or the quotes table's metadata changed
        code = (
            "import json, sys; import quotedb.serving as s; from datasette.cli import cli\n"
            "overrides = json.loads(sys.argv[4])\n"
            "if overrides:\n"
            "    original = s.metadata_dict\n"
            "    def metadata_dict(path):\n"
            "        m = original(path)\n"
            "        for db in m.get('databases', {}).values():\n"
            "            if 'quotes' in db.get('tables', {}):\n"
            "                db['tables']['quotes'].update(overrides)\n"
            "        return m\n"
            "    s.metadata_dict = metadata_dict\n"
            "cli.main(s.serve_args(sys.argv[1], '127.0.0.1', int(sys.argv[2]), sys.argv[3] == '1') + sys.argv[5:], "
            "prog_name='quotedb serve')"
        )
        extra = [a for name, value in settings for a in ("--setting", name, value)]
        cmd = [
            sys.executable,
            "-c",
            code,
            db_path,
            str(port),
            "1" if immutable else "0",
            json.dumps(overrides or {}),
            *extra,
        ]
    else:
        cmd = [sys.executable, "-m", "quotedb", "serve", db_path, "--port", str(port)] + (
            ["--immutable"] if immutable else []
        )
    errlog = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errlog)
    base = f"http://127.0.0.1:{port}"
    while True:
        if proc.poll() is not None:
            errlog.seek(0)
            raise SystemExit(f"server exited {proc.returncode}:\n{errlog.read().decode()[-3000:]}")
        try:
            if httpx.get(base + "/-/versions.json", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.perf_counter() - t0 > 600:
            proc.terminate()
            raise SystemExit("server did not come up within 600s")
        time.sleep(0.2)
    startup = time.perf_counter() - t0
    log(
        f"  server up on {base} in {startup:.1f}s ({'immutable' if immutable else 'mutable'}"
        f"{', ' + ', '.join(f'{n}={v}' for n, v in settings) if settings else ''}"
        f"{', quotes table ' + json.dumps(overrides) if overrides else ''})"
    )
    return proc, base, startup


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * (len(s) - 1))))
    return s[k]


_FACET_DIV = re.compile(r'class="facet-info[^"]*"[^>]*data-column="([^"]+)"')


def html_facets(html: str) -> set[str]:
    return set(_FACET_DIV.findall(html))


def cpu_ns(pid: int | None) -> int | None:
    """CPU time the server has run, all its threads, in ns (Linux /proc/PID/task/*/schedstat)."""
    if pid is None:
        return None
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/schedstat") as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass
    except OSError:
        return None
    return total


def measure(
    client: httpx.Client, urls: list[str], n: int, warmup: int, facets: list[str] | None, server_pid: int | None = None
) -> dict:
    """n timed requests cycling through urls, after `warmup` untimed ones.

    Besides wall time, the server's CPU time per request: on a shared machine the wall
    time grows with other people's load, the CPU time much less.
    """
    times, cpu, missing, errors = [], [], 0, {}
    for i in range(warmup + n):
        url = urls[i % len(urls)]
        c0 = cpu_ns(server_pid)
        t0 = time.perf_counter()
        r = client.get(url)
        dt = (time.perf_counter() - t0) * 1000
        c1 = cpu_ns(server_pid)
        if c0 is not None and c1 is not None and i >= warmup:
            cpu.append((c1 - c0) / 1e6)
        if i < warmup:
            continue
        times.append(dt)
        if r.status_code != 200:
            # e.g. 400 "SQL Interrupted" past sql_time_limit_ms: counted, the run goes on
            errors[r.status_code] = errors.get(r.status_code, 0) + 1
            continue
        if facets is not None and not set(facets) <= html_facets(r.text):
            missing += 1
    out = {
        "requests": n,
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(pct(times, 95), 1),
        "max_ms": round(max(times), 1),
    }
    if cpu:
        out["server_cpu_p50_ms"] = round(statistics.median(cpu), 1)
        out["server_cpu_p95_ms"] = round(pct(cpu, 95), 1)
    if facets is not None:
        out["responses_missing_a_facet"] = missing
    if errors:
        out["errors"] = {str(k): v for k, v in errors.items()}
    return out


def facet_check(client: httpx.Client, url: str, facets: list[str]) -> dict:
    r = client.get(url)
    if r.status_code != 200:
        return {"url": url, "present": [], "missing": facets, "facets_timed_out": [], "error": r.status_code}
    j = r.json()
    present = sorted(j.get("facet_results", {}))
    return {
        "url": url,
        "present": present,
        "missing": [f for f in facets if f not in present],
        "facets_timed_out": j.get("facets_timed_out", []),
        "count": j.get("filtered_table_rows_count"),
    }


def run_mode(
    db_path: str,
    immutable: bool,
    settings: list[tuple[str, str]],
    n: int,
    warmup: int,
    log,
    overrides: dict | None = None,
    only: set[str] | None = None,
) -> dict:
    name = Path(db_path).stem
    overrides = overrides or {}
    facets = overrides.get("facets", configured_facets())
    inputs = pick_inputs(db_path)
    load_before = os.getloadavg()[0]
    proc, base, startup = start_server(db_path, immutable, settings, log, overrides)
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            filtered_q = f"speaker_id={inputs['speaker']}&published_month={inputs['month']}"
            outlet_month_q = f"outlet_id={inputs['outlet']}&published_month={inputs['outlet_month']}"
            pages = {
                "table": ([f"/{name}/quotes"], facets),
                "filtered": ([f"/{name}/quotes?{filtered_q}"], facets),
                "speaker": ([f"/{name}/speakers/{s}" for s in inputs["speakers"]], None),
                "search": ([f"/{name}/search?q={w}" for w in inputs["words"]], None),
                # not in the list: the table page searched, with its facets over the matches
                "table_search": ([f"/{name}/quotes?_search={w}" for w in inputs["words"][:4]], facets),
                # nor this: the largest outlet clicked in the facet, its facets over its quotations
                "one_outlet": ([f"/{name}/quotes?outlet_id={inputs['outlet']}"], facets),
                # the largest outlet in its busiest month: the other filtered facet page
                "outlet_month": ([f"/{name}/quotes?{outlet_month_q}"], facets),
                # a quotation's page with its trail: every report of the most-reported group
                "quote": ([f"/{name}/quotes/{inputs['quote']}"], None),
            }
            checks = {
                "table": facet_check(client, f"/{name}/quotes.json", facets),
                "filtered": facet_check(client, f"/{name}/quotes.json?{filtered_q}", facets),
                "one_outlet": facet_check(client, f"/{name}/quotes.json?outlet_id={inputs['outlet']}", facets),
                "outlet_month": facet_check(client, f"/{name}/quotes.json?{outlet_month_q}", facets),
                "table_search": facet_check(client, f"/{name}/quotes.json?_search={inputs['words'][1]}", facets),
            }
            if only:
                pages = {p: v for p, v in pages.items() if p in only}
                checks = {p: v for p, v in checks.items() if p in only}
            results = {}
            for page, (urls, page_facets) in pages.items():
                results[page] = measure(client, urls, n, warmup, page_facets, proc.pid)
                results[page]["urls"] = urls
                log(
                    f"    {page:12} p50 {results[page]['p50_ms']:8.1f} ms  p95 {results[page]['p95_ms']:8.1f} ms  "
                    f"max {results[page]['max_ms']:8.1f} ms  server CPU p50 {results[page].get('server_cpu_p50_ms', '-')} "
                    f"p95 {results[page].get('server_cpu_p95_ms', '-')} ms"
                    + (
                        f"  responses missing a facet: {results[page]['responses_missing_a_facet']}/{n}"
                        if page_facets
                        else ""
                    )
                    + (f"  errors: {results[page]['errors']}" if results[page].get("errors") else "")
                )
            # per search word, to show which terms are slow
            if "search" in pages:
                results["search_by_word"] = {
                    w: measure(client, [f"/{name}/search?q={w}"], max(3, n // 10), 1, None)["p50_ms"]
                    for w in inputs["words"]
                }
    finally:
        stop_server(proc)
    for page, c in checks.items():
        log(f"    facets on {page}: present {c['present']}, missing {c['missing']}, timed out {c['facets_timed_out']}")
    # the machine is shared: its 1-minute load average before and after, beside the figures
    load = (round(load_before, 1), round(os.getloadavg()[0], 1))
    log(f"    load average (1 min) {load[0]} before, {load[1]} after, on {os.cpu_count()} cores")
    return {
        "load_average": load,
        "immutable": immutable,
        "settings": dict(settings),
        "facets": facets,
        "startup_s": round(startup, 1),
        "pages": results,
        "facet_checks": checks,
        "inputs": inputs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description="quotedb serving benchmark (figures only, no assertions)")
    ap.add_argument("db", nargs="+", help="database file(s), e.g. from bench/generate.py")
    ap.add_argument("--mode", choices=["mutable", "immutable", "both"], default="both")
    ap.add_argument("--requests", type=int, default=50, help="timed requests per page (default 50)")
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument(
        "--setting",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a Datasette setting on top of metadata.yml (repeatable)",
    )
    ap.add_argument(
        "--facets",
        help="comma-separated facets for the quotes table instead of metadata.yml's, to measure a proposed facet list",
    )
    ap.add_argument("--search-window", type=int, help="the quotes table's search_window instead of metadata.yml's")
    ap.add_argument("--pages", help="comma-separated pages to measure (default all): " + ", ".join(PAGES))
    ap.add_argument("--label", default="", help="suffix for the output file name")
    args = ap.parse_args()
    settings = [tuple(s) for s in args.setting]
    overrides: dict = {}
    if args.facets is not None:
        overrides["facets"] = [f for f in args.facets.split(",") if f]
    if args.search_window is not None:
        overrides["search_window"] = args.search_window
    only = set(args.pages.split(",")) if args.pages else None
    modes = {"mutable": [False], "immutable": [True], "both": [False, True]}[args.mode]
    report: dict = {"facets_configured": configured_facets(), "targets_p95_ms": TARGETS_MS, "runs": []}
    for db_path in args.db:
        if not os.path.exists(db_path):
            raise SystemExit(f"{db_path} not found: make one with bench/generate.py")
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        n_quotes = conn.execute("select max(id) from quotes").fetchone()[0] or 0
        conn.close()
        print(f"{db_path}: ~{n_quotes:,} quotes, {os.path.getsize(db_path) / 1e6:,.0f} MB")
        for immutable in modes:
            run = run_mode(db_path, immutable, settings, args.requests, args.warmup, print, overrides, only)
            run.update({"db": db_path, "quotes": n_quotes})
            report["runs"].append(run)
    print()
    print(f"{'database':>12} {'mode':9} {'page':12} {'p50 ms':>8} {'p95 ms':>8} {'CPU p50':>8} {'CPU p95':>8}  facets")
    for run in report["runs"]:
        print(
            f"{run['quotes']:>12,} {'immutable' if run['immutable'] else 'mutable':9} load average {run['load_average']}"
        )
        for page in PAGES:
            if page not in run["pages"]:
                continue
            r = run["pages"][page]
            note = ""
            if page in run["facet_checks"]:
                c = run["facet_checks"][page]
                ok = not c["missing"] and not c["facets_timed_out"] and not r.get("responses_missing_a_facet")
                note = (
                    "all present"
                    if ok
                    else f"MISSING {c['missing'] or ''} timed out {c['facets_timed_out']} "
                    f"({r.get('responses_missing_a_facet')} HTML responses short)"
                )
            target = TARGETS_MS.get(page)
            if target:
                note += f"  target p95 <= {target}: {'met' if r['p95_ms'] <= target else 'NOT met'}"
            if r.get("errors"):
                note += f"  ERRORS {r['errors']} of {r['requests']}"
            print(
                f"{run['quotes']:>12,} {'immutable' if run['immutable'] else 'mutable':9} {page:12} "
                f"{r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r.get('server_cpu_p50_ms', 0):8.1f} "
                f"{r.get('server_cpu_p95_ms', 0):8.1f}  {note}"
            )
    OUTPUT.mkdir(parents=True, exist_ok=True)
    stem = "-".join(Path(d).stem for d in args.db) + (f"-{args.label}" if args.label else "")
    out = OUTPUT / f"serve-{stem}.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
