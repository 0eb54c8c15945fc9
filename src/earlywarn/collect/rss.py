"""Poll one RSS/Atom feed over HTTP and publish its new entries as signals.

Adapter at the edge: HTTP, the clock and the sink are injected; parsing is in ``normalize``.
A poll never raises for a bad feed, a bad network or a broker outage: it returns a
``PollOutcome`` (the metric label), parks what it could not use as dead letters, and logs why.

Limits: the URL and every redirect must pass the feed ``NetPolicy`` (SSRF guard, see
``earlywarn.netpolicy``); redirects are followed by hand, at most ``collect.max_redirects``;
one poll (DNS, redirects and body) takes at most ``collect.timeout_seconds`` and reads at most
``collect.max_feed_bytes`` (after decompression).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import aiohttp

from earlywarn.clock import Clock
from earlywarn.collect.http import AddressRefused, feed_policy, system_resolver
from earlywarn.collect.normalize import FeedParseResult, body_preview, parse_feed
from earlywarn.config import CollectConfig, FeedConfig
from earlywarn.errors import BrokerError
from earlywarn.metrics import Metrics
from earlywarn.model import DeadLetter, Signal, SignalKind, stable_id
from earlywarn.netpolicy import DestinationRefused, Resolver
from earlywarn.reasons import DeadLetterReason, Stage
from earlywarn.sinks import SignalSink

logger = logging.getLogger("earlywarn.collect.rss")

_CHUNK = 64 * 1024
_ERROR_BODY_PREVIEW = 2 * 1024
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


#: First wait after the sink refused a poll's results; doubles per refusal, up to the interval.
SINK_RETRY_FIRST_SECONDS = 1.0


def sink_retry_delay(consecutive_sink_failures: int, interval: float) -> float:
    """Seconds until the next poll: the interval, or less while the sink keeps refusing."""
    if consecutive_sink_failures <= 0:
        return interval
    backoff = SINK_RETRY_FIRST_SECONDS * 2.0 ** min(consecutive_sink_failures - 1, 30)
    return min(interval, backoff)


class PollOutcome(enum.StrEnum):
    """How one poll ended (metric label ``outcome`` of ``earlywarn_feed_fetches_total``)."""

    OK = "ok"
    NOT_MODIFIED = "not_modified"
    HTTP_ERROR = "http_error"
    UNREACHABLE = "unreachable"
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    #: The URL, or a redirect, points where the feed policy does not allow (SSRF guard).
    REFUSED = "refused"
    #: The sink (broker) refused the batch; nothing was marked seen, the next poll retries.
    SINK_UNAVAILABLE = "sink_unavailable"


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class _TooManyRedirects(Exception):
    pass


@dataclass(frozen=True, slots=True)
class _Fetched:
    status: int
    body: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None


class SeenIds:
    """A bounded LRU of entry ids: a feed repeats its last N entries on every poll."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def __contains__(self, item: str) -> bool:
        return item in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, item: str) -> None:
        # Re-seeing an id refreshes it, so ids still listed in the feed are never evicted.
        self._ids[item] = None
        self._ids.move_to_end(item)
        while len(self._ids) > self._capacity:
            self._ids.popitem(last=False)


