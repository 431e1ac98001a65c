"""The public site under attack (issue 11, points 9 to 13), through datasette.client.

- error pages cost a template render and at most one log line, never a rich traceback;
- served connections: a value's length and a result's size are bounded, and the
  database's absolute path cannot be read through pragma_database_list;
- marking the search terms is linear: a 2,500-word search is cut to its first words and
  marked in one pass, with the marks the old quadratic marking gave for normal searches;
- the scratch directory of `quotedb serve` is never one another user planted;
- CSV cells cannot start a formula, every response carries the security headers, and a
  bad ?_sort or a POST to a canned query is a 400 or a 405, never a 500.
"""
from __future__ import annotations

import csv
import importlib.util
import io
import os
import random
import re
import stat
import urllib.parse
from pathlib import Path

import pytest
import sqlite_utils
from markupsafe import Markup, escape

DB = "newsroom"


def load_plugin(name: str):
    from quotedb.paths import PLUGINS

    spec = importlib.util.spec_from_file_location(f"{name}_under_test", PLUGINS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site_plugin():
    return load_plugin("quotedb_site")


# --- 11: marking is linear ----------------------------------------------------------------

_TERM = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def reference_marked(text: str, search: str, stem) -> str | None:
    """The marking as it was before it was made linear (rows x tokens x terms), uncapped."""
    items = []
    for match in _TERM.finditer(search or ""):
        quoted, bare = match.group(1), match.group(2)
        chunk = quoted if quoted is not None else bare
        words = [w for w in _WORD.findall(chunk) if w.strip("_")]
        if words:
            items.append((words, quoted is None and bare.endswith("*")))
    if not items or not text:
        return None
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    stems = [stem(t[2]) for t in tokens]
    spans = []
    for words, prefix in items:
        wanted = [stem(w) for w in words]
        n = len(words)
        for i in range(len(tokens) - n + 1):
            ok = True
            for j in range(n):
                if prefix and j == n - 1:
                    ok = tokens[i + j][2].startswith(words[j].lower())
                else:
                    ok = stems[i + j] == wanted[j]
                if not ok:
                    break
            if ok:
                spans.append((tokens[i][0], tokens[i + n - 1][1]))
    if not spans:
        return None
    spans.sort()
    merged = [list(spans[0])]
    for s, e in spans[1:]:
        if s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, at = [], 0
    for s, e in merged:
        out.append(escape(text[at:s]))
        out.append(Markup("<mark>") + escape(text[s:e]) + Markup("</mark>"))
        at = e
    out.append(escape(text[at:]))
    return str(Markup("").join(out))


def normal_searches(texts: list[str], rng: random.Random) -> list[str]:
    """Searches a journalist types: words, prefixes, "phrases" of the texts, odd cases, mixes."""
    words = sorted({w for t in texts for w in _WORD.findall(t)})
    searches = ["wall", "WALLS", "sea wall", '"sea wall"', "tax*", "harb* strike", '"the sea"', "nothing-here", "", '"', "a*"]
    for _ in range(300):
        text = rng.choice(texts)
        tokens = _WORD.findall(text)
        if not tokens:
            continue
        i = rng.randrange(len(tokens))
        kind = rng.randrange(5)
        if kind == 0:
            searches.append(tokens[i])
        elif kind == 1:
            searches.append(tokens[i][: max(1, len(tokens[i]) // 2)] + "*")
        elif kind == 2:
            searches.append('"' + " ".join(tokens[i : i + rng.randint(2, 4)]) + '"')
        elif kind == 3:
            searches.append(" ".join(rng.sample(words, 3)))
        else:
            searches.append(f'{rng.choice(words)} "{" ".join(tokens[i:i + 2])}" {tokens[i][:3]}*'.upper())
    return searches


def test_marks_are_those_of_the_old_marking_for_normal_searches(site_plugin, site_db):
    db = sqlite_utils.Database(site_db)
    texts = [r["quote"] for r in db.query("select quote from quotes")] + [r["context"] for r in db.query("select context from quotes where context is not null")]
    db.close()
    texts += ["Sea  wall, sea", "walls walled walling wall's", "The the THE the", "<b>walls</b> & the wall"]
    searches = normal_searches(texts, random.Random(11))
    compared = marks = 0
    for search in searches:
        for text in texts:
            new = site_plugin.marked(text, search)
            assert (str(new) if new is not None else None) == reference_marked(text, search, site_plugin.stem), (text, search)
            compared += 1
            marks += new is not None
    assert compared > 5_000 and marks > 2_000, (compared, marks)


def test_a_2500_word_search_is_cut_to_its_first_words(site_plugin, site, site_db):
    rng = random.Random(2500)
    vocabulary = ["wall", "sea", "harbour", "strike", "tax", "ferry", "budget", "council", "the", "will"]
    huge = " ".join(rng.choice(vocabulary) + rng.choice(["", "s", "*", "ing"]) for _ in range(2500))
    items = site_plugin.parse_search(huge)
    assert sum(len(words) for words, _ in items) == site_plugin.MAX_SEARCH_WORDS
    assert site_plugin.fts_query(huge).count('"') == 2 * len(items)
    first = " ".join(huge.split()[: site_plugin.MAX_SEARCH_WORDS])
    text = "The sea wall: harbour strikes, taxes and the ferry budget will wall the council in. " * 40
    assert str(site_plugin.marked(text, huge)) == reference_marked(text, first, site_plugin.stem)
    # a whole quoted article as one phrase: also its first words only
    assert site_plugin.parse_search('"' + huge + '"') == [(huge.replace("*", "").split()[: site_plugin.MAX_SEARCH_WORDS], False)]
    # served: the page answers with the search cut, as a table search and as the canned query
    for path in (f"/{DB}/quotes?" + urllib.parse.urlencode({"_search": huge}), f"/{DB}/search?" + urllib.parse.urlencode({"q": huge})):
        assert site.get(path).status_code == 200


# --- 12: scratch files --------------------------------------------------------------------


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_scratch_files_never_follow_a_planted_symlink(private_tmp, site_db):
    from quotedb.serving import metadata_for

    victim = private_tmp / "victim"
    victim.mkdir()
    (private_tmp / f"quotedb-{os.getuid()}").symlink_to(victim)
    path = Path(metadata_for(str(site_db)))
    assert list(victim.iterdir()) == []
    assert victim not in path.resolve().parents
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700 and not path.parent.is_symlink()
    assert path.read_text(encoding="utf-8").startswith("title: quotedb")


def test_scratch_directory_of_another_user_is_refused(private_tmp, site_db, monkeypatch):
    from quotedb import serving

    planted = private_tmp / "quotedb-4242"
    planted.mkdir(mode=0o777)  # made by "someone else": this process will act as uid 4242
    monkeypatch.setattr(os, "getuid", lambda: 4242)
    path = Path(serving.metadata_for(str(site_db)))
    assert path.parent != planted and list(planted.iterdir()) == []
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_scratch_directory_is_made_private_and_kept(private_tmp, site_db):
    from quotedb.serving import metadata_for, scratch_directory

    first = Path(metadata_for(str(site_db)))
    assert first.parent == private_tmp / f"quotedb-{os.getuid()}"
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert scratch_directory() == str(first.parent)  # the same one, next start
