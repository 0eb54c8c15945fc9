"""Where earlywarn may open outgoing connections: the SSRF guard shared by feeds and webhooks.

A URL taken from configuration or from a redirect may point inside the network earlywarn
runs in (cloud metadata at 169.254.169.254, an admin port on 127.0.0.1, a router on
192.168.0.1). Only globally routable unicast addresses are allowed, unless the address falls
in a network the configuration allows explicitly (``collect.allow_private_networks``,
``alert.allow_private_networks``).

Pure: no sockets. Host names are resolved through an injected ``Resolver`` (the adapters pass
one over the event loop's ``getaddrinfo``; tests pass a table). Every address a name resolves
to must pass, since the client may connect to any of them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: ``await resolve(host, port)`` → the IP addresses (as text) the host name stands for.
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]

ALLOWED_SCHEMES = frozenset({"http", "https"})

# Python 3.11's ``is_global`` misses a few ranges that are not reachable on the internet.
_NOT_GLOBAL = (
    ipaddress.ip_network("100.64.0.0/10"),  # carrier-grade NAT (shared address space)
    ipaddress.ip_network("192.0.0.0/24"),  # IETF protocol assignments
    ipaddress.ip_network("198.18.0.0/15"),  # benchmarking
    ipaddress.ip_network("64:ff9b:1::/48"),  # local-use NAT64
)


class DestinationRefused(Exception):
    """A URL or address the policy does not allow; the message says why and what to set."""


def parse_address(text: str) -> IPAddress:
    """An IP address from text, IPv6 zone (``%eth0``) dropped; ``ValueError`` if not one."""
    return ipaddress.ip_address(text.split("%", 1)[0])


def _embedded(ip: IPAddress) -> list[IPAddress]:
    """Any IPv4 address tunnelled inside an IPv6 one, then the address itself.

    The tunnelled address comes first: it is where the packets end up, and it names the
    class better (``::ffff:127.0.0.1`` is loopback, not merely "reserved").
    """
    out: list[IPAddress] = []
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            out.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            out.append(ip.sixtofour)
        if ip.teredo is not None:
            out.extend(ip.teredo)
        if ip in ipaddress.ip_network("64:ff9b::/96"):  # NAT64 well-known prefix
            out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    out.append(ip)
    return out


def address_class(ip: IPAddress) -> str | None:
    """``None`` for a public unicast address, else the name of the range it belongs to."""
    for candidate in _embedded(ip):
        kind = _single_class(candidate)
        if kind is not None:
            return kind
    return None


def _single_class(ip: IPAddress) -> str | None:
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local"
    if any(ip.version == net.version and ip in net for net in _NOT_GLOBAL):
        return "non-global"
    if not ip.is_global:
        return "non-global"
    return None


def parse_networks(cidrs: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDRs (``"127.0.0.1/32"``, ``"10.0.0.0/8"``, ``"::1"``) as networks, else ``ValueError``."""
    return tuple(ipaddress.ip_network(c.strip(), strict=False) for c in cidrs)


@dataclass(frozen=True, slots=True)
class NetPolicy:
    """Public unicast addresses, plus the networks in ``allowed``.

    ``setting`` names the configuration key that widens the policy, so a refusal says exactly
    what an operator would change.
    """

    allowed: tuple[IPNetwork, ...] = ()
    setting: str = "allow_private_networks"

    @classmethod
    def from_cidrs(cls, cidrs: Iterable[str], setting: str) -> NetPolicy:
        return cls(parse_networks(cidrs), setting)

    def is_allowed(self, ip: IPAddress) -> bool:
        return any(
            candidate.version == net.version and candidate in net
            for candidate in _embedded(ip)
            for net in self.allowed
        ) or (address_class(ip) is None)

    def address_refusal(self, address: str) -> str | None:
        """Why ``address`` may not be connected to, or ``None`` when it may."""
        try:
            ip = parse_address(address)
        except ValueError:
            return f"{address!r} is not an IP address"
        if self.is_allowed(ip):
            return None
        return (
            f"{ip} is a {address_class(ip)} address; add its network to {self.setting} "
            "if it is meant to be reached"
        )

    async def check_host(self, host: str, port: int, resolve: Resolver) -> tuple[str, ...]:
        """The addresses of ``host`` once each passed; ``DestinationRefused`` otherwise.

        An IP literal is checked as it is; a name is resolved with ``resolve`` (its failure,
        an ``OSError``, propagates: that is "unreachable", not "refused").
        """
        host = host.strip("[]")
        try:
            parse_address(host)
            addresses: Sequence[str] = (host,)
        except ValueError:
            addresses = await resolve(host, port)
        if not addresses:
            raise OSError(f"{host} resolves to no address")
        for address in addresses:
            why = self.address_refusal(address)
            if why is not None:
                shown = host if address == host else f"{host} ({address})"
                raise DestinationRefused(f"{shown}: {why}")
        return tuple(addresses)

    async def check_url(self, url: str, resolve: Resolver) -> tuple[str, ...]:
        """Check scheme, host and every address of ``url``; see ``check_host``."""
        host, port = url_host(url)
        return await self.check_host(host, port, resolve)


def url_host(url: str) -> tuple[str, int]:
    """``(host, port)`` of an http(s) URL; ``DestinationRefused`` for anything else.

    Legacy numeric IPv4 spellings (``2130706433``, ``127.1``, ``0x7f.1``) are refused: some
    resolvers map them onto addresses the policy would never see as such.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise DestinationRefused(f"not a usable URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise DestinationRefused(f"scheme {scheme or '(none)'!r} is not http or https")
    host = parts.hostname
    if not host:
        raise DestinationRefused("URL has no host")
    bare = host.strip("[]")
    try:
        parse_address(bare)
    except ValueError:
        labels = bare.rstrip(".").split(".")
        if labels and all(_numeric_label(label) for label in labels):
            raise DestinationRefused(f"{host!r} is not a canonical IP address") from None
    return bare, port if port is not None else (443 if scheme == "https" else 80)


def _numeric_label(label: str) -> bool:
    low = label.lower()
    if low.startswith("0x"):
        return all(c in "0123456789abcdef" for c in low[2:])
    return low.isdigit()
