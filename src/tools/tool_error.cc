// Kafka's exception names and messages for response errors (include/gannet/tools/tool_error.h).

#include "gannet/tools/tool_error.h"

#include <string_view>

namespace gannet::tools {

std::string exception_class_for(protocol::error_code code) {
  using protocol::error_code;
  std::string_view name;
  switch (code) {
    case error_code::topic_already_exists:
      name = "TopicExistsException";
      break;
    case error_code::invalid_partitions:
      name = "InvalidPartitionsException";
      break;
    case error_code::invalid_replication_factor:
      name = "InvalidReplicationFactorException";
      break;
    case error_code::invalid_replica_assignment:
      name = "InvalidReplicaAssignmentException";
      break;
    case error_code::invalid_config:
      name = "InvalidConfigurationException";
      break;
    case error_code::invalid_topic_exception:
      name = "InvalidTopicException";
      break;
    case error_code::unknown_topic_or_partition:
      name = "UnknownTopicOrPartitionException";
      break;
    case error_code::policy_violation:
      name = "PolicyViolationException";
      break;
    case error_code::invalid_request:
      name = "InvalidRequestException";
      break;
    case error_code::unsupported_version:
      name = "UnsupportedVersionException";
      break;
    case error_code::not_controller:
      name = "NotControllerException";
      break;
    case error_code::request_timed_out:
      name = "TimeoutException";
      break;
    case error_code::group_id_not_found:
      name = "GroupIdNotFoundException";
      break;
    case error_code::non_empty_group:
      name = "GroupNotEmptyException";
      break;
    case error_code::invalid_group_id:
      name = "InvalidGroupIdException";
      break;
    case error_code::coordinator_not_available:
      name = "CoordinatorNotAvailableException";
      break;
    case error_code::not_coordinator:
      name = "NotCoordinatorException";
      break;
    case error_code::topic_authorization_failed:
      name = "TopicAuthorizationException";
      break;
    case error_code::cluster_authorization_failed:
      name = "ClusterAuthorizationException";
      break;
    case error_code::group_authorization_failed:
      name = "GroupAuthorizationException";
      break;
    case error_code::unknown_topic_id:
      name = "UnknownTopicIdException";
      break;
    case error_code::offset_out_of_range:
      name = "OffsetOutOfRangeException";
      break;
    case error_code::message_too_large:
      name = "RecordTooLargeException";
      break;
    case error_code::not_leader_or_follower:
      name = "NotLeaderOrFollowerException";
      break;
    case error_code::leader_not_available:
      name = "LeaderNotAvailableException";
      break;
    case error_code::unknown_server_error:
      name = "UnknownServerException";
      break;
    default:
      name = "ApiException";
      break;
  }
  return "org.apache.kafka.common.errors." + std::string(name);
}

tool_error kafka_error(protocol::error_code code, const std::optional<std::string>& message) {
  // As Kafka's ApiError: the broker's message when it sent one (even empty), else the default.
  std::string text = message ? *message : std::string(protocol::error_code_message(code));
  return tool_error(text, exception_class_for(code));
}

}  // namespace gannet::tools
