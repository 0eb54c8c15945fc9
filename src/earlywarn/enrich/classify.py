"""Threat classification: which category of the taxonomy a signal belongs to, and how sure.

The model is a scikit-learn pipeline (TF-IDF over stems, stem bigrams, character 4-grams and a
mining-context marker and event markers — death with or without violence, accident, crime
words in or out of the mining context (:func:`earlywarn.enrich.text.analyze`) — then a multinomial
logistic regression whose probabilities are calibrated by temperature scaling) saved with joblib
by :mod:`earlywarn.enrich.training`. Loading a joblib file runs pickle, so the model path must be
trusted (it ships with the project or is trained locally with ``earlywarn train``); it is never
fetched over the network.

The artifact also carries the casualty backstop (:mod:`earlywarn.enrich.casualty_backstop`,
fitted by the same ``earlywarn train``): :meth:`ThreatClassifier.read_casualties` is where every
casualty count of the product comes from — the rules, plus a learned backstop for the kinds they
read as none.

The relevance gate is explicit: a text is ``not_relevant`` only when the calibrated
P(not_relevant) reaches ``not_relevant_threshold``. Otherwise it gets the most probable incident
category, with that category's probability as its confidence, even when that is low: a weak
incident is carried forward as such (the enricher marks it LOW_CONFIDENCE and the detector does
not count it), never silently dropped as not relevant.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer

from earlywarn.enrich.casualty_backstop import CasualtyBackstop
from earlywarn.enrich.severity import extract_severity
from earlywarn.enrich.vectorize import tfidf_transform
from earlywarn.errors import ModelError
from earlywarn.model import Category, Severity, Signal

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"
# Bumped when the artifact layout or its features change (3: character 4-grams and the
# mining-context marker in ``analyze``; 4: its event markers; 5: the casualty backstop under
# ``"casualty_backstop"``); another format is refused.
ARTIFACT_FORMAT = 5
# P(not_relevant) at or above which a text is not relevant (the model's default gate).
DEFAULT_NOT_RELEVANT_THRESHOLD = 0.5
_CHUNK = 1000

_RETRAIN = "run `earlywarn train` to build a new one"

# What a damaged or foreign pickle can raise; anything else is a bug and should surface.
_LOAD_ERRORS = (
    OSError,
    EOFError,
    pickle.UnpicklingError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    ImportError,
)


@dataclass(frozen=True, slots=True)
class Classification:
    """The gated category, its probability, every category's probability, and relevance.

    ``relevance`` is 1 - P(not_relevant): how likely the text reports any incident at all.
    """

    category: Category
    confidence: float
    probabilities: dict[str, float]
    relevance: float = 1.0


def signal_text(title: str, text: str) -> str:
    """The classifier's input for one signal: the title, then the body."""
    return f"{title}. {text}" if text else title


def text_of(signal: Signal) -> str:
    """The classifier's input for ``signal``."""
    return signal_text(signal.title, signal.text)


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


