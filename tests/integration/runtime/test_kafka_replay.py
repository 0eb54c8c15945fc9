"""`earlywarn replay --from-kafka`: a slice of the signals topic by timestamp, live untouched."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from click.testing import CliRunner

from earlywarn.cli.main import cli
from earlywarn.model import Signal, SignalKind, dumps
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.topics import TopicNames, ensure_topics
from earlywarn.testing import write_config

pytestmark = pytest.mark.integration

START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2026, 1, 2, tzinfo=UTC)
PATAZ = [
    (
        "Ataque armado contra vigilantes de bocamina en Vijus, Pataz",
        "Patrulla reporta disparos contra el personal de seguridad de la mina en Vijus; un vigilante herido de bala.",
    ),
    (
        "Emboscada a trabajadores mineros en Retamas, Parcoy, Pataz",
        "Sujetos armados dispararon contra una camioneta con mineros en la vía a Retamas.",
    ),
    (
        "Sicarios disparan contra campamento minero en Llacuabamba",
        "Encapuchados atacaron con armas de fuego a trabajadores de una contratista minera en Parcoy, provincia de Pataz.",
    ),
    (
        "Balacera en socavón de Pataz deja dos heridos",
        "Un grupo armado disparó contra mineros artesanales en un socavón del distrito de Pataz, La Libertad.",
    ),
    (
        "Atacan a balazos a mineros en Tayabamba",
        "Mineros informales fueron atacados a balazos en Tayabamba, Pataz; un herido.",
    ),
]


def _signal(n: int, title: str, text: str, at: datetime) -> Signal:
    return Signal(
        id=f"rpp:{n}",
        source="rpp",
        kind=SignalKind.NEWS,
        title=title,
        text=text,
        published_at=at,
        received_at=at,
    )


async def _publish(bootstrap: str, topic: str, records: list[tuple[datetime, bytes]]) -> None:
    # linger: several records per batch, the case in which tansu under-reports end offsets.
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50)
    await producer.start()
    try:
        sent = [
            await producer.send(topic, value, key=b"rpp", timestamp_ms=int(at.timestamp() * 1000))
            for at, value in records
        ]
        await asyncio.gather(*sent)
    finally:
        await producer.stop()


async def _committed(bootstrap: str, group: str, topic: str) -> list[int | None]:
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        return [await consumer.committed(TopicPartition(topic, p)) for p in range(4)]
    finally:
        await consumer.stop()


def test_replay_from_kafka_reads_only_the_time_slice_and_writes_alerts_and_a_report(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """Records before --start and at/after --end are skipped, a bad record is a dead letter,
    the slice's La Libertad burst gives an alert and an HTML report, and the live consumer
    group has no committed offsets afterwards."""
    prefix = f"rk{uuid.uuid4().hex[:8]}"
    topics = TopicNames(prefix)
    asyncio.run(ensure_topics(broker.bootstrap, topics.all(), 4))
    before = [
        (
            START - timedelta(days=1, hours=i),
            _signal(100 + i, *PATAZ[i], START - timedelta(days=1, hours=i)),
        )
        for i in range(2)
    ]
    inside = [
        (START + timedelta(hours=2 * i), _signal(i, *PATAZ[i], START + timedelta(hours=2 * i)))
        for i in range(5)
    ]
    after = [
        (END + timedelta(hours=i), _signal(200 + i, *PATAZ[i], END + timedelta(hours=i)))
        for i in range(2)
    ]
    records = [(at, dumps(s.to_dict())) for at, s in before + inside + after]
    records.insert(3, (START + timedelta(hours=1), b"{not json"))
    records.sort(key=lambda r: r[0])
    asyncio.run(_publish(broker.bootstrap, topics.signals, records))

    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {"topic_prefix": prefix},
            "worker": {"id": prefix, "state_dir": str(tmp_path / "state")},
            "enrich": {"model_path": str(repo_root / "models" / "threat-classifier")},
        },
    )
    out, report, dead = tmp_path / "alerts.jsonl", tmp_path / "report.html", tmp_path / "dead.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "earlywarn.cli.main",
            "replay",
            "--config",
            str(config),
            "--from-kafka",
            "--bootstrap",
            broker.bootstrap,
            "--start",
            "2026-01-01T00:00Z",
            "--end",
            "2026-01-02T00:00Z",
            "-o",
            str(out),
            "--report",
            str(report),
            "--dead-letters",
            str(dead),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stderr.strip().splitlines()[-1])
    assert summary["signals"] == len(inside)
    assert (
        "2 before --start, 1 at/after --end skipped" in result.stderr
    )  # one partition stops at the first late record
    alerts = [json.loads(line) for line in out.read_text().splitlines()]
    assert alerts and alerts[0]["escalation"]["region"] == "13"
    assert [json.loads(line)["reason"] for line in dead.read_text().splitlines()] == [
        "decode_error"
    ]
    html = report.read_text()
    assert "La Libertad (13) — armed_attack" in html and "<script" not in html
    assert asyncio.run(_committed(broker.bootstrap, prefix, topics.signals)) == [None] * 4


def test_replay_needs_exactly_one_source() -> None:
    """Without -i or --from-kafka (or with both) replay says what to give, exit code 2."""
    for args in ([], ["-i", "-", "--from-kafka", "--start", "2026-01-01T00:00Z"]):
        result = CliRunner().invoke(cli, ["replay", *args])
        assert result.exit_code == 2
        assert "give either -i/--input or --from-kafka" in result.output
