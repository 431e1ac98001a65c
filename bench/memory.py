"""Peak memory of `quotedb ingest` on long articles (issue 11, point 8).

    .venv/bin/python bench/memory.py                 # eight articles of ~498,000 characters
    .venv/bin/python bench/memory.py --jobs 2
    .venv/bin/python bench/memory.py --articles 4 --chars 200000

Writes made-up articles (fictional names, WORDS from words.py, one quotation per ~700
characters, well under the 2,000-mark limit) to a temporary directory, ingests them in a
subprocess into a fresh database and prints wall time and peak RSS: the largest single
process (getrusage of the children: the ingest and its workers) and the sampled sum over
the process tree (what the machine has to hold at once). Prints figures, asserts nothing.

Before extraction batches were bounded by characters, eight such articles went to the
parser as one batch and peaked at 13.1 GB in one process.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from words import CUES, ROLES, WORDS, fictional_names  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, chars: int, names: list[str]) -> str:
    paragraphs: list[str] = []
    size = 0
    while True:
        name = rng.choice(names)
        if rng.random() < 0.35:
            para = f'{sentence(rng, 14)} "{sentence(rng, 12)}" {name}, {rng.choice(ROLES)}, {rng.choice(CUES)}. {sentence(rng, 18)}'
        else:
            para = f"{sentence(rng, 20)} {sentence(rng, 16)} {name.split()[-1]} {rng.choice(CUES)} the plan was {rng.choice(WORDS)}."
        if size + len(para) + 2 > chars:
            break
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs) + "\n"


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants, from /proc."""
    total = 0
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * resource.getpagesize()
    todo = [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=8)
    parser.add_argument("--chars", type=int, default=498_000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(11)
    names = fictional_names(60, rng)
    with tempfile.TemporaryDirectory(prefix="quotedb-bench-memory-") as tmp:
        corpus = Path(tmp) / "long"
        corpus.mkdir()
        for n in range(args.articles):
            (corpus / f"{n:02d}.txt").write_text(article(rng, args.chars, names), encoding="utf-8")
        sizes = [len((corpus / f"{n:02d}.txt").read_text(encoding="utf-8")) for n in range(args.articles)]
        marks = max((corpus / f"{n:02d}.txt").read_text(encoding="utf-8").count('"') for n in range(args.articles))
        print(
            f"{args.articles} articles of {min(sizes):,}-{max(sizes):,} characters (at most {marks} quotation marks), --jobs {args.jobs}"
        )
        cmd = [
            sys.executable,
            "-m",
            "quotedb",
            "ingest",
            str(Path(tmp) / "q.db"),
            str(corpus),
            "--jobs",
            str(args.jobs),
        ]
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                peak[0] = max(peak[0], tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, stderr = proc.communicate()
        done.set()
        sampler.join()
        took = time.monotonic() - start
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    summary = [line for line in stderr.splitlines() if line.startswith(("articles read:", "error:"))]
    print("\n".join(summary) or stderr[-2000:])
    print(f"exit status {proc.returncode}, {took:.0f} s")
    print(f"peak RSS, largest process: {largest / 2**20:,.0f} MB")
    print(f"peak RSS, process tree (sampled every 0.2 s): {peak[0] / 2**20:,.0f} MB")


if __name__ == "__main__":
    main()
