"""The replay contract: the same archive gives the same alerts offline and through Faust."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from earlywarn.model import Signal, SignalKind, dumps
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import WorkerProcess, free_port, read_topic, wait_for_metric, write_config

pytestmark = pytest.mark.integration

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)

# (hours after T0, title, text): two escalations (Pataz attacks, then La Rinconada extortion),
# background noise and a syndicated copy that must not count twice.
ARCHIVE: list[tuple[float, str, str]] = [
    (
        0,
        "Precio del oro sube por tercera semana consecutiva",
        "Analistas prevén más inversión minera en el sur del país.",
    ),
    (
        1,
        "Atacan a balazos a mineros artesanales en Pataz",
        "Un grupo armado disparó contra trabajadores de un socavón en Pataz, La Libertad.",
    ),
    (
        2,
        "Encapuchados disparan contra campamento minero en Llacuabamba",
        "Vigilantes de una minera en Parcoy, Pataz, repelieron un ataque armado.",
    ),
    (
        2.5,
        "Encapuchados disparan contra campamento minero en Llacuabamba",
        "Vigilantes de una minera en Parcoy, Pataz, repelieron un ataque armado.",
    ),
    (
        3,
        "Festival de la Candelaria reúne a miles de danzantes en Puno",
        "La fiesta patronal llenó las calles de la ciudad.",
    ),
    (
        5,
        "Emboscada a trabajadores de contratista minera en Vijus, Pataz",
        "Sujetos armados interceptaron una camioneta y dispararon contra los mineros.",
    ),
    (
        7,
        "Sicarios atacan a balazos bocamina en Retamas, Pataz",
        "Pistoleros dispararon contra mineros artesanales durante la madrugada en Parcoy.",
    ),
    (
        30,
        "Denuncian cobro de cupos a mineros en La Rinconada",
        "Una banda exige pagos semanales a los mineros artesanales de Ananea, Puno.",
    ),
    (
        31,
        "Extorsionadores amenazan a mineros de La Rinconada que no pagan cupos",
        "Los mineros de Ananea, San Antonio de Putina, denuncian extorsión.",
    ),
    (
        33,
        "Banda criminal cobra cupos a comerciantes y mineros en Ananea, Puno",
        "La policía recibió denuncias de extorsión en el centro poblado La Rinconada.",
    ),
    (
        34,
        "Mineros de La Rinconada denuncian nuevas extorsiones de banda criminal",
        "Exigen el pago de cupos bajo amenaza de muerte en Puno.",
    ),
]


def _signals() -> list[Signal]:
    out = []
    for n, (hours, title, text) in enumerate(ARCHIVE):
        at = T0 + timedelta(hours=hours)
        out.append(
            Signal(
                id=Signal.make_id("archive", str(n)),
                source="archive",
                kind=SignalKind.NEWS,
                title=title,
                text=text,
                published_at=at,
                received_at=at,
                url=f"http://archive.invalid/{n}",
                language="es",
            )
        )
    return out


def _alert_key(alert: dict[str, Any]) -> tuple[Any, ...]:
    esc = alert["escalation"]
    return (
        alert["id"],
        alert["fingerprint"],
        alert["status"],
        esc["level"],
        esc["count"],
        esc["region"],
        esc["category"],
        tuple(c["incident_id"] for c in esc["contributions"]),
    )


async def test_replay_and_live_faust_path_give_the_same_alerts(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """One archive run through `earlywarn replay` and through the live worker gives equal alerts."""
    signals = _signals()
    archive = tmp_path / "signals.jsonl"
    archive.write_text("".join(dumps(s.to_dict()).decode() + "\n" for s in signals))
    prefix = f"r{uuid.uuid4().hex[:8]}"
    port = free_port()
    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {"bootstrap_servers": [broker.bootstrap], "topic_prefix": prefix},
            "worker": {"id": prefix, "state_dir": str(tmp_path / "state")},
            "http": {"port": port},
            "intake": {"enabled": False},
            "enrich": {"model_path": str(repo_root / "models" / "threat-classifier")},
        },
    )

    replayed = subprocess.run(
        [
            sys.executable,
            "-m",
            "earlywarn.cli.main",
            "replay",
            "--config",
            str(config),
            "-i",
            str(archive),
            "-o",
            str(tmp_path / "alerts.jsonl"),
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    offline = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert {a["escalation"]["region"] for a in offline} == {"13", "21"}, replayed.stderr
    summary = json.loads(replayed.stderr.strip().splitlines()[-1])

    worker = WorkerProcess(config, tmp_path / "worker.log").start()
    base = f"http://127.0.0.1:{port}"
    try:
        await worker.wait_ready(base)
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap)
        await producer.start()
        try:
            for s in signals:  # one key: one partition, so the worker sees archive order
                await producer.send_and_wait(f"{prefix}.signals", dumps(s.to_dict()), key=b"a")
        finally:
            await producer.stop()
        live = await read_topic(
            broker.bootstrap, f"{prefix}.alerts", lambda got: len(got) >= len(offline), timeout=90
        )
        # Everything enriched and detected before comparing: no late extra alert can come.
        incidents = summary["outcomes"].get("incident", 0) + summary["outcomes"].get(
            "low_confidence", 0
        )
        await wait_for_metric(base, "earlywarn_stage_items_total", incidents, stage="detect")
        live = await read_topic(
            broker.bootstrap, f"{prefix}.alerts", lambda got: len(got) >= len(offline), timeout=30
        )
    finally:
        code = worker.stop()
    assert sorted(map(_alert_key, live)) == sorted(map(_alert_key, offline))
    assert code == 0, worker.log_tail()
