"""A column facet that also counts the rows whose value is empty.

Datasette's column facet leaves out NULL (`where col is not null`), so the quotations no
speaker was found for had no facet value: a journalist could not see how many there are
nor pick them. In metadata.yml, `- with_unknown: speaker_id` gives the usual facet plus
one value, "unknown speaker", counting the NULL rows under the current filters and
toggling `?speaker_id__isnull=1`.
"""
from __future__ import annotations

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

UNKNOWN_LABELS = {"speaker_id": "unknown speaker", "outlet_id": "unknown outlet"}


class WithUnknownFacet(ColumnFacet):
    type = "with_unknown"

    async def suggest(self):
        return []  # only ever configured, never suggested

    async def facet_results(self):
        results, timed_out = await super().facet_results()
        pairs = self.get_querystring_pairs()
        for info in results:
            column = info["name"]
            arg = f"{column}__isnull"
            selected = (arg, "1") in pairs
            try:
                rows = await self.ds.execute(
                    self.database,
                    f"select count(*) from ({self.sql}) where {escape_sqlite(column)} is null",
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            count = rows.first()[0]
            if not count:
                continue
            if selected:
                path = path_with_removed_args(self.request, {arg: "1"})
            else:
                path = path_with_added_args(self.request, {arg: "1"})
            info["results"].append(
                {
                    "value": None,
                    "label": UNKNOWN_LABELS.get(column, "unknown"),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                    "selected": selected,
                    "unknown": True,
                }
            )
            # the largest first, as Datasette orders its values
            info["results"].sort(key=lambda v: -v["count"])
        return results, timed_out


@hookimpl
def register_facet_classes():
    return [WithUnknownFacet]
