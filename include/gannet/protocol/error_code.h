#pragma once
// Kafka error codes (int16 on the wire): every code of Kafka's Errors.java, with its name and
// meaning. Error codes are data: handlers set them in responses and never throw to report one
// (docs/protocol.md). A value outside the list (from a newer peer) is still a valid error_code.

#include <cstdint>
#include <string_view>

// X(enumerator, Kafka name, code, message)
// clang-format off
#define GANNET_PROTOCOL_ERROR_CODES(X) \
  X(unknown_server_error, "UNKNOWN_SERVER_ERROR", -1, "The server experienced an unexpected error when processing the request.") \
  X(none, "NONE", 0, "") \
  X(offset_out_of_range, "OFFSET_OUT_OF_RANGE", 1, "The requested offset is not within the range of offsets maintained by the server.") \
  X(corrupt_message, "CORRUPT_MESSAGE", 2, "This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt.") \
  X(unknown_topic_or_partition, "UNKNOWN_TOPIC_OR_PARTITION", 3, "This server does not host this topic-partition.") \
  X(invalid_fetch_size, "INVALID_FETCH_SIZE", 4, "The requested fetch size is invalid.") \
  X(leader_not_available, "LEADER_NOT_AVAILABLE", 5, "There is no leader for this topic-partition as we are in the middle of a leadership election.") \
  X(not_leader_or_follower, "NOT_LEADER_OR_FOLLOWER", 6, "For requests intended only for the leader, this broker is not the current leader; for requests intended for any replica, this broker is not a replica of the topic partition.") \
  X(request_timed_out, "REQUEST_TIMED_OUT", 7, "The request timed out.") \
  X(broker_not_available, "BROKER_NOT_AVAILABLE", 8, "The broker is not available.") \
  X(replica_not_available, "REPLICA_NOT_AVAILABLE", 9, "The replica is not available for the requested topic-partition.") \
  X(message_too_large, "MESSAGE_TOO_LARGE", 10, "The request included a message larger than the max message size the server will accept.") \
  X(stale_controller_epoch, "STALE_CONTROLLER_EPOCH", 11, "The controller moved to another broker.") \
  X(offset_metadata_too_large, "OFFSET_METADATA_TOO_LARGE", 12, "The metadata field of the offset request was too large.") \
  X(network_exception, "NETWORK_EXCEPTION", 13, "The server disconnected before a response was received.") \
  X(coordinator_load_in_progress, "COORDINATOR_LOAD_IN_PROGRESS", 14, "The coordinator is loading and hence can't process requests.") \
  X(coordinator_not_available, "COORDINATOR_NOT_AVAILABLE", 15, "The coordinator is not available.") \
  X(not_coordinator, "NOT_COORDINATOR", 16, "This is not the correct coordinator.") \
  X(invalid_topic_exception, "INVALID_TOPIC_EXCEPTION", 17, "The request attempted to perform an operation on an invalid topic.") \
  X(record_list_too_large, "RECORD_LIST_TOO_LARGE", 18, "The request included message batch larger than the configured segment size on the server.") \
  X(not_enough_replicas, "NOT_ENOUGH_REPLICAS", 19, "Messages are rejected since there are fewer in-sync replicas than required.") \
  X(not_enough_replicas_after_append, "NOT_ENOUGH_REPLICAS_AFTER_APPEND", 20, "Messages are written to the log, but to fewer in-sync replicas than required.") \
  X(invalid_required_acks, "INVALID_REQUIRED_ACKS", 21, "Produce request specified an invalid value for required acks.") \
  X(illegal_generation, "ILLEGAL_GENERATION", 22, "Specified group generation id is not valid.") \
  X(inconsistent_group_protocol, "INCONSISTENT_GROUP_PROTOCOL", 23, "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list.") \
  X(invalid_group_id, "INVALID_GROUP_ID", 24, "The group id is invalid.") \
  X(unknown_member_id, "UNKNOWN_MEMBER_ID", 25, "The coordinator is not aware of this member.") \
  X(invalid_session_timeout, "INVALID_SESSION_TIMEOUT", 26, "The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms).") \
  X(rebalance_in_progress, "REBALANCE_IN_PROGRESS", 27, "The group is rebalancing, so a rejoin is needed.") \
  X(invalid_commit_offset_size, "INVALID_COMMIT_OFFSET_SIZE", 28, "The committing offset data size is not valid.") \
  X(topic_authorization_failed, "TOPIC_AUTHORIZATION_FAILED", 29, "Topic authorization failed.") \
  X(group_authorization_failed, "GROUP_AUTHORIZATION_FAILED", 30, "Group authorization failed.") \
  X(cluster_authorization_failed, "CLUSTER_AUTHORIZATION_FAILED", 31, "Cluster authorization failed.") \
  X(invalid_timestamp, "INVALID_TIMESTAMP", 32, "The timestamp of the message is out of acceptable range.") \
  X(unsupported_sasl_mechanism, "UNSUPPORTED_SASL_MECHANISM", 33, "The broker does not support the requested SASL mechanism.") \
  X(illegal_sasl_state, "ILLEGAL_SASL_STATE", 34, "Request is not valid given the current SASL state.") \
  X(unsupported_version, "UNSUPPORTED_VERSION", 35, "The version of API is not supported.") \
  X(topic_already_exists, "TOPIC_ALREADY_EXISTS", 36, "Topic with this name already exists.") \
  X(invalid_partitions, "INVALID_PARTITIONS", 37, "Number of partitions is below 1.") \
  X(invalid_replication_factor, "INVALID_REPLICATION_FACTOR", 38, "Replication factor is below 1 or larger than the number of available brokers.") \
  X(invalid_replica_assignment, "INVALID_REPLICA_ASSIGNMENT", 39, "Replica assignment is invalid.") \
  X(invalid_config, "INVALID_CONFIG", 40, "Configuration is invalid.") \
  X(not_controller, "NOT_CONTROLLER", 41, "This is not the correct controller for this cluster.") \
  X(invalid_request, "INVALID_REQUEST", 42, "The request is malformed, or was sent to an incompatible broker; see the broker logs.") \
  X(unsupported_for_message_format, "UNSUPPORTED_FOR_MESSAGE_FORMAT", 43, "The message format version on the broker does not support the request.") \
  X(policy_violation, "POLICY_VIOLATION", 44, "Request parameters do not satisfy the configured policy.") \
  X(out_of_order_sequence_number, "OUT_OF_ORDER_SEQUENCE_NUMBER", 45, "The broker received an out of order sequence number.") \
  X(duplicate_sequence_number, "DUPLICATE_SEQUENCE_NUMBER", 46, "The broker received a duplicate sequence number.") \
  X(invalid_producer_epoch, "INVALID_PRODUCER_EPOCH", 47, "Producer attempted to produce with an old epoch.") \
  X(invalid_txn_state, "INVALID_TXN_STATE", 48, "The producer attempted a transactional operation in an invalid state.") \
  X(invalid_producer_id_mapping, "INVALID_PRODUCER_ID_MAPPING", 49, "The producer attempted to use a producer id which is not currently assigned to its transactional id.") \
  X(invalid_transaction_timeout, "INVALID_TRANSACTION_TIMEOUT", 50, "The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms).") \
  X(concurrent_transactions, "CONCURRENT_TRANSACTIONS", 51, "The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing.") \
  X(transaction_coordinator_fenced, "TRANSACTION_COORDINATOR_FENCED", 52, "The transaction coordinator sending a WriteTxnMarker is no longer the current coordinator for a given producer.") \
  X(transactional_id_authorization_failed, "TRANSACTIONAL_ID_AUTHORIZATION_FAILED", 53, "Transactional Id authorization failed.") \
  X(security_disabled, "SECURITY_DISABLED", 54, "Security features are disabled.") \
  X(operation_not_attempted, "OPERATION_NOT_ATTEMPTED", 55, "The broker did not attempt to execute this operation, as some operations of the batch failed.") \
  X(kafka_storage_error, "KAFKA_STORAGE_ERROR", 56, "Disk error when trying to access log file on the disk.") \
  X(log_dir_not_found, "LOG_DIR_NOT_FOUND", 57, "The user-specified log directory is not found in the broker config.") \
  X(sasl_authentication_failed, "SASL_AUTHENTICATION_FAILED", 58, "SASL Authentication failed.") \
  X(unknown_producer_id, "UNKNOWN_PRODUCER_ID", 59, "The broker could not locate the producer metadata associated with the producerId in question.") \
  X(reassignment_in_progress, "REASSIGNMENT_IN_PROGRESS", 60, "A partition reassignment is in progress.") \
  X(delegation_token_auth_disabled, "DELEGATION_TOKEN_AUTH_DISABLED", 61, "Delegation Token feature is not enabled.") \
  X(delegation_token_not_found, "DELEGATION_TOKEN_NOT_FOUND", 62, "Delegation Token is not found on server.") \
  X(delegation_token_owner_mismatch, "DELEGATION_TOKEN_OWNER_MISMATCH", 63, "Specified Principal is not valid Owner/Renewer.") \
  X(delegation_token_request_not_allowed, "DELEGATION_TOKEN_REQUEST_NOT_ALLOWED", 64, "Delegation Token requests are not allowed on PLAINTEXT/1-way SSL channels and on delegation token authenticated channels.") \
  X(delegation_token_authorization_failed, "DELEGATION_TOKEN_AUTHORIZATION_FAILED", 65, "Delegation Token authorization failed.") \
  X(delegation_token_expired, "DELEGATION_TOKEN_EXPIRED", 66, "Delegation Token is expired.") \
  X(invalid_principal_type, "INVALID_PRINCIPAL_TYPE", 67, "Supplied principalType is not supported.") \
  X(non_empty_group, "NON_EMPTY_GROUP", 68, "The group is not empty.") \
  X(group_id_not_found, "GROUP_ID_NOT_FOUND", 69, "The group id does not exist.") \
  X(fetch_session_id_not_found, "FETCH_SESSION_ID_NOT_FOUND", 70, "The fetch session ID was not found.") \
  X(invalid_fetch_session_epoch, "INVALID_FETCH_SESSION_EPOCH", 71, "The fetch session epoch is invalid.") \
  X(listener_not_found, "LISTENER_NOT_FOUND", 72, "There is no listener on the leader broker that matches the listener on which metadata request was processed.") \
  X(topic_deletion_disabled, "TOPIC_DELETION_DISABLED", 73, "Topic deletion is disabled.") \
  X(fenced_leader_epoch, "FENCED_LEADER_EPOCH", 74, "The leader epoch in the request is older than the epoch on the broker.") \
  X(unknown_leader_epoch, "UNKNOWN_LEADER_EPOCH", 75, "The leader epoch in the request is newer than the epoch on the broker.") \
  X(unsupported_compression_type, "UNSUPPORTED_COMPRESSION_TYPE", 76, "The requesting client does not support the compression type of given partition.") \
  X(stale_broker_epoch, "STALE_BROKER_EPOCH", 77, "Broker epoch has changed.") \
  X(offset_not_available, "OFFSET_NOT_AVAILABLE", 78, "The leader high watermark has not caught up from a recent leader election so the offsets cannot be guaranteed to be monotonically increasing.") \
  X(member_id_required, "MEMBER_ID_REQUIRED", 79, "The group member needs to have a valid member id before actually entering a consumer group.") \
  X(preferred_leader_not_available, "PREFERRED_LEADER_NOT_AVAILABLE", 80, "The preferred leader was not available.") \
  X(group_max_size_reached, "GROUP_MAX_SIZE_REACHED", 81, "The group has reached its maximum size.") \
  X(fenced_instance_id, "FENCED_INSTANCE_ID", 82, "The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id.") \
  X(eligible_leaders_not_available, "ELIGIBLE_LEADERS_NOT_AVAILABLE", 83, "Eligible topic partition leaders are not available.") \
  X(election_not_needed, "ELECTION_NOT_NEEDED", 84, "Leader election not needed for topic partition.") \
  X(no_reassignment_in_progress, "NO_REASSIGNMENT_IN_PROGRESS", 85, "No partition reassignment is in progress.") \
  X(group_subscribed_to_topic, "GROUP_SUBSCRIBED_TO_TOPIC", 86, "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it.") \
  X(invalid_record, "INVALID_RECORD", 87, "This record has failed the validation on broker and hence will be rejected.") \
  X(unstable_offset_commit, "UNSTABLE_OFFSET_COMMIT", 88, "There are unstable offsets that need to be cleared.") \
  X(throttling_quota_exceeded, "THROTTLING_QUOTA_EXCEEDED", 89, "The throttling quota has been exceeded.") \
  X(producer_fenced, "PRODUCER_FENCED", 90, "There is a newer producer with the same transactionalId which fences the current one.") \
  X(resource_not_found, "RESOURCE_NOT_FOUND", 91, "A request illegally referred to a resource that does not exist.") \
  X(duplicate_resource, "DUPLICATE_RESOURCE", 92, "A request illegally referred to the same resource twice.") \
  X(unacceptable_credential, "UNACCEPTABLE_CREDENTIAL", 93, "Requested credential would not meet criteria for acceptability.") \
  X(inconsistent_voter_set, "INCONSISTENT_VOTER_SET", 94, "Either the sender or recipient of a voter-only request is not one of the expected voters.") \
  X(invalid_update_version, "INVALID_UPDATE_VERSION", 95, "The given update version was invalid.") \
  X(feature_update_failed, "FEATURE_UPDATE_FAILED", 96, "Unable to update finalized features due to an unexpected server error.") \
  X(principal_deserialization_failure, "PRINCIPAL_DESERIALIZATION_FAILURE", 97, "Request principal deserialization failed during forwarding.") \
  X(snapshot_not_found, "SNAPSHOT_NOT_FOUND", 98, "Requested snapshot was not found.") \
  X(position_out_of_range, "POSITION_OUT_OF_RANGE", 99, "Requested position is not greater than or equal to zero, and less than the size of the snapshot.") \
  X(unknown_topic_id, "UNKNOWN_TOPIC_ID", 100, "This server does not host this topic ID.") \
  X(duplicate_broker_registration, "DUPLICATE_BROKER_REGISTRATION", 101, "This broker ID is already in use.") \
  X(broker_id_not_registered, "BROKER_ID_NOT_REGISTERED", 102, "The given broker ID was not registered.") \
  X(inconsistent_topic_id, "INCONSISTENT_TOPIC_ID", 103, "The log's topic ID did not match the topic ID in the request.") \
  X(inconsistent_cluster_id, "INCONSISTENT_CLUSTER_ID", 104, "The clusterId in the request does not match that found on the server.") \
  X(transactional_id_not_found, "TRANSACTIONAL_ID_NOT_FOUND", 105, "The transactionalId could not be found.") \
  X(fetch_session_topic_id_error, "FETCH_SESSION_TOPIC_ID_ERROR", 106, "The fetch session encountered inconsistent topic ID usage.") \
  X(ineligible_replica, "INELIGIBLE_REPLICA", 107, "The new ISR contains at least one ineligible replica.") \
  X(new_leader_elected, "NEW_LEADER_ELECTED", 108, "The AlterPartition request successfully updated the partition state but the leader has changed.") \
  X(offset_moved_to_tiered_storage, "OFFSET_MOVED_TO_TIERED_STORAGE", 109, "The requested offset is moved to tiered storage.") \
  X(fenced_member_epoch, "FENCED_MEMBER_EPOCH", 110, "The member epoch is fenced by the group coordinator. The member must abandon all its partitions and rejoin.") \
  X(unreleased_instance_id, "UNRELEASED_INSTANCE_ID", 111, "The instance ID is still used by another member in the consumer group. That member must leave first.") \
  X(unsupported_assignor, "UNSUPPORTED_ASSIGNOR", 112, "The assignor or its version range is not supported by the consumer group.") \
  X(stale_member_epoch, "STALE_MEMBER_EPOCH", 113, "The member epoch is stale. The member must retry after receiving its updated member epoch via the ConsumerGroupHeartbeat API.") \
  X(mismatched_endpoint_type, "MISMATCHED_ENDPOINT_TYPE", 114, "The request was sent to an endpoint of the wrong type.") \
  X(unsupported_endpoint_type, "UNSUPPORTED_ENDPOINT_TYPE", 115, "This endpoint type is not supported yet.") \
  X(unknown_controller_id, "UNKNOWN_CONTROLLER_ID", 116, "This controller ID is not known.") \
  X(unknown_subscription_id, "UNKNOWN_SUBSCRIPTION_ID", 117, "Client sent a push telemetry request with an invalid or outdated subscription ID.") \
  X(telemetry_too_large, "TELEMETRY_TOO_LARGE", 118, "Client sent a push telemetry request larger than the maximum size the broker will accept.") \
  X(invalid_registration, "INVALID_REGISTRATION", 119, "The controller has considered the broker registration to be invalid.") \
  X(transaction_abortable, "TRANSACTION_ABORTABLE", 120, "The server encountered an error with the transaction. The client can abort the transaction to continue using this transactional ID.") \
  X(invalid_record_state, "INVALID_RECORD_STATE", 121, "The record state is invalid. The acknowledgement of delivery could not be completed.") \
  X(share_session_not_found, "SHARE_SESSION_NOT_FOUND", 122, "The share session was not found.") \
  X(invalid_share_session_epoch, "INVALID_SHARE_SESSION_EPOCH", 123, "The share session epoch is invalid.") \
  X(fenced_state_epoch, "FENCED_STATE_EPOCH", 124, "The share coordinator rejected the request because the share-group state epoch did not match.") \
  X(invalid_voter_key, "INVALID_VOTER_KEY", 125, "The voter key doesn't match the receiving replica's key.") \
  X(duplicate_voter, "DUPLICATE_VOTER", 126, "The voter is already part of the set of voters.") \
  X(voter_not_found, "VOTER_NOT_FOUND", 127, "The voter is not part of the set of voters.") \
  X(invalid_regular_expression, "INVALID_REGULAR_EXPRESSION", 128, "The regular expression is not valid.") \
  X(rebootstrap_required, "REBOOTSTRAP_REQUIRED", 129, "Client metadata is stale. The client should rebootstrap to obtain new metadata.") \
  X(streams_invalid_topology, "STREAMS_INVALID_TOPOLOGY", 130, "The supplied topology is invalid.") \
  X(streams_invalid_topology_epoch, "STREAMS_INVALID_TOPOLOGY_EPOCH", 131, "The supplied topology epoch is invalid.") \
  X(streams_topology_fenced, "STREAMS_TOPOLOGY_FENCED", 132, "The supplied topology epoch is outdated.") \
  X(share_session_limit_reached, "SHARE_SESSION_LIMIT_REACHED", 133, "The limit of share sessions has been reached.")
// clang-format on

namespace gannet::protocol {

enum class error_code : std::int16_t {
#define GANNET_X(e, name, code, message) e = code,
  GANNET_PROTOCOL_ERROR_CODES(GANNET_X)
#undef GANNET_X
};

// Kafka's name ("UNSUPPORTED_VERSION"), or "UNKNOWN" for a code Kafka does not define.
std::string_view error_code_name(error_code e);
// Kafka's description; empty for none and unknown codes.
std::string_view error_code_message(error_code e);
// Whether a code is one of Kafka's.
bool is_known_error_code(std::int16_t code);

}  // namespace gannet::protocol
