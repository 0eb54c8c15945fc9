"""Every file of feedparser's own test suite and the 200 real feeds through the collector.

Each file is parsed in-process by ``collect.normalize.parse_feed`` (with the Content-Type its
test declares), and a sample is polled over real HTTP on 127.0.0.1 by the real ``FeedPoller``.
Every entry must end as a signal or a dead letter with a reason, and no file may crash.
Prints a table of outcomes per corpus; the last line is a JSON summary.

    .venv/bin/python bench/feeds_conformance.py [--http-sample 60]

feedparser's suite ships in its PyPI sdist; it is downloaded once (``pip download``) and kept
in ``var/cache/`` (gitignored).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import subprocess
import sys
import tarfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from aiohttp import web

from earlywarn.clock import ManualClock
from earlywarn.collect.normalize import parse_feed
from earlywarn.collect.rss import FeedPoller
from earlywarn.config import CollectConfig, FeedConfig
from earlywarn.metrics import Metrics
from earlywarn.testing import ListSink, declared_headers, entry_count

ROOT = Path(__file__).resolve().parents[1]
REAL_FEEDS = ROOT.parent / "shared" / "data" / "feeds" / "real"
CACHE = ROOT / "var" / "cache"
SDIST = "feedparser-6.0.14.tar.gz"
SDIST_SHA256 = "088679b0c4b543ee211a820dd544698c76a402122eae7473c04a43425f283d06"
RECEIVED = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def fetch_feedparser_suite(cache: Path = CACHE) -> Path:
    """feedparser's ``tests/`` folder from its sdist (downloaded once, checksum verified)."""
    target = cache / SDIST.removesuffix(".tar.gz")
    if (target / "tests").is_dir():
        return target / "tests"
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / SDIST
    if not archive.exists():
        pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:"]
        subprocess.run([*pip, "--no-deps", "feedparser==6.0.14", "--dest", str(cache)], check=True)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        raise RuntimeError(f"{archive}: sha256 {digest}, expected {SDIST_SHA256}")
    with tarfile.open(archive) as tar:
        tar.extractall(cache, filter="data")
    return target / "tests"


def corpus(suite: Path) -> list[tuple[str, Path]]:
    """(group, file) for every file of the suite and every real feed."""
    files = [
        ("feedparser/" + (p.relative_to(suite).parent.parts or (".",))[0], p)
        for p in sorted(suite.rglob("*"))
        if p.is_file()
    ]
    files += [("real", p) for p in sorted(REAL_FEEDS.iterdir()) if p.is_file()]
    return files


@dataclass
class Outcome:
    group: str
    name: str
    outcome: str = "crash"
    entries: int = 0
    signals: int = 0
    dead: Counter[str] = field(default_factory=Counter)
    error: str | None = None

    @property
    def accounted(self) -> bool:
        entry_dead = sum(n for r, n in self.dead.items() if r != "malformed_feed")
        return self.outcome != "crash" and self.signals + entry_dead == self.entries


def parse_one(group: str, path: Path) -> Outcome:
    body = path.read_bytes()
    content_type = declared_headers(body).get("content-type")
    out = Outcome(group, path.name, entries=entry_count(body, content_type))
    try:
        result = parse_feed(path.name, body, RECEIVED, "es", content_type=content_type)
    except Exception as exc:  # noqa: BLE001 - a crash is what this bench counts
        out.error = f"{type(exc).__name__}: {exc}"
        return out
    out.signals = len(result.signals)
    out.dead = Counter(d.reason.value for d in result.dead_letters)
    if result.malformed:
        out.outcome = "malformed"
    elif not result.signals and not result.dead_letters:
        out.outcome = "no entries"
    elif result.warning:
        out.outcome = "lenient"
    else:
        out.outcome = "parsed"
    return out


