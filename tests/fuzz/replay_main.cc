// Replays a fuzz corpus through a target's LLVMFuzzerTestOneInput, plus some
// deterministic pseudo-random and truncated inputs, as an ordinary test.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  std::size_t files = 0;
  std::size_t inputs = 0;
  auto run = [&](const std::vector<std::uint8_t>& in) {
    LLVMFuzzerTestOneInput(in.data(), in.size());
    ++inputs;
  };
  std::vector<std::vector<std::uint8_t>> seeds;
  if (argc > 1 && std::filesystem::is_directory(argv[1])) {
    for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
      if (!entry.is_regular_file()) continue;
      std::ifstream f(entry.path(), std::ios::binary);
      seeds.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
      ++files;
    }
  }
  std::mt19937 rng(12345);
  for (const auto& seed : seeds) {
    run(seed);
    // Every prefix (truncation) and some single-byte mutations of each seed.
    for (std::size_t n = 0; n < seed.size(); n += 1 + seed.size() / 256)
      run({seed.begin(), seed.begin() + n});
    for (int i = 0; i < 64 && !seed.empty(); ++i) {
      auto m = seed;
      m[rng() % m.size()] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
      run(m);
    }
  }
  for (int i = 0; i < 2000; ++i) {
    std::vector<std::uint8_t> in(rng() % 512);
    for (auto& b : in)
      b = static_cast<std::uint8_t>(rng());
    run(in);
  }
  std::printf("replayed %zu corpus files, %zu inputs\n", files, inputs);
  return 0;
}
