"""Fetch a URL with a time limit, turning every failure into a one-line reason."""
from __future__ import annotations

import urllib.error
import urllib.request

from .sources import SourceError

MAX_BYTES = 64 * 1024 * 1024
USER_AGENT = "quotedb (+https://pypi.org/project/quotedb)"


def fetch(url: str, timeout: float) -> tuple[bytes, str]:
    """The body and content type of a URL."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            content_type = (response.headers.get("Content-Type") or "").lower()
    except urllib.error.HTTPError as e:
        raise SourceError(f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise SourceError(f"cannot fetch: {e.reason}") from None
    except TimeoutError:
        raise SourceError(f"timed out after {timeout:g} s") from None
    except OSError as e:
        raise SourceError(f"cannot fetch: {e}") from None
    if len(data) > MAX_BYTES:
        raise SourceError("response larger than 64 MiB")
    return data, content_type
