#!/usr/bin/python3
"""Cluster figures (issue 13), Gannet's three-broker cluster beside Apache Kafka
3.9.1's, one after the other in the same run on this machine, both in
ZooKeeper mode with tests/integration/fault_cluster.py's settings (6 s session):

  produce   kafka_load --mode produce, 1 KB values, acks=all, RF 3,
            min.insync.replicas 2, 3 partitions: MiB/s and the CPU seconds of
            the three brokers (together) per GiB acknowledged;
  latency   kafka_load --mode latency at a fixed rate, acks=all, RF 3: p50/p99;
  failover  an idempotent acks=all librdkafka producer running while the leader
            of each of 3 partitions is SIGKILLed in turn (then restarted and
            back in the ISR): kill -> first acknowledged produce to the new
            leader, as the fault tests measure it;
  election  1,000 partitions, RF 3: one broker (not the controller) SIGKILLed;
            from its registration leaving /brokers/ids (the controller's cue)
            until a surviving broker's Metadata shows a live leader for every
            partition the dead broker led.

  scripts/run-bench.sh --cluster [BUILD]       (or bench/cluster/cluster_bench.py --build BUILD)
  CLUSTER_BENCH_IMPLS="gannet kafka"  CLUSTER_BENCH_SCALE=1  CLUSTER_BENCH_OUT=dir

Prints one `cluster ...` line per figure and a markdown table at the end."""

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "integration"))

from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402

import fault_cluster  # noqa: E402
from cluster_harness import wait_for  # noqa: E402
from fault_workload import Workload, create_topic  # noqa: E402


def loadavg():
    return "/".join(open("/proc/loadavg").read().split()[:3])


def record(out, line):
    print(line, flush=True)
    with open(out / "results.txt", "a") as f:
        f.write(line + "\n")


def kafka_load(load, cluster, args):
    watch = []
    for i, b in cluster.brokers.items():
        watch += ["--watch", f"b{i}={b.proc.pid}"]
    r = subprocess.run([str(load), "--bootstrap", cluster.bootstrap, *watch, *args], capture_output=True, text=True,
                       timeout=300)
    line = r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""
    kv = dict(x.split("=", 1) for x in line.split()[1:] if "=" in x)
    kv["status"] = "ok" if r.returncode == 0 else f"failed:{r.stderr.strip().splitlines()[-1:]}"
    kv["cpu_s.brokers"] = sum(float(kv.get(f"cpu_s.b{i}", 0)) for i in cluster.brokers)
    return kv


def bench_produce(load, cluster, out, scale):
    topic = "bench-produce-rf3"
    create_topic(cluster, topic, partitions=3)
    n = int(200000 * scale)
    kv = kafka_load(load, cluster, ["--mode", "produce", "--topic", topic, "--partitions", "3", "--messages", str(n),
                                    "--size", "1024", "--acks", "all", "--max-seconds", "15"])
    gib = float(kv.get("bytes", 0)) / 2**30
    kv["cpu_s_per_gib.brokers"] = kv["cpu_s.brokers"] / gib if gib else 0
    record(out, f"cluster impl={cluster.impl} figure=produce acks=all rf=3 size=1024 status={kv['status']} "
                f"messages={kv.get('messages')} seconds={kv.get('seconds')} mib_per_s={kv.get('mib_per_s')} "
                f"msg_per_s={kv.get('msg_per_s')} cpu_s.brokers={kv['cpu_s.brokers']:.2f} "
                f"cpu_s_per_gib.brokers={kv['cpu_s_per_gib.brokers']:.1f} loadavg={loadavg()}")
    return kv


def bench_latency(load, cluster, out, scale, rate):
    topic = f"bench-latency-rf3-{rate}"
    create_topic(cluster, topic, partitions=3)
    secs = max(6, int(10 * scale))
    kv = kafka_load(load, cluster, ["--mode", "latency", "--topic", topic, "--partitions", "3", "--rate", str(rate),
                                    "--duration", str(secs), "--warmup", "2", "--timeout", "90", "--size", "1024",
                                    "--acks", "all", "--linger-ms", "5"])
    record(out, f"cluster impl={cluster.impl} figure=latency acks=all rf=3 size=1024 rate={rate} linger_ms=5 "
                f"status={kv['status']} p50_ms={kv.get('p50_ms')} p99_ms={kv.get('p99_ms')} "
                f"max_ms={kv.get('max_ms')} achieved_rate={kv.get('achieved_rate')} loadavg={loadavg()}")
    return kv


