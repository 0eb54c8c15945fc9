"""feedparser's own test suite and 200 real feeds through the collector: no crash, nothing lost.

Every entry of every file ends as a signal or as a dead letter with a reason; a file that is
not a feed ends as one ``malformed_feed`` dead letter. ``bench/feeds_conformance.py`` prints
the same check as a table.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from earlywarn.clock import ManualClock
from earlywarn.collect.normalize import parse_feed
from earlywarn.collect.rss import FeedPoller, PollOutcome
from earlywarn.config import CollectConfig, FeedConfig
from earlywarn.metrics import Metrics
from earlywarn.model import Signal, dumps
from earlywarn.reasons import DeadLetterReason
from earlywarn.testing import ListSink, declared_headers, entry_count

pytestmark = pytest.mark.integration

RECEIVED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
_MARKUP_OPEN = re.compile(r"<[A-Za-z/!?]")


def assert_accounted(path: Path) -> int:
    """Parse one file; every entry is a signal or an entry dead letter. Returns the entries."""
    body = path.read_bytes()
    content_type = declared_headers(body).get("content-type")
    result = parse_feed(path.name, body, RECEIVED, "es", content_type=content_type)
    entries = entry_count(body, content_type)
    entry_dead = [d for d in result.dead_letters if d.reason is not DeadLetterReason.MALFORMED_FEED]
    assert len(result.signals) + len(entry_dead) == entries, path
    if result.malformed:
        assert entries == 0 and len(result.dead_letters) == 1, path
    for dead in result.dead_letters:
        assert dead.error and dead.reason in DeadLetterReason, path
        dumps(dead.to_dict())  # serialisable as the dead-letter topic needs it
    for signal in result.signals:
        assert signal.title or signal.text, path
        assert not _MARKUP_OPEN.search(signal.title + signal.text), path
        assert Signal.from_dict(json.loads(dumps(signal.to_dict()))) == signal, path
    return entries


def test_every_feedparser_suite_file_is_parsed_or_dead_lettered(feedparser_suite: Path) -> None:
    """All 2,249 files of feedparser's suite parse without an exception, every entry accounted."""
    files = sorted(p for p in feedparser_suite.rglob("*") if p.is_file())
    assert len(files) > 2000
    entries = sum(assert_accounted(path) for path in files)
    assert entries > 1000


def test_every_real_feed_entry_is_a_signal_or_dead_letter(shared_data: Path) -> None:
    """All 200 real feeds parse without an exception and every entry is accounted for."""
    files = sorted(p for p in (shared_data / "feeds" / "real").iterdir() if p.is_file())
    assert len(files) == 200
    entries = sum(assert_accounted(path) for path in files)
    assert entries > 6000


@pytest.fixture
async def served(
    feedparser_suite: Path, shared_data: Path
) -> AsyncIterator[tuple[str, list[Path]]]:
    """A sample of both corpora on 127.0.0.1, each file with the headers its test declares."""
    suite = sorted(p for p in feedparser_suite.rglob("*") if p.is_file())
    real = sorted(p for p in (shared_data / "feeds" / "real").iterdir() if p.is_file())
    sample = suite[::150] + real[::25]

    async def serve(request: web.Request) -> web.Response:
        body = sample[int(request.match_info["n"])].read_bytes()
        headers = declared_headers(body)
        status = int(headers.pop("status", "200"))
        headers.setdefault("content-type", "application/xml")
        return web.Response(status=status, body=body, headers=headers)

    app = web.Application()
    app.router.add_get("/{n}", serve)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        yield str(server.make_url("/")), sample
    finally:
        await server.close()


async def test_real_poller_over_http_publishes_what_parse_feed_finds(
    served: tuple[str, list[Path]],
) -> None:
    """Polled over HTTP, each sampled file gives the same unique signals, or a dead letter."""
    base, sample = served
    cfg = CollectConfig(timeout_seconds=10, allow_private_networks=("127.0.0.1/32",))
    async with aiohttp.ClientSession() as session:
        for n, path in enumerate(sample):
            sink = ListSink()
            feed = FeedConfig(id=f"f{n}", url=f"{base}{n}")
            poller = FeedPoller(feed, cfg, session, sink, ManualClock(RECEIVED), Metrics())
            outcome = await poller.poll_once()
            body = path.read_bytes()
            ct = declared_headers(body).get("content-type")
            expected = parse_feed(feed.id, body, RECEIVED, "es", content_type=ct)
            if outcome is PollOutcome.OK:
                assert sorted(sink.signal_ids) == sorted({s.id for s in expected.signals}), path
            else:
                assert len(sink.dead_letters) == 1 and not sink.signals, (path, outcome)