class FeedPoller:
    """Conditional-GET polling of one feed with dedup, size limit and timeout."""

    def __init__(
        self,
        feed: FeedConfig,
        cfg: CollectConfig,
        session: aiohttp.ClientSession,
        sink: SignalSink,
        clock: Clock,
        metrics: Metrics,
        *,
        resolver: Resolver | None = None,
    ) -> None:
        self._feed = feed
        self._cfg = cfg
        self._policy = feed_policy(cfg)
        self._resolve: Resolver = resolver if resolver is not None else system_resolver
        self._session = session
        self._sink = sink
        self._clock = clock
        self._metrics = metrics
        self._seen = SeenIds(cfg.seen_ids_per_feed)
        # Validators of the last body whose results the sink accepted (never of one it refused:
        # a 304 would then hide entries that were never published).
        self._etag: str | None = None
        self._last_modified: str | None = None
        # Consecutive identical failures give one dead letter per outage, not one per poll.
        self._last_failure: tuple[PollOutcome, str] | None = None

    @property
    def feed_id(self) -> str:
        return self._feed.id

    # ------------------------------------------------------------------ public

    async def poll_once(self) -> PollOutcome:
        """Fetch the feed once, publish what is new; report how it went (never raises for I/O)."""
        outcome = await self._poll()
        labels = {"feed": self._feed.id, "outcome": outcome.value}
        self._metrics.feed_fetches.labels(**labels).inc()
        if outcome in (PollOutcome.OK, PollOutcome.NOT_MODIFIED):
            self._last_failure = None
            self._metrics.feed_last_success.labels(feed=self._feed.id).set(
                self._clock.now().timestamp()
            )
        return outcome

    async def run(self, stop: asyncio.Event) -> None:
        """Poll every ``interval_seconds`` until ``stop`` is set (then return promptly).

        While the sink (broker) refuses, poll again sooner — 1 s, 2 s, 4 s… up to the interval —
        so what the poller holds goes out soon after the broker is back."""
        logger.info("feed poller started", extra={"feed": self._feed.id, "url": self._feed.url})
        sink_failures = 0
        while not stop.is_set():
            outcome: PollOutcome | None = None
            try:
                outcome = await self.poll_once()
            except Exception:
                # A bug in one poll must not silence this feed for good: log it loudly (with the
                # traceback), count it, and try again next interval.
                logger.exception("feed poll crashed", extra={"feed": self._feed.id})
                self._metrics.feed_fetches.labels(feed=self._feed.id, outcome="error").inc()
            sink_failures = sink_failures + 1 if outcome is PollOutcome.SINK_UNAVAILABLE else 0
            wait = sink_retry_delay(sink_failures, self._feed.interval_seconds)
            # Waiting on the event (not sleeping) makes shutdown immediate.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
        logger.info("feed poller stopped", extra={"feed": self._feed.id})

    # ------------------------------------------------------------------ steps

    async def _poll(self) -> PollOutcome:
        received_at = self._clock.now()
        try:
            fetched = await self._fetch()
        except _TooLarge as exc:
            error = f"body exceeds collect.max_feed_bytes={self._cfg.max_feed_bytes} ({exc.size}+)"
            return await self._fail(
                PollOutcome.TOO_LARGE, DeadLetterReason.FEED_TOO_LARGE, error, received_at
            )
        except DestinationRefused as exc:
            return await self._fail(
                PollOutcome.REFUSED, DeadLetterReason.FEED_URL_REFUSED, str(exc), received_at
            )
        except _TooManyRedirects:
            error = f"more than collect.max_redirects={self._cfg.max_redirects} redirects"
            return await self._fail(
                PollOutcome.HTTP_ERROR, DeadLetterReason.FEED_HTTP_ERROR, error, received_at
            )
        except (aiohttp.ClientError, TimeoutError, ValueError, OSError) as exc:
            # ValueError: aiohttp raises it (InvalidURL among others) for unusable URLs;
            # OSError: DNS failures from the resolver.
            error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            if isinstance(exc, TimeoutError):
                error = f"timeout after {self._cfg.timeout_seconds:g}s"
            return await self._fail(
                PollOutcome.UNREACHABLE, DeadLetterReason.FEED_UNREACHABLE, error, received_at
            )

        if fetched.status == 304:
            logger.debug("feed not modified", extra={"feed": self._feed.id})
            return PollOutcome.NOT_MODIFIED
        if not 200 <= fetched.status < 300:
            return await self._fail(
                PollOutcome.HTTP_ERROR,
                DeadLetterReason.FEED_HTTP_ERROR,
                f"HTTP {fetched.status}",
                received_at,
                status=fetched.status,
                body=fetched.body,
            )

        result = parse_feed(
            self._feed.id,
            fetched.body,
            received_at,
            self._feed.language,
            content_type=fetched.content_type,
        )
        if result.malformed:
            outcome = await self._publish_malformed(result)
        else:
            outcome = await self._publish_entries(result)
        if outcome is not PollOutcome.SINK_UNAVAILABLE:
            self._etag, self._last_modified = fetched.etag, fetched.last_modified
        return outcome

    async def _fetch(self) -> _Fetched:
        headers = {"User-Agent": self._cfg.user_agent, "Accept": _ACCEPT}
        if self._etag:
            headers["If-None-Match"] = self._etag
        if self._last_modified:
            headers["If-Modified-Since"] = self._last_modified
        # One deadline for the whole poll: DNS, every redirect hop and the body.
        async with asyncio.timeout(self._cfg.timeout_seconds):
            url = self._feed.url
            for hop in range(self._cfg.max_redirects + 1):
                try:
                    await self._policy.check_url(url, self._resolve)
                except DestinationRefused as exc:
                    where = f"redirect {hop} to {url}" if hop else "feed URL"
                    raise DestinationRefused(f"{where}: {exc}") from None
                try:
                    location = await self._get(url, headers)
                except aiohttp.ClientConnectorError as exc:
                    # The guarded session's resolver refused the address it was about to use.
                    if isinstance(exc.os_error, AddressRefused):
                        raise DestinationRefused(str(exc.os_error)) from None
                    raise
                if isinstance(location, _Fetched):
                    return location
                url = location
            raise _TooManyRedirects

    async def _get(self, url: str, headers: dict[str, str]) -> _Fetched | str:
        """One request: the response, or the absolute URL a redirect points to."""
        limit = self._cfg.max_feed_bytes
        # Redirects are followed by _fetch, so each hop passes the policy first.
        async with self._session.get(url, headers=headers, allow_redirects=False) as resp:
            location = resp.headers.get("Location")
            if resp.status in _REDIRECTS and location:
                return urljoin(str(resp.url), location)
            is_error = resp.status >= 300
            # Error bodies are only kept as a short preview for the dead letter.
            cap = _ERROR_BODY_PREVIEW if is_error else limit
            if not is_error and resp.content_length is not None and resp.content_length > limit:
                raise _TooLarge(resp.content_length)
            chunks: list[bytes] = []
            size = 0
            # Read in chunks so a huge (or endless) body is cut off without being held in memory.
            async for chunk in resp.content.iter_chunked(_CHUNK):
                size += len(chunk)
                if size > cap:
                    if is_error:
                        chunks.append(chunk[: cap - (size - len(chunk))])
                        break
                    raise _TooLarge(size)
                chunks.append(chunk)
            return _Fetched(
                status=resp.status,
                body=b"".join(chunks),
                content_type=resp.headers.get("Content-Type"),
                etag=resp.headers.get("ETag"),
                last_modified=resp.headers.get("Last-Modified"),
            )

    async def _fail(
        self,
        outcome: PollOutcome,
        reason: DeadLetterReason,
        error: str,
        received_at: datetime,
        *,
        status: int | None = None,
        body: bytes = b"",
    ) -> PollOutcome:
        log_extra = {"feed": self._feed.id, "outcome": outcome.value, "reason": reason.value}
        logger.warning("feed poll failed: %s", error, extra=log_extra)
        if self._last_failure == (outcome, error):
            return outcome  # same outage as last poll: counted and logged, already parked
        payload = json.dumps(
            {
                "feed": self._feed.id,
                "url": self._feed.url,
                "status": status,
                "body": body_preview(body, _ERROR_BODY_PREVIEW),
            },
            ensure_ascii=False,
        )
        dead = DeadLetter(
            stage=Stage.COLLECT_RSS.value,
            reason=reason,
            payload=payload,
            error=error,
            first_seen=received_at,
            source=self._feed.id,
        )
        # If the sink is down too, the outcome still names the feed's problem; the dead letter
        # is retried on the next failing poll because _last_failure is left unset.
        if await self._park([dead]):
            self._last_failure = (outcome, error)
        return outcome

    async def _publish_malformed(self, result: FeedParseResult) -> PollOutcome:
        dead = result.dead_letters[0]
        logger.warning(
            "feed is not a feed: %s",
            dead.error,
            extra={"feed": self._feed.id, "reason": dead.reason.value},
        )
        if not await self._park(result.dead_letters):
            return PollOutcome.SINK_UNAVAILABLE
        return PollOutcome.MALFORMED

    async def _publish_entries(self, result: FeedParseResult) -> PollOutcome:
        if result.warning:
            # feedparser recovered from a broken document; entries are kept on purpose.
            logger.info("feed parsed leniently: %s", result.warning, extra={"feed": self._feed.id})
            self._metrics.stage_items.labels(
                stage=Stage.COLLECT_RSS.value, outcome="lenient_parse"
            ).inc()
        if len(result.signals) > self._cfg.seen_ids_per_feed:
            # The dedup memory cannot hold the whole feed: old entries would be re-published.
            logger.warning(
                "feed lists %d entries, more than collect.seen_ids_per_feed=%d; raise it",
                len(result.signals),
                self._cfg.seen_ids_per_feed,
                extra={"feed": self._feed.id},
            )
        fresh: dict[str, Signal] = {}
        for signal in result.signals:
            if signal.id not in self._seen:
                fresh.setdefault(signal.id, signal)  # a feed may list one guid twice
        # Entry-level dead letters recur on every poll too; key them by content.
        fresh_dead: dict[str, DeadLetter] = {}
        for dead in result.dead_letters:
            key = "dead:" + stable_id(dead.payload)
            if key not in self._seen:
                fresh_dead.setdefault(key, dead)

        if fresh:
            try:
                await self._sink.publish_signals(list(fresh.values()))
            except BrokerError as exc:
                self._sink_down(exc, len(fresh))
                return PollOutcome.SINK_UNAVAILABLE
            for signal_id in fresh:
                self._seen.add(signal_id)
            self._metrics.signals_in.labels(
                source_kind=SignalKind.NEWS.value, source=self._feed.id
            ).inc(len(fresh))
        if fresh_dead:
            if not await self._park(list(fresh_dead.values())):
                return PollOutcome.SINK_UNAVAILABLE
            for key in fresh_dead:
                self._seen.add(key)
        # Ids still in the feed are refreshed so the LRU evicts only entries that left it.
        for signal in result.signals:
            if signal.id not in fresh:
                self._seen.add(signal.id)
        logger.info(
            "feed polled",
            extra={
                "feed": self._feed.id,
                "outcome": PollOutcome.OK.value,
                "entries": len(result.signals) + len(result.dead_letters),
                "new_signals": len(fresh),
                "dead_letters": len(fresh_dead),
            },
        )
        return PollOutcome.OK

    async def _park(self, dead_letters: Sequence[DeadLetter]) -> bool:
        """Publish dead letters and count them; ``False`` when the sink is down."""
        try:
            await self._sink.publish_dead_letters(dead_letters)
        except BrokerError as exc:
            self._sink_down(exc, len(dead_letters))
            return False
        for dead in dead_letters:
            self._metrics.dead_letters.labels(stage=dead.stage, reason=dead.reason.value).inc()
        return True

    def _sink_down(self, exc: BrokerError, count: int) -> None:
        logger.warning(
            "sink refused %d records, will retry next poll: %s",
            count,
            exc,
            extra={"feed": self._feed.id, "outcome": PollOutcome.SINK_UNAVAILABLE.value},
        )
