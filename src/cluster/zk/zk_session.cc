// zk_session's operations over the C client's asynchronous API. Each request
// carries a heap context that the C callback fills and posts to the awaiting
// coroutine's executor; zk_session_core.cc owns the handle they run on.

#include "gannet/cluster/zk_session.h"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "zk_c.h"
#include "zk_session_core.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using core = zk_session::core;

// The C client's context of one request: the completion (already bound to
// the awaiting coroutine's executor) and the watch it may have registered.
template <class T>
struct op_ctx {
  std::function<void(result<T>)> complete;
  core::watch_ctx* watch = nullptr;
  core* owner = nullptr;

  // A watch is registered only when the request's result allows it (the C
  // client's activateWatcher); otherwise it can never fire and is freed here.
  void keep_watch_if(bool registered) {
    if (watch != nullptr && !registered) owner->take_watch(watch);
  }
};

// Starts a request: `start(core&, complete)` submits it, and `complete` posts
// the result to the coroutine's executor.
template <class T, class Start>
asio::awaitable<result<T>> run(std::shared_ptr<core> c, Start start) {
  return asio::async_initiate<const asio::use_awaitable_t<>&, void(result<T>)>(
      [c = std::move(c), start = std::move(start)](auto handler) mutable {
        auto ex = asio::get_associated_executor(handler, c->strand_);
        auto h = std::make_shared<decltype(handler)>(std::move(handler));
        std::function<void(result<T>)> complete = [ex, h](result<T> r) {
          asio::post(ex, [h, r = std::move(r)]() mutable { (*h)(std::move(r)); });
        };
        start(*c, std::move(complete));
      },
      asio::use_awaitable);
}

template <class T>
op_ctx<T>* new_ctx(core& c, std::function<void(result<T>)> complete, zk_watcher watcher) {
  auto* ctx = new op_ctx<T>{std::move(complete), nullptr, &c};
  if (watcher) ctx->watch = c.new_watch(std::move(watcher));
  return ctx;
}

// Submits with the C call `call(zh, ctx)`; a request the C client refused
// completes at once (its callback will never run).
template <class T, class Call>
void submit(core& c, op_ctx<T>* ctx, Call call) {
  const int rc = c.submit([&](zhandle_t* zh) { return call(zh, ctx); });
  if (rc != ZOK) {
    ctx->keep_watch_if(false);
    ctx->complete(zk_c::to_error(rc));
    delete ctx;
  }
}

void on_watch(zhandle_t*, int type, int, const char* path, void* p) {
  // The C client's completion thread. Session events reach every watch (the
  // watch stays registered through a reconnect): not the node's event.
  zk_event_type t;
  if (!zk_c::to_event_type(type, t)) return;
  auto* w = static_cast<core::watch_ctx*>(p);
  if (auto owned = w->owner->take_watch(w)) {
    w->owner->deliver(std::move(owned), zk_watch_event{t, path ? path : ""});
  }
}

template <class T>
op_ctx<T>* ctx_of(const void* data) {
  return static_cast<op_ctx<T>*>(const_cast<void*>(data));
}

}  // namespace

zk_session::zk_session(asio::any_io_executor executor, std::string connect, std::chrono::milliseconds session_timeout)
    : core_(std::make_shared<core>(std::move(executor), std::move(connect), session_timeout)) {}

zk_session::~zk_session() { core_->close(); }

asio::awaitable<result<void>> zk_session::connect(std::chrono::milliseconds connection_timeout) {
  return core_->connect(connection_timeout);
}

std::string zk_session::connect_error() const { return core_->connect_error(); }
void zk_session::close() { core_->close(); }
const std::string& zk_session::chroot() const { return core_->chroot_; }
zk_session::client_id zk_session::current_client_id() const { return core_->current_client_id(); }
std::int64_t zk_session::session_id() const { return core_->session_id_; }
void zk_session::add_session_listener(zk_session_listener listener) { core_->add_listener(std::move(listener)); }

asio::awaitable<result<std::string>> zk_session::create(std::string path, std::string data, zk_create_mode mode) {
  using T = std::string;
  return run<T>(core_, [path = std::move(path), data = std::move(data), mode](core& c, auto complete) {
    auto* ctx = new_ctx<T>(c, std::move(complete), {});
    submit(c, ctx, [&](zhandle_t* zh, op_ctx<T>* x) {
      return zoo_acreate(
          zh, path.c_str(), zk_c::data_ptr(data), zk_c::data_len(data), &ZOO_OPEN_ACL_UNSAFE, zk_c::to_flags(mode),
          [](int rc, const char* value, const void* d) {
            auto* x = ctx_of<T>(d);
            if (rc == ZOK)
              x->complete(std::string(value ? value : ""));
            else
              x->complete(zk_c::to_error(rc));
            delete x;
          },
          x);
    });
  });
}

