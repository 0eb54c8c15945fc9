"""Topic names and their explicit creation (brokers auto-create unknown topics badly)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from earlywarn.errors import BrokerError


@dataclass(frozen=True, slots=True)
class TopicNames:
    """The topics of the signal's path, all under one prefix."""

    prefix: str = "earlywarn"

    @property
    def signals(self) -> str:
        return f"{self.prefix}.signals"

    @property
    def incidents(self) -> str:
        return f"{self.prefix}.incidents"

    @property
    def escalations(self) -> str:
        return f"{self.prefix}.escalations"

    @property
    def alerts(self) -> str:
        return f"{self.prefix}.alerts"

    @property
    def deadletter(self) -> str:
        return f"{self.prefix}.deadletter"

    @property
    def state(self) -> str:
        """Detector state per department (latest record per key; compact it on Kafka)."""
        return f"{self.prefix}.state"

    @property
    def outbox(self) -> str:
        """Pending webhook deliveries (one record per queue change; compact on Kafka)."""
        return f"{self.prefix}.outbox"

    def compacted(self) -> frozenset[str]:
        """Topics where only the latest record per key matters (compacted on Kafka)."""
        return frozenset({self.outbox, self.state})

    def all(self) -> tuple[str, ...]:
        return (
            self.signals,
            self.incidents,
            self.escalations,
            self.alerts,
            self.deadletter,
            self.outbox,
            self.state,
        )


async def ensure_topics(
    bootstrap: str,
    names: tuple[str, ...],
    partitions: int,
    timeout: float = 30.0,
    compacted: frozenset[str] = frozenset(),
) -> list[str]:
    """Create the topics that do not exist yet; return the ones created.

    Topics in ``compacted`` get ``cleanup.policy=compact`` (Kafka keeps the latest record per
    key; tansu accepts the setting and never compacts). Retries while the broker is still
    coming up; raises BrokerError if it never answers.
    """
    deadline = asyncio.get_running_loop().time() + timeout
    last_error: Exception | None = None
    while asyncio.get_running_loop().time() < deadline:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            missing = [n for n in names if n not in existing]
            created: list[str] = []
            for name in missing:
                try:
                    configs = {"cleanup.policy": "compact"} if name in compacted else {}
                    await admin.create_topics(
                        [
                            NewTopic(
                                name,
                                num_partitions=partitions,
                                replication_factor=1,
                                topic_configs=configs,
                            )
                        ]
                    )
                    created.append(name)
                except TopicAlreadyExistsError:
                    pass
            return created
        except (KafkaConnectionError, KafkaError, OSError) as exc:
            last_error = exc
            await asyncio.sleep(0.2)
        finally:
            await admin.close()
    raise BrokerError(
        f"could not create topics on {bootstrap}: {last_error!r}; is the broker reachable?"
    )
