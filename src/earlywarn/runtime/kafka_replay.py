"""Read the signals topic between two record timestamps, for ``earlywarn replay --from-kafka``.

Nothing live is touched: the partitions are assigned by hand (the consumer never joins a
group, so no rebalance), it starts from ``offsets_for_times(start)``, and it never commits.
The group id it carries is its own (``<worker id>-replay-…``), so even a mistaken commit
could not move the live group's offsets.

tansu caveats, handled here: ListOffsets LATEST under-reports the end of a partition whose
last batch holds more than one record, so "reached the end offset" alone would stop early;
a partition counts as finished only once it is at or past that offset *and* a fetch brings
nothing more for it. A timestamp lookup with nothing at or after ``start`` answers None: that
partition holds nothing to replay.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, TopicPartition

from earlywarn.errors import BrokerError, InvalidRecord
from earlywarn.model import DeadLetter, Signal, loads
from earlywarn.reasons import DeadLetterReason, Stage


@dataclass
class TopicSlice:
    """What was read: signals in range, records that did not decode, and counts."""

    signals: list[Signal] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    before_start: int = 0
    after_end: int = 0


async def read_signals_between(
    bootstrap: str,
    topic: str,
    start: datetime,
    end: datetime | None,
    group_id: str,
    progress: Callable[[int], None] | None = None,
    timeout: float = 600.0,
) -> TopicSlice:
    """Signals whose record timestamp is in ``[start, end)`` (``end`` None: up to now)."""
    start_ms = int(start.timestamp() * 1000)
    end_ms = int(end.timestamp() * 1000) if end is not None else None
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    try:
        await consumer.start()
    except Exception as exc:  # aiokafka raises several unrelated types when unreachable
        raise BrokerError(f"cannot reach the broker at {bootstrap}: {exc!r}") from exc
    out = TopicSlice()
    try:
        async with asyncio.timeout(timeout):
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic)
            if not partitions:
                raise BrokerError(f"topic {topic} does not exist on {bootstrap}")
            tps = [TopicPartition(topic, p) for p in sorted(partitions)]
            consumer.assign(tps)
            found = await consumer.offsets_for_times(dict.fromkeys(tps, start_ms))
            remaining = {tp for tp, at in found.items() if at is not None}
            for tp in remaining:
                consumer.seek(tp, found[tp].offset)
            if remaining:
                consumer.pause(*(set(tps) - remaining))
            ends = await consumer.end_offsets(list(remaining)) if remaining else {}
            while remaining:
                batches = await consumer.getmany(*remaining, timeout_ms=500, max_records=5000)
                for tp, messages in batches.items():
                    taken = 0
                    for message in messages:
                        if message.timestamp < start_ms:
                            out.before_start += 1
                            continue
                        if end_ms is not None and message.timestamp >= end_ms:
                            out.after_end += 1
                            remaining.discard(tp)  # timestamps grow within a partition
                            consumer.pause(tp)
                            break
                        taken += 1
                        _take(out, message.value, message.timestamp)
                    if progress is not None and taken:
                        progress(taken)
                for tp in list(remaining):
                    if tp not in batches and await consumer.position(tp) >= ends[tp]:
                        remaining.discard(tp)  # past the (maybe low) end, and nothing more
    except TimeoutError as exc:
        raise BrokerError(f"reading {topic} took longer than {timeout:.0f}s") from exc
    finally:
        await consumer.stop()
    return out


def _take(out: TopicSlice, raw: bytes | None, timestamp_ms: int) -> None:
    payload = raw or b""
    try:
        out.signals.append(Signal.from_dict(loads(payload)))
    except InvalidRecord as exc:
        out.dead_letters.append(
            DeadLetter(
                stage=Stage.ENRICH.value,
                reason=DeadLetterReason.DECODE_ERROR,
                payload=payload.decode("utf-8", errors="replace"),
                error=exc.message,
                first_seen=datetime.fromtimestamp(timestamp_ms / 1000, UTC),
            )
        )
