"""Unit tests of collect.normalize: feed bodies and intake objects into signals."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from earlywarn.collect.normalize import (
    PAYLOAD_LIMIT,
    TEXT_LIMIT,
    InvalidIntakeField,
    parse_feed,
    signal_from_intake,
    strip_html,
)
from earlywarn.errors import InvalidRecord
from earlywarn.model import Signal, SignalKind
from earlywarn.reasons import DeadLetterReason

RECEIVED = datetime(2024, 5, 10, 12, 0, tzinfo=UTC)
REAL_FEEDS = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "feeds" / "real"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Noticias Sur</title>
    <link>https://example.pe</link>
    <language>es-PE</language>
    <item>
      <title>Ataque armado en Pataz: dos mineros heridos</title>
      <link>https://example.pe/nota/1</link>
      <guid>nota-1</guid>
      <description>&lt;p&gt;Los hechos ocurrieron en
        &lt;b&gt;Vijus&lt;/b&gt;.&lt;/p&gt;</description>
      <pubDate>Thu, 09 May 2024 22:15:00 -0500</pubDate>
      <category>Policiales</category>
    </item>
    <item>
      <title>Sin fecha</title>
      <link>https://example.pe/nota/2</link>
      <description>Texto de la nota.</description>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Mining Watch</title>
  <id>urn:feed:1</id>
  <updated>2024-05-09T10:00:00Z</updated>
  <entry>
    <title>Blockade on the mining corridor</title>
    <id>urn:entry:42</id>
    <link href="https://example.org/blockade"/>
    <updated>2024-05-09T10:00:00Z</updated>
    <content type="html">&lt;div&gt;Protesters
      &lt;i&gt;blocked&lt;/i&gt; the road.&lt;/div&gt;</content>
  </entry>
</feed>
"""


def _rss(items: str, channel_extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        f"{channel_extra}{items}</channel></rss>"
    ).encode()


def _intake(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "title": "Extorsión a mineros artesanales",
        "text": "Cobro de cupos en La Rinconada.",
        "published_at": "2024-05-10T06:30:00-05:00",
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not ...}


# --------------------------------------------------------------------------- feeds


def test_rss_items_become_news_signals() -> None:
    """RSS 2.0 items become news signals with cleaned text, url, language and UTC event time."""
    result = parse_feed("sur", RSS.encode(), RECEIVED, "en")
    assert result.dead_letters == ()
    first, second = result.signals
    assert first.kind is SignalKind.NEWS
    assert first.source == "sur"
    assert first.id == Signal.make_id("sur", "id:nota-1")
    assert first.title == "Ataque armado en Pataz: dos mineros heridos"
    assert first.text == "Los hechos ocurrieron en Vijus."
    assert first.url == "https://example.pe/nota/1"
    assert first.language == "es"
    assert first.published_at == datetime(2024, 5, 10, 3, 15, tzinfo=UTC)
    assert first.received_at == RECEIVED
    assert first.raw["published_at_source"] == "published"
    assert first.raw["categories"] == "Policiales"
    assert first.raw["feed_title"] == "Noticias Sur"
    assert second.title == "Sin fecha"


def test_missing_date_uses_received_time_and_says_so() -> None:
    """An entry without any date gets received_at as event time and is marked as such."""
    signal = parse_feed("sur", RSS.encode(), RECEIVED, None).signals[1]
    assert signal.published_at == RECEIVED
    assert signal.raw["published_at_source"] == "received"


def test_future_date_is_not_trusted() -> None:
    """A date far in the future (a time-zone mistake) falls back to received_at, kept in raw."""
    body = _rss("<item><title>x</title><pubDate>Fri, 10 May 2024 23:00:00 GMT</pubDate></item>")
    signal = parse_feed("f", body, RECEIVED, None).signals[0]
    assert signal.published_at == RECEIVED
    assert signal.raw["published_at_source"] == "received"
    assert signal.raw["published_at_claimed"] == "2024-05-10T23:00:00Z"


def test_atom_entries_become_signals() -> None:
    """Atom entries use id, link href, updated date, HTML content and xml:lang."""
    (signal,) = parse_feed("watch", ATOM.encode(), RECEIVED, "es").signals
    assert signal.id == Signal.make_id("watch", "id:urn:entry:42")
    assert signal.title == "Blockade on the mining corridor"
    assert signal.text == "Protesters blocked the road."
    assert signal.url == "https://example.org/blockade"
    assert signal.language == "en"
    assert signal.published_at == datetime(2024, 5, 9, 10, 0, tzinfo=UTC)
    assert signal.raw["published_at_source"] == "updated"


