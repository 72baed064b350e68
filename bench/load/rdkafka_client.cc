#include "rdkafka_client.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace gannet::bench {

void set_prop(rd_kafka_conf_t* conf, const std::string& key, const std::string& value) {
  char err[512];
  if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), err, sizeof err) != RD_KAFKA_CONF_OK) {
    std::fprintf(stderr, "kafka_load: %s=%s: %s\n", key.c_str(), value.c_str(), err);
    std::exit(2);
  }
}

rd_kafka_conf_t* base_conf(const options& o) {
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  set_prop(conf, "bootstrap.servers", o.bootstrap);
  set_prop(conf, "client.id", "gannet-kafka-load");
  for (const auto& [k, v] : o.extra_props)
    set_prop(conf, k, v);
  return conf;
}

rd_kafka_conf_t* producer_conf(const options& o) {
  rd_kafka_conf_t* conf = base_conf(o);
  set_prop(conf, "acks", o.acks);
  set_prop(conf, "compression.type", o.compression);
  if (!o.linger_ms.empty()) set_prop(conf, "linger.ms", o.linger_ms);
  // Bounds the load generator's own memory (librdkafka 2.0.2's default is 1 GiB).
  set_prop(conf, "queue.buffering.max.kbytes", "262144");
  // --set wins over the workload's settings.
  for (const auto& [k, v] : o.extra_props)
    set_prop(conf, k, v);
  return conf;
}

client_ptr make_client(rd_kafka_type_t type, rd_kafka_conf_t* conf) {
  char err[512];
  rd_kafka_t* rk = rd_kafka_new(type, conf, err, sizeof err);
  if (rk == nullptr) {
    std::fprintf(stderr, "kafka_load: rd_kafka_new: %s\n", err);
    std::exit(2);
  }
  return client_ptr(rk);
}

void create_topic(const options& o) {
  client_ptr admin = make_client(RD_KAFKA_PRODUCER, base_conf(o));
  char err[512];
  rd_kafka_NewTopic_t* nt = rd_kafka_NewTopic_new(o.topic.c_str(), o.partitions, 1, err, sizeof err);
  if (nt == nullptr) {
    std::fprintf(stderr, "kafka_load: NewTopic: %s\n", err);
    std::exit(2);
  }
  rd_kafka_queue_t* q = rd_kafka_queue_new(admin.get());
  rd_kafka_CreateTopics(admin.get(), &nt, 1, nullptr, q);
  rd_kafka_event_t* ev = rd_kafka_queue_poll(q, static_cast<int>(o.timeout_s * 1000));
  bool ok = false;
  if (ev == nullptr) {
    std::fprintf(stderr, "kafka_load: CreateTopics %s: no answer in time\n", o.topic.c_str());
  } else if (rd_kafka_event_error(ev) != RD_KAFKA_RESP_ERR_NO_ERROR) {
    std::fprintf(stderr, "kafka_load: CreateTopics %s: %s\n", o.topic.c_str(), rd_kafka_event_error_string(ev));
  } else {
    size_t n = 0;
    const rd_kafka_topic_result_t** results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
    ok = n == 1 && rd_kafka_topic_result_error(results[0]) == RD_KAFKA_RESP_ERR_NO_ERROR;
    if (!ok && n == 1)
      std::fprintf(
          stderr, "kafka_load: CreateTopics %s: %s (%s)\n", o.topic.c_str(),
          rd_kafka_err2name(rd_kafka_topic_result_error(results[0])),
          rd_kafka_topic_result_error_string(results[0]) ? rd_kafka_topic_result_error_string(results[0]) : "");
  }
  if (ev != nullptr) rd_kafka_event_destroy(ev);
  rd_kafka_queue_destroy(q);
  rd_kafka_NewTopic_destroy(nt);
  if (!ok) std::exit(1);
}

int partition_count(rd_kafka_t* rk, const std::string& topic) {
  rd_kafka_topic_t* rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
  int count = 0;
  // A topic just created may not have leaders yet (Kafka elects them
  // asynchronously): ask again for up to 10 s until every partition has one.
  for (int attempt = 0; attempt < 50 && count == 0; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const rd_kafka_metadata_t* md = nullptr;
    if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR && md->topic_cnt == 1 &&
        md->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      const auto& t = md->topics[0];
      bool led = t.partition_cnt > 0;
      for (int p = 0; p < t.partition_cnt; ++p)
        led = led && t.partitions[p].leader >= 0;
      if (led) count = t.partition_cnt;
    }
    if (md != nullptr) rd_kafka_metadata_destroy(md);
  }
  rd_kafka_topic_destroy(rkt);
  return count;
}

int partition_count_or_exit(rd_kafka_t* rk, const options& o) {
  int n = partition_count(rk, o.topic);
  if (n == 0) {
    std::fprintf(stderr, "kafka_load: topic %s not found on %s\n", o.topic.c_str(), o.bootstrap.c_str());
    std::exit(1);
  }
  return n;
}

partition_reader::partition_reader(const options& o) {
  rd_kafka_conf_t* conf = base_conf(o);
  // No group.id: with one, librdkafka looks up a coordinator (and Kafka then
  // creates __consumer_offsets, 50 partitions, in the middle of a measurement).
  // Positions come from consume_start; nothing is committed.
  set_prop(conf, "enable.auto.commit", "false");
  for (const auto& [k, v] : o.extra_props)
    set_prop(conf, k, v);
  rk_ = make_client(RD_KAFKA_CONSUMER, conf);
  partitions_ = partition_count_or_exit(rk_.get(), o);
  topic_ = rd_kafka_topic_new(rk_.get(), o.topic.c_str(), nullptr);
  queue_ = rd_kafka_queue_new(rk_.get());
}

void partition_reader::start_from_beginning() {
  for (int p = 0; p < partitions_; ++p) {
    if (rd_kafka_consume_start_queue(topic_, p, RD_KAFKA_OFFSET_BEGINNING, queue_) == -1) {
      std::fprintf(stderr, "kafka_load: consume_start partition %d: %s\n", p, rd_kafka_err2str(rd_kafka_last_error()));
      std::exit(1);
    }
    started_ = p + 1;
  }
}

rd_kafka_message_t* partition_reader::poll(int timeout_ms) { return rd_kafka_consume_queue(queue_, timeout_ms); }

partition_reader::~partition_reader() {
  for (int p = 0; p < started_; ++p)
    rd_kafka_consume_stop(topic_, p);
  rd_kafka_queue_destroy(queue_);
  rd_kafka_topic_destroy(topic_);
}

}  // namespace gannet::bench
