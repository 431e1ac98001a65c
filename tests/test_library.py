"""quotedb as a Python library (issue 14): `quotedb.ingest`, `quotedb.rebuild` and
`quotedb.extract`, and the spaCy component `nlp.add_pipe("quotedb")`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_ingest import FERRY, HARBOUR, LIBRARY, nlp, rows  # noqa: F401  (nlp: fixture)


def test_import_quotedb_loads_no_spacy() -> None:
    code = "import sys, quotedb; quotedb.ingest; quotedb.Summary; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_ingest_and_rebuild_from_python(tmp_path: Path, nlp) -> None:  # noqa: F811
    import quotedb

    (tmp_path / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (tmp_path / "library.txt").write_text(LIBRARY, encoding="utf-8")
    db = tmp_path / "news.db"
    lines: list[str] = []
    summary = quotedb.ingest(
        db,
        [str(tmp_path / "harbour.txt"), str(tmp_path / "gone.txt")],
        outlet="The Ledger",
        model=nlp,
        report=lines.append,
    )
    assert (summary.read, summary.new, summary.failed, summary.quotes) == (2, 1, 1, 2)
    assert lines == [f"error: {tmp_path / 'gone.txt'}: no such file or directory", summary.line(2)]
    assert rows(db, "select name from outlets") == [{"name": "The Ledger"}]
    again = quotedb.ingest(db, [str(tmp_path / "harbour.txt")], model=nlp, report=lines.append)
    assert (again.unchanged, again.new) == (1, 0)

    summary, swapped = quotedb.rebuild(db, [str(tmp_path / "library.txt")], model=nlp, report=lines.append)
    assert swapped and summary.new == 1
    assert rows(db, "select source from articles") == [{"source": "library.txt"}]


def test_extract_a_text_or_an_article(nlp) -> None:  # noqa: F811
    import quotedb

    quotes = quotedb.extract(FERRY, model=nlp)
    assert [(q.quote, q.speaker, q.cue, q.kind, q.method) for q in quotes] == [
        ("Islanders have waited ten years for this,", "Ivo Serrano", "said", "direct", "name")
    ]
    assert quotedb.extract(quotedb.Article(text=FERRY), model=nlp) == quotes


def test_spacy_component_sets_doc_quotes(nlp) -> None:  # noqa: F811
    # a pipeline of its own, not quotedb's trimmed one: the model as shipped plus the component
    from ingest.nlp import load

    pipeline = load(as_shipped=True)
    assert "quotedb" not in pipeline.pipe_names
    pipeline.add_pipe("quotedb")
    try:
        doc = pipeline(HARBOUR)
        found = [(q.text, q._.speaker, q._.cue.text, q._.kind, q._.method, q._.confidence) for q in doc._.quotes]
        assert found == [
            ("We will build the quay by spring,", "Edda Varga", "said", "direct", "name", 0.9),
            ("It is a waste of money,", "Tomas Brenner", "said", "direct", "name", 0.9),
        ]
        assert doc._.quotes[0]._.speaker_span.text == "Varga"
    finally:
        pipeline.remove_pipe("quotedb")


def test_component_is_found_through_the_entry_point() -> None:
    """A fresh interpreter that never imports quotedb finds the factory by name."""
    code = "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('quotedb'); print(nlp.pipe_names)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "['quotedb']", out.stderr


@pytest.mark.parametrize("name", ["ingest", "rebuild", "extract"])
def test_library_functions_are_documented(name: str) -> None:
    import inspect

    import quotedb

    function = getattr(quotedb, name)
    assert function.__doc__ and len(function.__doc__.split()) > 15
    assert inspect.signature(function).return_annotation != inspect.Signature.empty
