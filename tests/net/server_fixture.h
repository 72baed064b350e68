#pragma once
// A server on 127.0.0.1:0 with the scripted test_handler.

#include <gtest/gtest.h>

#include <memory>

#include "gannet/net/server.h"
#include "net/test_client.h"
#include "net/test_handler.h"

namespace gannet::net::testing {

class ServerFixture : public ::testing::Test {
 protected:
  static server_config default_config() {
    server_config c;
    c.listeners = {listener_config{"PLAINTEXT", "127.0.0.1", 0}};
    c.num_network_threads = 2;
    c.shutdown_timeout_ms = std::chrono::milliseconds(2000);
    // Kafka's default of 50 overflows when 1,000 clients connect back to back
    // (each dropped SYN costs the client a one-second retransmit).
    c.socket_listen_backlog_size = 1024;
    return c;
  }

  void start(server_config c = default_config()) {
    server_ = std::make_unique<server>(std::move(c), handler_);
    server_->start();
    port_ = server_->local_endpoints().at(0).endpoint.port();
  }

  void TearDown() override {
    if (server_) server_->stop();
  }

  test_client connect(int receive_buffer = -1) { return test_client(port_, receive_buffer); }

  // One echo round trip on a fresh connection: the server still serves.
  bool serves_a_new_client() {
    test_client c = connect();
    auto req = echo_request(0, "still here");
    c.send_frame(req);
    auto resp = c.read_frame();
    return resp && *resp == req;
  }

  server_stats stats() const { return server_->stats(); }

  test_handler handler_;
  std::unique_ptr<server> server_;
  std::uint16_t port_ = 0;
};

}  // namespace gannet::net::testing
