"""Where a process's CPU goes: a py-spy profile's samples grouped by the headings of
docs/architecture.md ("Speed").

    python bench/profile_share.py worker FILE [FILE ...]
    python bench/profile_share.py enrich FILE [FILE ...]

FILE is ``py-spy record --format raw`` output (collapsed stacks: ``frame;frame;… count``,
a frame being ``function (path:line)``), e.g. of the worker or an enrich process during
``python bench/throughput.py``. Several files are summed. Each stack goes to the first
heading (in the order below) one of whose patterns matches one of its frames. py-spy
counts a thread blocked in some system calls (epoll, a condition's wait) as active; stacks
whose innermost frame is such a wait are set apart as "waiting" and left out of the shares,
which are of the rest (the process's CPU). ``--top N`` also prints, per heading, the N
functions of ours that are innermost in the most samples, to name a hot spot.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

WAITING = re.compile(
    r"^(\S*\.select \(selectors\.py|Condition\.wait \(threading\.py|Event\.wait \(threading\.py"
    r"|Connection\._recv \(multiprocessing/connection\.py)"
)

# (heading, pattern matched against each frame); first heading that matches wins.
WORKER: list[tuple[str, str]] = [
    # Snapshots read the rows through kernels too; they count here, not as detection.
    ("saving state", r"persist_regions|snapshot_region|state_codec\.py"),
    ("numba loading the kernels from its cache (first batch)", r"numba/|llvmlite/"),
    # Kernels are compiled code: the innermost Python frame is the line calling one.
    (
        "detector: numba kernels (innermost frame in detect/state.py)",
        r"^LEAF .*earlywarn/detect/state\.py",
    ),
    ("story grouping", r"^Detection\.group "),
    ("detector (the rest)", r"^Detection\.observe |earlywarn/detect/"),
    ("dashboard's reader of the incidents topic", r"^Operations\._feed "),
    ("detect agent: decoding incidents", r"^decode_incidents "),
    ("detect agent: the rest", r"detect_agent"),
    (
        "signals consumer",
        r"earlywarn/runtime/signals_consumer\.py|publish_enriched|start_enrich"
        r"|^create_app\.<locals>\.publish |^EnrichProcess\.",
    ),
    ("handing batches to the enrich processes", r"concurrent/futures/process\.py|multiprocessing/"),
    ("Faust's consumer thread", r"^ROOT WorkerThread\.run \(mode/threads\.py"),
    ("/metrics and other HTTP (the bench polls it)", r"aiohttp/|prometheus_client/"),
    ("aiokafka: producer, fetchers, commits", r"aiokafka/"),
    ("Faust and mode: agents, streams, services", r"faust/|mode/"),
]

ENRICH: list[tuple[str, str]] = [
    ("classification", r"^ThreatClassifier\.|earlywarn/enrich/classify\.py|sklearn/"),
    ("severity", r"^extract_severity |earlywarn/enrich/severity/"),
    (
        "geolocation",
        r"^Enricher\._place |earlywarn/enrich/geolocate\.py|earlywarn/enrich/gazetteer\.py",
    ),
    ("story ids", r"^story_id |earlywarn/enrich/cluster\.py"),
    (
        "decoding and encoding (JSON)",
        r"^loads |^dumps |^_parse |^Signal\.from_dict |^incident_batches |^encode_incident ",
    ),
    (
        "pickling and pipes (batches in, results out)",
        r"^_sendback_result |^SimpleQueue\.put |^Queue\.get |multiprocessing/reduction\.py",
    ),
]

HEADINGS = {"worker": WORKER, "enrich": ENRICH}
OTHER = "other (event loop, building incidents, start-up, shutdown)"


def read_stacks(paths: list[Path]) -> Counter[tuple[str, ...]]:
    """Sample counts per stack (frames root first), summed over the files."""
    stacks: Counter[tuple[str, ...]] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            stack, _, count = line.rpartition(" ")
            if stack and count.isdigit():
                stacks[tuple(stack.split(";"))] += int(count)
    return stacks


def heading_of(frames: tuple[str, ...], rules: list[tuple[re.Pattern[str], str]]) -> str:
    """The first heading one of whose patterns matches a frame.

    Frames above the event loop's ``Handle._run`` (the loop, the CLI) are left out, so that
    only a task's own frames count; ``ROOT `` marks the thread's first frames and ``LEAF ``
    the innermost.
    """
    runs = [i for i, frame in enumerate(frames) if frame.startswith("Handle._run (asyncio/")]
    inner = frames[runs[-1] + 1 :] if runs else frames
    roots = tuple(f"ROOT {frame}" for frame in frames[:3])
    marked = (*roots, *inner, f"LEAF {frames[-1]}")
    for pattern, heading in rules:
        if any(pattern.search(frame) for frame in marked):
            return heading
    return OTHER


def hot_spot(frames: tuple[str, ...]) -> str:
    """The innermost frame in our code but the CLI (function and file, no line), else the
    innermost frame."""
    for frame in reversed(frames):
        if "earlywarn/" in frame and "earlywarn/cli/" not in frame:
            return re.sub(r":\d+\)$", ")", frame)
    return frames[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("process", choices=sorted(HEADINGS))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=0, help="hot functions per heading")
    args = parser.parse_args()
    rules = [(re.compile(p), h) for h, p in HEADINGS[args.process]]
    order = [h for h, _ in HEADINGS[args.process]] + [OTHER]
    shares: Counter[str] = Counter()
    leaves: dict[str, Counter[str]] = {h: Counter() for h in order}
    waiting = 0
    for frames, count in read_stacks(args.files).items():
        if not frames or WAITING.search(frames[-1]):
            waiting += count
            continue
        heading = heading_of(frames, rules)
        shares[heading] += count
        leaves[heading][hot_spot(frames)] += count
    busy = sum(shares.values())
    print(f"{busy} samples of CPU, {waiting} more waiting (left out)")
    for heading in order:
        print(f"{shares[heading] / busy:6.1%}  {heading}" if busy else heading)
        for leaf, count in leaves[heading].most_common(args.top):
            print(f"          {count / busy:6.1%}  {leaf}")


if __name__ == "__main__":
    main()
