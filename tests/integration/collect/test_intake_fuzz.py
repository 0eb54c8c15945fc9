"""The field intake fuzzed with Hypothesis over real HTTP on 127.0.0.1: never a 5xx, never a crash.

Bodies, headers and content types are generated (valid reports with hostile text, arbitrary
JSON, raw bytes, deep nesting, oversize and chunked bodies, wrong or missing tokens). The
server's sink serialises every record as the Kafka sink does and checks the text invariants,
so a record that could not travel downstream turns into a 500 and fails the test.

``EARLYWARN_FUZZ_EXAMPLES`` sets the number of requests (default 3,000; ``bench/fuzz_intake.py``
runs 100,000); ``EARLYWARN_FUZZ_REPORT`` names a file for the tally of answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import logging
import os
import re
import socket
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr

from earlywarn.clock import ManualClock
from earlywarn.collect.intake import PATH, add_intake_routes
from earlywarn.config import IntakeConfig, RateLimitConfig
from earlywarn.metrics import Metrics
from earlywarn.model import DeadLetter, Signal, dumps, loads

pytestmark = pytest.mark.integration

EXAMPLES = int(os.environ.get("EARLYWARN_FUZZ_EXAMPLES", "3000"))
REPORT = os.environ.get("EARLYWARN_FUZZ_REPORT")
NOW = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
TOKENS = {"intake": "fuzz-token-1", "patrol-pataz": "fuzz-token-ñ-2"}
LIMIT = 4096
CFG = IntakeConfig(
    max_body_bytes=LIMIT,
    max_signals_per_request=5,
    # Generous: the fuzzer sends thousands of requests per second with two tokens.
    rate_limit=RateLimitConfig(per_second=1.0, burst=10_000_000),
)
ANSWERS = {202, 400, 401, 413, 415, 429}
_MARKUP_OPEN = re.compile(r"<[A-Za-z/!?]")


def _plain(text: str) -> bool:
    return not _MARKUP_OPEN.search(text) and not any(
        unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in text
    )


class CheckingSink:
    """Serialises each record like the Kafka sink and checks the text a signal may carry."""

    def __init__(self) -> None:
        self.signals = 0
        self.dead_letters = 0

    async def publish_signals(self, signals: Sequence[Signal]) -> None:
        for signal in signals:
            assert Signal.from_dict(loads(dumps(signal.to_dict()))) == signal
            assert _plain(signal.title) and _plain(signal.text), signal
            assert signal.url is None or not any(c in signal.url for c in "<>\"' \x00")
        self.signals += len(signals)

    async def publish_dead_letters(self, dead_letters: Sequence[DeadLetter]) -> None:
        for dead in dead_letters:
            dumps(dead.to_dict()).decode("utf-8")
        self.dead_letters += len(dead_letters)


class _ErrorLog(logging.Handler):
    """Errors the server logs, except aiohttp's note of a request it refused with a 4xx."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, HttpProcessingError) and 400 <= error.code < 500:
            return  # malformed HTTP (e.g. a control byte in a header): answered 400
        self.records.append(record)