asio::awaitable<result<zk_data>> zk_session::get(std::string path, zk_watcher watcher) {
  using T = zk_data;
  return run<T>(core_, [path = std::move(path), watcher = std::move(watcher)](core& c, auto complete) mutable {
    auto* ctx = new_ctx<T>(c, std::move(complete), std::move(watcher));
    submit(c, ctx, [&](zhandle_t* zh, op_ctx<T>* x) {
      return zoo_awget(
          zh, path.c_str(), x->watch ? &on_watch : nullptr, x->watch,
          [](int rc, const char* value, int len, const Stat* stat, const void* d) {
            auto* x = ctx_of<T>(d);
            x->keep_watch_if(rc == ZOK);
            if (rc == ZOK) {
              x->complete(zk_data{value && len > 0 ? std::string(value, len) : std::string(), zk_c::to_stat(*stat)});
            } else {
              x->complete(zk_c::to_error(rc));
            }
            delete x;
          },
          x);
    });
  });
}

asio::awaitable<result<zk_stat>> zk_session::set(std::string path, std::string data, std::int32_t version) {
  using T = zk_stat;
  return run<T>(core_, [path = std::move(path), data = std::move(data), version](core& c, auto complete) {
    auto* ctx = new_ctx<T>(c, std::move(complete), {});
    submit(c, ctx, [&](zhandle_t* zh, op_ctx<T>* x) {
      return zoo_aset(
          zh, path.c_str(), zk_c::data_ptr(data), zk_c::data_len(data), version,
          [](int rc, const Stat* stat, const void* d) {
            auto* x = ctx_of<T>(d);
            if (rc == ZOK)
              x->complete(zk_c::to_stat(*stat));
            else
              x->complete(zk_c::to_error(rc));
            delete x;
          },
          x);
    });
  });
}

asio::awaitable<result<void>> zk_session::remove(std::string path, std::int32_t version) {
  using T = void;
  return run<T>(core_, [path = std::move(path), version](core& c, auto complete) {
    auto* ctx = new_ctx<T>(c, std::move(complete), {});
    submit(c, ctx, [&](zhandle_t* zh, op_ctx<T>* x) {
      return zoo_adelete(
          zh, path.c_str(), version,
          [](int rc, const void* d) {
            auto* x = ctx_of<T>(d);
            if (rc == ZOK)
              x->complete(result<void>{});
            else
              x->complete(zk_c::to_error(rc));
            delete x;
          },
          x);
    });
  });
}

asio::awaitable<result<std::optional<zk_stat>>> zk_session::exists(std::string path, zk_watcher watcher) {
  using T = std::optional<zk_stat>;
  return run<T>(core_, [path = std::move(path), watcher = std::move(watcher)](core& c, auto complete) mutable {
    auto* ctx = new_ctx<T>(c, std::move(complete), std::move(watcher));
    submit(c, ctx, [&](zhandle_t* zh, op_ctx<T>* x) {
      return zoo_awexists(
          zh, path.c_str(), x->watch ? &on_watch : nullptr, x->watch,
          [](int rc, const Stat* stat, const void* d) {
            auto* x = ctx_of<T>(d);
            // An exists watch is set on a missing node too (it fires on creation).
            x->keep_watch_if(rc == ZOK || rc == ZNONODE);
            if (rc == ZOK)
              x->complete(T{zk_c::to_stat(*stat)});
            else if (rc == ZNONODE)
              x->complete(T{});
            else
              x->complete(zk_c::to_error(rc));
            delete x;
          },
          x);
    });
  });
}

asio::awaitable<result<std::vector<std::string>>> zk_session::children(std::string path, zk_watcher watcher) {
  using T = std::vector<std::string>;
  return run<T>(core_, [path = std::move(path), watcher = std::move(watcher)](core& c, auto complete) mutable {
    auto* ctx = new_ctx<T>(c, std::move(complete), std::move(watcher));
    submit(c, ctx, [&](zhandle_t* zh, op_ctx<T>* x) {
      return zoo_awget_children(
          zh, path.c_str(), x->watch ? &on_watch : nullptr, x->watch,
          [](int rc, const String_vector* strings, const void* d) {
            auto* x = ctx_of<T>(d);
            x->keep_watch_if(rc == ZOK);
            if (rc == ZOK) {
              T names;
              if (strings != nullptr) names.assign(strings->data, strings->data + strings->count);
              x->complete(std::move(names));
            } else {
              x->complete(zk_c::to_error(rc));
            }
            delete x;
          },
          x);
    });
  });
}

