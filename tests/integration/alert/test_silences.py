"""Silences at run time: the HTTP API, the CLI through it (or the file), and `routes test`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from click.testing import CliRunner, Result
from pydantic import SecretStr

from earlywarn.alert.silence import SilenceBook, load_silences
from earlywarn.cli.main import cli
from earlywarn.clock import SystemClock
from earlywarn.runtime.silences import add_silence_routes
from earlywarn.testing import free_port, write_config

pytestmark = pytest.mark.integration

TOKEN = "silence-admin-token"


@dataclass
class Api:
    base: str
    book: SilenceBook
    path: Path
    config: Path


async def _start(
    book: SilenceBook, path: Path, token: SecretStr | None
) -> tuple[web.AppRunner, int]:
    app = web.Application()
    add_silence_routes(app, book, path, token, "TEST_ADMIN_TOKEN", SystemClock())
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, int(runner.addresses[0][1])


def _config(tmp_path: Path, port: int) -> Path:
    return write_config(
        tmp_path / "earlywarn.yaml",
        {
            "worker": {"state_dir": str(tmp_path / "state")},
            "http": {"host": "127.0.0.1", "port": port},
            "alert": {
                "admin_token_env": "TEST_ADMIN_TOKEN",
                "subscriptions": [
                    {"name": "fallback", "url": "https://ops.example/hook"},
                    {"name": "libertad", "url": "https://ops.example/13"},
                    {"name": "puno", "url": "https://ops.example/21", "send_resolved": False},
                ],
                "route": {
                    "receiver": "fallback",
                    "routes": [
                        {
                            "match": {"departments": ["13"], "min_level": "warning"},
                            "receiver": "libertad",
                            "continue": True,
                        },
                        {"match": {"departments": ["21"]}, "receiver": "puno"},
                    ],
                },
            },
        },
    )


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[Api]:
    book = SilenceBook()
    path = tmp_path / "state" / "silences.json"
    runner, port = await _start(book, path, SecretStr(TOKEN))
    yield Api(f"http://127.0.0.1:{port}", book, path, _config(tmp_path, port))
    await runner.cleanup()


async def _cli(*args: str, env: dict[str, str] | None = None) -> Result:
    # In a thread: the command runs its own event loop while the test's serves the API.
    return await asyncio.to_thread(
        CliRunner().invoke, cli, list(args), env=env or {"TEST_ADMIN_TOKEN": TOKEN}
    )


async def test_api_creates_lists_and_expires_silences_and_persists_them(api: Api) -> None:
    """POST adds (written to the file), GET lists, DELETE expires; bad input is a 400."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    async with aiohttp.ClientSession() as session:
        body = {"matchers": ["department=13", "level>=warning"], "duration_seconds": 3600,
                "created_by": "ana", "comment": "patrol on site"}  # fmt: skip
        async with session.post(f"{api.base}/v1/silences", json=body, headers=auth) as response:
            assert response.status == 201
            created = await response.json()
        assert created["state"] == "active"
        assert created["matchers"] == "department=13 level>=warning"
        assert [s.id for s in load_silences(api.path).all()] == [created["id"]]
        async with session.get(f"{api.base}/v1/silences", headers=auth) as response:
            assert [s["id"] for s in (await response.json())["silences"]] == [created["id"]]
        async with session.delete(
            f"{api.base}/v1/silences/{created['id']}", headers=auth
        ) as response:
            assert (await response.json())["state"] == "expired"
        assert load_silences(api.path).all()[0].state(SystemClock().now()) == "expired"
        bad = {"matchers": ["colour=red"], "duration_seconds": 60}
        async with session.post(f"{api.base}/v1/silences", json=bad, headers=auth) as response:
            assert response.status == 400
            assert "unknown key" in (await response.json())["error"]
        async with session.delete(f"{api.base}/v1/silences/nope", headers=auth) as response:
            assert response.status == 404


async def test_api_needs_the_token(api: Api, tmp_path: Path) -> None:
    """A wrong token is a 401; without a configured token the API is off (503, says why)."""
    async with aiohttp.ClientSession() as session:
        wrong = {"Authorization": "Bearer nope"}
        async with session.get(f"{api.base}/v1/silences", headers=wrong) as response:
            assert response.status == 401
        runner, port = await _start(SilenceBook(), tmp_path / "other.json", None)
        try:
            async with session.get(f"http://127.0.0.1:{port}/v1/silences") as response:
                assert response.status == 503
                assert "TEST_ADMIN_TOKEN" in (await response.json())["error"]
        finally:
            await runner.cleanup()


async def test_cli_goes_through_the_running_worker(api: Api) -> None:
    """`silence add|list|expire` talk to the API of the worker named by the config."""
    added = await _cli(
        "silence", "add", "--config", str(api.config), "department=13", "category=theft",
        "--for", "90m", "-c", "convoy escort", "--by", "ana",
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    [silence] = api.book.all()
    assert silence.id in added.output and "convoy escort" in added.output
    assert (silence.ends_at - silence.starts_at).total_seconds() == 90 * 60
    listed = await _cli("silence", "list", "--json", "--config", str(api.config))
    assert [s["id"] for s in json.loads(listed.output)] == [silence.id]
    expired = await _cli("silence", "expire", "--config", str(api.config), silence.id)
    assert expired.exit_code == 0 and "expired" in expired.output
    refused = await _cli(
        "silence", "list", "--config", str(api.config), env={"TEST_ADMIN_TOKEN": "x"}
    )
    assert refused.exit_code == 2 and "401" in refused.output


async def test_cli_edits_the_file_when_no_worker_runs(tmp_path: Path) -> None:
    """With nobody listening, the silences file is edited and the CLI says so."""
    config = _config(tmp_path, free_port())
    added = await _cli("silence", "add", "--config", str(config), "province=1308", "--for", "1h")
    assert added.exit_code == 0, added.output
    assert "no worker" in added.output
    [silence] = load_silences(tmp_path / "state" / "silences.json").all()
    assert silence.match.provinces == ("1308",)
    expired = await _cli("silence", "expire", "--config", str(config), silence.id)
    assert expired.exit_code == 0 and "expired" in expired.output


async def test_routes_test_explains_the_tree(api: Api) -> None:
    """`routes test` shows the walk, who receives the alert and why the others do not."""
    result = await _cli(
        "routes", "test", "--config", str(api.config), "department=13",
        "category=armed_attack", "level=critical",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = result.output
    assert "root.0 → libertad: matched (continue)" in out
    assert "root.1 → puno: department_mismatch" in out
    assert "  libertad  via root.0" in out
    watch = await _cli(
        "routes", "test", "--config", str(api.config), "department=21", "status=resolved"
    )
    assert "puno  via root.1: resolved_not_wanted" in watch.output
    assert "receives: nobody" in watch.output
    bad = await _cli("routes", "test", "--config", str(api.config), "colour=red")
    assert bad.exit_code == 2
