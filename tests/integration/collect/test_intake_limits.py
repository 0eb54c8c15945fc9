"""Intake tokens and limits over real HTTP on 127.0.0.1: named reporters, rate limit, early 413."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from earlywarn.clock import ManualClock
from earlywarn.collect.intake import add_intake_routes, intake_tokens
from earlywarn.config import IntakeConfig, IntakeTokenConfig, RateLimitConfig
from earlywarn.metrics import Metrics
from earlywarn.testing import ListSink

pytestmark = pytest.mark.integration

NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
CFG = IntakeConfig(
    token_env="T_SINGLE",
    tokens=(IntakeTokenConfig(name="patrol-pataz", env="T_PATROL"),),
    rate_limit=RateLimitConfig(per_second=0.5, burst=2),
    max_body_bytes=4096,
)
ENV = {"T_SINGLE": "single-token", "T_PATROL": "patrol-token"}
REPORT = {"title": "Cobro de cupos en Vijus", "published_at": "2024-05-10T06:00:00Z"}


@pytest.fixture
async def intake() -> AsyncIterator[tuple[str, ListSink, ManualClock]]:
    sink, clock = ListSink(), ManualClock(NOW)
    app = web.Application()
    add_intake_routes(app, sink, intake_tokens(CFG, ENV), CFG, clock, Metrics())
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield str(server.make_url("/v1/signals")), sink, clock
    finally:
        await server.close()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_tokens_come_from_the_named_variables() -> None:
    """token_env gives reporter 'intake', each named token its own name; unset ones are absent."""
    tokens = intake_tokens(CFG, {"T_PATROL": "p"})
    assert list(tokens) == ["patrol-pataz"]
    assert tokens["patrol-pataz"] == SecretStr("p")


async def test_named_token_labels_the_signal_source(
    intake: tuple[str, ListSink, ManualClock],
) -> None:
    """A report sent with a named token carries source intake:<token name>."""
    url, sink, _ = intake
    async with aiohttp.ClientSession() as client:
        async with client.post(url, json=REPORT, headers=bearer("patrol-token")) as resp:
            assert resp.status == 202
        async with client.post(url, json=REPORT, headers=bearer("single-token")) as resp:
            assert resp.status == 202
    assert [s.source for s in sink.signals] == ["intake:patrol-pataz", "intake:intake"]


async def test_rate_limit_is_per_token_with_retry_after(
    intake: tuple[str, ListSink, ManualClock],
) -> None:
    """Past its burst a token gets 429 with Retry-After; another token is unaffected; it refills."""
    url, _, clock = intake
    async with aiohttp.ClientSession() as client:
        statuses = []
        for _ in range(3):
            async with client.post(url, json=REPORT, headers=bearer("patrol-token")) as resp:
                statuses.append(resp.status)
                retry_after = resp.headers.get("Retry-After")
        assert statuses == [202, 202, 429]
        assert retry_after == "2"
        async with client.post(url, json=REPORT, headers=bearer("single-token")) as resp:
            assert resp.status == 202
        clock.advance(timedelta(seconds=2))
        async with client.post(url, json=REPORT, headers=bearer("patrol-token")) as resp:
            assert resp.status == 202


async def test_unauthenticated_is_401_before_anything_else(
    intake: tuple[str, ListSink, ManualClock],
) -> None:
    """Without a token even an oversize, non-JSON request is 401, and spends no rate."""
    url, sink, _ = intake
    async with aiohttp.ClientSession() as client:
        for _ in range(5):
            async with client.post(url, data=b"x" * 5000) as resp:
                assert resp.status == 401
        async with client.post(url, json=REPORT, headers=bearer("patrol-token")) as resp:
            assert resp.status == 202
    assert len(sink.signals) == 1


async def test_declared_oversize_body_is_413_before_it_is_sent(
    intake: tuple[str, ListSink, ManualClock],
) -> None:
    """A Content-Length over the limit is answered 413 from the headers alone, body never sent."""
    url, sink, _ = intake
    port = int(url.split(":")[2].split("/")[0])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /v1/signals HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer single-token\r\n"
        b"Content-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n"
    )
    await writer.drain()
    status_line = await asyncio.wait_for(reader.readline(), timeout=5)
    writer.close()
    assert status_line.startswith(b"HTTP/1.1 413")
    assert not sink.signals


async def test_deep_nesting_and_lone_surrogates_are_handled(
    intake: tuple[str, ListSink, ManualClock],
) -> None:
    """Deeply nested JSON is a 400; a lone surrogate in a title is replaced, not a 500."""
    url, sink, _ = intake
    headers = {**bearer("single-token"), "Content-Type": "application/json"}
    async with aiohttp.ClientSession() as client:
        async with client.post(url, data=b"[" * 500 + b"]" * 500, headers=headers) as resp:
            assert resp.status == 400
        deep = b'{"signals": [' + b"[" * 900 + b"]" * 900 + b"]}"
        patrol = {**bearer("patrol-token"), "Content-Type": "application/json"}
        async with client.post(url, data=deep, headers=patrol) as resp:
            assert resp.status == 400
        body = b'{"title": "Ataque \\ud800 en Pataz", "published_at": "2024-05-10T06:00:00Z"}'
        async with client.post(url, data=body, headers=headers) as resp:
            assert resp.status == 202
    assert sink.signals[0].title == "Ataque \ufffd en Pataz"
