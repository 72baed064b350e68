"""Docker does not run on these machines, so this reads docker/'s files the way
Docker would and runs the image's entry point on this machine: the Dockerfile's
final stage (ENTRYPOINT, ENV, the config it copies) and each compose file's
environment for each Gannet service, through `gannet --print-config`, which
prints the properties the file, the KAFKA_* environment and --override set.
Each compose file must come out as the configuration its comments promise."""

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import gannet_bin as find_gannet_bin

REPO = Path(__file__).resolve().parents[2]
DOCKER = REPO / "docker"


@pytest.fixture(scope="module")
def gannet_bin():
    return find_gannet_bin()


def final_stage(dockerfile):
    """ENTRYPOINT (exec form), ENV and COPY lines of the last FROM stage."""
    stage = []
    for line in dockerfile.read_text().splitlines():
        if line.startswith("FROM "):
            stage = []
        stage.append(line)
    entrypoint, env, copies = None, {}, []
    for line in stage:
        if line.startswith("ENTRYPOINT "):
            entrypoint = json.loads(line[len("ENTRYPOINT "):])
        elif line.startswith("ENV "):
            k, v = line[4:].split("=", 1)
            env[k] = v
        elif line.startswith("COPY "):
            copies.append(line[5:].split())
    return entrypoint, env, copies


def image_command(gannet_bin):
    """The entry point with the image's paths mapped to this checkout."""
    entrypoint, env, copies = final_stage(DOCKER / "Dockerfile")
    assert entrypoint[0] == "/usr/bin/gannet"
    assert ["--from=build", "/src/build/src/server/gannet", "/usr/bin/gannet"] in copies
    assert ["config/", "/etc/gannet/"] in copies
    args = [gannet_bin]
    for a in entrypoint[1:]:
        args.append(str(REPO / "config" / a[len("/etc/gannet/"):]) if a.startswith("/etc/gannet/") else a)
    return args, env


def gannet_services(compose_file):
    doc = yaml.safe_load(compose_file.read_text())
    out = {}
    for name, svc in doc["services"].items():
        build = svc.get("build") or {}
        if isinstance(build, dict) and build.get("dockerfile") == "docker/Dockerfile":
            out[name] = {k: str(v) for k, v in (svc.get("environment") or {}).items()}
    return doc, out


def effective_config(gannet_bin, service_env):
    args, image_env = image_command(gannet_bin)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    env.update(image_env)
    env.update(service_env)
    r = subprocess.run(args + ["--print-config"], env=env, capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    props = dict(line.split("=", 1) for line in r.stdout.splitlines() if "=" in line)
    return props, r.stderr


def test_image_entrypoint_uses_the_docker_config(gannet_bin):
    args, _ = image_command(gannet_bin)
    assert args[1:] == ["--config", str(REPO / "config" / "docker.yaml")]
    props, _ = effective_config(gannet_bin, {})
    # Every interface of the container, data in the image's volume.
    assert props["listeners"] == "PLAINTEXT://:9092"
    assert props["log.dirs"] == "/var/lib/gannet"
    assert props["broker.id"] == "-1"
    assert "zookeeper.connect" not in props


def test_seed_compose_needs_only_the_image_swapped(gannet_bin):
    doc, services = gannet_services(DOCKER / "docker-compose.yml")
    assert list(services) == ["kafka"]
    assert doc["services"]["zookeeper"]["image"].startswith("zookeeper:3.8")
    assert doc["services"]["kafka"]["depends_on"] == ["zookeeper"]
    # Exactly the variables a Kafka quick-start compose sets.
    assert services["kafka"] == {"KAFKA_ADVERTISED_HOST_NAME": "localhost", "KAFKA_ZOOKEEPER_CONNECT": "zookeeper:2181"}
    props, stderr = effective_config(gannet_bin, services["kafka"])
    assert props["zookeeper.connect"] == "zookeeper:2181"
    assert props["advertised.listeners"] == "PLAINTEXT://localhost:9092"
    assert props["listeners"] == "PLAINTEXT://:9092"
    assert "ignored" not in stderr


def test_cluster_compose_has_three_brokers_with_replicated_internal_topics(gannet_bin):
    doc, services = gannet_services(DOCKER / "docker-compose.cluster.yml")
    assert sorted(services) == ["gannet-1", "gannet-2", "gannet-3"]
    seen_ids, seen_ports = set(), set()
    for name, env in services.items():
        n = int(name.split("-")[1])
        props, stderr = effective_config(gannet_bin, env)
        assert "ignored" not in stderr
        assert props["broker.id"] == str(n)
        assert props["zookeeper.connect"] == "zookeeper:2181"
        assert props["inter.broker.listener.name"] == "INTERNAL"
        assert props["listener.security.protocol.map"] == "INTERNAL:PLAINTEXT,EXTERNAL:PLAINTEXT"
        external_port = 9091 + n
        assert props["listeners"] == f"INTERNAL://:29092,EXTERNAL://:{external_port}"
        assert props["advertised.listeners"] == f"INTERNAL://{name}:29092,EXTERNAL://localhost:{external_port}"
        assert doc["services"][name]["ports"] == [f"{external_port}:{external_port}"]
        assert props["default.replication.factor"] == "3"
        assert props["min.insync.replicas"] == "2"
        assert props["offsets.topic.replication.factor"] == "3"
        assert props["transaction.state.log.replication.factor"] == "3"
        assert props["transaction.state.log.min.isr"] == "2"
        seen_ids.add(props["broker.id"])
        seen_ports.add(external_port)
    assert len(seen_ids) == 3 and len(seen_ports) == 3


def test_single_node_compose_runs_without_zookeeper(gannet_bin):
    doc, services = gannet_services(DOCKER / "docker-compose.single.yml")
    assert list(doc["services"]) == ["gannet"]
    props, stderr = effective_config(gannet_bin, services["gannet"])
    assert "zookeeper.connect" not in props
    assert props["broker.id"] == "0"
    assert props["advertised.listeners"] == "PLAINTEXT://localhost:9092"
    assert props["offsets.topic.replication.factor"] == "1"


def test_print_config_reports_a_bad_value_as_the_broker_would(gannet_bin):
    args, image_env = image_command(gannet_bin)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "KAFKA_NUM_PARTITIONS": "abc", **image_env}
    r = subprocess.run(args + ["--print-config"], env=env, capture_output=True, text=True, timeout=30)
    assert r.returncode == 2
    assert re.search(r"Invalid value abc for configuration num\.partitions", r.stdout + r.stderr)
