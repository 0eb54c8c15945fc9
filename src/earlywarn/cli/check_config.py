"""``earlywarn check-config``: validate the configuration without starting anything."""

from __future__ import annotations

import json
from pathlib import Path

import click

from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.config import secret_from_env


@click.command("check-config")
@config_option
@exits_on_error
def check_config(config_path: Path | None) -> None:
    """Validate the config (unknown keys are errors) and print it with overrides applied.

    Secrets are never printed: for each one, only whether its environment variable is set.
    Exit code 0: valid; 2: invalid (the message says which key and why).
    """
    settings = settings_from(config_path)
    data = json.loads(settings.model_dump_json())
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    click.echo("\nsecrets (from the environment):", err=True)
    click.echo(
        f"  intake token   {settings.intake.token_env}: "
        f"{'set' if secret_from_env(settings.intake.token_env) else 'NOT SET (intake disabled)'}",
        err=True,
    )
    for token in settings.intake.tokens:
        state = "set" if secret_from_env(token.env) else "NOT SET (this reporter is refused)"
        click.echo(f"  intake {token.name:<10} {token.env}: {state}", err=True)
    for sub in settings.alert.subscriptions:
        state = "set" if secret_from_env(sub.secret_env) else "NOT SET"
        click.echo(f"  webhook {sub.name:<10} {sub.secret_env}: {state}", err=True)
    click.echo("configuration is valid", err=True)
