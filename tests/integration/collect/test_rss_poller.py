"""FeedPoller against a real HTTP server on 127.0.0.1 (aiohttp TestServer, port 0)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from earlywarn.clock import ManualClock
from earlywarn.collect.rss import FeedPoller, PollOutcome, sink_retry_delay
from earlywarn.config import CollectConfig, FeedConfig
from earlywarn.metrics import Metrics
from earlywarn.model import Signal
from earlywarn.reasons import DeadLetterReason
from earlywarn.testing import ListSink

pytestmark = pytest.mark.integration

START = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
MAX_BYTES = 4096


def item(n: int) -> str:
    return (
        f"<item><title>Noticia {n}: ataque en Pataz</title><guid>g-{n}</guid>"
        f"<link>https://example.pe/{n}</link><description>Texto {n}</description>"
        "<pubDate>Thu, 09 May 2024 10:00:00 GMT</pubDate></item>"
    )


def rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Sur</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


@dataclass
class FeedSite:
    """The fake publisher: a mutable feed with ETag/304 and a few broken endpoints."""

    body: bytes = rss(item(1), item(2))
    version: int = 1
    requests: list[web.Request] = field(default_factory=list)
    never: asyncio.Event = field(default_factory=asyncio.Event)

    def publish(self, body: bytes) -> None:
        self.body = body
        self.version += 1

    def note(self, request: web.Request) -> None:
        self.requests.append(request)

    async def feed(self, request: web.Request) -> web.Response:
        self.note(request)
        etag = f'"v{self.version}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=self.body,
            content_type="application/rss+xml",
            headers={"ETag": etag, "Last-Modified": "Thu, 09 May 2024 10:00:00 GMT"},
        )

    async def error(self, request: web.Request) -> web.Response:
        self.note(request)
        return web.Response(status=500, text="upstream exploded")

    async def html(self, request: web.Request) -> web.Response:
        self.note(request)
        return web.Response(
            text="<html><body>Cloudflare says no</body></html>", content_type="text/html"
        )

    async def big_declared(self, request: web.Request) -> web.Response:
        self.note(request)
        return web.Response(body=b"<rss>" + b" " * (MAX_BYTES * 4), content_type="text/xml")

    async def big_streamed(self, request: web.Request) -> web.StreamResponse:
        """No Content-Length: the limit must trip while reading."""
        self.note(request)
        response = web.StreamResponse(headers={"Content-Type": "text/xml"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for _ in range(64):
            await response.write(b" " * 1024)
        await response.write_eof()
        return response

    async def slow(self, request: web.Request) -> web.Response:
        self.note(request)
        await self.never.wait()
        return web.Response(text="too late")


@pytest.fixture
async def site() -> AsyncIterator[tuple[FeedSite, TestServer]]:
    fake = FeedSite()
    app = web.Application()
    app.router.add_get("/feed.xml", fake.feed)
    app.router.add_get("/error", fake.error)
    app.router.add_get("/html", fake.html)
    app.router.add_get("/big-declared", fake.big_declared)
    app.router.add_get("/big-streamed", fake.big_streamed)
    app.router.add_get("/slow", fake.slow)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield fake, server
    finally:
        fake.never.set()
        await server.close()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as client:
        yield client


@dataclass
class Harness:
    poller: FeedPoller
    sink: ListSink
    metrics: Metrics
    clock: ManualClock

    def fetches(self, outcome: str) -> float:
        value = self.metrics.registry.get_sample_value(
            "earlywarn_feed_fetches_total", {"feed": "sur", "outcome": outcome}
        )
        return value or 0.0


def make(
    session: aiohttp.ClientSession,
    url: str,
    *,
    timeout: float = 5.0,
    seen: int = 5000,
    interval: float = 300.0,
) -> Harness:
    sink, metrics, clock = ListSink(), Metrics(), ManualClock(START)
    poller = FeedPoller(
        FeedConfig(id="sur", url=url, interval_seconds=interval, language="es"),
        CollectConfig(
            timeout_seconds=timeout,
            max_feed_bytes=MAX_BYTES,
            seen_ids_per_feed=seen,
            allow_private_networks=("127.0.0.1/32",),
        ),
        session,
        sink,
        clock,
        metrics,
    )
    return Harness(poller, sink, metrics, clock)


async def test_new_entries_are_published_once(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """First poll publishes every entry; later polls publish only entries not seen before."""
    fake, server = site
    h = make(session, str(server.make_url("/feed.xml")))
    assert await h.poller.poll_once() is PollOutcome.OK
    assert [s.title for s in h.sink.signals] == [
        "Noticia 1: ataque en Pataz",
        "Noticia 2: ataque en Pataz",
    ]
    assert {s.received_at for s in h.sink.signals} == {START}

    fake.publish(rss(item(3), item(1), item(2)))
    assert await h.poller.poll_once() is PollOutcome.OK
    assert h.sink.signal_ids == [Signal.make_id("sur", f"id:g-{n}") for n in (1, 2, 3)]
    assert h.fetches("ok") == 2
    assert (
        h.metrics.registry.get_sample_value(
            "earlywarn_signals_received_total", {"source_kind": "news", "source": "sur"}
        )
        == 3
    )
    assert (
        h.metrics.registry.get_sample_value(
            "earlywarn_feed_last_success_timestamp_seconds", {"feed": "sur"}
        )
        == START.timestamp()
    )


async def test_conditional_get_gives_not_modified(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """The poller sends the remembered ETag and Last-Modified; a 304 publishes nothing."""
    fake, server = site
    h = make(session, str(server.make_url("/feed.xml")))
    await h.poller.poll_once()
    assert await h.poller.poll_once() is PollOutcome.NOT_MODIFIED
    second = fake.requests[-1]
    assert second.headers["If-None-Match"] == '"v1"'
    assert second.headers["If-Modified-Since"] == "Thu, 09 May 2024 10:00:00 GMT"
    assert second.headers["User-Agent"].startswith("earlywarn/")
    assert len(h.sink.signals) == 2
    assert h.fetches("not_modified") == 1


async def test_http_error_is_a_dead_letter_not_an_exception(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """A 500 gives outcome http_error and one FEED_HTTP_ERROR dead letter per outage."""
    _, server = site
    h = make(session, str(server.make_url("/error")))
    assert await h.poller.poll_once() is PollOutcome.HTTP_ERROR
    assert await h.poller.poll_once() is PollOutcome.HTTP_ERROR
    (dead,) = h.sink.dead_letters
    assert dead.reason is DeadLetterReason.FEED_HTTP_ERROR
    assert dead.error == "HTTP 500"
    assert '"status": 500' in dead.payload and "upstream exploded" in dead.payload
    assert dead.source == "sur" and dead.stage == "collect.rss"
    assert h.fetches("http_error") == 2
    assert (
        h.metrics.registry.get_sample_value(
            "earlywarn_dead_letters_total", {"stage": "collect.rss", "reason": "feed_http_error"}
        )
        == 1
    )


async def test_unreachable_feed_is_a_dead_letter(session: aiohttp.ClientSession) -> None:
    """A closed port gives outcome unreachable and a FEED_UNREACHABLE dead letter."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    h = make(session, f"http://127.0.0.1:{port}/feed.xml")
    assert await h.poller.poll_once() is PollOutcome.UNREACHABLE
    (dead,) = h.sink.dead_letters
    assert dead.reason is DeadLetterReason.FEED_UNREACHABLE
    assert "Connect" in dead.error


