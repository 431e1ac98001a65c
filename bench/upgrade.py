"""How fast a database from before quotation groups is grouped: Store.finish on a generated
database whose quotations have no group and no look-up keys yet (what the first write of this
version does to an older database).

    .venv/bin/python bench/upgrade.py --quotes 100000 /tmp/upgrade.db now=. old=../old-checkout

Builds the database with bench/generate.py when missing (its texts are random, so it has few
groups of more than one quotation and no syndicated copies), then, for each LABEL=CODE (the
quotedb code to run: a checkout's root), copies it and runs Store.finish in a child process.
Prints the wall time, the CPU time of the process and of the workers it started, and
quotations grouped per second of each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from db.store import Store, open_db
wall = time.perf_counter()
store = Store(open_db(sys.argv[2]), "bench")
store.finish()
grouped = store.db.execute("select count(*) from quotes where group_id is not null").fetchone()[0]
groups = store.db.execute("select count(*) from quote_groups where quotes > 1").fetchone()[0]
copies = store.db.execute("select count(*) from articles where copy_of is not null").fetchone()[0]
store.db.close()
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": own.ru_utime + own.ru_stime,
                  "workers": children.ru_utime + children.ru_stime, "grouped": grouped,
                  "groups": groups, "copies": copies}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", help="database file (built with bench/generate.py when missing)")
    parser.add_argument("configs", nargs="+", help="LABEL=CODE")
    parser.add_argument("--quotes", type=int, default=100_000)
    args = parser.parse_args()
    if not os.path.exists(args.db):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from generate import generate

        generate(args.db, args.quotes, log=lambda *a: None)
    print(f"cores: {os.cpu_count()}; load at start: {os.getloadavg()}")
    with tempfile.TemporaryDirectory(dir=os.path.dirname(os.path.abspath(args.db))) as work:
        for spec in args.configs:
            label, _, code = spec.partition("=")
            copy = os.path.join(work, "upgrade.db")
            shutil.copy(args.db, copy)
            proc = subprocess.run(
                [sys.executable, "-c", CHILD, os.path.abspath(code), copy],
                capture_output=True,
                text=True,
                cwd=work,
                check=True,
            )
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            cpu = r["cpu"] + r["workers"]
            print(
                f"{label}: {r['grouped']:,} quotations grouped ({r['groups']:,} groups of more than one, "
                f"{r['copies']:,} copies) in {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU + {r['workers']:.1f} s "
                f"in workers: {r['grouped'] / r['wall']:,.0f} a second, {r['grouped'] / cpu:,.0f} per CPU second"
            )
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(copy + suffix):
                    os.remove(copy + suffix)
    print(f"load at end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