def test_spanish_accents_survive_any_encoding() -> None:
    """Accented Spanish text is kept intact (NFC) whether sent as UTF-8, Latin-1 or entities."""
    items = (
        "<item><title>Extorsión en Huepetuhe</title><description>Niño y mamá</description></item>"
    )
    for body in (
        _rss(items),
        _rss(items).decode().replace("utf-8", "iso-8859-1").encode("latin-1"),
        _rss(items.replace("ó", "&#243;").replace("ñ", "&#241;").replace("á", "&#xE1;")),
        _rss(items.replace("ó", "o\u0301")),  # decomposed accent → NFC
    ):
        (signal,) = parse_feed("f", body, RECEIVED, "es").signals
        assert signal.title == "Extorsión en Huepetuhe"
        assert signal.text == "Niño y mamá"
        assert signal.language == "es"


def test_html_scripts_control_chars_and_whitespace_are_removed() -> None:
    """Title and text lose tags, scripts, control and zero-width characters; spaces collapse."""
    items = (
        "<item><title><![CDATA[<b>Mineros</b>\x0b  atacados\u200b\t en\n Chala]]></title>"
        "<description><![CDATA[<p>Primera&nbsp;línea</p><script>alert(1)</script>"
        "<style>p{}</style><ul><li>uno</li><li>dos</li></ul>]]></description></item>"
    )
    (signal,) = parse_feed("f", _rss(items), RECEIVED, "es").signals
    assert signal.title == "Mineros atacados en Chala"
    assert signal.text == "Primera línea uno dos"


def test_long_text_is_truncated() -> None:
    """Text beyond the limit is cut (with an ellipsis) and flagged in raw."""
    items = f"<item><title>t</title><description>{'palabra ' * 2000}</description></item>"
    (signal,) = parse_feed("f", _rss(items), RECEIVED, "es").signals
    assert len(signal.text) <= TEXT_LIMIT
    assert signal.text.endswith("…")
    assert signal.raw["truncated"] == "true"


def test_entry_without_title_or_text_is_dead_lettered() -> None:
    """An entry with neither title nor text becomes an ENTRY_WITHOUT_TEXT dead letter."""
    items = "<item><link>https://x.pe/1</link></item><item><title>ok</title></item>"
    result = parse_feed("f", _rss(items), RECEIVED, "es")
    assert [s.title for s in result.signals] == ["ok"]
    (dead,) = result.dead_letters
    assert dead.reason is DeadLetterReason.ENTRY_WITHOUT_TEXT
    assert dead.stage == "collect.rss"
    assert dead.source == "f"
    assert "https://x.pe/1" in dead.payload
    assert dead.first_seen == RECEIVED


def test_entry_ids_fall_back_to_link_then_title_and_date() -> None:
    """Without a guid the id comes from the link, then from title + date; ids are stable."""
    items = (
        "<item><title>a</title><link>https://x.pe/a</link></item>"
        "<item><title>b</title><pubDate>Thu, 09 May 2024 10:00:00 GMT</pubDate></item>"
    )
    first = parse_feed("f", _rss(items), RECEIVED, "es").signals
    again = parse_feed("f", _rss(items), datetime(2025, 1, 1, tzinfo=UTC), "es").signals
    assert first[0].id == Signal.make_id("f", "link:https://x.pe/a")
    assert first[1].id == Signal.make_id("f", "title:b\x1fThu, 09 May 2024 10:00:00 GMT")
    assert [s.id for s in first] == [s.id for s in again]


def test_non_http_links_are_dropped() -> None:
    """A javascript: link is not kept as the signal's url."""
    items = "<item><title>a</title><link>javascript:alert(1)</link></item>"
    (signal,) = parse_feed("f", _rss(items), RECEIVED, "es").signals
    assert signal.url is None


def test_configured_language_is_the_fallback() -> None:
    """Without a feed or entry language the configured one is used, reduced to its primary tag."""
    (signal,) = parse_feed("f", _rss("<item><title>a</title></item>"), RECEIVED, "es-PE").signals
    assert signal.language == "es"


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><head><title>Oops</title></head><body><p>502</p></body></html>",
        b"this is not a feed",
        b"",
        b"\xff\xfe\x00garbage\x00",
    ],
)
def test_a_body_that_is_not_a_feed_is_one_malformed_dead_letter(body: bytes) -> None:
    """HTML, text, empty or binary bodies give one MALFORMED_FEED dead letter and no signals."""
    result = parse_feed("f", body, RECEIVED, "es")
    assert result.signals == ()
    (dead,) = result.dead_letters
    assert dead.reason is DeadLetterReason.MALFORMED_FEED
    assert dead.stage == "collect.rss"
    assert dead.payload == body.decode("utf-8", errors="replace")
    assert dead.error
    assert result.malformed


