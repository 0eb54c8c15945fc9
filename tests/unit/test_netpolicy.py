"""The SSRF policy: which addresses outgoing connections may reach, and why not."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from earlywarn.netpolicy import (
    DestinationRefused,
    NetPolicy,
    address_class,
    parse_address,
    url_host,
)

POLICY = NetPolicy.from_cidrs([], "collect.allow_private_networks")


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fc00::1", "private"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-global"),
        ("::ffff:127.0.0.1", "loopback"),
        ("2002:7f00:1::", "loopback"),
        ("64:ff9b::a00:1", "private"),
        ("8.8.8.8", None),
        ("2a00:1450:4001:82a::200e", None),
    ],
)
def test_address_classes(address: str, kind: str | None) -> None:
    """Loopback, private, link-local and other non-global ranges are named; public ones pass."""
    assert address_class(parse_address(address)) == kind


def test_refusal_names_the_setting() -> None:
    """A refused address says what it is and which setting would allow it."""
    why = POLICY.address_refusal("169.254.169.254")
    assert why is not None
    assert "link-local" in why and "collect.allow_private_networks" in why
    assert POLICY.address_refusal("93.184.216.34") is None


def test_allow_list_admits_only_listed_networks() -> None:
    """An allowed CIDR admits its addresses (also IPv4-mapped), and nothing else private."""
    policy = NetPolicy.from_cidrs(["127.0.0.1/32"], "x")
    assert policy.address_refusal("127.0.0.1") is None
    assert policy.address_refusal("::ffff:127.0.0.1") is None
    assert policy.address_refusal("127.0.0.2") is not None
    assert policy.address_refusal("10.0.0.1") is not None


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://127.0.0.1/",
        "http:///nohost",
        "http://2130706433/",
        "http://127.1/",
        "http://0x7f.0.0.1/",
        "http://[::1/",
        "http://host:99999/",
    ],
)
def test_unusable_urls_are_refused(url: str) -> None:
    """Other schemes, missing hosts, bad ports and legacy numeric IPv4 spellings are refused."""
    with pytest.raises(DestinationRefused):
        url_host(url)


def test_url_host_and_default_ports() -> None:
    """Host and port come from the URL, with 80/443 by scheme."""
    assert url_host("https://Example.pe/feed") == ("example.pe", 443)
    assert url_host("http://[::1]:8080/x") == ("::1", 8080)


class TableResolver:
    """A resolver over a fixed table, counting lookups."""

    def __init__(self, table: dict[str, Sequence[str]]) -> None:
        self.table = table
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> Sequence[str]:
        self.lookups.append(host)
        if host not in self.table:
            raise OSError(f"{host}: name does not resolve")
        return self.table[host]


async def test_names_are_resolved_and_every_address_checked() -> None:
    """A name passes only if every address it resolves to passes (one private is enough to refuse)."""
    resolve = TableResolver(
        {"news.example": ["93.184.216.34"], "mixed.example": ["93.184.216.34", "10.0.0.5"]}
    )
    assert await POLICY.check_url("https://news.example/rss", resolve) == ("93.184.216.34",)
    with pytest.raises(DestinationRefused, match=r"mixed\.example \(10\.0\.0\.5\)"):
        await POLICY.check_url("https://mixed.example/rss", resolve)


async def test_ip_literals_are_not_resolved() -> None:
    """An IP literal is checked as it is, without a lookup."""
    resolve = TableResolver({})
    with pytest.raises(DestinationRefused, match="loopback"):
        await POLICY.check_url("http://127.0.0.1:8080/feed", resolve)
    assert resolve.lookups == []


async def test_resolution_failure_is_an_os_error_not_a_refusal() -> None:
    """A name that does not resolve is 'unreachable' (OSError), not a policy refusal."""
    with pytest.raises(OSError, match="does not resolve"):
        await POLICY.check_url("http://nowhere.example/", TableResolver({}))
