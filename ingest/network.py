"""Every request quotedb makes: http(s) only, to public addresses or hosts the user named,
within one deadline and one size limit per fetch, each failure a one-line reason.

A feed or page is a document from anyone on the web, so nothing it links to is trusted:
only `http` and `https` are fetched (never `file:`, `ftp:` or `data:`), and a link or a
redirect to a loopback, private, link-local or reserved address is refused unless the user
typed that host on the command line. The check runs on every address the host resolves to,
before connecting, and again on the address actually connected to, at every redirect hop.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field

from .records import SourceError

MAX_BYTES = 64 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "quotedb (+https://pypi.org/project/quotedb)"
SCHEMES = ("http", "https")


@dataclass
class Fetched:
    url: str  # after redirects
    body: bytes
    content_type: str


@dataclass
class Policy:
    """Which hosts may be on a private address: those the user typed. Everything else must
    resolve to public addresses only."""

    trusted_hosts: set[str] = field(default_factory=set)

    @classmethod
    def typed(cls, sources: Iterable[str]) -> Policy:
        """The policy for a command line: the hosts of the URLs on it are trusted."""
        hosts = set()
        for source in sources:
            try:
                host = urllib.parse.urlsplit(source).hostname if source.startswith(("http://", "https://")) else None
            except ValueError:
                host = None
            if host:
                hosts.add(host.lower())
        return cls(hosts)

    def trusts(self, host: str) -> bool:
        return host.lower() in self.trusted_hosts


def check_url(url: str) -> urllib.parse.SplitResult:
    """The parts of a URL quotedb will fetch, or the reason it will not."""
    bad = next((c for c in url if ord(c) <= 0x20 or ord(c) == 0x7F), None)
    if bad is not None:
        raise SourceError(f"bad URL: it holds {'a space' if bad == ' ' else 'a control character'} ({bad!r})")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- parsed here so a bad port is refused here
    except ValueError as e:
        raise SourceError(f"bad URL: {e}") from None
    if parts.scheme.lower() not in SCHEMES:
        scheme = f"{parts.scheme}:" if parts.scheme else "a relative link"
        raise SourceError(f"not fetched: only http and https links are followed, not {scheme}")
    if not parts.hostname:
        raise SourceError("bad URL: no host")
    return parts


def check_address(host: str, address: str) -> None:
    """Refuse an address that is not on the public internet."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_private or ip.is_loopback or ip.is_link_local:
        raise SourceError(
            f"not fetched: {host} is at {ip}, a private or reserved address (only hosts you name yourself may be)"
        )


def check_host(parts: urllib.parse.SplitResult, policy: Policy) -> None:
    """Refuse a host that resolves to any private or reserved address, unless trusted."""
    host = parts.hostname or ""
    if policy.trusts(host):
        return
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise SourceError(f"cannot fetch: cannot resolve {host}: {e}") from None
    for info in infos:
        check_address(host, info[4][0])


class _Deadline:
    """One fetch's time limit, over connecting, redirects, headers and body together:
    a socket timeout only bounds each read, and a server sending a byte every few
    seconds never trips it (measured: 46 s against a 20 s timeout)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.sockets: list[socket.socket] = []
        self.expired = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise SourceError(f"timed out after {self.seconds:g} s")
        return left

    def _expire(self) -> None:
        # a read blocked in another frame ends now: shutting the socket down wakes it with EOF
        self.expired = True
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cancel(self) -> None:
        self._timer.cancel()


class _Guard:
    """What every connection and redirect of one fetch is checked against."""

    def __init__(self, policy: Policy, deadline: _Deadline) -> None:
        self.policy = policy
        self.deadline = deadline

    def connected(self, sock: socket.socket, host: str) -> None:
        # the address actually connected to: a name that resolved to a public address for
        # check_host and to a private one a moment later (DNS rebinding) is caught here
        self.deadline.sockets.append(sock)
        try:
            sock.settimeout(self.deadline.remaining())
            if not self.policy.trusts(host):
                check_address(host, sock.getpeername()[0])
        except SourceError:
            sock.close()
            raise


def _checked(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    class Checked(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args, guard: _Guard, **kwargs) -> None:  # type: ignore[no-untyped-def]
            kwargs["timeout"] = guard.deadline.remaining()
            super().__init__(*args, **kwargs)
            self._guard = guard

        def connect(self) -> None:
            super().connect()
            self._guard.connected(self.sock, self.host)

    return Checked


_CheckedHTTP = _checked(http.client.HTTPConnection)
_CheckedHTTPS = _checked(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_CheckedHTTP, guard=self.guard), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_CheckedHTTPS, guard=self.guard), req, context=self._context)  # type: ignore[attr-defined]


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Each hop's URL is checked like a link before it is followed."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        try:
            parts = check_url(newurl)
            check_host(parts, self.guard.policy)
        except SourceError as e:
            fp.close()
            raise SourceError(f"redirect to {newurl[:200]} refused: {e}") from None
        self.guard.deadline.remaining()
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float, policy: Policy) -> Fetched:
    """The body and content type of a URL, fetched within `timeout` seconds in all."""
    parts = check_url(url)
    check_host(parts, policy)
    deadline = _Deadline(timeout)
    guard = _Guard(policy, deadline)
    # no ProxyHandler: a proxy from the environment would be the peer every check sees
    opener = urllib.request.OpenerDirector()
    for handler in (
        _HTTPHandler(guard),
        _HTTPSHandler(guard),
        _RedirectHandler(guard),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=deadline.remaining()) as response:
            body = _read_body(response, guard)
            return Fetched(response.geturl(), body, (response.headers.get("Content-Type") or "").lower())
    except SourceError:
        raise
    except urllib.error.HTTPError as e:
        raise SourceError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, SourceError):
            raise e.reason from None
        if deadline.expired or isinstance(e.reason, TimeoutError):
            raise SourceError(f"timed out after {timeout:g} s") from None
        raise SourceError(f"cannot fetch: {e.reason}") from None
    except TimeoutError:
        raise SourceError(f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as e:
        # a bad status line, too many or too long headers, a broken chunk, a bad URL
        if deadline.expired:
            raise SourceError(f"timed out after {timeout:g} s") from None
        raise SourceError(f"cannot fetch: {type(e).__name__}: {str(e)[:200]}".rstrip(": ")) from None
    finally:
        deadline.cancel()


def _read_body(response: http.client.HTTPResponse, guard: _Guard) -> bytes:
    """The whole body, read a piece at a time against the deadline and the size limit;
    a body shorter than its Content-Length is an error, not a page."""
    declared = response.headers.get("Content-Length")
    chunks: list[bytes] = []
    size = 0
    while True:
        left = guard.deadline.remaining()
        for sock in guard.deadline.sockets:
            if sock.fileno() >= 0:  # the sockets of earlier redirect hops are closed
                sock.settimeout(left)
        chunk = response.read1(65536)
        if not chunk:
            break
        size += len(chunk)
        if size > MAX_BYTES:
            raise SourceError(f"response larger than {MAX_BYTES // (1024 * 1024)} MiB")
        chunks.append(chunk)
    if guard.deadline.expired:
        raise SourceError(f"timed out after {guard.deadline.seconds:g} s")
    if declared is not None and not response.chunked:
        try:
            expected = int(declared)
        except ValueError:
            raise SourceError(f"cannot fetch: bad Content-Length {declared[:40]!r}") from None
        if size < expected:
            raise SourceError(f"response cut short: {size:,} of {expected:,} bytes")
    return b"".join(chunks)
