// One kafkajs operation per run, for test_kafkajs.py:
//   node client.js BROKER OPERATION < JSON-ARGUMENTS
// prints the operation's result as JSON on stdout. Errors exit 1 with a JSON
// {"error": {name, type, code, message, errors}} on stdout (errors: those of
// an aggregate error, e.g. one per topic of createTopics).
'use strict';
const { Kafka, CompressionTypes, logLevel } = require('kafkajs');

const [broker, op] = process.argv.slice(2);
const rawArgs = require('fs').readFileSync(0, 'utf8');
const args = rawArgs.trim() ? JSON.parse(rawArgs) : {};

const kafka = new Kafka({
  clientId: 'gannet-it-kafkajs',
  brokers: [broker],
  logLevel: logLevel.ERROR,
  // Logs go to stderr: stdout carries only the result.
  logCreator: () => ({ namespace, level, label, log }) =>
    process.stderr.write(`${label} [${namespace}] ${log.message}\n`),
  retry: { retries: 5, initialRetryTime: 100 },
});

const b = (s) => (s === null || s === undefined ? s : Buffer.from(s, 'base64'));

const operations = {
  async createTopics(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.createTopics({ topics: a.topics, waitForLeaders: true, validateOnly: !!a.validateOnly });
    } finally {
      await admin.disconnect();
    }
  },
  async listTopics() {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.listTopics()).sort();
    } finally {
      await admin.disconnect();
    }
  },
  async fetchTopicMetadata(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.fetchTopicMetadata({ topics: a.topics });
    } finally {
      await admin.disconnect();
    }
  },
  async fetchTopicOffsets(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const r = await admin.fetchTopicOffsets(a.topic);
      return r.sort((x, y) => x.partition - y.partition);
    } finally {
      await admin.disconnect();
    }
  },
  async fetchTopicOffsetsByTimestamp(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const r = await admin.fetchTopicOffsetsByTimestamp(a.topic, a.timestamp);
      return r.sort((x, y) => x.partition - y.partition);
    } finally {
      await admin.disconnect();
    }
  },
  async createPartitions(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.createPartitions({ topicPartitions: a.topicPartitions, timeout: 10000 });
    } finally {
      await admin.disconnect();
    }
  },
  // a.resources: [{type: 'TOPIC', name, configNames?}]
  async describeConfigs(a) {
    const { ConfigResourceTypes } = require('kafkajs');
    const admin = kafka.admin();
    await admin.connect();
    try {
      const r = await admin.describeConfigs({
        includeSynonyms: false,
        resources: a.resources.map((x) => ({ type: ConfigResourceTypes[x.type], name: x.name, configNames: x.configNames })),
      });
      return r.resources.map((res) => ({
        errorCode: res.errorCode,
        name: res.resourceName,
        configs: Object.fromEntries(res.configEntries.map((e) => [e.configName, { value: e.configValue, isDefault: e.isDefault, readOnly: e.readOnly }])),
      }));
    } finally {
      await admin.disconnect();
    }
  },
  // a.resources: [{type: 'TOPIC', name, configEntries: [{name, value}]}]
  async alterConfigs(a) {
    const { ConfigResourceTypes } = require('kafkajs');
    const admin = kafka.admin();
    await admin.connect();
    try {
      const r = await admin.alterConfigs({
        validateOnly: false,
        resources: a.resources.map((x) => ({ type: ConfigResourceTypes[x.type], name: x.name, configEntries: x.configEntries })),
      });
      return r.resources.map((res) => ({ errorCode: res.errorCode, name: res.resourceName }));
    } finally {
      await admin.disconnect();
    }
  },
  async deleteTopics(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.deleteTopics({ topics: a.topics, timeout: 10000 });
      return true;
    } finally {
      await admin.disconnect();
    }
  },
  // Sends a.batches, each {messages: [{key, value, headers, partition, timestamp}]}
  // with base64 keys, values and header values, in order; returns the
  // record metadata of each send.
  // Consumer-group admin (test_groups_admin.py). Member metadata and
  // assignments are raw bytes: dropped here, decoded by the Python side from
  // its own DescribeGroups.
  async listGroups() {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.listGroups()).groups;
    } finally {
      await admin.disconnect();
    }
  },
  async describeGroups(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups(a.groupIds);
      return groups.map((g) => ({
        ...g,
        members: g.members.map(({ memberId, clientId, clientHost }) => ({ memberId, clientId, clientHost })),
      }));
    } finally {
      await admin.disconnect();
    }
  },
  async fetchOffsets(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.fetchOffsets({ groupId: a.groupId, topics: a.topics });
    } finally {
      await admin.disconnect();
    }
  },
  async deleteGroups(a) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await admin.deleteGroups(a.groupIds);
    } finally {
      await admin.disconnect();
    }
  },
  async send(a) {
    const producer = kafka.producer({ idempotent: !!a.idempotent, maxInFlightRequests: a.idempotent ? 1 : undefined });
    await producer.connect();
    try {
      const out = [];
      for (const batch of a.batches) {
        const messages = batch.messages.map((m) => {
          const msg = { key: b(m.key), value: b(m.value), partition: m.partition };
          if (m.timestamp !== undefined) msg.timestamp = String(m.timestamp);
          if (m.headers) {
            msg.headers = {};
            for (const [k, v] of Object.entries(m.headers)) msg.headers[k] = b(v);
          }
          return msg;
        });
        const r = await producer.send({
          topic: a.topic,
          acks: a.acks === undefined ? -1 : a.acks,
          timeout: 10000,
          compression: CompressionTypes[a.compression || 'None'],
          messages,
        });
        out.push(r);
      }
      return out;
    } finally {
      await producer.disconnect();
    }
  },
};

(async () => {
  const fn = operations[op];
  if (!fn) throw new Error(`unknown operation ${op}`);
  const result = await fn(args);
  process.stdout.write(JSON.stringify({ result: result === undefined ? null : result }) + "\n");
})().catch((e) => {
  const describe = (x) => ({ name: x.name, type: x.type, code: x.code, message: x.message });
  const error = describe(e);
  if (Array.isArray(e.errors)) error.errors = e.errors.map(describe);
  process.stdout.write(JSON.stringify({ error }) + '\n');
  process.exit(1);
});
