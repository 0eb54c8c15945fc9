"""``POST /v1/signals``: field reports over HTTP, authenticated with a bearer token.

Answers, in the order they are checked::

    503  intake disabled (no token configured), or the sink/broker did not acknowledge within
         ``kafka.publish_timeout_seconds``: ``Retry-After`` (``intake.retry_after_seconds``)
    401  missing or wrong bearer token (with ``WWW-Authenticate``)
    429  this token's rate limit (``intake.rate_limit``) is spent; ``Retry-After`` says when
    415  not ``application/json``
    413  body over ``intake.max_body_bytes`` (checked on Content-Length, then while streaming)
    400  not JSON (or nested too deeply), or no valid signal: ``{"error": ..., "field": ...}``
    202  ``{"accepted": n, "ids": [...]}`` once the sink has the signals

A body is one signal object or ``{"signals": [...]}``. In a batch the valid signals are
accepted and the invalid ones rejected, each listed in ``results``. Every invalid signal is
also parked as a dead letter, so nothing sent to us is lost. Ids are stable (client id or
content hash), so a client may safely resend after a 503 or a timeout.

Tokens: ``intake.token_env`` (reporter ``intake``) and ``intake.tokens`` (one per reporter;
its name becomes the signal's source ``intake:<name>``). The presented token is compared
with every configured one in constant time (``hmac.compare_digest`` on bytes), so neither
the match nor which reporter matched shows in the timing.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web
from pydantic import SecretStr

from earlywarn.clock import Clock
from earlywarn.collect.normalize import (
    InvalidIntakeField,
    body_preview,
    safe_text,
    signal_from_intake,
)
from earlywarn.collect.ratelimit import RateLimiter
from earlywarn.config import IntakeConfig, secret_from_env
from earlywarn.errors import BrokerError
from earlywarn.metrics import Metrics
from earlywarn.model import DeadLetter, Signal
from earlywarn.reasons import DeadLetterReason, Stage
from earlywarn.sinks import SignalSink

logger = logging.getLogger("earlywarn.collect.intake")

PATH = "/v1/signals"
#: The reporter name of ``intake.token_env``'s token; named tokens carry their own name.
REPORTER = "intake"
_CHUNK = 16 * 1024


class _Reject(Exception):
    """An early answer (401, 413, ...) raised out of a helper and turned into a response."""

    def __init__(
        self,
        status: int,
        error: str,
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.field = field
        self.headers = headers or {}


@dataclass(frozen=True, slots=True)
class _Item:
    index: int
    signal: Signal | None
    problem: InvalidIntakeField | None
    payload: str


def _json_error(status: int, error: str, field: str | None = None, **extra: Any) -> web.Response:
    body: dict[str, Any] = {"error": error, "field": field, **extra}
    return web.json_response(body, status=status)


def intake_tokens(
    cfg: IntakeConfig, environ: Mapping[str, str] | None = None
) -> dict[str, SecretStr]:
    """Reporter name → token, for every configured token whose variable is set."""
    tokens: dict[str, SecretStr] = {}
    if cfg.token_env:
        single = secret_from_env(cfg.token_env, environ)
        if single is not None:
            tokens[REPORTER] = single
    for named in cfg.tokens:
        secret = secret_from_env(named.env, environ)
        if secret is not None:
            tokens[named.name] = secret
    return tokens


def token_variables(cfg: IntakeConfig) -> str:
    """The environment variables that enable the intake, for messages."""
    names = ([cfg.token_env] if cfg.token_env else []) + [t.env for t in cfg.tokens]
    return " or ".join(names) or "intake.token_env or intake.tokens"


def _no_constants(value: str) -> Any:
    # NaN and Infinity are not JSON; Python's parser accepts them unless told otherwise.
    raise ValueError(f"{value} is not valid JSON")


class _IntakeHandler:
    def __init__(
        self,
        sink: SignalSink,
        tokens: Mapping[str, SecretStr],
        cfg: IntakeConfig,
        clock: Clock,
        metrics: Metrics,
    ) -> None:
        self._sink = sink
        self._tokens = [
            (name, secret.get_secret_value().encode("utf-8")) for name, secret in tokens.items()
        ]
        self._cfg = cfg
        self._clock = clock
        self._metrics = metrics
        self._limiter = RateLimiter(cfg.rate_limit.per_second, cfg.rate_limit.burst)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        try:
            response = await self._handle(request)
        except _Reject as reject:
            response = _json_error(reject.status, reject.error, reject.field)
            response.headers.update(reject.headers)
        self._metrics.intake_requests.labels(code=str(response.status)).inc()
        if response.status >= 400:
            logger.info(
                "intake request rejected",
                extra={"status": response.status, "remote": request.remote},
            )
        return response

    # ------------------------------------------------------------------ checks

    def _check_enabled(self) -> None:
        if not self._cfg.enabled:
            raise _Reject(503, "intake disabled in the configuration (intake.enabled: false)")
        if not self._tokens:
            raise _Reject(503, f"intake disabled: set {token_variables(self._cfg)}")

    def _check_auth(self, request: web.Request) -> str:
        """The reporter whose token was presented; 401 otherwise."""
        header = request.headers.get("Authorization", "")
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            raise _Reject(
                401,
                "missing bearer token: send 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": 'Bearer realm="earlywarn-intake"'},
            )
        # Constant time, on bytes (compare_digest refuses non-ASCII str); every token is
        # compared, with no early exit, so timing tells nothing about which one matched.
        given = presented.strip().encode("utf-8", errors="surrogatepass")
        reporter: str | None = None
        for name, token in self._tokens:
            if hmac.compare_digest(given, token) and reporter is None:
                reporter = name
        if reporter is None:
            raise _Reject(
                401,
                "invalid bearer token",
                headers={
                    "WWW-Authenticate": 'Bearer realm="earlywarn-intake", error="invalid_token"'
                },
            )
        return reporter

    def _check_rate(self, reporter: str) -> None:
        wait = self._limiter.acquire(reporter, self._clock.now())
        if wait > 0:
            retry_after = RateLimiter.retry_after(wait)
            raise _Reject(
                429,
                f"rate limit of this token reached ({self._cfg.rate_limit.per_second:g}/s, "
                f"burst {self._cfg.rate_limit.burst}); retry after {retry_after}s",
                headers={"Retry-After": retry_after},
            )

    @staticmethod
    def _check_content_type(request: web.Request) -> None:
        content_type = request.content_type.lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise _Reject(415, f"send Content-Type: application/json, not {content_type!r}")

    async def _read_body(self, request: web.Request) -> bytes:
        limit = self._cfg.max_body_bytes
        too_large = f"body larger than {limit} bytes; split it into several requests"
        if request.content_length is not None and request.content_length > limit:
            raise _Reject(413, too_large)
        chunks: list[bytes] = []
        size = 0
        # Streamed, never request.read(): a client lying about (or omitting) Content-Length
        # must not make us buffer more than the limit.
        while True:
            chunk = await request.content.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _Reject(413, too_large)
            chunks.append(chunk)
        return b"".join(chunks)

    def _items(self, document: Any) -> tuple[list[Any], bool]:
        """The signal objects in the body, and whether it was a batch."""
        if isinstance(document, dict) and "signals" in document:
            extra = sorted(k for k in document if k != "signals")
            if extra:
                raise _Reject(400, "a batch holds only 'signals'", field=extra[0])
            items = document["signals"]
            if not isinstance(items, list) or not items:
                raise _Reject(400, "must be a non-empty array of signal objects", field="signals")
            most = self._cfg.max_signals_per_request
            if len(items) > most:
                raise _Reject(400, f"at most {most} signals per request", field="signals")
            return items, True
        return [document], False

    # ------------------------------------------------------------------ flow

    async def _handle(self, request: web.Request) -> web.Response:
        self._check_enabled()
        reporter = self._check_auth(request)
        # Before the body is read: a client over its rate costs us no more than its headers.
        self._check_rate(reporter)
        self._check_content_type(request)
        body = await self._read_body(request)
        received_at = self._clock.now()
        try:
            document = json.loads(body.decode("utf-8"), parse_constant=_no_constants)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            # ValueError covers JSONDecodeError and the NaN/Infinity refusal; RecursionError
            # is what the parser raises for ``[[[[...`` nested thousands deep.
            error = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            dead = self._dead_letter(
                DeadLetterReason.DECODE_ERROR,
                body_preview(body),
                f"not JSON: {error}",
                received_at,
                reporter,
            )
            await self._publish([], [dead])
            return _json_error(400, f"body is not valid UTF-8 JSON: {error}")

        items, batch = self._items(document)
        parsed = [self._parse(i, item, received_at, reporter) for i, item in enumerate(items)]
        signals = [p.signal for p in parsed if p.signal is not None]
        dead_letters = [
            self._dead_letter(
                DeadLetterReason.INVALID_SIGNAL,
                p.payload,
                p.problem.message,
                received_at,
                reporter,
            )
            for p in parsed
            if p.problem is not None
        ]
        await self._publish(signals, dead_letters)
        ids = [s.id for s in signals]

        if not batch:
            problem = parsed[0].problem
            if problem is not None:
                return _json_error(400, problem.message, problem.field)
            return web.json_response({"accepted": 1, "ids": ids}, status=202)

        results = [
            {"index": p.index, "status": "accepted", "id": p.signal.id}
            if p.signal is not None
            else {
                "index": p.index,
                "status": "rejected",
                "error": p.problem.message if p.problem else "invalid",
                "field": p.problem.field if p.problem else None,
            }
            for p in parsed
        ]
        if not signals:
            return _json_error(400, "no valid signal in the batch", None, results=results)
        body_out = {
            "accepted": len(signals),
            "rejected": len(dead_letters),
            "ids": ids,
            "results": results,
        }
        return web.json_response(body_out, status=202)

    def _parse(self, index: int, item: Any, received_at: datetime, reporter: str) -> _Item:
        # The parsed body nests at most as deep as the parser allowed, so dumps cannot recurse
        # further; lone surrogates (legal in JSON escapes) would not encode as UTF-8 later.
        try:
            payload = safe_text(json.dumps(item, ensure_ascii=False))
        except RecursionError:
            # The encoder recurses deeper than the parser (found by bench/fuzz_intake.py).
            problem = InvalidIntakeField(None, "nested too deeply")
            return _Item(index, None, problem, '"(nested too deeply to re-encode)"')
        try:
            signal = signal_from_intake(item, reporter, received_at)
        except InvalidIntakeField as problem:
            return _Item(index, None, problem, payload)
        return _Item(index, signal, None, payload)

    @staticmethod
    def _dead_letter(
        reason: DeadLetterReason, payload: str, error: str, received_at: datetime, reporter: str
    ) -> DeadLetter:
        return DeadLetter(
            stage=Stage.COLLECT_INTAKE.value,
            reason=reason,
            payload=payload,
            error=safe_text(error),
            first_seen=received_at,
            source=f"intake:{reporter}",
        )

    async def _publish(self, signals: Sequence[Signal], dead_letters: Sequence[DeadLetter]) -> None:
        """Hand everything to the sink; a broker failure becomes 503 so the client retries."""
        try:
            if signals:
                await self._sink.publish_signals(signals)
            if dead_letters:
                await self._sink.publish_dead_letters(dead_letters)
        except BrokerError as exc:
            logger.warning("intake sink unavailable: %s", exc, extra={"reason": "sink_unavailable"})
            # Not buffered here: a 202 promises the broker has it. Ids are stable, so the
            # client's resend of records that did reach the broker is only a duplicate.
            retry_after = str(self._cfg.retry_after_seconds)
            raise _Reject(
                503,
                f"signal store unavailable, retry after {retry_after}s",
                headers={"Retry-After": retry_after},
            ) from exc
        for signal in signals:
            self._metrics.signals_in.labels(
                source_kind=signal.kind.value, source=signal.source
            ).inc()
        for dead in dead_letters:
            self._metrics.dead_letters.labels(stage=dead.stage, reason=dead.reason.value).inc()


def add_intake_routes(
    app: web.Application,
    sink: SignalSink,
    tokens: Mapping[str, SecretStr] | SecretStr | None,
    cfg: IntakeConfig,
    clock: Clock,
    metrics: Metrics,
) -> None:
    """Add ``POST /v1/signals`` to ``app`` (see the module docstring for the answers).

    ``tokens`` maps reporter names to tokens (see ``intake_tokens``); a single ``SecretStr``
    is the ``intake`` reporter's token; empty or ``None`` leaves the intake answering 503.
    """
    if isinstance(tokens, SecretStr):
        tokens = {REPORTER: tokens}
    handler = _IntakeHandler(sink, tokens or {}, cfg, clock, metrics)
    route: Callable[[web.Request], Awaitable[web.StreamResponse]] = handler.handle
    app.router.add_post(PATH, route)
