"""Tests for the hand-written corpora of issue #4 (training items and the casualty checks)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from earlywarn.enrich.training import read_corpus
from earlywarn.model import Category

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def _lines(name: str) -> list[dict[str, object]]:
    with (CORPUS / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_handwritten", CORPUS / "build_handwritten.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_jsonl_files_are_built_from_their_text_sources() -> None:
    """The committed JSONL equals what corpus/build_handwritten.py makes of the .txt sources."""
    builder = _builder()
    sources = sorted(CORPUS.glob("train_handwritten_*.txt"))
    assert builder.parse_training(sources) == _lines("train_handwritten.jsonl")
    for name in builder.CASUALTY_FILES:
        assert builder.parse_casualties(CORPUS / f"{name}.txt") == _lines(f"{name}.jsonl")
    for name in builder.CLASS_FILES:
        assert builder.parse_training([CORPUS / f"{name}.txt"], prefix=name) == _lines(
            f"{name}.jsonl"
        )


def test_held_out_classification_checks_share_no_text_with_training() -> None:
    """class_fresh*.jsonl (held out) has no title in the training corpora."""
    training = {i["title"] for n in ("train.jsonl", "train_handwritten.jsonl") for i in _lines(n)}
    for name in _builder().CLASS_FILES:
        shared = len(training & {item["title"] for item in _lines(f"{name}.jsonl")})
        assert shared == 0, f"{name} shares {shared} titles with the training corpora"


def test_handwritten_training_items_cover_the_taxonomy_and_mix() -> None:
    """>= 1,000 items in every category, ~85 % Spanish, >= 10 % field reports, hard negatives."""
    items = _lines("train_handwritten.jsonl")
    n = len(items)
    assert n >= 1000
    assert {item.category for item in read_corpus(CORPUS / "train_handwritten.jsonl")} == set(
        Category
    )
    assert 0.80 <= sum(item["lang"] == "es" for item in items) / n <= 0.90
    assert sum(item["kind"] == "field" for item in items) / n >= 0.10
    negatives = [
        f"{i['title']} {i['text']}".lower() for i in items if i["category"] == "not_relevant"
    ]
    for word in ("ataque", "invasi", "precio del oro", "candidat", "festival", "derrumbe"):
        assert any(word in text for text in negatives), word


def test_handwritten_items_share_no_title_with_the_test_set() -> None:
    """No hand-written training or casualty-dev title appears in the independent test set."""
    test_titles = {item["title"] for item in _lines("test.jsonl")}
    names = ["train_handwritten.jsonl", *(f"{n}.jsonl" for n in _builder().CASUALTY_FILES)]
    for name in names:
        # a count, not the titles: a failure must not print test items to whoever reads it
        shared = len(test_titles & {item["title"] for item in _lines(name)})
        assert shared == 0, f"{name} shares {shared} titles with the test set"


def test_blind_casualty_check_has_gold_counts() -> None:
    """The blind casualty check has >= 150 sentences, >= 100 of them stating casualties."""
    items = read_corpus(CORPUS / "casualties_blind.jsonl")
    assert len(items) >= 150
    assert all(item.casualties is not None for item in items)
    assert sum(any(item.casualties or ()) for item in items) >= 100


def test_round_three_casualty_files_have_their_size_and_mix() -> None:
    """casualties_dev2 has >= 250 sentences (~85 % Spanish), each fresh batch >= 80, all gold."""
    dev2 = _lines("casualties_dev2.jsonl")
    assert len(dev2) >= 250
    assert 0.80 <= sum(item["lang"] == "es" for item in dev2) / len(dev2) <= 0.90
    for name in ("casualties_fresh", "casualties_fresh2", "casualties_fresh3"):
        items = read_corpus(CORPUS / f"{name}.jsonl")
        assert len(items) >= 80, name
        assert all(item.casualties is not None for item in items), name


def test_round_eight_casualty_files_are_built_and_have_gold() -> None:
    """casualties_fresh11-13 (round eight) are built files with >= 100 items, all with gold."""
    names = ("casualties_fresh11", "casualties_fresh12", "casualties_fresh13")
    assert set(names) <= set(_builder().CASUALTY_FILES)
    for name in names:
        items = read_corpus(CORPUS / f"{name}.jsonl")
        assert len(items) >= 100, name
        assert all(item.casualties is not None for item in items), name
