"""The detector state's encoding: orjson where exact, json's bytes wherever it is not."""

from __future__ import annotations

import enum
import math
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from earlywarn.config import DetectConfig
from earlywarn.detect.escalation import EscalationDetector
from earlywarn.model import dumps, loads
from earlywarn.pipeline import Detection
from earlywarn.runtime.state_codec import encode_state

from ._helpers import T0, incident


class Colour(enum.StrEnum):
    RED = "red"


def _same(a: Any, b: Any) -> bool:
    """Equal values, NaN equal to NaN and a tuple to the list JSON makes of it."""
    if isinstance(a, float) or isinstance(b, float):
        return (
            isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)
        ) or a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _escalated_detection() -> Detection:
    detection = Detection(EscalationDetector(DetectConfig(), {"13": "La Libertad"}))
    incidents = [
        replace(
            incident(f"x{i}"),
            occurred_at=T0 + timedelta(hours=i),
            title=f"Incidente {'abcdefgh'[i] * 6}",
        )
        for i in range(6)
    ]
    assert detection.observe(incidents).escalations, "the fixture should escalate"
    return detection


def test_a_detector_snapshot_restores_to_the_saved_state() -> None:
    """A department's state encoded and restored into a fresh detector snapshots the same."""
    saved = _escalated_detection().snapshot_region("13")
    restored = Detection(EscalationDetector(DetectConfig(), {"13": "La Libertad"}))
    restored.restore_region("13", loads(encode_state(saved)))
    assert _same(restored.snapshot_region("13"), saved)
    assert loads(encode_state(saved)) == loads(dumps(saved))  # what restore always read


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, -math.nan])
def test_non_finite_floats_are_written_as_json_writes_them(value: float) -> None:
    """NaN and ±inf anywhere (as a score, inside a list or a tuple) survive the round trip."""
    data = {"score": value, "episodes": [{"last": (1, [2.5, value])}], "episode": None}
    encoded = encode_state(data)
    assert encoded == dumps(data)
    assert _same(loads(encoded), data)


def test_finite_builtin_data_reads_back_equal() -> None:
    """Finite floats, big-but-64-bit ints, unicode and None decode to the value saved."""
    data = {
        "z": [0.1, 1e16, -2.5e-308, 1.7976931348623157e308],
        "a": {"ñandú": "Llacuabamba–Pataz", "n": -(2**63), "m": 2**64 - 1, "none": None},
        "seen": [("id-1", "story-1"), ("id-2", "story-2")],
        "ok": True,
    }
    assert _same(loads(encode_state(data)), data)
    assert loads(encode_state(data)) == loads(dumps(data))


@pytest.mark.parametrize(
    "data",
    [
        {"big": 2**70},  # beyond 64 bits: orjson refuses
        {"keys": {1: "a", 2.5: "b"}},  # json writes non-string keys as strings
        {"colour": Colour.RED},  # a str subclass
        {"nested": {"colour": [Colour.RED]}},
    ],
)
def test_what_orjson_would_write_differently_gets_jsons_bytes(data: dict[str, Any]) -> None:
    """Big integers, non-string keys and str subclasses are encoded by json, byte for byte."""
    assert encode_state(data) == dumps(data)


def test_what_json_refuses_is_refused() -> None:
    """A value json cannot encode (a datetime) raises as before instead of becoming a string."""
    with pytest.raises(TypeError):
        encode_state({"at": T0})
