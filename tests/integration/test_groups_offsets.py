"""Committed offsets: a consumer killed with kill -9 and restarted resumes at
its last commit, neither re-delivering a committed message nor skipping one;
committed offsets and the group itself survive a broker restart (SIGTERM and
SIGKILL). Consumers run in their own processes (group_harness.Worker)."""
import pathlib
import subprocess

import pytest
from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.admin import AdminClient

import group_harness as gh
from conftest import Broker, skip_if_external, stop_and_check
from group_harness import create_topic, produce, wait_converged

BROKER_OVERRIDES = gh.BROKER_OVERRIDES


@pytest.fixture
def workers():
    w = gh.Workers()
    yield w
    w.cleanup()


@pytest.fixture(scope="module", autouse=True)
def kafkajs_installed():
    subprocess.run([str(gh.JS / "install.sh")], check=True, timeout=300)


def committed(bootstrap, group, topic, partitions):
    """The group's committed offsets, fetched by a consumer that does not join."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False})
    try:
        tps = c.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=20)
        return {tp.partition: tp.offset for tp in tps}
    finally:
        c.close()


def messages_of(batches, topic, partitions):
    """The (topic, p, offset, key, value) tuples of produce() results, sorted."""
    return sorted((topic, p, o, k, v) for b in batches for p in range(partitions)
                  for (o, k, v) in b[(topic, p)])


def wait_consumed(worker, expected, what):
    gh.wait_until(lambda: sorted(worker.messages()) == expected
                  or len(worker.messages()) > len(expected), 40, what)
    assert sorted(worker.messages()) == expected, \
        f"{what}: got {sorted(worker.messages())}, expected {expected}"


@pytest.mark.parametrize("client", ["confluent", "kafka-python", "kafkajs"])
def test_kill_9_after_commit_resumes_at_the_commit(broker, topic_name, workers, client):
    create_topic(broker.bootstrap, topic_name, 3)
    group = f"g-{topic_name}"
    everything = {(topic_name, p) for p in range(3)}
    first = produce(broker.bootstrap, topic_name, 3, 10, tag="first")

    a = workers.start(client, broker.bootstrap, group, [topic_name], f"{client}-a")
    wait_converged([a], everything, broker.bootstrap, group)
    wait_consumed(a, messages_of([first], topic_name, 3), "the first batch")
    assert a.commit() == [[topic_name, p, 10] for p in range(3)]
    assert committed(broker.bootstrap, group, topic_name, 3) == {0: 10, 1: 10, 2: 10}

    # Consumed but not committed when the process dies.
    second = produce(broker.bootstrap, topic_name, 3, 7, tag="second")
    wait_consumed(a, messages_of([first, second], topic_name, 3), "the second batch")
    a.kill()
    assert committed(broker.bootstrap, group, topic_name, 3) == {0: 10, 1: 10, 2: 10}

    # The restarted consumer gets exactly what was not committed, then new messages.
    b = workers.start(client, broker.bootstrap, group, [topic_name], f"{client}-b")
    wait_converged([b], everything, broker.bootstrap, group, timeout=60)
    wait_consumed(b, messages_of([second], topic_name, 3), "the uncommitted batch, once")
    third = produce(broker.bootstrap, topic_name, 3, 3, tag="third")
    wait_consumed(b, messages_of([second, third], topic_name, 3), "the third batch")
    assert b.commit() == [[topic_name, p, 20] for p in range(3)]
    b.close()
    assert committed(broker.bootstrap, group, topic_name, 3) == {0: 20, 1: 20, 2: 20}


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_committed_offsets_and_the_group_survive_a_broker_restart(tmp_root, topic_name, workers,
                                                                  how, request):
    skip_if_external("restarts the broker")
    b = Broker(pathlib.Path(tmp_root) / "broker", overrides=BROKER_OVERRIDES).start()
    try:
        create_topic(b.bootstrap, topic_name, 2)
        group = f"g-{topic_name}"
        everything = {(topic_name, p) for p in range(2)}
        first = produce(b.bootstrap, topic_name, 2, 5, tag="first")
        w = workers.start("confluent", b.bootstrap, group, [topic_name], "survivor")
        wait_converged([w], everything, b.bootstrap, group)
        wait_consumed(w, messages_of([first], topic_name, 2), "the first batch")
        assert w.commit() == [[topic_name, 0, 5], [topic_name, 1, 5]]
        assert "__consumer_offsets" in AdminClient({"bootstrap.servers": b.bootstrap}) \
            .list_topics(timeout=10).topics
        before = gh.describe_group(b.bootstrap, group)
        generation = w.generation

        def restart():
            if how == "sigterm":
                assert b.stop() == 0, b.output()
            else:
                b.kill()
            b.start()

        # With a live member: the group (member id, assignment) and its offsets are back.
        restart()
        assert committed(b.bootstrap, group, topic_name, 2) == {0: 5, 1: 5}
        wait_converged([w], everything, b.bootstrap, group)
        after = gh.describe_group(b.bootstrap, group)
        assert [m["member_id"] for m in after["members"]] == \
            [m["member_id"] for m in before["members"]]
        assert w.generation == generation
        second = produce(b.bootstrap, topic_name, 2, 4, tag="second")
        wait_consumed(w, messages_of([first, second], topic_name, 2), "the second batch, once")
        assert w.commit() == [[topic_name, 0, 9], [topic_name, 1, 9]]
        w.close()
        assert gh.describe_group(b.bootstrap, group)["state"] == "Empty"

        # An empty group: still listed, its offsets kept, a new member resumes there.
        restart()
        g = gh.describe_group(b.bootstrap, group)
        assert (g["error"], g["state"], g["protocol_type"], g["members"]) == (0, "Empty", "consumer", [])
        assert committed(b.bootstrap, group, topic_name, 2) == {0: 9, 1: 9}
        third = produce(b.bootstrap, topic_name, 2, 2, tag="third")
        n = workers.start("confluent", b.bootstrap, group, [topic_name], "newcomer")
        wait_converged([n], everything, b.bootstrap, group)
        wait_consumed(n, messages_of([third], topic_name, 2), "only the uncommitted batch")
    finally:
        if b.alive():
            stop_and_check(b)
