"""RSS and Atom feeds: each entry's page becomes an article."""
from __future__ import annotations

from collections.abc import Iterator

from .sources import Item, read_url


def read_feed(text: str, defaults: dict, source: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not any(entry.get("link") for entry in feed.entries):
        yield Item(source, error="not a readable RSS or Atom feed")
        return
    outlet = defaults.get("outlet") or feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        if not link:
            # reported, not skipped silently: the summary must account for every entry
            yield Item(f"{source}[{n}]", error="feed entry without a link")
            continue
        entry_defaults = {**defaults, "outlet": outlet}
        for item in read_url(link, entry_defaults):
            if item.article is not None:
                item.article.title = item.article.title or entry.get("title")
                item.article.outlet = item.article.outlet or outlet
            yield item
