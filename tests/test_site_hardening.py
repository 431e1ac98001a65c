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
import importlib
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
    return importlib.import_module(f"quotedb.plugins.{name}")


@pytest.fixture(scope="module")
def site_plugin():
    from quotedb.site import search

    return search


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
    searches = [
        "wall",
        "WALLS",
        "sea wall",
        '"sea wall"',
        "tax*",
        "harb* strike",
        '"the sea"',
        "nothing-here",
        "",
        '"',
        "a*",
    ]
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
            searches.append(f'{rng.choice(words)} "{" ".join(tokens[i : i + 2])}" {tokens[i][:3]}*'.upper())
    return searches


def test_marks_are_those_of_the_old_marking_for_normal_searches(site_plugin, site_db):
    db = sqlite_utils.Database(site_db)
    texts = [r["quote"] for r in db.query("select quote from quotes")] + [
        r["context"] for r in db.query("select context from quotes where context is not null")
    ]
    db.close()
    texts += ["Sea  wall, sea", "walls walled walling wall's", "The the THE the", "<b>walls</b> & the wall"]
    searches = normal_searches(texts, random.Random(11))
    compared = marks = 0
    for search in searches:
        for text in texts:
            new = site_plugin.marked(text, search)
            assert (str(new) if new is not None else None) == reference_marked(text, search, site_plugin.stem), (
                text,
                search,
            )
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
    assert site_plugin.parse_search('"' + huge + '"') == [
        (huge.replace("*", "").split()[: site_plugin.MAX_SEARCH_WORDS], False)
    ]
    # served: the page answers with the search cut, as a table search and as the canned query
    for path in (
        f"/{DB}/quotes?" + urllib.parse.urlencode({"_search": huge}),
        f"/{DB}/search?" + urllib.parse.urlencode({"q": huge}),
    ):
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


# --- 9: error pages -----------------------------------------------------------------------

ERRORS = [
    "/nope",
    f"/{DB}/nope",
    f"/{DB}/quotes/999999",
    f"/{DB}/nope.json",
    "/-/static/nope.css",
    f"/{DB}/quotes?_sort=nosuch",
]


def test_errors_write_no_traceback(site, capfd):
    capfd.readouterr()
    statuses = [site.get(path).status_code for path in ERRORS * 5]
    out, err = capfd.readouterr()
    assert set(statuses) == {404, 400}
    log = out + err
    # Datasette 0.65 wrote ~200 lines (a rich traceback with locals) for each of these
    assert log.count("\n") <= len(statuses) and "Traceback" not in log and "locals" not in log, log[:2000]


def test_a_server_error_is_one_log_line(site, capfd):
    from datasette.plugins import pm
    from datasette.utils.asgi import Request

    errors = load_plugin("error_pages")
    assert pm.get_plugin(errors.DATASETTE_HANDLER) is None  # the rich-traceback handler is out
    capfd.readouterr()
    exception = RuntimeError("boom\n  with a second line")
    response = site.loop.run(errors.handle_exception(site.datasette, Request.fake("/x/y.json"), exception)())
    out, err = capfd.readouterr()
    assert response.status == 500 and '"error": "boom' in response.body
    assert out == "" and err == "ERROR 500 GET /x/y.json: RuntimeError: boom with a second line\n"


def test_bad_sort_is_a_400(site):
    for args in ("_sort=nosuch", "_sort_desc=nosuch", "_sort=quote&_sort_desc=quote"):
        for path in (f"/{DB}/quotes?{args}", f"/{DB}/quotes.json?{args}", f"/{DB}/quotes.csv?{args}"):
            response = site.get(path)
            assert response.status_code == 400, (path, response.status_code)
    assert "Cannot sort table by nosuch" in site.get(f"/{DB}/quotes?_sort=nosuch").text


# --- 10: what a query may cost or reveal ----------------------------------------------------


def sql(query: str, fmt: str = "json") -> str:
    return f"/{DB}.{fmt}?" + urllib.parse.urlencode({"sql": query})


def many(rows: int, value: str) -> str:
    return f"with recursive c(x) as (select 1 union all select x + 1 from c limit {rows}) select {value} as v from c"


