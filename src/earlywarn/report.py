"""The replay report: one self-contained HTML file that explains what would have fired.

Pure: a :class:`TrendBook` (counts per department × category) and the replay's result in,
a string out. Per region and category, the window count over time against the expected band
(expected → threshold) with alerts marked, then the alert table. No script and nothing
loaded from elsewhere: inline SVG and CSS, and a Content-Security-Policy that forbids
scripts, so feed text (escaped everywhere) could not run even if an escape were missed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from urllib.parse import urlsplit

from earlywarn.detect.window import bucket_start
from earlywarn.model import Alert, AlertStatus, Category, Escalation, format_time
from earlywarn.trends import TrendBook, TrendPoint

MAX_CHARTS = 40
"""Charts in one report: every escalated key first, then the busiest others."""

MAX_POINTS = 400
"""Points per chart; longer spans keep the fullest window of each step."""

CSP = "default-src 'none'; style-src 'unsafe-inline'"

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;color:#1d2733;margin:24px;max-width:1200px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}h3{font-size:14px;margin:12px 0 4px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #d3d9df;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f1f3f5}.num{text-align:right}.muted{color:#5f6b7a}
.firing{color:#c62828;font-weight:600}.resolved{color:#2e7d32;font-weight:600}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:12px}
figure{margin:0;border:1px solid #d3d9df;padding:8px}
svg{width:100%;height:auto;background:#fcfcfd}
.band{fill:#90caf9;fill-opacity:.35}.exp{fill:none;stroke:#1565c0;stroke-width:1}
.thr{fill:none;stroke:#c62828;stroke-width:1;stroke-dasharray:4 3}
.obs{fill:none;stroke:#1d2733;stroke-width:1.5}
.mf{stroke:#c62828;stroke-width:1.5}.mr{stroke:#2e7d32;stroke-width:1.5}
.axis{font-size:10px;fill:#5f6b7a}.legend span{margin-right:14px}
.sw{display:inline-block;width:18px;height:3px;vertical-align:middle;margin-right:4px}
"""


def _safe_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _chart(points: Sequence[TrendPoint], escalations: Sequence[Escalation], first: datetime) -> str:
    width, height, left, right, top, bottom = 560, 170, 34, 8, 8, 22
    if not points:
        return ""
    t0 = first.timestamp()
    t1 = max(points[-1].end.timestamp(), t0 + 1)
    ymax = max(1, *(max(p.count, p.threshold) for p in points)) * 1.1

    def x(t: float) -> float:
        return left + (t - t0) / (t1 - t0) * (width - left - right)

    def y(v: float) -> float:
        return height - bottom - v / ymax * (height - top - bottom)

    def line(values: Sequence[float]) -> str:
        return " ".join(
            f"{x(p.end.timestamp()):.1f},{y(v):.1f}" for p, v in zip(points, values, strict=True)
        )

    upper = line([p.threshold for p in points])
    lower = " ".join(reversed(line([p.expected for p in points]).split(" ")))
    parts = [
        f'<svg viewBox="0 0 {width} {height}" role="img">',
        f'<polygon class="band" points="{upper} {lower}"/>',
        f'<polyline class="exp" points="{line([p.expected for p in points])}"/>',
        f'<polyline class="thr" points="{upper}"/>',
        f'<polyline class="obs" points="{line([p.count for p in points])}"/>',
    ]
    for e in escalations:
        at = x(e.window_end.timestamp())
        css = "mf" if e.status is AlertStatus.FIRING else "mr"
        parts.append(
            f'<line class="{css}" x1="{at:.1f}" x2="{at:.1f}" y1="{top}" y2="{height - bottom}">'
            f"<title>{_e(e.status.value)} {_e(e.level.label)}: {_e(e.reason)}</title></line>"
        )
    top_value = math.floor(ymax / 1.1)
    parts += [
        f'<text class="axis" x="2" y="{y(0) + 3:.1f}">0</text>',
        f'<text class="axis" x="2" y="{y(top_value) + 3:.1f}">{top_value}</text>',
        f'<text class="axis" x="{left}" y="{height - 6}">{_e(format_time(first))}</text>',
        f'<text class="axis" x="{width - right}" y="{height - 6}" text-anchor="end">'
        f"{_e(format_time(points[-1].end))}</text>",
        "</svg>",
    ]
    return "".join(parts)


