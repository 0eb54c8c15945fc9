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
from earlywarn.config import Settings
from earlywarn.errors import InvalidRecord
from earlywarn.model import DeadLetter, Signal, dumps, parse_time
from earlywarn.pipeline import Components
from earlywarn.reasons import Stage
from earlywarn.replay import ReplayResult, alert_line, read_records
from earlywarn.replay import replay as run_replay
from earlywarn.report import MAX_CHARTS, render_report
from earlywarn.trends import TrendBook


def _parse_until(value: str | None) -> datetime | None:
    # Checked before the archive is read: a typo should not cost a long replay.
    if value is None:
        return None
    try:
        return parse_time(value, "--until")
    except InvalidRecord as exc:
        raise click.BadParameter(exc.message, param_hint="'--until'") from exc


@click.command("replay")
@click.option(
    "-i", "--input", "input_path", default=None, help="Signals as JSONL ('-': stdin)."
)
@click.option(
    "--from-kafka",
    is_flag=True,
    help="Read the signals topic instead of a file, by record timestamp (--start, --end), "
    "with a consumer that never joins or commits to the live group: live state is untouched.",
)
@click.option(
    "--start",
    default=None,
    callback=lambda _ctx, _param, value: _parse_time_option(value, "--start"),
    help="With --from-kafka: the first record timestamp to replay (RFC 3339).",
)
@click.option(
    "--end",
    default=None,
    callback=lambda _ctx, _param, value: _parse_time_option(value, "--end"),
    help="With --from-kafka: replay records before this timestamp (default: up to now).",
)
@click.option(
    "--bootstrap",
    default=None,
    help="With --from-kafka: host:port of the cluster (default: kafka.bootstrap_servers).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write a self-contained HTML report: counts over time per region and "
    "category with the expected band and the alerts marked, and the alert table.",
)
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
    callback=lambda _ctx, _param, value: _parse_until(value),
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
    input_path: str | None,
    from_kafka: bool,
    start: datetime | None,
    end: datetime | None,
    bootstrap: str | None,
    report_path: Path | None,
    output_path: str,
    until: datetime | None,
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

    --report writes a self-contained HTML report (counts over time per region and category
    with the expected band, alerts marked, and the alert table). --from-kafka reads the
    signals topic instead of a file, records with timestamps in [--start, --end), with a
    consumer that never joins or commits to the live group.
    """
    if from_kafka == (input_path is not None):
        raise click.UsageError("give either -i/--input or --from-kafka (with --start)")
    if from_kafka and start is None:
        raise click.UsageError("--from-kafka needs --start (RFC 3339, e.g. 2026-01-01T00:00Z)")
    settings = settings_from(config_path)
    components = Components.load(settings)
    signals: list[Signal] = []
    rejected: list[DeadLetter] = []
    if input_path is not None:
        with open_input(input_path) as handle:
            for record in read_records(handle, Stage.ENRICH, "replay", None):
                (signals if isinstance(record, Signal) else rejected).append(record)  # type: ignore[arg-type]
    else:
        assert start is not None
        signals, rejected = _read_kafka(settings, bootstrap, start, end, progress)
    book = TrendBook(settings.detect) if report_path is not None else None
    with tqdm(
        total=len(signals),
        unit="signal",
        disable=not progress,
        file=click.get_text_stream("stderr"),
    ) as bar:
        result = run_replay(
            signals,
            components,
            until=until,
            batch_size=settings.worker.batch_size,
            progress=bar.update,
            on_incidents=book.observe if book is not None else None,
        )
    result.dead_letters[:0] = rejected
    with open_output(output_path) as out:
        for alert in result.alerts:
            out.write(alert_line(alert) + "\n")
    if dead_letters_path is not None:
        with dead_letters_path.open("w", encoding="utf-8") as out:
            for dl in result.dead_letters:
                out.write(dumps(dl.to_dict()).decode() + "\n")
    if book is not None and report_path is not None:
        _write_report(report_path, book, result, components, progress)
    click.echo(json.dumps(result.summary()), err=True)


def _parse_time_option(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        return parse_time(value, name)
    except InvalidRecord as exc:
        raise click.BadParameter(exc.message, param_hint=f"'{name}'") from exc


def _read_kafka(
    settings: Settings,
    bootstrap: str | None,
    start: datetime,
    end: datetime | None,
    progress: bool,
) -> tuple[list[Signal], list[DeadLetter]]:
    import asyncio

    from earlywarn.runtime.kafka_replay import read_signals_between
    from earlywarn.runtime.topics import TopicNames

    servers = bootstrap or ",".join(settings.kafka.bootstrap_servers)
    if not servers:
        raise click.UsageError(
            "--from-kafka needs a cluster: --bootstrap host:port or kafka.bootstrap_servers "
            "(the embedded broker keeps nothing between runs)"
        )
    topic = TopicNames(settings.kafka.topic_prefix).signals
    group = f"{settings.worker.id}-replay-{int(start.timestamp())}"
    with tqdm(
        unit="record",
        desc=f"reading {topic}",
        disable=not progress,
        file=click.get_text_stream("stderr"),
    ) as bar:
        found = asyncio.run(read_signals_between(servers, topic, start, end, group, bar.update))
    click.echo(
        f"earlywarn: read {len(found.signals)} signal(s) from {topic} "
        f"({found.before_start} before --start, {found.after_end} at/after --end skipped)",
        err=True,
    )
    return found.signals, found.dead_letters


def _write_report(
    path: Path, book: TrendBook, result: ReplayResult, components: Components, progress: bool
) -> None:
    keys = len(book.series_keys())
    with tqdm(
        total=min(keys, MAX_CHARTS),
        unit="chart",
        desc="report",
        disable=not progress,
        file=click.get_text_stream("stderr"),
    ) as bar:
        html = render_report(
            book,
            result.alerts,
            result.summary(),
            components.region_names(),
            progress=bar.update,
        )
    path.write_text(html, encoding="utf-8")
    click.echo(f"earlywarn: report written to {path}", err=True)
