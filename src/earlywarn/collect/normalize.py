"""Turn collected input (feed bodies, intake JSON) into ``Signal`` records. Pure: no I/O, no clock.

Both adapters (``rss.py``, ``intake.py``) call these functions with the time they stamped, so
the same bytes always give the same signals (replay and tests rely on that).

Hostile text stops here: a signal's title and text are plain text with no markup (no
``<`` that an HTML parser would read as a tag, comment or processing instruction), no
control, format (bidi overrides, zero-width) or lone surrogate characters; its URL is
http(s) with no spaces, controls, quotes or angle brackets. Everything downstream (webhook
payloads, the dashboard) can rely on that.
"""

from __future__ import annotations

import functools
import io
import json
import math
import re
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import feedparser

from earlywarn.errors import InvalidRecord
from earlywarn.model import DeadLetter, Signal, SignalKind, format_time, parse_time, stable_id
from earlywarn.reasons import DeadLetterReason, Stage

#: Longest text kept per signal; enough for a classifier, bounded so one entry cannot bloat a topic.
TEXT_LIMIT = 5_000
TITLE_LIMIT = 500
#: How much of an unparseable body its dead letter keeps: enough to diagnose, not a whole page.
PAYLOAD_LIMIT = 64 * 1024
#: Publishers get time zones wrong; beyond this a date "in the future" is treated as unknown.
FUTURE_SKEW = timedelta(hours=1)
URL_LIMIT = 2_048
HTML_INPUT_LIMIT = 40 * TEXT_LIMIT
ID_LIMIT = 200
RAW_KEYS_LIMIT = 32
RAW_VALUE_LIMIT = 1_000

# --------------------------------------------------------------------------- text cleaning

# Elements whose content is never reader-visible text.
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "applet",
        "embed",
        "textarea",
        "xmp",
        "noembed",
        "noframes",
    }
)
# Elements that break a line: keep words on either side apart once tags are gone.
_BREAK_TAGS = frozenset(
    {
        "br",
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "img",
        "figure",
        "figcaption",
        "pre",
    }
)
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# What starts markup in HTML's data state: "<" then a letter, "/", "!" or "?".
_MARKUP_OPEN = re.compile(r"<(?=[A-Za-z/!?])")
# Characters a URL we pass on may not contain: whitespace, quotes and angle brackets
# (percent-encoded instead), so it can never close an attribute or open a tag.
_URL_ESCAPES = {ord(c): f"%{ord(c):02X}" for c in "\"'<>`"}
_MAX_STRIP_PASSES = 4
_SURROGATES = re.compile("[\ud800-\udfff]")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _BREAK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BREAK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def safe_text(value: str) -> str:
    """``value`` with lone surrogates replaced (U+FFFD), so it always encodes as UTF-8.

    JSON escapes may carry them (``"\\ud800"``); one left in a record would make its
    serialisation fail far from where it came in.
    """
    if value.isascii():
        return value
    return _SURROGATES.sub("\ufffd", value)


@functools.cache
def _dropped_characters() -> re.Pattern[str]:
    """Format characters (bidi overrides, zero-width marks, tag characters): Unicode's Cf."""
    format_chars = "".join(
        re.escape(chr(c)) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
    )
    return re.compile(f"[{format_chars}]+")


# Control characters (Unicode Cc) become spaces: a \\x0b between two words must not glue them.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def clean_text(value: str) -> str:
    """NFC-normalise, drop control, format and surrogate characters, collapse whitespace."""
    value = unicodedata.normalize("NFC", safe_text(value))
    value = _CONTROLS.sub(" ", value)
    if not value.isascii():
        value = _dropped_characters().sub("", value)
    return _SPACES.sub(" ", value).strip()


def strip_html(value: str) -> str:
    """Reader-visible text of an HTML fragment, entities decoded, whitespace collapsed.

    The result holds no markup: publishers escape HTML twice or more (``&amp;lt;p&amp;gt;``),
    so extraction repeats while tags remain, and any ``<`` still opening markup after that
    (deliberately broken tags) gets a space after it, which no HTML parser reads as a tag.
    """
    if "<" not in value and "&" not in value:
        return _no_markup(clean_text(value))
    # Text is kept up to TEXT_LIMIT characters; this much HTML always holds more than that.
    text = _extract(value[:HTML_INPUT_LIMIT])
    for _ in range(_MAX_STRIP_PASSES):
        if not _TAG.search(text):
            break
        text = _extract(text)
    return _no_markup(clean_text(text))


