"""What people look at, on a running worker: dashboard, /metrics, Prometheus, health."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import urllib.parse
import uuid
from pathlib import Path

import pytest
from ops_helpers import (
    PrometheusServer,
    RunningWorker,
    http_get,
    http_post_json,
    wait_until,
    worker_config,
)
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import WorkerProcess

pytestmark = pytest.mark.integration

HOSTILE_TITLE = "Ataque armado en Pataz <img src=x onerror=\"document.title='pwned'\">"

PATAZ_REPORTS = [
    {
        "id": "ops-1",
        "title": "Ataque armado contra vigilantes de bocamina en Vijus, Pataz",
        "text": "Patrulla reporta disparos contra el personal de seguridad de la mina en Vijus; un vigilante herido de bala.",
        "published_at": "2026-11-24T14:30:00Z",
        "url": "javascript:alert(1)",
    },
    {
        "id": "ops-2",
        "title": "Emboscada a trabajadores mineros en Retamas, Parcoy, Pataz",
        "text": "Vigilante informa que sujetos armados dispararon contra una camioneta con mineros en la vía a Retamas.",
        "published_at": "2026-11-24T16:15:00Z",
    },
    {
        "id": "ops-3",
        "title": "Sicarios disparan contra campamento minero en Llacuabamba, Parcoy",
        "text": "Encapuchados atacaron con armas de fuego a trabajadores de una contratista minera en Parcoy, provincia de Pataz.",
        "published_at": "2026-11-24T18:00:00Z",
    },
    {
        "id": "ops-4",
        "title": HOSTILE_TITLE,
        "text": "Balacera contra mineros artesanales en un socavón del distrito de Pataz, La Libertad; dos heridos.",
        "published_at": "2026-11-24T19:45:00Z",
    },
]

SCREENSHOT_DIR = os.environ.get("EARLYWARN_SCREENSHOT_DIR")


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if re.match(rf"{re.escape(name)}[{{ ]", line) and all(
            f'{k}="{v}"' in line for k, v in labels.items()
        ):
            total += float(line.rsplit(" ", 1)[1])
    return total


def _scrape(worker: RunningWorker) -> str:
    status, body = http_get(f"{worker.base}/metrics")
    assert status == 200
    return body.decode()


def test_dashboard_colours_la_libertad_and_lists_a_new_alert_without_reload(
    ops_worker: RunningWorker, chromium: webdriver.Chrome, tmp_path: Path
) -> None:
    """The page loads quiet; after La Libertad's incidents come in, its department turns
    escalated on the map and the alert (explanation, sources, hostile text shown as text)
    appears in the list on the same page, without a reload."""
    chromium.get(f"{ops_worker.base}/dashboard")
    wait = WebDriverWait(chromium, 30)
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#map path[data-level]")) == 25)
    wait.until(lambda d: d.find_element(By.ID, "connection").get_attribute("data-state") == "live")
    la_libertad = chromium.find_element(By.CSS_SELECTOR, '#map path[data-ubigeo="13"]')
    assert la_libertad.get_attribute("data-level") == "quiet"
    assert chromium.find_elements(By.CSS_SELECTOR, "#alerts > li") == []
    chromium.execute_script("window.__sameDocument = 'yes';")

    code = http_post_json(
        f"{ops_worker.base}/v1/signals", {"signals": PATAZ_REPORTS}, ops_worker.token
    )
    assert code == 202

    WebDriverWait(chromium, 90).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, '#alerts > li[data-department="13"]')
    )
    wait.until(
        lambda d: (
            d.find_element(By.CSS_SELECTOR, '#map path[data-ubigeo="13"]').get_attribute(
                "data-level"
            )
            in {"watch", "warning", "critical"}
        )
    )
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#trends .chart polyline.observed"))
    assert chromium.execute_script("return window.__sameDocument") == "yes"
    item = chromium.find_element(By.CSS_SELECTOR, '#alerts > li[data-department="13"]')
    assert "La Libertad" in item.text
    assert "armed_attack in La Libertad" in item.text  # the explanation
    sources = item.find_elements(By.CSS_SELECTOR, ".sources li")
    assert len(sources) >= 3 and all("intake" in s.text for s in sources)
    # Markup in a title never runs (collectors defuse it and the page inserts text only);
    # a javascript: URL is never a link.
    assert chromium.find_elements(By.CSS_SELECTOR, "#alerts img") == []
    assert chromium.title != "pwned"
    hrefs = [a.get_attribute("href") for a in chromium.find_elements(By.CSS_SELECTOR, "#alerts a")]
    assert all(h and h.startswith("http") for h in hrefs)
    others = chromium.find_elements(By.CSS_SELECTOR, '#map path[data-level="quiet"]')
    assert len(others) == 24
    shot = Path(SCREENSHOT_DIR) if SCREENSHOT_DIR else tmp_path
    chromium.save_screenshot(str(shot / "dashboard.png"))


def test_metrics_pass_promtool_and_report_levels_and_consumer_lag(
    ops_worker: RunningWorker,
) -> None:
    """A real scrape passes `promtool check metrics`, exports the escalation level per
    department, and the lag sampler reads the worker group's committed offsets."""
    wait_until(
        lambda: _metric(_scrape(ops_worker), "earlywarn_escalation_level", department="13") >= 1,
        90,
        "La Libertad escalated in the scrape",
    )

    def signals_committed() -> bool:
        text = _scrape(ops_worker)
        topic = f"{ops_worker.prefix}.signals"
        return _metric(text, "earlywarn_kafka_committed_offset", topic=topic) >= 1

    wait_until(signals_committed, 60, "committed offsets of the signals topic")
    text = _scrape(ops_worker)
    for suffix in ("signals", "incidents", "escalations", "alerts"):  # every input partition
        lag_series = re.findall(
            rf'earlywarn_kafka_consumer_lag{{partition="\d+",topic="{ops_worker.prefix}.{suffix}"}}',
            text,
        )
        assert len(lag_series) == 4, suffix
    assert _metric(text, "earlywarn_broker_up") == 1
    assert _metric(text, "earlywarn_escalation_open", department="13", category="armed_attack") >= 1
    promtool = shutil.which("promtool")
    assert promtool, "Debian's prometheus package is missing: run scripts/ci-deps.sh"
    check = subprocess.run(
        [promtool, "check", "metrics"], input=text.encode(), capture_output=True, timeout=60
    )
    assert check.returncode == 0, check.stdout.decode() + check.stderr.decode()


