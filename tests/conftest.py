"""Shared fixtures: one real tansu broker per test session, and paths to shared data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from earlywarn.runtime.broker import EmbeddedBroker

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the checkout (always present for developers and CI)."""
    assert SHARED_DATA.is_dir(), f"{SHARED_DATA} is missing: tests expect ../shared beside the repo"
    return SHARED_DATA


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedBroker]:
    """A real Kafka-protocol broker (tansu, in memory) on a free 127.0.0.1 port."""
    log = tmp_path_factory.mktemp("tansu") / "tansu.log"
    with EmbeddedBroker(log_path=log, binary=os.environ.get("EARLYWARN_TEST_TANSU")) as running:
        yield running
