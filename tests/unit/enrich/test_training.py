"""Tests for training the classifier into a fresh artifact."""

import json
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import pytest

from earlywarn.enrich.classify import ThreatClassifier
from earlywarn.enrich.training import read_corpus, sha256_of, train
from earlywarn.errors import ModelError
from earlywarn.model import Category

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """About 40 items of each category from the project's training corpus."""
    per_class: dict[str, int] = {}
    lines = []
    with (CORPUS / "train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            category = json.loads(line)["category"]
            if per_class.get(category, 0) < 40:
                per_class[category] = per_class.get(category, 0) + 1
                lines.append(line)
    path = tmp_path / "small.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_train_writes_loadable_artifact(small_corpus: Path, tmp_path: Path) -> None:
    """Training writes model.joblib and metadata.json that load and predict."""
    out = tmp_path / "model"
    messages: list[str] = []
    when = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    meta = train([small_corpus], out, messages.append, trained_at=when)
    classifier = ThreatClassifier.load(out)
    assert classifier.predict(["Asesinan a minero en Pataz"])[0].category in set(Category)
    assert classifier.metadata["training_sha256"] == sha256_of([small_corpus])
    assert meta["trained_at"] == "2025-03-01T12:00:00Z"
    assert sum(meta["n_per_class"].values()) == meta["n_items"] == 440
    assert messages


def test_train_evaluates_on_test_file(small_corpus: Path, tmp_path: Path) -> None:
    """With a test file, metadata carries per-class P/R/F1 and macro-F1."""
    test_file = tmp_path / "test.jsonl"
    with (CORPUS / "test.jsonl").open(encoding="utf-8") as handle:
        test_file.write_text("".join(islice(handle, 60)), encoding="utf-8")
    meta = train([small_corpus], tmp_path / "m", test_path=test_file)
    assert meta["test"]["n"] == 60
    assert 0.0 <= meta["test"]["macro_f1"] <= 1.0
    assert set(meta["test"]["per_class"]) == {c.value for c in Category}


def test_training_is_deterministic(small_corpus: Path, tmp_path: Path) -> None:
    """The same corpus and seed give the same predictions and metadata."""
    first = train([small_corpus], tmp_path / "a")
    second = train([small_corpus], tmp_path / "b")
    assert first == second
    texts = [item.input_text for item in read_corpus(small_corpus)[:50]]
    a = ThreatClassifier.load(tmp_path / "a").predict(texts)
    b = ThreatClassifier.load(tmp_path / "b").predict(texts)
    assert a == b


def test_bad_corpus_line_is_reported(tmp_path: Path) -> None:
    """A line with an unknown category raises ModelError naming the file and line."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "1", "title": "t", "text": "x", "lang": "es", "category": "weather"}\n',
        encoding="utf-8",
    )
    with pytest.raises(ModelError, match=r"bad\.jsonl:1: unknown category"):
        read_corpus(bad)


def test_shipped_corpus_covers_every_category() -> None:
    """Both the training and test corpora contain every category."""
    for name in ("train.jsonl", "test.jsonl"):
        categories = {item.category for item in read_corpus(CORPUS / name)}
        assert categories == set(Category)