@dataclass
class Server:
    port: int
    sink: CheckingSink
    errors: _ErrorLog
    tally: Counter[int] = field(default_factory=Counter)

    def request(self, headers: dict[str, str], body: bytes | list[bytes]) -> int:
        """POST once on a fresh connection, written as raw bytes; the answer's status.

        Raw, so that header values go out as UTF-8 and chunked bodies exactly as framed; a
        server that answers before reading the whole body may close while we still send.
        """
        lines = [f"POST {PATH} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
        if isinstance(body, list):
            payload = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in body if c) + b"0\r\n\r\n"
            lines.append("Transfer-Encoding: chunked")
        else:
            payload = body
            lines.append(f"Content-Length: {len(body)}")
        lines += [f"{name}: {value}" for name, value in headers.items()]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass")
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            # Answered early (401/413/415) and closed: the answer is still there to read.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                sock.sendall(head + payload)
            response = http.client.HTTPResponse(sock)
            response.begin()
            response.read()
        self.tally[response.status] += 1
        return response.status


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """The intake on a real aiohttp server on 127.0.0.1, in its own thread and event loop."""
    sink, errors = CheckingSink(), _ErrorLog()
    logging.getLogger("aiohttp").addHandler(errors)
    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: dict[str, Any] = {}

    async def start() -> None:
        app = web.Application()
        tokens = {name: SecretStr(value) for name, value in TOKENS.items()}
        add_intake_routes(app, sink, tokens, CFG, ManualClock(NOW), Metrics())
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        holder["runner"] = runner
        holder["port"] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        started.set()

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(start(), loop).result(timeout=10)
    assert started.wait(10)
    running = Server(holder["port"], sink, errors)
    yield running
    asyncio.run_coroutine_threadsafe(holder["runner"].cleanup(), loop).result(timeout=10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()
    logging.getLogger("aiohttp").removeHandler(errors)
    if REPORT:
        report = {
            "requests": sum(running.tally.values()),
            "status": {str(k): v for k, v in sorted(running.tally.items())},
            "signals_accepted": sink.signals,
            "dead_letters": sink.dead_letters,
            "server_errors_logged": len(errors.records),
        }
        Path(REPORT).write_text(json.dumps(report))


# --------------------------------------------------------------------------- strategies

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&amp;lt;b&amp;gt;x",
    "<scr<script>ipt>alert(1)</script>",
    "<!-- x --><?php ?>",
    "javascript:alert(1)",
    "\u202eevil\u202c",
    "\x00\x07\x1b[31m",
    "\ud800",
    "\udfff\ud800",
    "\u200b\ufeff",
    "e\u0301",
    "Pataz",
    "ataque armado en Vijus",
]
texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8)), max_size=6).map("".join),
)
times = st.one_of(
    st.sampled_from(["2024-05-10T06:00:00-05:00", "2024-05-09T23:59:59Z", "2999-01-01T00:00:00Z"]),
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    texts,
    st.integers(),
    st.none(),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.one_of(texts, st.sampled_from(["title", "text", "signals"])), children, max_size=4),
    max_leaves=12,
)  # fmt: skip
valid_times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2024, 5, 10), timezones=st.just(UTC)
).map(lambda d: d.isoformat())
reports = st.fixed_dictionaries(
    {"title": texts, "published_at": st.one_of(valid_times, valid_times, times)},
    optional={
        "text": texts,
        "id": texts,
        "lat": st.one_of(st.floats(), st.integers(), texts),
        "lon": st.one_of(st.floats(), st.integers(), texts),
        "language": st.sampled_from(["es", "es-PE", "xx-!!", ""]) | texts,
        "url": st.sampled_from(["https://e.pe/a", "javascript:alert(1)", 'http://e.pe/"><x']) | texts,
        "kind": st.sampled_from(["field", "news", "other"]),
        "metadata": st.dictionaries(texts, texts | st.integers(), max_size=3),
        "extra": texts,
    },
)  # fmt: skip


def _encode(document: Any) -> bytes:
    # ensure_ascii keeps lone surrogates as \ud800 escapes: valid JSON, hostile content.
    return json.dumps(document, ensure_ascii=True, allow_nan=True).encode()


bodies = st.one_of(
    reports.map(_encode),
    st.lists(reports, min_size=1, max_size=7).map(lambda items: _encode({"signals": items})),
    json_values.map(_encode),
    st.binary(max_size=300),
    st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(min_value=LIMIT - 10, max_value=LIMIT * 3).map(lambda n: b'{"title":"' + b"a" * n),
    st.just(b'{"title": "x", "published_at": NaN}'),
)
auths = st.one_of(
    st.sampled_from([f"Bearer {t}" for t in TOKENS.values()]),
    st.sampled_from(["", "Bearer", "Bearer ", "bearer fuzz-token-1", "Basic Zm9vOmJhcg==", "Bearer fuzz-token-1x"]),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=40),
    st.none(),
)  # fmt: skip
content_types = st.one_of(
    st.sampled_from(
        ["application/json", "application/json; charset=utf-8", "application/report+json",
         "APPLICATION/JSON", "text/plain", "multipart/form-data; boundary=x", "application/json;;;",
         ";", "application/", "x/y; a=\"b"]
    ),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=40),
    st.none(),
)  # fmt: skip


@st.composite
def requests(draw: st.DrawFn) -> tuple[dict[str, str], bytes | list[bytes]]:
    headers: dict[str, str] = {}
    # Mostly a valid token, so most requests reach the body checks.
    auth = draw(st.sampled_from(list(TOKENS.values()))) if draw(st.integers(0, 9)) < 7 else None
    auth = f"Bearer {auth}" if auth is not None else draw(auths)
    if auth is not None:
        headers["Authorization"] = auth
    content_type = "application/json" if draw(st.integers(0, 9)) < 6 else draw(content_types)
    if content_type is not None:
        headers["Content-Type"] = content_type
    body = draw(bodies)
    if draw(st.integers(0, 9)) == 0:
        # Chunked, without Content-Length: the limit must trip while streaming.
        return headers, [body[i : i + 512] for i in range(0, len(body), 512)]
    return headers, body


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("EARLYWARN_FUZZ_RANDOM") is None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(request=requests())
def test_intake_never_answers_5xx(server: Server, request: tuple[dict[str, str], Any]) -> None:
    """Any headers, content type and body get a 2xx/4xx answer, never a 5xx or a crash."""
    headers, body = request
    status = server.request(headers, body)
    assert status in ANSWERS, (status, headers, body[:200] if isinstance(body, bytes) else body)
    assert not server.errors.records, server.errors.records[-1].getMessage()


def test_fuzzing_sent_every_example(server: Server) -> None:
    """The run above sent the configured number of requests and logged no server error."""
    assert sum(server.tally.values()) >= EXAMPLES
    assert server.tally[202] > 0 and server.tally[401] > 0 and server.tally[413] > 0
    assert not server.errors.records
