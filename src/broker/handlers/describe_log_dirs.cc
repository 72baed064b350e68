// DescribeLogDirs (key 35): every configured log dir (absolute path) with the
// size of each hosted partition, offset lag 0 and is_future false (no
// AlterReplicaLogDirs), and (v4+, KIP-827) the file system's total and usable
// bytes. Null topics means every partition; a topic with none of the asked-for
// partitions in a dir is left out of that dir, as Kafka 3.9 does.

#include "gannet/protocol/messages/describe_log_dirs.h"

#include <sys/statvfs.h>

#include <limits>
#include <map>
#include <set>

#include "../run_on.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using response = protocol::describe_log_dirs_response;

struct partition_size {
  std::string dir;  // the log dir holding it
  std::int64_t size = 0;
  bool ok = false;
};

// Java's Path.toAbsolutePath as Kafka prints a log dir: absolute, no
// trailing separator.
std::string absolute_dir(const std::filesystem::path& dir) {
  auto s = std::filesystem::absolute(dir).lexically_normal().string();
  while (s.size() > 1 && s.back() == '/')
    s.pop_back();
  return s;
}

// Java's FileStore.getTotalSpace / getUsableSpace; a negative (overflowed)
// value becomes Long.MAX_VALUE (ReplicaManager.adjustForLargeFileSystems).
std::pair<std::int64_t, std::int64_t> space_of(const std::string& dir) {
  struct statvfs st {};
  if (::statvfs(dir.c_str(), &st) != 0) return {-1, -1};
  auto adjust = [](unsigned long long v) {
    return v > static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max())
               ? std::numeric_limits<std::int64_t>::max()
               : static_cast<std::int64_t>(v);
  };
  return {adjust(static_cast<unsigned long long>(st.f_blocks) * st.f_frsize),
          adjust(static_cast<unsigned long long>(st.f_bavail) * st.f_frsize)};
}

}  // namespace

awaitable<net::handler_result> describe_log_dirs(request_context& ctx) {
  protocol::describe_log_dirs_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DescribeLogDirs request");
  broker_state& s = ctx.b;

  std::vector<std::shared_ptr<partition>> hosted = s.partitions.all();
  std::optional<std::set<storage::topic_partition>> wanted;
  if (req.topics) {
    wanted.emplace();
    for (const auto& t : *req.topics) {
      for (auto p : t.partitions)
        wanted->insert({t.topic, p});
    }
  }

  // dir -> topic -> partition -> size.
  std::map<std::string, std::map<std::string, std::map<std::int32_t, std::int64_t>>> by_dir;
  for (const auto& p : hosted) {
    partition* pp = p.get();
    auto fn = [pp] {
      partition_size out;
      if (pp->deleted()) return out;
      out.dir = absolute_dir(pp->log().dir().parent_path());
      out.size = pp->log().size_bytes();
      out.ok = true;
      return out;
    };
    auto r = co_await run_on(p->strand(), std::move(fn));
    if (!r.ok) continue;
    if (!wanted || wanted->contains(p->tp())) by_dir[r.dir][p->tp().topic][p->tp().partition] = r.size;
  }

  std::vector<std::string> dirs;
  for (const auto& d : s.cfg.log_dirs)
    dirs.push_back(absolute_dir(d));
  auto space_fn = [dirs] {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    for (const auto& d : dirs)
      out.push_back(space_of(d));
    return out;
  };
  auto spaces = co_await run_on(s.control_strand, std::move(space_fn));

  response resp;
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    response::describe_log_dirs_result res;
    res.log_dir = dirs[i];
    if (ctx.version() >= 4) {
      res.total_bytes = spaces[i].first;
      res.usable_bytes = spaces[i].second;
    }
    if (auto it = by_dir.find(dirs[i]); it != by_dir.end()) {
      for (const auto& [topic, parts] : it->second) {
        response::describe_log_dirs_topic t;
        t.name = topic;
        for (const auto& [index, size] : parts) {
          response::describe_log_dirs_partition part;
          part.partition_index = index;
          part.partition_size = size;
          t.partitions.push_back(part);
        }
        res.topics.push_back(std::move(t));
      }
    }
    resp.results.push_back(std::move(res));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
