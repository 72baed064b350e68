"""Consumer groups share a topic's partitions, with every client's assignors:
librdkafka (confluent_kafka) range, roundrobin and cooperative-sticky,
kafka-python's default (range) and kafkajs's default (round robin). Each
consumer runs in its own process (group_harness.Worker); the broker's
DescribeGroups and each client's own view must agree."""
import pytest

import group_harness as gh
from group_harness import create_topic, produce, wait_converged

BROKER_OVERRIDES = gh.BROKER_OVERRIDES

# (client, assignor setting, the protocol name the group must choose)
CASES = {
    "librdkafka-range": ("confluent", {"partition.assignment.strategy": "range"}, "range"),
    "librdkafka-roundrobin": ("confluent", {"partition.assignment.strategy": "roundrobin"},
                              "roundrobin"),
    "librdkafka-cooperative-sticky": ("confluent",
                                      {"partition.assignment.strategy": "cooperative-sticky"},
                                      "cooperative-sticky"),
    "kafka-python-default": ("kafka-python", {}, "range"),
    "kafkajs-default": ("kafkajs", {}, "RoundRobinAssigner"),
}


@pytest.fixture
def workers():
    w = gh.Workers()
    yield w
    w.cleanup()


@pytest.fixture(scope="module", autouse=True)
def kafkajs_installed():
    import subprocess
    subprocess.run([str(gh.JS / "install.sh")], check=True, timeout=300)


def consumed_by_owner(members, assignment, expected):
    """Every produced message was consumed exactly once, by the member that
    owns its partition, with its exact offset, key and value."""
    got = {}
    for w in members:
        for topic, p, offset, key, value in w.messages():
            assert (topic, p) in assignment[w.name], f"{w.name} consumed {topic}/{p} it does not own"
            got.setdefault((topic, p), []).append((offset, key, value))
    return got == expected


@pytest.mark.parametrize("case", CASES)
def test_two_consumers_share_four_partitions(broker, topic_name, workers, case):
    client, config, protocol = CASES[case]
    create_topic(broker.bootstrap, topic_name, 4)
    group = f"g-{topic_name}"
    members = [workers.start(client, broker.bootstrap, group, [topic_name], f"{case}-{i}", config)
               for i in range(2)]
    everything = {(topic_name, p) for p in range(4)}
    assignment = wait_converged(members, everything, broker.bootstrap, group, idle=0)
    assert all(len(a) >= 1 for a in assignment.values()), assignment
    g = gh.describe_group(broker.bootstrap, group)
    assert (g["protocol_type"], g["protocol"]) == ("consumer", protocol)
    if protocol in ("range", "roundrobin", "cooperative-sticky", "RoundRobinAssigner"):
        assert sorted(len(a) for a in assignment.values()) == [2, 2]
    expected = produce(broker.bootstrap, topic_name, 4, 5)
    gh.wait_until(lambda: consumed_by_owner(members, assignment, expected), 30,
                  f"every message consumed once by its partition's owner: "
                  f"{[w.messages() for w in members]}")


@pytest.mark.parametrize("case", CASES)
def test_five_consumers_on_three_partitions_two_idle_then_one_leaves(broker, topic_name, workers,
                                                                     case):
    client, config, protocol = CASES[case]
    create_topic(broker.bootstrap, topic_name, 3)
    group = f"g-{topic_name}"
    members = [workers.start(client, broker.bootstrap, group, [topic_name], f"{case}-{i}", config)
               for i in range(5)]
    everything = {(topic_name, p) for p in range(3)}
    assignment = wait_converged(members, everything, broker.bootstrap, group, idle=2)
    assert sorted(len(a) for a in assignment.values()) == [0, 0, 1, 1, 1]

    # A member that owns a partition leaves cleanly; the other four take over.
    leaver = next(w for w in members if assignment[w.name])
    leaver.close()
    rest = [w for w in members if w is not leaver]
    after = wait_converged(rest, everything, broker.bootstrap, group, idle=1)
    assert sorted(len(a) for a in after.values()) == [0, 1, 1, 1]
    g = gh.describe_group(broker.bootstrap, group)
    assert (g["protocol_type"], g["protocol"]) == ("consumer", protocol)
    assert len(g["members"]) == 4

    expected = produce(broker.bootstrap, topic_name, 3, 4)
    gh.wait_until(lambda: consumed_by_owner(rest, after, expected), 30,
                  f"every message consumed once by its partition's owner after the leave: "
                  f"{[w.messages() for w in rest]}")
