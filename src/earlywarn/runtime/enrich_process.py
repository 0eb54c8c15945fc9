"""Enrichment in a child process, beside the worker's event loop.

Classification and geolocation are the worker's costliest step and pure Python (the GIL
rules out threads). Run in a child process, they use a second core while the event loop
goes on consuming (Faust's per-message work), detecting and publishing; the enrich agent
awaits each batch's result before it asks for the next batch, so acknowledgements, order
and at-least-once are as with in-loop enrichment. The child runs the very same
``pipeline.enrich_records``, so live still equals replay.

The child is forked when :class:`EnrichProcess` is created — by ``create_app``, before
Faust starts its threads — so it shares the loaded model and gazetteer instead of loading
them again. It ignores Ctrl-C (the worker stops it) and dies with the worker, even when
the worker is killed. If it dies, enrichment continues in the event loop.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from earlywarn.pipeline import EnrichedBatch, Enricher, enrich_records

log = logging.getLogger("earlywarn.runtime")

_PR_SET_PDEATHSIG = 1  # linux/prctl.h

_child_enricher: Enricher | None = None


def _die_with(parent: int) -> None:
    """Make the kernel kill this process when ``parent`` exits (Linux; else best effort)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        log.warning("enrich process: cannot ask to die with the worker on this platform")
    if os.getppid() != parent:  # it exited before prctl took effect
        os._exit(1)


def _start_child(enricher: Enricher, parent: int) -> None:
    global _child_enricher
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group
    _die_with(parent)
    _child_enricher = enricher


def _enrich_in_child(values: Sequence[bytes], now: datetime) -> EnrichedBatch:
    assert _child_enricher is not None, "initialiser not run"
    return enrich_records(_child_enricher, values, now)


class EnrichProcess:
    """``enrich_records`` for the enrich agent: in a child process, or in the loop."""

    def __init__(self, enricher: Enricher, in_child: bool, processes: int = 1) -> None:
        """``processes`` children enriching batches side by side (none if not ``in_child``).

        Results come back per batch, so the caller's order is kept whatever finishes first.
        """
        self.enricher = enricher
        self._pool: ProcessPoolExecutor | None = None
        if not in_child:
            return
        if threading.active_count() > 1:
            # Forking a process with other threads can copy a lock some thread holds.
            log.warning("enrich process: the worker already runs threads; enriching in-loop")
            return
        self._pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_child,
            initargs=(enricher, os.getpid()),
        )
        # With "fork" the pool starts all its processes on the first submit: do it now,
        # while this process has no other thread.
        self._pool.submit(int).result()

    @property
    def in_child(self) -> bool:
        return self._pool is not None

    async def enrich(self, values: Sequence[bytes], now: datetime) -> EnrichedBatch:
        if self._pool is None:
            return enrich_records(self.enricher, values, now)
        try:
            return await asyncio.wrap_future(self._pool.submit(_enrich_in_child, values, now))
        except BrokenProcessPool:
            log.error("the enrich process died; enriching in the worker's event loop from now on")
            self._pool = None
            return enrich_records(self.enricher, values, now)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