async def test_timeout_is_unreachable(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """A server that never answers is cut off at the timeout and reported unreachable."""
    _, server = site
    h = make(session, str(server.make_url("/slow")), timeout=0.2)
    assert await h.poller.poll_once() is PollOutcome.UNREACHABLE
    (dead,) = h.sink.dead_letters
    assert dead.error == "timeout after 0.2s"


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
async def test_oversize_body_is_refused(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession, path: str
) -> None:
    """A body over max_feed_bytes (declared or streamed) gives too_large and a dead letter."""
    _, server = site
    h = make(session, str(server.make_url(path)))
    assert await h.poller.poll_once() is PollOutcome.TOO_LARGE
    (dead,) = h.sink.dead_letters
    assert "max_feed_bytes=4096" in dead.error
    assert h.sink.signals == []


async def test_html_instead_of_feed_is_malformed(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """An HTML page gives outcome malformed and a MALFORMED_FEED dead letter holding the page."""
    _, server = site
    h = make(session, str(server.make_url("/html")))
    assert await h.poller.poll_once() is PollOutcome.MALFORMED
    (dead,) = h.sink.dead_letters
    assert dead.reason is DeadLetterReason.MALFORMED_FEED
    assert "Cloudflare says no" in dead.payload


async def test_broker_failure_loses_nothing(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """If the sink refuses, entries are not marked seen nor the ETag kept; the next poll resends."""
    fake, server = site
    h = make(session, str(server.make_url("/feed.xml")))
    h.sink.fail_next(1)
    assert await h.poller.poll_once() is PollOutcome.SINK_UNAVAILABLE
    assert h.sink.signals == []
    assert await h.poller.poll_once() is PollOutcome.OK
    assert "If-None-Match" not in fake.requests[-1].headers
    assert len(h.sink.signals) == 2


async def test_sink_refusal_retries_long_before_the_interval(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """A running poller whose sink refused twice publishes about 3 s later (1 s, then 2 s of
    backoff), not after its 300 s interval."""
    _, server = site
    h = make(session, str(server.make_url("/feed.xml")), interval=300.0)
    h.sink.fail_next(2)
    stop = asyncio.Event()
    running = asyncio.create_task(h.poller.run(stop))
    try:
        await h.sink.wait_until(lambda sink: len(sink.signals) == 2, timeout=10)
    finally:
        stop.set()
        await running
    assert h.sink.failed_calls == 2


def test_sink_retry_delay_doubles_up_to_the_interval() -> None:
    """1 s after the first refusal, doubling per refusal, never beyond the poll interval."""
    assert [sink_retry_delay(n, 10.0) for n in range(6)] == [10.0, 1.0, 2.0, 4.0, 8.0, 10.0]
    assert sink_retry_delay(1000, 300.0) == 300.0


async def test_entry_dead_letters_are_parked_once(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """An entry without text is parked on the first poll, not again on every later poll."""
    fake, server = site
    fake.publish(rss(item(1), "<item><link>https://example.pe/empty</link></item>"))
    h = make(session, str(server.make_url("/feed.xml")))
    await h.poller.poll_once()
    fake.publish(fake.body + b" ")  # new ETag, same entries
    await h.poller.poll_once()
    assert len(h.sink.signals) == 1
    assert [d.reason for d in h.sink.dead_letters] == [DeadLetterReason.ENTRY_WITHOUT_TEXT]


async def test_seen_ids_are_bounded(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """The dedup memory is an LRU: an id evicted long ago is published again if it reappears."""
    fake, server = site
    h = make(session, str(server.make_url("/feed.xml")), seen=10)
    fake.publish(rss(*(item(n) for n in range(12))))
    await h.poller.poll_once()
    assert len(h.sink.signals) == 12
    fake.publish(rss(item(0)))
    await h.poller.poll_once()
    assert len(h.sink.signals) == 13


async def test_run_polls_until_stopped(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """run() polls on its interval and returns promptly once stop is set."""
    fake, server = site
    h = make(session, str(server.make_url("/feed.xml")), interval=0.01)
    stop = asyncio.Event()
    task = asyncio.create_task(h.poller.run(stop))
    await h.sink.wait_until(lambda sink: len(sink.signals) == 2)
    h.clock.advance(timedelta(minutes=5))
    fake.publish(rss(item(7)))
    await h.sink.wait_until(lambda sink: len(sink.signals) == 3)
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    assert h.sink.signals[-1].received_at == START + timedelta(minutes=5)
    assert h.fetches("ok") == 2


async def test_stop_interrupts_the_wait(
    site: tuple[FeedSite, TestServer], session: aiohttp.ClientSession
) -> None:
    """With a long interval, setting stop ends run() without waiting for the next poll."""
    _, server = site
    h = make(session, str(server.make_url("/feed.xml")), interval=3600)
    stop = asyncio.Event()
    task = asyncio.create_task(h.poller.run(stop))
    await h.sink.wait_until(lambda sink: len(sink.signals) == 2)
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    assert h.fetches("ok") == 1
