"""Datasette plugin: error pages that cost a template render and at most one log line.

Datasette 0.65's own handler prints a rich traceback with every frame's locals whenever
`rich` can be imported (spaCy brings it): 0.26-0.49 s of blocked event loop and 16 KB of
log for each 404, so a few clients asking for missing pages stalled every other request.
That handler is blocked here and this one answers instead: the same JSON or HTML error
page, no traceback, and one line on stderr for a server error (5xx). A 4xx is the client's
doing and already has its line in the server's access log.

In Datasette 0.65 a DatasetteError left at its default status (500) is always raised for
the request's own parameters (?_sort= or ?_sort_desc= naming no sortable column, both at
once, a bad ?_through=): those answer 400.
"""

from __future__ import annotations

import re
import sqlite3
import sys

from datasette import Response, hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup

DATASETTE_HANDLER = "datasette.handle_exception"

# blocking unregisters it and keeps it out should the default plugins be loaded again
pm.set_blocked(DATASETTE_HANDLER)


def one_line(text: str) -> str:
    """text on one line, so no error can write more than one line to the log."""
    return " ".join(str(text).split())


_SCRIPT_TAG = re.compile(r"<script\b", re.I)


def with_nonce(message: Markup, nonce: str) -> Markup:
    """An HTML message Datasette wrote (the "SQL interrupted" page sizes its textarea with
    an inline script; the SQL in it is escaped) with the page's script nonce, as the
    hardening plugin gives the scripts of templates."""
    return Markup(_SCRIPT_TAG.sub(f'<script nonce="{nonce}"', str(message))) if nonce else message


def status_and_message(exception: BaseException) -> tuple[int, str | Markup, str | None, dict]:
    """(status, message, title, extra JSON fields) of the page answering `exception`."""
    if isinstance(exception, Base400):
        return exception.status, exception.args[0] if exception.args else "", None, {}
    if isinstance(exception, DatasetteError):
        message = Markup(exception.message) if exception.message_is_html else exception.message
        status = 400 if exception.status == 500 else exception.status
        return status, message, exception.title, dict(exception.error_dict)
    if isinstance(exception, sqlite3.DataError):
        # "string or blob too big": a value past the served connections' length limit
        return 400, str(exception), "Result too large", {}
    return 500, str(exception), None, {}


@hookimpl(trylast=True)
def handle_exception(datasette, request, exception):
    async def inner():
        status, message, title, info = status_and_message(exception)
        if status >= 500:
            sys.stderr.write(
                one_line(f"ERROR {status} {request.method} {request.path}: {type(exception).__name__}: {exception}")
                + "\n"
            )
            sys.stderr.flush()
        nonce = datasette.jinja_env.globals.get("quotedb_csp_nonce", lambda: "")()
        if isinstance(message, Markup):
            message = with_nonce(message, nonce)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(
            dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [])
        )
        return Response.html(html, status=status, headers=headers)

    return inner
