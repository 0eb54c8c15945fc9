"""Tests for training the classifier into a fresh artifact."""

import csv
import json
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import joblib
import pytest

from earlywarn.enrich.casualty_backstop import CasualtyBackstop
from earlywarn.enrich.classify import ThreatClassifier
from earlywarn.enrich.training import (
    CASUALTY_SOURCE,
    append_correction,
    apply_corrections,
    correction_record,
    evaluate,
    format_report,
    read_corpus,
    read_corrections,
    read_manifest,
    sha256_of,
    train,
)
from earlywarn.errors import ModelError
from earlywarn.model import Category

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
SHIPPED = CORPUS.parent / "models" / "threat-classifier"
# A small development file the casualty backstop fits on in well under a second, with items
# of each kind the rules still miss (fresh22 had none left of the killed after rules round
# twenty-three; fresh18 has three, six and three)
CAS = [CORPUS / "casualties_fresh18.jsonl"]


def _first_of_each_category(per_category: int, out: Path) -> Path:
    """The first ``per_category`` items of each category of the training corpus, written to out."""
    per_class: dict[str, int] = {}
    lines = []
    with (CORPUS / "train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            category = json.loads(line)["category"]
            if per_class.get(category, 0) < per_category:
                per_class[category] = per_class.get(category, 0) + 1
                lines.append(line)
    out.write_text("".join(lines), encoding="utf-8")
    return out


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """About 40 items of each category from the project's training corpus."""
    return _first_of_each_category(40, tmp_path / "small.jsonl")


def test_train_writes_loadable_artifact(small_corpus: Path, tmp_path: Path) -> None:
    """Training writes model.joblib and metadata.json that load and predict."""
    out = tmp_path / "model"
    messages: list[str] = []
    when = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    meta = train([small_corpus], out, messages.append, casualty_paths=CAS, trained_at=when)
    classifier = ThreatClassifier.load(out)
    assert classifier.predict(["Asesinan a minero en Pataz"])[0].category in set(Category)
    assert classifier.metadata["training_sha256"] == sha256_of([small_corpus])
    assert meta["trained_at"] == "2025-03-01T12:00:00Z"
    assert sum(meta["n_per_class"].values()) == meta["n_items"] == 440
    assert messages


def test_train_fits_the_casualty_backstop_into_the_artifact(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    """Training pickles a fitted casualty backstop into the artifact and records its facts."""
    out = tmp_path / "model"
    messages: list[str] = []
    meta = train([tiny_corpus], out, messages.append, casualty_paths=CAS)
    artifact = joblib.load(out / "model.joblib")
    assert isinstance(artifact["casualty_backstop"], CasualtyBackstop)
    facts = meta["casualty_backstop"]
    assert facts["training_files"] == ["casualties_fresh18.jsonl"]
    assert facts["training_sha256"] == sha256_of(CAS)
    gold = [i for i in read_corpus(CAS[0]) if i.casualties is not None]
    assert facts["n_items"] == len(gold)
    assert facts == {**artifact["casualty_backstop"].facts, **facts}
    assert json.loads((out / "metadata.json").read_text(encoding="utf-8"))["casualty_backstop"]
    assert ThreatClassifier.load(out).casualty_backstop is not None
    assert any("casualty backstop" in message for message in messages)
    assert "learned backstop" in (out / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_train_without_casualty_files_is_refused(tiny_corpus: Path, tmp_path: Path) -> None:
    """No casualty training files raises ModelError before anything is fitted or written."""
    with pytest.raises(ModelError, match="no casualty training files"):
        train([tiny_corpus], tmp_path / "model", casualty_paths=[])
    assert not (tmp_path / "model").exists()


def test_casualty_files_the_backstop_cannot_learn_from_are_refused(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    """Casualty files where the rules miss no kind raise ModelError naming the kind."""
    with pytest.raises(ModelError, match="casualty training files: cannot fit the killed"):
        train([tiny_corpus], tmp_path / "model", casualty_paths=[CORPUS / "casualties_dev.jsonl"])


def test_manifest_lists_paths_relative_to_itself(tmp_path: Path) -> None:
    """A manifest's lines are paths relative to its directory; comments and blanks are skipped."""
    (tmp_path / "sub").mkdir()
    for name in ("a.jsonl", "sub/b.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    manifest = tmp_path / "files.txt"
    manifest.write_text("# the files\n\na.jsonl\n  sub/b.jsonl  # the second\n\n", encoding="utf-8")
    assert read_manifest(manifest) == [tmp_path / "a.jsonl", tmp_path / "sub" / "b.jsonl"]


def test_manifest_missing_or_listing_a_missing_file_is_refused(tmp_path: Path) -> None:
    """A missing manifest, a listed file that does not exist, or no files raise ModelError."""
    manifest = tmp_path / "files.txt"
    with pytest.raises(ModelError, match=r"manifest .*files\.txt does not exist"):
        read_manifest(manifest)
    manifest.write_text("# header\nnope.jsonl\n", encoding="utf-8")
    with pytest.raises(ModelError, match=r"files\.txt:2: listed file .*nope\.jsonl does not exist"):
        read_manifest(manifest)
    manifest.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(ModelError, match="lists no files"):
        read_manifest(manifest)


def test_shipped_casualty_manifest_leaves_out_held_out_and_test2() -> None:
    """corpus/casualty_training.txt lists existing files, none held out and never test2."""
    listed = {path.name for path in read_manifest(CORPUS / "casualty_training.txt")}
    held_out = {
        f"casualties_fresh{n}.jsonl"
        for n in (14, 19, 24, 28, 38, 44, 50, 53, 54, 55, 56, 57, 58, 59)
    }
    assert "test.jsonl" in listed and "casualties_dev.jsonl" in listed
    assert not listed & held_out
    assert not any(name.startswith("test2") for name in listed)


def test_train_evaluates_on_test_file(small_corpus: Path, tmp_path: Path) -> None:
    """With a test file, metadata carries per-class P/R/F1 and macro-F1."""
    test_file = tmp_path / "test.jsonl"
    with (CORPUS / "test.jsonl").open(encoding="utf-8") as handle:
        test_file.write_text("".join(islice(handle, 60)), encoding="utf-8")
    meta = train([small_corpus], tmp_path / "m", casualty_paths=CAS, test_path=test_file)
    assert meta["test"]["n"] == 60
    assert 0.0 <= meta["test"]["macro_f1"] <= 1.0
    assert set(meta["test"]["per_class"]) == {c.value for c in Category}


def test_training_is_deterministic(small_corpus: Path, tmp_path: Path) -> None:
    """The same corpus and seed give a byte-identical model, whatever the time of training."""
    first = train(
        [small_corpus],
        tmp_path / "a",
        casualty_paths=CAS,
        trained_at=datetime(2025, 1, 1, tzinfo=UTC),
    )
    second = train(
        [small_corpus],
        tmp_path / "b",
        casualty_paths=CAS,
        trained_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    assert {**first, "trained_at": None} == {**second, "trained_at": None}
    model_a = (tmp_path / "a" / "model.joblib").read_bytes()
    assert model_a == (tmp_path / "b" / "model.joblib").read_bytes()
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
    """The training, development and test corpora all contain every category."""
    for name in ("train.jsonl", "dev.jsonl", "test.jsonl", "test2.jsonl"):
        categories = {item.category for item in read_corpus(CORPUS / name)}
        assert categories == set(Category)


def _lines(name: str) -> list[dict[str, object]]:
    with (CORPUS / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_training_corpus_covers_every_mining_region() -> None:
    """Every department with a mining locality in the localities table is in training items."""
    table = CORPUS.parent / "src" / "earlywarn" / "data" / "mining_localities.csv"
    with table.open(encoding="utf-8") as handle:
        departments = {
            row["department_ubigeo"]
            for row in csv.DictReader(handle)
            if row["kind"] == "mining_locality"
        }
    regions = {str(item["region"]) for item in _lines("train.jsonl")}
    assert departments <= regions


def test_training_corpus_mix_of_language_kind_and_hard_negatives() -> None:
    """About 85 % Spanish, about 15 % field reports, and hard negatives with incident words."""
    items = _lines("train.jsonl")
    n = len(items)
    assert n >= 2000
    spanish = sum(item["lang"] == "es" for item in items) / n
    field = sum(item["kind"] == "field" for item in items) / n
    assert 0.80 <= spanish <= 0.90
    assert 0.13 <= field <= 0.17
    negatives = [
        f"{i['title']} {i['text']}".lower() for i in items if i["category"] == "not_relevant"
    ]
    for word in ("ataque", "invasi", "oro", "elecciones", "festival", "pataz"):
        assert any(word in text for text in negatives), word


@pytest.mark.parametrize("name", ["test.jsonl", "test2.jsonl"])
def test_test_set_is_independent_and_has_gold_casualties(name: str) -> None:
    """A test set has >= 400 items, no title shared with training, and casualty labels."""
    test_items = _lines(name)
    train_titles = {
        item["title"] for f in ("train.jsonl", "train_handwritten.jsonl") for item in _lines(f)
    }
    assert len(test_items) >= 400
    assert not train_titles & {item["title"] for item in test_items}
    assert all({"killed", "injured", "kidnapped"} <= set(item) for item in test_items)
    stating = [i for i in test_items if any(i[k] for k in ("killed", "injured", "kidnapped"))]
    assert len(stating) >= 90


def test_evaluate_reads_enrich_style_lines_with_gold_casualties(tmp_path: Path) -> None:
    """Lines without id/text are accepted; casualty accuracy counts exact triples."""
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        json.dumps(
            {
                "title": "Asesinan a tres mineros en Pataz",
                "category": "homicide",
                "killed": 3,
                "injured": 0,
                "kidnapped": 0,
            }
        )
        + "\n"
        + json.dumps({"title": "Precio del oro sube", "category": "not_relevant"})
        + "\n",
        encoding="utf-8",
    )
    items = read_corpus(labelled)
    assert items[1].id == "labelled.jsonl:2" and items[1].text == ""
    report = evaluate(ThreatClassifier.load(SHIPPED), items)
    assert report["n"] == 2
    assert report["casualties"]["n_stated"] == 1
    assert report["casualties"]["exact_stated"] == 1.0
    assert report["casualties"]["source"] == CASUALTY_SOURCE
    assert sum(report["confusion_matrix"]["homicide"].values()) == 1
    table = format_report(report)
    assert "| category | precision | recall | F1 | n |" in table
    assert "Confusion matrix" in table
    assert f"Casualty counts (killed, injured, kidnapped; {CASUALTY_SOURCE})" in table


def test_model_card_is_written_with_the_test_table(small_corpus: Path, tmp_path: Path) -> None:
    """Training writes MODEL_CARD.md with the per-class table of the test evaluation."""
    test_file = tmp_path / "test.jsonl"
    with (CORPUS / "test.jsonl").open(encoding="utf-8") as handle:
        test_file.write_text("".join(islice(handle, 60)), encoding="utf-8")
    train([small_corpus], tmp_path / "m", casualty_paths=CAS, test_path=test_file)
    card = (tmp_path / "m" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "| extortion |" in card and "not good at" in card


def test_text_correction_is_appended_and_trained_on(small_corpus: Path, tmp_path: Path) -> None:
    """A text correction is appended (earlier bytes kept) and the next training includes it."""
    corrections = tmp_path / "corrections.jsonl"
    text = "Cobradores de la vacuna visitan las bocaminas de Pataz"
    append_correction(corrections, correction_record(Category.THEFT, title=text))
    before = corrections.read_bytes()
    append_correction(corrections, correction_record(Category.EXTORTION, title=text, note="cupos"))
    after = corrections.read_bytes()
    assert after.startswith(before) and after.count(b"\n") == 2
    meta = train([small_corpus], tmp_path / "m", casualty_paths=CAS, corrections_path=corrections)
    assert meta["n_items"] == 441
    assert meta["corrections"] == {"lines": 2, "relabelled": 1, "added": 1, "unmatched": []}
    assert meta["n_per_class"]["extortion"] == 41
    assert meta["training_files"] == ["small.jsonl", "corrections.jsonl"]


def test_id_correction_relabels_and_latest_wins(small_corpus: Path, tmp_path: Path) -> None:
    """Corrections by id relabel the corpus item; the latest one wins; unknown ids are reported."""
    items = read_corpus(small_corpus)
    target = items[0]
    corrections = tmp_path / "corrections.jsonl"
    for category in (Category.SABOTAGE, Category.INVASION):
        append_correction(corrections, correction_record(category, item_id=target.id))
    append_correction(corrections, correction_record(Category.THEFT, item_id="no-such-item"))
    corrected, report = apply_corrections(items, read_corrections(corrections))
    assert len(corrected) == len(items)
    assert corrected[0].category is Category.INVASION
    assert report["relabelled"] == 2 and report["unmatched"] == ["no-such-item"]


def test_correction_needs_an_id_or_a_text() -> None:
    """A correction with neither an id nor a text is refused."""
    with pytest.raises(ModelError, match="id or a text"):
        correction_record(Category.THEFT)


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """Ten items of each category: the least that 5-fold calibration trains on quickly."""
    return _first_of_each_category(10, tmp_path / "tiny.jsonl")


def _written(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("metadata.json", "MODEL_CARD.md")}


def test_retraining_the_same_model_keeps_metadata_and_card_bytes(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    """A retrain that reproduces the model keeps its first trained_at: metadata and card unchanged."""
    out = tmp_path / "model"
    first = train(
        [tiny_corpus], out, casualty_paths=CAS, trained_at=datetime(2025, 1, 1, tzinfo=UTC)
    )
    before = _written(out)
    second = train(
        [tiny_corpus], out, casualty_paths=CAS, trained_at=datetime(2026, 6, 1, tzinfo=UTC)
    )
    assert second["trained_at"] == first["trained_at"] == "2025-01-01T00:00:00Z"
    assert second["artifact_sha256"] == sha256_of([out / "model.joblib"])
    assert _written(out) == before


def test_retraining_on_changed_data_records_the_new_model(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    """Changed training data gives a new trained_at, data hash and artifact hash."""
    out = tmp_path / "model"
    first = train(
        [tiny_corpus], out, casualty_paths=CAS, trained_at=datetime(2025, 1, 1, tzinfo=UTC)
    )
    lines = tiny_corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    tiny_corpus.write_text("".join(lines[1:]), encoding="utf-8")
    second = train(
        [tiny_corpus], out, casualty_paths=CAS, trained_at=datetime(2026, 6, 1, tzinfo=UTC)
    )
    assert second["trained_at"] == "2026-06-01T00:00:00Z"
    assert second["training_sha256"] != first["training_sha256"]
    assert second["artifact_sha256"] != first["artifact_sha256"]
    written = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert written["trained_at"] == "2026-06-01T00:00:00Z"


def test_rescoring_the_same_model_keeps_trained_at_and_rewrites_scores(
    tiny_corpus: Path, tmp_path: Path
) -> None:
    """Scoring the same model on another test file rewrites the scores but keeps trained_at."""
    out = tmp_path / "model"
    test_file = tmp_path / "test.jsonl"
    with (CORPUS / "test.jsonl").open(encoding="utf-8") as handle:
        test_file.write_text("".join(islice(handle, 20)), encoding="utf-8")
    train(
        [tiny_corpus],
        out,
        casualty_paths=CAS,
        test_path=test_file,
        trained_at=datetime(2025, 1, 1, tzinfo=UTC),
    )
    with (CORPUS / "test.jsonl").open(encoding="utf-8") as handle:
        test_file.write_text("".join(islice(handle, 30)), encoding="utf-8")
    second = train(
        [tiny_corpus],
        out,
        casualty_paths=CAS,
        test_path=test_file,
        trained_at=datetime(2026, 6, 1, tzinfo=UTC),
    )
    assert second["trained_at"] == "2025-01-01T00:00:00Z"
    assert second["test"]["n"] == 30
    assert "(30 items" in (out / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_evaluate_scores_the_counts_the_product_gives(tmp_path: Path) -> None:
    """Casualty accuracy scores read_casualties: a kind only the backstop reads counts as right."""
    labelled = tmp_path / "labelled.jsonl"
    item = {
        "title": "Asaltan planta de beneficio en Secocha y se llevan dos kilos de oro",
        "text": "Seis encapuchados redujeron al vigilante, lo dejaron amarrado en la caseta y "
        "escaparon en dos motos por la trocha hacia Urasqui.",
        "category": "theft",
        "killed": 0,
        "injured": 0,
        "kidnapped": 1,
    }
    labelled.write_text(json.dumps(item) + "\n", encoding="utf-8")
    report = evaluate(ThreatClassifier.load(SHIPPED), read_corpus(labelled))
    assert report["casualties"]["exact_stated"] == 1.0 and report["casualties"]["misses"] == []


def test_report_with_gold_counts_but_none_stated_is_formatted(tmp_path: Path) -> None:
    """An evaluation whose gold casualty counts are all zero formats with n/a, not a crash."""
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        json.dumps({"title": "Precio del oro sube", "category": "not_relevant", "killed": 0})
        + "\n",
        encoding="utf-8",
    )
    report = evaluate(ThreatClassifier.load(SHIPPED), read_corpus(labelled))
    assert report["casualties"]["exact_stated"] is None
    assert "exactly right on n/a of the 0 items that state any" in format_report(report)
