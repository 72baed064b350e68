package interop

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/IBM/sarama"
)

func saramaConfig() *sarama.Config {
	cfg := sarama.NewConfig()
	cfg.Version = sarama.V3_9_0_0
	cfg.ClientID = "gannet-interop-sarama"
	cfg.Producer.Return.Successes = true
	cfg.Producer.RequiredAcks = sarama.WaitForAll
	cfg.Producer.Partitioner = sarama.NewManualPartitioner
	cfg.Consumer.Return.Errors = true
	cfg.Consumer.Offsets.Initial = sarama.OffsetOldest
	cfg.Metadata.Retry.Backoff = 100 * time.Millisecond
	return cfg
}

func saramaAdmin(t *testing.T) sarama.ClusterAdmin {
	adm, err := sarama.NewClusterAdmin([]string{bootstrap}, saramaConfig())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { adm.Close() })
	return adm
}

// Sarama's SyncProducer and partition consumer: exact keys, values, headers and offsets,
// in order per partition.
func TestSaramaProduceConsume(t *testing.T) {
	topic := topicName(t)
	if err := saramaAdmin(t).CreateTopic(topic, &sarama.TopicDetail{NumPartitions: partitions, ReplicationFactor: 1}, false); err != nil {
		t.Fatal(err)
	}
	producer, err := sarama.NewSyncProducer([]string{bootstrap}, saramaConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer producer.Close()
	var msgs []*sarama.ProducerMessage
	for i := 0; i < perPartition; i++ {
		for p := int32(0); p < partitions; p++ {
			want := expected(topic, p, i)
			msgs = append(msgs, &sarama.ProducerMessage{
				Topic: topic, Partition: p, Key: sarama.ByteEncoder(want.Key), Value: sarama.ByteEncoder(want.Value),
				Headers: []sarama.RecordHeader{{Key: []byte("seq"), Value: []byte(fmt.Sprint(i))}, {Key: []byte("empty"), Value: []byte{}}},
			})
		}
	}
	// One at a time, then a batch: each message's offset is its index in its partition.
	for _, m := range msgs[:partitions] {
		if _, off, err := producer.SendMessage(m); err != nil || off != 0 {
			t.Fatalf("send: offset %d, %v", off, err)
		}
	}
	if err := producer.SendMessages(msgs[partitions:]); err != nil {
		t.Fatal(err)
	}
	for i, m := range msgs {
		if m.Offset != int64(i/partitions) {
			t.Fatalf("message %d of partition %d at offset %d", i/partitions, m.Partition, m.Offset)
		}
	}

	consumer, err := sarama.NewConsumer([]string{bootstrap}, saramaConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer consumer.Close()
	for p := int32(0); p < partitions; p++ {
		pc, err := consumer.ConsumePartition(topic, p, sarama.OffsetOldest)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < perPartition; i++ {
			select {
			case m := <-pc.Messages():
				want := expected(topic, p, i)
				if m.Offset != int64(i) || !bytes.Equal(m.Key, want.Key) || !bytes.Equal(m.Value, want.Value) {
					t.Fatalf("partition %d record %d: offset %d key %q", p, i, m.Offset, m.Key)
				}
				if len(m.Headers) != 2 || string(m.Headers[0].Key) != "seq" || string(m.Headers[0].Value) != fmt.Sprint(i) ||
					string(m.Headers[1].Key) != "empty" || len(m.Headers[1].Value) != 0 {
					t.Fatalf("partition %d record %d: headers %v", p, i, m.Headers)
				}
			case err := <-pc.Errors():
				t.Fatal(err)
			case <-time.After(30 * time.Second):
				t.Fatalf("partition %d: record %d did not arrive", p, i)
			}
		}
		if hw := pc.HighWaterMarkOffset(); hw != perPartition {
			t.Fatalf("partition %d: high watermark %d", p, hw)
		}
		pc.Close()
	}
}

func TestSaramaAdmin(t *testing.T) {
	adm := saramaAdmin(t)
	topic := topicName(t)
	retention := "7200000"
	detail := &sarama.TopicDetail{NumPartitions: 2, ReplicationFactor: 1, ConfigEntries: map[string]*string{"retention.ms": &retention}}
	if err := adm.CreateTopic(topic, detail, true); err != nil {
		t.Fatalf("validate only: %v", err)
	}
	if err := adm.CreateTopic(topic, detail, false); err != nil {
		t.Fatal(err)
	}
	if err := adm.CreateTopic(topic, detail, false); !errors.Is(err, sarama.ErrTopicAlreadyExists) {
		t.Fatalf("second create: %v", err)
	}
	if err := adm.CreateTopic(topic+"-rf", &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 3}, false); !errors.Is(err, sarama.ErrInvalidReplicationFactor) {
		t.Fatalf("replication factor 3: %v", err)
	}
	topics, err := adm.ListTopics()
	if err != nil {
		t.Fatal(err)
	}
	if d, ok := topics[topic]; !ok || d.NumPartitions != 2 || d.ReplicationFactor != 1 || *d.ConfigEntries["retention.ms"] != retention {
		t.Fatalf("listed: %+v", topics[topic])
	}
	if _, ok := topics[topic+"-rf"]; ok {
		t.Fatal("the failed create left a topic")
	}
	md, err := adm.DescribeTopics([]string{topic})
	if err != nil || len(md) != 1 || !errors.Is(md[0].Err, sarama.ErrNoError) || len(md[0].Partitions) != 2 || md[0].Partitions[1].Leader != 0 {
		t.Fatalf("describe topics: %v %+v", err, md)
	}

	configs := func() map[string]sarama.ConfigEntry {
		entries, err := adm.DescribeConfig(sarama.ConfigResource{Type: sarama.TopicResource, Name: topic})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]sarama.ConfigEntry{}
		for _, e := range entries {
			out[e.Name] = e
		}
		return out
	}
	c := configs()
	if c["retention.ms"].Value != retention || c["retention.ms"].Source != sarama.SourceTopic ||
		c["segment.bytes"].Value != "1073741824" || c["segment.bytes"].Source != sarama.SourceDefault {
		t.Fatalf("configs: %+v %+v", c["retention.ms"], c["segment.bytes"])
	}
	segment := "1048576"
	if err := adm.IncrementalAlterConfig(sarama.TopicResource, topic, map[string]sarama.IncrementalAlterConfigsEntry{
		"segment.bytes": {Operation: sarama.IncrementalAlterConfigsOperationSet, Value: &segment},
		"retention.ms":  {Operation: sarama.IncrementalAlterConfigsOperationDelete},
	}, false); err != nil {
		t.Fatal(err)
	}
	c = configs()
	if c["segment.bytes"].Value != segment || c["retention.ms"].Value != "604800000" || c["retention.ms"].Source != sarama.SourceDefault {
		t.Fatalf("after incremental alter: %+v %+v", c["segment.bytes"], c["retention.ms"])
	}
	bad := "-5"
	if err := adm.AlterConfig(sarama.TopicResource, topic, map[string]*string{"segment.bytes": &bad}, false); !errors.Is(err, sarama.ErrInvalidConfig) {
		t.Fatalf("bad value: %v", err)
	}
	// AlterConfig replaces every override: only segment.ms remains.
	segmentMs := "3600000"
	if err := adm.AlterConfig(sarama.TopicResource, topic, map[string]*string{"segment.ms": &segmentMs}, false); err != nil {
		t.Fatal(err)
	}
	c = configs()
	if c["segment.ms"].Value != segmentMs || c["segment.bytes"].Value != "1073741824" {
		t.Fatalf("after alter: %+v %+v", c["segment.ms"], c["segment.bytes"])
	}

	if err := adm.CreatePartitions(topic, 4, nil, false); err != nil {
		t.Fatal(err)
	}
	if err := adm.CreatePartitions(topic, 3, nil, false); !errors.Is(err, sarama.ErrInvalidPartitions) {
		t.Fatalf("decrease: %v", err)
	}
	if err := adm.CreatePartitions(topic+"-nope", 3, nil, false); !errors.Is(err, sarama.ErrUnknownTopicOrPartition) {
		t.Fatalf("unknown topic: %v", err)
	}
	md, err = adm.DescribeTopics([]string{topic})
	if err != nil || len(md[0].Partitions) != 4 {
		t.Fatalf("after create partitions: %v %+v", err, md)
	}

	if err := adm.DeleteTopic(topic); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := adm.DeleteTopic(topic)
		if errors.Is(err, sarama.ErrUnknownTopicOrPartition) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("second delete: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
