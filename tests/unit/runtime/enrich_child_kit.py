"""Run by test_enrich_process.py in a fresh interpreter (a process with no other threads,
as ``earlywarn run`` is when it creates the app).

    python enrich_child_kit.py compare   prints JSON: {"in_child", "same", "records"}
    python enrich_child_kit.py orphaned  kills the child first, then the same JSON
    python enrich_child_kit.py hold      prints "ready", then waits until killed
    python enrich_child_kit.py side-by-side 2   two batches at once: the same JSON

A second argument sets the number of enrich processes (default 1).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from earlywarn.config import load_settings
from earlywarn.model import Signal, SignalKind, dumps
from earlywarn.pipeline import Components, enrich_records
from earlywarn.runtime.enrich_process import EnrichProcess

ROOT = Path(__file__).resolve().parents[3]
T0 = datetime(2026, 3, 1, tzinfo=UTC)
TITLES = [
    "Asesinan a 5 mineros en Pataz, La Libertad",
    "Secuestran a ingeniero minero en La Rinconada, Puno",
    "Festival de música en Lima reúne a miles",
    "Interdicción destruye dragas en La Pampa, Madre de Dios",
]


def records() -> list[bytes]:
    signals = [
        Signal(
            id=Signal.make_id("kit", str(i)),
            source="kit",
            kind=SignalKind.NEWS,
            title=TITLES[i % len(TITLES)],
            text="Según fuentes locales.",
            published_at=T0 + timedelta(minutes=i),
            received_at=T0 + timedelta(minutes=i),
        )
        for i in range(40)
    ]
    return [dumps(s.to_dict()) for s in signals] + [b"{not json"]


async def compare(process: EnrichProcess, enricher_records: list[bytes]) -> dict[str, object]:
    enriched = await process.enrich(enricher_records, T0)
    in_loop = enrich_records(process.enricher, enricher_records, T0)
    return {
        "in_child": process.in_child,
        "same": enriched == in_loop,
        "records": sum(enriched.outcomes.values()),
    }


async def side_by_side(process: EnrichProcess, enricher_records: list[bytes]) -> dict[str, object]:
    halves = [enricher_records[::2], enricher_records[1::2]]
    enriched = await asyncio.gather(*(process.enrich(half, T0) for half in halves))
    in_loop = [enrich_records(process.enricher, half, T0) for half in halves]
    return {
        "in_child": process.in_child,
        "same": enriched == in_loop,
        "records": sum(sum(batch.outcomes.values()) for batch in enriched),
    }


def main() -> None:
    settings = load_settings(ROOT / "config" / "earlywarn.yaml", environ={})
    processes = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    enricher = Components.load(settings).enricher()
    process = EnrichProcess(enricher, in_child=True, processes=processes)
    if sys.argv[1] == "side-by-side":
        print(json.dumps(asyncio.run(side_by_side(process, records()))), flush=True)
        process.close()
    elif sys.argv[1] in ("compare", "orphaned"):
        if sys.argv[1] == "orphaned":
            child = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text()
            os.kill(int(child.split()[0]), signal.SIGKILL)
        print(json.dumps(asyncio.run(compare(process, records()))), flush=True)
        process.close()
    else:
        print("ready", flush=True)
        sys.stdin.read()  # until the test kills this process


if __name__ == "__main__":
    main()
