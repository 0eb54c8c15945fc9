"""The escalation detector: windows per department × category against their own baseline.

Pure and deterministic: no I/O, no clock. Time is the incidents' event time; the caller
advances a watermark (max event time in replay, event time moved on by wall-clock ticks in
live) to let quiet episodes resolve. Same incidents in the same order → the same escalations,
which is what lets replay reproduce live alerts.

Counting is per *story*: the enrichment stage clusters articles about one event under one
``story_id``, and twenty outlets reporting one attack must not look like twenty attacks.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from earlywarn.config import DetectConfig
from earlywarn.detect.baseline import (
    ALPHA,
    EXACT_LIMIT,
    PRIOR_WEIGHT_WINDOWS,
    RULE,
    Baseline,
    baseline_tag,
    compute_baseline,
    history_end,
    kernel_rules,
    nb_cusum_tables,
)
from earlywarn.detect.state import (
    ADVANCE,
    BASE_HISTORY,
    BASE_OWNED,
    BASE_RULE,
    BASE_SPAN,
    BASE_STOP,
    BASE_TAG,
    BASE_THRESHOLD,
    BASE_TWO,
    DONE,
    EP_DIRTY,
    EP_LAST,
    EP_LEVEL,
    EP_THRESHOLD_FLOAT,
    FIRING,
    GROW,
    NEWEST,
    NO_BUCKET,
    PARENT,
    SLOW,
    SWEPT,
    Flags,
    Floats,
    Int64s,
    RowCounts,
    State,
)
from earlywarn.detect.state import (
    CONTRIBUTION_CAP as CONTRIBUTION_CAP,  # re-exported: the cap escalation records obey
)
from earlywarn.detect.state import run as kernel_run
from earlywarn.detect.window import bucket_start
from earlywarn.model import (
    AlertStatus,
    Category,
    Contribution,
    Escalation,
    Incident,
    Level,
    format_time,
    parse_time,
)

SNAPSHOT_VERSION = 1

# Buckets are stored as int32 in the rings (hours since 1970 use 19 bits).
_BUCKET_MIN = -(2**31)
_BUCKET_MAX = 2**31 - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _bucket_time(bucket: int, bucket_seconds: int) -> datetime:
    """The start of ``bucket``, clamped to the datetimes there are."""
    try:
        return _EPOCH + timedelta(seconds=bucket * bucket_seconds)
    except OverflowError:
        return (datetime.max if bucket > 0 else datetime.min).replace(tzinfo=UTC)


_Item = Incident | Contribution

_ROUTE_WIDTH = 3  # regions an incident counts in: department, province, watched district
_DEPARTMENTS = 26  # Peru's 25 departments and Lima Metropolitana where sources split it
_PROVINCES = 196
_STORIES_FLOOR = 1 << 12  # story ids are not forgotten below this many


def _contribution(item: _Item) -> Contribution:
    # Incidents are converted lazily: most never end up in an escalation.
    return item if isinstance(item, Contribution) else Contribution.of(item)


_ITEMS_FLOOR = 1 << 16  # the store is not collected below this many items


class _Items:
    """The incidents the rows' contributions refer to, by item number (the kernel books
    numbers). Items no live row refers to any more are dropped when the store has doubled
    since its last collection, so it stays within twice what the rows hold."""

    __slots__ = ("by_number", "floor", "limit", "next")

    def __init__(self, floor: int = _ITEMS_FLOOR) -> None:
        self.by_number: dict[int, _Item] = {}
        self.next = 0
        self.floor = floor
        self.limit = floor

    def add_all(self, items: Sequence[_Item]) -> int:
        """Store ``items`` under consecutive numbers; the first one."""
        first = self.next
        self.next += len(items)
        self.by_number.update(zip(range(first, self.next), items, strict=True))
        return first

    def add(self, item: _Item) -> int:
        return self.add_all((item,))

    def collect(self, state: State) -> None:
        """Drop the items no live row refers to, if the store has grown enough to bother."""
        if len(self.by_number) <= self.limit:
            return
        by_number = self.by_number
        self.by_number = {n: by_number[n] for n in np.unique(state.held_items()).tolist()}
        self.limit = max(self.floor, 2 * len(self.by_number))

    def pairs(self, numbers: list[int], buckets: list[int]) -> list[tuple[int, _Item]]:
        by_number = self.by_number
        return [(b, by_number[n]) for n, b in zip(numbers, buckets, strict=True)]


def _fmt_number(value: float) -> str:
    if value >= 10:
        return f"{value:.0f}"
    if value >= 1:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _fmt_duration(seconds: int) -> str:
    if seconds % 86400 == 0 and seconds >= 2 * 86400:
        return f"{seconds // 86400}d"
    if seconds % 3600 == 0:
        return f"{seconds // 3600}h"
    return f"{seconds // 60}m"


class _Episode:
    """A firing escalation of one key, from crossing the threshold until it resolves.

    Its level, newest bucket, threshold and the staleness of its resolution bucket live in
    the key's row, where the kernel updates them for every story counted while it is open.
    """

    __slots__ = ("_resolve", "_row", "_state", "last", "started_at")

    def __init__(
        self,
        state: State,
        row: int,
        started_at: datetime,
        level: Level,
        last_bucket: int,
        threshold: float,
        last: Escalation,
    ) -> None:
        self._state = state
        self._row = row
        self.started_at = started_at  # event time of the incident that crossed
        self.level = level  # highest level reached
        self.last_bucket = last_bucket  # newest bucket in which a story was counted
        self.threshold = threshold  # threshold at the last evaluation
        self.last = last  # the last FIRING record, reused for the resolution
        # Cached result of EscalationDetector._resolve_bucket; None after any change.
        self._resolve: int | None = None
        state.rows[row, EP_DIRTY] = 1

    @property
    def level(self) -> Level:
        return Level(int(self._state.rows[self._row, EP_LEVEL]))

    @level.setter
    def level(self, level: Level) -> None:
        self._state.rows[self._row, EP_LEVEL] = int(level)

    @property
    def last_bucket(self) -> int:
        return int(self._state.rows[self._row, EP_LAST])

    @last_bucket.setter
    def last_bucket(self, bucket: int) -> None:
        self._state.rows[self._row, EP_LAST] = bucket

    @property
    def threshold(self) -> float:
        value = float(self._state.ep_threshold[self._row])
        # A baseline's threshold is an int, a restored one a float (snapshots keep the type).
        return value if self._state.rows[self._row, EP_THRESHOLD_FLOAT] else int(value)

    @threshold.setter
    def threshold(self, threshold: float) -> None:
        self._state.ep_threshold[self._row] = threshold
        self._state.rows[self._row, EP_THRESHOLD_FLOAT] = 1 if isinstance(threshold, float) else 0

    @property
    def resolve_bucket(self) -> int | None:
        return None if self._state.rows[self._row, EP_DIRTY] else self._resolve

    @resolve_bucket.setter
    def resolve_bucket(self, bucket: int | None) -> None:
        self._resolve = bucket
        self._state.rows[self._row, EP_DIRTY] = 1 if bucket is None else 0

    def to_dict(self) -> dict[str, Any]:
        last = self.last.to_dict()
        # to_dict rounds floats for the wire; a snapshot must restore them exactly.
        last["baseline"] = self.last.baseline
        last["threshold"] = self.last.threshold
        last["score"] = self.last.score
        return {
            "started_at": format_time(self.started_at),
            "level": int(self.level),
            "last_bucket": self.last_bucket,
            "threshold": self.threshold,
            "last": last,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], state: State, row: int) -> _Episode:
        return cls(
            state,
            row,
            started_at=parse_time(data["started_at"], "started_at"),
            level=Level(int(data["level"])),
            last_bucket=int(data["last_bucket"]),
            threshold=float(data["threshold"]),
            last=Escalation.from_dict(data["last"]),
        )


class _Key:
    """State of one region × category: its row in :class:`State` (counts, stories and the
    item numbers of its contributions) and what stays in Python (the episode, the cached
    baseline object)."""

    __slots__ = ("_episode", "base", "base_tag", "counts", "row")

    def __init__(self, state: State, department: int, parent: int = -1) -> None:
        self.row = state.new_row(department, parent)
        self.counts = RowCounts(state, self.row)
        self._episode: _Episode | None = None
        # The baseline is cached per tag (baseline_tag): the window's end bucket for the
        # Poisson rule, the history's end (a window-grid boundary) for the period methods.
        # Its tag and bounds live in the row, where the kernel compares counts with them
        # (and caches the Poisson rule itself); ``base`` is the object for base_tag.
        self.base: Baseline | None = None
        self.base_tag: int | None = None

    @property
    def episode(self) -> _Episode | None:
        return self._episode

    @episode.setter
    def episode(self, episode: _Episode | None) -> None:
        self._episode = episode
        self.counts.state.rows[self.row, FIRING] = 0 if episode is None else 1

    @property
    def base_end(self) -> int | None:
        """The tag of the cached baseline object, if it is still valid."""
        row = self.counts.state.rows[self.row]
        tag = int(row[BASE_TAG])
        return None if tag == NO_BUCKET or not row[BASE_OWNED] else tag

    def set_base(self, base: Baseline, tag: int, stop: int) -> None:
        self.base = base
        self.base_tag = tag
        state = self.counts.state
        row = state.rows[self.row]
        row[BASE_TAG] = tag
        row[BASE_STOP] = stop
        row[BASE_THRESHOLD] = base.threshold
        row[BASE_TWO] = -1 if base.threshold_two is None else base.threshold_two
        row[BASE_OWNED] = 1
        state.base_expected[self.row] = base.expected

    def forget_base(self) -> None:
        row = self.counts.state.rows[self.row]
        row[BASE_TAG] = NO_BUCKET
        row[BASE_STOP] = NO_BUCKET
        row[BASE_OWNED] = 0

    def counted(self, items: _Items) -> list[tuple[int, _Item]]:
        """Counted stories (the newest CONTRIBUTION_CAP not swept), with their buckets."""
        return items.pairs(*self.counts.state.counted(self.row))

    def dups(self, items: _Items) -> list[tuple[int, _Item]]:
        """Repeats of counted stories (the first CONTRIBUTION_CAP not swept), with buckets."""
        return items.pairs(*self.counts.state.dups(self.row))

    def contributions(self, start: int, end: int, items: _Items) -> tuple[Contribution, ...]:
        """Contributions with bucket in ``[start, end]``, counted stories first, by time."""
        picked = [item for b, item in self.counted(items) if start <= b <= end]
        room = CONTRIBUTION_CAP - len(picked)
        if room > 0:
            picked.extend([item for b, item in self.dups(items) if start <= b <= end][:room])
        result = [_contribution(item) for item in picked]
        result.sort(key=lambda c: (c.occurred_at, c.incident_id))
        return tuple(result)

    def to_dict(self, story_names: Mapping[int, str], items: _Items) -> dict[str, Any]:
        state = self.counts.state
        buckets, counts = state.buckets(self.row)
        ids, story_buckets = state.stories(self.row)
        stories = sorted(zip(story_buckets, (story_names[i] for i in ids), strict=True))
        newest = int(state.rows[self.row, NEWEST])
        swept_at = int(state.rows[self.row, SWEPT])
        return {
            "buckets": [[b, n] for b, n in zip(buckets, counts, strict=True)],
            "max_bucket": None if newest == NO_BUCKET else newest,
            "swept_at": None if swept_at == NO_BUCKET else swept_at,
            "stories": {story: bucket for bucket, story in stories},
            "counted": [[b, _contribution(i).to_dict()] for b, i in self.counted(items)],
            "dups": [[b, _contribution(i).to_dict()] for b, i in self.dups(items)],
            "episode": self.episode.to_dict() if self.episode else None,
        }

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        state: State,
        department: int,
        story_number: Callable[[str], int],
        items: _Items,
    ) -> _Key:
        key = cls(state, department)
        row = key.row
        # In bucket order, as the old dict counts restored them (a late bucket expires
        # with the buckets after it in that order: itself).
        for bucket, n in sorted((int(b), int(n)) for b, n in data["buckets"]):
            state.add(row, bucket, n)
        max_bucket = data["max_bucket"]
        swept_at = data["swept_at"]
        state.rows[row, NEWEST] = NO_BUCKET if max_bucket is None else int(max_bucket)
        state.rows[row, SWEPT] = NO_BUCKET if swept_at is None else int(swept_at)
        for story, bucket in data["stories"].items():
            state.put_story(row, story_number(str(story)), int(bucket))
        for b, c in data["counted"]:
            state.put_counted(row, items.add(Contribution.from_dict(c)), int(b))
        for b, c in data["dups"]:
            state.put_dup(row, items.add(Contribution.from_dict(c)), int(b))
        episode = data.get("episode")
        key.episode = _Episode.from_dict(episode, state, row) if episode else None
        return key


class _Region:
    __slots__ = ("first_bucket", "keys")

    def __init__(self, first_bucket: int) -> None:
        # First bucket with a qualifying incident: the start of this region's known history.
        self.first_bucket = first_bucket
        # (region code, category): the department's own code, or a province/district in it.
        self.keys: dict[tuple[str, Category], _Key] = {}


class EscalationDetector:
    """Windows per department × category, compared with a Poisson bound on their baseline."""

    def __init__(self, cfg: DetectConfig, region_names: Mapping[str, str]) -> None:
        self.cfg = cfg
        self.region_names = region_names
        self._regions: dict[str, _Region] = {}
        # Keys with an open episode: advance() runs per watermark step and must not scan
        # every region × category, only what can resolve.
        self._firing: dict[tuple[str, Category], _Key] = {}
        # The same keys per department: advance() is asked per department (event time is
        # per department) and must only look at that department's episodes.
        self._firing_in: dict[str, dict[tuple[str, Category], _Key]] = {}
        # Per department, a lower bound on the earliest resolution bucket of its episodes,
        # lowered as soon as one changes (_may_resolve_from): advance() does nothing until
        # one is due, so it is not called before then.
        self._due: dict[str, int] = {}
        self._window_label = _fmt_duration(cfg.window_buckets * cfg.bucket_seconds)
        self._districts = frozenset(cfg.district_regions)
        self._width = cfg.window_buckets
        self._min_count = cfg.min_count
        # The period methods read history per window-sized period.
        self._period = 0 if cfg.method == "poisson" else cfg.window_buckets
        # Event times whose bucket fits the rings (a bucket's margin on each side for the
        # float division); an incident outside is refused (refusal), never counted.
        self._earliest = _bucket_time(_BUCKET_MIN + 2, cfg.bucket_seconds)
        self._latest = _bucket_time(_BUCKET_MAX - 1, cfg.bucket_seconds)
        # Rows for every region × category the configuration can count in, up front: growing
        # copies every ring, and rows never used leave their pages untouched (unmapped).
        regions = _DEPARTMENTS + (_PROVINCES if cfg.province_regions else 0)
        regions += len(cfg.district_regions)
        self._state = State(cfg.window_buckets, cfg.baseline_buckets, regions * len(Category))
        self._params = np.array(
            [
                cfg.window_buckets,
                cfg.baseline_buckets,
                cfg.min_count,
                1 if cfg.inhibit_subregions else 0,
                1 if self._period else 0,
                cfg.bucket_seconds,
                1 if cfg.method == "poisson" else 0,
                cfg.quiet_buckets,
            ],
            dtype=np.int64,
        )
        # The kernel fits nb_cusum itself (the same compiled fit, the same floats).
        self._nb_tables = nb_cusum_tables(cfg)
        self._kernel_rules = kernel_rules(cfg)
        self._fparams = np.array(
            [
                cfg.prior_rate_per_window,
                PRIOR_WEIGHT_WINDOWS,
                1.0 - ALPHA,
                EXACT_LIMIT,
                cfg.warning_factor,
                cfg.critical_factor,
            ],
            dtype=np.float64,
        )
        # Per department number: the first bucket of its known history (the kernel's copy).
        self._dep_first = np.zeros(32, dtype=np.int64)
        # Story ids are numbered for the kernel; numbers no table entry holds are forgotten
        # when the story table is rehashed, so both maps stay bounded.
        self._story_ids: dict[str, int] = {}
        self._story_names: dict[int, str] = {}
        self._next_story = 0
        # Forgetting costs a pass over the maps: only once they have doubled since.
        self._story_limit = _STORIES_FLOOR
        # Departments numbered for the kernel's per-department due bounds (25, never dropped).
        self._department_ids: dict[str, int] = {}
        self._department_names: list[str] = []
        # (department, province, district, category) → its route's number: the rows it counts
        # in (``_route_rows``, for the kernel), and their keys and scopes (for decisions).
        self._routes: dict[tuple[str, str | None, str | None, Category], int] = {}
        self._route_rows: Int64s = np.full((1024, _ROUTE_WIDTH), -1, dtype=np.int64)
        self._route_keys: list[tuple[list[_Key], list[str]]] = [([], [])]
        # The incidents contributions refer to (the kernel books their numbers).
        self._items = _Items()

    # ------------------------------------------------------------------ incidents

    def observe(self, incidents: Sequence[Incident]) -> list[Escalation]:
        """Count qualifying incidents; return the escalations they cause, in input order.

        Ignored (the caller counts them): not_relevant, below ``min_confidence``, no department.
        """
        return self._observe(incidents, None)

    def observe_batch(
        self, incidents: Sequence[Incident], event_time: dict[str, datetime]
    ) -> list[Escalation]:
        """:meth:`observe`, first advancing the department's event time past each newer incident.

        What ``Detection.observe`` does around every incident, in one call: ``event_time``
        (department → newest event time seen, updated in place) moves on before an incident
        newer than it is counted, and the episodes that ended before it resolve first. The
        result equals advancing and observing one incident at a time, for any batch size.
        """
        return self._observe(incidents, event_time)

    def _observe(
        self, incidents: Sequence[Incident], event_time: dict[str, datetime] | None
    ) -> list[Escalation]:
        # Python reads each incident once into per-incident columns (its route: the rows it
        # counts in; its story, weight, event time); the kernel counts them in order and
        # stops where Python must act (_run).
        cfg = self.cfg
        not_relevant = Category.NOT_RELEVANT
        min_confidence = cfg.min_confidence
        routes = self._routes
        story_ids = self._story_ids
        department_ids = self._department_ids
        none, injured, killed = cfg.severity_weights
        nan = math.nan
        earliest, latest = self._earliest, self._latest
        kept: list[Incident] = []
        inc_dep: list[int] = []
        inc_time: list[float] = []  # event time where it advances its department, else NaN
        inc_seconds: list[float] = []
        inc_route: list[int] = []  # 0: counts nowhere (it only advances its department)
        inc_weight: list[int] = []
        inc_story: list[int] = []
        for incident in incidents:
            place = incident.place
            department = place.department_ubigeo
            at = incident.occurred_at
            at_time = nan
            if department is None:
                continue  # neither advances nor counts
            if not earliest <= at < latest:
                # Refused (see refusal; Detection sets it aside as a dead letter first):
                # neither counted nor moving its department's event time out of reach.
                continue
            if event_time is not None:
                last = event_time.get(department)
                if last is None or at > last:
                    event_time[department] = at
                    at_time = at.timestamp()
            category = incident.category
            qualifies = (
                category is not not_relevant
                and incident.confidence >= min_confidence
                and bool(department)
            )
            if not qualifies and at_time != at_time:
                continue  # neither advances nor counts
            dep = department_ids.get(department)
            if dep is None:
                dep = self._department(department)
            kept.append(incident)
            inc_dep.append(dep)
            inc_time.append(at_time)
            if not qualifies:
                inc_seconds.append(0.0)
                inc_route.append(0)
                inc_weight.append(0)
                inc_story.append(0)
                continue
            seconds = at_time if at_time == at_time else at.timestamp()
            inc_seconds.append(seconds)
            story = story_ids.get(incident.story_id)
            inc_story.append(self._story_number(incident.story_id) if story is None else story)
            # Worst outcome, not the number of victims: one massacre must not look like a wave.
            severity = incident.severity
            inc_weight.append(killed if severity.killed else injured if severity.injured else none)
            # The rows it counts in (its department, province, watched district), found once
            # per place × category: the keys live until their region is restored.
            route = routes.get((department, place.province_ubigeo, place.district_ubigeo, category))
            if route is None:
                route = self._new_route(incident, dep, int(seconds // cfg.bucket_seconds))
            inc_route.append(route)
        out: list[Escalation] = []
        if not kept:
            return out
        route_of = np.array(inc_route, dtype=np.int64)
        buckets = np.floor_divide(np.array(inc_seconds, dtype=np.float64), cfg.bucket_seconds)
        inc_b = buckets.astype(np.int64)  # in the rings' range: checked per incident above
        departments = np.array(inc_dep, dtype=np.int64)
        # A late incident extends known history (Python, in order: SLOW).
        inc_slow = ((route_of != 0) & (inc_b < self._dep_first[departments])).astype(np.int8)
        self._items.collect(self._state)
        self._run(
            kept,
            departments,
            np.array(inc_time, dtype=np.float64),
            inc_slow,
            route_of,
            inc_b,
            np.array(inc_weight, dtype=np.int64),
            np.array(inc_story, dtype=np.int64),
            self._items.add_all(kept),
            out,
        )
        return out

    def refusal(self, incident: Incident) -> str | None:
        """Why the detector cannot count ``incident`` (its event time's bucket is outside the
        rings), or None if it can; observe skips what this refuses, so ask first."""
        at = incident.occurred_at
        if self._earliest <= at < self._latest:
            return None
        return (
            f"incident {incident.id}: event time {format_time(at)} is outside the detector's "
            f"buckets ({format_time(self._earliest)} to {format_time(self._latest)})"
        )

    def _run(
        self,
        incidents: list[Incident],
        inc_dep: Int64s,
        inc_time: Floats,
        inc_slow: Flags,
        inc_route: Int64s,
        inc_b: Int64s,
        inc_w: Int64s,
        inc_s: Int64s,
        item_base: int,
        out: list[Escalation],
    ) -> None:
        """Run the kernel over the columns, doing in Python what it stops for."""
        state = self._state
        batch = (inc_dep, inc_time, inc_slow, inc_route, inc_b, inc_w, inc_s)
        start = np.zeros(4, dtype=np.int64)  # incident, update, pre-checks done, count
        dep_due = np.full(len(self._department_ids), NO_BUCKET, dtype=np.int64)
        department_ids = self._department_ids
        while True:
            dep_due[:] = NO_BUCKET
            for department, due in self._due.items():
                index = department_ids.get(department)
                if index is not None:
                    dep_due[index] = due
            passed_due = dep_due.copy()
            code = kernel_run(
                state,
                batch,
                self._route_rows,
                item_base,
                dep_due,
                self._dep_first,
                self._params,
                self._fparams,
                start,
                self._nb_tables,
            )
            # The kernel lowered the due bounds of departments whose episodes it updated.
            for index in np.flatnonzero(dep_due != passed_due).tolist():
                self._due[self._department_names[index]] = int(dep_due[index])
            if code == DONE:
                return
            i = int(start[0])
            if code == GROW:
                held = state.grow()
                if held is not None and len(self._story_names) > self._story_limit:
                    self._forget_stories(held.tolist(), inc_s[i:].tolist())
            elif code == ADVANCE:
                incident = incidents[i]
                advanced = incident.place.department_ubigeo
                assert advanced is not None
                out.extend(self.advance(incident.occurred_at, (advanced,)))
            elif code == SLOW:
                incident = incidents[i]
                region_code = incident.place.department_ubigeo
                assert region_code is not None
                region = self._regions[region_code]
                bucket = int(inc_b[i])
                if bucket < region.first_bucket:
                    region.first_bucket = bucket  # a late incident extends known history
                    self._dep_first[department_ids[region_code]] = bucket
                    for other in region.keys.values():
                        other.forget_base()
            else:
                update = int(start[1]) - 1
                keys, scopes = self._route_keys[int(inc_route[i])]
                escalation = self._decide(
                    scopes[update], keys[update], incidents[i], int(inc_b[i]), int(start[3])
                )
                if escalation is not None:
                    out.append(escalation)

    def _new_route(self, incident: Incident, dep: int, bucket: int) -> int:
        """The number of the route of a new place × category (its keys created if new)."""
        place = incident.place
        category = incident.category
        department = place.department_ubigeo
        assert department is not None
        region = self._regions.get(department)
        if region is None:
            region = self._regions[department] = _Region(bucket)
            self._dep_first[dep] = bucket
        scopes = [department]
        if self.cfg.province_regions:
            province = place.province_ubigeo
            if province and province.startswith(department):
                scopes.append(province)
        district = place.district_ubigeo
        if district and district in self._districts and district.startswith(department):
            scopes.append(district)
        keys = region.keys
        route: list[_Key] = []
        parent = -1
        for scope in scopes:
            key = keys.get((scope, category))
            if key is None:
                key = keys[(scope, category)] = _Key(self._state, dep, parent)
            if parent < 0:
                parent = key.row
            route.append(key)
        number = len(self._route_keys)
        if number == self._route_rows.shape[0]:
            grown = np.full((2 * number, _ROUTE_WIDTH), -1, dtype=np.int64)
            grown[:number] = self._route_rows
            self._route_rows = grown
        self._route_rows[number] = -1
        self._route_rows[number, : len(route)] = [key.row for key in route]
        self._route_keys.append((route, scopes))
        ident = (department, place.province_ubigeo, place.district_ubigeo, category)
        self._routes[ident] = number
        return number

    def _forget_routes(self) -> None:
        """Routes name keys: forget them when keys are replaced (route 0 counts nowhere)."""
        self._routes = {}
        self._route_keys = [([], [])]

    def _department(self, department: str) -> int:
        """The department's number for the kernel's per-department arrays."""
        number = self._department_ids.get(department)
        if number is None:
            number = self._department_ids[department] = len(self._department_ids)
            self._department_names.append(department)
            if number >= len(self._dep_first):
                self._dep_first = np.concatenate((self._dep_first, np.zeros_like(self._dep_first)))
        return number

    def _forget_stories(self, held: list[int], pending: list[int]) -> None:
        """Forget the story ids no table entry (nor a pending update) refers to any more."""
        keep = set(held)
        keep.update(pending)
        names = self._story_names
        self._story_names = {n: names[n] for n in keep if n in names}
        self._story_ids = {name: n for n, name in self._story_names.items()}
        self._story_limit = max(_STORIES_FLOOR, 2 * len(self._story_names))

    def _story_number(self, story: str) -> int:
        number = self._story_ids.get(story)
        if number is None:
            number = self._story_ids[story] = self._next_story
            self._story_names[number] = story
            self._next_story += 1
        return number

    def _decide(
        self, scope: str, key: _Key, incident: Incident, bucket: int, count: int
    ) -> Escalation | None:
        """What the kernel left to Python for a counted update: episode, late, decision."""
        department = scope[:2]
        region = self._regions[department]
        category = incident.category
        width = self._width
        episode = key.episode
        if episode is not None:
            episode.resolve_bucket = None  # the counts it was computed from changed
            if bucket > episode.last_bucket:
                episode.last_bucket = bucket
            self._may_resolve_from(department, episode.last_bucket)
        newest = int(self._state.rows[key.row, NEWEST])
        at_bucket = bucket
        at_time: datetime | None = None
        if newest > bucket:
            at_bucket, count, at_time = self._fullest_window(
                key, bucket, count, incident.occurred_at
            )
        if count < self._min_count:
            return None  # the threshold is never below min_count: nothing to decide
        if key.episode is None:
            row = self._state.rows[key.row]
            if int(row[BASE_TAG]) == self._tag(at_bucket) and count < int(row[BASE_THRESHOLD]):
                # Below the cached bounds of this window: what _evaluate would say.
                two = int(row[BASE_TWO])
                if two < 0 or count <= float(self._state.base_expected[key.row]):
                    return None
                previous = key.counts.total(at_bucket - 2 * width + 1, at_bucket - width + 1)
                if count + previous < two:
                    return None
            if self._inhibited(region, scope, category):
                return None
        if at_time is None:
            at_time = incident.occurred_at
        return self._evaluate(scope, region, category, key, at_bucket, count, incident, at_time)

    def _tag(self, bucket: int) -> int:
        """:func:`baseline_tag` of the window ending at ``bucket`` (inlined: per update)."""
        if self._period:
            width = self._period
            start = bucket - width + 1
            grid = (start // width) * width
            return 2 * grid + (1 if start != grid else 0)
        return baseline_tag(bucket, self.cfg)

    def _inhibited(self, region: _Region, scope: str, category: Category) -> bool:
        """A province/district does not open an episode while its department's is open.

        The operations centre gets one alert for the department, not one per province;
        an episode already open below keeps going (it was alerted already).
        """
        if not self.cfg.inhibit_subregions or len(scope) == 2:
            return False
        department = region.keys.get((scope[:2], category))
        return department is not None and department.episode is not None

    def _fullest_window(
        self, key: _Key, bucket: int, count: int, occurred_at: datetime
    ) -> tuple[int, int, datetime]:
        """For a late incident: the window containing it with the most counts.

        Arrival order must not decide whether a region escalates: a late incident also
        counts in the later windows that contain it. The earliest fullest window wins (as it
        would have in event-time order), judged at its newest incident.
        """
        width = self.cfg.window_buckets
        best_bucket, best_count, best_time = bucket, count, occurred_at
        for other_bucket, other in key.counted(self._items):
            if not bucket < other_bucket < bucket + width:
                continue
            other_count = key.counts.window_sum(other_bucket, width)
            if other_count > best_count or (
                other_bucket == best_bucket and other.occurred_at > best_time
            ):
                best_bucket, best_count, best_time = other_bucket, other_count, other.occurred_at
        return best_bucket, best_count, best_time

    def _baseline(self, region: _Region, key: _Key, bucket: int) -> Baseline:
        tag = baseline_tag(bucket, self.cfg)
        row = self._state.rows[key.row]
        if int(row[BASE_TAG]) == tag:
            if row[BASE_OWNED] and key.base_tag == tag and key.base is not None:
                return key.base
            # The kernel cached the Poisson rule or the nb_cusum fit for this tag: the same
            # object, from its row.
            span = int(row[BASE_SPAN])
            base = Baseline(
                float(self._state.base_expected[key.row]),
                int(row[BASE_THRESHOLD]),
                span / self.cfg.window_buckets,
                int(row[BASE_HISTORY]),
                self._kernel_rules[int(row[BASE_RULE])],
            )
        else:
            base = compute_baseline(key.counts, bucket, region.first_bucket, self.cfg)
        key.set_base(base, tag, history_end(tag, self.cfg))
        return base

    def _level(self, count: int, base: Baseline) -> Level:
        # Levels are multiples of the expectation, floored at min_count: with the prior of
        # 0.25 per window a bare "2 × expected" would make every crossing critical.
        reference = max(base.expected, float(self.cfg.min_count))
        if count >= self.cfg.critical_factor * reference:
            return Level.CRITICAL
        if count >= self.cfg.warning_factor * reference:
            return Level.WARNING
        return Level.WATCH

    def _evaluate(
        self,
        department: str,
        region: _Region,
        category: Category,
        key: _Key,
        bucket: int,
        count: int,
        incident: Incident,
        at_time: datetime,
    ) -> Escalation | None:
        base = self._baseline(region, key, bucket)
        episode = key.episode
        if episode is not None and episode.threshold != base.threshold:
            episode.threshold = base.threshold
            episode.resolve_bucket = None
            self._may_resolve_from(department[:2], episode.last_bucket)
        if count < base.threshold and not self._fires_over_two(key, bucket, count, base):
            return None
        level = self._level(count, base)
        if episode is not None and level <= episode.level:
            return None
        started_at = episode.started_at if episode is not None else at_time
        width = self.cfg.window_buckets
        score = count / base.threshold
        name = self._region_name(department, incident)
        escalation = Escalation(
            region=department,
            region_name=name,
            category=category,
            status=AlertStatus.FIRING,
            level=level,
            window_start=bucket_start(bucket - width + 1, self.cfg.bucket_seconds),
            window_end=bucket_start(bucket + 1, self.cfg.bucket_seconds),
            count=count,
            baseline=base.expected,
            threshold=float(base.threshold),
            score=score,
            rule=base.rule,
            reason=self._explain(category, name, count, base, score),
            episode_started_at=started_at,
            contributions=key.contributions(bucket - width + 1, bucket, self._items),
        )
        if episode is None:
            newest = key.counts.max_bucket
            last_bucket = bucket if newest is None else max(bucket, newest)
            key.episode = _Episode(
                self._state, key.row, started_at, level, last_bucket, base.threshold, escalation
            )
            self._open((department, category), key)
        else:
            episode.level = level
            episode.last = escalation
        return escalation

    def _fires_over_two(self, key: _Key, bucket: int, count: int, base: Baseline) -> bool:
        """The two-window test: this window above expectation, both together above theirs."""
        if base.threshold_two is None or count <= base.expected or count < self.cfg.min_count:
            return False
        width = self.cfg.window_buckets
        previous = key.counts.total(bucket - 2 * width + 1, bucket - width + 1)
        return count + previous >= base.threshold_two

    def _explain(
        self, category: Category, name: str, count: int, base: Baseline, score: float
    ) -> str:
        text = (
            f"{category.value} in {name}: {count} incidents in {self._window_label} vs "
            f"{_fmt_number(base.expected)} expected (threshold {base.threshold})"
        )
        if base.rule == RULE:
            return text  # the Poisson rule's explanation is the count and its bound
        if count < base.threshold:  # fired on the two-window test
            text += f"; with the previous {self._window_label} over {base.threshold_two}"
        return f"{text}; rule {base.rule}, score {score:.2f}"

    def _region_name(self, code: str, incident: Incident | None = None) -> str:
        name = self.region_names.get(code)
        if name:
            return name
        if len(code) > 2:  # a province or district: say where it is
            department = self._region_name(code[:2], incident)
            place = incident.place if incident is not None else None
            if place is not None and len(code) == 6 and place.name:
                return f"{place.name} ({department})"
            return f"{code} ({department})"
        if incident is not None and incident.place.department_name:
            return incident.place.department_name
        return code

    # ------------------------------------------------------------------ watermark

    def resolves_at(self, region: str, category: Category) -> datetime | None:
        """When the firing episode of ``region`` × ``category`` resolves if nothing else comes."""
        key = self._key(region, category)
        if key is None or key.episode is None:
            return None
        return bucket_start(self._resolve_bucket(key, key.episode), self.cfg.bucket_seconds)

    def _resolve_bucket(self, key: _Key, episode: _Episode) -> int:
        """First bucket after the count stayed below threshold for ``quiet_buckets`` buckets.

        Computed from bucket counts only (event time), so live and replay agree on it.
        """
        if episode.resolve_bucket is None:
            episode.resolve_bucket = self._compute_resolve_bucket(key, episode)
        return episode.resolve_bucket

    def _compute_resolve_bucket(self, key: _Key, episode: _Episode) -> int:
        width = self.cfg.window_buckets
        counts = key.counts
        end = episode.last_bucket
        total = counts.total(end - width + 1, end + 1)
        while total >= episode.threshold:
            total -= counts.get(end - width + 1)
            end += 1
            total += counts.get(end)
        # ``end`` is the first bucket whose window is below threshold; it and the next
        # quiet_buckets - 1 buckets are quiet, so the episode ends where the last one ends.
        return end + self.cfg.quiet_buckets

    def advance(
        self, watermark: datetime, departments: Collection[str] | None = None
    ) -> list[Escalation]:
        """Resolve firing episodes that have been quiet long enough before ``watermark``.

        ``departments`` limits this to the episodes of those departments (with their
        provinces and districts): event time is tracked per department, because incidents
        reach the detector partitioned by department and partitions do not keep pace with
        each other. The records carry the resolution time computed from event times, not
        the watermark, and come sorted by (time, region, category) so the output does not
        depend on how state was restored.
        """
        out: list[Escalation] = []
        if not self._firing:
            return out
        limit = watermark.timestamp()
        bucket_seconds = self.cfg.bucket_seconds
        all_due = self._due
        for department in sorted(self._firing_in) if departments is None else departments:
            due = all_due.get(department)
            if due is None or due * bucket_seconds > limit:
                continue  # nothing can be due yet: the common case, one comparison
            self._resolve_in(department, limit, out)
        if len(out) > 1:
            out.sort(key=lambda e: (e.window_end, e.region, e.category.value))
        return out

    def _resolve_in(self, department: str, limit: float, out: list[Escalation]) -> None:
        """Resolve the due episodes of one department into ``out``; update its due bound."""
        bucket_seconds = self.cfg.bucket_seconds
        width = self.cfg.window_buckets
        due: int | None = None
        for ident, key in list(self._firing_in.get(department, {}).items()):
            episode = key.episode
            if episode is None:
                self._close(ident)
                continue
            resolve_bucket = self._resolve_bucket(key, episode)
            if resolve_bucket * bucket_seconds > limit:
                due = resolve_bucket if due is None else min(due, resolve_bucket)
                continue
            end = resolve_bucket - 1
            count = key.counts.total(end - width + 1, end + 1)
            last = episode.last
            quiet_since = bucket_start(episode.last_bucket + 1, bucket_seconds)
            out.append(
                replace(
                    last,
                    status=AlertStatus.RESOLVED,
                    level=episode.level,
                    window_start=bucket_start(end - width + 1, bucket_seconds),
                    window_end=bucket_start(resolve_bucket, bucket_seconds),
                    count=count,
                    threshold=float(episode.threshold),
                    score=count / episode.threshold,
                    reason=(
                        f"resolved: {last.category.value} in {last.region_name}: {count} "
                        f"incidents in {self._window_label} (threshold "
                        f"{episode.threshold:g}); no new story since "
                        f"{format_time(quiet_since)}"
                    ),
                )
            )
            key.episode = None
            self._close(ident)
        if due is None:
            self._due.pop(department, None)
        else:
            self._due[department] = due

    def _may_resolve_from(self, department: str, last_bucket: int) -> None:
        """An episode of ``department`` changed: lower its due bound to what it allows.

        A lower bound is enough (_resolve_in computes the exact buckets): no episode
        resolves before its newest story + the quiet period, and that only moves later.
        """
        bound = last_bucket + self.cfg.quiet_buckets
        known = self._due.get(department)
        if known is None or bound < known:
            self._due[department] = bound

    def _open(self, ident: tuple[str, Category], key: _Key) -> None:
        self._firing[ident] = key
        self._firing_in.setdefault(ident[0][:2], {})[ident] = key
        if key.episode is not None:
            self._may_resolve_from(ident[0][:2], key.episode.last_bucket)

    def _close(self, ident: tuple[str, Category]) -> None:
        del self._firing[ident]
        department = ident[0][:2]
        in_department = self._firing_in[department]
        del in_department[ident]
        if not in_department:
            del self._firing_in[department]

    # ------------------------------------------------------------------ inspection

    def _key(self, region: str, category: Category) -> _Key | None:
        state = self._regions.get(region[:2])
        return state.keys.get((region, category)) if state else None

    def regions(self) -> list[str]:
        """Departments with state, sorted."""
        return sorted(self._regions)

    def firing(self) -> list[Escalation]:
        """The latest FIRING record of every open episode, by region and category."""
        records = [key.episode.last for key in self._firing.values() if key.episode is not None]
        return sorted(records, key=lambda e: (e.region, e.category.value))

    def bucket_count(self) -> int:
        """Buckets held over all keys (for tests and a memory gauge)."""
        return self._state.held_buckets()

    def story_count(self) -> int:
        """Story ids remembered over all keys."""
        return self._state.held_stories()

    # ------------------------------------------------------------------ state

    def snapshot_region(self, department: str) -> dict[str, Any]:
        """JSON-able state of one department (the unit a worker owns and persists)."""
        region = self._regions.get(department)
        if region is None:
            return {"version": SNAPSHOT_VERSION, "first_bucket": None, "keys": {}}
        return {
            "version": SNAPSHOT_VERSION,
            "first_bucket": region.first_bucket,
            "keys": {
                # Department keys keep their v1 name; provinces/districts are "code/category".
                (cat.value if code == department else f"{code}/{cat.value}"): key.to_dict(
                    self._story_names, self._items
                )
                for (code, cat), key in region.keys.items()
            },
        }

    def restore_region(self, department: str, data: Mapping[str, Any]) -> None:
        """Replace the state of ``department`` with a :meth:`snapshot_region` result."""
        version = data.get("version")
        if version != SNAPSHOT_VERSION:
            raise ValueError(f"detector snapshot version {version!r}, expected {SNAPSHOT_VERSION}")
        for ident in list(self._firing_in.get(department, {})):
            self._close(ident)
        self._due.pop(department, None)
        old = self._regions.pop(department, None)
        self._forget_routes()  # they name the keys being replaced
        if old is not None:
            self._state.free_rows([key.row for key in old.keys.values()])
        first_bucket = data.get("first_bucket")
        if first_bucket is None:
            return
        region = _Region(int(first_bucket))
        dep = self._department(department)
        self._dep_first[dep] = region.first_bucket
        for name, key_data in data["keys"].items():
            code, _, cat = name.rpartition("/")
            ident = (code or department, Category(cat))
            key = region.keys[ident] = _Key.from_dict(
                key_data, self._state, dep, self._story_number, self._items
            )
            if key.episode is not None:
                self._open(ident, key)
        # Provinces and districts look up their department's episode (inhibition).
        for (code, cat), key in region.keys.items():
            parent = region.keys.get((department, cat))
            if len(code) > 2 and parent is not None:
                self._state.rows[key.row, PARENT] = parent.row
        self._regions[department] = region

    def snapshot(self) -> dict[str, Any]:
        """JSON-able state of every department."""
        return {
            "version": SNAPSHOT_VERSION,
            "regions": {dep: self.snapshot_region(dep) for dep in sorted(self._regions)},
        }

    def clear(self) -> None:
        """Forget all state (the worker lost its partitions; the table keeps the snapshots)."""
        self._state.free_rows([k.row for r in self._regions.values() for k in r.keys.values()])
        self._regions = {}
        self._forget_routes()
        self._firing = {}
        self._firing_in = {}
        self._due = {}

    def restore(self, data: Mapping[str, Any]) -> None:
        """Replace all state with a :meth:`snapshot` result."""
        version = data.get("version")
        if version != SNAPSHOT_VERSION:
            raise ValueError(f"detector snapshot version {version!r}, expected {SNAPSHOT_VERSION}")
        self.clear()
        for dep, region_data in data["regions"].items():
            self.restore_region(dep, region_data)
