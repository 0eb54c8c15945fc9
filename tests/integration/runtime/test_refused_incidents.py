"""An incident the detector refuses (an event time its buckets cannot hold) is parked by the
live detect agent as a dead letter; the worker goes on and commits past it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from partition_kit import committed, publish

from earlywarn.model import (
    Category,
    Incident,
    Place,
    Precision,
    Severity,
    SignalKind,
    incident_batches,
)
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import (
    WorkerProcess,
    free_port,
    make_incident,
    read_topic,
    scrape_metric,
    until,
    wait_for_metric,
    write_config,
)

pytestmark = pytest.mark.integration

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
FAR = datetime(9000, 1, 1, tzinfo=UTC)  # beyond minute buckets (int32 ends in year 6053)


def _incident(ident: str, at: datetime) -> Incident:
    """An armed attack in Pataz province (La Libertad) from rpp, no casualties, conf 0.9."""
    return make_incident(
        id=ident,
        category=Category.ARMED_ATTACK,
        confidence=0.9,
        severity=Severity(),
        place=Place(Precision.PROVINCE, department_ubigeo="13", name="Pataz"),
        occurred_at=at,
        source="rpp",
        kind=SignalKind.NEWS,
        title=f"Ataque armado {ident} en Pataz",
    )


def _config(tmp_path: Path, bootstrap: str, prefix: str, port: int, model: Path) -> Path:
    return write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {"bootstrap_servers": [bootstrap], "topic_prefix": prefix},
            "worker": {"id": prefix, "state_dir": str(tmp_path / "state"), "tick_seconds": 1},
            "http": {"host": "127.0.0.1", "port": port},
            "intake": {"enabled": False},
            "demo": {"enabled": False},
            "feeds": [],
            "enrich": {"model_path": str(model)},
            "detect": {
                "bucket_seconds": 60,
                "window_buckets": 60,
                "baseline_buckets": 600,
                "quiet_buckets": 60,
            },
        },
    )


async def test_refused_incident_is_a_dead_letter_and_the_worker_goes_on(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """A year-9000 incident on the incidents topic (in a batch and alone) ends on the
    dead-letter topic as detect/event_time_out_of_range, counted like other detect dead
    letters; the worker keeps running, counts the incidents around it, and commits past all."""
    prefix = f"r{uuid.uuid4().hex[:8]}"
    port = free_port()
    config = _config(
        tmp_path, broker.bootstrap, prefix, port, repo_root / "models" / "threat-classifier"
    )
    worker = WorkerProcess(config, tmp_path / "worker.log")
    base = f"http://127.0.0.1:{port}"
    worker.start()
    try:
        await worker.wait_ready(base)
        around = [_incident("before", T0), _incident("after", T0 + timedelta(minutes=5))]
        messages = [
            *incident_batches([around[0], _incident("far-1", FAR), around[1]]),
            *incident_batches([_incident("far-2", FAR)]),
            *incident_batches([_incident("later", T0 + timedelta(minutes=9))]),
        ]
        assert len(messages) == 3
        await publish(broker.bootstrap, f"{prefix}.incidents", messages)

        def both_parked(records: list[dict[str, Any]]) -> bool:
            return len([r for r in records if r["reason"] == "event_time_out_of_range"]) == 2

        dead = await read_topic(broker.bootstrap, f"{prefix}.deadletter", both_parked)
        refused = [r for r in dead if r["reason"] == "event_time_out_of_range"]
        assert {r["stage"] for r in refused} == {"detect"}
        assert ["far-1" in refused[0]["payload"], "far-2" in refused[1]["payload"]] == [True] * 2
        assert all("9000-01-01" in r["error"] for r in refused)

        await until(
            lambda: _committed_is(broker.bootstrap, prefix, f"{prefix}.incidents", 3),
            "the incidents partition committed past the refused incidents",
        )
        await wait_for_metric(base, "earlywarn_stage_items_total", 3, stage="detect")
        assert await scrape_metric(base, "earlywarn_stage_items_total", stage="detect") == 3
        parked = await scrape_metric(
            base, "earlywarn_dead_letters_total", stage="detect", reason="event_time_out_of_range"
        )
        assert parked == 2
        assert worker.process is not None and worker.process.poll() is None
    finally:
        code = worker.stop()
    assert code == 0, worker.log_tail()


async def _committed_is(bootstrap: str, group: str, topic: str, offset: int) -> bool:
    return await committed(bootstrap, group, topic) == offset
