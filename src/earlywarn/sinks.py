"""Where collectors put what they collect: an async sink, so ``collect/`` never imports Kafka.

``runtime/`` implements it over Kafka topics; ``testing.ListSink`` keeps records in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from earlywarn.model import DeadLetter, Signal


class SignalSink(Protocol):
    async def publish_signals(self, signals: Sequence[Signal]) -> None:
        """Publish signals durably; return only once the broker has them (or raise)."""
        ...

    async def publish_dead_letters(self, dead_letters: Sequence[DeadLetter]) -> None:
        """Park records that could not be turned into signals, with their reasons."""
        ...
