"""The README holds to the command line (issue 14): every command and long option of
`quotedb` is named in it, and every `quotedb ...` command it shows parses (options and
arguments as click reads them; nothing runs)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from quotedb.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def long_options(command: click.Command) -> set[str]:
    ctx = click.Context(command)
    help_names = set(command.get_help_option_names(ctx))
    return {
        name
        for param in command.params
        if isinstance(param, click.Option)
        for name in param.opts + param.secondary_opts
        if name.startswith("--") and name not in help_names
    }


def readme_commands() -> list[str]:
    """The `quotedb ...` commands of the README's sh blocks and inline code, without the
    program's path, comments or what a pipe feeds in."""
    found = []
    blocks = re.findall(r"```sh\n(.*?)```", README, re.S)
    lines = [line.split(" #", 1)[0].split(" | ")[-1] for block in blocks for line in block.splitlines()]
    prose = re.sub(r"```.*?```", "", README, flags=re.S)
    lines += [code for code in re.findall(r"`([^`\n]+)`", prose) if code.startswith("quotedb ")]
    for line in lines:
        m = re.search(r"(?:^|[\s/])quotedb (.*)$", line.strip())
        if m and not line.lstrip().startswith(("make", "pip")):
            found.append(m.group(1).strip())
    return found


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_long_option_is_in_the_readme(name: str) -> None:
    assert f"quotedb {name}" in README
    missing = sorted(option for option in long_options(cli.commands[name]) if option not in README)
    assert not missing, f"quotedb {name}: options not in README.md: {missing}"


def test_the_group_options_are_in_the_readme() -> None:
    assert not sorted(option for option in long_options(cli) if option not in README)


def test_the_readme_shows_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 8 and {c.split()[0] for c in commands} >= {
        "ingest",
        "serve",
        "extract",
        "eval",
        "rebuild",
        "demo",
    }


@pytest.mark.parametrize("command", readme_commands())
def test_every_readme_command_parses(command: str) -> None:
    """Parse only: the command exists, its options are known and take the values shown.
    (Paths are not checked: the README's files are examples.)"""
    args = shlex.split(command)
    if args[0].startswith("-"):  # an option of the group itself (--version)
        with cli.make_context("quotedb", list(args), resilient_parsing=True) as ctx:
            assert not ctx.args  # an unknown option raised already
        return
    assert args[0] in cli.commands, f"no command {args[0]!r}"
    sub = cli.commands[args[0]]
    # resilient parsing runs no callback and checks no path; an unknown option still fails
    # under the group's context, as the command runs: click caches a command's help option
    # from the first context made for it, and one made without the group's settings would
    # take `-h` away from every later use of the command
    parent = click.Context(cli, info_name="quotedb", **cli.context_settings)
    with sub.make_context(args[0], list(args[1:]), parent=parent, resilient_parsing=True) as ctx:
        assert not ctx.args, f"unexpected arguments: {ctx.args}"
    for param in sub.params:
        if isinstance(param, click.Option) and ctx.params.get(param.name) is not None and not param.is_flag:
            param.type_cast_value(ctx, ctx.params[param.name])  # a value of the right type
