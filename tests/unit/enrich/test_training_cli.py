"""Tests for the analyst commands: earlywarn correct, train (with corrections) and evaluate."""

import json
from pathlib import Path

from click.testing import CliRunner

from earlywarn.cli.main import cli

REPO = Path(__file__).resolve().parents[3]
SHIPPED = REPO / "models" / "threat-classifier"


def _small_corpus(path: Path, per_class: int = 30) -> Path:
    counts: dict[str, int] = {}
    lines = []
    with (REPO / "corpus" / "train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            category = json.loads(line)["category"]
            if counts.get(category, 0) < per_class:
                counts[category] = counts.get(category, 0) + 1
                lines.append(line)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _casualty_manifest(tmp_path: Path) -> Path:
    """A manifest in tmp_path listing a copy of one small casualty file, by relative path."""
    (tmp_path / "cas").mkdir()
    source = REPO / "corpus" / "casualties_fresh18.jsonl"
    (tmp_path / "cas" / source.name).write_bytes(source.read_bytes())
    manifest = tmp_path / "casualty_training.txt"
    manifest.write_text(f"# for the test\ncas/{source.name}\n", encoding="utf-8")
    return manifest


def test_correct_then_train_includes_the_correction(tmp_path: Path) -> None:
    """`earlywarn correct --text` appends a line that the next `earlywarn train` applies."""
    corpus = _small_corpus(tmp_path / "train.jsonl")
    corrections = tmp_path / "corrections.jsonl"
    runner = CliRunner()
    text = "Banda exige la vacuna a los quimbaleteros de Chala"
    result = runner.invoke(
        cli,
        ["correct", "--text", text, "--category", "extortion", "--corrections", str(corrections)],
    )
    assert result.exit_code == 0, result.output
    [line] = corrections.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["title"] == text and json.loads(line)["corrected_at"]
    out = tmp_path / "model"
    result = runner.invoke(
        cli,
        [
            "train",
            "--corpus",
            str(corpus),
            "--corrections",
            str(corrections),
            "--casualty-files",
            str(_casualty_manifest(tmp_path)),
            "--test",
            str(REPO / "corpus" / "test.jsonl"),
            "--dev",
            str(tmp_path / "none.jsonl"),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert metadata["corrections"]["added"] == 1
    assert metadata["n_items"] == 11 * 30 + 1
    assert metadata["casualty_backstop"]["training_files"] == ["casualties_fresh18.jsonl"]
    assert "| category | precision | recall | F1 | n |" in result.output


def test_correct_by_unknown_id_is_refused_and_nothing_written(tmp_path: Path) -> None:
    """`earlywarn correct --id` with an id in no corpus exits 2 and writes nothing."""
    corpus = _small_corpus(tmp_path / "train.jsonl", per_class=2)
    corrections = tmp_path / "corrections.jsonl"
    result = CliRunner().invoke(
        cli,
        [
            "correct",
            "--id",
            "nope",
            "--category",
            "theft",
            "--corrections",
            str(corrections),
            "--corpus",
            str(corpus),
        ],
    )
    assert result.exit_code == 2
    assert "no item 'nope'" in result.output
    assert not corrections.exists()


def test_correct_by_known_id_is_appended(tmp_path: Path) -> None:
    """`earlywarn correct --id` with a corpus id appends an id-only relabel line."""
    corpus = _small_corpus(tmp_path / "train.jsonl", per_class=2)
    item_id = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])["id"]
    corrections = tmp_path / "corrections.jsonl"
    result = CliRunner().invoke(
        cli,
        [
            "correct",
            "--id",
            item_id,
            "--category",
            "theft",
            "--corrections",
            str(corrections),
            "--corpus",
            str(corpus),
        ],
    )
    assert result.exit_code == 0, result.output
    record = json.loads(corrections.read_text(encoding="utf-8"))
    assert record["id"] == item_id and record["category"] == "theft" and "title" not in record


def test_evaluate_prints_the_model_card_table(tmp_path: Path) -> None:
    """`earlywarn evaluate --input` prints per-class P/R/F1 and the confusion matrix."""
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        json.dumps({"title": "Sicarios asesinan a dos mineros en Pataz", "category": "homicide"})
        + "\n"
        + json.dumps({"title": "Festival de la Candelaria en Puno", "category": "not_relevant"})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        cli, ["evaluate", "--input", str(labelled), "--model", str(SHIPPED)]
    )
    assert result.exit_code == 0, result.output
    assert "| homicide |" in result.output and "Confusion matrix" in result.output


def test_evaluate_bad_line_names_file_and_line(tmp_path: Path) -> None:
    """A line with an unknown category exits 3 naming the file and line."""
    labelled = tmp_path / "bad.jsonl"
    labelled.write_text('{"title": "x", "category": "weather"}\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["evaluate", "--input", str(labelled), "--model", str(SHIPPED)]
    )
    assert result.exit_code == 3
    assert "bad.jsonl:1: unknown category" in result.output


def test_train_twice_on_the_same_data_leaves_metadata_unchanged(tmp_path: Path) -> None:
    """A second `earlywarn train` that reproduces the model keeps metadata.json byte for byte."""
    corpus = _small_corpus(tmp_path / "train.jsonl", per_class=10)
    test_file = tmp_path / "test.jsonl"
    with (REPO / "corpus" / "test2.jsonl").open(encoding="utf-8") as handle:
        test_file.write_text("".join(handle.readlines()[:40]), encoding="utf-8")
    out = tmp_path / "model"
    args = [
        "train",
        "--corpus",
        str(corpus),
        "--corrections",
        str(tmp_path / "none-corrections.jsonl"),
        "--casualty-files",
        str(_casualty_manifest(tmp_path)),
        "--test",
        str(test_file),
        "--dev",
        str(tmp_path / "none.jsonl"),
        "--out",
        str(out),
    ]
    runner = CliRunner()
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    metadata = (out / "metadata.json").read_bytes()
    second = runner.invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert (out / "metadata.json").read_bytes() == metadata
    trained_at = json.loads(metadata)["trained_at"]
    assert f"model unchanged: kept trained_at {trained_at}" in second.output


def test_train_with_a_missing_casualty_manifest_or_file_exits_clearly(tmp_path: Path) -> None:
    """A missing --casualty-files manifest, or a path it lists, exits 3 naming it; nothing written."""
    corpus = _small_corpus(tmp_path / "train.jsonl", per_class=2)
    out = tmp_path / "model"
    manifest = tmp_path / "casualties.txt"
    args = ["train", "--corpus", str(corpus), "--casualty-files", str(manifest)]
    args += ["--test", str(REPO / "corpus" / "test.jsonl"), "--out", str(out)]
    runner = CliRunner()
    result = runner.invoke(cli, args)
    assert result.exit_code == 3
    assert "casualties.txt does not exist" in result.output and "Traceback" not in result.output
    manifest.write_text("gone.jsonl\n", encoding="utf-8")
    result = runner.invoke(cli, args)
    assert result.exit_code == 3
    assert "casualties.txt:1: listed file" in result.output and "gone.jsonl" in result.output
    assert not out.exists()
