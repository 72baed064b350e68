// DeleteTopics (key 20): by name (v0-5) or by name or topic id (v6+).

#include "gannet/protocol/messages/delete_topics.h"

#include "../run_on.h"
#include "../topic_admin.h"
#include "handlers.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> delete_topics(request_context& ctx) {
  protocol::delete_topics_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DeleteTopics request");
  broker_state& s = ctx.b;
  if (s.zk) {
    auto task = zk_delete_topics(ctx, std::move(req));
    co_return co_await std::move(task);
  }
  using result_entry = protocol::delete_topics_response::deletable_topic_result;

  std::vector<protocol::delete_topics_request::delete_topic_state> wanted = req.topics;
  if (ctx.version() < 6) {
    for (const auto& n : req.topic_names) {
      protocol::delete_topics_request::delete_topic_state st;
      st.name = n;
      wanted.push_back(std::move(st));
    }
  }
  protocol::delete_topics_response resp;
  for (const auto& w : wanted) {
    result_entry out;
    out.name = w.name;
    out.topic_id = w.topic_id;
    std::optional<topic_info> t;
    if (w.name) {
      t = s.topics.find(*w.name);
    } else {
      t = s.topics.find_by_id(w.topic_id);
    }
    if (!t) {
      out.error_code =
          w.name ? protocol::error_code::unknown_topic_or_partition : protocol::error_code::unknown_topic_id;
      out.error_message =
          w.name ? "This server does not host this topic-partition." : "This server does not host this topic ID.";
      resp.responses.push_back(std::move(out));
      continue;
    }
    out.name = t->name;
    out.topic_id = t->id;
    if (!s.cfg.delete_topic_enable) {
      out.error_code = protocol::error_code::topic_deletion_disabled;
      out.error_message = "Topic deletion is disabled.";
      resp.responses.push_back(std::move(out));
      continue;
    }
    std::vector<std::shared_ptr<partition>> removed;
    auto fn = [&s, &removed, name = t->name] { return delete_topic(s, name, removed); };
    auto err = co_await run_on(s.control_strand, std::move(fn));
    // The logs are gone before the answer (see delete_topic).
    for (auto& p : removed) {
      auto drop = [&s, p] { return remove_partition_log(s, *p); };
      co_await run_on(p->strand(), std::move(drop));
    }
    if (err) {
      out.error_code = err->code;
      out.error_message = err->message;
    } else if (s.groups) {
      // Kafka's GroupCoordinator.handleDeletedPartitions: no group keeps an
      // offset of the deleted topic, so a re-created one is read from its start.
      std::vector<std::string> topics{t->name};
      auto removal = s.groups->remove_topic_offsets(std::move(topics));
      co_await std::move(removal);
    }
    resp.responses.push_back(std::move(out));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
