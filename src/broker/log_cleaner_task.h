#pragma once
// The log cleaner's scheduling (Kafka's LogCleaner threads and
// LogCleanerManager.grabFilthiestCompactedLog): log.cleaner.threads loops, each
// on its own strand of the storage pool, repeatedly plan every compacted
// partition on its strand, clean the one with the highest dirty ratio among
// those worth cleaning (never one another loop is cleaning), swap the result
// in on the partition's strand and move its cleaner-offset-checkpoint entry;
// with nothing to clean they sleep log.cleaner.backoff.ms. Steps and file
// protocol: include/gannet/storage/log_cleaner.h, docs/storage.md.
//
// Owner: broker_state (started by start_periodic_tasks, stopped with it: the
// loops return within 100 ms of `stopping`, after any clean in progress).

namespace gannet::broker {

struct broker_state;

void start_log_cleaner(broker_state& s);

}  // namespace gannet::broker
