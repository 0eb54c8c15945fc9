"""SSRF guard: webhook URLs may not reach loopback, private, link-local or other non-global
addresses unless the configuration allows those networks (``alert.allow_private_networks``).

The check runs inside the HTTP client's DNS resolver, on the addresses actually connected
to, so a name that resolves to a public address at one moment and to 127.0.0.1 the next
(DNS rebinding) is refused as well; URLs with an IP literal, which aiohttp does not resolve,
are checked before the request. A refusal is permanent: the delivery is parked as a dead
letter (``webhook_url_refused``), never retried.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from earlywarn.netpolicy import IPNetwork, NetPolicy, parse_networks

SETTING = "alert.allow_private_networks"


class URLRefused(OSError):
    """The webhook host resolves to an address the configuration does not allow."""


def networks(cidrs: Sequence[str]) -> tuple[IPNetwork, ...]:
    return parse_networks(cidrs)


def refusal(address: str, allowed: Sequence[IPNetwork]) -> str | None:
    """Why ``address`` may not be connected to, or None when it may (rules: netpolicy.py,
    shared with the feed pollers)."""
    return NetPolicy(tuple(allowed), SETTING).address_refusal(address)


def literal_refusal(host: str | None, allowed: Sequence[IPNetwork]) -> str | None:
    """Why a URL whose host is an IP literal may not be used (aiohttp skips the resolver
    for literals, so they are checked here); None for names and allowed addresses."""
    if not host:
        return "has no host"
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None
    return refusal(host, allowed)


class GuardedResolver(AbstractResolver):
    """aiohttp resolver that refuses non-global addresses outside the allowed networks."""

    def __init__(self, allowed: Sequence[str], inner: AbstractResolver | None = None) -> None:
        self.allowed = networks(allowed)
        self.inner = inner if inner is not None else DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            ipaddress.ip_address(host)
            literal = True
        except ValueError:
            literal = False
        if literal:
            results: list[ResolveResult] = [
                {
                    "hostname": host,
                    "host": host,
                    "port": port,
                    "family": socket.AF_INET6 if ":" in host else socket.AF_INET,
                    "proto": 0,
                    "flags": socket.AI_NUMERICHOST,
                }
            ]
        else:
            results = await self.inner.resolve(host, port, family)
        for result in results:
            why = refusal(result["host"], self.allowed)
            if why is not None:
                # The host name is fine to report; the URL (which may embed a token) is not.
                raise URLRefused(f"webhook host {host} {why}")
        return results

    async def close(self) -> None:
        await self.inner.close()


def guarded_connector(allowed: Sequence[str], **kwargs: Any) -> Any:
    """A ``TCPConnector`` whose every connection passes the guard."""
    from aiohttp import TCPConnector

    return TCPConnector(resolver=GuardedResolver(allowed), **kwargs)
