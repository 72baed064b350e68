// InitProducerId (key 22) for idempotent producers: as Kafka does for a null
// transactional id, always a new producer id with epoch 0 (an idempotent
// producer bumps its epoch itself, KIP-360). Transactional ids come with the
// transactions issue; until then they get the retriable COORDINATOR_NOT_AVAILABLE.

#include "gannet/protocol/messages/init_producer_id.h"

#include "../run_on.h"
#include "handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> init_producer_id(request_context& ctx) {
  protocol::init_producer_id_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed InitProducerId request");
  broker_state& s = ctx.b;
  protocol::init_producer_id_response resp;
  if (req.transactional_id && !req.transactional_id->empty()) {
    resp.error_code = protocol::error_code::coordinator_not_available;
    co_return ctx.respond(resp);
  }
  auto fn = [&s] { return s.producer_ids.next(); };
  auto id = co_await run_on(s.control_strand, std::move(fn));
  if (!id) {
    resp.error_code = protocol::error_code::kafka_storage_error;
  } else {
    resp.producer_id = *id;
    resp.producer_epoch = 0;
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
