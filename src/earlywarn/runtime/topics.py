"""Topic names and their explicit creation (brokers auto-create unknown topics badly)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from earlywarn.errors import BrokerError, StartupError


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

    def copartitioned(self) -> tuple[tuple[str, str], ...]:
        """Pairs read together by partition: the detector's state per incidents partition, the
        outbox per alerts partition. Their partition counts must be equal."""
        return ((self.incidents, self.state), (self.alerts, self.outbox))

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
    copartitioned: tuple[tuple[str, str], ...] = (),
) -> list[str]:
    """Create the topics that do not exist yet; return the ones created.

    Topics in ``compacted`` get ``cleanup.policy=compact`` (Kafka keeps the latest record per
    key; tansu accepts the setting and never compacts). Retries while the broker is still
    coming up; raises BrokerError if it never answers. Each pair in ``copartitioned`` must
    have as many partitions (a topic made earlier with another count would leave a partition's
    state or outbox unwritable, and its agent waiting forever): StartupError otherwise.
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
            if copartitioned:
                _check_copartitioned(await admin.describe_topics(list(names)), copartitioned)
            return created
        except (KafkaConnectionError, KafkaError, OSError) as exc:
            last_error = exc
            await asyncio.sleep(0.2)
        finally:
            await admin.close()
    raise BrokerError(
        f"could not create topics on {bootstrap}: {last_error!r}; is the broker reachable?"
    )


def _check_copartitioned(
    described: list[dict[str, object]], pairs: tuple[tuple[str, str], ...]
) -> None:
    counts: dict[str, int] = {}
    for topic in described:
        partitions = topic.get("partitions")
        if isinstance(partitions, list):
            counts[str(topic.get("topic"))] = len(partitions)
    for first, second in pairs:
        a, b = counts.get(first), counts.get(second)
        if a is not None and b is not None and a != b:
            raise StartupError(
                f"topic {first} has {a} partitions but {second} has {b}; they are read "
                f"together by partition and must have as many. Recreate {second} with {a} "
                "partitions (it holds state that workers rebuild or resend), or use another "
                "kafka.topic_prefix"
            )
