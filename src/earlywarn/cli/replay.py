"""``earlywarn replay``: which alerts an archive of signals would have raised."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click
from tqdm import tqdm

from earlywarn.cli.common import (
    config_option,
    exits_on_error,
    open_input,
    open_output,
    settings_from,
)
from earlywarn.model import DeadLetter, Signal, dumps, parse_time
from earlywarn.pipeline import Components
from earlywarn.reasons import Stage
from earlywarn.replay import alert_line, read_records
from earlywarn.replay import replay as run_replay


@click.command("replay")
@click.option("-i", "--input", "input_path", required=True, help="Signals as JSONL ('-': stdin).")
@click.option(
    "-o",
    "--output",
    "output_path",
    default="-",
    show_default=True,
    help="Where to write the alerts, one JSON object per line ('-': stdout).",
)
@click.option(
    "--until",
    default=None,
    help="Advance event time to this RFC 3339 instant at the end, so that escalations "
    "quiet by then resolve (default: the newest event time in the input).",
)
@click.option(
    "--dead-letters",
    "dead_letters_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Also write rejected records (with reasons) here as JSONL.",
)
@click.option(
    "--progress/--no-progress", default=True, show_default=True, help="Progress bar on stderr."
)
@config_option
@exits_on_error
def replay(
    input_path: str,
    output_path: str,
    until: str | None,
    dead_letters_path: Path | None,
    progress: bool,
    config_path: Path | None,
) -> None:
    """Replay an archive through the same stages as the live path, as fast as the CPU allows.

    Signals are sorted by event time (published_at) and run through classification,
    severity, geolocation, story grouping, the escalation detector and alert de-duplication
    on a manual clock. No webhook is called. The same input gives the same alerts as the
    live path. A summary goes to stderr; exit code 0 even when some lines were rejected
    (see --dead-letters).
    """
    settings = settings_from(config_path)
    components = Components.load(settings)
    signals: list[Signal] = []
    rejected: list[DeadLetter] = []
    with open_input(input_path) as handle:
        for record in read_records(handle, Stage.ENRICH, "replay", None):
            (signals if isinstance(record, Signal) else rejected).append(record)  # type: ignore[arg-type]
    until_time: datetime | None = parse_time(until, "--until") if until else None
    with tqdm(
        total=len(signals),
        unit="signal",
        disable=not progress,
        file=click.get_text_stream("stderr"),
    ) as bar:
        result = run_replay(
            signals,
            components,
            until=until_time,
            batch_size=settings.worker.batch_size,
            progress=bar.update,
        )
    result.dead_letters[:0] = rejected
    with open_output(output_path) as out:
        for alert in result.alerts:
            out.write(alert_line(alert) + "\n")
    if dead_letters_path is not None:
        with dead_letters_path.open("w", encoding="utf-8") as out:
            for dl in result.dead_letters:
                out.write(dumps(dl.to_dict()).decode() + "\n")
    click.echo(json.dumps(result.summary()), err=True)
