"""``earlywarn evaluate``: per-class precision/recall/F1 and confusions on any labelled JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import click

from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.enrich.classify import ThreatClassifier
from earlywarn.enrich.training import evaluate as evaluate_items
from earlywarn.enrich.training import format_report, read_corpus


@click.command("evaluate")
@click.option(
    "-i",
    "--input",
    "input_path",
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="JSONL with the fields of `earlywarn enrich` input (title, text, …) plus `category`; "
    "optional gold killed/injured/kidnapped are scored too.",
)
@click.option(
    "--model",
    "model_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Model directory. Default: enrich.model_path from the configuration.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@config_option
@exits_on_error
def evaluate(
    input_path: Path, model_path: Path | None, as_json: bool, config_path: Path | None
) -> None:
    """Score the classifier on labelled JSONL: the same table as the model card.

    Example: earlywarn evaluate --input corpus/test.jsonl
    """
    settings = settings_from(config_path)
    classifier = ThreatClassifier.load(
        model_path or Path(settings.enrich.model_path),
        not_relevant_threshold=settings.enrich.not_relevant_threshold,
    )
    report = evaluate_items(classifier, read_corpus(input_path))
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        click.echo(
            format_report(report, f"{input_path} with model {classifier.metadata.get('version')}:")
        )
