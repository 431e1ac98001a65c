#!/usr/bin/env python3
"""Build bench/heldout/heldout.jsonl from the fictional articles in articles_*.py.

Markup inside an article's text (stripped by this script, which computes the offsets):
  [[Q:id|...]]  a direct quotation segment (the text inside the marks)
  [[P:id|...]]  a partial quotation segment (the sentence mixes quoted and unquoted words)
  [[S:id|...]]  the speaker mention the attribution rests on (ids may be "a1,b2")
  [[C:id|...]]  the cue (said, told, according to, ...)
  [[U|...]]     a double-quoted span that is not a quotation (title, nickname, scare quote)
An attribution id is a person key plus digits ("voss1"); the key maps to the full name in the
article's `people`; a key mapped to None gives a quotation with no source (speaker null).
Segments sharing an id are one quotation (interrupted, or continued in the next paragraph).
"""

import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OPEN, CLOSE = '“"', '”"'
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "us", "me"}
TAG = re.compile(r"\[\[([QPSCU])(?::([\w,]+))?\|")


def parse(src):
    out, stack, spans, i = [], [], [], 0
    pos = 0
    while i < len(src):
        m = TAG.match(src, i)
        if m:
            stack.append((m.group(1), m.group(2), pos))
            i = m.end()
            continue
        if src.startswith("]]", i) and stack:
            kind, ids, s = stack.pop()
            spans.append((kind, ids, s, pos))
            i += 2
            continue
        out.append(src[i])
        pos += 1
        i += 1
    assert not stack, stack
    return "".join(out), spans


def key_of(aid):
    return re.sub(r"\d+$", "", aid)


def build(art, n):
    text, spans = parse(art["text"].strip("\n"))
    people = art["people"]
    ment, cues = {}, {}
    for kind, ids, s, e in spans:
        if kind in "SC":
            for aid in ids.split(","):
                (ment if kind == "S" else cues)[aid] = (s, e)
    order, quotes, unattr = {}, [], []
    for kind, ids, s, e in sorted(spans, key=lambda x: x[2]):
        if kind == "U":
            unattr.append([s, e])
            continue
        if kind not in "QP":
            continue
        aid = ids
        order.setdefault(aid, f"A{len(order) + 1}")
        name = people[key_of(aid)]
        ms = ment.get(aid)
        cs = cues.get(aid)
        if name is None:
            assert ms is None, (art["slug"], aid)
        else:
            assert ms is not None, ("no mention", art["slug"], aid)
        nxt = text[e : e + 1]
        quotes.append(
            {
                "quote": text[s:e],
                "start": s,
                "end": e,
                "speaker": name,
                "speaker_reference": name,
                "speaker_mention": text[ms[0] : ms[1]] if ms else None,
                "speaker_start": ms[0] if ms else None,
                "speaker_end": ms[1] if ms else None,
                "speaker_is_pronoun": bool(ms) and text[ms[0] : ms[1]].lower() in PRONOUNS,
                "cue": text[cs[0] : cs[1]] if cs else None,
                "cue_start": cs[0] if cs else None,
                "cue_end": cs[1] if cs else None,
                "kind": "direct" if kind == "Q" else "partial",
                "open_ended": nxt in ("", "\n"),
                "attribution": order[aid],
            }
        )
    for aid in list(ment) + list(cues):
        assert aid in order, ("mention/cue without quote", art["slug"], aid)
    return {
        "id": f"heldout:{n:02d}-{art['slug']}",
        "source": "quotedb-heldout",
        "outlet": art["outlet"],
        "date": art["date"],
        "url": f"https://example.org/heldout/{n:02d}-{art['slug']}",
        "article_type": art["type"],
        "text": text,
        "quotes": quotes,
        "unattributed_quoted_spans": unattr,
    }


def check(rec):
    t, errs = rec["text"], []
    covered = []
    for q in rec["quotes"]:
        s, e = q["start"], q["end"]
        if t[s:e] != q["quote"]:
            errs.append("offset")
        if q["quote"] != q["quote"].strip():
            errs.append("whitespace inside marks: {!r}".format(q["quote"][:30]))
        if t[s - 1 : s] not in OPEN:
            errs.append("no opening mark before {!r}".format(q["quote"][:30]))
        if not q["open_ended"] and t[e : e + 1] not in CLOSE:
            errs.append("no closing mark after {!r}".format(q["quote"][-30:]))
        if q["speaker_start"] is not None and t[q["speaker_start"] : q["speaker_end"]] != q["speaker_mention"]:
            errs.append("mention offset")
        if q["cue_start"] is not None and t[q["cue_start"] : q["cue_end"]] != q["cue"]:
            errs.append("cue offset")
        covered.append((s - 1, e + (0 if q["open_ended"] else 1)))
    for s, e in rec["unattributed_quoted_spans"]:
        if t[s - 1 : s] not in OPEN or t[e : e + 1] not in CLOSE:
            errs.append(f"unattributed span not inside marks: {t[s:e]!r}")
        covered.append((s - 1, e + 1))
    # every double mark of the text must belong to a gold quote or an unattributed span
    for i, ch in enumerate(t):
        if ch in '“”"' and not any(s <= i < e for s, e in covered):
            errs.append(f"stray mark at {i}: {t[max(0, i - 30) : i + 30]!r}")
    words = len(re.findall(r"\S+", t))
    if not 250 <= words <= 900:
        errs.append(f"length {words} words")
    return errs, words


def main():
    arts = []
    for mod in sorted(f[:-3] for f in os.listdir(HERE) if re.match(r"articles_\d+\.py$", f)):
        arts += importlib.import_module(mod).ARTICLES
    recs, bad = [], 0
    for n, art in enumerate(arts, 1):
        rec = build(art, n)
        errs, words = check(rec)
        for err in errs:
            print(rec["id"], err)
            bad += 1
        print(
            f"{rec['id']:<40} {words:4d} words {len(rec['quotes']):3d} quotes"
            f" {len(rec['unattributed_quoted_spans']):2d} unattributed",
            file=sys.stderr,
        )
        recs.append(rec)
    with open(os.path.join(HERE, "heldout.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nq = sum(len(r["quotes"]) for r in recs)
    print(f"{len(recs)} articles, {nq} quotes, {bad} problems", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
