"""The escalation detector: windows per department × category against their own baseline.

Pure and deterministic: no I/O, no clock. Time is the incidents' event time; the caller
advances a watermark (max event time in replay, event time moved on by wall-clock ticks in
live) to let quiet episodes resolve. Same incidents in the same order → the same escalations,
which is what lets replay reproduce live alerts.

Counting is per *story*: the enrichment stage clusters articles about one event under one
``story_id``, and twenty outlets reporting one attack must not look like twenty attacks.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from earlywarn.config import DetectConfig
from earlywarn.detect.baseline import (
    RULE,
    Baseline,
    baseline_tag,
    compute_baseline,
    history_end,
)
from earlywarn.detect.window import BucketCounts, bucket_start
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

CONTRIBUTION_CAP = 20
"""Incidents kept per escalation record: enough to read the story, bounded for the payload."""

SNAPSHOT_VERSION = 1

_NO_BUCKET = -(2**62)  # below every bucket index of a real event time

_Item = Incident | Contribution


def _contribution(item: _Item) -> Contribution:
    # Incidents are converted lazily: most never end up in an escalation.
    return item if isinstance(item, Contribution) else Contribution.of(item)


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
    """A firing escalation of one key, from crossing the threshold until it resolves."""

    __slots__ = ("last", "last_bucket", "level", "resolve_bucket", "started_at", "threshold")

    def __init__(
        self,
        started_at: datetime,
        level: Level,
        last_bucket: int,
        threshold: float,
        last: Escalation,
    ) -> None:
        self.started_at = started_at  # event time of the incident that crossed
        self.level = level  # highest level reached
        self.last_bucket = last_bucket  # newest bucket in which a story was counted
        self.threshold = threshold  # threshold at the last evaluation
        self.last = last  # the last FIRING record, reused for the resolution
        # Cached result of EscalationDetector._resolve_bucket; None after any change.
        self.resolve_bucket: int | None = None

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
    def from_dict(cls, data: Mapping[str, Any]) -> _Episode:
        return cls(
            started_at=parse_time(data["started_at"], "started_at"),
            level=Level(int(data["level"])),
            last_bucket=int(data["last_bucket"]),
            threshold=float(data["threshold"]),
            last=Escalation.from_dict(data["last"]),
        )


class _Key:
    """State of one department × category."""

    __slots__ = (
        "base",
        "base_end",
        "base_stop",
        "counted",
        "counts",
        "dups",
        "episode",
        "last_counted",
        "ordered",
        "stories",
    )

    def __init__(self, period: int = 0) -> None:
        # ``period``: the window length for the period methods (history read per period).
        self.counts = BucketCounts(period)
        self.stories: dict[str, int] = {}  # story_id → bucket in which it was counted
        # Contributions: counted stories (newest CAP) and repeats (first CAP, only fill room).
        self.counted: deque[tuple[int, _Item]] = deque(maxlen=CONTRIBUTION_CAP)
        self.dups: list[tuple[int, _Item]] = []
        self.episode: _Episode | None = None
        # The baseline is cached per tag (baseline_tag): the window's end bucket for the
        # Poisson rule, the history's end (a window-grid boundary) for the period methods.
        self.base_end: int | None = None
        self.base: Baseline | None = None
        # history_end(base_end) while a baseline is cached (a count before it invalidates
        # the cache); below any bucket otherwise.
        self.base_stop = _NO_BUCKET
        # Stories and counted items were added in bucket order (no late count, no recount of
        # a known story): the sweep then drops a prefix instead of filtering everything.
        self.ordered = True
        self.last_counted = _NO_BUCKET

    def contributions(self, start: int, end: int) -> tuple[Contribution, ...]:
        """Contributions with bucket in ``[start, end]``, counted stories first, by time."""
        picked = [item for b, item in self.counted if start <= b <= end]
        room = CONTRIBUTION_CAP - len(picked)
        if room > 0:
            picked.extend([item for b, item in self.dups if start <= b <= end][:room])
        result = [_contribution(item) for item in picked]
        result.sort(key=lambda c: (c.occurred_at, c.incident_id))
        return tuple(result)

    def sweep(self, cfg: DetectConfig) -> None:
        """Forget what can no longer influence a decision (amortised: once per window)."""
        counts = self.counts
        newest = counts.max_bucket
        if newest is None:
            return
        width = cfg.window_buckets
        if counts.swept_at is not None and newest - counts.swept_at < width:
            return
        counts.swept_at = newest
        before = newest - width - cfg.baseline_buckets
        if counts.counts and next(iter(counts.counts)) < before:
            counts.expire(before)
        oldest_story = newest - 2 * width
        oldest_item = newest - width
        stories = self.stories
        counted = self.counted
        if self.ordered:
            # Both are sorted by bucket: what is too old is a prefix.
            old = []
            for story, bucket in stories.items():
                if bucket >= oldest_story:
                    break
                old.append(story)
            while counted and counted[0][0] <= oldest_item:
                counted.popleft()
        else:
            old = [s for s, b in stories.items() if b < oldest_story]
            kept = [item for item in counted if item[0] > oldest_item]
            if len(kept) < len(counted):
                self.counted = deque(kept, maxlen=CONTRIBUTION_CAP)
        # Deleting keeps the order of the rest, as rebuilding would (snapshots are bytes).
        for story in old:
            del stories[story]
        if self.dups:
            self.dups = [item for item in self.dups if item[0] > oldest_item]

    def to_dict(self) -> dict[str, Any]:
        return {
            "buckets": self.counts.to_list(),
            "max_bucket": self.counts.max_bucket,
            "swept_at": self.counts.swept_at,
            "stories": dict(self.stories),
            "counted": [[b, _contribution(i).to_dict()] for b, i in self.counted],
            "dups": [[b, _contribution(i).to_dict()] for b, i in self.dups],
            "episode": self.episode.to_dict() if self.episode else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], period: int = 0) -> _Key:
        key = cls(period)
        key.counts = BucketCounts.from_list(
            data["buckets"], data["max_bucket"], data["swept_at"], period
        )
        key.stories = {str(s): int(b) for s, b in data["stories"].items()}
        key.counted = deque(
            ((int(b), Contribution.from_dict(c)) for b, c in data["counted"]),
            maxlen=CONTRIBUTION_CAP,
        )
        key.dups = [(int(b), Contribution.from_dict(c)) for b, c in data["dups"]]
        story_buckets = list(key.stories.values())
        item_buckets = [b for b, _ in key.counted]
        key.ordered = story_buckets == sorted(story_buckets) and item_buckets == sorted(
            item_buckets
        )
        key.last_counted = max([*story_buckets, *item_buckets], default=_NO_BUCKET)
        episode = data.get("episode")
        key.episode = _Episode.from_dict(episode) if episode else None
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
        # The period methods read history per window-sized period: keys keep sums per period.
        self._period = 0 if cfg.method == "poisson" else cfg.window_buckets

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
        cfg = self.cfg
        not_relevant = Category.NOT_RELEVANT
        min_confidence = cfg.min_confidence
        bucket_seconds = cfg.bucket_seconds
        provinces = cfg.province_regions
        districts = self._districts
        regions = self._regions
        count = self._count
        none, injured, killed = cfg.severity_weights
        out: list[Escalation] = []
        for incident in incidents:
            place = incident.place
            department = place.department_ubigeo
            if event_time is not None and department is not None:
                at = incident.occurred_at
                last = event_time.get(department)
                if last is None or at > last:
                    event_time[department] = at
                    # advance() would return nothing, and change nothing, unless one of the
                    # department's episodes may be due: skip the call then.
                    due = self._due.get(department)
                    if due is not None and due * bucket_seconds <= at.timestamp():
                        out.extend(self.advance(at, (department,)))
            category = incident.category
            if category is not_relevant or incident.confidence < min_confidence:
                continue
            if not department:
                continue
            bucket = int(incident.occurred_at.timestamp() // bucket_seconds)
            region = regions.get(department)
            if region is None:
                region = regions[department] = _Region(bucket)
            elif bucket < region.first_bucket:
                region.first_bucket = bucket  # a late incident extends known history
                for other in region.keys.values():
                    other.base_end = None
                    other.base_stop = _NO_BUCKET
            # Worst outcome, not the number of victims: one massacre must not look like a wave.
            severity = incident.severity
            weight = killed if severity.killed else injured if severity.injured else none
            # The regions it counts in: its department, province, watched district.
            escalation = count(region, department, category, incident, bucket, weight)
            if escalation is not None:
                out.append(escalation)
            if provinces:
                province = place.province_ubigeo
                if province and province.startswith(department):
                    escalation = count(region, province, category, incident, bucket, weight)
                    if escalation is not None:
                        out.append(escalation)
            district = place.district_ubigeo
            if district and district in districts and district.startswith(department):
                escalation = count(region, district, category, incident, bucket, weight)
                if escalation is not None:
                    out.append(escalation)
        return out

    def _count(
        self,
        region: _Region,
        scope: str,
        category: Category,
        incident: Incident,
        bucket: int,
        weight: int,
    ) -> Escalation | None:
        """Count ``incident`` in ``scope`` × ``category``; the escalation it causes, if any."""
        width = self._width
        ident = (scope, category)
        key = region.keys.get(ident)
        if key is None:
            key = region.keys[ident] = _Key(self._period)
        stories = key.stories
        seen = stories.get(incident.story_id)
        if seen is not None and -width < bucket - seen < width:
            if len(key.dups) < CONTRIBUTION_CAP:
                key.dups.append((bucket, incident))
            # Another article of a counted story changes no count, so it decides nothing:
            # judging its (possibly old) window could reopen an episode that already ended
            # -- e.g. a syndicated copy arriving late, or an at-least-once redelivery.
            return None
        if seen is not None or bucket < key.last_counted:
            key.ordered = False  # a recount moves a story's bucket; a late one is behind
        else:
            key.last_counted = bucket
        stories[incident.story_id] = bucket
        counts = key.counts
        count = counts.add_in_window(bucket, weight, width)
        key.counted.append((bucket, incident))
        if bucket < key.base_stop:
            key.base_end = None  # a late count landed in the cached history
            key.base_stop = _NO_BUCKET
        episode = key.episode
        if episode is not None:
            episode.resolve_bucket = None  # the counts it was computed from changed
            if bucket > episode.last_bucket:
                episode.last_bucket = bucket
            self._may_resolve_from(scope[:2], episode.last_bucket)
        newest: int = counts.max_bucket  # type: ignore[assignment]  # set by add
        swept_at = counts.swept_at
        if swept_at is None or newest - swept_at >= width:
            key.sweep(self.cfg)
            count = counts.window_sum(bucket, width)  # a very late bucket may have expired
        at_bucket = bucket
        at_time: datetime | None = None
        if newest > bucket:
            at_bucket, count, at_time = self._fullest_window(
                key, bucket, count, incident.occurred_at
            )
        if count < self._min_count:
            return None  # the threshold is never below min_count: nothing to decide
        if key.episode is None:
            base = key.base
            if base is not None and count < base.threshold and key.base_end == self._tag(at_bucket):
                # Below the cached bounds of this window: what _evaluate would say, without
                # the calls (the common case for a busy region).
                two = base.threshold_two
                if two is None or count <= base.expected:
                    return None
                previous = counts.cached_total(
                    BucketCounts.PREVIOUS, at_bucket - 2 * width + 1, at_bucket - width + 1
                )
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
        for other_bucket, other in key.counted:
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
        if key.base_end != tag or key.base is None:
            key.base = compute_baseline(key.counts, bucket, region.first_bucket, self.cfg)
            key.base_end = tag
            key.base_stop = history_end(tag, self.cfg)
        return key.base

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
            contributions=key.contributions(bucket - width + 1, bucket),
        )
        if episode is None:
            newest = key.counts.max_bucket
            last_bucket = bucket if newest is None else max(bucket, newest)
            key.episode = _Episode(started_at, level, last_bucket, base.threshold, escalation)
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
        previous = key.counts.cached_total(
            BucketCounts.PREVIOUS, bucket - 2 * width + 1, bucket - width + 1
        )
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
        return sum(len(k.counts) for r in self._regions.values() for k in r.keys.values())

    def story_count(self) -> int:
        """Story ids remembered over all keys."""
        return sum(len(k.stories) for r in self._regions.values() for k in r.keys.values())

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
                (cat.value if code == department else f"{code}/{cat.value}"): key.to_dict()
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
        first_bucket = data.get("first_bucket")
        if first_bucket is None:
            self._regions.pop(department, None)
            return
        region = _Region(int(first_bucket))
        for name, key_data in data["keys"].items():
            code, _, cat = name.rpartition("/")
            ident = (code or department, Category(cat))
            key = region.keys[ident] = _Key.from_dict(key_data, self._period)
            if key.episode is not None:
                self._open(ident, key)
        self._regions[department] = region

    def snapshot(self) -> dict[str, Any]:
        """JSON-able state of every department."""
        return {
            "version": SNAPSHOT_VERSION,
            "regions": {dep: self.snapshot_region(dep) for dep in sorted(self._regions)},
        }

    def clear(self) -> None:
        """Forget all state (the worker lost its partitions; the table keeps the snapshots)."""
        self._regions = {}
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
