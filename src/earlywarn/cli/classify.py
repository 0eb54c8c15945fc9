"""``earlywarn classify``: one text, its category and the probabilities."""

from __future__ import annotations

from pathlib import Path

import click

from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.enrich.classify import ThreatClassifier


@click.command("classify")
@click.argument("text")
@click.option("--top", default=5, show_default=True, help="How many categories to show.")
@config_option
@exits_on_error
def classify(text: str, top: int, config_path: Path | None) -> None:
    """Classify TEXT (title and lede) and show the category probabilities and casualties.

    Example: earlywarn classify "Asesinan a trece mineros en Pataz"
    """
    settings = settings_from(config_path)
    classifier = ThreatClassifier.load(
        Path(settings.enrich.model_path),
        not_relevant_threshold=settings.enrich.not_relevant_threshold,
    )
    result = classifier.predict([text])[0]
    click.echo(f"category:   {result.category.value}  (confidence {result.confidence:.2f})")
    click.echo(
        f"relevance:  {result.relevance:.2f}  (not_relevant when P(not_relevant) >= "
        f"{classifier.not_relevant_threshold})"
    )
    ranked = sorted(result.probabilities.items(), key=lambda kv: -kv[1])[:top]
    for name, p in ranked:
        click.echo(f"  {name:<28} {p:6.3f}")
    sev = classifier.read_casualties([text])[0]
    click.echo(f"severity:   killed={sev.killed} injured={sev.injured} kidnapped={sev.kidnapped}")
    threshold = settings.detect.min_confidence
    if result.confidence < threshold:
        click.echo(f"note: below the detector's min_confidence {threshold}: not counted")
