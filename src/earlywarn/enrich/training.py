"""Training the threat classifier from labelled JSONL, deterministically.

Each corpus line is an object with ``id``, ``title``, ``text``, ``lang`` and ``category`` (a
value of :class:`earlywarn.model.Category`). The same corpus, seed and library versions give
the same model; the time of training is passed in (``trained_at``) so this module never reads
a clock. The artifact is ``model.joblib`` (pipeline + format + versions) and ``metadata.json``.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from sklearn.pipeline import Pipeline

from earlywarn.enrich.classify import (
    ARTIFACT_FORMAT,
    METADATA_FILE,
    MODEL_FILE,
    ThreatClassifier,
    signal_text,
)
from earlywarn.enrich.text import analyze
from earlywarn.errors import ModelError
from earlywarn.model import Category, format_time

DEFAULT_SEED = 1337
_FIELDS = ("id", "title", "text", "category")


@dataclass(frozen=True, slots=True)
class LabelledItem:
    """One line of a labelled corpus."""

    id: str
    title: str
    text: str
    lang: str
    category: Category

    @property
    def input_text(self) -> str:
        return signal_text(self.title, self.text)


def read_corpus(path: Path) -> list[LabelledItem]:
    """Parse a labelled JSONL file; raise ModelError naming the file and line of a bad record."""
    if not path.is_file():
        raise ModelError(f"training corpus {path} does not exist")
    items: list[LabelledItem] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ModelError(f"{path}:{lineno}: not JSON ({exc})") from exc
            if not isinstance(data, dict):
                raise ModelError(f"{path}:{lineno}: a line must be a JSON object")
            missing = [key for key in _FIELDS if not isinstance(data.get(key), str)]
            if missing:
                raise ModelError(f"{path}:{lineno}: missing or non-string field(s) {missing}")
            try:
                category = Category(data["category"])
            except ValueError as exc:
                raise ModelError(
                    f"{path}:{lineno}: unknown category {data['category']!r}; "
                    f"use one of {[c.value for c in Category]}"
                ) from exc
            items.append(
                LabelledItem(
                    id=data["id"],
                    title=data["title"],
                    text=data["text"],
                    lang=str(data.get("lang", "es")),
                    category=category,
                )
            )
    return items


def sha256_of(paths: Sequence[Path]) -> str:
    """One hash over the bytes of every corpus file, in the order given."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_pipeline(seed: int = DEFAULT_SEED) -> Pipeline:
    """The untrained pipeline: TF-IDF on stems and stem bigrams, multinomial logistic regression.

    Chosen for speed (tens of thousands of short docs per second on one core), calibrated-enough
    probabilities out of the box, and a small artifact. ``min_df=2`` drops one-off phrasings so
    the model generalises across wordings instead of memorising templates.
    """
    vectorizer = TfidfVectorizer(
        analyzer=analyze,
        min_df=2,
        max_features=30_000,
        sublinear_tf=True,
        dtype=np.float32,
    )
    classifier = LogisticRegression(
        C=8.0,
        max_iter=3000,
        class_weight="balanced",
        random_state=seed,
    )
    return Pipeline([("tfidf", vectorizer), ("clf", classifier)])


def evaluate(classifier: ThreatClassifier, items: Sequence[LabelledItem]) -> dict[str, Any]:
    """Per-class precision/recall/F1/support, macro-F1 and accuracy on ``items``."""
    predicted = [c.category.value for c in classifier.predict([i.input_text for i in items])]
    truth = [i.category.value for i in items]
    labels = [c.value for c in Category]
    precision, recall, f1, support = precision_recall_fscore_support(
        truth, predicted, labels=labels, zero_division=0
    )
    per_class = {
        label: {
            "precision": round(float(p), 4),
            "recall": round(float(r), 4),
            "f1": round(float(f), 4),
            "support": int(s),
        }
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    }
    present = [label for label in labels if per_class[label]["support"] > 0]
    macro = sum(per_class[label]["f1"] for label in present) / max(len(present), 1)
    accuracy = sum(t == p for t, p in zip(truth, predicted, strict=True)) / max(len(truth), 1)
    confusions = Counter(f"{t} -> {p}" for t, p in zip(truth, predicted, strict=True) if t != p)
    return {
        "n": len(items),
        "macro_f1": round(macro, 4),
        "accuracy": round(accuracy, 4),
        "per_class": per_class,
        "confusions": dict(confusions.most_common()),
    }


def train(
    corpus_paths: Sequence[Path],
    out_dir: Path,
    progress: Callable[[str], None] | None = None,
    *,
    test_path: Path | None = None,
    trained_at: datetime | None = None,
    seed: int = DEFAULT_SEED,
) -> dict[str, Any]:
    """Fit on ``corpus_paths``, evaluate on ``test_path``, write the artifact; return metadata.

    ``trained_at`` is recorded as given (callers pass their clock's time; ``None`` records null,
    which keeps two trainings on the same data byte-identical).
    """
    say = progress or (lambda _message: None)
    if not corpus_paths:
        raise ModelError("no training corpus given")
    items: list[LabelledItem] = []
    for path in corpus_paths:
        items.extend(read_corpus(path))
        say(f"read {path}")
    counts = Counter(item.category.value for item in items)
    if len(counts) < 2:
        raise ModelError("the training corpus needs at least two categories")
    say(f"fitting on {len(items)} items in {len(counts)} categories")
    pipeline = build_pipeline(seed)
    pipeline.fit([i.input_text for i in items], [i.category.value for i in items])

    metadata: dict[str, Any] = {
        "format": ARTIFACT_FORMAT,
        "model": "tfidf(stems+bigrams) + logistic regression",
        "trained_at": format_time(trained_at) if trained_at is not None else None,
        "seed": seed,
        "training_files": [p.name for p in corpus_paths],
        "training_sha256": sha256_of(corpus_paths),
        "n_items": len(items),
        "n_per_class": {c.value: counts.get(c.value, 0) for c in Category},
        "n_features": len(pipeline.named_steps["tfidf"].vocabulary_),
        "classes": [str(c) for c in pipeline.classes_],
        "versions": {
            "python": platform.python_version(),
            "sklearn": sklearn.__version__,
            "numpy": np.__version__,
        },
        "test": None,
    }
    classifier = ThreatClassifier(pipeline, metadata)
    if test_path is not None:
        test_items = read_corpus(test_path)
        say(f"evaluating on {len(test_items)} items of {test_path}")
        metadata["test"] = {
            "file": test_path.name,
            "sha256": sha256_of([test_path]),
            **evaluate(classifier, test_items),
        }

    out_dir.mkdir(parents=True, exist_ok=True)
    artifact = {
        "format": ARTIFACT_FORMAT,
        "sklearn_version": sklearn.__version__,
        "pipeline": pipeline,
        "metadata": metadata,
    }
    # Write to a temporary name then rename, so a crash never leaves a half-written model.
    tmp_model = out_dir / (MODEL_FILE + ".tmp")
    joblib.dump(artifact, tmp_model, compress=3)
    tmp_model.replace(out_dir / MODEL_FILE)
    tmp_meta = out_dir / (METADATA_FILE + ".tmp")
    tmp_meta.write_text(json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp_meta.replace(out_dir / METADATA_FILE)
    say(f"wrote {out_dir / MODEL_FILE}")
    return metadata
