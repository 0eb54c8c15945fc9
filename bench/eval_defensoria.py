"""How the relevance gate and categories treat real conflict cases (evaluation only).

Reads ../shared/data/eval/defensoria_casos_unicos.csv (Defensoría del Pueblo social-conflict
cases, 2004–2026; see its SOURCE.txt). These are never used for training. The cases are
social conflicts described in long bureaucratic Spanish, not crimes, so the useful questions
are: of the cases that mention mining, how many does the gate let through, and as which
category (social_conflict / environmental expected); and how many non-mining cases leak into
incident categories. The upstream labels (menciona_mineria, es_socioambiental) are noisy.
Prints tables and, last, one JSON line. Run inside the venv from the repository root:

    python bench/eval_defensoria.py
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

from earlywarn.enrich.classify import ThreatClassifier

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "eval" / "defensoria_casos_unicos.csv"
EXPECTED = ("social_conflict", "environmental")


def shares(rows: list[dict[str, str]], predicted: list[str]) -> dict[str, float]:
    counts = Counter(predicted)
    n = max(len(rows), 1)
    return {category: round(count / n, 4) for category, count in counts.most_common()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=REPO / "models" / "threat-classifier")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["caso"].strip()]
    classifier = ThreatClassifier.load(args.model)
    results = classifier.predict([row["caso"] for row in rows])
    predicted = [r.category.value for r in results]
    groups = {
        "mining (menciona_mineria=1)": [
            i for i, r in enumerate(rows) if r["menciona_mineria"] == "1"
        ],
        "socio-environmental, mining": [
            i
            for i, r in enumerate(rows)
            if r["menciona_mineria"] == "1" and r["es_socioambiental"] == "1"
        ],
        "not mining (menciona_mineria=0)": [
            i for i, r in enumerate(rows) if r["menciona_mineria"] == "0"
        ],
    }
    summary: dict[str, object] = {"n": len(rows), "threshold": classifier.not_relevant_threshold}
    for name, idx in groups.items():
        sub_rows = [rows[i] for i in idx]
        sub_pred = [predicted[i] for i in idx]
        dist = shares(sub_rows, sub_pred)
        relevant = 1 - dist.get("not_relevant", 0.0)
        expected = sum(dist.get(c, 0.0) for c in EXPECTED)
        confident = sum(
            1 for i in idx if predicted[i] != "not_relevant" and results[i].confidence >= 0.45
        ) / max(len(idx), 1)
        print(f"\n{name}: {len(idx)} cases")
        print(f"  passed the gate (any incident category)   {relevant:6.1%}")
        print(f"  social_conflict or environmental          {expected:6.1%}")
        print(f"  incident with confidence >= 0.45          {confident:6.1%}")
        for category, share in dist.items():
            print(f"    {category:<28} {share:6.1%}")
        summary[name] = {
            "n": len(idx),
            "relevant": round(relevant, 4),
            "social_or_environmental": round(expected, 4),
            "confident_incident": round(confident, 4),
            "categories": dist,
        }
    print(json.dumps(summary, ensure_ascii=False))


if __name__ == "__main__":
    main()
