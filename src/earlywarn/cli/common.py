"""What every command shares: loading settings, logging, and turning errors into exit codes."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from earlywarn.config import Settings, load_settings
from earlywarn.errors import EarlywarnError

F = TypeVar("F", bound=Callable[..., Any])

config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="YAML config file. Default: $EARLYWARN_CONFIG, else config/earlywarn.yaml, "
    "else built-in defaults.",
)


def settings_from(config_path: Path | None) -> Settings:
    return load_settings(config_path)


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level.upper()),
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def exits_on_error(fn: F) -> F:
    """Print an EarlywarnError as one clear message and exit with its code (no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except EarlywarnError as exc:
            click.echo(f"earlywarn: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except UnicodeDecodeError as exc:
            # JSONL inputs are read as UTF-8; anything else is a usage error, not a crash.
            click.echo(
                f"earlywarn: error: the input is not UTF-8 text ({exc.reason} at byte "
                f"{exc.start}); convert it, e.g. iconv -f latin1 -t utf-8",
                err=True,
            )
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def open_input(path: str) -> Any:
    try:
        return click.open_file(path, "r", encoding="utf-8")
    except OSError as exc:
        raise click.FileError(path, hint=exc.strerror) from exc


def open_output(path: str) -> Any:
    return click.open_file(path, "w", encoding="utf-8", atomic=path != "-")
