"""Network namespaces for fault tests: each host (a broker, the ZooKeeper) in a
namespace of its own, joined to a bridge in the test's namespace by a veth pair,
on a /24 that exists only inside this sandbox. The test process (root namespace,
the bridge's address) reaches every host; cut() and cut_from() make partitions:

  cut(host)             the host's link down: cut off from everyone
  cut_from(host, other) a blackhole route in `host` to `other`'s address: only
                        that pair is cut (both directions: replies have no way back)
  heal(host)            every cut of that host undone

Needs root (the tests are skipped without it). Every name carries the test
process's pid, so parallel runs do not collide; close() removes everything."""

import os
import subprocess

SUBNET = "10.213"


def _ip(*args, check=True):
    return subprocess.run(["ip", *args], capture_output=True, text=True, check=check)


def available():
    if os.geteuid() != 0:
        return False
    return _ip("netns", "list", check=False).returncode == 0


class Topology:
    def __init__(self, names):
        tag = os.getpid() % 200 + 20  # third octet: one /24 per test process
        self.tag = tag
        self.bridge = f"gnbr{os.getpid() % 100000}"
        self.gateway = f"{SUBNET}.{tag}.1"
        self.hosts = {}
        self._blackholes = {}
        _ip("link", "add", self.bridge, "type", "bridge")
        _ip("addr", "add", f"{self.gateway}/24", "dev", self.bridge)
        _ip("link", "set", self.bridge, "up")
        for n, name in enumerate(names, start=10):
            ns = f"gn{os.getpid()}-{name}"
            host_if, ns_if = f"gv{os.getpid() % 100000}{n}", "eth0"
            addr = f"{SUBNET}.{tag}.{n}"
            _ip("netns", "add", ns)
            _ip("link", "add", host_if, "type", "veth", "peer", "name", ns_if, "netns", ns)
            _ip("link", "set", host_if, "master", self.bridge)
            _ip("link", "set", host_if, "up")
            _ip("-n", ns, "addr", "add", f"{addr}/24", "dev", ns_if)
            _ip("-n", ns, "link", "set", ns_if, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
            self.hosts[name] = {"ns": ns, "addr": addr, "veth": host_if}
            self._blackholes[name] = set()

    def addr(self, name):
        return self.hosts[name]["addr"]

    def exec_prefix(self, name):
        return ["ip", "netns", "exec", self.hosts[name]["ns"]]

    def cut(self, name):
        _ip("link", "set", self.hosts[name]["veth"], "down")

    def cut_from(self, name, other):
        _ip("-n", self.hosts[name]["ns"], "route", "add", "blackhole", f"{self.addr(other)}/32")
        self._blackholes[name].add(other)

    def heal(self, name):
        _ip("link", "set", self.hosts[name]["veth"], "up")
        for other in list(self._blackholes[name]):
            _ip("-n", self.hosts[name]["ns"], "route", "del", "blackhole", f"{self.addr(other)}/32", check=False)
            self._blackholes[name].discard(other)

    def close(self):
        for h in self.hosts.values():
            _ip("link", "del", h["veth"], check=False)
            _ip("netns", "del", h["ns"], check=False)
        _ip("link", "del", self.bridge, check=False)