async def poll_over_http(sample: list[tuple[str, Path]]) -> list[tuple[str, str, int, int, int]]:
    """Serve each file (with its declared headers) on 127.0.0.1; poll it once with FeedPoller.

    Returns (group, name, outcome, signals published, unique signal ids in-process).
    """
    files = {f"{i}": path for i, (_, path) in enumerate(sample)}

    async def serve(request: web.Request) -> web.StreamResponse:
        body = files[request.match_info["key"]].read_bytes()
        headers = declared_headers(body)
        status = int(headers.pop("status", "200"))
        headers.setdefault("content-type", "application/xml")
        return web.Response(status=status, body=body, headers=headers)

    app = web.Application()
    app.router.add_get("/{key}", serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    cfg = CollectConfig(timeout_seconds=10, allow_private_networks=("127.0.0.1/32",))
    rows = []
    try:
        async with aiohttp.ClientSession() as session:
            for key, (group, path) in zip(files, sample, strict=True):
                sink = ListSink()
                feed = FeedConfig(id=f"f{key}", url=f"http://127.0.0.1:{port}/{key}")
                poller = FeedPoller(feed, cfg, session, sink, ManualClock(RECEIVED), Metrics())
                outcome = await poller.poll_once()
                body = path.read_bytes()
                ct = declared_headers(body).get("content-type")
                expected = parse_feed(feed.id, body, RECEIVED, "es", content_type=ct)
                unique = len({s.id for s in expected.signals})
                rows.append((group, path.name, outcome.value, len(sink.signals), unique))
    finally:
        await runner.cleanup()
    return rows


def print_table(outcomes: list[Outcome]) -> None:
    groups = sorted({o.group for o in outcomes})
    kinds = ["parsed", "lenient", "no entries", "malformed", "crash"]
    reasons = sorted({r for o in outcomes for r in o.dead})
    head = ["corpus", "files", *kinds, "entries", "signals", *reasons, "accounted"]
    rows = []
    for group in [*groups, "total"]:
        chosen = [o for o in outcomes if group in (o.group, "total")]
        by_kind = Counter(o.outcome for o in chosen)
        dead = sum((o.dead for o in chosen), Counter[str]())
        rows.append(
            [group, len(chosen), *(by_kind[k] for k in kinds)]
            + [sum(o.entries for o in chosen), sum(o.signals for o in chosen)]
            + [dead[r] for r in reasons]
            + [f"{sum(o.accounted for o in chosen)}/{len(chosen)}"]
        )
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    for row in [head, *rows]:
        print("  ".join(str(c).rjust(w) for c, w in zip(row, widths, strict=True)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--http-sample", type=int, default=60, help="files polled over HTTP")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # every malformed feed logs a warning; the table says it

    suite = fetch_feedparser_suite()
    files = corpus(suite)
    started = time.perf_counter()
    outcomes = [parse_one(group, path) for group, path in files]
    parse_seconds = time.perf_counter() - started
    print(f"in-process: {len(files)} files in {parse_seconds:.1f} s\n")
    print_table(outcomes)
    for o in outcomes:
        if not o.accounted:
            print(f"NOT ACCOUNTED {o.group}/{o.name}: {o.outcome} {o.error or ''}")

    step = max(1, len(files) // max(1, args.http_sample))
    sample = files[::step][: args.http_sample]
    rows = asyncio.run(poll_over_http(sample))
    polls = Counter(r[2] for r in rows)
    mismatched = [r for r in rows if r[2] == "ok" and r[3] != r[4]]
    print(f"\nover HTTP (FeedPoller, 127.0.0.1): {len(rows)} files, outcomes {dict(polls)}")
    print(f"signals published = unique in-process signals for every 'ok' poll: {not mismatched}")
    for r in mismatched:
        print(f"MISMATCH {r}")

    summary = {
        "files": len(outcomes),
        "crashes": sum(o.outcome == "crash" for o in outcomes),
        "not_accounted": sum(not o.accounted for o in outcomes),
        "entries": sum(o.entries for o in outcomes),
        "signals": sum(o.signals for o in outcomes),
        "dead_letters": dict(sum((o.dead for o in outcomes), Counter[str]())),
        "parse_seconds": round(parse_seconds, 2),
        "http_polls": dict(polls),
        "http_mismatches": len(mismatched),
    }
    print(json.dumps(summary))
    failed = summary["crashes"] or summary["not_accounted"] or mismatched
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
