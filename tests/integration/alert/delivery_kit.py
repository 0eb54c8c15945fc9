"""Alert and subscription factories for the delivery integration tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from earlywarn.config import SubscriptionConfig
from earlywarn.model import (
    AlertStatus,
    Category,
    Contribution,
    Escalation,
    Level,
    SignalKind,
)

T0 = datetime(2024, 3, 29, 12, tzinfo=UTC)


def escalation(
    *,
    status: AlertStatus = AlertStatus.FIRING,
    level: Level = Level.WARNING,
    region: str = "13",
    category: Category = Category.ARMED_ATTACK,
    started: datetime = T0,
) -> Escalation:
    contributions = tuple(
        Contribution(
            incident_id=f"inc-{n}",
            story_id=f"story-{n}",
            occurred_at=started + timedelta(hours=n),
            title=f"Ataque a mineros en Pataz {n}",
            url=f"https://news.example/{n}",
            kind=SignalKind.NEWS,
            source="rpp",
            province="1308",
        )
        for n in range(3)
    )
    return Escalation(
        region=region,
        region_name="La Libertad" if region == "13" else "Puno",
        category=category,
        status=status,
        level=level,
        window_start=T0 - timedelta(hours=21),
        window_end=T0 + timedelta(hours=3),
        count=3,
        baseline=0.15,
        threshold=3.0,
        score=1.0,
        rule="poisson_upper_0.99",
        reason=f"{category.value}: 3 incidents in 24h vs 0.15 expected (threshold 3)",
        episode_started_at=started,
        contributions=contributions,
    )


def subscription(
    name: str, url: str, *, fmt: str = "standard", max_concurrency: int = 4
) -> SubscriptionConfig:
    return SubscriptionConfig.model_validate(
        {
            "name": name,
            "url": url,
            "secret_env": f"TEST_{name.upper()}_SECRET",
            "timeout_seconds": 5,
            "format": fmt,
            "max_concurrency": max_concurrency,
        }
    )
