"""FeedPoller's limits over real HTTP on 127.0.0.1: SSRF policy, redirects, size and time."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from datetime import UTC, datetime

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from earlywarn.clock import ManualClock
from earlywarn.collect.http import feed_session
from earlywarn.collect.rss import FeedPoller, PollOutcome
from earlywarn.config import CollectConfig, FeedConfig
from earlywarn.metrics import Metrics
from earlywarn.reasons import DeadLetterReason
from earlywarn.testing import ListSink

pytestmark = pytest.mark.integration

START = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
LOCAL = ("127.0.0.1/32",)
Handler = Callable[[web.Request], Awaitable[web.Response]]
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Sur</title>'
    b"<item><title>Ataque en Pataz</title><guid>g-1</guid></item></channel></rss>"
)


@pytest.fixture
async def site() -> AsyncIterator[str]:
    """Feeds, redirects (relative, absolute, private, looping) and a gzip bomb on 127.0.0.1."""

    async def feed(_: web.Request) -> web.Response:
        return web.Response(body=FEED, content_type="application/rss+xml")

    def redirect(location: str, status: int = 302) -> web.Response:
        return web.Response(status=status, headers={"Location": location})

    def to(location: str, status: int = 302) -> Handler:
        async def handler(_: web.Request) -> web.Response:
            return redirect(location, status)

        return handler

    async def hop(request: web.Request) -> web.Response:
        return redirect(f"/hop{int(request.match_info['n']) + 1}")

    async def bomb(_: web.Request) -> web.Response:
        body = gzip.compress(b"<rss>" + b" " * 200_000)
        return web.Response(
            body=body, headers={"Content-Encoding": "gzip", "Content-Type": "text/xml"}
        )

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/moved", to("/feed.xml", 301))
    app.router.add_get("/to-metadata", to("http://169.254.169.254/latest/"))
    app.router.add_get("/to-name", to("http://intranet.example/feed"))
    app.router.add_get("/to-file", to("file:///etc/passwd"))
    app.router.add_get("/hop{n}", hop)
    app.router.add_get("/bomb", bomb)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield str(server.make_url("")).rstrip("/")
    finally:
        await server.close()


class Resolver:
    def __init__(self, table: dict[str, Sequence[str]]) -> None:
        self.table = table

    async def __call__(self, host: str, port: int) -> Sequence[str]:
        if host not in self.table:
            raise OSError(f"{host} does not resolve")
        return self.table[host]


async def poll(
    url: str,
    *,
    allow: tuple[str, ...] = LOCAL,
    resolver: Resolver | None = None,
    max_bytes: int = 10 * 1024 * 1024,
) -> tuple[PollOutcome, ListSink]:
    sink = ListSink()
    cfg = CollectConfig(
        allow_private_networks=allow, max_redirects=3, timeout_seconds=5, max_feed_bytes=max_bytes
    )
    async with aiohttp.ClientSession() as session:
        poller = FeedPoller(
            FeedConfig(id="sur", url=url),
            cfg,
            session,
            sink,
            ManualClock(START),
            Metrics(),
            resolver=resolver,
        )
        return await poller.poll_once(), sink


async def test_loopback_feed_is_refused_unless_allowed(site: str) -> None:
    """A feed on 127.0.0.1 is refused by default (dead letter naming the setting), fine if allowed."""
    outcome, sink = await poll(f"{site}/feed.xml", allow=())
    assert outcome is PollOutcome.REFUSED
    (dead,) = sink.dead_letters
    assert dead.reason is DeadLetterReason.FEED_URL_REFUSED
    assert "loopback" in dead.error and "collect.allow_private_networks" in dead.error
    outcome, sink = await poll(f"{site}/feed.xml")
    assert outcome is PollOutcome.OK and len(sink.signals) == 1


async def test_redirect_within_policy_is_followed(site: str) -> None:
    """A relative 301 to an allowed address is followed by hand and the feed is read."""
    outcome, sink = await poll(f"{site}/moved")
    assert outcome is PollOutcome.OK and len(sink.signals) == 1


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/to-metadata", "link-local"),
        ("/to-name", "intranet.example (192.168.1.20)"),
        ("/to-file", "scheme 'file'"),
    ],
)
async def test_redirect_outside_policy_is_refused(site: str, path: str, expected: str) -> None:
    """A redirect to cloud metadata, to a name resolving privately or to file: is refused."""
    resolver = Resolver({"intranet.example": ["192.168.1.20"]})
    outcome, sink = await poll(f"{site}{path}", resolver=resolver)
    assert outcome is PollOutcome.REFUSED
    (dead,) = sink.dead_letters
    assert dead.reason is DeadLetterReason.FEED_URL_REFUSED
    assert "redirect 1" in dead.error and expected in dead.error


async def test_redirect_loop_stops_at_max_redirects(site: str) -> None:
    """Endless redirects end after collect.max_redirects as an HTTP-error dead letter."""
    outcome, sink = await poll(f"{site}/hop0")
    assert outcome is PollOutcome.HTTP_ERROR
    assert "max_redirects=3" in sink.dead_letters[0].error


async def test_size_limit_applies_after_decompression(site: str) -> None:
    """A small gzip body that inflates past max_feed_bytes is cut off, not buffered whole."""
    outcome, sink = await poll(f"{site}/bomb", max_bytes=64 * 1024)
    assert outcome is PollOutcome.TOO_LARGE
    assert sink.dead_letters[0].reason is DeadLetterReason.FEED_TOO_LARGE


async def test_guarded_session_refuses_names_resolving_privately(site: str) -> None:
    """The feed session's resolver refuses 'localhost' at connect time (DNS rebinding guard)."""
    port = site.rsplit(":", 1)[1]
    sink = ListSink()
    cfg = CollectConfig(timeout_seconds=5)
    # The poller's own check is given a public answer; only the connector sees 127.0.0.1.
    resolver = Resolver({"localhost": ["93.184.216.34"]})
    async with feed_session(cfg) as session:
        poller = FeedPoller(
            FeedConfig(id="sur", url=f"http://localhost:{port}/feed.xml"),
            cfg,
            session,
            sink,
            ManualClock(START),
            Metrics(),
            resolver=resolver,
        )
        outcome = await poller.poll_once()
    assert outcome is PollOutcome.REFUSED
    assert "loopback" in sink.dead_letters[0].error
    assert not sink.signals
