"""Prometheus metrics, built against an injected registry (never the global one).

Names are ``earlywarn_*``, counters end in ``_total``, durations are in seconds; labels are
bounded (department codes and enum values yes; districts, URLs and item ids never).
Tests read values back with ``registry.get_sample_value(name, labels)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from earlywarn.model import Escalation

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


class Metrics:
    """Every metric earlywarn exports; one instance per process, one registry per instance."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self.signals_in = Counter(
            "earlywarn_signals_received_total",
            "Signals accepted by a collector and published to the signals topic.",
            ["source_kind", "source"],
            registry=r,
        )
        self.dead_letters = Counter(
            "earlywarn_dead_letters_total",
            "Records parked on the dead-letter topic, by stage and reason.",
            ["stage", "reason"],
            registry=r,
        )
        self.stage_items = Counter(
            "earlywarn_stage_items_total",
            "Items processed per stage, by outcome.",
            ["stage", "outcome"],
            registry=r,
        )
        self.stage_latency = Histogram(
            "earlywarn_stage_duration_seconds",
            "Wall time a stage spent on one batch.",
            ["stage"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.incidents = Counter(
            "earlywarn_incidents_total",
            "Incidents produced by enrichment, by department and category.",
            ["department", "category"],
            registry=r,
        )
        self.classification_confidence = Histogram(
            "earlywarn_classification_confidence",
            "Confidence of the top category for each classified signal.",
            buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0),
            registry=r,
        )
        self.escalations = Counter(
            "earlywarn_escalations_total",
            "Escalation decisions emitted by the detector.",
            ["department", "category", "status", "level"],
            registry=r,
        )
        self.event_time_lag = Gauge(
            "earlywarn_event_time_lag_seconds",
            "Wall clock minus the newest event time processed, per stage.",
            ["stage"],
            registry=r,
        )
        self.feed_fetches = Counter(
            "earlywarn_feed_fetches_total",
            "Feed polls, by feed and outcome (ok, not_modified, http_error, malformed, ...).",
            ["feed", "outcome"],
            registry=r,
        )
        self.feed_last_success = Gauge(
            "earlywarn_feed_last_success_timestamp_seconds",
            "Unix time of the last successful poll of each feed.",
            ["feed"],
            registry=r,
        )
        self.intake_requests = Counter(
            "earlywarn_intake_requests_total",
            "Field-signal intake requests, by HTTP status code.",
            ["code"],
            registry=r,
        )
        self.webhook_deliveries = Counter(
            "earlywarn_webhook_deliveries_total",
            "Webhook delivery attempts that ended, by subscription and outcome.",
            ["subscription", "outcome"],
            registry=r,
        )
        self.webhook_latency = Histogram(
            "earlywarn_webhook_request_duration_seconds",
            "Duration of one webhook POST.",
            ["subscription"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.retry_queue_depth = Gauge(
            "earlywarn_webhook_retry_queue_depth",
            "Deliveries waiting for a retry.",
            ["subscription"],
            registry=r,
        )
        self.webhook_pending = Gauge(
            "earlywarn_webhook_pending",
            "Deliveries in the durable outbox (not yet delivered or parked), per subscription.",
            ["subscription"],
            registry=r,
        )
        self.webhook_endpoint_disabled = Gauge(
            "earlywarn_webhook_endpoint_disabled",
            "1 when a subscription's endpoint answered 410 Gone and was disabled.",
            ["subscription"],
            registry=r,
        )
        self.notifications_suppressed = Counter(
            "earlywarn_notifications_suppressed_total",
            "Alerts not sent to a subscription, by reason (silenced, inhibited, not routed, "
            "receiver filter).",
            ["reason"],
            registry=r,
        )
        self.kafka_consumer_lag = Gauge(
            "earlywarn_kafka_consumer_lag",
            "Records not yet committed by the worker group: end offset minus committed offset "
            "(tansu under-reports end offsets after multi-record batches: a lower bound there).",
            ["topic", "partition"],
            registry=r,
        )
        self.kafka_committed_offset = Gauge(
            "earlywarn_kafka_committed_offset",
            "Offset the worker group committed, per input topic partition.",
            ["topic", "partition"],
            registry=r,
        )
        self.broker_up = Gauge(
            "earlywarn_broker_up",
            "1 when the last metadata request to the broker succeeded, else 0.",
            registry=r,
        )
        # Set from runtime/held.py at scrape time; one child per agent (detect, alert, deliver).
        self.held_messages = Gauge(
            "earlywarn_held_messages",
            "Input messages an agent holds uncommitted until its batch's work is durable.",
            ["agent"],
            registry=r,
        )
        self.held_oldest_seconds = Gauge(
            "earlywarn_held_oldest_seconds",
            "Seconds the oldest message an agent holds has been held (0 when none): a batch "
            "stuck waiting for the broker or a state/outbox load; commits of its partitions "
            "and the alerts in it wait meanwhile.",
            ["agent"],
            registry=r,
        )
        self.dashboard_clients = Gauge(
            "earlywarn_dashboard_clients",
            "Browsers connected to the operations dashboard's live event stream.",
            registry=r,
        )

    def track_escalation_levels(
        self, firing: Callable[[], Sequence[Escalation]], departments: Mapping[str, str]
    ) -> None:
        """Export the detector's current levels, read at scrape time (no copy to keep fresh)."""
        self.registry.register(EscalationLevelCollector(firing, departments))


class EscalationLevelCollector(Collector):
    """``earlywarn_escalation_level{department}`` and ``earlywarn_escalation_open{...}``.

    Read from the detector when Prometheus scrapes. Every known department is exported (0 when
    quiet) so that a dashboard can tell "quiet" from "no data"; a worker reports only the
    departments whose partitions it owns, so aggregate with ``max by (department)``.
    """

    def __init__(
        self, firing: Callable[[], Sequence[Escalation]], departments: Mapping[str, str]
    ) -> None:
        self._firing = firing
        self._departments = sorted(departments)

    def describe(self) -> Iterable[GaugeMetricFamily]:
        # Declared up front so that registering it cannot call the detector too early.
        return [self._level_family(), self._open_family()]

    @staticmethod
    def _level_family() -> GaugeMetricFamily:
        return GaugeMetricFamily(
            "earlywarn_escalation_level",
            "Highest open escalation level per department on this worker "
            "(0 quiet, 1 watch, 2 warning, 3 critical).",
            labels=["department"],
        )

    @staticmethod
    def _open_family() -> GaugeMetricFamily:
        return GaugeMetricFamily(
            "earlywarn_escalation_open",
            "Level of each open escalation episode, by department and category.",
            labels=["department", "category"],
        )

    def collect(self) -> Iterator[GaugeMetricFamily]:
        levels = dict.fromkeys(self._departments, 0)
        open_family = self._open_family()
        for escalation in self._firing():
            level = int(escalation.level)
            levels[escalation.region] = max(levels.get(escalation.region, 0), level)
            open_family.add_metric([escalation.region, escalation.category.value], level)
        level_family = self._level_family()
        for department in sorted(levels):
            level_family.add_metric([department], levels[department])
        yield level_family
        yield open_family
