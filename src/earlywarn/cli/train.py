"""``earlywarn train``: fit the threat classifier from the project's labelled corpus."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import click
from tqdm import tqdm

from earlywarn.cli.common import exits_on_error
from earlywarn.enrich.training import train as train_model


@click.command("train")
@click.option(
    "--corpus",
    "corpus_paths",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    default=[Path("corpus/train.jsonl")],
    show_default=True,
    help="Labelled JSONL (title, text, lang, category); repeat for several files.",
)
@click.option(
    "--test",
    "test_path",
    type=click.Path(path_type=Path, exists=True),
    default=Path("corpus/test.jsonl"),
    show_default=True,
    help="Independent labelled JSONL the reported metrics are computed on.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("models/threat-classifier"),
    show_default=True,
    help="Where the artifact (model.joblib, metadata.json) goes.",
)
@exits_on_error
def train(corpus_paths: tuple[Path, ...], test_path: Path, out_dir: Path) -> None:
    """Train the classifier and write a versioned artifact with its metadata and metrics."""
    with tqdm(total=None, unit="step", file=click.get_text_stream("stderr")) as bar:

        def progress(step: str) -> None:
            bar.set_description(step)
            bar.update(1)

        metadata = train_model(
            list(corpus_paths),
            out_dir,
            progress=progress,
            test_path=test_path,
            trained_at=datetime.now(UTC),
        )
    click.echo(json.dumps(metadata.get("metrics", {}), indent=2))
    click.echo(f"wrote {out_dir}", err=True)
