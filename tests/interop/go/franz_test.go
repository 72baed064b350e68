package interop

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

const partitions = 3
const perPartition = 100

func newClient(t *testing.T, opts ...kgo.Opt) *kgo.Client {
	cl, err := kgo.NewClient(append([]kgo.Opt{kgo.SeedBrokers(bootstrap)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

func createTopic(t *testing.T, topic string, parts int32, configs map[string]*string) {
	adm := kadm.NewClient(newClient(t))
	resp, err := adm.CreateTopic(ctxFor(t), parts, 1, configs, topic)
	if err != nil || resp.Err != nil {
		t.Fatalf("create %s: %v %v", topic, err, resp.Err)
	}
}

// expected is the record the test writes as number i of partition p.
func expected(topic string, p int32, i int) *kgo.Record {
	return &kgo.Record{
		Topic:     topic,
		Partition: p,
		Key:       []byte(fmt.Sprintf("key-%d-%d", p, i)),
		Value:     bytes.Repeat([]byte{byte('a' + i%26)}, 1+i*7%500),
		Headers: []kgo.RecordHeader{
			{Key: "seq", Value: []byte(fmt.Sprint(i))},
			{Key: "empty", Value: []byte{}},
		},
	}
}

// consumeAll reads n records from the start of every partition of topic with a direct
// (group-less) consumer.
func consumeAll(t *testing.T, topic string, n int) []*kgo.Record {
	offsets := map[int32]kgo.Offset{}
	for p := int32(0); p < partitions; p++ {
		offsets[p] = kgo.NewOffset().AtStart()
	}
	cl := newClient(t, kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{topic: offsets}))
	return poll(t, cl, n)
}

func poll(t *testing.T, cl *kgo.Client, n int) []*kgo.Record {
	ctx := ctxFor(t)
	var out []*kgo.Record
	for len(out) < n {
		fs := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			t.Fatalf("got %d of %d records before the deadline", len(out), n)
		}
		fs.EachError(func(topic string, p int32, err error) { t.Fatalf("fetch %s/%d: %v", topic, p, err) })
		out = append(out, fs.Records()...)
	}
	if len(out) != n {
		t.Fatalf("got %d records, want %d", len(out), n)
	}
	return out
}

// checkRecords asserts the exact data: per partition, offsets 0..perPartition-1 in order,
// each with the key, value and headers written.
func checkRecords(t *testing.T, topic string, got []*kgo.Record) {
	byPartition := map[int32][]*kgo.Record{}
	for _, r := range got {
		byPartition[r.Partition] = append(byPartition[r.Partition], r)
	}
	for p := int32(0); p < partitions; p++ {
		rs := byPartition[p]
		if len(rs) != perPartition {
			t.Fatalf("partition %d: %d records, want %d", p, len(rs), perPartition)
		}
		for i, r := range rs {
			want := expected(topic, p, i)
			if r.Topic != topic || r.Offset != int64(i) || !bytes.Equal(r.Key, want.Key) || !bytes.Equal(r.Value, want.Value) {
				t.Fatalf("partition %d record %d: got %s/%d@%d key %q (%d value bytes), want offset %d key %q (%d bytes)",
					p, i, r.Topic, r.Partition, r.Offset, r.Key, len(r.Value), i, want.Key, len(want.Value))
			}
			if len(r.Headers) != 2 || r.Headers[0].Key != "seq" || string(r.Headers[0].Value) != fmt.Sprint(i) ||
				r.Headers[1].Key != "empty" || len(r.Headers[1].Value) != 0 {
				t.Fatalf("partition %d record %d: headers %+v", p, i, r.Headers)
			}
		}
	}
}

// franz-go's producer is idempotent by default: every record gets the producer id the broker
// assigned, sequences per partition, and the offsets come back in order.
func TestFranzProduceConsumeIdempotent(t *testing.T) {
	topic := topicName(t)
	createTopic(t, topic, partitions, nil)
	cl := newClient(t, kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.MaxBufferedRecords(1000))
	var recs []*kgo.Record
	for i := 0; i < perPartition; i++ {
		for p := int32(0); p < partitions; p++ {
			recs = append(recs, expected(topic, p, i))
		}
	}
	results := cl.ProduceSync(ctxFor(t), recs...)
	if err := results.FirstErr(); err != nil {
		t.Fatal(err)
	}
	next := map[int32]int64{}
	var producerID int64 = -1
	for _, res := range results {
		r := res.Record
		if r.Offset != next[r.Partition] {
			t.Fatalf("partition %d: produced at offset %d, want %d", r.Partition, r.Offset, next[r.Partition])
		}
		next[r.Partition]++
		if r.ProducerID < 0 || (producerID >= 0 && r.ProducerID != producerID) {
			t.Fatalf("producer id %d (first %d): not idempotent", r.ProducerID, producerID)
		}
		producerID = r.ProducerID
	}
	got := consumeAll(t, topic, partitions*perPartition)
	checkRecords(t, topic, got)
	for _, r := range got {
		if r.ProducerID != producerID || r.ProducerEpoch != 0 {
			t.Fatalf("consumed producer %d/%d, want %d/0", r.ProducerID, r.ProducerEpoch, producerID)
		}
	}
	// The end offsets are what was written.
	ends, err := kadm.NewClient(cl).ListEndOffsets(ctxFor(t), topic)
	if err != nil {
		t.Fatal(err)
	}
	ends.Each(func(o kadm.ListedOffset) {
		if o.Err != nil || o.Offset != perPartition {
			t.Fatalf("end offset of %d: %d %v, want %d", o.Partition, o.Offset, o.Err, perPartition)
		}
	})
}

func TestKadmTopicsConfigsPartitions(t *testing.T) {
	ctx := ctxFor(t)
	adm := kadm.NewClient(newClient(t))
	topic := topicName(t)
	retention := "3600000"
	created, err := adm.CreateTopic(ctx, 2, 1, map[string]*string{"retention.ms": &retention}, topic)
	if err != nil || created.Err != nil {
		t.Fatal(err, created.Err)
	}
	if created.NumPartitions != 2 || created.ReplicationFactor != 1 || *created.Configs["retention.ms"].Value != retention {
		t.Fatalf("created: %+v", created)
	}
	// Creating it again: TOPIC_ALREADY_EXISTS.
	// (CreateTopic, for one topic, returns the topic's error as its error too.)
	again, err := adm.CreateTopic(ctx, 2, 1, nil, topic)
	if !errors.Is(err, kerr.TopicAlreadyExists) || !errors.Is(again.Err, kerr.TopicAlreadyExists) {
		t.Fatalf("second create: %v %v", err, again.Err)
	}
	bad, err := adm.CreateTopic(ctx, 1, 1, nil, "bad name")
	if !errors.Is(err, kerr.InvalidTopicException) || !errors.Is(bad.Err, kerr.InvalidTopicException) {
		t.Fatalf("bad name: %v %v", err, bad.Err)
	}
	validated, err := adm.ValidateCreateTopics(ctx, 4, 1, nil, topic+"-validated")
	if err != nil || validated[topic+"-validated"].Err != nil {
		t.Fatalf("validate: %v %+v", err, validated)
	}

	// List and describe.
	details, err := adm.ListTopics(ctx, topic, topic+"-validated")
	if err != nil {
		t.Fatal(err)
	}
	if d := details[topic]; d.Err != nil || len(d.Partitions) != 2 || d.Partitions[0].Leader != 0 || len(d.Partitions[1].Replicas) != 1 {
		t.Fatalf("describe %s: %+v", topic, d)
	}
	if d := details[topic+"-validated"]; !errors.Is(d.Err, kerr.UnknownTopicOrPartition) {
		t.Fatalf("validate-only created the topic: %+v", d)
	}
	all, err := adm.ListTopics(ctx)
	if err != nil || !all.Has(topic) {
		t.Fatalf("list: %v %v", err, all.Names())
	}

	// Configs: the override and a default, with their sources.
	describeConfigs := func() map[string]kadm.Config {
		rcs, err := adm.DescribeTopicConfigs(ctx, topic)
		if err != nil || len(rcs) != 1 || rcs[0].Err != nil {
			t.Fatalf("describe configs: %v %+v", err, rcs)
		}
		out := map[string]kadm.Config{}
		for _, c := range rcs[0].Configs {
			out[c.Key] = c
		}
		return out
	}
	cfg := describeConfigs()
	if c := cfg["retention.ms"]; *c.Value != retention || c.Source.String() != "DYNAMIC_TOPIC_CONFIG" {
		t.Fatalf("retention.ms: %s %s", *c.Value, c.Source)
	}
	if c := cfg["cleanup.policy"]; *c.Value != "delete" || c.Source.String() != "DEFAULT_CONFIG" {
		t.Fatalf("cleanup.policy: %s %s", *c.Value, c.Source)
	}
	compact, maxBytes := "compact", "2000"
	altered, err := adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{
		{Op: kadm.SetConfig, Name: "cleanup.policy", Value: &compact},
		{Op: kadm.SetConfig, Name: "max.message.bytes", Value: &maxBytes},
		{Op: kadm.DeleteConfig, Name: "retention.ms"},
	}, topic)
	if err != nil || len(altered) != 1 || altered[0].Err != nil {
		t.Fatalf("alter: %v %+v", err, altered)
	}
	cfg = describeConfigs()
	if *cfg["cleanup.policy"].Value != "compact" || *cfg["max.message.bytes"].Value != "2000" ||
		*cfg["retention.ms"].Value != "604800000" || cfg["retention.ms"].Source.String() != "DEFAULT_CONFIG" {
		t.Fatalf("after alter: %v %v %v", *cfg["cleanup.policy"].Value, *cfg["max.message.bytes"].Value, *cfg["retention.ms"].Value)
	}
	badValue := "shred"
	altered, err = adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "cleanup.policy", Value: &badValue}}, topic)
	if err != nil || !errors.Is(altered[0].Err, kerr.InvalidConfig) {
		t.Fatalf("bad value: %v %+v", err, altered)
	}

	// Partitions: grow, then a decrease and an unknown topic fail with Kafka's errors.
	grown, err := adm.UpdatePartitions(ctx, 5, topic)
	if err != nil || grown[topic].Err != nil {
		t.Fatalf("grow: %v %+v", err, grown)
	}
	shrunk, err := adm.UpdatePartitions(ctx, 3, topic)
	if err != nil || !errors.Is(shrunk[topic].Err, kerr.InvalidPartitions) {
		t.Fatalf("decrease: %v %+v", err, shrunk)
	}
	unknown, err := adm.CreatePartitions(ctx, 1, topic+"-unknown")
	if err != nil || !errors.Is(unknown[topic+"-unknown"].Err, kerr.UnknownTopicOrPartition) {
		t.Fatalf("unknown topic: %v %+v", err, unknown)
	}
	details, err = adm.ListTopics(ctx, topic)
	if err != nil || len(details[topic].Partitions) != 5 {
		t.Fatalf("after grow: %v %+v", err, details[topic])
	}

	// DeleteRecords moves the start offset; ListStartOffsets sees it.
	cl := newClient(t, kgo.DefaultProduceTopic(topic), kgo.RecordPartitioner(kgo.ManualPartitioner()))
	for i := 0; i < 5; i++ {
		// Keyed: the topic is compacted now, and Kafka refuses keyless records there.
		if err := cl.ProduceSync(ctx, &kgo.Record{Partition: 4, Key: []byte{byte(i)}, Value: []byte{byte(i)}}).FirstErr(); err != nil {
			t.Fatal(err)
		}
	}
	var del kadm.Offsets
	del.Add(kadm.Offset{Topic: topic, Partition: 4, At: 3})
	// Compacted only: records cannot be deleted (Kafka's UnifiedLog.deleteRecords).
	deleted, err := adm.DeleteRecords(ctx, del)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := deleted.Lookup(topic, 4); !errors.Is(d.Err, kerr.PolicyViolation) {
		t.Fatalf("delete records on a compacted topic: %+v", d)
	}
	both := "compact,delete"
	if altered, err := adm.AlterTopicConfigs(ctx, []kadm.AlterConfig{{Op: kadm.SetConfig, Name: "cleanup.policy", Value: &both}}, topic); err != nil || altered[0].Err != nil {
		t.Fatalf("alter: %v %+v", err, altered)
	}
	deleted, err = adm.DeleteRecords(ctx, del)
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := deleted.Lookup(topic, 4); d.Err != nil || d.LowWatermark != 3 {
		t.Fatalf("delete records: %+v", d)
	}
	starts, err := adm.ListStartOffsets(ctx, topic)
	if err != nil {
		t.Fatal(err)
	}
	if o, _ := starts.Lookup(topic, 4); o.Offset != 3 {
		t.Fatalf("start offset %d, want 3", o.Offset)
	}

	// Delete: the topic goes; deleting it again is UNKNOWN_TOPIC_OR_PARTITION.
	dr, err := adm.DeleteTopics(ctx, topic)
	if err != nil || dr[topic].Err != nil {
		t.Fatalf("delete: %v %+v", err, dr)
	}
	waitGone(ctx, t, adm, topic)
	dr, err = adm.DeleteTopics(ctx, topic)
	if err != nil || !errors.Is(dr[topic].Err, kerr.UnknownTopicOrPartition) {
		t.Fatalf("second delete: %v %+v", err, dr)
	}
}

// waitGone: Kafka deletes topics asynchronously (Gannet at once); both end up here.
func waitGone(ctx context.Context, t *testing.T, adm *kadm.Client, topic string) {
	for {
		d, err := adm.ListTopics(ctx, topic)
		if err == nil && errors.Is(d[topic].Err, kerr.UnknownTopicOrPartition) {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("%s still listed", topic)
		}
	}
}
