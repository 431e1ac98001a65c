"""`quotedb eval`: extract quotes from a gold file's articles and score them."""
from __future__ import annotations

import json

from spacy.language import Language

from ingest.pipeline import extract

from .scoring import score


def evaluate(gold_path: str, nlp: Language, predictions_path: str | None = None) -> dict:
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    predictions = {}
    for record in gold:
        quotes = extract(record["text"], nlp)
        predictions[str(record["id"])] = [{**q.prediction(), "method": q.method} for q in quotes]
    if predictions_path:
        with open(predictions_path, "w", encoding="utf-8") as f:
            for record in gold:
                f.write(json.dumps({"id": record["id"], "quotes": predictions[str(record["id"])]}, ensure_ascii=False) + "\n")
    return score(gold, predictions)
