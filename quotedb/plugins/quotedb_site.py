"""The quotedb site's Datasette hooks; what they do is in the package quotedb/site/
(search, cells, pages, charts, contract, hooks)."""

from quotedb.site.hooks import (
    asgi_wrapper,
    extra_template_vars,
    prepare_connection,
    prepare_jinja2_environment,
    render_cell,
)

__all__ = ["asgi_wrapper", "extra_template_vars", "prepare_connection", "prepare_jinja2_environment", "render_cell"]
