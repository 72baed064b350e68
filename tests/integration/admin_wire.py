"""The admin APIs by hand (kafka_wire's framing), for exact error codes and
messages: CreateTopics v4, DeleteTopics v3, CreatePartitions v1, Metadata v4,
DescribeCluster v0, DescribeConfigs v1. Each call opens one connection, sends
one request and returns the decoded answer as tuples."""

import kafka_wire as kw


def call(port, api, version, body, correlation_id=7, host="127.0.0.1", flexible=False):
    s = kw.connect(port, host=host)
    try:
        frame = (kw.flexible_request if flexible else kw.request)(api, version, correlation_id, body)
        s.sendall(frame)
        got, payload = kw.recv_frame(s)
    finally:
        s.close()
    assert got == correlation_id
    r = kw.Reader(payload)
    if flexible:
        r.skip_tags()  # response header v1
    return r


def create_topics(port, topics, timeout_ms=30000, validate_only=False):
    """topics: (name, partitions, replication factor, {partition: [brokers]} or None,
    {config: value} or None). Returns [(name, error code, error message)]."""
    items = []
    for name, partitions, rf, assignments, configs in topics:
        a = kw.array([kw.i32(p) + kw.array([kw.i32(b) for b in bs]) for p, bs in (assignments or {}).items()])
        c = kw.array([kw.string(k) + kw.string(v) for k, v in (configs or {}).items()])
        items.append(kw.string(name) + kw.i32(partitions) + kw.i16(rf) + a + c)
    body = kw.array(items) + kw.i32(timeout_ms) + kw.i8(1 if validate_only else 0)
    r = call(port, 19, 4, body)
    r.i32()
    return r.array(lambda r: (r.string(), r.i16(), r.string()))


def delete_topics(port, names, timeout_ms=30000):
    """Returns [(name, error code)]."""
    r = call(port, 20, 3, kw.array([kw.string(n) for n in names]) + kw.i32(timeout_ms))
    r.i32()
    return r.array(lambda r: (r.string(), r.i16()))


def create_partitions(port, topics, timeout_ms=30000, validate_only=False):
    """topics: (name, count, [[brokers] per new partition] or None).
    Returns [(name, error code, error message)]."""
    items = []
    for name, count, assignments in topics:
        a = kw.i32(-1) if assignments is None else kw.array(
            [kw.array([kw.i32(b) for b in bs]) for bs in assignments])
        items.append(kw.string(name) + kw.i32(count) + a)
    body = kw.array(items) + kw.i32(timeout_ms) + kw.i8(1 if validate_only else 0)
    r = call(port, 37, 1, body)
    r.i32()
    return r.array(lambda r: (r.string(), r.i16(), r.string()))


def metadata(port, names, allow_auto_creation=True):
    """Metadata v4 (None: all topics). Returns (brokers [(id, host, port, rack)],
    cluster id, controller id, topics [(error, name, internal,
    [(error, partition, leader, replicas, isr)])])."""
    topics = None if names is None else [kw.string(n) for n in names]
    r = call(port, 3, 4, kw.array(topics) + kw.i8(1 if allow_auto_creation else 0))
    r.i32()
    brokers = r.array(lambda r: (r.i32(), r.string(), r.i32(), r.string()))
    cluster_id = r.string()
    controller = r.i32()

    def partition(r):
        return (r.i16(), r.i32(), r.i32(), r.array(lambda r: r.i32()), r.array(lambda r: r.i32()))

    topics = r.array(lambda r: (r.i16(), r.string(), r.i8(), r.array(partition)))
    return brokers, cluster_id, controller, topics


def describe_cluster(port):
    """DescribeCluster v0. Returns (error, cluster id, controller id, [(id, host, port, rack)])."""
    r = call(port, 60, 0, kw.i8(0) + kw.NO_TAGS, flexible=True)
    r.i32()
    error = r.i16()
    r.compact_string()
    cluster_id = r.compact_string()
    controller = r.i32()

    def broker(r):
        b = (r.i32(), r.compact_string(), r.i32(), r.compact_string())
        r.skip_tags()
        return b

    brokers = r.compact_array(broker)
    return error, cluster_id, controller, brokers


def describe_topic_configs(port, topic, keys=None):
    """DescribeConfigs v1 of one topic. Returns (error, message, {name: (value, source)})."""
    names = None if keys is None else [kw.string(k) for k in keys]
    body = kw.array([kw.i8(2) + kw.string(topic) + kw.array(names)]) + kw.i8(0)
    r = call(port, 32, 1, body)
    r.i32()

    def entry(r):
        name, value = r.string(), r.string()
        r.i8()  # read_only
        source = r.i8()
        r.i8()  # is_sensitive
        r.array(lambda r: (r.string(), r.string(), r.i8()))
        return name, value, source

    def resource(r):
        error, message = r.i16(), r.string()
        r.i8()
        r.string()
        return error, message, r.array(entry)

    (error, message, entries), = r.array(resource)
    return error, message, {n: (v, s) for n, v, s in entries}
