#pragma once
// The definition tables: every broker key and every topic key Gannet knows,
// with Kafka 3.9's names, types, defaults and validators. Immutable after
// first use; safe to read from any thread. docs/configuration.md is generated
// from these tables (gannet_config_docs) and a test keeps the two in sync.

#include <span>
#include <string_view>

#include "gannet/config/config_key.h"

namespace gannet::config {

// Broker keys (Kafka's KafkaConfig subset Gannet reads, plus gannet.* keys),
// grouped by area in a stable order.
std::span<const config_key> broker_config_keys();

// Topic keys (Kafka's LogConfig / TopicConfig), each with its broker synonyms.
std::span<const config_key> topic_config_keys();

// nullptr when the name is not a known key.
const config_key* find_broker_key(std::string_view name);
const config_key* find_topic_key(std::string_view name);

}  // namespace gannet::config
