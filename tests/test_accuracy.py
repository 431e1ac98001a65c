"""Accuracy on the seed articles, the demo corpus and the dev file; the scorer against the reference."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from ingest.nlp import load
from ingest.pipeline import extract
from quotedb.evaluate import evaluate
from quotedb.paths import DEMO_ARTICLES
from quotedb.scoring import score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared is absent (a fresh clone)")

# The accuracy targets on dev.jsonl (issue 10, README): quote_f1 0.97 and attrib_f1 0.92, reached
# (0.9723 / 0.9271); the parse is deterministic, so the extractor must not fall below them.
DEV_FLOOR = {"quote_f1": 0.97, "attrib_f1": 0.92}


@pytest.fixture(scope="module")
def nlp():
    return load()


@needs_shared
def test_seed_articles(nlp):
    figures = evaluate(str(SHARED / "seeds" / "gold.jsonl"), nlp)
    assert figures["gold_quotes"] == 19
    assert figures["matched"] == 19
    assert figures["speaker_acc_on_matched"] * 19 >= 18


@needs_shared
def test_seed_speakers_by_full_name(nlp):
    gold = [json.loads(line) for line in open(SHARED / "seeds" / "gold.jsonl", encoding="utf-8")]
    right = 0
    for record in gold:
        found = {(q.start, q.end): q.speaker for q in extract(record["text"], nlp)}
        for q in record["quotes"]:
            right += found.get((q["start"], q["end"])) == q["speaker"]
    assert right >= 18


@needs_shared
def test_dev_floor(nlp, tmp_path):
    figures = evaluate(str(SHARED / "eval" / "dev.jsonl"), nlp, str(tmp_path / "pred.jsonl"))
    for name, floor in DEV_FLOOR.items():
        assert figures[name] >= floor, (name, figures[name])
    # quotedb eval reports the reference scorer's own figures
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "eval" / "score.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    expected = reference.score(str(SHARED / "eval" / "dev.jsonl"), str(tmp_path / "pred.jsonl"))
    assert {k: figures[k] for k in expected} == expected


# By name on dev-ggt.jsonl (README): just under what finding and resolving reach (quote_f1 0.9675,
# attrib_f1 0.9297), above issue 10's targets (0.96 / 0.90), so a regression in either fails.
GGT_FLOOR = {"quote_f1": 0.96, "attrib_f1": 0.92}


def _reference():
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "eval" / "score.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    return reference


@needs_shared
def test_dev_ggt_by_name(nlp, tmp_path):
    """`quotedb eval --names` on dev-ggt: the reference scorer's `--names` figures, the breakdown
    by kind and method beside them, and a floor on resolving speakers to full names."""
    gold = str(SHARED / "eval" / "dev-ggt.jsonl")
    figures = evaluate(gold, nlp, str(tmp_path / "pred.jsonl"), names=True)
    expected = _reference().score(gold, str(tmp_path / "pred.jsonl"), names=True)
    assert {k: figures[k] for k in expected} == expected
    assert set(figures["by_kind"]) >= {"direct", "partial"} and "name" in figures["by_method"]
    for name, floor in GGT_FLOOR.items():
        assert figures[name] >= floor, (name, figures[name])


# By name on bench/heldout (our own fictional articles, written blind to the rules; README):
# under what this version reaches (quote_f1 0.9798, attrib_f1 0.9119). It is in the
# repository, so it runs on a fresh clone too.
HELDOUT = Path(__file__).resolve().parents[1] / "bench" / "heldout" / "heldout.jsonl"
HELDOUT_FLOOR = {"quote_f1": 0.97, "attrib_f1": 0.895}


def test_heldout_by_name(nlp, tmp_path):
    figures = evaluate(str(HELDOUT), nlp, str(tmp_path / "pred.jsonl"), names=True)
    assert figures["gold_quotes"] == 291
    for name, floor in HELDOUT_FLOOR.items():
        assert figures[name] >= floor, (name, figures[name])


def test_scorer_by_name_ignores_mention_offsets():
    """--names: a mention overlapping the gold one counts only when the name resolved is right."""
    text = 'Varga said, "We will win." He added: "Soon."'
    gold = [
        {
            "id": "a",
            "text": text,
            "quotes": [
                {
                    "quote": "We will win.",
                    "start": 13,
                    "end": 25,
                    "speaker": "Helena Varga",
                    "speaker_start": 0,
                    "speaker_end": 5,
                },
                {
                    "quote": "Soon.",
                    "start": 38,
                    "end": 43,
                    "speaker": "Helena Varga",
                    "speaker_start": 27,
                    "speaker_end": 29,
                },
            ],
        }
    ]
    pred = {
        "a": [
            {
                "quote": "We will win.",
                "start": 13,
                "end": 25,
                "speaker": "Helena Varga",
                "speaker_start": 0,
                "speaker_end": 5,
            },
            {
                "quote": "Soon.",
                "start": 38,
                "end": 43,
                "speaker": "Dmitri Hale",
                "speaker_start": 27,
                "speaker_end": 29,
            },
        ]
    }
    assert score(gold, pred)["attrib_f1"] == 1.0
    assert score(gold, pred, names=True)["attrib_f1"] == 0.5


def test_scorer_on_a_small_case():
    text = 'Varga said, "We will win." He added: "Soon."'
    gold = [
        {
            "id": "a",
            "text": text,
            "quotes": [
                {
                    "quote": "We will win.",
                    "start": 13,
                    "end": 25,
                    "speaker": "Varga",
                    "speaker_start": 0,
                    "speaker_end": 5,
                    "kind": "direct",
                },
                {
                    "quote": "Soon.",
                    "start": 38,
                    "end": 43,
                    "speaker": "He",
                    "speaker_start": 27,
                    "speaker_end": 29,
                    "kind": "direct",
                },
            ],
        }
    ]
    pred = {
        "a": [
            {"quote": "We will win.", "start": 13, "end": 25, "speaker": "Helena Varga"},
            {
                "quote": "Soon.",
                "start": 38,
                "end": 43,
                "speaker": "Helena Varga",
                "speaker_start": 27,
                "speaker_end": 29,
            },
        ]
    }
    figures = score(gold, pred)
    assert (figures["quote_f1"], figures["attrib_f1"], figures["speaker_acc_on_matched"]) == (1.0, 1.0, 1.0)


def _demo_extractions(nlp) -> dict[str, tuple[list[dict], list]]:
    from ingest.sources import read_sources

    expected = {}
    for line in open(DEMO_ARTICLES.parent / "expected.jsonl", encoding="utf-8"):
        record = json.loads(line)
        expected[record["file"]] = record["quotes"]
    return {
        Path(item.name).name: (expected[Path(item.name).name], extract(item.article.text, nlp))
        for item in read_sources([str(DEMO_ARTICLES)])
    }


@pytest.fixture(scope="module")
def demo(nlp):
    return _demo_extractions(nlp)


# Coined terms in a sentence credited with `according to`: the reader cannot tell them from a
# partial quotation of the source (PolNeAR counts such words as quotations), so they stay.
KNOWN_EXTRA = {("03-council-splits-ferry-strike.md", "reset"), ("10-seagrass-storm-waves.md", "blue box")}


def _demo_cases() -> list:
    cases = []
    for line in open(DEMO_ARTICLES.parent / "expected.jsonl", encoding="utf-8"):
        record = json.loads(line)
        for g in record["quotes"]:
            cases.append(
                pytest.param(record["file"], g["quote"], g["speaker"], id=f"{record['file'][:2]}:{g['quote'][:30]}")
            )
    return cases


@pytest.mark.parametrize("file, quote, speaker", _demo_cases())
def test_demo_quotation_found_and_credited(demo, file, quote, speaker):
    """Every expected quotation of the sample articles is found and credited to the expected speaker."""
    gold, quotes = demo[file]
    found = [q for q in quotes if q.quote == quote]
    assert found, f"not found: {quote!r}"
    assert found[0].speaker == speaker


def test_demo_corpus_has_no_extra_rows(demo):
    """Titles, nicknames and scare quotes of the sample articles are not stored."""
    extra = []
    for file, (gold, quotes) in demo.items():
        extra += [(file, q.quote) for q in quotes if q.quote not in {g["quote"] for g in gold}]
    assert set(extra) <= KNOWN_EXTRA