class ThreatClassifier:
    """A fitted pipeline, its casualty backstop and the metadata written next to it; use
    :meth:`load`.

    ``casualties`` is the learned casualty backstop; a loaded artifact always has one. Without it
    (a classifier built in memory from a bare pipeline, as the benchmarks do) casualty counts
    are the rules' alone.
    """

    def __init__(
        self,
        pipeline: Any,
        metadata: Mapping[str, Any],
        not_relevant_threshold: float | None = None,
        *,
        casualties: CasualtyBackstop | None = None,
    ) -> None:
        self._pipeline = pipeline
        self._metadata = dict(metadata)
        self._casualties = casualties
        classes = [str(c) for c in pipeline.classes_]
        try:
            self._categories = [Category(c) for c in classes]
        except ValueError as exc:
            raise ModelError(
                f"model classes {classes} do not match the taxonomy; {_RETRAIN}"
            ) from exc
        if Category.NOT_RELEVANT not in self._categories:
            raise ModelError(f"model classes {classes} lack not_relevant; {_RETRAIN}")
        self._labels = classes
        self._nr_index = self._categories.index(Category.NOT_RELEVANT)
        if not_relevant_threshold is None:
            not_relevant_threshold = float(
                self._metadata.get("not_relevant_threshold", DEFAULT_NOT_RELEVANT_THRESHOLD)
            )
        self.not_relevant_threshold = not_relevant_threshold

    @classmethod
    def load(cls, path: Path, not_relevant_threshold: float | None = None) -> ThreatClassifier:
        """Load the artifact in directory ``path`` (or the ``model.joblib`` file itself).

        ``not_relevant_threshold`` overrides the gate recorded in the model's metadata.
        """
        model_file = path / MODEL_FILE if path.is_dir() else path
        if not model_file.is_file():
            raise ModelError(f"classifier model {model_file} is missing; {_RETRAIN}")
        try:
            artifact = joblib.load(model_file)
        except _LOAD_ERRORS as exc:
            raise ModelError(
                f"classifier model {model_file} is corrupt ({exc!r}); {_RETRAIN}"
            ) from exc
        if not isinstance(artifact, dict) or artifact.get("format") != ARTIFACT_FORMAT:
            raise ModelError(
                f"classifier model {model_file} is not an earlywarn artifact of format "
                f"{ARTIFACT_FORMAT}; {_RETRAIN}"
            )
        # Pickled estimators are only supported on the scikit-learn release that wrote them.
        trained_with = str(artifact.get("sklearn_version", "?"))
        if _minor(trained_with) != _minor(sklearn.__version__):
            raise ModelError(
                f"classifier model {model_file} was trained with scikit-learn {trained_with} but "
                f"{sklearn.__version__} is installed; {_RETRAIN}"
            )
        metadata: dict[str, Any] = dict(artifact.get("metadata", {}))
        meta_file = model_file.parent / METADATA_FILE
        if meta_file.is_file():
            try:
                metadata = json.loads(meta_file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ModelError(
                    f"model metadata {meta_file} is unreadable ({exc}); {_RETRAIN}"
                ) from exc
        pipeline = artifact.get("pipeline")
        if pipeline is None or not hasattr(pipeline, "predict_proba"):
            raise ModelError(f"classifier model {model_file} holds no pipeline; {_RETRAIN}")
        casualties = artifact.get("casualty_backstop")
        if not isinstance(casualties, CasualtyBackstop):
            raise ModelError(
                f"classifier model {model_file} holds no casualty backstop; {_RETRAIN}"
            )
        return cls(pipeline, metadata, not_relevant_threshold, casualties=casualties)

    @property
    def metadata(self) -> dict[str, Any]:
        """Training facts: data hash, class counts, versions, test metrics (a copy)."""
        return dict(self._metadata)

    @property
    def categories(self) -> list[Category]:
        """The categories the model can predict, in probability-column order."""
        return list(self._categories)

    def predict(self, texts: Sequence[str]) -> list[Classification]:
        """Classify a batch of texts (``signal_text(title, text)`` each); one result per text.

        One ``predict_proba`` call per batch: per-document calls cost far more than the model.
        """
        if not texts:
            return []
        texts = list(texts)
        # Chunks keep the sparse matrix cache-sized: one huge batch is slower per document.
        proba = np.vstack(
            [
                np.asarray(self._predict_proba(texts[i : i + _CHUNK]), dtype=np.float64)
                for i in range(0, len(texts), _CHUNK)
            ]
        )
        nr = self._nr_index
        p_not_relevant = proba[:, nr]
        incident_proba = proba.copy()
        incident_proba[:, nr] = -1.0
        best_incident = incident_proba.argmax(axis=1)
        gated_out = p_not_relevant >= self.not_relevant_threshold
        best = np.where(gated_out, nr, best_incident)
        labels = self._labels
        categories = self._categories
        results: list[Classification] = []
        for row, idx, p_nr in zip(
            proba.tolist(), best.tolist(), p_not_relevant.tolist(), strict=True
        ):
            results.append(
                Classification(
                    category=categories[idx],
                    confidence=row[idx],
                    probabilities=dict(zip(labels, row, strict=True)),
                    relevance=1.0 - p_nr,
                )
            )
        return results

    def _predict_proba(self, texts: list[str]) -> Any:
        """The pipeline's probabilities, its TF-IDF step computed by :func:`tfidf_transform`
        (the same matrix, faster) when the pipeline is the vectorizer and one model."""
        steps = getattr(self._pipeline, "steps", None)  # (any object with predict_proba)
        if steps is not None and len(steps) == 2 and isinstance(steps[0][1], TfidfVectorizer):
            return steps[1][1].predict_proba(tfidf_transform(steps[0][1], texts))
        return self._pipeline.predict_proba(texts)

    def predict_one(self, text: str) -> Classification:
        """Classify one text (use :meth:`predict` for batches: it is much faster per item)."""
        return self.predict([text])[0]

    @property
    def casualty_backstop(self) -> CasualtyBackstop | None:
        """The learned casualty backstop (None: counts are the rules' alone)."""
        return self._casualties

    def read_casualties(self, texts: Sequence[str]) -> list[Severity]:
        """Casualty counts of a batch of texts (``signal_text(title, text)`` each), in order:
        the rules', with the kinds they read as none read again by the backstop."""
        if self._casualties is None:
            return [extract_severity(text) for text in texts]
        return self._casualties.read(list(texts))
