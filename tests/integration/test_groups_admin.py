"""Consumer-group administration with every client: list and describe groups
with their members, committed offsets and lag (kafka-python's
KafkaAdminClient, confluent_kafka's AdminClient, kafkajs's admin and gannet's
kafka-consumer-groups.sh), delete a group (NON_EMPTY_GROUP while it has
members), delete committed offsets (OffsetDelete, raw: none of the clients
here sends it)."""
import json
import os
import pathlib
import subprocess

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient
from kafka import KafkaAdminClient
from kafka import errors as kafka_errors

import group_harness as gh
from conftest import REPO
from group_harness import create_topic, produce, wait_converged

BROKER_OVERRIDES = gh.BROKER_OVERRIDES

NON_EMPTY_GROUP = 68
GROUP_ID_NOT_FOUND = 69
GROUP_SUBSCRIBED_TO_TOPIC = 86
OFFSET_INVALID = -1001  # librdkafka's "no committed offset"


@pytest.fixture
def workers():
    w = gh.Workers()
    yield w
    w.cleanup()


@pytest.fixture(scope="module", autouse=True)
def kafkajs_installed():
    subprocess.run([str(gh.JS / "install.sh")], check=True, timeout=300)


def kafkajs(broker, op, **args):
    proc = subprocess.run(["node", str(gh.JS / "client.js"), broker.bootstrap, op],
                          input=json.dumps(args).encode(), capture_output=True, timeout=120,
                          cwd=gh.JS)
    out = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    assert "error" not in out, out["error"]
    return out["result"]


def cli(broker, *args):
    """gannet's kafka-consumer-groups.sh: (exit code, stdout lines without blanks)."""
    tools = pathlib.Path(os.environ["GANNET_BIN"]).parents[1] / "tools" if "GANNET_BIN" in os.environ \
        else REPO / "build" / "src" / "tools"
    run = subprocess.run([str(tools / "kafka-consumer-groups.sh"), "--bootstrap-server",
                          broker.bootstrap, *args], capture_output=True, text=True, timeout=60)
    return run.returncode, [line for line in run.stdout.splitlines() if line.strip()], run.stderr


def simple_commit(broker, group, topic, offsets):
    """Commits {partition: offset} as a non-member (generation -1), as a
    consumer that only assign()s does."""
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": group,
                  "enable.auto.commit": False})
    try:
        done = c.commit(offsets=[TopicPartition(topic, p, o) for p, o in offsets.items()],
                        asynchronous=False)
        assert {tp.partition: (tp.offset, tp.error) for tp in done} == \
            {p: (o, None) for p, o in offsets.items()}
    finally:
        c.close()


def committed(broker, group, topic, partitions):
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": group,
                  "enable.auto.commit": False})
    try:
        tps = c.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=20)
        return {tp.partition: tp.offset for tp in tps}
    finally:
        c.close()


