#pragma once
// Decodes a request's header, finds its handler and checks the version
// (docs/architecture.md, "How a request flows").

#include "broker_state.h"
#include "gannet/net/frame_handler.h"

namespace gannet::broker {

boost::asio::awaitable<net::handler_result> dispatch(broker_state& s, net::request_frame frame,
                                                     net::connection_context& conn);

}  // namespace gannet::broker
