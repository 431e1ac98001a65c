"""The attribution vocabulary is closed and documented as it is (issue 14): README.md and
metadata.yml list exactly the `method` values extraction produces, every `where` value and
rule is produced somewhere, and no module compares them as free strings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import yaml

from ingest.vocabulary import CONFIDENCE, MentionKind, Method, Rule, Where

REPO = Path(__file__).resolve().parent.parent
INGEST = {path.name: path.read_text(encoding="utf-8") for path in (REPO / "ingest").glob("*.py")}


def test_readme_lists_exactly_the_methods() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    described = re.search(r"`method` \(how the speaker was found: (.*?)\), `confidence`", readme).group(1)
    assert set(re.findall(r"`(\w+)`", described)) == {m.value for m in Method}


def test_metadata_lists_exactly_the_methods() -> None:
    metadata = yaml.safe_load((REPO / "metadata.yml").read_text(encoding="utf-8"))
    described = metadata["databases"]["quotes"]["tables"]["quotes"]["columns"]["method"]
    listed = re.search(r"\((.*)\)", described).group(1)
    assert {word.strip() for word in listed.split(",")} == {m.value for m in Method}


def test_every_value_and_rule_is_produced() -> None:
    code = "".join(text for name, text in INGEST.items() if name != "vocabulary.py")
    for member in [*Where, *Method]:
        assert f"{type(member).__name__}.{member.name}" in code, member
    for rule in Rule:
        assert f"CONFIDENCE[Rule.{rule.name}]" in INGEST["attribution.py"], rule


def test_mentions_are_made_of_their_kinds_only() -> None:
    made = {kind for text in INGEST.values() for kind in re.findall(r"Mention\([^\n]*, \"(\w+)\", [^\n]*\)", text)}
    assert made == set(get_args(MentionKind))


def test_one_confidence_a_rule() -> None:
    assert set(CONFIDENCE) == set(Rule)
    assert all(0 <= value <= 1 for value in CONFIDENCE.values())


def test_no_module_matches_the_vocabulary_as_free_strings() -> None:
    values = "|".join(v.value for v in [*Where, *Method])
    loose = re.compile(rf"""(where|method)\s*(==|!=|in)\s*[(\[{{]?\s*["']({values})["']""")
    for name, text in INGEST.items():
        assert not loose.search(text), name
    # and no confidence literal in an Attribution
    assert not re.search(r"Attribution\([^)]*,\s*\d\.\d+\)", INGEST["attribution.py"])


def test_token_lemma_exists_whatever_is_imported_first() -> None:
    """attribution and mentions read token._.lemma: importing either registers it."""
    import subprocess
    import sys

    for module in ("ingest.attribution", "ingest.mentions", "ingest.component"):
        code = f"import {module}; from spacy.tokens import Token; print(Token.has_extension('lemma'))"
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "True", module
