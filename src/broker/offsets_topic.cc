#include "offsets_topic.h"

#include <string>

#include "gannet/common/logging.h"

namespace gannet::broker {

bool is_internal_topic(std::string_view name) {
  return name == offsets_topic_name || name == transaction_state_topic_name;
}

new_topic offsets_topic_spec(const broker_state& s) {
  new_topic t;
  t.name = std::string(offsets_topic_name);
  t.partitions = s.cfg.offsets_topic_num_partitions;
  // One broker: the only possible replication factor (see the header).
  t.replication_factor = 1;
  t.configs["cleanup.policy"] = "compact";
  t.configs["segment.bytes"] = std::to_string(s.cfg.offsets_topic_segment_bytes);
  t.configs["compression.type"] = "producer";
  t.internal = true;
  return t;
}

std::variant<topic_info, topic_error> ensure_offsets_topic(broker_state& s) {
  const std::string name(offsets_topic_name);
  if (auto t = s.topics.find(name)) return *t;
  if (s.cfg.offsets_topic_replication_factor > 1) {
    log::info("creating {} with replication factor 1 (offsets.topic.replication.factor={}, one broker)", name,
              s.cfg.offsets_topic_replication_factor);
  }
  auto created = create_topic(s, offsets_topic_spec(s), false);
  if (auto* e = std::get_if<topic_error>(&created)) {
    log::error("cannot create {}: {}", name, e->message);
  }
  return created;
}

}  // namespace gannet::broker
