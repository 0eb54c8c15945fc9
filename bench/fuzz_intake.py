"""Fuzz the field intake with ≥ 100,000 generated requests against a real server on 127.0.0.1.

Runs ``tests/integration/collect/test_intake_fuzz.py`` (Hypothesis, random seeds) in parallel
shards and prints the tally of answers: every request must get 202/400/401/413/415/429,
never a 5xx, with no error logged by the server. The last line is a JSON summary.

    .venv/bin/python bench/fuzz_intake.py [--requests 100000] [--shards 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = ROOT / "tests" / "integration" / "collect" / "test_intake_fuzz.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--shards", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    per_shard = -(-args.requests // args.shards)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        shards = []
        for n in range(args.shards):
            seed = random.randrange(2**32)
            report = Path(tmp) / f"shard{n}.json"
            env = {
                **os.environ,
                "EARLYWARN_FUZZ_EXAMPLES": str(per_shard),
                "EARLYWARN_FUZZ_REPORT": str(report),
                "EARLYWARN_FUZZ_RANDOM": "1",
            }
            command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(TEST)]
            command += [f"--hypothesis-seed={seed}", "-o", "timeout=0"]
            process = subprocess.Popen(command, cwd=ROOT, env=env)
            shards.append((seed, report, process))
        status: Counter[str] = Counter()
        summary: Counter[str] = Counter()
        failed = []
        for seed, report, process in shards:
            if process.wait() != 0:
                failed.append(seed)
            data = json.loads(report.read_text()) if report.exists() else {}
            status.update(data.get("status", {}))
            for key in ("requests", "signals_accepted", "dead_letters", "server_errors_logged"):
                summary[key] += data.get(key, 0)
    seconds = time.perf_counter() - started
    print(f"\nintake fuzz: {summary['requests']} requests in {seconds:.0f} s, {args.shards} shards")
    for code, count in sorted(status.items()):
        print(f"  HTTP {code}: {count}")
    print(
        f"  signals accepted {summary['signals_accepted']}, dead letters {summary['dead_letters']}"
    )
    five_xx = sum(n for code, n in status.items() if code.startswith("5"))
    result = {
        **summary,
        "status": dict(sorted(status.items())),
        "five_xx": five_xx,
        "failed_shard_seeds": failed,
        "seconds": round(seconds, 1),
    }
    print(json.dumps(result))
    return 1 if failed or five_xx or summary["server_errors_logged"] else 0


if __name__ == "__main__":
    sys.exit(main())
