"""Column facets that read kept counts when the table is unfiltered, and count the empty value.

`- summarized: COLUMN` in metadata.yml is Datasette's column facet, except that on the
quotes page with no filter and no search, or with one `column = value` filter that a
summary pairs with the facet (one speaker, outlet or year), its counts come from the
tables db/summaries.py keeps: a GROUP BY over every quotation took seconds per facet at
10M quotations, the kept counts take a millisecond. Otherwise (a search, two filters)
the facet counts the matching rows as Datasette does, under facet_time_limit_ms.

`- with_unknown: COLUMN` is the same plus one value for the rows whose value is empty.
Datasette's column facet leaves out NULL (`where col is not null`), so the quotations no
speaker was found for had no facet value: a journalist could not see how many there are
nor pick them. It counts the NULL rows under the current filters and toggles
`?speaker_id__isnull=1`, labelled "unknown speaker".
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from db.summaries import DATE_PREFIXES, FACET_TABLES, pair_table

UNKNOWN_LABELS = {"speaker_id": "unknown speaker", "outlet_id": "unknown outlet"}
SUMMARIZED_TABLE = "quotes"
# the where clause of exactly one `column = value` filter (Datasette's exact filter, `?col=v`)
_ONE_FILTER = re.compile(r'from quotes where "(?P<column>\w+)" = :p0$')
# ... and of two (a click on two facets: `?outlet_id=3&published_month=2021-03`)
_TWO_FILTERS = re.compile(r'from quotes where "(?P<a>\w+)" = :p0 and "(?P<b>\w+)" = :p1$')


class SummarizedFacet(ColumnFacet):
    type = "summarized"
    _tables: set[str] | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._one_values: dict[str, list[dict] | None] = {}

    async def suggest(self):
        return []  # only ever configured, never suggested

    async def _has_table(self, name: str) -> bool:
        """Whether the database has this table, from one look at its schema per facet of a
        page: asking for each kept-count table in turn was 14 queries on the outlet-month page."""
        if self._tables is None:
            rows = await self.ds.get_database(self.database).execute(
                "select name from sqlite_master where type = 'table'"
            )
            self._tables = {r[0] for r in rows}
        return name in self._tables

    async def _summary(self, column: str) -> tuple[str, str, dict] | None:
        """The kept counts that answer this facet: table, where clause and its parameters.

        The page must show the whole table, or the rows of one value of one column
        (`?outlet_id=3`, a click on a facet) that a summary pairs with this column.
        """
        if self.table != SUMMARIZED_TABLE:
            return None
        # Datasette's facet SQL is "select ... from quotes " plus "where ..." for any filter or search
        sql = self.sql.rstrip()
        if sql.endswith(f"from {escape_sqlite(self.table)}") and not self.params:
            summary, where, params = FACET_TABLES.get(column), "", {}
        else:
            one = _ONE_FILTER.search(sql)
            if not one or set(self.params) != {"p0"}:
                return None
            summary, where, params = (
                pair_table(one["column"], column),
                f"{escape_sqlite(one['column'])} = :p0 and ",
                self.params,
            )
        if not summary or not await self._has_table(summary):
            return None
        return escape_sqlite(summary), where, params

    async def _one_value(self, column: str) -> list[dict] | None:
        """With two filters, a facet whose column has one value on the page: a filter's own
        column, or one a filter's value implies (every quotation of a month is of one year).
        Its value and count from the kept counts, or None when neither holds.

        At 10M quotations, on the largest outlet's busiest month (28,049 quotations), counting
        the year facet took 22 ms and the outlet and month facets 5 ms each (bench/serve.py
        --pages outlet_month); the speaker facet, of many values, is still counted.
        """
        # asked again for the unknown value's count: the answer of the facet's first asking
        if column not in self._one_values:
            self._one_values[column] = await self._find_one_value(column)
        return self._one_values[column]

    def _two_filters(self) -> dict[str, str] | None:
        """The page's two filters on two columns of the quotes table, column -> parameter."""
        if self.table != SUMMARIZED_TABLE or set(self.params) != {"p0", "p1"}:
            return None
        two = _TWO_FILTERS.search(self.sql.rstrip())
        if not two or two["a"] == two["b"]:
            return None
        return {two["a"]: "p0", two["b"]: "p1"}

    async def _find_one_value(self, column: str) -> list[dict] | None:
        filters = self._two_filters()
        if filters is None:
            return None
        a, b = filters
        db = self.ds.get_database(self.database)
        both = pair_table(a, b)
        if not both or not await self._has_table(both):
            return None
        # the count of the page's rows, and the value of a filter's column as stored (typed)
        where = f"{escape_sqlite(a)} = :p0 and {escape_sqlite(b)} = :p1"
        if column in filters:
            sql = f"select {escape_sqlite(column)} as value, n as count from {escape_sqlite(both)} where {where}"
            return [dict(r) for r in (await db.execute(sql, self.params)).rows]
        for name, param in filters.items():
            implied = pair_table(name, column)
            if not implied or not await self._has_table(implied):
                continue
            # all the quotations of this filter's value have one value of the column (none empty)
            values = (
                await db.execute(
                    f"select {escape_sqlite(column)} from {escape_sqlite(implied)} "
                    f"where {escape_sqlite(name)} = :{param} limit 2",
                    self.params,
                )
            ).rows
            if len(values) == 1 and values[0][0] is not None:
                total = (await db.execute(f"select n from {escape_sqlite(both)} where {where}", self.params)).rows
                return [{"value": values[0][0], "count": total[0][0]}] if total else []
        return None

    async def _within(self, column: str) -> tuple[str, str, dict] | None:
        """With two filters, a facet of a date column finer than one filter's date (the days
        of a month, the months of a year) and paired with the other filter in kept counts:
        its table, where clause and parameters, the facet's values being those that begin with
        the filter's. The largest outlet's busiest month at 10M quotations counted its days,
        28,049 quotations, in 8 ms; its kept days by outlet are a range of 31 rows.
        """
        filters = self._two_filters()
        if filters is None:
            return None
        a, b = filters
        for coarse, other in ((a, b), (b, a)):
            length = DATE_PREFIXES.get((column, coarse))
            table = pair_table(other, column)
            if length is None or not table or not await self._has_table(table):
                continue
            col, param = escape_sqlite(column), filters[coarse]
            # the range reads the index; substr() keeps exactly the values that begin so
            where = (
                f"{escape_sqlite(other)} = :{filters[other]} and {col} >= :{param} and {col} < :{param} || '~' "
                f"and substr({col}, 1, {length}) = :{param} and "
            )
            return escape_sqlite(table), where, self.params
        return None

    async def _counts(self, column: str, limit: int) -> list:
        one_value = await self._one_value(column)
        if one_value is not None:
            return one_value
        col = escape_sqlite(column)
        summary = await self._summary(column) or await self._within(column)
        if summary:
            table, where, params = summary
            sql = f"select {col} as value, n as count from {table} where {where}{col} is not null order by n desc, {col} limit {limit}"
        else:
            sql = (
                f"select {col} as value, count(*) as count from ({self.sql}) "
                f"where {col} is not null group by {col} order by count desc, value limit {limit}"
            )
            params = self.params
        return (
            await self.ds.execute(
                self.database, sql, params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms")
            )
        ).rows

    async def facet_results(self):
        # Datasette 0.65's ColumnFacet.facet_results, with the counting query chosen by _counts
        results, timed_out = [], []
        pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                rows = await self._counts(column, size + 1)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
                    "results": values,
                    "truncated": len(rows) > size,
                }
            )
            rows = rows[:size]
            expanded = (
                await self.ds.expand_foreign_keys(self.database, self.table, column, [r["value"] for r in rows])
                if self.table
                else {}
            )
            column_qs = f"{column}__exact" if column.startswith("_") else column
            for row in rows:
                selected = (column_qs, str(row["value"])) in pairs
                if selected:
                    path = path_with_removed_args(self.request, {column_qs: str(row["value"])})
                else:
                    path = path_with_added_args(self.request, {column_qs: row["value"]})
                values.append(
                    {
                        "value": row["value"],
                        "label": expanded.get((column, row["value"]), row["value"]),
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
                        "selected": selected,
                    }
                )
        return results, timed_out


class WithUnknownFacet(SummarizedFacet):
    type = "with_unknown"

    async def _unknown_count(self, column: str) -> int:
        if await self._one_value(column) is not None:
            return 0  # the page's rows all have the one value
        col = escape_sqlite(column)
        summary = await self._summary(column)
        if summary:
            table, where, params = summary
            sql = f"select coalesce(sum(n), 0) from {table} where {where}{col} is null"
        else:
            sql, params = f"select count(*) from ({self.sql}) where {col} is null", self.params
        rows = await self.ds.execute(
            self.database, sql, params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms")
        )
        return rows.first()[0]

    async def facet_results(self):
        results, timed_out = await super().facet_results()
        pairs = self.get_querystring_pairs()
        for info in results:
            column = info["name"]
            arg = f"{column}__isnull"
            selected = (arg, "1") in pairs
            try:
                count = await self._unknown_count(column)
            except QueryInterrupted:
                timed_out.append(column)
                continue
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
    return [SummarizedFacet, WithUnknownFacet]
