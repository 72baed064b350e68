// One kafkajs group consumer in its own process, for test_groups_*.py; the
// same JSON-lines protocol as ../group_worker.py:
//   node group_worker.js '{"bootstrap", "group", "topics", "name", "config"}'
// stdout: {"event": "assignment", "partitions": [[topic, p], ...], "generation": null}
//         after every join (kafkajs does not expose the generation),
//         {"event": "message", ...}, {"event": "committed", ...}, {"event": "closed"}
// stdin:  {"cmd": "commit"} commits the position after the last message consumed
//         from each partition assigned now;
//         {"cmd": "close"} disconnects (LeaveGroup) and exits.
'use strict';
const readline = require('readline');
const { Kafka, logLevel } = require('kafkajs');

const spec = JSON.parse(process.argv[2]);
const emit = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

const kafka = new Kafka({
  clientId: spec.name,
  brokers: [spec.bootstrap],
  logLevel: logLevel.ERROR,
  // Logs go to stderr: stdout carries only events.
  logCreator: () => ({ namespace, label, log }) =>
    process.stderr.write(`${label} [${namespace}] ${log.message}\n`),
  retry: { retries: 10, initialRetryTime: 100 },
});

const consumer = kafka.consumer({ groupId: spec.group, ...(spec.config || {}) });
const positions = new Map(); // "topic\0partition" -> next offset
let closing = false;

const pairs = (assignment) => {
  const out = [];
  for (const [topic, partitions] of Object.entries(assignment || {})) {
    for (const p of partitions) out.push([topic, p]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
};

let owned = new Set(); // "topic\0partition" assigned now
consumer.on(consumer.events.GROUP_JOIN, (e) => {
  const now = pairs(e.payload.memberAssignment);
  owned = new Set(now.map(([t, p]) => `${t}\0${p}`));
  emit({ event: 'assignment', partitions: now, generation: null, member_id: e.payload.memberId });
});
consumer.on(consumer.events.CRASH, (e) =>
  emit({ event: 'error', error: String(e.payload.error), restart: e.payload.restart }));

async function close() {
  if (closing) return;
  closing = true;
  await consumer.disconnect();
  emit({ event: 'closed' });
  process.exit(0);
}

async function commit() {
  const offsets = [...positions.entries()].filter(([k]) => owned.has(k)).map(([k, offset]) => {
    const [topic, partition] = k.split('\0');
    return { topic, partition: Number(partition), offset: String(offset) };
  });
  if (offsets.length) await consumer.commitOffsets(offsets);
  emit({ event: 'committed',
         offsets: offsets.map((o) => [o.topic, o.partition, Number(o.offset)]).sort() });
}

async function main() {
  await consumer.connect();
  for (const topic of spec.topics) await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachMessage: async ({ topic, partition, message }) => {
      const offset = Number(message.offset);
      positions.set(`${topic}\0${partition}`, offset + 1);
      emit({ event: 'message', topic, partition, offset,
             key: message.key === null ? null : message.key.toString(),
             value: message.value === null ? null : message.value.toString() });
    },
  });
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    const cmd = JSON.parse(line).cmd;
    if (cmd === 'commit') commit().catch((err) => emit({ event: 'error', error: String(err) }));
    if (cmd === 'close') close();
  });
  rl.on('close', () => close());
}

main().catch((err) => {
  emit({ event: 'error', error: String(err) });
  process.exit(1);
});
