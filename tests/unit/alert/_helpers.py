"""Escalation and subscription factories for alert-stage tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from earlywarn.config import MatchConfig, SubscriptionConfig
from earlywarn.model import (
    AlertStatus,
    Category,
    Contribution,
    Escalation,
    Level,
    SignalKind,
)

T0 = datetime(2024, 3, 29, 12, tzinfo=UTC)


def contribution(n: int, kind: SignalKind = SignalKind.NEWS) -> Contribution:
    return Contribution(
        incident_id=f"inc-{n}",
        story_id=f"story-{n}",
        occurred_at=T0 + timedelta(hours=n),
        title=f"Ataque a mineros en Pataz {n}",
        url=f"https://news.example/{n}" if kind is SignalKind.NEWS else None,
        kind=kind,
        source="rpp" if kind is SignalKind.NEWS else "field-intake",
        province="1308" if n == 0 else None,  # Pataz
    )


def escalation(
    *,
    status: AlertStatus = AlertStatus.FIRING,
    level: Level = Level.WATCH,
    region: str = "13",
    category: Category = Category.ARMED_ATTACK,
    started: datetime = T0,
    kinds: tuple[SignalKind, ...] = (SignalKind.NEWS, SignalKind.NEWS, SignalKind.FIELD),
) -> Escalation:
    return Escalation(
        region=region,
        region_name="La Libertad",
        category=category,
        status=status,
        level=level,
        window_start=T0 - timedelta(hours=21),
        window_end=T0 + timedelta(hours=3),
        count=len(kinds),
        baseline=0.1545,
        threshold=3.0,
        score=len(kinds) / 3,
        rule="poisson_upper_0.99",
        reason="armed_attack in La Libertad: 3 incidents in 24h vs 0.15 expected (threshold 3)",
        episode_started_at=started,
        contributions=tuple(contribution(i, k) for i, k in enumerate(kinds)),
    )


def subscription(
    name: str = "ops",
    url: str = "https://ops.example/hook",
    *,
    departments: tuple[str, ...] = (),
    categories: tuple[Category, ...] = (),
    min_level: str = "watch",
    send_resolved: bool = True,
    timeout: float = 5.0,
    fmt: str = "standard",
    max_concurrency: int = 4,
) -> SubscriptionConfig:
    return SubscriptionConfig.model_validate(
        {
            "name": name,
            "url": url,
            "match": MatchConfig.model_validate(
                {"departments": departments, "categories": categories, "min_level": min_level}
            ),
            "send_resolved": send_resolved,
            "timeout_seconds": timeout,
            "format": fmt,
            "max_concurrency": max_concurrency,
        }
    )
