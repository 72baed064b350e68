#pragma once
// Errors of the storage module (std::error_code category "gannet.storage").
// Handlers map them to Kafka codes in one place: storage_error and no_space ->
// KAFKA_STORAGE_ERROR, offset_out_of_range -> OFFSET_OUT_OF_RANGE, corrupt_log ->
// CORRUPT_MESSAGE, invalid_batch -> INVALID_RECORD (or CORRUPT_MESSAGE).

#include <system_error>

namespace gannet::storage {

enum class errc {
  storage_error = 1,    // EIO or another unexpected I/O failure; the log may be unusable
  no_space,             // ENOSPC / EDQUOT on write or preallocation
  offset_out_of_range,  // an offset outside [log_start_offset, log_end_offset]
  corrupt_log,          // bytes on disk that do not parse where they must (e.g. index points mid-batch)
  invalid_batch,        // append input whose framing is wrong (length, magic)
  not_found,            // no such log / file
  already_exists,       // a log for the partition exists
  invalid_argument,     // e.g. a topic name that cannot be a directory name
};

const std::error_category& storage_category() noexcept;
inline std::error_code make_error_code(errc e) noexcept { return {static_cast<int>(e), storage_category()}; }

// Maps an errno from a failed system call to the storage error the caller sees.
std::error_code from_errno(int err) noexcept;

}  // namespace gannet::storage

template <>
struct std::is_error_code_enum<gannet::storage::errc> : std::true_type {};
