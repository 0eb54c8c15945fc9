"""``earlywarn enrich``: classify, score severity and geolocate signals from JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import click

from earlywarn.cli.common import (
    config_option,
    exits_on_error,
    open_input,
    open_output,
    settings_from,
)
from earlywarn.model import DeadLetter
from earlywarn.pipeline import Components
from earlywarn.reasons import Stage
from earlywarn.replay import EPOCH, read_records

BATCH = 1000


@click.command("enrich")
@click.option(
    "-i",
    "--input",
    "input_path",
    default="-",
    show_default=True,
    help="JSONL with title, text, optional lang, published_at, lat, lon, kind.",
)
@click.option(
    "-o",
    "--output",
    "output_path",
    default="-",
    show_default=True,
    help="JSONL out: one object per input line, in input order.",
)
@config_option
@exits_on_error
def enrich(input_path: str, output_path: str, config_path: Path | None) -> None:
    """Enrich signals: category + confidence, killed/injured/kidnapped, and the place.

    Each output line has id, category, confidence, killed, injured, kidnapped and place
    {department_ubigeo, province_ubigeo, district_ubigeo, name, precision} (null where
    unknown). A line that cannot be read gives {"error": ..., "reason": ...} in its place,
    so output line N always answers input line N.
    """
    components = Components.load(settings_from(config_path))
    enricher = components.enricher()
    with open_input(input_path) as handle, open_output(output_path) as out:
        pending: list[object] = []

        def flush() -> None:
            signals = [p for p in pending if not isinstance(p, DeadLetter)]
            enriched = iter(enricher.enrich(signals))  # type: ignore[arg-type]
            for item in pending:
                line: dict[str, object]
                if isinstance(item, DeadLetter):
                    line = {"error": item.error, "reason": item.reason.value}
                else:
                    line = next(enriched).to_dict()
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            pending.clear()

        for record in read_records(handle, Stage.ENRICH, "enrich", EPOCH, keep_blank=True):
            pending.append(record)
            if len(pending) >= BATCH:
                flush()
        flush()
