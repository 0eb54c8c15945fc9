"""``earlywarn routes test``: which subscriptions an alert would reach, and why the others not."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from earlywarn.alert.route import Router, alert_labels
from earlywarn.alert.silence import describe_matchers, load_silences, silences_path
from earlywarn.cli.common import config_option, exits_on_error, settings_from
from earlywarn.model import (
    Alert,
    AlertStatus,
    Category,
    Contribution,
    Escalation,
    Level,
    SignalKind,
)

KEYS = ("department", "province", "category", "level", "status", "source_kind")


def _seconds(value: float) -> str:
    if value and value % 3600 == 0:
        return f"{value / 3600:g}h"
    return f"{value:g}s"


def example_alert(fields: dict[str, str], now: datetime) -> Alert:
    """A made-up alert with the given labels (what the router looks at)."""
    try:
        department = fields["department"]
        category = Category(fields.get("category", "armed_attack"))
        level = Level.parse(fields.get("level", "watch"))
        status = AlertStatus(fields.get("status", "firing"))
        kind = SignalKind(fields.get("source_kind", "news"))
    except KeyError as exc:
        raise click.UsageError("give at least department=NN (2-digit UBIGEO)") from exc
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    province = fields.get("province")
    if province is not None and (len(province) != 4 or not province.startswith(department)):
        raise click.UsageError(f"province={province} must be 4 digits starting with {department}")
    contribution = Contribution(
        "example", "example", now, "example", None, kind, "routes-test", province
    )
    escalation = Escalation(
        region=department, region_name=department, category=category, status=status,
        level=level, window_start=now, window_end=now, count=0, baseline=0.0, threshold=0.0,
        score=0.0, rule="routes-test", reason="routes test", episode_started_at=now,
        contributions=(contribution,),
    )  # fmt: skip
    return Alert.of(escalation)


@click.group("routes")
def routes() -> None:
    """Inspect alert routing (the routing tree under alert.route, or the subscriptions)."""


@routes.command("test")
@config_option
@click.argument("labels", nargs=-1, required=True)
@exits_on_error
def routes_test(config_path: Path | None, labels: tuple[str, ...]) -> None:
    """Show which subscriptions an alert with LABELS would reach, and why the others not.

    \b
    LABELS are key=value: department (required, e.g. 13), province (e.g. 1308), category,
    level (watch|warning|critical), status (firing|resolved), source_kind (news|field).
    Example:  earlywarn routes test department=13 category=armed_attack level=critical

    Active silences from the worker's silences file are checked too. Inhibition depends on
    which other alerts are firing, so it is not shown.
    """
    settings = settings_from(config_path)
    fields: dict[str, str] = {}
    for label in labels:
        key, sep, value = label.partition("=")
        if not sep or key not in KEYS:
            raise click.UsageError(f"{label!r}: write key=value with key one of {', '.join(KEYS)}")
        fields[key] = value
    now = datetime.now(UTC)
    alert = example_alert(fields, now)
    router = Router(settings.alert)
    routing = router.route(alert)
    shown = alert_labels(alert)
    click.echo(
        f"alert: department={shown['department']} category={shown['category']} "
        f"level={shown['level']} status={alert.status.value}"
        + (f" province={shown['provinces']}" if shown["provinces"] else "")
        + f" source_kind={shown['source_kinds']}"
    )
    click.echo("routing tree:" if settings.alert.route else "subscriptions (no alert.route):")
    for step in routing.steps:
        depth = step.path.count(".")
        receiver = f" → {step.receiver}" if step.receiver else ""
        more = " (continue)" if step.continue_ and step.decision.value == "matched" else ""
        click.echo(f"  {'  ' * depth}{step.path}{receiver}: {step.decision.value}{more}")
    silence = load_silences(silences_path(settings)).silencing(alert, now)
    if silence is not None:
        click.echo(
            f"SILENCED by {silence.id} ({describe_matchers(silence.match)}) until "
            f"{silence.ends_at.isoformat()}: nobody receives it"
        )
    click.echo("receives:" if routing.targets else "receives: nobody")
    for target in routing.targets:
        node, sub = target.node, target.subscription
        click.echo(
            f"  {sub.name}  via {node.path}  format {sub.format}  "
            f"group {node.group_key(sub.name, shown).split('|', 2)[2]}  "
            f"wait {_seconds(node.group_wait_seconds)} "
            f"interval {_seconds(node.group_interval_seconds)} "
            f"repeat {_seconds(node.repeat_interval_seconds)}"
        )
    if routing.refusals:
        click.echo("not sent:")
        for refusal in routing.refusals:
            click.echo(f"  {refusal.subscription}  via {refusal.path}: {refusal.decision.value}")
