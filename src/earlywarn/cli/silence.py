"""``earlywarn silence add|list|expire``: mute alerts for a while, through the worker's API.

The running worker owns the silences (``POST/GET/DELETE /v1/silences`` on ``http.port``,
bearer token from ``alert.admin_token_env``). When no worker answers, the silences file in
``worker.state_dir`` is edited directly and the next ``earlywarn run`` picks it up.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import click

from earlywarn.alert.silence import (
    MatcherError,
    Silence,
    load_silences,
    parse_matchers,
    save_silences,
    silences_path,
    silences_table,
)
from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.config import Settings, secret_from_env
from earlywarn.errors import ConfigError, EarlywarnError

DURATION = re.compile(r"^(\d+(?:\.\d+)?)([smhd])$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class WorkerUnreachable(EarlywarnError):
    exit_code = 4


def parse_duration(text: str) -> timedelta:
    match = DURATION.match(text.strip())
    if match is None:
        raise click.BadParameter(f"{text!r}: write a number and s, m, h or d, e.g. 2h")
    return timedelta(seconds=float(match.group(1)) * UNIT_SECONDS[match.group(2)])


def _api(settings: Settings) -> str:
    return f"http://{settings.http.host}:{settings.http.port}/v1/silences"


async def _call(settings: Settings, method: str, url: str, body: Any = None) -> Any:
    token = secret_from_env(settings.alert.admin_token_env)
    headers = {"Authorization": f"Bearer {token.get_secret_value()}"} if token else {}
    try:
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session,
            session.request(method, url, json=body, headers=headers) as response,
        ):
            data = await response.json(content_type=None)
            if response.status >= 400:
                hint = (
                    f" (set {settings.alert.admin_token_env})"
                    if response.status in (401, 503)
                    else ""
                )
                raise ConfigError(f"worker said {response.status}: {data.get('error')}{hint}")
            return data
    except aiohttp.ClientConnectionError as exc:
        raise WorkerUnreachable(str(exc)) from exc


def _print(silence: dict[str, Any]) -> None:
    click.echo(
        f"{silence['id']}  {silence.get('state', ''):<8} {silence['starts_at']} → "
        f"{silence['ends_at']}  {silence['matchers']}  by {silence['created_by'] or '?'}: "
        f"{silence['comment']}"
    )


def _offline(settings: Settings) -> Path:
    path = silences_path(settings)
    click.echo(f"earlywarn: no worker at {_api(settings)}; editing {path}", err=True)
    return path


@click.group("silence")
def silence() -> None:
    """Mute matching alerts for a while (created and expired at run time, persisted)."""


@silence.command("add")
@config_option
@click.argument("matchers", nargs=-1)
@click.option("--for", "duration", default="2h", show_default=True, help="e.g. 30m, 2h, 1d")
@click.option("--comment", "-c", default="", help="why (shown in the list)")
@click.option("--by", "created_by", default="", help="who")
@exits_on_error
def silence_add(
    config_path: Path | None,
    matchers: tuple[str, ...],
    duration: str,
    comment: str,
    created_by: str,
) -> None:
    """Silence alerts matching MATCHERS, e.g. department=13 category=armed_attack level>=warning.

    \b
    Keys: department, province, category, source_kind (comma lists) and level
    (level=X exactly, level>=X from X up). No matchers: everything.
    """
    settings = settings_from(config_path)
    try:
        match = parse_matchers(matchers)
    except MatcherError as exc:
        raise click.UsageError(str(exc)) from exc
    length = parse_duration(duration)
    body = {
        "matchers": list(matchers),
        "duration_seconds": length.total_seconds(),
        "comment": comment,
        "created_by": created_by,
    }
    try:
        _print(asyncio.run(_call(settings, "POST", _api(settings), body)))
    except WorkerUnreachable:
        path = _offline(settings)
        book = load_silences(path)
        now = datetime.now(UTC)
        added: Silence = book.add(match, now, now + length, created_by, comment)
        save_silences(path, book)
        _print({**added.to_dict(), "state": added.state(now)})


@silence.command("list")
@config_option
@click.option("--json", "as_json", is_flag=True, help="print the silences as JSON")
@exits_on_error
def silence_list(config_path: Path | None, as_json: bool) -> None:
    """List silences (active, pending and recently expired)."""
    settings = settings_from(config_path)
    try:
        items: list[dict[str, Any]] = asyncio.run(_call(settings, "GET", _api(settings)))[
            "silences"
        ]
    except WorkerUnreachable:
        now = datetime.now(UTC)
        book = load_silences(_offline(settings))
        items = [{**s.to_dict(), "state": s.state(now)} for s in book.all()]
        if not as_json:
            for line in silences_table(book.all(), now):
                click.echo(line)
            return
    if as_json:
        click.echo(json.dumps(items, ensure_ascii=False, indent=1))
        return
    for item in items:
        _print(item)
    if not items:
        click.echo("no silences")


@silence.command("expire")
@config_option
@click.argument("silence_id")
@exits_on_error
def silence_expire(config_path: Path | None, silence_id: str) -> None:
    """End silence SILENCE_ID now."""
    settings = settings_from(config_path)
    try:
        _print(asyncio.run(_call(settings, "DELETE", f"{_api(settings)}/{silence_id}")))
    except WorkerUnreachable:
        path = _offline(settings)
        book = load_silences(path)
        now = datetime.now(UTC)
        try:
            expired = book.expire(silence_id, now)
        except KeyError as exc:
            raise ConfigError(f"no silence {silence_id} in {path}") from exc
        save_silences(path, book)
        _print({**expired.to_dict(), "state": expired.state(now)})
