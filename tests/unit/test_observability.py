"""Pure views of what people look at: metrics collector, trends, situation, replay report."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from prometheus_client import CollectorRegistry, generate_latest

from earlywarn.config import DetectConfig
from earlywarn.detect.escalation import EscalationDetector
from earlywarn.metrics import Metrics
from earlywarn.model import (
    Alert,
    Category,
    Incident,
    Place,
    Precision,
    Severity,
    SignalKind,
)
from earlywarn.report import render_report
from earlywarn.situation import Situation
from earlywarn.testing import make_incident
from earlywarn.trends import EXPIRY_STEP, TrendBook

T0 = datetime(2026, 3, 1, tzinfo=UTC)
HOUR = timedelta(hours=1)
NAMES = {"04": "Arequipa", "13": "La Libertad", "21": "Puno"}
HOSTILE = '<img src=x onerror="alert(1)"> & "quotes"'


def incident(
    at: datetime,
    n: int,
    department: str = "13",
    category: Category = Category.ARMED_ATTACK,
    story: str | None = None,
    title: str = "Ataque en Pataz",
    url: str | None = None,
) -> Incident:
    return make_incident(
        id=f"inc-{n}",
        signal_ids=(f"sig-{n}",),
        story_id=story or f"story-{n}",
        category=category,
        confidence=0.9,
        severity=Severity(),
        place=Place(Precision.DISTRICT, department_ubigeo=department, name="Pataz"),
        occurred_at=at,
        source="rpp",
        kind=SignalKind.NEWS,
        title=title,
        url=url,
    )


def burst(start: datetime, count: int, first_id: int = 0, **kwargs: object) -> list[Incident]:
    return [incident(start + i * HOUR, first_id + i, **kwargs) for i in range(count)]  # type: ignore[arg-type]


def escalated_detector() -> tuple[EscalationDetector, list[Incident]]:
    detector = EscalationDetector(DetectConfig(), NAMES)
    incidents = burst(T0, 4, title=HOSTILE, url="javascript:alert(1)")
    detector.observe(incidents)
    return detector, incidents


def scrape(registry: CollectorRegistry) -> str:
    return generate_latest(registry).decode()


def test_escalation_level_is_read_from_the_detector_at_scrape_time() -> None:
    """The level gauge follows the detector between scrapes; quiet departments export 0."""
    detector = EscalationDetector(DetectConfig(), NAMES)
    metrics = Metrics(CollectorRegistry())
    metrics.track_escalation_levels(detector.firing, NAMES)
    assert (
        metrics.registry.get_sample_value("earlywarn_escalation_level", {"department": "13"}) == 0
    )
    detector.observe(burst(T0, 4))
    level = metrics.registry.get_sample_value("earlywarn_escalation_level", {"department": "13"})
    assert level is not None and level >= 1
    assert (
        metrics.registry.get_sample_value("earlywarn_escalation_level", {"department": "21"}) == 0
    )
    labels = {"department": "13", "category": "armed_attack"}
    assert metrics.registry.get_sample_value("earlywarn_escalation_open", labels) == level


def test_metric_labels_stay_bounded() -> None:
    """No exported series carries a district, URL or item id as a label."""
    detector, _ = escalated_detector()
    metrics = Metrics(CollectorRegistry())
    metrics.track_escalation_levels(detector.firing, NAMES)
    metrics.kafka_consumer_lag.labels("earlywarn.signals", "0").set(3)
    text = scrape(metrics.registry)
    labels = set(re.findall(r"[{,]([a-z_]+)=", text))
    assert labels <= {
        "department",
        "category",
        "stage",
        "reason",
        "outcome",
        "source_kind",
        "source",
        "feed",
        "code",
        "subscription",
        "topic",
        "partition",
        "status",
        "level",
        "le",
    }


def test_trend_counts_once_per_story_and_reports_the_detector_threshold() -> None:
    """Repeats of one story count once; each window carries expected and threshold."""
    book = TrendBook(DetectConfig())
    book.observe([*burst(T0, 3), incident(T0 + HOUR, 99, story="story-1")])
    last = book.bucket_of(T0 + 2 * HOUR)
    points = book.series("13", Category.ARMED_ATTACK, last - 2, last)
    assert [p.count for p in points] == [1, 2, 3]
    assert all(p.threshold >= DetectConfig().min_count for p in points)
    assert points[-1].expected > 0
    assert book.incidents("13", Category.ARMED_ATTACK) == 4


def test_trend_with_a_step_keeps_the_fullest_window() -> None:
    """Downsampled series keep the peak of each step, so a crossing is never averaged away."""
    book = TrendBook(DetectConfig())
    book.observe(burst(T0, 3))
    first = book.bucket_of(T0)
    points = book.series("13", Category.ARMED_ATTACK, first, first + 47, step=24)
    assert [p.count for p in points] == [3, 2]  # the peak of each day, not its last hour


def test_trend_book_forgets_buckets_beyond_what_it_keeps() -> None:
    """A live trend book holds at most keep + EXPIRY_STEP buckets of counts and stories,
    however long event time runs."""
    book = TrendBook(DetectConfig(), keep_buckets=48)
    hours = 2_000
    for h in range(hours):
        book.observe([incident(T0 + h * HOUR, h), incident(T0 + h * HOUR, h, department="21")])
    newest = book.bucket_of(T0 + (hours - 1) * HOUR)
    for series in book._series.values():
        assert min(series.counts.counts) >= newest - 48 - EXPIRY_STEP
        assert len(series.stories) <= 48 + EXPIRY_STEP + 1
    points = book.series("13", Category.ARMED_ATTACK, newest - 2, newest)
    assert [p.count for p in points] == [DetectConfig().window_buckets] * 3


def test_situation_levels_follow_firing_and_resolved_alerts() -> None:
    """A firing alert escalates its department; its resolution returns it to quiet;
    a redelivered alert is taken once."""
    detector, incidents = escalated_detector()
    situation = Situation(DetectConfig(), NAMES)
    situation.observe_incidents(incidents)
    firing = [Alert.of(e) for e in detector.firing()]
    assert situation.observe_alert(firing[0]) is True
    assert situation.observe_alert(firing[0]) is False
    assert situation.levels()["13"] >= 1 and situation.levels()["21"] == 0
    snapshot = situation.snapshot()
    assert snapshot["departments"]["13"]["level"] in {"watch", "warning", "critical"}
    assert snapshot["alerts"][0]["explanation"].startswith("armed_attack in La Libertad")
    assert snapshot["alerts"][0]["sources"][0]["title"] == HOSTILE  # data; the page escapes
    trend = situation.trend("13")
    assert trend["charts"][0]["category"] == "armed_attack"
    resolved = detector.advance(T0 + timedelta(days=5))
    for escalation in resolved:
        situation.observe_alert(Alert.of(escalation))
    assert situation.levels()["13"] == 0


def test_report_is_self_contained_escapes_feed_text_and_marks_alerts() -> None:
    """The report has no script or external resource, shows hostile text as text, links only
    http(s) URLs, and draws a chart with alert markers for the escalated key."""
    detector, incidents = escalated_detector()
    book = TrendBook(DetectConfig())
    book.observe(incidents)
    alerts = [Alert.of(e) for e in detector.firing()]
    html = render_report(book, alerts, {"signals": 4, "outcomes": {"incident": 4}}, NAMES)
    assert "<script" not in html and "<img" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quotes&quot;" in html
    assert "javascript:" not in html
    assert not re.search(r"(src|href)=\"https?://", html)
    assert "Content-Security-Policy" in html
    assert html.count("<svg") == 1 and 'class="mf"' in html
    assert "La Libertad (13) — armed_attack: 4 incidents, 1 alerts" in html