def test_list_and_describe_groups_with_members_offsets_and_lag(broker, topic_name, workers):
    create_topic(broker.bootstrap, topic_name, 3)
    group = f"g-{topic_name}"
    everything = {(topic_name, p) for p in range(3)}
    produce(broker.bootstrap, topic_name, 3, 10)
    members = [workers.start("confluent", broker.bootstrap, group, [topic_name], f"admin-{i}",
                             {"partition.assignment.strategy": "range"}) for i in range(2)]
    assignment = wait_converged(members, everything, broker.bootstrap, group, idle=0)
    # A member may have consumed a partition before the other one joined: wait
    # until each partition's owner now has read its last message (offset 9);
    # each member commits the partitions it owns now.
    owner = {p: name for name, parts in assignment.items() for (_, p) in parts}
    by_name = {w.name: w for w in members}
    gh.wait_until(lambda: all((topic_name, p, 9, f"k{p}-9", f"m-{p}-9") in by_name[owner[p]].messages()
                              for p in range(3)), 30,
                  lambda: "the owners read every message: " + "\n".join(w.diagnostics() for w in members))
    assert sorted(sum((w.commit() for w in members), [])) == [[topic_name, p, 10] for p in range(3)]
    produce(broker.bootstrap, topic_name, 3, 4, tag="later")  # 4 of lag per partition
    member_ids = {m["client_id"]: m["member_id"]
                  for m in gh.describe_group(broker.bootstrap, group)["members"]}

    # kafka-python
    kp = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        assert (group, "consumer") in kp.list_consumer_groups()
        (info,) = kp.describe_consumer_groups([group])
        assert (info.error_code, info.group, info.state, info.protocol_type, info.protocol) == \
            (0, group, "Stable", "consumer", "range")
        got = {m.client_id: (m.member_id, {(t, p) for t, ps in m.member_assignment.assignment
                                           for p in ps}) for m in info.members}
        assert got == {name: (member_ids[name], assignment[name]) for name in assignment}
        offsets = kp.list_consumer_group_offsets(group)
        assert {(tp.topic, tp.partition): om.offset for tp, om in offsets.items()} == \
            {(topic_name, p): 10 for p in range(3)}
    finally:
        kp.close()

    # confluent_kafka: list_groups (librdkafka 2.0.2's binding 1.7.0) and, when the
    # binding has them (PyPI's), the KIP-518/KIP-88 admin calls.
    ck = AdminClient({"bootstrap.servers": broker.bootstrap})
    if hasattr(ck, "list_groups"):
        (g,) = ck.list_groups(group, timeout=20)
        assert (g.id, g.error, g.state, g.protocol_type, g.protocol) == \
            (group, None, "Stable", "consumer", "range")
        assert {m.client_id: (m.id, gh.decode_assignment(m.assignment)) for m in g.members} == \
            {name: (member_ids[name], assignment[name]) for name in assignment}
    if hasattr(ck, "describe_consumer_groups"):
        from confluent_kafka import ConsumerGroupState, ConsumerGroupTopicPartitions
        listed = ck.list_consumer_groups(request_timeout=20).result()
        assert [(x.group_id, x.is_simple_consumer_group, x.state) for x in listed.valid
                if x.group_id == group] == [(group, False, ConsumerGroupState.STABLE)]
        d = ck.describe_consumer_groups([group], request_timeout=20)[group].result()
        assert (d.group_id, d.is_simple_consumer_group, d.partition_assignor, d.state) == \
            (group, False, "range", ConsumerGroupState.STABLE)
        assert {m.client_id: (m.member_id, {(tp.topic, tp.partition)
                                            for tp in m.assignment.topic_partitions})
                for m in d.members} == {name: (member_ids[name], assignment[name])
                                        for name in assignment}
        o = ck.list_consumer_group_offsets([ConsumerGroupTopicPartitions(group)],
                                           request_timeout=20)[group].result()
        assert sorted((tp.topic, tp.partition, tp.offset) for tp in o.topic_partitions) == \
            [(topic_name, p, 10) for p in range(3)]

    # kafkajs
    assert {"groupId": group, "protocolType": "consumer"} in kafkajs(broker, "listGroups")
    (jg,) = kafkajs(broker, "describeGroups", groupIds=[group])
    assert (jg["groupId"], jg["errorCode"], jg["state"], jg["protocolType"], jg["protocol"]) == \
        (group, 0, "Stable", "consumer", "range")
    assert sorted((m["clientId"], m["memberId"]) for m in jg["members"]) == sorted(member_ids.items())
    (jo,) = kafkajs(broker, "fetchOffsets", groupId=group, topics=[topic_name])
    assert jo["topic"] == topic_name
    assert sorted((p["partition"], p["offset"]) for p in jo["partitions"]) == \
        [(p, "10") for p in range(3)]

    # gannet's kafka-consumer-groups.sh, as Kafka's prints it
    rc, lines, err = cli(broker, "--list")
    assert rc == 0 and group in lines, (lines, err)
    rc, lines, err = cli(broker, "--describe", "--group", group)
    assert rc == 0, err
    assert lines[0].split() == ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET",
                                "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID"]
    assert sorted(line.split() for line in lines[1:]) == sorted(
        [group, topic_name, str(p), "10", "14", "4", member_ids[owner[p]], "/127.0.0.1", owner[p]]
        for p in range(3))
    rc, lines, err = cli(broker, "--describe", "--group", group, "--members")
    assert rc == 0, err
    assert lines[0].split() == ["GROUP", "CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS"]
    assert sorted(line.split() for line in lines[1:]) == sorted(
        [group, member_ids[name], "/127.0.0.1", name, str(len(parts))]
        for name, parts in assignment.items())
    rc, lines, err = cli(broker, "--describe", "--group", group, "--state")
    assert rc == 0, err
    assert lines[0].split() == ["GROUP", "COORDINATOR", "(ID)", "ASSIGNMENT-STRATEGY", "STATE",
                                "#MEMBERS"]
    assert lines[1].split() == [group, broker.bootstrap, "(0)", "range", "Stable", "2"]


