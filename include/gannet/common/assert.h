#pragma once
// Invariant checks. Never use these on input (frames, batches, files): input
// errors are values (docs/architecture.md, "Errors").

#include <cstdio>
#include <cstdlib>

namespace gannet::detail {
[[noreturn]] inline void check_failed(const char* expr, const char* file, int line, const char* msg) {
  std::fprintf(stderr, "gannet: check failed: %s at %s:%d%s%s\n", expr, file, line, *msg ? ": " : "", msg);
  std::abort();
}
}  // namespace gannet::detail

// Always on. The optional message must be a string literal.
// where going on would corrupt data (e.g. offsets going backwards).
#define GANNET_CHECK(expr, ...)                                                  \
  do {                                                                           \
    if (!(expr)) [[unlikely]]                                                    \
      ::gannet::detail::check_failed(#expr, __FILE__, __LINE__, "" __VA_ARGS__); \
  } while (0)

// Debug builds only: cheap local invariants.
#ifdef NDEBUG
#define GANNET_ASSERT(expr, ...) ((void)0)
#else
#define GANNET_ASSERT(expr, ...) GANNET_CHECK(expr __VA_OPT__(, ) __VA_ARGS__)
#endif
