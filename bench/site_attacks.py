"""The public site's attacks of issue 11 (points 9 to 11), measured in one process.

    .venv/bin/python bench/site_attacks.py                  # a generated 20,000-quote database
    .venv/bin/python bench/site_attacks.py bench/output/q100k.db --requests 50

Requests go through datasette.client to a Datasette built as `quotedb serve` builds it
(quotedb.serving.datasette_kwargs). Every figure is the wall time of the request in this
process, which is the time the server's event loop is not answering anyone else:

  404         a missing page as served, and then, side by side, with
              Datasette 0.65's own (which prints a rich traceback with locals when `rich`
              is importable); the log each one writes, in bytes and lines
  2,500 words the quotes table page searched with 2,500 words (50 rows marked)
  zeroblob    ?sql=select zeroblob(100000000): status, response size, peak RSS after it

Prints figures only; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import random
import resource
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def timed(client, path: str, n: int) -> tuple[list[float], int, int, int]:
    """Times of n requests, the last status, and the bytes and lines written to stdout/stderr."""
    out = io.StringIO()
    times = []
    status = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        for _ in range(n):
            start = time.perf_counter()
            response = await client.get(path)
            times.append((time.perf_counter() - start) * 1000)
            status = response.status_code
    log = out.getvalue()
    return times, status, len(log.encode()), log.count("\n")


def line(label: str, times: list[float], status: int, extra: str = "") -> None:
    print(f"{label:<34} {status}  median {statistics.median(times):8.1f} ms  max {max(times):8.1f} ms  {extra}")


async def run(db_path: str, n: int) -> None:
    from datasette.app import Datasette
    from datasette.plugins import pm

    from quotedb.serving import datasette_kwargs

    ds = Datasette(**datasette_kwargs(db_path))
    await ds.invoke_startup()
    name = Path(db_path).stem
    client = ds.client

    # 404: ours, then Datasette's default handler put back in its place
    times, status, size, lines = await timed(client, f"/{name}/no_such_table", n)
    line("404, as served", times, status, f"log {size / n:,.0f} B, {lines / n:.1f} lines each")
    import datasette.handle_exception as default_handler

    default = "datasette.handle_exception"
    ours = [p for p in pm.get_plugins() if getattr(p, "__name__", "") == "error_pages.py"]
    swapped = pm.get_plugin(default) is None  # run on a quotedb without its own handler: nothing to swap
    if swapped:
        pm.unblock(default)
        pm.register(default_handler, default)
        for plugin in ours:
            pm.unregister(plugin)
    try:
        times, status, size, lines = await timed(client, f"/{name}/no_such_table", max(3, n // 5))
        line(
            "404, Datasette 0.65's handler",
            times,
            status,
            f"log {size / len(times):,.0f} B, {lines / len(times):.1f} lines each",
        )
    finally:
        if swapped:
            pm.unregister(default_handler)
            pm.set_blocked(default)
            for plugin in ours:
                pm.register(plugin, "error_pages.py")

    # a 2,500-word search, marked in the 50 rows of the table page
    rng = random.Random(2500)
    words = [r["quote"] for r in (await ds.get_database(name).execute("select quote from quotes limit 500")).rows]
    vocabulary = sorted({w for q in words for w in q.split()})
    search = " ".join(rng.choice(vocabulary) for _ in range(2500))
    one_word = rng.choice(vocabulary)
    for label, q in (("search, 1 word", one_word), ("search, 2,500 words", search)):
        path = f"/{name}/quotes?" + urllib.parse.urlencode({"_search": q})
        times, status, _, _ = await timed(client, path, max(3, n // 5))
        line(label, times, status)

    # a 100 MB value
    before = peak_rss_mb()
    start = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        response = await client.get(f"/{name}.json?" + urllib.parse.urlencode({"sql": "select zeroblob(100000000)"}))
    ms = (time.perf_counter() - start) * 1000
    print(
        f"{'zeroblob(100000000)':<34} {response.status_code}  {ms:8.1f} ms  response {len(response.content):,} B, "
        f"peak RSS {before:,.0f} -> {peak_rss_mb():,.0f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db", nargs="?", help="a quotedb database (default: generate 20,000 quotes)")
    ap.add_argument("--requests", type=int, default=30, help="404s to time (default 30)")
    args = ap.parse_args()
    if args.db:
        asyncio.run(run(args.db, args.requests))
        return
    from generate import generate

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "attacks.db")
        generate(path, 20_000, log=lambda *a, **k: None)
        asyncio.run(run(path, args.requests))


if __name__ == "__main__":
    main()
