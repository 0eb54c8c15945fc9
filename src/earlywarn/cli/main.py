"""``earlywarn``: the command line. One module per command; this one only gathers them."""

from __future__ import annotations

import click

from earlywarn.cli.check_config import check_config
from earlywarn.cli.classify import classify
from earlywarn.cli.correct import correct
from earlywarn.cli.enrich import enrich
from earlywarn.cli.evaluate import evaluate
from earlywarn.cli.geolocate import geolocate
from earlywarn.cli.replay import replay
from earlywarn.cli.routes import routes
from earlywarn.cli.run import run
from earlywarn.cli.silence import silence
from earlywarn.cli.train import train


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="earlywarn")
def cli() -> None:
    """earlywarn — early warning of escalating violence in Peru's mining regions.

    News feeds and field reports go in; signed webhook alerts come out when a region's
    incidents rise above its own baseline, and again when the escalation ends.

    \b
    Start here:
      earlywarn run                 the whole live pipeline (embedded broker + demo by default)
      earlywarn replay -i F -o G    what alerts an archive of signals would have raised
      earlywarn enrich -i F -o G    classify, score severity and geolocate signals (JSONL)
      earlywarn check-config        validate the configuration and show what it resolves to
      earlywarn routes test department=13 category=armed_attack level=critical
      earlywarn silence add department=13 --for 2h -c "maintenance"
    """


# One line each in `earlywarn --help` (click would cut the docstrings' first sentences).
SHORT_HELP = {
    run: "Run the live pipeline (broker, worker, feeds, intake, webhooks).",
    replay: "Replay an archive of signals: the alerts it would have raised.",
    enrich: "Classify, count casualties and geolocate signals (JSONL in/out).",
    classify: "Classify one text: category probabilities and casualties.",
    geolocate: "Place one text or point on the UBIGEO map, with the evidence.",
    train: "Retrain the threat classifier from corpus/ and corrections.",
    evaluate: "Score the classifier on labelled JSONL (P/R/F1, confusion).",
    correct: "Record an analyst's correction of a label (append-only).",
    check_config: "Validate the configuration and show what it resolves to.",
    routes: "Show who would receive an alert, and why not the others.",
    silence: "Mute matching alerts for a while (add, list, expire).",
}

for command, short in SHORT_HELP.items():
    command.short_help = short
    cli.add_command(command)


def main() -> None:
    cli(prog_name="earlywarn")


if __name__ == "__main__":
    main()
