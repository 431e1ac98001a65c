"""Datasette plugin: what every response of a public quotedb site carries or refuses.

- Security headers on every response: a Content-Security-Policy that loads scripts, styles,
  images and data from the site itself only, X-Frame-Options, X-Content-Type-Options and
  Referrer-Policy (same-origin: an article link does not tell the outlet what was searched;
  Datasette's stricter no-referrer on table and query pages is kept).
  Inline scripts run only with the response's nonce, which every `<script` written in a
  template (Datasette's, its plugins' and ours) is given when the template is loaded; a
  script that reached a page through the data (were escaping ever to fail) has none.
  'unsafe-eval' is there for datasette-vega, whose charts compile their specs with
  Function(); inline styles are allowed since the templates set colours and bar widths in
  style attributes.
- CSV exports: a cell that starts with =, +, -, @, a tab or a carriage return (and is not a
  plain number) is prefixed with ' so a spreadsheet shows it as text instead of running it
  as a formula. Datasette 0.65 has no hook for CSV cells, so the stream is rewritten here,
  record by record.
- POST (or PUT, PATCH, DELETE) to a table, view or canned query answers 405: the site has
  no writable canned query, and Datasette 0.65 answered a POST to a read-only one with a 500.
"""

from __future__ import annotations

import codecs
import contextvars
import csv
import io
import re
import secrets

import jinja2
from datasette import Response, hookimpl
from datasette.utils import tilde_decode

_nonce: contextvars.ContextVar[str] = contextvars.ContextVar("quotedb_csp_nonce", default="")

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'nonce-{nonce}' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
}
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


# --- script nonces ---------------------------------------------------------------------------

_SCRIPT_TAG = re.compile(r"<script\b", re.I)


class NonceLoader(jinja2.BaseLoader):
    """Datasette's template loader, every `<script` of a template's source given the nonce."""

    def __init__(self, inner: jinja2.BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment, template):
        source, filename, uptodate = self.inner.get_source(environment, template)
        return _SCRIPT_TAG.sub('<script nonce="{{ quotedb_csp_nonce() }}"', source), filename, uptodate

    def list_templates(self):
        return self.inner.list_templates()


@hookimpl
def startup(datasette):
    env = datasette.jinja_env
    if not isinstance(env.loader, NonceLoader):
        env.loader = NonceLoader(env.loader)
    env.globals["quotedb_csp_nonce"] = _nonce.get


# --- CSV -------------------------------------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
# a cell that may need the prefix: after a line start or a comma, perhaps inside quotes
_SUSPECT = re.compile(r'(?:^|[,\n])"?[=+\-@\t\r]')


def neutralized(cell: str) -> str:
    """cell, prefixed with ' when a spreadsheet would read it as a formula."""
    if cell.startswith(FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def records_end(text: str) -> int:
    """Where the last complete CSV record of text ends (after its line break): a line
    break ends a record when the quotes before it are balanced."""
    end = at = quotes = 0
    while (nl := text.find("\n", at)) >= 0:
        quotes += text.count('"', at, nl)
        at = nl + 1
        if quotes % 2 == 0:
            end = at
    return end


def neutralize_records(text: str) -> str:
    """Complete CSV records (Datasette writes Python's default `excel` dialect) with every
    cell neutralized; text with no suspect cell is returned as it is."""
    if not _SUSPECT.search(text):
        return text
    out = io.StringIO()
    writer = csv.writer(out)
    for row in csv.reader(io.StringIO(text, newline="")):
        writer.writerow([neutralized(cell) for cell in row])
    return out.getvalue()


class CsvNeutralizer:
    """A CSV response body, fed chunk by chunk; each call returns the records it completed."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""

    def feed(self, data: bytes, final: bool = False) -> bytes:
        text = self.pending + self.decoder.decode(data, final)
        end = len(text) if final else records_end(text)
        self.pending = text[end:]
        return neutralize_records(text[:end]).encode("utf-8")


# --- writes ----------------------------------------------------------------------------------


async def _refused_write(datasette, scope) -> bool:
    """A write method on /DB/NAME that is not a writable canned query."""
    if scope["method"] in READ_METHODS or scope["path"].startswith("/-/"):
        return False
    parts = scope["path"].strip("/").split("/")
    if len(parts) != 2:
        return False  # Datasette itself answers 405 elsewhere (/, /DB, row pages)
    try:
        database = datasette.get_database(route=tilde_decode(parts[0])).name
    except KeyError:
        return False  # a 404 from Datasette
    name = tilde_decode(parts[1])
    queries = await datasette.get_canned_queries(database, None)
    query = queries.get(name) or queries.get(name.rsplit(".", 1)[0])
    return not (query and query.get("write"))


# --- the wrapper -----------------------------------------------------------------------------


def _with_headers(headers: list, nonce: str, drop: tuple[bytes, ...] = ()) -> list:
    """The response's headers with ours set; a Referrer-Policy Datasette chose (no-referrer,
    on table and query pages, stricter than ours) is kept."""
    names = {k.lower() for k, _ in headers}
    ours = {**HEADERS, "content-security-policy": CSP.format(nonce=nonce)}
    if b"referrer-policy" in names:
        del ours["referrer-policy"]
    replaced = {k.encode() for k in ours} | set(drop)
    kept = [(k, v) for k, v in headers if k.lower() not in replaced]
    return kept + [(k.encode(), v.encode()) for k, v in ours.items()]


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def harden(scope, receive, send):
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            nonce = secrets.token_urlsafe(16)
            token = _nonce.set(nonce)
            csv_request = scope["path"].endswith(".csv")  # Datasette 0.65 has no ?_format=csv
            rewriter: list[CsvNeutralizer] = []

            async def hardened_send(message):
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers") or [])
                    content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                    drop: tuple[bytes, ...] = ()
                    if csv_request and content_type.startswith((b"text/csv", b"text/plain")):
                        rewriter.append(CsvNeutralizer())
                        drop = (b"content-length",)  # the body changes length
                    message = {**message, "headers": _with_headers(headers, nonce, drop)}
                elif message["type"] == "http.response.body" and rewriter:
                    more = message.get("more_body", False)
                    message = {**message, "body": rewriter[0].feed(message.get("body", b""), final=not more)}
                await send(message)

            try:
                if await _refused_write(datasette, scope):
                    response = Response.text("This site is read-only.", status=405, headers={"Allow": "GET, HEAD"})
                    return await response.asgi_send(hardened_send)
                await app(scope, receive, hardened_send)
            finally:
                _nonce.reset(token)

        return harden

    return wrap
