"""``earlywarn correct``: record an analyst's correction; the next `earlywarn train` uses it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import click

from earlywarn.cli.common import exits_on_error
from earlywarn.enrich.training import (
    append_correction,
    correction_record,
    read_corpus,
    read_corrections,
)
from earlywarn.model import Category


@click.command("correct")
@click.option(
    "--category",
    required=True,
    type=click.Choice([c.value for c in Category]),
    help="The right category.",
)
@click.option("--id", "item_id", default=None, help="Id of a corpus item (or of the text given).")
@click.option("--text", "title", default=None, help="The text (title and lede) to label.")
@click.option(
    "--lang", default="es", show_default=True, type=click.Choice(["es", "en"]), help="Language."
)
@click.option("--note", default="", help="Why (kept with the correction).")
@click.option(
    "--corrections",
    "corrections_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("corpus/corrections.jsonl"),
    show_default=True,
    help="The append-only corrections file.",
)
@click.option(
    "--corpus",
    "corpus_paths",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    default=[Path("corpus/train.jsonl")],
    show_default=True,
    help="Where --id alone must be found.",
)
@exits_on_error
def correct(
    category: str,
    item_id: str | None,
    title: str | None,
    lang: str,
    note: str,
    corrections_path: Path,
    corpus_paths: tuple[Path, ...],
) -> None:
    """Relabel a corpus item (--id) or add a labelled text (--text); appended, never rewritten.

    \b
    Examples:
      earlywarn correct --text "Cobran cupos a mineros de Pataz" --category extortion
      earlywarn correct --id train-theft-0042 --category armed_attack --note "no ore taken"
    """
    if item_id is None and not title:
        raise click.UsageError("give --id ID (a corpus item) or --text TEXT, with --category")
    if title is None:
        known = {c.id for c in read_corrections(corrections_path)}
        for path in corpus_paths:
            if path.is_file():
                known.update(item.id for item in read_corpus(path))
        if item_id not in known:
            raise click.UsageError(
                f"no item {item_id!r} in {', '.join(map(str, corpus_paths))} or "
                f"{corrections_path}; to label a new text pass --text as well"
            )
    record = correction_record(
        Category(category),
        item_id=item_id,
        title=title,
        lang=lang,
        corrected_at=datetime.now(UTC),
        note=note,
    )
    append_correction(corrections_path, record)
    click.echo(
        f"recorded {record['id']} -> {category} in {corrections_path}; "
        "run `earlywarn train` to include it"
    )
