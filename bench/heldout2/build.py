#!/usr/bin/env python3
"""Build heldout2.jsonl from the fictional articles in articles.py.

Markup inside an article text (stripped by this script while it computes offsets):
  [[Q:A1|...]]  a direct quotation segment of attribution A1 (text inside the marks)
  [[P:A1|...]]  a partial quotation segment of attribution A1
  [[S:A1|...]]  the speaker mention of A1
  [[C:A1|...]]  the cue of A1
  [[U|...]]     a double-quoted span that is not a quotation (title, nickname, scare quote)
Each article gives SPK = {"A1": "Full Name" or None}.  Attributions without an S marker have
a null mention.  open_ended is computed: the quotation is not followed by a closing mark in its
paragraph.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

TAG = re.compile(r"\[\[(Q|P|S|C):([A-Za-z0-9]+)\||\[\[(U)\||\]\]")
OPEN, CLOSE = '"“', '"”'


def parse(marked):
    out, spans, stack, pos = [], [], [], 0
    for m in TAG.finditer(marked):
        out.append(marked[pos : m.start()])
        pos = m.end()
        cur = sum(len(x) for x in out)
        if m.group(0) == "]]":
            kind, aid, s = stack.pop()
            spans.append((kind, aid, s, cur))
        else:
            stack.append((m.group(1) or m.group(3), m.group(2), cur))
    out.append(marked[pos:])
    assert not stack, stack
    return "".join(out), spans


def quoted_spans(text):
    """Pair double marks per paragraph; return inner spans (start, end)."""
    res, off = [], 0
    for para in text.split("\n\n"):
        _i, n = 0, len(para)
        opens = [j for j, ch in enumerate(para) if ch in '"“”']
        k = 0
        while k < len(opens):
            s = opens[k]
            if k + 1 < len(opens):
                res.append((off + s + 1, off + opens[k + 1]))
                k += 2
            else:
                res.append((off + s + 1, off + n))
                k += 1
        off += len(para) + 2
    return res


def build(a):
    text, spans = parse(a["text"].strip("\n"))
    spk = a["speakers"]
    ment = {aid: (s, e) for k, aid, s, e in spans if k == "S"}
    cue = {aid: (s, e) for k, aid, s, e in spans if k == "C"}
    quotes, unattr = [], []
    for k, aid, s, e in sorted(spans, key=lambda x: x[2]):
        if k == "U":
            unattr.append([s, e])
            continue
        if k not in "QP":
            continue
        q = text[s:e]
        assert q == q.strip() and q, (a["id"], q)
        para_end = text.find("\n\n", e)
        para_end = len(text) if para_end < 0 else para_end
        open_ended = not (e < len(text) and text[e] in CLOSE)
        if open_ended:
            assert para_end == e or text[e:para_end].strip() == "", (
                a["id"],
                q,
                "open-ended quote must end its paragraph",
            )
        assert s > 0 and text[s - 1] in OPEN, (a["id"], q, "no opening mark")
        assert aid in spk, (a["id"], aid)
        ms, me = ment.get(aid, (None, None))
        cs, ce = cue.get(aid, (None, None))
        mention = text[ms:me] if ms is not None else None
        quotes.append(
            {
                "quote": q,
                "start": s,
                "end": e,
                "speaker": spk[aid],
                "speaker_reference": spk[aid],
                "speaker_mention": mention,
                "speaker_start": ms,
                "speaker_end": me,
                "speaker_is_pronoun": bool(mention and mention.lower() in {"he", "she", "they", "i", "we", "it"}),
                "cue": text[cs:ce] if cs is not None else None,
                "cue_start": cs,
                "cue_end": ce,
                "kind": "direct" if k == "Q" else "partial",
                "open_ended": open_ended,
                "attribution": aid,
            }
        )
    # every double-quoted span is either a gold quotation or an unattributed span
    covered = {(q["start"], q["end"]) for q in quotes} | {tuple(u) for u in unattr}
    for s, e in quoted_spans(text):
        inner = text[s:e].strip()
        ss = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        if not any(abs(cs - ss) <= 1 and abs(ce - (ss + len(inner))) <= 1 for cs, ce in covered):
            raise SystemExit(f"{a['id']}: quoted span not annotated: {text[s:e][:60]!r}")
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["quote"]
        if q["speaker_start"] is not None:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_mention"]
    assert "[[" not in text and "]]" not in text, a["id"]
    words = len(text.split())
    return {
        "id": a["id"],
        "source": "quotedb-heldout2",
        "outlet": a["outlet"],
        "date": a["date"],
        "url": a["url"],
        "article_type": a["type"],
        "text": text,
        "quotes": quotes,
        "unattributed_quoted_spans": unattr,
    }, words


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs, total = [], 0
    for a in ARTICLES:
        r, w = build(a)
        recs.append(r)
        total += len(r["quotes"])
        print(f"{r['id']:45s} words={w:4d} quotes={len(r['quotes']):3d} unattr={len(r['unattributed_quoted_spans'])}")
    with open(os.path.join(here, "heldout2.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(recs)} articles, {total} quotations")


if __name__ == "__main__":
    main()