def test_a_huge_value_is_refused(site):
    response = site.get(sql("select zeroblob(100000000)"))
    assert response.status_code == 400 and len(response.content) < 100_000
    assert "too big" in response.json()["error"]
    response = site.get(sql("select length(replace(hex(zeroblob(50000000)), '0', 'x')) as n"))
    assert response.status_code == 400
    assert site.get(sql("select length(zeroblob(1000000)) as n") + "&_shape=array").json() == [{"n": 1000000}]


def test_a_huge_result_is_refused(site):
    # 40 values of 1 MB each: every one under the length limit, 40 MB together
    for fmt in ("json", "csv"):
        response = site.get(sql(many(40, "zeroblob(1000000)"), fmt))
        assert len(response.content) < 100_000, fmt
    response = site.get(sql(many(40, "zeroblob(1000000)")))
    assert response.status_code == 400 and "result too large" in response.json()["error"]
    assert site.get(sql(many(40, "zeroblob(100000)"))).status_code == 200  # 4 MB is fine


def test_the_database_path_cannot_be_read(site, site_db):
    for query in (
        "select * from pragma_database_list",
        "select file from pragma_database_list()",
        "select file from main.PRAGMA_DATABASE_LIST",
        "with d as (select * from pragma_database_list) select group_concat(file) from d",
        "select (select file from pragma_database_list) as f",
    ):
        response = site.get(sql(query))
        assert response.status_code == 400, query
        assert str(site_db.parent) not in response.text and "prohibited" in response.json()["error"], response.text[
            :500
        ]
    # Datasette's own introspection (PRAGMA database_list for attached databases) still works
    assert site.get(f"/{DB}").status_code == 200 and site.get(f"/{DB}.json").status_code == 200
    assert site.get(sql("select name from pragma_table_info('outlets')") + "&_shape=array").json()[:2] == [
        {"name": "id"},
        {"name": "name"},
    ]


@pytest.fixture(scope="module")
def longest(tmp_path_factory, make_site):
    """One article of the longest text an ingest stores, in 4-byte characters: 2 MB of UTF-8."""
    from db.store import Store, open_db
    from ingest.records import Article, Quote
    from ingest.sources import MAX_ARTICLE_CHARS

    path = tmp_path_factory.mktemp("longest") / "longest.db"
    store = Store(open_db(str(path)), "test-1")
    quote = "=SUM(A1:A9) is what the ledger said"
    text = f'"{quote}," said Ada Rook. ' + "\U0001f30a" * (MAX_ARTICLE_CHARS - len(quote) - 20)
    store.save(
        Article(text=text, title="-2+3 tide", outlet="@Harbour"),
        [Quote(quote=quote, start=1, end=1 + len(quote), speaker="Ada Rook", cue="said")],
    )
    store.finish()
    store.db.close()
    return make_site(path)


def test_the_longest_article_is_still_served(longest):
    assert longest.get("/longest/articles/1").status_code == 200
    [row] = longest.get("/longest/articles.json?_shape=array").json()
    size = (len(row["text"]), len(row["text"].encode("utf-8")))
    assert size[0] > 499_000 and size[1] > 1_990_000, size
    assert longest.get("/longest/articles?_sort=published").status_code == 200


# --- 13: CSV cells, headers, methods --------------------------------------------------------


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200, response.text[:500]
    return list(csv.reader(io.StringIO(response.text, newline="")))


def test_csv_cells_cannot_start_a_formula(site, longest):
    query = "select '=HYPERLINK(\"http://x\")' as a, '+1+1' as b, '-2+3' as c, '@SUM(A1)' as \"=d\", -5 as n, '-1.5' as s, 'plain - text' as p, char(9) || '=x' as t, 'a' || char(10) || '=b' as m"
    expected = [
        ["a", "b", "c", "'=d", "n", "s", "p", "t", "m"],
        ['\'=HYPERLINK("http://x")', "'+1+1", "'-2+3", "'@SUM(A1)", "-5", "-1.5", "plain - text", "'\t=x", "a\n=b"],
    ]
    for extra in ("", "&_dl=1", "&_stream=1"):
        assert csv_rows(site.get(sql(query, "csv") + extra)) == expected
    [header, row] = csv_rows(longest.get("/longest/quotes.csv?_col=quote"))
    assert row[header.index("quote")] == "'=SUM(A1:A9) is what the ledger said"
    [header, row] = csv_rows(longest.get("/longest/articles.csv?_stream=1&_col=title&_col=outlet_id&_labels=on"))
    assert row[header.index("title")] == "'-2+3 tide" and row[header.index("outlet_id_label")] == "'@Harbour"


