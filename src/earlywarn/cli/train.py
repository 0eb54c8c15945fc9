"""``earlywarn train``: fit the threat classifier from the corpus plus analyst corrections, and
the casualty backstop from the files listed in ``--casualty-files``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click
from tqdm import tqdm

from earlywarn.cli.common import exits_on_error
from earlywarn.enrich.training import format_report, read_manifest
from earlywarn.enrich.training import train as train_model
from earlywarn.model import format_time


@click.command("train")
@click.option(
    "--corpus",
    "corpus_paths",
    multiple=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=[Path("corpus/train.jsonl"), Path("corpus/train_handwritten.jsonl")],
    show_default=True,
    help="Labelled JSONL (title, text, lang, category); repeat for several files.",
)
@click.option(
    "--corrections",
    "corrections_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("corpus/corrections.jsonl"),
    show_default=True,
    help="Append-only analyst corrections (earlywarn correct); applied if the file exists.",
)
@click.option(
    "--casualty-files",
    "casualty_manifest",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("corpus/casualty_training.txt"),
    show_default=True,
    help="Manifest of the labelled JSONL files the casualty backstop is fitted on: one path "
    "per line, relative to the manifest; # comments and blank lines ignored.",
)
@click.option(
    "--test",
    "test_path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    default=Path("corpus/test2.jsonl"),
    show_default=True,
    help="Independent labelled JSONL the reported metrics are computed on.",
)
@click.option(
    "--dev",
    "dev_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("corpus/dev.jsonl"),
    show_default=True,
    help="Development set (model selection); evaluated too if it exists.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("models/threat-classifier"),
    show_default=True,
    help="Where the artifact (model.joblib, metadata.json, MODEL_CARD.md) goes.",
)
@exits_on_error
def train(
    corpus_paths: tuple[Path, ...],
    corrections_path: Path,
    casualty_manifest: Path,
    test_path: Path,
    dev_path: Path,
    out_dir: Path,
) -> None:
    """Train the classifier; write the artifact, its metadata and its model card.

    Deterministic: the same corpus, corrections, seed and library versions give a
    byte-identical model.joblib (only metadata.json records the time of training, and a
    retrain that reproduces the model already in --out keeps that model's trained_at).
    """
    now = datetime.now(UTC)
    casualty_paths = read_manifest(casualty_manifest)
    steps = (
        len(corpus_paths)  # reading each file
        + len(casualty_paths)
        + corrections_path.is_file()
        + 2  # fitting the casualty backstop, then the classifier
        + 1  # evaluating on --test
        + dev_path.is_file()
        + 1  # writing the artifact
    )
    with tqdm(total=steps, unit="step", file=click.get_text_stream("stderr")) as bar:

        def progress(step: str) -> None:
            bar.set_description(step[:60])
            bar.update(1)
            if step.startswith("WARNING"):
                click.echo(step, err=True)

        metadata = train_model(
            list(corpus_paths),
            out_dir,
            progress=progress,
            casualty_paths=casualty_paths,
            corrections_path=corrections_path,
            test_path=test_path,
            dev_path=dev_path if dev_path.is_file() else None,
            trained_at=now,
        )
    if metadata.get("test"):
        click.echo(format_report(metadata["test"], f"Test set {metadata['test']['file']}:"))
    if metadata["trained_at"] != format_time(now):
        click.echo(f"model unchanged: kept trained_at {metadata['trained_at']}", err=True)
    click.echo(f"wrote {out_dir} (version {metadata['version']})", err=True)
