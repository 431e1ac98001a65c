"""Result cells made by hand (quotedb/site/cells.py): escaped as Jinja's autoescape and
Markup.format escaped them, which they replace for speed."""

from __future__ import annotations

from datasette.utils import to_css_class
from markupsafe import Markup

from quotedb.site.cells import cells_by_column, link, result_rows, safe_url


def test_a_link_escapes_its_address_and_text_unless_markup():
    assert link("/db/speakers/3", "Ana & <Bo>") == '<a href="/db/speakers/3">Ana &amp; &lt;Bo&gt;</a>'
    assert link('/q?a=1&b="2"', Markup("open&nbsp;#3")) == '<a href="/q?a=1&amp;b=&#34;2&#34;">open&nbsp;#3</a>'
    assert link("/x", "twice", **{"class": "every-occurrence"}) == '<a class="every-occurrence" href="/x">twice</a>'
    # what it replaced, for the same arguments
    assert link("/q?a=1&b=<", "Wen & <x>") == Markup('<a href="{}">{}</a>').format("/q?a=1&b=<", "Wen & <x>")


def test_result_rows_are_the_template_loop_s_cells():
    rows = [[Markup('<a href="/db/quotes/1">open&nbsp;#1</a>'), "We <will> & won't", Markup("&nbsp;")], ["2", "", "3"]]
    html = result_rows(rows, ["quote_id", "quote", "odd column!"])
    first, second = html.split("\n")
    assert first == (
        '<tr><td class="col-quote_id"><a href="/db/quotes/1">open&nbsp;#1</a></td>'
        '<td class="col-quote">We &lt;will&gt; &amp; won&#39;t</td>'
        f'<td class="col-{to_css_class("odd column!")}">&nbsp;</td></tr>'
    )
    assert second.startswith('<tr><td class="col-quote_id">2</td><td class="col-quote"></td>')
    assert isinstance(html, Markup)


def test_cells_by_column_and_safe_urls():
    row = [{"column": "id", "value": 1}, {"column": "quote", "value": "x"}]
    assert cells_by_column(row) == {"id": row[0], "quote": row[1]}
    assert safe_url(" https://a.example/x ") == "https://a.example/x"
    assert safe_url("javascript:alert(1)") is None
