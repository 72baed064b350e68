#pragma once
// CRC-32C (Castagnoli, polynomial 0x1EDC6F41, reflected 0x82F63B78), the
// checksum of record batch v2 (docs/record-batch-format.md).
//
// Written by hand because no Debian 12 package offers a CRC-32C library
// (zlib only has CRC-32/IEEE). Two implementations, chosen once at startup:
// SSE4.2's crc32 instruction when the CPU has it (runtime-detected; only that
// function is compiled for SSE4.2, so the build needs no -msse4.2), otherwise
// a table-driven slicing-by-8 loop. As leveldb's util/crc32c.h: extend() takes
// and returns the finished CRC, so extend(value(a), b) == value(a + b).

#include <cstddef>
#include <cstdint>
#include <span>

namespace gannet::records::crc32c {

// CRC-32C of `data` continued from `crc`, the CRC of the bytes before it
// (0 for none).
std::uint32_t extend(std::uint32_t crc, std::span<const std::uint8_t> data) noexcept;

inline std::uint32_t value(std::span<const std::uint8_t> data) noexcept { return extend(0, data); }

// The two implementations, for tests and benchmarks. extend_hardware() may be
// called only when hardware_available().
std::uint32_t extend_software(std::uint32_t crc, std::span<const std::uint8_t> data) noexcept;
std::uint32_t extend_hardware(std::uint32_t crc, std::span<const std::uint8_t> data) noexcept;
bool hardware_available() noexcept;

}  // namespace gannet::records::crc32c
