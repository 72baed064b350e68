#!/usr/bin/env python3
"""Turns scripts/run-bench.sh's results.txt into the Markdown tables of
docs/performance.md: Gannet and Kafka side by side, with Gannet/Kafka ratios."""
import re
import shlex
import sys

GIB = 1024**3


def parse(path):
    rows = []
    for line in open(path):
        parts = shlex.split(line)
        if not parts:
            continue
        row = {"kind": parts[0]}
        for p in parts[1:]:
            k, _, v = p.partition("=")
            row[k] = v
        rows.append(row)
    return rows


def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def ratio(g, k):
    g, k = num(g), num(k)
    if g is None or k is None or k == 0:
        return "-"
    r = g / k
    if r < 0.001:
        return "<0.001"
    return f"{r:.2f}" if r >= 0.1 else f"{r:.3f}"


def fmt(v, digits=1):
    v = num(v)
    if v is None:
        return "-"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.{digits}f}"


def cpu_per_gib(row):
    if row.get("status") == "failed":
        return None
    return num(row.get("cpu_s_per_gib.broker"))


def main():
    rows = parse(sys.argv[1])
    runs = {(r["broker"], r["name"]): r for r in rows if r["kind"] == "run"}
    tools = {(r["broker"], r["name"]): r for r in rows if r["kind"] == "tool"}
    out = []
    w = out.append

    def pair(name):
        return runs.get(("gannet", name), {}), runs.get(("kafka", name), {})

    w("### kafka_load (librdkafka 2.0.2), produce as fast as possible, 3 partitions\n")
    w("| workload | Gannet MiB/s | Kafka MiB/s | ratio | Gannet msg/s | Kafka msg/s | Gannet CPU s/GiB | Kafka CPU s/GiB | ratio |")
    w("|---|---|---|---|---|---|---|---|---|")
    for name in sorted({n for _, n in runs if n.startswith("produce-")}, key=sort_key):
        g, k = pair(name)
        _, size, acks, comp = name.split("-")
        label = f"{'1 KB' if size == '1024' else '100 B'}, acks={acks}, {comp}"
        w(f"| {label} | {fmt(g.get('mib_per_s'))}{flag(g)} | {fmt(k.get('mib_per_s'))}{flag(k)} | "
          f"{ratio(g.get('mib_per_s'), k.get('mib_per_s'))} | {fmt(g.get('msg_per_s'))} | {fmt(k.get('msg_per_s'))} | "
          f"{fmt(cpu_per_gib(g))} | {fmt(cpu_per_gib(k))} | {ratio(cpu_per_gib(g), cpu_per_gib(k))} |")

    w("\n### kafka_load, consume from the start (the acks=1 topics above)\n")
    w("| workload | Gannet MiB/s | Kafka MiB/s | ratio | Gannet msg/s | Kafka msg/s | Gannet CPU s/GiB | Kafka CPU s/GiB | ratio |")
    w("|---|---|---|---|---|---|---|---|---|")
    for name in sorted({n for _, n in runs if n.startswith("consume-")}, key=sort_key):
        g, k = pair(name)
        _, size, comp = name.split("-")
        label = f"{'1 KB' if size == '1024' else '100 B'}, {comp}"
        w(f"| {label} | {fmt(g.get('mib_per_s'))}{flag(g)} | {fmt(k.get('mib_per_s'))}{flag(k)} | "
          f"{ratio(g.get('mib_per_s'), k.get('mib_per_s'))} | {fmt(g.get('msg_per_s'))} | {fmt(k.get('msg_per_s'))} | "
          f"{fmt(cpu_per_gib(g))} | {fmt(cpu_per_gib(k))} | {ratio(cpu_per_gib(g), cpu_per_gib(k))} |")

    w("\n### kafka_load, end-to-end latency at 5,000 msg/s (ms; ratio = Gannet/Kafka)\n")
    w("| workload | Gannet p50 | Kafka p50 | ratio | Gannet p99 | Kafka p99 | ratio | Gannet p99.9 | Kafka p99.9 | ratio | Gannet CPU s | Kafka CPU s |")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in sorted({n for _, n in runs if n.startswith("latency-")}, key=sort_key):
        g, k = pair(name)
        _, size, acks, linger = name.split("-")
        label = f"{'1 KB' if size == '1024' else '100 B'}, acks={acks}, linger.ms={linger.removeprefix('linger')}"
        cells = [label]
        for q in ("p50_ms", "p99_ms", "p999_ms"):
            cells += [fmt(g.get(q), 2) + flag(g), fmt(k.get(q), 2) + flag(k), ratio(g.get(q), k.get(q))]
        cells += [fmt(g.get("cpu_s.broker"), 2), fmt(k.get("cpu_s.broker"), 2)]
        w("| " + " | ".join(cells) + " |")

    w("\n### Kafka's own perf tools (3.9.1), last line of their output\n")
    w("| tool run | broker | summary | broker CPU s/GiB |")
    w("|---|---|---|---|")
    for (broker, name), t in sorted(tools.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        b = num(t.get("bytes"))
        c = num(t.get("cpu_s.broker"))
        per = fmt(c / (b / GIB)) if b and c is not None else "-"
        w(f"| {name} | {broker} | `{t.get('summary', '')}` | {per} |")
    w("")
    w("| tool run | Gannet/Kafka MB/s (producer: MB/sec; consumer: MB.sec) |")
    w("|---|---|")
    for name in sorted({n for _, n in tools}):
        g, k = tools.get(("gannet", name), {}), tools.get(("kafka", name), {})
        w(f"| {name} | {ratio(tool_mbs(g), tool_mbs(k))} ({fmt(tool_mbs(g))} / {fmt(tool_mbs(k))}) |")

    w("\n### Memory and ZooKeeper\n")
    for r in rows:
        if r["kind"] == "rss":
            extra = ""
            if "zk_cpu_s" in r:
                extra = f"; ZooKeeper (not counted above): {r['zk_cpu_s']} CPU s over the whole Kafka run, peak RSS {int(r['zk_hwm_kib']) // 1024} MiB"
            w(f"- {r['broker']}: peak RSS (VmHWM) {int(r['hwm_kib']) // 1024} MiB{extra}")
    gr = next((r for r in rows if r["kind"] == "rss" and r["broker"] == "gannet"), None)
    kr = next((r for r in rows if r["kind"] == "rss" and r["broker"] == "kafka"), None)
    if gr and kr:
        w(f"- peak RSS ratio Gannet/Kafka: {ratio(gr['hwm_kib'], kr['hwm_kib'])}")
    w("\n### Machine\n")
    for r in rows:
        if r["kind"] == "machine":
            w("- " + ", ".join(f"{k}={v}" for k, v in r.items() if k != "kind"))
    print("\n".join(out))


def flag(row):
    return " (failed)" if row.get("status") == "failed" else ""


def tool_mbs(t):
    s = t.get("summary", "")
    m = re.search(r"\(([\d.]+) MB/sec\)", s)  # kafka-producer-perf-test
    if m:
        return float(m.group(1))
    cols = s.split(",")  # kafka-consumer-perf-test CSV: start, end, MB, MB.sec, ...
    if len(cols) >= 4:
        return num(cols[3].strip())
    return None


def sort_key(name):
    parts = name.split("-")
    return [(-int(p) if p.isdigit() else 0, p) for p in parts]


if __name__ == "__main__":
    main()
