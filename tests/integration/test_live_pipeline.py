"""The whole live path on a real broker: feeds and field reports in, a signed webhook out."""

from __future__ import annotations

import base64
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from standardwebhooks import Webhook

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import (
    FeedServer,
    WebhookRecorder,
    WorkerProcess,
    free_port,
    read_topic,
    scrape_metric,
    wait_for_metric,
    write_config,
)

pytestmark = pytest.mark.integration

PATAZ_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Noticias de prueba</title><link>http://example.invalid/</link>
<description>prueba</description>
<item><guid>pataz-1</guid><title>Atacan a balazos a mineros en Pataz, La Libertad</title>
<description>Un grupo armado disparó contra mineros artesanales en un socavón del distrito de Pataz; dos heridos.</description>
<link>http://example.invalid/pataz-1</link><pubDate>Tue, 24 Nov 2026 08:00:00 -0500</pubDate></item>
<item><guid>pataz-2</guid><title>Sicarios disparan contra campamento minero en Llacuabamba</title>
<description>Encapuchados atacaron con armas de fuego a trabajadores de una contratista minera en Parcoy, provincia de Pataz.</description>
<link>http://example.invalid/pataz-2</link><pubDate>Tue, 24 Nov 2026 11:00:00 -0500</pubDate></item>
<item><guid>noise-1</guid><title>Precio del oro alcanza nuevo récord en mercados internacionales</title>
<description>La cotización del metal precioso subió por la demanda de bancos centrales.</description>
<link>http://example.invalid/noise-1</link><pubDate>Tue, 24 Nov 2026 09:00:00 -0500</pubDate></item>
</channel></rss>""".encode()

MALFORMED_FEED = b"<html><body><h1>502 Bad Gateway</h1></body></html>"

FIELD_REPORTS: list[dict[str, Any]] = [
    {
        "id": "patrol-77",
        "title": "Ataque armado contra vigilantes de bocamina en Vijus, Pataz",
        "text": "Patrulla reporta disparos contra el personal de seguridad de la mina en Vijus; "
        "un vigilante herido de bala.",
        "published_at": "2026-11-24T18:30:00Z",
    },
    {
        "id": "patrol-78",
        "title": "Emboscada a trabajadores mineros en Retamas, Parcoy, Pataz",
        "text": "Vigilante informa que sujetos armados dispararon contra una camioneta con "
        "mineros en la vía a Retamas.",
        "published_at": "2026-11-24T20:15:00Z",
    },
]

INVALID_REPORT = {"title": "Reporte sin hora", "text": "falta published_at"}


def _secret() -> str:
    return "whsec_" + base64.b64encode(uuid.uuid4().bytes * 2).decode()


async def test_news_and_field_reports_raise_one_signed_alert_for_pataz(
    broker: EmbeddedBroker, tmp_path: Path, repo_root: Path
) -> None:
    """Feed items and field reports about Pataz give a signed firing alert naming La Libertad,
    and the malformed feed and the invalid report each end as a dead letter with a reason."""
    recorder = await WebhookRecorder().start()
    feeds = await FeedServer({"pataz.xml": PATAZ_FEED, "broken.xml": MALFORMED_FEED}).start()
    prefix = f"t{uuid.uuid4().hex[:8]}"
    port = free_port()
    secret, token = _secret(), uuid.uuid4().hex
    config = write_config(
        tmp_path / "earlywarn.yaml",
        {
            "kafka": {"bootstrap_servers": [broker.bootstrap], "topic_prefix": prefix},
            "worker": {"id": prefix, "state_dir": str(tmp_path / "state"), "tick_seconds": 1},
            "http": {"host": "127.0.0.1", "port": port},
            "intake": {"token_env": "TEST_INTAKE_TOKEN"},
            "feeds": [
                {"id": "pataz-news", "url": feeds.url("pataz.xml"), "interval_seconds": 1},
                {"id": "broken", "url": feeds.url("broken.xml"), "interval_seconds": 1},
            ],
            "collect": {"allow_private_networks": ["127.0.0.1/32"]},  # the feeds are local
            "enrich": {"model_path": str(repo_root / "models" / "threat-classifier")},
            "alert": {
                "allow_private_networks": ["127.0.0.1/32"],  # the recorder is on 127.0.0.1
                "subscriptions": [
                    {
                        "name": "ops-la-libertad",
                        "url": f"{recorder.url}/hook",
                        "secret_env": "TEST_WEBHOOK_SECRET",
                        "match": {"departments": ["13"]},
                    }
                ]
            },
        },
    )
    worker = WorkerProcess(
        config,
        tmp_path / "worker.log",
        {"TEST_WEBHOOK_SECRET": secret, "TEST_INTAKE_TOKEN": token},
    )
    base = f"http://127.0.0.1:{port}"
    worker.start()
    try:
        await worker.wait_ready(base)
        auth = {"Authorization": f"Bearer {token}"}
        async with aiohttp.ClientSession() as session:
            async with session.post(
                f"{base}/v1/signals", json={"signals": FIELD_REPORTS}, headers=auth
            ) as response:
                assert response.status == 202, await response.text()
            async with session.post(
                f"{base}/v1/signals", json=INVALID_REPORT, headers=auth
            ) as response:
                assert response.status == 400
                assert "published_at" in await response.text()

            def firing_for_pataz(requests: list[Any]) -> bool:
                return any(r.json().get("status") == "firing" for r in requests)

            requests = await recorder.wait_for(firing_for_pataz, timeout=120)
            alert = next(r for r in requests if r.json()["status"] == "firing")
            Webhook(secret).verify(alert.body, alert.headers)  # the reference library agrees
            payload = alert.json()
            assert payload["region"]["department_ubigeo"] == "13"
            assert payload["region"]["name"] == "La Libertad"
            assert payload["category"]["id"] == "armed_attack"
            assert payload["observed"] >= 3
            assert payload["expected"] < payload["observed"]
            titles = {c["title"] for c in payload["contributing"]}
            assert "Ataque armado contra vigilantes de bocamina en Vijus, Pataz" in titles
            assert any(
                c.get("url") == "http://example.invalid/pataz-1" for c in payload["contributing"]
            )

            # Nothing lost: 3 feed items + 2 field reports in, all 5 through enrichment.
            await wait_for_metric(base, "earlywarn_stage_items_total", 5, stage="enrich")
            assert await scrape_metric(base, "earlywarn_signals_received_total") == 5
            assert await scrape_metric(base, "earlywarn_stage_items_total", stage="enrich") == 5

        def has_both(records: list[dict[str, Any]]) -> bool:
            reasons = {(r["stage"], r["reason"]) for r in records}
            return {
                ("collect.rss", "malformed_feed"),
                ("collect.intake", "invalid_signal"),
            } <= reasons

        dead = await read_topic(broker.bootstrap, f"{prefix}.deadletter", has_both, timeout=60)
        malformed = next(r for r in dead if r["reason"] == "malformed_feed")
        assert "502 Bad Gateway" in malformed["payload"]
        invalid = next(r for r in dead if r["reason"] == "invalid_signal")
        assert "Reporte sin hora" in invalid["payload"]
    finally:
        code = worker.stop()
        await recorder.stop()
        await feeds.stop()
    assert code == 0, worker.log_tail()
