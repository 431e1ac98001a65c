"""Score predicted quotes against gold, by the rules of the reference scorer.

Same figures as `shared/eval/score.py` (a test holds the two together): spans
match when, stripped of marks, spaces and edge punctuation, they overlap by at
least half of the longer (one-to-one, best first); a speaker is right when the
mention spans overlap or, for a gold speaker that is not a bare pronoun, when the
names share the surname or one's words contain the other's.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

EDGE = " \t\n\r\"'“”‘’«»„‟‹›,.;:!?—–-"
TITLES = {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "sen", "senator", "rep", "gov", "the", "sir"}
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "us", "me"}


def core(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def tokens(name: str | None) -> list[str]:
    name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return [t for t in re.findall(r"[a-z0-9]+", name) if t not in TITLES]


def same_speaker(gold: dict, pred: dict) -> bool:
    gs, ge = gold.get("speaker_start"), gold.get("speaker_end")
    ps, pe = pred.get("speaker_start"), pred.get("speaker_end")
    if None not in (gs, ge, ps, pe):
        try:
            if min(int(ge), int(pe)) > max(int(gs), int(ps)):
                return True
        except (TypeError, ValueError):
            pass
    g, p = tokens(gold.get("speaker")), tokens(pred.get("speaker"))
    if not g or not p or (len(g) == 1 and g[0] in PRONOUNS):
        return False
    if p[-1] in g:
        return True
    return set(g) <= set(p) or set(p) <= set(g)


def match(text: str, gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, best overlap first."""
    gs = [core(text, q["start"], q["end"]) for q in gold]
    ps = [core(text, q["start"], q["end"]) for q in pred]
    pairs = []
    for i, (g0, g1) in enumerate(gs):
        for j, (p0, p1) in enumerate(ps):
            ov = min(g1, p1) - max(g0, p0)
            longest = max(g1 - g0, p1 - p0, 1)
            if ov > 0 and ov / longest >= 0.5:
                pairs.append((ov / longest, i, j))
    used_g, used_p, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def _valid(q: dict) -> bool:
    try:
        int(q["start"]), int(q["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return True


def score(gold_records: list[dict], predictions: dict[str, list[dict]], names: bool = False) -> dict:
    """The reference scorer's figures, plus breakdowns by gold kind and by speaker method.

    names: ignore the predicted mention offsets (the reference's `--names`), so a speaker
    is right only when the resolved name is the gold person's: what the speaker column shows.
    """
    c: Counter = Counter()
    by_kind: dict[str, Counter] = {}
    by_method: dict[str, Counter] = {}
    for g in gold_records:
        text = g["text"]
        if str(g["id"]) not in predictions:
            c["missing_docs"] += 1
        pred = [
            {**q, "start": int(q["start"]), "end": int(q["end"])}
            for q in predictions.get(str(g["id"]), [])
            if _valid(q)
        ]
        if names:
            pred = [{k: v for k, v in q.items() if k not in ("speaker_start", "speaker_end")} for q in pred]
        gold = g["quotes"]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["gold_spk"] += sum(1 for q in gold if q.get("speaker"))
        c["pred_spk"] += sum(1 for q in pred if q.get("speaker"))
        for q in gold:
            by_kind.setdefault(q.get("kind") or "unknown", Counter())["gold"] += 1
        for q in pred:
            by_method.setdefault(q.get("method") or "none", Counter())["pred"] += 1
        for i, j in match(text, gold, pred):
            gq, pq = gold[i], pred[j]
            kind = by_kind[gq.get("kind") or "unknown"]
            method = by_method[pq.get("method") or "none"]
            c["match"] += 1
            kind["matched"] += 1
            if gq.get("speaker"):
                c["match_spk"] += 1
                kind["matched_with_speaker"] += 1
                method["matched_with_speaker"] += 1
                if pq.get("speaker") and same_speaker(gq, pq):
                    c["spk_ok"] += 1
                    kind["speaker_right"] += 1
                    method["speaker_right"] += 1
    qp = c["match"] / c["pred"] if c["pred"] else 0.0
    qr = c["match"] / c["gold"] if c["gold"] else 0.0
    ap = c["spk_ok"] / c["pred_spk"] if c["pred_spk"] else 0.0
    ar = c["spk_ok"] / c["gold_spk"] if c["gold_spk"] else 0.0
    figures = {
        "gold_quotes": c["gold"],
        "pred_quotes": c["pred"],
        "matched": c["match"],
        "missing_docs": c["missing_docs"],
        "quote_p": round(qp, 4),
        "quote_r": round(qr, 4),
        "quote_f1": _f1(qp, qr),
        "speaker_acc_on_matched": round(c["spk_ok"] / c["match_spk"], 4) if c["match_spk"] else 0.0,
        "attrib_p": round(ap, 4),
        "attrib_r": round(ar, 4),
        "attrib_f1": _f1(ap, ar),
    }
    figures["by_kind"] = {
        k: {
            "gold": v["gold"],
            "quote_r": round(v["matched"] / v["gold"], 4) if v["gold"] else 0.0,
            "speaker_acc_on_matched": round(v["speaker_right"] / v["matched_with_speaker"], 4)
            if v["matched_with_speaker"]
            else 0.0,
        }
        for k, v in sorted(by_kind.items())
    }
    figures["by_method"] = {
        k: {
            "pred": v["pred"],
            "speaker_acc_on_matched": round(v["speaker_right"] / v["matched_with_speaker"], 4)
            if v["matched_with_speaker"]
            else 0.0,
        }
        for k, v in sorted(by_method.items())
    }
    return figures