def _no_markup(text: str) -> str:
    if "<" not in text:
        return text
    return _SPACES.sub(" ", _MARKUP_OPEN.sub("< ", text))


def _extract(value: str) -> str:
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    return "".join(parser.parts)


def truncate(value: str, limit: int) -> tuple[str, bool]:
    """Cut at a word boundary near ``limit`` (with an ellipsis); say whether anything was cut."""
    if len(value) <= limit:
        return value, False
    cut = value[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…", True


def normalize_language(value: object) -> str | None:
    """``es-PE`` → ``es``: downstream models are per language, not per region."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not _LANGUAGE_TAG.match(value):
        return None
    return re.split(r"[-_]", value, maxsplit=1)[0].lower()


def _http_url(value: object) -> str | None:
    """An http(s) URL safe to pass on (see the module docstring), or ``None``."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) > URL_LIMIT or not value.isprintable() or any(c.isspace() for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return safe_text(value).translate(_URL_ESCAPES)


# --------------------------------------------------------------------------- feeds


@dataclass(frozen=True, slots=True)
class FeedParseResult:
    """What one feed body gave: signals, dead letters, and the parser's complaint if any.

    ``warning`` is set when feedparser recovered from a broken document (a "bozo" feed that still
    had entries): the entries are kept, the adapter logs and counts the warning.
    """

    signals: tuple[Signal, ...] = ()
    dead_letters: tuple[DeadLetter, ...] = ()
    warning: str | None = None
    feed_title: str | None = None

    @property
    def malformed(self) -> bool:
        return any(d.reason is DeadLetterReason.MALFORMED_FEED for d in self.dead_letters)


def body_preview(body: bytes, limit: int = PAYLOAD_LIMIT) -> str:
    """The start of a body as text, for a dead letter's payload (bad bytes replaced, not fatal)."""
    return body[:limit].decode("utf-8", errors="replace")


def _struct_to_datetime(value: Any) -> datetime | None:
    # feedparser returns time.struct_time already converted to UTC; some are out of range.
    if value is None:
        return None
    try:
        year, month, day, hour, minute, second = (int(v) for v in value[:6])
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _entry_published(
    entry: Mapping[str, Any], received_at: datetime
) -> tuple[datetime, dict[str, str]]:
    for key in ("published", "updated", "created"):
        parsed = _struct_to_datetime(entry.get(f"{key}_parsed"))
        if parsed is None:
            continue
        if parsed > received_at + FUTURE_SKEW:
            # A date in the future is a publisher's time-zone mistake; event time must not run
            # ahead of the clock or windows would count it in the wrong bucket.
            return received_at, {
                "published_at_source": "received",
                "published_at_claimed": format_time(parsed),
            }
        return parsed, {"published_at_source": key}
    return received_at, {"published_at_source": "received"}


def _entry_text(entry: Mapping[str, Any]) -> str:
    # Full content (content:encoded, Atom content) when present, else the summary/description;
    # whichever says more once the HTML is gone.
    candidates: list[str] = []
    for content in entry.get("content") or ():
        value = content.get("value") if isinstance(content, Mapping) else None
        if isinstance(value, str):
            candidates.append(strip_html(value))
    summary = entry.get("summary")
    if isinstance(summary, str):
        candidates.append(strip_html(summary))
    return max(candidates, key=len, default="")


def _entry_language(entry: Mapping[str, Any], feed_language: str | None) -> str | None:
    for key in ("title_detail", "summary_detail"):
        detail = entry.get(key)
        if isinstance(detail, Mapping):
            language = normalize_language(detail.get("language"))
            if language:
                return language
    for content in entry.get("content") or ():
        if isinstance(content, Mapping):
            language = normalize_language(content.get("language"))
            if language:
                return language
    return feed_language


def _entry_key(entry: Mapping[str, Any], title: str, text: str) -> str:
    """The entry's own identity: guid/id, else link, else title and date, else its text."""
    for key in ("id", "link"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return safe_text(f"{key}:{value.strip()}")
    date = entry.get("published") or entry.get("updated") or ""
    if title:
        return safe_text(f"title:{title}\x1f{date}")
    return "text:" + stable_id(text)


def _entry_payload(entry: Mapping[str, Any]) -> str:
    # feedparser dicts hold struct_time and nested dicts; ``default=str`` keeps it lossless enough.
    text = json.dumps(entry, ensure_ascii=False, default=str, sort_keys=True)[:PAYLOAD_LIMIT]
    return safe_text(text)


def _entry_signal(
    feed_id: str,
    entry: Mapping[str, Any],
    received_at: datetime,
    language: str | None,
    feed_title: str | None,
) -> Signal | DeadLetter:
    raw_title = entry.get("title")
    title = strip_html(raw_title) if isinstance(raw_title, str) else ""
    title, title_cut = truncate(title, TITLE_LIMIT)
    text = _entry_text(entry)
    if not title and not text:
        return DeadLetter(
            stage=Stage.COLLECT_RSS.value,
            reason=DeadLetterReason.ENTRY_WITHOUT_TEXT,
            payload=_entry_payload(entry),
            error="entry has neither a title nor a summary/content",
            first_seen=received_at,
            source=feed_id,
        )
    text, text_cut = truncate(text, TEXT_LIMIT)
    published_at, raw = _entry_published(entry, received_at)
    if feed_title:
        raw["feed_title"] = feed_title[:RAW_VALUE_LIMIT]
    tags = [t.get("term") for t in entry.get("tags") or () if isinstance(t, Mapping)]
    terms = [strip_html(t) for t in tags if isinstance(t, str) and t.strip()]
    if terms:
        raw["categories"] = ", ".join(terms)[:RAW_VALUE_LIMIT]
    author = entry.get("author")
    if isinstance(author, str) and author.strip():
        raw["author"] = strip_html(author)[:RAW_VALUE_LIMIT]
    if title_cut or text_cut:
        raw["truncated"] = "true"
    return Signal(
        id=Signal.make_id(feed_id, _entry_key(entry, title, text)),
        source=feed_id,
        kind=SignalKind.NEWS,
        title=title,
        text=text,
        url=_http_url(entry.get("link")),
        language=_entry_language(entry, language),
        published_at=published_at,
        received_at=received_at,
        raw=raw,
    )


def parse_feed(
    feed_id: str,
    body: bytes,
    received_at: datetime,
    language: str | None,
    *,
    content_type: str | None = None,
) -> FeedParseResult:
    """Parse an RSS/Atom/RDF (or JSON Feed) body into news signals; never raises on bad input.

    ``language`` is the configured fallback when neither entry nor feed declares one.
    ``content_type`` (the HTTP header, if known) helps feedparser pick the encoding.
    """
    parsed = _json_feed(body)
    if parsed is None:
        headers = {"content-type": content_type} if content_type else None
        # A stream, never bytes or str: feedparser treats a string as a URL or file name to open.
        # Its HTML sanitiser and URI resolver are off: strip_html keeps only text (dropping
        # script and style content), and they cost two thirds of the parse time.
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    entries: Sequence[Mapping[str, Any]] = parsed.get("entries") or ()
    if not entries and (bozo is not None or not parsed.get("version")):
        error = str(bozo) if bozo is not None else "no RSS, Atom or RDF feed recognised"
        return FeedParseResult(
            dead_letters=(
                DeadLetter(
                    stage=Stage.COLLECT_RSS.value,
                    reason=DeadLetterReason.MALFORMED_FEED,
                    payload=body_preview(body),
                    error=f"{type(bozo).__name__}: {error}" if bozo is not None else error,
                    first_seen=received_at,
                    source=feed_id,
                ),
            )
        )
    feed_meta: Mapping[str, Any] = parsed.get("feed") or {}
    raw_feed_title = feed_meta.get("title")
    feed_title = strip_html(raw_feed_title) if isinstance(raw_feed_title, str) else None
    feed_language = normalize_language(feed_meta.get("language")) or normalize_language(language)
    signals: list[Signal] = []
    dead_letters: list[DeadLetter] = []
    for entry in entries:
        result = _entry_signal(feed_id, entry, received_at, feed_language, feed_title or None)
        if isinstance(result, Signal):
            signals.append(result)
        else:
            dead_letters.append(result)
    return FeedParseResult(
        signals=tuple(signals),
        dead_letters=tuple(dead_letters),
        warning=f"{type(bozo).__name__}: {bozo}" if bozo is not None else None,
        feed_title=feed_title or None,
    )


def _json_time(value: object) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return parse_time(value, "date").utctimetuple()
    except InvalidRecord:
        return None


def _json_feed(body: bytes) -> dict[str, Any] | None:
    """A JSON Feed (jsonfeed.org) reshaped like feedparser's result; ``None`` if it is not one.

    feedparser only reads XML; some publishers only offer JSON Feed, and it is simple enough
    to map onto the same entry fields so the rest of the pipeline does not care.
    """
    if body.lstrip()[:1] != b"{":
        return None
    try:
        document = json.loads(body)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError both are
        return None
    if not isinstance(document, dict) or "jsonfeed.org" not in str(document.get("version")):
        return None
    entries: list[dict[str, Any]] = []
    items = document.get("items")
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        author = authors[0].get("name") if authors and isinstance(authors[0], dict) else None
        tags: list[Any] = item["tags"] if isinstance(item.get("tags"), list) else []
        entries.append(
            {
                "id": str(item["id"]) if item.get("id") is not None else None,
                "link": item.get("url"),
                "title": item.get("title"),
                "summary": item.get("summary") or item.get("content_text"),
                "content": [
                    {"value": v}
                    for k in ("content_html", "content_text")
                    if isinstance(v := item.get(k), str)
                ],
                "published": item.get("date_published"),
                "published_parsed": _json_time(item.get("date_published")),
                "updated": item.get("date_modified"),
                "updated_parsed": _json_time(item.get("date_modified")),
                "tags": [{"term": t} for t in tags],
                "author": author,
                "summary_detail": {"language": item.get("language")},
            }
        )
    return {
        "version": "json" + str(document.get("version")).rstrip("/").rsplit("/", 1)[-1],
        "feed": {"title": document.get("title"), "language": document.get("language")},
        "entries": entries,
    }


# --------------------------------------------------------------------------- intake


class InvalidIntakeField(InvalidRecord):
    """An intake object that is not a valid signal; ``field`` names the culprit (or ``None``)."""

    def __init__(self, field_name: str | None, message: str) -> None:
        prefix = f"{field_name}: " if field_name else ""
        super().__init__(DeadLetterReason.INVALID_SIGNAL, prefix + message)
        self.field = field_name
        self.problem = message


_INTAKE_FIELDS = frozenset(
    {
        "id",
        "title",
        "text",
        "published_at",
        "lat",
        "lon",
        "language",
        "url",
        "kind",
        "raw",
        "metadata",
    }
)


def _optional_str(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidIntakeField(key, f"must be a string, not {_json_type(value)}")
    return value


def _json_type(value: object) -> str:
    names = {
        bool: "boolean",
        int: "number",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _coordinate(obj: Mapping[str, Any], key: str, bound: float) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidIntakeField(key, f"must be a number, not {_json_type(value)}")
    number = float(value)
    if not math.isfinite(number) or not -bound <= number <= bound:
        raise InvalidIntakeField(key, f"must be between {-bound:g} and {bound:g}, got {value!r}")
    return number


def _intake_raw(obj: Mapping[str, Any]) -> dict[str, str]:
    if "raw" in obj and "metadata" in obj:
        raise InvalidIntakeField("metadata", "send either raw or metadata, not both")
    key = "metadata" if "metadata" in obj else "raw"
    value = obj.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InvalidIntakeField(key, f"must be an object of strings, not {_json_type(value)}")
    if len(value) > RAW_KEYS_LIMIT:
        raise InvalidIntakeField(key, f"at most {RAW_KEYS_LIMIT} entries")
    out: dict[str, str] = {}
    for name, item in value.items():
        if not isinstance(item, str):
            raise InvalidIntakeField(
                f"{key}.{name}", f"must be a string (flat object), not {_json_type(item)}"
            )
        if len(name) > 64 or len(item) > RAW_VALUE_LIMIT:
            raise InvalidIntakeField(
                f"{key}.{name}", f"keys up to 64 and values up to {RAW_VALUE_LIMIT} characters"
            )
        # Kept as metadata, but plain text like every other field (see the module docstring).
        out[clean_text(name)] = strip_html(item)
    return out


def signal_from_intake(obj: Mapping[str, Any], reporter: str, received_at: datetime) -> Signal:
    """Validate one field report (parsed JSON) into a Signal; raise ``InvalidIntakeField``.

    The id is stable: the client's ``id`` if given, else a hash of the content, so a client
    retrying after a timeout cannot create a second signal.
    """
    if not isinstance(obj, Mapping):
        raise InvalidIntakeField(None, f"a signal must be a JSON object, not {_json_type(obj)}")
    unknown = sorted(str(k) for k in obj if k not in _INTAKE_FIELDS)
    if unknown:
        # Refused, not ignored: a misspelt "publishedAt" must not silently lose the date.
        raise InvalidIntakeField(
            unknown[0], f"unknown field; allowed: {', '.join(sorted(_INTAKE_FIELDS))}"
        )

    client_id = _optional_str(obj, "id")
    if client_id is not None:
        client_id = safe_text(client_id)
    if client_id is not None and not 1 <= len(client_id.strip()) <= ID_LIMIT:
        raise InvalidIntakeField("id", f"must be 1 to {ID_LIMIT} characters")

    if "title" not in obj:
        raise InvalidIntakeField("title", "is required")
    raw_title = obj["title"]
    if not isinstance(raw_title, str):
        raise InvalidIntakeField("title", f"must be a string, not {_json_type(raw_title)}")
    title = strip_html(raw_title)
    if not 1 <= len(title) <= TITLE_LIMIT:
        raise InvalidIntakeField("title", f"must be 1 to {TITLE_LIMIT} characters, not blank")

    text, text_cut = truncate(strip_html(_optional_str(obj, "text") or ""), TEXT_LIMIT)

    if "published_at" not in obj:
        raise InvalidIntakeField("published_at", "is required (RFC 3339 with a timezone)")
    try:
        published_at = parse_time(obj["published_at"], "published_at")
    except InvalidRecord as exc:
        raise InvalidIntakeField("published_at", exc.message.removeprefix("published_at ")) from exc
    if published_at > received_at + FUTURE_SKEW:
        raise InvalidIntakeField(
            "published_at",
            f"is in the future ({format_time(published_at)} > {format_time(received_at)}); "
            "check the device clock and timezone",
        )

    lat = _coordinate(obj, "lat", 90.0)
    lon = _coordinate(obj, "lon", 180.0)
    if (lat is None) != (lon is None):
        raise InvalidIntakeField("lon" if lon is None else "lat", "lat and lon go together")

    language_value = _optional_str(obj, "language")
    language = normalize_language(language_value) if language_value is not None else None
    if language_value is not None and language is None:
        raise InvalidIntakeField(
            "language", f"not a language tag like 'es' or 'es-PE': {language_value!r}"
        )

    url_value = _optional_str(obj, "url")
    url = _http_url(url_value) if url_value is not None else None
    if url_value is not None and url is None:
        raise InvalidIntakeField("url", f"must be an http(s) URL up to {URL_LIMIT} characters")

    kind_value = obj.get("kind", SignalKind.FIELD.value)
    try:
        kind = SignalKind(kind_value)
    except ValueError:
        raise InvalidIntakeField("kind", f"must be 'field' or 'news', not {kind_value!r}") from None

    raw = _intake_raw(obj)
    if text_cut:
        raw["truncated"] = "true"

    source = f"intake:{reporter}"
    key = (
        f"id:{client_id.strip()}"
        if client_id is not None
        else "content:" + stable_id(title, text, format_time(published_at), str(lat), str(lon))
    )
    return Signal(
        id=Signal.make_id(source, key),
        source=source,
        kind=kind,
        title=title,
        text=text,
        url=url,
        language=language,
        published_at=published_at,
        received_at=received_at,
        lat=lat,
        lon=lon,
        raw=raw,
    )