def test_metrics_report_what_each_agent_holds_and_nothing_once_idle(
    ops_worker: RunningWorker,
) -> None:
    """The detect, alert and deliver agents each export their held-message count and the
    oldest's age; with the stream idle (after the dashboard test's incidents), no batch is
    held."""
    def nothing_held() -> bool:
        text = _scrape(ops_worker)
        for agent in ("detect", "alert", "deliver"):
            for name in ("earlywarn_held_messages", "earlywarn_held_oldest_seconds"):
                if not re.search(rf'^{name}{{agent="{agent}"}} 0\.0$', text, flags=re.M):
                    return False
        return True

    wait_until(nothing_held, 60, "every agent's gauges exported, at 0")


def test_metrics_renders_only_the_families_named_in_the_query(ops_worker: RunningWorker) -> None:
    """/metrics?name[]=… returns just those families (what bench/throughput.py polls)."""
    query = urllib.parse.urlencode(
        [("name[]", "earlywarn_broker_up"), ("name[]", "earlywarn_stage_items_total")]
    )
    status, body = http_get(f"{ops_worker.base}/metrics?{query}")
    assert status == 200
    families = set(re.findall(r"^# TYPE (\S+)", body.decode(), flags=re.M))
    assert families <= {"earlywarn_broker_up", "earlywarn_stage_items_total"}
    assert "earlywarn_broker_up" in families


def test_prometheus_scrapes_the_worker_and_answers_a_query(
    ops_worker: RunningWorker, tmp_path: Path
) -> None:
    """A real Prometheus server scrapes the worker and returns its metrics over its API."""
    server = PrometheusServer(tmp_path, [f"127.0.0.1:{ops_worker.port}"]).start()
    try:
        result = wait_until(
            lambda: server.query('earlywarn_escalation_level{department="13"}'),
            60,
            "prometheus has the worker's escalation level",
        )
        assert result[0]["metric"]["job"] == "earlywarn"
        up = server.query('up{job="earlywarn"}')
        assert up and up[0]["value"][1] == "1"
    finally:
        server.stop()


def test_healthz_and_readyz_report_alive_and_each_readiness_check(
    ops_worker: RunningWorker,
) -> None:
    """/healthz says alive; /readyz is 200 with broker, model and gazetteer checks all true."""
    status, body = http_get(f"{ops_worker.base}/healthz")
    assert (status, json.loads(body)) == (200, {"status": "alive"})
    status, body = http_get(f"{ops_worker.base}/readyz")
    report = json.loads(body)
    assert status == 200
    assert report == {
        "status": "ready",
        "checks": {"started": True, "broker": True, "model": True, "gazetteer": True},
    }


def test_readyz_turns_503_when_the_broker_goes_away_while_healthz_stays_200(
    tmp_path: Path, repo_root: Path
) -> None:
    """With its broker stopped, the worker is alive but not ready: /readyz 503 names the broker."""
    broker = EmbeddedBroker(log_path=tmp_path / "tansu.log").start()
    config, port, _ = worker_config(tmp_path, repo_root, broker.bootstrap)
    process = WorkerProcess(
        config, tmp_path / "worker.log", {"TEST_INTAKE_TOKEN": uuid.uuid4().hex}
    )
    base = f"http://127.0.0.1:{port}"
    process.start()
    try:
        asyncio.run(process.wait_ready(base))
        broker.stop()

        def not_ready() -> dict[str, object] | None:
            status, body = http_get(f"{base}/readyz")
            return json.loads(body) if status == 503 else None

        report = wait_until(not_ready, 60, "/readyz turns 503")
        assert report["status"] == "not ready"
        assert report["checks"] == {
            "started": True,
            "broker": False,
            "model": True,
            "gazetteer": True,
        }
        assert http_get(f"{base}/healthz")[0] == 200
    finally:
        process.kill()
        broker.stop()
