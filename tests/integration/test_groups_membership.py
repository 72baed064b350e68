"""Group membership over time, with librdkafka (confluent_kafka) consumers in
their own processes: a static member (group.instance.id) restarted within the
session timeout gets its partitions back without a rebalance; a consumer that
stops heartbeating (SIGSTOP) is expelled after the session timeout and its
partitions go to the others; 20 consumers joining and leaving repeatedly
converge to one stable, complete, disjoint assignment."""
import random
import time

import pytest

import group_harness as gh
from group_harness import SESSION_TIMEOUT_MS, create_topic, produce, wait_converged

BROKER_OVERRIDES = gh.BROKER_OVERRIDES


@pytest.fixture
def workers():
    w = gh.Workers()
    yield w
    w.cleanup()


def test_a_static_member_restarted_within_the_session_timeout_keeps_its_partitions(
        broker, topic_name, workers):
    create_topic(broker.bootstrap, topic_name, 4)
    group = f"g-{topic_name}"
    everything = {(topic_name, p) for p in range(4)}

    def static(name, instance):
        return workers.start("confluent", broker.bootstrap, group, [topic_name], name,
                             {"group.instance.id": instance,
                              "partition.assignment.strategy": "range"})

    a = static("static-a", "instance-a")
    b = static("static-b", "instance-b")
    before = wait_converged([a, b], everything, broker.bootstrap, group, idle=0)
    generation = b.generation
    assert generation is not None and generation == a.generation
    b_rebalances = len(b.rebalances())
    old_a_member = {m["client_id"]: m["member_id"]
                    for m in gh.describe_group(broker.bootstrap, group)["members"]}["static-a"]

    a.kill()  # no LeaveGroup: a static member's session outlives its process
    a2 = workers.start("confluent", broker.bootstrap, group, [topic_name], "static-a",
                       {"group.instance.id": "instance-a",
                        "partition.assignment.strategy": "range"})
    after = wait_converged([a2, b], everything, broker.bootstrap, group, idle=0, timeout=30)
    assert after == before
    assert a2.generation == generation, "the static rejoin started a new generation"
    g = gh.describe_group(broker.bootstrap, group)
    assert {m["client_id"] for m in g["members"]} == {"static-a", "static-b"}

    # Past the old process's session timeout: still no rebalance for anyone.
    time.sleep(SESSION_TIMEOUT_MS / 1000 + 1)
    assert wait_converged([a2, b], everything, broker.bootstrap, group, idle=0) == before
    assert len(b.rebalances()) == b_rebalances, f"b saw a rebalance: {b.rebalances()}"
    assert b.generation == generation and a2.generation == generation
    # Kafka gives the restarted instance a new member id.
    new_a_member = {m["client_id"]: m["member_id"]
                    for m in gh.describe_group(broker.bootstrap, group)["members"]}["static-a"]
    assert new_a_member != old_a_member


def test_a_consumer_that_stops_heartbeating_is_expelled_after_the_session_timeout(
        broker, topic_name, workers):
    create_topic(broker.bootstrap, topic_name, 4)
    group = f"g-{topic_name}"
    everything = {(topic_name, p) for p in range(4)}
    a, b = (workers.start("confluent", broker.bootstrap, group, [topic_name], name,
                          {"partition.assignment.strategy": "range"})
            for name in ("frozen", "survivor"))
    wait_converged([a, b], everything, broker.bootstrap, group, idle=0)

    a.stop()  # SIGSTOP: the process keeps its connections but sends nothing
    stopped = time.monotonic()
    wait_converged([b], everything, broker.bootstrap, group, timeout=SESSION_TIMEOUT_MS / 1000 + 20)
    elapsed = time.monotonic() - stopped
    # Not before the session timeout (less one heartbeat interval and slack).
    assert elapsed >= SESSION_TIMEOUT_MS / 1000 - 1.0, f"expelled after {elapsed:.1f}s"
    assert b.assignment == everything
    expected = produce(broker.bootstrap, topic_name, 4, 3)
    want = sorted((topic_name, p, o, k, v) for (t, p), msgs in expected.items() for o, k, v in msgs)
    gh.wait_until(lambda: sorted(m for m in b.messages() if m in want) == want, 30,
                  "the survivor consumes the frozen member's partitions")
    a.kill()


@pytest.mark.parametrize("assignor", ["range", "cooperative-sticky"])
def test_twenty_consumers_joining_and_leaving_converge(broker, topic_name, workers, assignor):
    create_topic(broker.bootstrap, topic_name, 24)
    group = f"g-{topic_name}"
    everything = {(topic_name, p) for p in range(24)}
    rng = random.Random(5)
    serial = iter(range(1000))

    def join():
        return workers.start("confluent", broker.bootstrap, group, [topic_name],
                             f"churn-{assignor}-{next(serial)}",
                             {"partition.assignment.strategy": assignor})

    live = [join() for _ in range(20)]
    wait_converged(live, everything, broker.bootstrap, group, timeout=90)
    for _ in range(3):
        leaving = rng.sample(live, 4)
        for w in leaving:
            w.send("close")
        live = [w for w in live if w not in leaving] + [join() for _ in range(4)]
        time.sleep(1.0)
        for w in leaving:
            w.close()
    final = wait_converged(live, everything, broker.bootstrap, group, timeout=90)
    assert len(final) == 20
    # 24 partitions over 20 members: every member has one or two.
    assert sorted(len(a) for a in final.values()) == [1] * 16 + [2] * 4, final
