"""Incidents decoded once per worker and shared by the detect agent and the dashboard."""

from __future__ import annotations

import gc
import json

from earlywarn.model import (
    incident_batches,
)
from earlywarn.reasons import DeadLetterReason
from earlywarn.runtime.decoded import DecodedIncidents, cyclic_gc_paused
from earlywarn.runtime.faust_app import decode_incidents

from ._helpers import T0, incident


def test_kept_incidents_are_taken_once() -> None:
    """What one reader keeps, the other takes once; a second take finds nothing."""
    shared = DecodedIncidents()
    kept = [incident("a")]
    shared.keep(b"message", kept)
    assert shared.take(bytes(bytearray(b"message"))) == kept  # equal bytes, another object
    assert shared.take(b"message") is None
    assert len(shared) == 0


def test_the_oldest_entries_go_first_beyond_the_byte_budget() -> None:
    """Past the byte budget the oldest entries are dropped; a message over it is not kept."""
    shared = DecodedIncidents(max_bytes=10)
    shared.keep(b"aaaa", [incident("a")])
    shared.keep(b"bbbb", [incident("b")])
    shared.keep(b"cccc", [incident("c")])
    shared.keep(b"x" * 11, [incident("x")])
    assert shared.take(b"aaaa") is None
    assert shared.take(b"x" * 11) is None
    assert [i.id for i in shared.take(b"bbbb") or ()] == ["b"]
    assert [i.id for i in shared.take(b"cccc") or ()] == ["c"]


def test_the_second_reader_gets_the_first_readers_incidents() -> None:
    """A message decoded by one reader is taken, not decoded again, by the other."""
    shared = DecodedIncidents()
    [message] = incident_batches([incident("a"), incident("b")])
    first, _ = decode_incidents([message], T0, shared)
    second, rejects = decode_incidents([message], T0, shared)
    assert second == first
    assert [i.id for i in second] == ["a", "b"]
    assert rejects == []
    assert len(shared) == 0


def test_a_message_with_a_bad_record_is_not_shared() -> None:
    """A message with a bad record is decoded by each reader, so each reports it its own way."""
    shared = DecodedIncidents()
    batch = json.dumps({"incidents": [incident("a").to_dict(), {"id": "bad"}]}).encode()
    _, [reject] = decode_incidents([batch], T0, shared)
    assert len(shared) == 0
    _, [again] = decode_incidents([batch], T0, shared)
    assert again.error == reject.error


def test_decoding_a_large_batch_runs_no_cyclic_collection() -> None:
    """Decoding thousands of incidents triggers no cyclic GC, which is on again afterwards."""
    messages = incident_batches([incident(f"i{n}") for n in range(3000)])
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        decoded, rejects = decode_incidents(messages, T0, DecodedIncidents())
    finally:
        gc.callbacks.remove(count)
    assert len(decoded) == 3000
    assert rejects == []
    # Unpaused, ~30 young collections; paused, at most the one owed once GC is back on.
    assert len(collections) <= 1
    assert gc.isenabled()


def test_the_gc_pause_restores_the_state_it_found() -> None:
    """The pause turns cyclic GC back on after an error, and leaves it off if it was off."""
    try:
        with cyclic_gc_paused():
            assert not gc.isenabled()
            raise ValueError("bad batch")
    except ValueError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_bad_message_is_still_a_dead_letter_under_the_gc_pause() -> None:
    """A message that is not JSON comes back as a dead letter, and GC is on again."""
    [good] = incident_batches([incident("a")])
    decoded, [reject] = decode_incidents([b"{not json", good], T0, DecodedIncidents())
    assert [i.id for i in decoded] == ["a"]
    assert reject.reason is DeadLetterReason.DECODE_ERROR
    assert gc.isenabled()
