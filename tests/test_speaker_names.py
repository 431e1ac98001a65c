"""Every speaker name stored after ingesting both dev files is a name (issue 10's rules, tests/name_rules.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from name_rules import problems

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
DEV_FILES = [SHARED / "dev.jsonl", SHARED / "dev-ggt.jsonl"]


@pytest.mark.parametrize(
    "name",
    [
        "Helena Varga",
        "Ray Mabus Jr.",
        "Dr. Amara Lindqvist",
        "C.L. Otter",
        "The Millbrook Ledger",
        "the utility",
        "NATO",
        "Price",
        "RNC’s powerful rules committee",
    ],
)
def test_names_that_pass(name):
    assert problems(name) == []


@pytest.mark.parametrize(
    "name",
    [
        "... at the harbour. Varga",
        "March. Reyes",
        "Ledger. Ledger",
        "Oduya. Oduya",
        "Ledger\nVarga",
        "COSTS UNDER REVIEW",
        "LONDON",
        "Thursday",
        "daily",
        "The",
        "Said Hale",
        "he",
        "Mark “Tiny” Oduya",
        "Huffington Post’s Scott Conroy",
    ],
)
def test_names_that_fail(name):
    assert problems(name)


@pytest.mark.skipif(not all(p.exists() for p in DEV_FILES), reason="../shared/eval is absent (a fresh clone)")
def test_every_speaker_of_the_dev_files_is_a_name(tmp_path):
    from click.testing import CliRunner

    from quotedb.cli import cli

    db_path = tmp_path / "dev.db"
    result = CliRunner().invoke(cli, ["ingest", str(db_path), *map(str, DEV_FILES)])
    assert result.exit_code == 0, result.output
    rows = list(sqlite_utils.Database(db_path).query("select name, kind from speakers"))
    assert len(rows) > 500
    assert {r["kind"] for r in rows} == {"person", "organisation"}
    bad = {r["name"]: problems(r["name"]) for r in rows if problems(r["name"])}
    assert bad == {}
