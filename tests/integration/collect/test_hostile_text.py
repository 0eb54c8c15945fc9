"""Hostile feed text (HTML, scripts, control and bidi characters) never reaches a webhook body.

A feed whose entries about Pataz carry markup and control characters goes through the
collector and the very same stages as the live path; the alert bodies hold only plain text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from earlywarn.alert.payload import alert_body
from earlywarn.collect.normalize import parse_feed
from earlywarn.config import load_settings
from earlywarn.pipeline import Components

RECEIVED = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
HOSTILE_TITLES = [
    "<script>alert('x')</script>Ataque armado contra mineros en Pataz deja dos muertos",
    "Pataz: &lt;img src=x onerror=alert(1)&gt; sicarios disparan contra trabajadores de socavón en Vijus",
    "Balacera en Llacuabamba\x00 (Pataz)\x1b[31m: <scr<script>ipt>alert(1)</script> tres heridos en bocamina",
    "\u202eEnfrentamiento armado\u202c en Retamas, Pataz: <b>vigilantes</b> baleados &amp;lt;i&amp;gt;",
    "Delincuentes atacan con explosivos a mineros en Pataz <!-- c --><iframe>x</iframe>",
]
_MARKUP_OPEN = re.compile(r"<[A-Za-z/!?]")


def hostile_feed() -> bytes:
    items = []
    for n, title in enumerate(HOSTILE_TITLES):
        published = RECEIVED - timedelta(hours=5 - n)
        items.append(
            f"<item><title><![CDATA[{title}]]></title><guid>h-{n}</guid>"
            f'<link>https://noticias.example/pataz/{n}?a="&lt;x&gt;</link>'
            f'<description><![CDATA[<p onclick="alert(1)">Los hechos en la provincia de Pataz, '
            f"La Libertad.</p><script>document.cookie</script><style>p{{}}</style>]]></description>"
            f"<pubDate>{published.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Norte</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def _plain(text: str) -> bool:
    return not _MARKUP_OPEN.search(text) and not any(
        unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in text
    )


def test_feed_text_is_plain_in_signals() -> None:
    """Titles and texts lose tags, script/style content, control and bidi characters."""
    result = parse_feed("norte", hostile_feed(), RECEIVED, "es")
    assert len(result.signals) == len(HOSTILE_TITLES)
    for signal in result.signals:
        assert _plain(signal.title) and _plain(signal.text), signal
        assert "onerror" not in signal.title and "document.cookie" not in signal.text
        assert signal.url is not None and not any(c in signal.url for c in "<>\"'")


@pytest.mark.integration
def test_hostile_feed_gives_alert_bodies_with_plain_text_only(repo_root: Path) -> None:
    """Through enrich, detect and alert, the webhook body's titles are plain text, no markup."""
    settings = load_settings(repo_root / "config" / "earlywarn.yaml", environ={})
    components = Components.load(settings)
    enricher, detection, alerting = (
        components.enricher(),
        components.detection(),
        components.alerting(),
    )
    signals = parse_feed("norte", hostile_feed(), RECEIVED, "es").signals
    incidents = [e.incident for e in enricher.enrich(signals) if e.incident is not None]
    assert len(incidents) >= 3, "the hostile entries must still be understood as incidents"
    ordered = sorted(incidents, key=lambda i: i.occurred_at)
    alerts = alerting.accept(detection.observe(ordered).escalations)
    assert alerts, "three incidents in Pataz within hours must escalate"
    for alert in alerts:
        body = alert_body(alert, "ops")
        document = json.loads(body)
        titles = [c["title"] for c in document["contributing"]]
        assert titles and all(_plain(t) for t in titles), titles
        decoded = body.decode("utf-8")
        assert "<script" not in decoded.lower() and not _MARKUP_OPEN.search(decoded)
        assert all(unicodedata.category(c) not in ("Cc", "Cf", "Cs") for c in json.dumps(document))
