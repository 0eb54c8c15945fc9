"""Run by test_enrich_process.py in a fresh interpreter (a process with no other threads,
as ``earlywarn run`` is when it creates the app).

    python enrich_child_kit.py compare   prints JSON: {"in_child", "same", "records"}
    python enrich_child_kit.py orphaned  kills the child first, then the same JSON
    python enrich_child_kit.py hold      prints "ready", then waits until killed
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


def main() -> None:
    settings = load_settings(ROOT / "config" / "earlywarn.yaml", environ={})
    process = EnrichProcess(Components.load(settings).enricher(), in_child=True)
    if sys.argv[1] in ("compare", "orphaned"):
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
