"""``earlywarn run``: the whole live pipeline in one process."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
from pathlib import Path

import click

from earlywarn.cli.common import config_option, exits_on_error, settings_from, setup_logging
from earlywarn.clock import SystemClock
from earlywarn.config import Settings, secret_from_env
from earlywarn.errors import ConfigError, StartupError
from earlywarn.metrics import Metrics
from earlywarn.pipeline import Components
from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.runtime.topics import TopicNames, ensure_topics


def _check_secrets(settings: Settings) -> None:
    demo_prefix = f"http://{settings.http.host}:{settings.demo.port}/sink/"
    for sub in settings.alert.subscriptions:
        is_demo = settings.demo.enabled and sub.url.startswith(demo_prefix)
        if secret_from_env(sub.secret_env) is None and not is_demo:
            raise ConfigError(
                f"webhook subscription {sub.name!r} has no signing secret: set the environment "
                f"variable {sub.secret_env} (e.g. whsec_ followed by base64 of 32 random bytes)"
            )


# Written, fsynced and removed at start-up: a state directory that cannot take this much
# fails now, with a clear message, instead of at the first table flush or silence save.
STATE_PROBE_BYTES = 64 * 1024


def check_state_dir(state_dir: Path) -> None:
    """Create ``state_dir`` and prove it is writable with room left; StartupError if not."""
    probe = state_dir / ".earlywarn-write-probe"
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, b"\0" * STATE_PROBE_BYTES)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        what = (
            "the disk is full: free space on it or point worker.state_dir at another disk"
            if exc.errno in (errno.ENOSPC, errno.EDQUOT)
            else "make it a writable directory or point worker.state_dir elsewhere"
        )
        raise StartupError(
            f"worker.state_dir {state_dir} is not usable ({exc.strerror or exc}): {what}"
        ) from exc
    finally:
        with contextlib.suppress(OSError):  # ENOTDIR when the path runs through a file
            probe.unlink(missing_ok=True)


@click.command("run")
@config_option
@click.option(
    "--log-level",
    type=click.Choice(["debug", "info", "warning", "error"]),
    default=None,
    help="Overrides log_level from the config.",
)
@exits_on_error
def run(config_path: Path | None, log_level: str | None) -> None:
    """Run the live pipeline: broker (embedded unless configured), topics, Faust worker,
    feed collectors, field intake, webhook delivery and /metrics. Ctrl-C stops it all.

    With kafka.bootstrap_servers empty, a tansu broker is started on 127.0.0.1 with
    in-memory storage: it keeps nothing after it stops (topics, offsets and detector state
    start empty next time). The default config/earlywarn.yaml runs the offline demo: feeds
    served from config/demo/feeds and alerts printed by a demo webhook sink.

    Exit codes: 2 invalid config, 3 a model/gazetteer file is missing or corrupt or the state
    directory is unwritable or full, 4 broker unreachable.
    """
    settings = settings_from(config_path)
    setup_logging(log_level or settings.log_level)
    _check_secrets(settings)
    # Every start-up check runs before the broker or the worker starts: a failure exits
    # with nothing left running.
    check_state_dir(settings.worker.state_dir)
    components = Components.load(settings)
    broker: EmbeddedBroker | None = None
    try:
        if settings.kafka.bootstrap_servers:
            bootstrap = ",".join(settings.kafka.bootstrap_servers)
        else:
            emb = settings.kafka.embedded
            broker = EmbeddedBroker(emb.host, emb.port, emb.storage, emb.binary).start()
            bootstrap = broker.bootstrap
            click.echo(
                f"earlywarn: embedded broker (tansu)   {bootstrap}  storage {emb.storage}"
                + (
                    "  — in memory: nothing is kept after it stops"
                    if emb.storage.startswith("memory")
                    else ""
                ),
            )
        topics = TopicNames(settings.kafka.topic_prefix)
        asyncio.run(
            ensure_topics(
                bootstrap,
                topics.all(),
                settings.kafka.partitions,
                compacted=topics.compacted(),
                copartitioned=topics.copartitioned(),
            )
        )
        _run_worker(settings, components, bootstrap)
    finally:
        if broker is not None:
            broker.stop()
            click.echo("earlywarn: embedded broker stopped")


def _run_worker(settings: Settings, components: Components, bootstrap: str) -> None:
    # Imported here: faust is heavy, and only this command needs it.
    import faust

    from earlywarn.runtime.edge import EdgeService
    from earlywarn.runtime.faust_app import create_app
    from earlywarn.runtime.logfilter import install_repeat_filter

    install_repeat_filter()  # a broker outage: one line per 30 s per message, not 125/s
    app, runtime = create_app(settings, components, Metrics(), SystemClock(), bootstrap)
    app.web_server(EdgeService(app, runtime))
    worker = faust.Worker(app, loglevel=settings.log_level.upper(), quiet=True)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
