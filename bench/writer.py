"""The one writer's ceiling: quotes `quotedb load` stores per second of the writer's own CPU time,
from records extracted beforehand (`quotedb extract --dask local:2 --output DIR`).

    .venv/bin/python bench/writer.py --rounds 3 now=.:parts-with-keys old=../old-checkout:parts-old

Each configuration is LABEL=CODE:PARTS: the quotedb code to load with (a checkout's root, its
`db/`, `ingest/` and `quotedb/` imported before the installed ones) and the part files. Every
load goes into a new database in a child process, the configurations in turn, round after
round, so a change in the shared machine's load touches each alike. Prints, per configuration,
the quotes stored per CPU second (the median of the rounds, and each round) and the wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from quotedb.load import load
cpu, wall = time.process_time(), time.perf_counter()
done = load(sys.argv[3], sys.argv[2], report=lambda line: None)
print(json.dumps({"quotes": done.quotes, "articles": done.articles,
                  "cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}))
"""


def load_once(code: str, parts: str, work: str) -> dict:
    db = os.path.join(work, "load.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, os.path.abspath(code), os.path.abspath(parts), db],
        capture_output=True,
        text=True,
        cwd=work,  # nothing of this checkout on the path but what CODE names
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("configs", nargs="+", help="LABEL=CODE:PARTS")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    configs = []
    for spec in args.configs:
        label, _, rest = spec.partition("=")
        code, _, parts = rest.partition(":")
        configs.append((label, code, parts))
    results: dict[str, list[dict]] = {label: [] for label, _, _ in configs}
    print(f"cores: {os.cpu_count()}; load at start: {os.getloadavg()}")
    with tempfile.TemporaryDirectory() as work:
        for _ in range(args.rounds):
            for label, code, parts in configs:
                results[label].append(load_once(code, parts, work))
    for label, runs in results.items():
        rates = [r["quotes"] / r["cpu"] for r in runs]
        print(
            f"{label}: {runs[0]['articles']:,} articles, {runs[0]['quotes']:,} quotes; "
            f"{statistics.median(rates):,.0f} quotes per writer CPU-second (rounds: "
            f"{', '.join(f'{r:,.0f}' for r in rates)}); CPU {statistics.median(r['cpu'] for r in runs):.2f} s, "
            f"wall {statistics.median(r['wall'] for r in runs):.1f} s"
        )
    print(f"load at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
