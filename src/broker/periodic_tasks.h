#pragma once
// The broker's background work: retention (log.retention.check.interval.ms),
// scheduled flushes (flush.ms / flush.messages), checkpoint files
// (log.flush.offset.checkpoint.interval.ms), producer-id expiry
// (producer.id.expiration.ms) and the log cleaner (log_cleaner_task.h). Each pass posts per-partition work onto the
// partition's strand, so a log is only ever touched by one thread at a time.
//
// Owner: broker_state. Executor: its control strand. start once after the
// logs are loaded; stop before joining the storage pool (it returns within one
// tick, 100 ms).

namespace gannet::broker {

struct broker_state;

void start_periodic_tasks(broker_state& s);
void stop_periodic_tasks(broker_state& s);

}  // namespace gannet::broker
