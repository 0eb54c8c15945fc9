"""deploy/: Prometheus rules and config, Grafana, Kubernetes, docker-compose, systemd."""

from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import yaml
from prometheus_client import CollectorRegistry

from earlywarn.config import Settings, load_settings
from earlywarn.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
PROMETHEUS = DEPLOY / "prometheus"


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    promtool = shutil.which("promtool")
    assert promtool, "Debian's prometheus package is missing: run scripts/ci-deps.sh"
    return subprocess.run(
        [promtool, *args], cwd=PROMETHEUS, capture_output=True, text=True, timeout=120
    )


def _exported_names() -> set[str]:
    metrics = Metrics(CollectorRegistry())
    metrics.track_escalation_levels(lambda: [], {"13": "La Libertad"})
    names: set[str] = set()
    for family in metrics.registry.collect():
        names.add(family.name)
        names.update(sample.name for sample in family.samples)
        if family.type == "histogram":
            names.update(f"{family.name}_{s}" for s in ("bucket", "sum", "count"))
        if family.type == "counter":
            names.add(f"{family.name}_total")
    return names


def _queried_names(text: str) -> set[str]:
    return set(re.findall(r"\bearlywarn_[a-z_]+\b", text))


def test_alert_rules_pass_their_promtool_unit_tests() -> None:
    """`promtool test rules` passes: each SRE alert fires on its scenario and not before."""
    result = _promtool("test", "rules", "earlywarn.rules.test.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_prometheus_config_and_rules_are_valid() -> None:
    """`promtool check config` accepts the scrape config together with its rule file."""
    result = _promtool("check", "config", "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_rules_and_grafana_query_only_metrics_that_earlywarn_exports() -> None:
    """Every earlywarn_* name in the rules and the dashboard is one the worker exports."""
    exported = _exported_names()
    rules = (PROMETHEUS / "earlywarn.rules.yml").read_text()
    dashboard_text = (DEPLOY / "grafana" / "dashboards" / "earlywarn.json").read_text()
    unknown = (_queried_names(rules) | _queried_names(dashboard_text)) - exported
    assert not unknown, f"not exported by earlywarn.metrics: {sorted(unknown)}"
    dashboard = json.loads(dashboard_text)
    assert dashboard["uid"] == "earlywarn-ops"
    assert all(p["targets"] for p in dashboard["panels"])


def _documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def test_kubernetes_manifests_validate_against_the_kubernetes_schemas() -> None:
    """Every manifest validates strictly (unknown fields rejected) against Kubernetes 1.37."""
    manifests = sorted((DEPLOY / "kubernetes").glob("*.yaml"))
    assert len(manifests) >= 4
    for path in manifests:
        for document in _documents(path):
            kubernetes_validate.validate(document, "1.37.0", strict=True)


def test_kubernetes_probes_use_the_real_health_endpoints_and_config_validates(
    tmp_path: Path,
) -> None:
    """Workers probe /healthz (liveness) and /readyz (readiness) on the configured port, read
    secrets from Secret references, and the ConfigMap's config passes earlywarn's validation."""
    documents = [d for p in (DEPLOY / "kubernetes").glob("*.yaml") for d in _documents(p)]
    config_map = next(d for d in documents if d["kind"] == "ConfigMap")
    config_file = tmp_path / "earlywarn.yaml"
    config_file.write_text(config_map["data"]["earlywarn.yaml"])
    settings = load_settings(config_file, environ={})
    earlywarn = [
        c
        for d in documents
        if d["kind"] == "Deployment"
        for c in d["spec"]["template"]["spec"]["containers"]
        if c["name"] == "earlywarn"
    ]
    assert len(earlywarn) == 2  # workers and the collector
    for container in earlywarn:
        port = next(p for p in container["ports"] if p["name"] == "http")["containerPort"]
        assert port == settings.http.port
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        secret_envs = {
            e["name"] for e in container["env"] if "secretKeyRef" in e.get("valueFrom", {})
        }
        assert settings.intake.token_env in secret_envs


def test_compose_and_image_configs_validate_and_the_stack_is_complete() -> None:
    """docker-compose has KRaft Kafka, ≥2 workers, a collector, Prometheus and Grafana, mounts
    only files that exist, checks /readyz, publishes on 127.0.0.1 only; its config validates."""
    settings: Settings = load_settings(DEPLOY / "config" / "earlywarn.yaml", environ={})
    assert settings.kafka.bootstrap_servers == ("kafka:9092",)
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"kafka", "worker", "collector", "prometheus", "grafana"} <= services.keys()
    assert "controller" in services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"]
    assert services["worker"]["deploy"]["replicas"] >= 2
    assert "/readyz" in " ".join(services["worker"]["healthcheck"]["test"])
    for service in services.values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), source
    feeds = yaml.safe_load(services["collector"]["environment"]["EARLYWARN_FEEDS"])
    assert feeds and all("url" in f for f in feeds)


def test_deploy_yaml_is_lint_clean() -> None:
    """yamllint (deploy/.yamllint) finds nothing in deploy/."""
    result = subprocess.run(
        [sys.executable, "-m", "yamllint", "-c", str(DEPLOY / ".yamllint"), str(DEPLOY)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_systemd_unit_runs_the_worker_and_stops_it_with_sigint() -> None:
    """The unit runs `earlywarn run --config …`, stops it with SIGINT and keeps secrets in an
    EnvironmentFile, not in the unit."""
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(DEPLOY / "systemd" / "earlywarn.service")
    service = unit["Service"]
    assert " run --config " in service["ExecStart"]
    assert service["KillSignal"] == "SIGINT"
    assert service["EnvironmentFile"].startswith("/etc/earlywarn/")
    assert "SECRET" not in service.get("Environment", "")
    assert unit["Install"]["WantedBy"] == "multi-user.target"
