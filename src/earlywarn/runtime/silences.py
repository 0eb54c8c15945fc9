"""The silences API on the worker's HTTP server (bearer token from ``alert.admin_token_env``).

- ``GET /v1/silences``                      every silence with its state
- ``POST /v1/silences``                     ``{"matchers": ["department=13", "level>=warning"],
                                              "duration_seconds": 7200 | "ends_at": RFC 3339,
                                              "starts_at"?: RFC 3339, "created_by", "comment"}``
- ``DELETE /v1/silences/{id}``              expire it now

Every change is written to the silences file before the answer, so it survives a restart.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp import web
from pydantic import SecretStr

from earlywarn.alert.silence import MatcherError, SilenceBook, parse_matchers, save_silences
from earlywarn.clock import Clock
from earlywarn.errors import InvalidRecord
from earlywarn.model import parse_time

log = logging.getLogger("earlywarn.silences")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def add_silence_routes(
    app: web.Application,
    book: SilenceBook,
    path: Path,
    token: SecretStr | None,
    token_env: str,
    clock: Clock,
) -> None:
    """Register the silences API on ``app``; without a token it answers 503 and says why."""

    def guarded(handler: Handler) -> Handler:
        async def wrapper(request: web.Request) -> web.StreamResponse:
            if token is None:
                return _error(503, f"silences API disabled: set {token_env} to a bearer token")
            given = request.headers.get("Authorization", "")
            expected = f"Bearer {token.get_secret_value()}"
            if not hmac.compare_digest(given.encode(), expected.encode()):
                return _error(401, "missing or wrong bearer token")
            return await handler(request)

        return wrapper

    async def list_silences(_: web.Request) -> web.Response:
        now = clock.now()
        return web.json_response(
            {"silences": [{**s.to_dict(), "state": s.state(now)} for s in book.all()]}
        )

    async def add_silence(request: web.Request) -> web.Response:
        try:
            data: Any = await request.json()
        except ValueError:
            return _error(400, "body must be JSON")
        if not isinstance(data, dict):
            return _error(400, "body must be a JSON object")
        now = clock.now()
        try:
            matchers = data.get("matchers", [])
            if not isinstance(matchers, list) or not all(isinstance(m, str) for m in matchers):
                raise MatcherError("matchers must be a list of strings like 'department=13'")
            match = parse_matchers(matchers)
            starts = parse_time(data["starts_at"], "starts_at") if "starts_at" in data else now
            if "ends_at" in data:
                ends = parse_time(data["ends_at"], "ends_at")
            elif isinstance(data.get("duration_seconds"), int | float):
                ends = starts + timedelta(seconds=float(data["duration_seconds"]))
            else:
                raise MatcherError("give ends_at (RFC 3339) or duration_seconds")
            silence = book.add(
                match, starts, ends, str(data.get("created_by", "")), str(data.get("comment", ""))
            )
        except (MatcherError, InvalidRecord) as exc:
            return _error(400, str(exc))
        book.prune(now)
        save_silences(path, book)
        log.info("silence %s added: %s", silence.id, silence.to_dict()["matchers"])
        return web.json_response({**silence.to_dict(), "state": silence.state(now)}, status=201)

    async def expire_silence(request: web.Request) -> web.Response:
        silence_id = request.match_info["silence_id"]
        now = clock.now()
        try:
            silence = book.expire(silence_id, now)
        except KeyError:
            return _error(404, f"no silence {silence_id}")
        save_silences(path, book)
        log.info("silence %s expired", silence_id)
        return web.json_response({**silence.to_dict(), "state": silence.state(now)})

    app.router.add_get("/v1/silences", guarded(list_silences))
    app.router.add_post("/v1/silences", guarded(add_silence))
    app.router.add_delete("/v1/silences/{silence_id}", guarded(expire_silence))
