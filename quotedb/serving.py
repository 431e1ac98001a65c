"""Datasette's command line for serving a quotedb database."""

from __future__ import annotations

import os

from .paths import PLUGINS, TEMPLATES, metadata_path


def serve_args(db_path: str, host: str, port: int, immutable: bool) -> list[str]:
    """Arguments for `datasette serve`: read-only file, our metadata, templates and plugins."""
    args = ["serve", "--host", host, "--port", str(port), "--metadata", metadata_for(db_path)]
    # Datasette 0.65 ignores a `settings` key in metadata; they only take effect as --setting
    for key, value in metadata_settings().items():
        args += ["--setting", key, str(value).lower() if isinstance(value, bool) else str(value)]
    if TEMPLATES.exists():
        args += ["--template-dir", str(TEMPLATES)]
    if PLUGINS.exists():
        args += ["--plugins-dir", str(PLUGINS)]
    if immutable:
        args += ["--immutable", db_path, "--inspect-file", _inspect(db_path)]
    else:
        args += [db_path]
    return args


def metadata_dict(db_path: str) -> dict:
    """metadata.yml as a dict, its `quotes` database section under the served file's name."""
    from pathlib import Path

    import yaml

    metadata = yaml.safe_load(metadata_path().read_text(encoding="utf-8"))
    name = Path(db_path).stem
    databases = metadata.get("databases", {})
    if name != "quotes" and "quotes" in databases:
        databases[name] = databases.pop("quotes")
    return metadata


def metadata_settings() -> dict:
    """The `settings` section of metadata.yml (Datasette settings such as default_page_size)."""
    import yaml

    return dict(yaml.safe_load(metadata_path().read_text(encoding="utf-8")).get("settings") or {})


def datasette_kwargs(db_path: str) -> dict:
    """Keyword arguments for datasette.app.Datasette that serve db_path as `quotedb serve` does."""
    return {
        "files": [db_path],
        "metadata": metadata_dict(db_path),
        "settings": metadata_settings(),
        "template_dir": str(TEMPLATES) if TEMPLATES.exists() else None,
        "plugins_dir": str(PLUGINS) if PLUGINS.exists() else None,
    }


def scratch_directory() -> str:
    """$TMPDIR/quotedb-<uid>, made by us with mode 0700; refused when it is not ours.

    Another local user could pre-create that name as a symlink, or as a directory of theirs,
    to make `quotedb serve` write where they choose: such a path is left alone and a fresh
    private directory (tempfile.mkdtemp) is used for this run instead.
    """
    import atexit
    import shutil
    import stat
    import sys
    import tempfile

    uid = os.getuid() if hasattr(os, "getuid") else None
    directory = os.path.join(tempfile.gettempdir(), f"quotedb-{uid if uid is not None else 'user'}")
    try:
        os.mkdir(directory, 0o700)
    except FileExistsError:
        pass
    except OSError:
        directory = ""
    if directory:
        st = os.lstat(directory)
        trusted = stat.S_ISDIR(st.st_mode) and (uid is None or st.st_uid == uid)
        if trusted and stat.S_IMODE(st.st_mode) & 0o077:
            os.chmod(directory, 0o700)  # ours, but readable by others: ours alone from now on
        if trusted:
            return directory
        print(f"quotedb: not using {directory}: it is a symlink or not owned by this user", file=sys.stderr)
    private = tempfile.mkdtemp(prefix="quotedb-")
    atexit.register(shutil.rmtree, private, True)
    return private


def _scratch_file(prefix: str, suffix: str, db_path: str) -> tuple[int, str]:
    """A file Datasette reads at start-up: one per served database, overwritten on the next
    start (a server stopped by a signal may skip exit handlers), removed at a clean exit."""
    import atexit
    import hashlib

    digest = hashlib.sha256(os.path.abspath(db_path).encode()).hexdigest()[:16]
    path = os.path.join(scratch_directory(), f"{prefix}{digest}{suffix}")
    # O_NOFOLLOW: a symlink left at the file's name is an error, never written through
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    atexit.register(lambda: os.path.exists(path) and os.unlink(path))
    return fd, path


def metadata_for(db_path: str) -> str:
    """metadata.yml with its `quotes` database section under the served file's name."""
    import yaml

    metadata = metadata_dict(db_path)
    fd, path = _scratch_file("metadata-", ".yml", db_path)
    with open(fd, "w", encoding="utf-8") as f:
        yaml.safe_dump(metadata, f, allow_unicode=True, sort_keys=False)
    return path


def _inspect(db_path: str) -> str:
    """Precomputed table counts for an immutable snapshot, by `datasette inspect`."""
    from datasette.cli import cli as datasette_cli

    fd, path = _scratch_file("inspect-", ".json", db_path)
    os.close(fd)
    datasette_cli.main(["inspect", db_path, "--inspect-file", path], standalone_mode=False)
    return path
