#pragma once
// The broker's side of a controlled shutdown (Kafka's KafkaServer.controlledShutdown,
// ZooKeeper mode): on SIGTERM, before it stops serving, a broker asks the
// active controller (ControlledShutdown v3) to move its leaderships to other
// ISR members, and retries until the answer lists no partition it still leads
// (controlled.shutdown.max.retries attempts, controlled.shutdown.retry.backoff.ms
// apart), so clients find the new leaders while this broker still answers.
// If every attempt fails the shutdown goes on unclean, as Kafka's does.
//
// Runs on the main thread in broker::begin_stop(), which blocks on it; the
// requests run on the storage pool. Kafka's log lines.

namespace gannet::broker {

struct broker_state;

// True when the controller moved every leadership away (or there was nothing
// to do: standalone, controlled.shutdown.enable=false, not registered).
bool run_controlled_shutdown(broker_state& s);

}  // namespace gannet::broker
