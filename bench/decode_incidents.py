"""What decoding an incidents-topic message costs per incident, and how much of it is GC.

Run from the repo root inside the project's environment:  python bench/decode_incidents.py

Messages of 48 incidents (the live bench's average) are decoded by ``decode_incidents``
message by message, as the worker's readers do. Printed, µs per incident, best of five:
JSON parsing alone (the baseline), decoding with nothing kept, decoding while the last
20k incidents are kept alive (as the worker's state keeps them, so cyclic collections walk
and promote them), the same without decode_incidents' GC pause (as before it), and with
cyclic GC off for the whole run (the floor). ``--per-message`` 5000 gives 256 KiB messages.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections import deque
from collections.abc import Callable
from datetime import timedelta

from earlywarn.model import Incident, incident_batches, loads
from earlywarn.runtime.faust_app import _decode, decode_incidents
from earlywarn.testing import INCIDENT_TIME, make_incident

PER_MESSAGE = 48


def messages(count: int, per_message: int) -> list[bytes]:
    """``count`` incidents, ``per_message`` to a message, each with its own id, time and url."""
    incidents = [
        make_incident(
            id=f"{n:024x}",
            occurred_at=INCIDENT_TIME + timedelta(seconds=n),
            url=f"https://example.pe/noticias/{n}",
            title=f"Atacan a balazos a mineros artesanales en Pataz ({n})",
        )
        for n in range(count)
    ]
    return [
        message
        for start in range(0, count, per_message)
        for message in incident_batches(incidents[start : start + per_message])
    ]


def best_us(run: Callable[[], None], incidents: int) -> float:
    """Best of five runs of ``run``, in µs of CPU per incident."""
    times = []
    for _ in range(5):
        gc.collect()
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times) / incidents * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=48_000)
    parser.add_argument("--kept", type=int, default=20_000, help="incidents kept alive")
    parser.add_argument("--per-message", type=int, default=PER_MESSAGE)
    args = parser.parse_args()
    batch = messages(args.incidents, args.per_message)
    kept: deque[Incident] = deque(maxlen=args.kept)

    def parse_only() -> None:
        for message in batch:
            loads(message)

    def decode() -> None:
        for message in batch:
            decode_incidents([message], INCIDENT_TIME)

    def decode_keeping() -> None:
        for message in batch:
            kept.extend(decode_incidents([message], INCIDENT_TIME)[0])

    def decode_keeping_unpaused() -> None:
        for message in batch:
            kept.extend(_decode([message], INCIDENT_TIME, None)[0])

    n = args.incidents

    def row(label: str, run: Callable[[], None]) -> None:
        kept.clear()
        print(f"{label:<42} {best_us(run, n):6.2f} µs per incident")

    print(f"{n} incidents, {len(batch)} messages of ≈ {len(batch[0]) // 1024} KiB")
    row("JSON parsing alone (the baseline)", parse_only)
    row("decoding, nothing kept", decode)
    row(f"decoding, the last {args.kept} kept alive", decode_keeping)
    row("  the same, GC not paused in decoding", decode_keeping_unpaused)
    gc.disable()
    try:
        row("  the same, cyclic GC off throughout", decode_keeping)
    finally:
        gc.enable()


if __name__ == "__main__":
    main()
