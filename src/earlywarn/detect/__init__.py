"""Detection: per region × category windows in event time, baselines, escalations."""

from earlywarn.detect.baseline import (
    ALPHA,
    RULE,
    Baseline,
    compute_baseline,
    poisson_upper_threshold,
)
from earlywarn.detect.escalation import CONTRIBUTION_CAP, EscalationDetector
from earlywarn.detect.methods import (
    Decision,
    FarringtonParams,
    acled_surge,
    cusum,
    early_farrington,
    early_harmonic,
    ears,
    farrington_flexible,
    harmonic_baseline,
    nb_cusum,
)
from earlywarn.detect.window import BucketCounts, bucket_of, bucket_start

__all__ = [
    "ALPHA",
    "CONTRIBUTION_CAP",
    "RULE",
    "Baseline",
    "BucketCounts",
    "Decision",
    "EscalationDetector",
    "FarringtonParams",
    "acled_surge",
    "bucket_of",
    "bucket_start",
    "compute_baseline",
    "cusum",
    "early_farrington",
    "early_harmonic",
    "ears",
    "farrington_flexible",
    "harmonic_baseline",
    "nb_cusum",
    "poisson_upper_threshold",
]
