"""Delivery policy: status classes, backoff with jitter and Retry-After, the SSRF guard."""

from __future__ import annotations

import ipaddress
import random

import pytest

from earlywarn.alert.ssrf import networks, refusal
from earlywarn.alert.webhook import backoff, classify
from earlywarn.config import RetryConfig
from earlywarn.reasons import DeliveryOutcome


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, DeliveryOutcome.DELIVERED),
        (204, DeliveryOutcome.DELIVERED),
        (410, DeliveryOutcome.GONE),
        (400, DeliveryOutcome.REJECTED),
        (301, DeliveryOutcome.REJECTED),
        (408, DeliveryOutcome.RETRIED),
        (429, DeliveryOutcome.RETRIED),
        (503, DeliveryOutcome.RETRIED),
    ],
)
def test_status_classes(status: int, outcome: DeliveryOutcome) -> None:
    """2xx delivered, 410 gone, 408/429/5xx retried, other codes rejected."""
    assert classify(status) is outcome


def test_default_schedule_spans_about_a_day() -> None:
    """The default retry schedule covers between 18 and 30 hours."""
    span = RetryConfig().span_seconds
    assert 18 * 3600 <= span <= 30 * 3600


def test_backoff_grows_with_bounded_jitter_and_a_cap() -> None:
    """Delays grow by the multiplier, stay within ±jitter, and never exceed the cap."""
    retry = RetryConfig(initial_backoff_seconds=2, multiplier=3, jitter=0.2, max_backoff_seconds=60)
    rng = random.Random(7)
    for attempt, nominal in [(1, 2.0), (2, 6.0), (3, 18.0)]:
        delays = [backoff(retry, attempt, None, rng) for _ in range(200)]
        assert min(delays) >= nominal * 0.8 and max(delays) <= nominal * 1.2
        assert max(delays) - min(delays) > 0  # jitter actually spreads them
    assert backoff(retry, 10, None, rng) <= 60


def test_retry_after_wins_but_is_capped() -> None:
    """Retry-After is used as given, never beyond max_backoff_seconds."""
    retry = RetryConfig(max_backoff_seconds=30)
    assert backoff(retry, 1, 7.0, random.Random()) == 7.0
    assert backoff(retry, 1, 3600.0, random.Random()) == 30.0


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254", "::1",
     "fe80::1", "100.64.0.1", "0.0.0.0", "::ffff:127.0.0.1"],
)  # fmt: skip
def test_non_global_addresses_are_refused(address: str) -> None:
    """Loopback, private, link-local (cloud metadata), CGNAT and unspecified are refused."""
    why = refusal(address, ())
    assert why is not None and "allow_private_networks" in why


def test_allowed_networks_and_public_addresses_pass() -> None:
    """A listed network is allowed; public addresses always are."""
    assert refusal("127.0.0.1", networks(["127.0.0.1/32"])) is None
    assert refusal("127.0.0.2", networks(["127.0.0.1/32"])) is not None
    assert refusal("93.184.216.34", ()) is None
    assert refusal("2606:4700::1111", ()) is None
    assert ipaddress.ip_network("10.0.0.0/8") in networks(["10.0.0.0/8"])
