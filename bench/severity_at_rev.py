"""The casualty rules as they were at a git revision, for the benches that compare against them.

Before the split the rules were one file, ``src/earlywarn/enrich/severity.py``; since then they
are the package ``src/earlywarn/enrich/severity/``. ``load_severity_at`` reads either form at a
revision (``git archive``, nothing checked out) and loads it under a private module name; the
package's relative imports resolve inside the copy, while ``earlywarn.*`` imports of the single
file resolve to the modules as they are now.
"""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
ENRICH = "src/earlywarn/enrich"


def load_severity_at(rev: str, into: Path, name: str = "severity_at_rev") -> ModuleType:
    """The severity module or package at ``rev``, unpacked under ``into``, loaded as ``name``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, ENRICH], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    package = into / ENRICH / "severity"
    if (package / "__init__.py").is_file():
        spec = importlib.util.spec_from_file_location(
            name, package / "__init__.py", submodule_search_locations=[str(package)]
        )
    else:
        spec = importlib.util.spec_from_file_location(name, into / ENRICH / "severity.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it executes
    spec.loader.exec_module(module)
    return module
