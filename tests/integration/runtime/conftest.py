"""Fixtures for what people look at: a running worker and headless Chromium."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from ops_helpers import CHROMEDRIVER, CHROMIUM, CHROMIUM_FLAGS, RunningWorker, worker_config
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from earlywarn.runtime.broker import EmbeddedBroker
from earlywarn.testing import WorkerProcess


@pytest.fixture(scope="module")
def ops_worker(
    broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory, repo_root: Path
) -> Iterator[RunningWorker]:
    """One ``earlywarn run`` on the session broker, shared by the tests of a module."""
    tmp = tmp_path_factory.mktemp("ops-worker")
    config, port, prefix = worker_config(tmp, repo_root, broker.bootstrap)
    token = uuid.uuid4().hex
    process = WorkerProcess(config, tmp / "worker.log", {"TEST_INTAKE_TOKEN": token})
    base = f"http://127.0.0.1:{port}"
    process.start()
    try:
        asyncio.run(process.wait_ready(base))
        yield RunningWorker(base, port, prefix, token, process)
    finally:
        code = process.stop()
    assert code == 0, process.log_tail()


@pytest.fixture
def chromium() -> Iterator[webdriver.Chrome]:
    """Headless Debian Chromium through Debian's chromedriver, with an empty profile."""
    profile = tempfile.mkdtemp(prefix="earlywarn-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
