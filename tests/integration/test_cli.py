"""Gannet's own CLI (gannet-cli under Kafka's tool names) against the real
broker: tests/tools/cli_e2e_test.sh runs the seed's four kafka-topics commands
verbatim and every supported flag, comparing each output with what Apache
Kafka 3.9.1's own tools printed (tests/tools/cli-e2e-kafka-3.9.txt).

Every case must match byte for byte, the consumer-group ones included, and the
seed's commands must be among them.
"""
import os
import pathlib
import re
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]
SEED = [
    "kafka-topics.sh --create --topic topic1 --bootstrap-server <B> --replication-factor 1 --partitions 3",
    "kafka-topics.sh --list --bootstrap-server <B>",
    "kafka-topics.sh --describe --topic topic1 --bootstrap-server <B>",
    "kafka-topics.sh --delete --bootstrap-server <B> --topic topic1",
]


def test_cli_matches_kafka_tools(broker):
    cli_dir = pathlib.Path(os.environ["GANNET_BIN"]).parents[1] / "tools" if "GANNET_BIN" in os.environ \
        else REPO / "build" / "src" / "tools"
    assert (cli_dir / "kafka-topics.sh").exists(), f"no gannet-cli links in {cli_dir}"
    env = dict(os.environ, GANNET_E2E_BOOTSTRAP=broker.bootstrap, GANNET_E2E_CLI_DIR=str(cli_dir))
    run = subprocess.run([str(REPO / "tests/tools/cli_e2e_test.sh")], env=env, capture_output=True, text=True,
                         timeout=600)
    out = run.stdout
    summary = re.search(r"^(\d+) passed, (\d+) failed$", out, re.M)
    assert summary, out[-3000:]
    failed = [line[len("FAIL: $ "):] for line in out.splitlines() if line.startswith("FAIL: $ ")]
    assert not failed, "\n".join(failed) + "\n" + out[-6000:]
    assert "gannet-only checks failed" not in out, out[-3000:]
    # The seed's commands are among the cases the script checks (and all passed).
    script = (REPO / "tests/tools/cli_e2e_test.sh").read_text().replace('"$B"', "<B>")
    for seed in SEED:
        assert seed in script, seed
    assert int(summary.group(2)) == 0 and int(summary.group(1)) >= 69, out[-3000:]