def _alert_rows(alerts: Sequence[Alert]) -> str:
    rows = []
    for a in alerts:
        e = a.escalation
        sources = []
        for c in e.contributions:
            label = f"{c.title} ({c.source}, {format_time(c.occurred_at)})"
            url = _safe_url(c.url)
            sources.append(
                f'<li><a href="{_e(url)}" rel="noopener noreferrer">{_e(label)}</a></li>'
                if url
                else f"<li>{_e(label)}</li>"
            )
        rows.append(
            "<tr>"
            f"<td>{_e(format_time(e.window_end))}</td>"
            f'<td class="{_e(a.status.value)}">{_e(a.status.value)}</td>'
            f"<td>{_e(e.level.label)}</td>"
            f"<td>{_e(e.region_name)} ({_e(e.region)})</td>"
            f"<td>{_e(e.category.value)}</td>"
            f'<td class="num">{e.count}</td><td class="num">{e.baseline:.2f}</td>'
            f'<td class="num">{e.threshold:g}</td>'
            f"<td>{_e(e.reason)}<ul>{''.join(sources)}</ul></td>"
            "</tr>"
        )
    return "".join(rows)


def render_report(
    book: TrendBook,
    alerts: Sequence[Alert],
    summary: dict[str, object],
    region_names: dict[str, str],
    title: str = "earlywarn replay report",
    progress: Callable[[int], None] | None = None,
) -> str:
    """The whole report as one HTML document (see the module docstring)."""
    span = book.span()
    by_key: dict[tuple[str, Category], list[Escalation]] = {}
    for alert in alerts:
        e = alert.escalation
        by_key.setdefault((e.region, e.category), []).append(e)
    keys = book.series_keys()
    ranked = sorted(
        keys,
        key=lambda k: (k not in by_key, -book.incidents(*k), k[0], k[1].value),
    )
    shown = ranked[:MAX_CHARTS]
    charts: list[str] = []
    if span is not None:
        first, last = span
        step = max(1, math.ceil((last - first + 1) / MAX_POINTS))
        start = bucket_start(first, book.cfg.bucket_seconds)
        for department, category in shown:
            points = book.series(department, category, first, last, step)
            name = region_names.get(department, department)
            marks = by_key.get((department, category), [])
            charts.append(
                f"<figure><h3>{_e(name)} ({_e(department)}) — {_e(category.value)}: "
                f"{book.incidents(department, category)} incidents, {len(marks)} alerts</h3>"
                f"{_chart(points, marks, start)}</figure>"
            )
            if progress is not None:
                progress(1)
    counts = Counter(a.status.value for a in alerts)
    outcomes = summary.get("outcomes", {})
    outcome_text = ", ".join(f"{k}: {v}" for k, v in dict(outcomes).items())  # type: ignore[call-overload]
    period = (
        f"{format_time(bucket_start(span[0], book.cfg.bucket_seconds))} → "
        f"{format_time(bucket_start(span[1] + 1, book.cfg.bucket_seconds))}"
        if span
        else "no counted incidents"
    )
    window_hours = book.cfg.window_buckets * book.cfg.bucket_seconds / 3600
    omitted = len(ranked) - len(shown)
    return "".join(
        [
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
            f"<h1>{_e(title)}</h1>",
            f"<p>Period (event time): {_e(period)}. Signals: {_e(summary.get('signals', 0))} "
            f"({_e(outcome_text)}). Alerts: {counts.get('firing', 0)} firing, "
            f"{counts.get('resolved', 0)} resolved. Dead letters: "
            f"{_e(summary.get('dead_letters', 0))}.</p>",
            "<h2>Counts over time per region and category</h2>",
            f"<p class='muted'>Stories in the {window_hours:g} h window ending at each time "
            "(one count per story, as the detector counts), against the region's own "
            "expectation; the detector escalates when the line reaches the threshold.</p>",
            "<p class='legend'><span><i class='sw' style='background:#1d2733'></i>observed"
            "</span><span><i class='sw' style='background:#90caf9'></i>expected → threshold"
            "</span><span><i class='sw' style='background:#c62828'></i>alert firing</span>"
            "<span><i class='sw' style='background:#2e7d32'></i>resolved</span></p>",
            f"<div class='charts'>{''.join(charts)}</div>",
            f"<p class='muted'>{omitted} quieter region × category series not drawn.</p>"
            if omitted > 0
            else "",
            f"<h2>Alerts ({len(alerts)})</h2>",
            "<table><thead><tr><th>window end</th><th>status</th><th>level</th>"
            "<th>region</th><th>category</th><th class='num'>observed</th>"
            "<th class='num'>expected</th><th class='num'>threshold</th>"
            "<th>explanation and sources</th></tr></thead>",
            f"<tbody>{_alert_rows(alerts)}</tbody></table>",
            "</body></html>\n",
        ]
    )
