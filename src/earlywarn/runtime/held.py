"""Messages a Faust agent holds uncommitted until its batch's work is durable.

Faust's ``take``/``take_events`` ack every event of a batch when the batch ends, also a
batch the agent never finished: at Ctrl-C ``Stream.on_stop`` closes the generator of a
batch still waiting (for the detector's turn, the broker, the stopped edge service), and
the consumer commits those offsets as it stops; events left to a partition's new owner
after a revocation are acked as the batch ends too. Acked before their work is durable
(escalations and state published, alerts published, alerts in the outbox), they are never
read again. Held, they stay uncommitted: the commit stops before them, and whoever owns
the partition next reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from faust.types import EventT


def hold_messages(events: Sequence[EventT[Any]]) -> None:
    """Keep ``events`` from being committed until :func:`release_messages` (one more
    reference on each message: Faust commits an offset once its message has none left)."""
    for event in events:
        event.message.incref()


def release_messages(events: Sequence[EventT[Any]]) -> None:
    """Let ``events`` be committed once the batch ends (their work is durable)."""
    for event in events:
        event.message.decref()