def test_html_page_served_as_html_is_malformed() -> None:
    """An HTML page with a text/html content type is reported with feedparser's complaint."""
    body = b"<html><body><h1>Login</h1></body></html>"
    result = parse_feed("f", body, RECEIVED, "es", content_type="text/html; charset=utf-8")
    (dead,) = result.dead_letters
    assert dead.reason is DeadLetterReason.MALFORMED_FEED
    assert "text/html" in dead.error


def test_malformed_payload_is_capped() -> None:
    """A huge non-feed body keeps only the first 64 KiB in the dead letter."""
    body = b"<html>" + b"x" * (PAYLOAD_LIMIT * 2)
    (dead,) = parse_feed("f", body, RECEIVED, "es").dead_letters
    assert len(dead.payload) == PAYLOAD_LIMIT


def test_broken_feed_with_entries_is_kept_with_a_warning() -> None:
    """A bozo feed that still yields entries keeps them and reports the parser's warning."""
    body = b"<rss version='2.0'><channel><title>t</title><item><title>a &amp; b</title></item>"
    body += b"<item><title>c</title></channel></rss>"
    result = parse_feed("f", body, RECEIVED, "es")
    assert [s.title for s in result.signals] == ["a & b", "c"]
    assert result.dead_letters == ()
    assert result.warning is not None


def test_empty_feed_is_fine() -> None:
    """A valid feed without entries gives nothing and no dead letter."""
    result = parse_feed("f", _rss(""), RECEIVED, "es")
    assert result.signals == () and result.dead_letters == () and result.warning is None


def test_double_escaped_html_is_stripped() -> None:
    """HTML escaped twice by the publisher still comes out as plain text."""
    items = "<item><title>t</title><description>&amp;lt;p&amp;gt;Mina &amp;amp; r\u00edo"
    items += "&amp;lt;/p&amp;gt;</description></item>"
    (signal,) = parse_feed("f", _rss(items), RECEIVED, "es").signals
    assert signal.text == "Mina & río"


def test_json_feed_items_become_signals() -> None:
    """A JSON Feed (jsonfeed.org) is read like RSS: id, url, title, HTML content, date, tags."""
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Minería Hoy",
            "language": "es-PE",
            "items": [
                {
                    "id": "42",
                    "url": "https://mh.pe/42",
                    "title": "Invasión de concesión en Nasca",
                    "content_html": "<p>Invasores <b>armados</b>.</p>",
                    "date_published": "2024-05-09T08:00:00-05:00",
                    "tags": ["conflicto"],
                },
                {"id": "43", "url": "https://mh.pe/43"},
            ],
        }
    ).encode()
    result = parse_feed("mh", body, RECEIVED, None)
    (signal,) = result.signals
    assert signal.id == Signal.make_id("mh", "id:42")
    assert signal.title == "Invasión de concesión en Nasca"
    assert signal.text == "Invasores armados."
    assert signal.url == "https://mh.pe/42"
    assert signal.language == "es"
    assert signal.published_at == datetime(2024, 5, 9, 13, 0, tzinfo=UTC)
    assert signal.raw["categories"] == "conflicto"
    assert [d.reason for d in result.dead_letters] == [DeadLetterReason.ENTRY_WITHOUT_TEXT]


def test_json_that_is_not_a_json_feed_is_malformed() -> None:
    """Arbitrary JSON is not taken for a feed."""
    (dead,) = parse_feed("f", b'{"error": "rate limited"}', RECEIVED, "es").dead_letters
    assert dead.reason is DeadLetterReason.MALFORMED_FEED


def test_strip_html_keeps_plain_text_with_lt_sign() -> None:
    """Plain text without markup is only whitespace-cleaned."""
    assert strip_html("  3 > 2  heridos ") == "3 > 2 heridos"


