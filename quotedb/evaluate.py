"""`quotedb eval`: extract quotes from a gold file's articles and score them."""

from __future__ import annotations

import json

from spacy.language import Language

from ingest.pipeline import extract_many

from .scoring import score


def evaluate(
    gold_path: str, nlp: Language, predictions_path: str | None = None, jobs: int = 1, names: bool = False
) -> dict:
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    predictions = {}
    pairs = ((record["text"], str(record["id"])) for record in gold)
    for quotes, key in extract_many(pairs, nlp, n_process=jobs):
        if isinstance(quotes, Exception):
            raise quotes
        predictions[key] = [{**q.prediction(), "method": q.method} for q in quotes]
    if predictions_path:
        with open(predictions_path, "w", encoding="utf-8") as f:
            for record in gold:
                f.write(
                    json.dumps({"id": record["id"], "quotes": predictions[str(record["id"])]}, ensure_ascii=False)
                    + "\n"
                )
    return score(gold, predictions, names)
