// DescribeGroups (key 15): state, protocol and members of each group; member
// metadata and assignments only while Stable. An unknown group is "Dead"
// with no error (GROUP_ID_NOT_FOUND comes with v6, which Kafka 3.9 lacks).

#include "gannet/protocol/messages/describe_groups.h"

#include <climits>

#include "gannet/groups/coordinator.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

// Every operation Kafka defines on a group resource (READ 3, DELETE 6,
// DESCRIBE 8): no authorizer, so all are allowed.
constexpr std::int32_t all_group_operations = (1 << 3) | (1 << 6) | (1 << 8);

}  // namespace

awaitable<net::handler_result> describe_groups(request_context& ctx) {
  protocol::describe_groups_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DescribeGroups request");
  protocol::describe_groups_response resp;
  for (const auto& id : req.groups) {
    auto op = ctx.b.groups->describe_group(id);
    auto summary = co_await std::move(op);
    protocol::describe_groups_response::described_group g;
    g.error_code = summary.error;
    g.group_id = id;
    g.group_state = summary.state;
    g.protocol_type = summary.protocol_type;
    g.protocol_data = summary.protocol;
    for (auto& m : summary.members) {
      protocol::describe_groups_response::described_group_member dm;
      dm.member_id = std::move(m.member_id);
      if (ctx.version() >= 4) dm.group_instance_id = std::move(m.group_instance_id);
      dm.client_id = std::move(m.client_id);
      dm.client_host = std::move(m.client_host);
      dm.member_metadata = std::move(m.metadata);
      dm.member_assignment = std::move(m.assignment);
      g.members.push_back(std::move(dm));
    }
    g.authorized_operations = req.include_authorized_operations ? all_group_operations : INT_MIN;
    resp.groups.push_back(std::move(g));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