def test_real_feeds_parse_without_exceptions() -> None:
    """A sample of real-world feeds parses into signals/dead letters without raising."""
    files = sorted(p for p in REAL_FEEDS.iterdir() if p.is_file())
    assert files, f"no real feeds under {REAL_FEEDS}"
    sample = files[:: max(1, len(files) // 12)]
    total = 0
    for path in sample:
        result = parse_feed(path.name, path.read_bytes(), RECEIVED, "es")
        total += len(result.signals)
        for signal in result.signals:
            assert signal.title or signal.text
            assert len(signal.text) <= TEXT_LIMIT
            assert signal.published_at.tzinfo is not None
            assert Signal.from_dict(signal.to_dict()) == signal
    assert total > 0


# --------------------------------------------------------------------------- intake


def test_intake_minimal_report() -> None:
    """A valid report becomes a field signal with UTC time, source intake:<reporter>."""
    signal = signal_from_intake(_intake(), "intake", RECEIVED)
    assert signal.kind is SignalKind.FIELD
    assert signal.source == "intake:intake"
    assert signal.title == "Extorsión a mineros artesanales"
    assert signal.published_at == datetime(2024, 5, 10, 11, 30, tzinfo=UTC)
    assert signal.received_at == RECEIVED
    assert signal.lat is None and signal.lon is None


def test_intake_full_report() -> None:
    """All optional fields are validated and carried over."""
    signal = signal_from_intake(
        _intake(
            id="r-1",
            lat=-15.84,
            lon=-70.02,
            language="es-PE",
            url="https://x.pe/r/1",
            kind="news",
            metadata={"device": "radio-7"},
        ),
        "intake",
        RECEIVED,
    )
    assert signal.id == Signal.make_id("intake:intake", "id:r-1")
    assert (signal.lat, signal.lon) == (-15.84, -70.02)
    assert signal.language == "es"
    assert signal.url == "https://x.pe/r/1"
    assert signal.kind is SignalKind.NEWS
    assert signal.raw == {"device": "radio-7"}


def test_intake_id_without_client_id_is_a_stable_content_hash() -> None:
    """Without a client id, the same content gives the same id (safe retries), other content not."""
    a = signal_from_intake(_intake(), "intake", RECEIVED)
    b = signal_from_intake(_intake(), "intake", datetime(2024, 5, 10, 12, 5, tzinfo=UTC))
    c = signal_from_intake(_intake(text="otro"), "intake", RECEIVED)
    assert a.id == b.id != c.id


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"title": ...}, "title", "required"),
        ({"title": ""}, "title", "1 to 500"),
        ({"title": "   "}, "title", "blank"),
        ({"title": "x" * 501}, "title", "1 to 500"),
        ({"title": 5}, "title", "string"),
        ({"text": ["a"]}, "text", "string"),
        ({"published_at": ...}, "published_at", "required"),
        ({"published_at": "2024-05-10T08:30:00"}, "published_at", "timezone"),
        ({"published_at": "yesterday"}, "published_at", "RFC 3339"),
        ({"published_at": 1715340000}, "published_at", "RFC 3339"),
        ({"published_at": "2030-01-01T00:00:00Z"}, "published_at", "future"),
        ({"lat": -12.0}, "lon", "together"),
        ({"lon": -77.0}, "lat", "together"),
        ({"lat": 91, "lon": 0}, "lat", "between"),
        ({"lat": 0, "lon": -181}, "lon", "between"),
        ({"lat": True, "lon": 0}, "lat", "number"),
        ({"lat": "1", "lon": 0}, "lat", "number"),
        ({"language": "español!"}, "language", "language tag"),
        ({"url": "ftp://x.pe/a"}, "url", "http"),
        ({"kind": "rumour"}, "kind", "'field' or 'news'"),
        ({"id": ""}, "id", "1 to 200"),
        ({"raw": {"a": 1}}, "raw.a", "string"),
        ({"raw": ["a"]}, "raw", "object"),
        ({"raw": {}, "metadata": {}}, "metadata", "either"),
        ({"publishedAt": "2024-05-10T08:30:00Z"}, "publishedAt", "unknown field"),
    ],
)
def test_intake_invalid_fields_name_the_field(
    fields: dict[str, Any], field: str, words: str
) -> None:
    """Each invalid field raises InvalidRecord(INVALID_SIGNAL) naming the field and the problem."""
    with pytest.raises(InvalidIntakeField) as info:
        signal_from_intake(_intake(**fields), "intake", RECEIVED)
    assert isinstance(info.value, InvalidRecord)
    assert info.value.reason is DeadLetterReason.INVALID_SIGNAL
    assert info.value.field == field
    assert field in info.value.message
    assert words in info.value.message


@pytest.mark.parametrize("obj", [[], "x", 3, None])
def test_intake_non_object_is_rejected(obj: Any) -> None:
    """A JSON value that is not an object is an invalid signal without a field."""
    with pytest.raises(InvalidIntakeField) as info:
        signal_from_intake(obj, "intake", RECEIVED)
    assert info.value.field is None
    assert "object" in info.value.message


def test_intake_text_is_cleaned_and_truncated() -> None:
    """Intake text loses control characters and is capped like feed text."""
    signal = signal_from_intake(_intake(text="a\x00b  c" + " d" * 5000), "intake", RECEIVED)
    assert signal.text.startswith("a b c d")
    assert len(signal.text) <= TEXT_LIMIT
    assert signal.raw["truncated"] == "true"
