"""The attribution errors left on a gold file, counted by cause.

    .venv/bin/python bench/attribution_errors.py                  # dev and dev-ggt (by name), counts
    .venv/bin/python bench/attribution_errors.py GOLD --names -v  # one file, every error listed

A matched gold quotation with a speaker whose predicted speaker is wrong gets one cause:

- `no speaker`: nothing was credited;
- `heading`: the mention credited is in a line that is not a sentence (a heading, a caption,
  page furniture);
- `pronoun`, `description`, `continuation`: the mention read was right (it overlaps the gold
  mention, or the gold has none) but resolving it went wrong; continuation is a quotation
  without a cue of its own that took a neighbour's speaker;
- `name`: the right name mention, resolved to the wrong full name;
- `wrong cue`: another mention than the gold one was read (another cue, another subject).

Quotations not found and spans that are no gold quotation are counted apart.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ingest.nlp import load  # noqa: E402
from ingest.pipeline import extract_many  # noqa: E402
from quotedb.scoring import match, same_speaker  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _overlaps(a0, a1, b0, b1) -> bool:
    return None not in (a0, a1, b0, b1) and min(a1, b1) > max(a0, b0)


def _line(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _is_heading(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line.split()) <= 14 and not re.search(r"[.!?:,\"”’]\s*$", line)


def cause(text: str, gold: dict, pred: dict) -> str:
    if not pred.get("speaker"):
        return "no speaker"
    ps, pe = pred.get("speaker_start"), pred.get("speaker_end")
    if ps is not None and _is_heading(_line(text, ps)):
        return "heading"
    gs, ge = gold.get("speaker_start"), gold.get("speaker_end")
    method = pred.get("method") or "none"
    same_mention = _overlaps(gs, ge, ps, pe)
    if method in ("continuation", "adjacent"):
        return "continuation" if gs is None or same_mention else "wrong cue"
    if gs is not None and not same_mention:
        return "wrong cue"
    if method in ("pronoun", "description"):
        return method
    return "name"


def run(gold_path: Path, names: bool, verbose: bool, nlp) -> dict:
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    started = time.perf_counter()
    found = {}
    for quotes, key in extract_many(((g["text"], str(g["id"])) for g in gold), nlp):
        found[key] = [] if isinstance(quotes, Exception) else quotes
    seconds = time.perf_counter() - started
    causes: Counter = Counter()
    for g in gold:
        text = g["text"]
        preds = [{**q.prediction(), "method": q.method, "mention": q.mention} for q in found[str(g["id"])]]
        pairs = match(text, g["quotes"], preds)
        causes["missed quote"] += len(g["quotes"]) - len(pairs)
        causes["not a gold quote"] += len(preds) - len(pairs)
        for i, j in pairs:
            gq, pq = g["quotes"][i], preds[j]
            if not gq.get("speaker"):
                continue
            judged = {k: v for k, v in pq.items() if not (names and k in ("speaker_start", "speaker_end"))}
            if pq.get("speaker") and same_speaker(gq, judged):
                continue
            why = cause(text, gq, pq)
            causes[why] += 1
            if verbose:
                print(
                    f"[{why}] {g['id']}\n  quote: {gq['quote'][:70]!r}\n"
                    f"  gold: {gq['speaker']!r} (mention {gq.get('speaker_mention', gq['speaker'])!r} at {gq.get('speaker_start')})\n"
                    f"  pred: {pq.get('speaker')!r} (mention {pq.get('mention')!r} at {pq.get('speaker_start')}, {pq.get('method')})"
                )
    return {"file": gold_path.name, "names": names, "seconds": round(seconds, 1), **dict(causes.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", help="a gold JSONL file (default: dev.jsonl and dev-ggt.jsonl --names)")
    parser.add_argument("--names", action="store_true", help="judge by the resolved name only (score.py --names)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args()
    nlp = load()
    if args.gold:
        runs = [(Path(args.gold), args.names)]
    else:
        if not SHARED.exists():
            sys.exit(f"{SHARED} is absent: give a gold file")
        runs = [(SHARED / "dev.jsonl", False), (SHARED / "dev-ggt.jsonl", True)]
    for path, names in runs:
        print(json.dumps(run(path, names, args.verbose, nlp)))


if __name__ == "__main__":
    main()
