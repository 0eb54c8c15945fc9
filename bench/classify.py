"""Classification throughput on one core, against baselines measured in the same run.

Prints documents/second for: the Spanish analyser alone (normalise + stem + bigrams), the
TF-IDF vectoriser alone, the whole classifier (``ThreatClassifier.predict``: vectorise,
regression, temperature, gate) in one large batch, and in the micro-batches the live enrich
agent uses (``worker.batch_size`` = 500, and smaller ones down to a single document). The last
line is a JSON object. Run inside the venv from the repository root:

    python bench/classify.py [--docs 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from threadpoolctl import threadpool_limits

from earlywarn.enrich.classify import ThreatClassifier
from earlywarn.enrich.text import analyze, stem
from earlywarn.enrich.training import read_corpus
from earlywarn.enrich.vectorize import tfidf_transform

REPO = Path(__file__).resolve().parents[1]


def rate(
    docs: list[str],
    run: Callable[[list[str]], object],
    repeats: int = 3,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Best-of-``repeats`` documents per second of ``run(docs)``, timed by ``clock``."""
    best = float("inf")
    for _ in range(repeats):
        started = clock()
        run(docs)
        best = min(best, clock() - started)
    return len(docs) / best


def batched(classifier: ThreatClassifier, size: int) -> Callable[[list[str]], object]:
    def run(docs: list[str]) -> None:
        for start in range(0, len(docs), size):
            classifier.predict(docs[start : start + size])

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--model", type=Path, default=REPO / "models" / "threat-classifier")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts: list[str] = []
    for name in ("train.jsonl", "dev.jsonl", "test.jsonl"):
        texts.extend(item.input_text for item in read_corpus(REPO / "corpus" / name))
    docs = (texts * (args.docs // len(texts) + 1))[: args.docs]
    classifier = ThreatClassifier.load(args.model)
    vectorizer = classifier._pipeline.named_steps["tfidf"]
    # analyze caches its answers (the casualty backstop re-reads each text), and these documents
    # repeat a few thousand texts: time the uncached analyser, as new texts in a live feed get.
    uncached = analyze.__wrapped__
    vectorizer.analyzer = uncached
    results: dict[str, float] = {}
    with threadpool_limits(limits=1):
        classifier.predict(docs[:2000])  # warm the stem cache, as a running worker has it
        stem.cache_info()
        results["analyser_only"] = rate(docs, lambda d: [uncached(t) for t in d])
        results["vectoriser_only"] = rate(docs, vectorizer.transform)
        # (the product's path: the same matrix, counted faster; enrich/vectorize.py)
        results["tfidf_transform"] = rate(docs, lambda d: tfidf_transform(vectorizer, d))
        results["classify_one_batch"] = rate(docs, classifier.predict)
        for size in (500, 100, 10):
            results[f"classify_batch_{size}"] = rate(docs[:20_000], batched(classifier, size))
        # CPU time of this process: on a shared machine, wall time also counts the turns other
        # processes take on the core, which says nothing about the classifier.
        results["classify_batch_500_cpu"] = rate(
            docs[:20_000], batched(classifier, 500), clock=time.process_time
        )
        results["classify_batch_1"] = rate(docs[:2_000], batched(classifier, 1))
    for name, value in results.items():
        print(f"{name:<22} {value:12,.0f} docs/s")
    overhead = results["tfidf_transform"] / results["classify_one_batch"]
    print(
        f"classify / tfidf_transform time ratio {overhead:.2f} (the model adds {overhead - 1:.0%})"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"load average (1 min) during the run: {load}")
    print(
        json.dumps(
            {
                "docs": len(docs),
                "cores": 1,
                "load": load,
                **{k: round(v) for k, v in results.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
