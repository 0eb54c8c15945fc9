"""The network side of the SSRF guard for feeds: a real resolver and a guarded HTTP session.

``netpolicy`` decides; this module asks the operating system. The poller checks each URL
(and each redirect) before requesting it; the session's resolver checks again on the
addresses actually connected to, so a name that resolves to a public address for the check
and to 127.0.0.1 a moment later (DNS rebinding) is refused as well.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Sequence

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from earlywarn.config import CollectConfig
from earlywarn.netpolicy import NetPolicy

FEED_POLICY_SETTING = "collect.allow_private_networks"


def feed_policy(cfg: CollectConfig) -> NetPolicy:
    """The policy for feed URLs from ``collect.allow_private_networks``."""
    return NetPolicy.from_cidrs(cfg.allow_private_networks, FEED_POLICY_SETTING)


async def system_resolver(host: str, port: int) -> Sequence[str]:
    """Every address ``host`` resolves to (``OSError`` when it does not resolve)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class AddressRefused(OSError):
    """Raised inside the connector: aiohttp reports it as a connection error."""


class PolicyResolver(AbstractResolver):
    """An aiohttp resolver that refuses addresses the policy does not allow."""

    def __init__(self, policy: NetPolicy, inner: AbstractResolver | None = None) -> None:
        self.policy = policy
        self.inner = inner if inner is not None else DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self.inner.resolve(host, port, family)
        for result in results:
            why = self.policy.address_refusal(result["host"])
            if why is not None:
                raise AddressRefused(f"{host} ({result['host']}): {why}")
        return results

    async def close(self) -> None:
        await self.inner.close()


def feed_session(cfg: CollectConfig) -> aiohttp.ClientSession:
    """A client session for feed polling whose every connection passes the feed policy.

    aiohttp does not call the resolver for IP-literal hosts; the poller's own check covers
    those (an IP literal cannot be rebound).
    """
    connector = aiohttp.TCPConnector(resolver=PolicyResolver(feed_policy(cfg)))
    return aiohttp.ClientSession(connector=connector)