def test_delete_groups(broker, topic_name, workers):
    create_topic(broker.bootstrap, topic_name, 2)
    produce(broker.bootstrap, topic_name, 2, 3)
    active = f"active-{topic_name}"
    w = workers.start("confluent", broker.bootstrap, active, [topic_name], "deleted-later")
    wait_converged([w], {(topic_name, 0), (topic_name, 1)}, broker.bootstrap, active)
    gh.wait_until(lambda: len(w.messages()) == 6, 30, "6 messages consumed")
    assert w.commit() == [[topic_name, 0, 3], [topic_name, 1, 3]]
    # Empty groups with offsets only, one per client that deletes.
    by_kafka_python, by_kafkajs, by_cli = (f"{who}-{topic_name}" for who in ("kp", "js", "cli"))
    for g in (by_kafka_python, by_kafkajs, by_cli):
        simple_commit(broker, g, topic_name, {0: 1, 1: 2})
        assert gh.describe_group(broker.bootstrap, g)["state"] == "Empty"

    # A group with a member is not deleted, by any client.
    kp = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        assert kp.delete_consumer_groups([active]) == [(active, kafka_errors.NonEmptyGroupError)]
        rc, lines, err = cli(broker, "--delete", "--group", active)
        assert lines == ["Error: Deletion of some consumer groups failed:",
                         f"* Group '{active}' could not be deleted due to: java.util.concurrent."
                         "ExecutionException: org.apache.kafka.common.errors.GroupNotEmptyException: "
                         "The group is not empty."], (rc, lines, err)
        ck = AdminClient({"bootstrap.servers": broker.bootstrap})
        if hasattr(ck, "delete_consumer_groups"):
            with pytest.raises(KafkaException) as e:
                ck.delete_consumer_groups([active], request_timeout=20)[active].result()
            assert e.value.args[0].code() == KafkaError.NON_EMPTY_GROUP
        g = gh.describe_group(broker.bootstrap, active)
        assert (g["state"], [m["client_id"] for m in g["members"]]) == ("Stable", ["deleted-later"])
        assert committed(broker, active, topic_name, 2) == {0: 3, 1: 3}

        # Empty groups are deleted with their offsets.
        assert kp.delete_consumer_groups([by_kafka_python]) == \
            [(by_kafka_python, kafka_errors.NoError)]
        assert kp.delete_consumer_groups([by_kafka_python]) == \
            [(by_kafka_python, kafka_errors.GroupIdNotFoundError)]
        assert kafkajs(broker, "deleteGroups", groupIds=[by_kafkajs]) == \
            [{"groupId": by_kafkajs, "errorCode": 0}]
        rc, lines, err = cli(broker, "--delete", "--group", by_cli)
        assert (rc, lines) == (0, [f"Deletion of requested consumer groups ('{by_cli}') was successful."]), err
        for g in (by_kafka_python, by_kafkajs, by_cli):
            d = gh.describe_group(broker.bootstrap, g)
            assert (d["error"], d["state"], d["members"]) == (0, "Dead", [])
            assert committed(broker, g, topic_name, 2) == {0: OFFSET_INVALID, 1: OFFSET_INVALID}
        listed = {name for name, _ in kp.list_consumer_groups()}
        assert active in listed and not listed & {by_kafka_python, by_kafkajs, by_cli}

        # Once its last member has left, the active group can go too.
        w.close()
        assert kp.delete_consumer_groups([active]) == [(active, kafka_errors.NoError)]
        assert committed(broker, active, topic_name, 2) == {0: OFFSET_INVALID, 1: OFFSET_INVALID}
    finally:
        kp.close()


def test_delete_offsets(broker, topic_name, workers):
    create_topic(broker.bootstrap, topic_name, 2)
    other = f"{topic_name}-other"
    create_topic(broker.bootstrap, other, 1)
    produce(broker.bootstrap, topic_name, 2, 3)
    group = f"g-{topic_name}"
    simple_commit(broker, group, other, {0: 7})  # a topic the group will not subscribe to
    w = workers.start("confluent", broker.bootstrap, group, [topic_name], "offsets-owner")
    wait_converged([w], {(topic_name, 0), (topic_name, 1)}, broker.bootstrap, group)
    gh.wait_until(lambda: len(w.messages()) == 6, 30, "6 messages consumed")
    assert w.commit() == [[topic_name, 0, 3], [topic_name, 1, 3]]
    # A commit from outside the group, now that it has members, is refused.
    with pytest.raises(KafkaException) as e:
        simple_commit(broker, group, other, {0: 8})
    assert e.value.args[0].code() == KafkaError.UNKNOWN_MEMBER_ID
    assert committed(broker, group, other, 1) == {0: 7}

    # Not while the group's members subscribe to the topic; the other topic's may go.
    assert gh.offset_delete(broker.bootstrap, group, topic_name, [0, 1]) == \
        (0, {0: GROUP_SUBSCRIBED_TO_TOPIC, 1: GROUP_SUBSCRIBED_TO_TOPIC})
    assert committed(broker, group, topic_name, 2) == {0: 3, 1: 3}
    assert gh.offset_delete(broker.bootstrap, group, other, [0]) == (0, {0: 0})
    assert committed(broker, group, other, 1) == {0: OFFSET_INVALID}
    assert gh.offset_delete(broker.bootstrap, f"no-such-{group}", topic_name, [0]) == \
        (GROUP_ID_NOT_FOUND, {})

    # The group empty: one partition's offset goes, the other stays.
    w.close()
    assert gh.offset_delete(broker.bootstrap, group, topic_name, [0]) == (0, {0: 0})
    assert committed(broker, group, topic_name, 2) == {0: OFFSET_INVALID, 1: 3}
    rc, lines, err = cli(broker, "--describe", "--group", group)
    assert rc == 0, err
    assert [line.split() for line in lines] == [
        ["GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID",
         "HOST", "CLIENT-ID"],
        [group, topic_name, "1", "3", "3", "0", "-", "-", "-"]]
    assert f"Consumer group '{group}' has no active members." in err.splitlines()
