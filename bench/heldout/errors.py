#!/usr/bin/env python3
"""List the errors of a prediction file on heldout.jsonl, matched as quotedb.scoring (the
reference score.py's rules) does with --names: missed gold quotations, predicted spans not in
gold, wrong or missing speakers, one line each.
usage: .venv/bin/python bench/heldout/errors.py GOLD.jsonl PRED.jsonl"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from quotedb.scoring import core, same_speaker  # noqa: E402

gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
pred = {r["id"]: r["quotes"] for r in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
for g in gold:
    t = g["text"]
    G = g["quotes"]
    P = [{k: v for k, v in q.items() if k not in ("speaker_start", "speaker_end")} for q in pred.get(g["id"], [])]
    gs = [core(t, q["start"], q["end"]) for q in G]
    ps = [core(t, int(q["start"]), int(q["end"])) for q in P]
    pairs = []
    for i, (a, b) in enumerate(gs):
        for j, (c, d) in enumerate(ps):
            ov = min(b, d) - max(a, c)
            if ov > 0 and ov / max(b - a, d - c, 1) >= 0.5:
                pairs.append((ov / max(b - a, d - c, 1), i, j))
    ug, up, m = set(), set(), {}
    for _, i, j in sorted(pairs, reverse=True):
        if i in ug or j in up:
            continue
        ug.add(i)
        up.add(j)
        m[i] = j
    for i, q in enumerate(G):
        if i not in m:
            print("MISS\t{}\t{}\tgold={}".format(g["id"], q["quote"][:70], q["speaker"]))
        elif q["speaker"]:
            p = P[m[i]]
            if not (p.get("speaker") and same_speaker(q, p)):
                print(
                    "SPK\t{}\t{}\tgold={} ({})\tpred={}".format(
                        g["id"], q["quote"][:60], q["speaker"], q["speaker_mention"], p.get("speaker")
                    )
                )
    for j, p in enumerate(P):
        if j not in up:
            s, e = int(p["start"]), int(p["end"])
            print(
                "FP\t{}\t{}\tpred={}\tctx={}".format(
                    g["id"], t[s:e][:60], p.get("speaker"), t[max(0, s - 60) : s].replace("\n", " / ")
                )
            )
