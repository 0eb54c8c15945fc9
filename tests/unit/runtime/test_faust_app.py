"""The detect agent's decoding of incidents-topic messages (batches and singles)."""

from __future__ import annotations

import json

from earlywarn.model import (
    dumps,
    incident_batches,
)
from earlywarn.reasons import DeadLetterReason, Stage
from earlywarn.runtime.faust_app import decode_incidents

from ._helpers import T0, incident


def test_batches_and_single_incidents_decode_in_order() -> None:
    """Batches and older one-incident messages decode to the incidents, in order."""
    first, second, third = incident("a"), incident("b"), incident("c")
    values = [*incident_batches([first, second]), dumps(third.to_dict())]
    incidents, rejects = decode_incidents(values, T0)
    assert [i.id for i in incidents] == ["a", "b", "c"]
    assert rejects == []


def test_a_bad_record_in_a_batch_is_dead_lettered_alone() -> None:
    """One bad record in a batch becomes a dead letter with its own payload; the rest pass."""
    good = incident("good").to_dict()
    bad = {"id": "bad", "category": "homicide"}
    batch = json.dumps({"incidents": [good, bad, good], "schema": 1}).encode()
    incidents, [reject] = decode_incidents([batch], T0)
    assert [i.id for i in incidents] == ["good", "good"]
    assert reject.stage == Stage.DETECT.value
    assert reject.reason is DeadLetterReason.DECODE_ERROR
    assert json.loads(reject.payload) == bad


def test_an_undecodable_message_is_one_dead_letter() -> None:
    """A message that is not JSON is dead-lettered whole, with its bytes as the payload."""
    incidents, [reject] = decode_incidents([b"not json"], T0)
    assert incidents == []
    assert reject.payload == "not json"
    assert reject.reason is DeadLetterReason.DECODE_ERROR