def test_csv_rewriting_holds_across_chunks():
    hardening = load_plugin("hardening")
    text = 'a,b\r\n"=x, ""y""\r\n+z",-1\r\n@é🌊,"line\nbreak"\r\n'
    expected = 'a,b\r\n"\'=x, ""y""\r\n+z",-1\r\n\'@é🌊,"line\nbreak"\r\n'
    data = text.encode("utf-8")
    for size in (1, 2, 3, 7, len(data)):
        rewriter = hardening.CsvNeutralizer()
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        out = b"".join(rewriter.feed(chunk, final=i == len(chunks) - 1) for i, chunk in enumerate(chunks))
        assert out.decode("utf-8") == expected, size
    untouched = "id,quote\r\n1,plain\r\n"
    assert hardening.neutralize_records(untouched) is untouched


HEADER_PATHS = [
    "/",
    f"/{DB}",
    f"/{DB}/quotes",
    f"/{DB}/quotes.json",
    f"/{DB}/quotes.csv",
    f"/{DB}/search?q=wall",
    f"/{DB}/quotes/1",
    f"/{DB}/speakers/1",
    "/-/search?q=wall",
    "/-/static/app.css",
    "/-/versions.json",
    "/nope",
    f"/{DB}/quotes?_sort=nosuch",
]


def test_security_headers_on_every_response(site):
    nonces = set()
    for path in HEADER_PATHS:
        response = site.get(path)
        headers = response.headers
        assert headers["x-frame-options"] == "DENY", path
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] in ("same-origin", "no-referrer"), path
        policy = dict(d.strip().split(" ", 1) for d in headers["content-security-policy"].split(";"))
        assert (
            policy["default-src"] == "'self'"
            and policy["frame-ancestors"] == "'none'"
            and policy["object-src"] == "'none'"
        )
        sources = " ".join(policy.values()).split()
        assert not [
            s
            for s in sources
            if "://" in s or s in ("*", "http:", "https:", "'unsafe-inline'") and s not in policy["style-src"].split()
        ]
        nonce = re.search(r"'nonce-([^']+)'", policy["script-src"]).group(1)
        nonces.add(nonce)
        if headers["content-type"].startswith("text/html"):
            tags = re.findall(r"<script\b[^>]*>", response.text)
            assert tags and all(f'nonce="{nonce}"' in tag for tag in tags), (path, tags)
    assert len(nonces) == len(HEADER_PATHS)  # a new nonce for every response


def test_a_script_from_the_data_gets_no_nonce(site, corpus):
    response = site.get(f"/{DB}/quotes?_search=comment+box")
    assert corpus.XSS_QUOTE not in response.text and "&lt;script&gt;" in response.text  # escaped, as before
    nonce = re.search(r"'nonce-([^']+)'", response.headers["content-security-policy"]).group(1)
    assert response.text.count(f'nonce="{nonce}"') == len(re.findall(r"<script\b", response.text))


def test_writes_to_tables_views_and_canned_queries_are_405(site):
    client = site.datasette.client
    for path in (
        f"/{DB}/search",
        f"/{DB}/search.json",
        f"/{DB}/who_said",
        f"/{DB}/quotes",
        f"/{DB}/speaker_summary",
        f"/{DB}/quotes.json",
        f"/{DB}/quotes/1",
        "/",
        f"/{DB}",
    ):
        for method in ("post", "put", "delete"):
            response = site.loop.run(getattr(client, method)(path))
            assert response.status_code == 405, (method, path, response.status_code)
    response = site.loop.run(client.post(f"/{DB}/search", data={"q": "wall"}))
    assert response.status_code == 405 and "GET" in response.headers["allow"]
    assert site.get(f"/{DB}/search?q=wall").status_code == 200
