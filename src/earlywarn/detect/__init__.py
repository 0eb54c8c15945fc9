"""Detection: per department × category windows in event time, baselines, escalations."""

from earlywarn.detect.baseline import (
    ALPHA,
    RULE,
    Baseline,
    compute_baseline,
    poisson_upper_threshold,
)
from earlywarn.detect.escalation import CONTRIBUTION_CAP, EscalationDetector
from earlywarn.detect.window import BucketCounts, bucket_of, bucket_start

__all__ = [
    "ALPHA",
    "CONTRIBUTION_CAP",
    "RULE",
    "Baseline",
    "BucketCounts",
    "EscalationDetector",
    "bucket_of",
    "bucket_start",
    "compute_baseline",
    "poisson_upper_threshold",
]
