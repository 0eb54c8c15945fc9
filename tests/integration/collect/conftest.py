"""Fixtures for collector tests: feedparser's own test suite, from its PyPI sdist."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

SDIST = "feedparser-6.0.14.tar.gz"
SDIST_SHA256 = "088679b0c4b543ee211a820dd544698c76a402122eae7473c04a43425f283d06"


@pytest.fixture(scope="session")
def feedparser_suite(repo_root: Path) -> Path:
    """feedparser 6.0.14's ``tests/`` folder, downloaded once into var/cache/ (gitignored)."""
    cache = repo_root / "var" / "cache"
    target = cache / SDIST.removesuffix(".tar.gz") / "tests"
    if target.is_dir():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / SDIST
    if not archive.exists():
        pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:"]
        subprocess.run([*pip, "--no-deps", "feedparser==6.0.14", "--dest", str(cache)], check=True)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert digest == SDIST_SHA256, f"{archive}: unexpected sha256 {digest}; delete it and rerun"
    with tarfile.open(archive) as tar:
        tar.extractall(cache, filter="data")
    return target