namespace {

// Kafka's retryRequestUntilConnected, for the idempotent creates of
// create_recursive only: on connection loss, wait for the connection (at most
// a session timeout, after which the session is gone anyway) and retry.
asio::awaitable<result<std::string>> create_until_connected(zk_session& zk, core& c, std::string path,
                                                            std::string data) {
  // Named awaitables: no temporaries inside co_await (GCC 12, see broker/run_on.h).
  for (;;) {
    auto op = zk.create(path, data, zk_create_mode::persistent);
    auto r = co_await std::move(op);
    if (r || r.error() != zk_errc::connection_loss) co_return r;
    auto wait = c.wait_connected(c.session_timeout_);
    if (!co_await std::move(wait)) co_return r;
  }
}

std::string parent_of(const std::string& path) {
  const auto i = path.rfind('/');
  return i == std::string::npos ? std::string() : path.substr(0, i);
}

// createRecursive0: a parent with no data, its own parents first when missing.
asio::awaitable<result<void>> create_parents(zk_session& zk, core& c, std::string path) {
  if (path.empty()) co_return make_error_code(zk_errc::bad_arguments);
  auto first = create_until_connected(zk, c, path, {});
  auto r = co_await std::move(first);
  if (!r && r.error() == zk_errc::no_node) {
    auto parents = create_parents(zk, c, parent_of(path));
    if (auto p = co_await std::move(parents); !p) co_return p;
    auto again = create_until_connected(zk, c, path, {});
    r = co_await std::move(again);
  }
  if (!r && r.error() != zk_errc::node_exists) co_return r.error();
  co_return result<void>{};
}

}  // namespace

asio::awaitable<result<void>> zk_session::create_recursive(std::string path, std::string data) {
  // KafkaZkClient.createRecursive(path, data, throwIfPathExists = false): the
  // node first; its parents only when it reports no_node.
  auto c = core_;
  auto first = create_until_connected(*this, *c, path, data);
  auto r = co_await std::move(first);
  if (!r && r.error() == zk_errc::no_node) {
    auto parents = create_parents(*this, *c, parent_of(path));
    if (auto p = co_await std::move(parents); !p) co_return p;
    auto again = create_until_connected(*this, *c, path, data);
    r = co_await std::move(again);
  }
  if (!r && r.error() != zk_errc::node_exists) co_return r.error();
  co_return result<void>{};
}

namespace {

// A multi's C-side storage: the C client serialises the ops at once but
// writes results, created paths and stats at completion.
struct multi_ctx : op_ctx<std::vector<zk_op_result>> {
  std::vector<zk_op> ops;
  std::vector<zoo_op_t> c_ops;
  std::vector<zoo_op_result_t> c_results;
  std::vector<std::string> path_buffers;
  std::vector<Stat> stats;
};

}  // namespace

asio::awaitable<result<std::vector<zk_op_result>>> zk_session::multi(std::vector<zk_op> ops) {
  using T = std::vector<zk_op_result>;
  return run<T>(core_, [ops = std::move(ops)](core& c, auto complete) mutable {
    auto* ctx = new multi_ctx;
    ctx->complete = std::move(complete);
    ctx->owner = &c;
    ctx->ops = std::move(ops);
    const std::size_t n = ctx->ops.size();
    if (n == 0) {
      ctx->complete(T{});
      delete ctx;
      return;
    }
    ctx->c_ops.resize(n);
    ctx->c_results.resize(n);
    ctx->path_buffers.resize(n);
    ctx->stats.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const zk_op& op = ctx->ops[i];
      zoo_op_t* o = &ctx->c_ops[i];
      switch (op.type) {
        case zk_op::kind::create:
          // Room for the chroot-less path and a sequential node's 10-digit suffix.
          ctx->path_buffers[i].assign(op.path.size() + 16, '\0');
          zoo_create_op_init(o, op.path.c_str(), zk_c::data_ptr(op.data), zk_c::data_len(op.data), &ZOO_OPEN_ACL_UNSAFE,
                             zk_c::to_flags(op.mode), ctx->path_buffers[i].data(),
                             static_cast<int>(ctx->path_buffers[i].size()));
          break;
        case zk_op::kind::set:
          zoo_set_op_init(o, op.path.c_str(), zk_c::data_ptr(op.data), zk_c::data_len(op.data), op.version,
                          &ctx->stats[i]);
          break;
        case zk_op::kind::remove:
          zoo_delete_op_init(o, op.path.c_str(), op.version);
          break;
        case zk_op::kind::check:
          zoo_check_op_init(o, op.path.c_str(), op.version);
          break;
      }
    }
    const int rc = c.submit([&](zhandle_t* zh) {
      return zoo_amulti(
          zh, static_cast<int>(n), ctx->c_ops.data(), ctx->c_results.data(),
          [](int rc, const void* d) {
            auto* x = static_cast<multi_ctx*>(const_cast<void*>(d));
            if (rc != ZOK) {
              // All or nothing: the first failing op's error (zk_client.h).
              x->complete(zk_c::to_error(rc));
            } else {
              T out(x->ops.size());
              for (std::size_t i = 0; i < out.size(); ++i) {
                const zoo_op_result_t& r = x->c_results[i];
                out[i].error = zk_c::to_error(r.err);
                if (x->ops[i].type == zk_op::kind::create && r.err == ZOK && r.value != nullptr) {
                  out[i].path.assign(r.value);
                }
                if (x->ops[i].type == zk_op::kind::set && r.err == ZOK) out[i].stat = zk_c::to_stat(x->stats[i]);
              }
              x->complete(std::move(out));
            }
            delete x;
          },
          ctx);
    });
    if (rc != ZOK) {
      ctx->complete(zk_c::to_error(rc));
      delete ctx;
    }
  });
}

}  // namespace gannet::cluster