def bench_failover(cluster, out):
    topic = "bench-failover"
    create_topic(cluster, topic, partitions=3)
    w = Workload(cluster, topic, rdkafka=1, java=0, rate=200)
    w.consumers = []
    w.start()
    figures = []
    for p in range(3):
        victim = cluster.leader(topic, p)
        t0 = time.monotonic()
        cluster.brokers[victim].kill()
        ack = w.wait_acked_after(p, t0, timeout=60)
        figures.append(ack.acked - t0)
        cluster.brokers[victim].start()
        cluster.wait_full_isr(topic, [0, 1, 2], timeout=90)
    w.stop()
    w.sampler.stop()
    record(out, f"cluster impl={cluster.impl} figure=failover session_timeout_ms=6000 "
                f"seconds={','.join(f'{f:.2f}' for f in figures)} loadavg={loadavg()}")
    return figures


def bench_election(cluster, out, partitions):
    topic = "bench-election"
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
    t = time.monotonic()
    admin.create_topics([NewTopic(topic, partitions, 3)], request_timeout=120,
                        operation_timeout=120)[topic].result(180)
    cluster.wait_full_isr(topic, list(range(partitions)), timeout=300)
    created = time.monotonic() - t
    ctrl = cluster.controller_id()
    victim = next(i for i in cluster.brokers if i != ctrl)
    survivor = next(b for i, b in cluster.brokers.items() if i not in (victim,))
    md_admin = AdminClient({"bootstrap.servers": survivor.bootstrap})

    def leaders():
        md = md_admin.list_topics(topic, timeout=10)
        return {p: pm.leader for p, pm in md.topics[topic].partitions.items()}

    led = [p for p, l in leaders().items() if l == victim]
    t0 = time.monotonic()
    cluster.brokers[victim].kill()
    wait_for("the registration gone", lambda: not cluster.zk.client().exists(f"/brokers/ids/{victim}"),
             timeout=60, interval=0.01)
    t1 = time.monotonic()

    def all_elected():
        ls = leaders()
        return all(ls.get(p, -1) not in (-1, victim) for p in led)

    wait_for("every partition led elsewhere", all_elected, timeout=300, interval=0.05)
    t2 = time.monotonic()
    record(out, f"cluster impl={cluster.impl} figure=election partitions={partitions} rf=3 "
                f"led_by_dead_broker={len(led)} session_expiry_s={t1 - t0:.2f} election_s={t2 - t1:.2f} "
                f"kill_to_all_led_s={t2 - t0:.2f} topic_create_s={created:.1f} loadavg={loadavg()}")
    cluster.brokers[victim].start()
    return t2 - t1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=str(REPO / "build"))
    args = ap.parse_args()
    build = pathlib.Path(args.build).resolve()
    load = build / "bench" / "kafka_load"
    os.environ.setdefault("GANNET_BIN", str(build / "src" / "server" / "gannet"))
    impls = os.environ.get("CLUSTER_BENCH_IMPLS", "gannet kafka").split()
    scale = float(os.environ.get("CLUSTER_BENCH_SCALE", "1"))
    out = pathlib.Path(os.environ.get("CLUSTER_BENCH_OUT") or tempfile.mkdtemp(prefix="gannet-cluster-bench."))
    out.mkdir(parents=True, exist_ok=True)
    record(out, f"cluster machine date={time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} cpus={os.cpu_count()} "
                f"loadavg={loadavg()} scale={scale}")
    for impl in impls:
        cluster = fault_cluster.make_cluster(out / impl, impl=impl)
        try:
            for step in (lambda: bench_produce(load, cluster, out, scale),
                         lambda: bench_latency(load, cluster, out, scale, 1000),
                         lambda: bench_failover(cluster, out),
                         lambda: bench_election(cluster, out, int(1000 * min(1.0, scale)))):
                try:
                    step()
                except Exception as e:  # one failed figure must not hide the others
                    record(out, f"cluster impl={impl} figure=error what={type(e).__name__}: "
                                f"{str(e).splitlines()[0][:300]}")
                    cluster.ensure_running()
        finally:
            cluster.close()
    print(f"cluster_bench: results in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
