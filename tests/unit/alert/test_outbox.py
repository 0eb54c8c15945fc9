"""Outbox queues: order per fingerprint, de-duplication, reminders, and restore from records."""

from __future__ import annotations

from datetime import timedelta

from earlywarn.alert.outbox import Delivery, Outbox, repeat_id
from earlywarn.model import Alert, AlertStatus, Level

from ._helpers import T0, escalation


def _delivery(alert: Alert, *, repeat: int = 0, subscription: str = "ops") -> Delivery:
    return Delivery(
        id=repeat_id(alert.id, repeat),
        subscription=subscription,
        alert=alert,
        partition=1,
        group_key="root|ops|{}",
        due_at=T0,
        created_at=T0,
        repeat=repeat,
    )


def test_queue_keeps_order_and_refuses_a_second_copy() -> None:
    """Deliveries of one fingerprint queue in order; the same webhook-id is queued once."""
    outbox = Outbox()
    watch = _delivery(Alert.of(escalation()))
    warning = _delivery(Alert.of(escalation(level=Level.WARNING)))
    assert outbox.enqueue(watch) and outbox.enqueue(warning)
    assert not outbox.enqueue(watch)
    assert [d.id for d in outbox.pending(watch.queue)] == [watch.id, warning.id]
    outbox.complete(watch.queue, watch.id)
    assert not outbox.enqueue(watch)  # just sent: a replayed alert is not sent again
    assert outbox.head(watch.queue) == warning
    assert outbox.counts == {"ops": 1}


def test_a_new_notification_supersedes_waiting_reminders() -> None:
    """A reminder still waiting is dropped when a newer alert for the fingerprint arrives,
    even at the head of the queue: the resolution must not wait for the reminder's hours."""
    outbox = Outbox()
    firing = Alert.of(escalation())
    first = _delivery(firing)
    outbox.enqueue(first)
    outbox.complete(first.queue, first.id)
    reminder = _delivery(firing, repeat=1)
    outbox.enqueue(reminder)
    resolved = _delivery(Alert.of(escalation(status=AlertStatus.RESOLVED)))
    outbox.enqueue(resolved)
    assert list(outbox.pending(first.queue)) == [resolved]
    outbox.complete(first.queue, reminder.id)  # had it been in flight: nothing to update
    assert outbox.head(first.queue) == resolved
    outbox.enqueue(_delivery(firing, repeat=2))
    outbox.enqueue(_delivery(Alert.of(escalation(level=Level.CRITICAL))))
    assert [d.repeat for d in outbox.pending(first.queue)] == [0, 0]
    assert outbox.counts == {"ops": 2}


def test_restore_from_the_saved_record_resumes_where_it_was() -> None:
    """A queue record restores pending deliveries with attempts and due time, and done ids."""
    outbox = Outbox()
    d = _delivery(Alert.of(escalation()))
    outbox.enqueue(d)
    outbox.reschedule(d.queue, d.id, 3, T0 + timedelta(minutes=5))
    record = outbox.record(d.queue)
    assert record is not None
    restored = Outbox()
    restored.restore(d.queue, record)
    head = restored.head(d.queue)
    assert head is not None
    assert (head.id, head.attempts, head.due_at) == (d.id, 3, T0 + timedelta(minutes=5))
    assert head.alert == d.alert
    assert restored.counts == {"ops": 1}
    key, value = restored.disable("ops", "HTTP 410")
    again = Outbox()
    again.restore(key, value)
    assert again.disabled == {"ops": "HTTP 410"}


def test_forget_drops_the_queues_of_released_partitions() -> None:
    """Queues owned by partitions given to another worker are dropped."""
    outbox = Outbox()
    d = _delivery(Alert.of(escalation()))
    outbox.enqueue(d)
    assert outbox.forget({1}) == [d.queue]
    assert outbox.queue_keys() == []
    assert outbox.counts == {"ops": 0}
