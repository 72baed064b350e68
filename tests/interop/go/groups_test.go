package interop

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/IBM/sarama"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

const apiJoinGroup = 11

// requireGroups skips the group tests while the broker does not serve consumer groups (Gannet's
// groups are being built on another branch; the reference Kafka serves them).
func requireGroups(t *testing.T) {
	if !advertises(t, apiJoinGroup) {
		t.Skip("the broker does not advertise JoinGroup (key 11): consumer groups not served yet")
	}
}

// produceExpected writes records [from, to) of every partition with franz-go.
func produceExpected(t *testing.T, topic string, from, to int) {
	cl := newClient(t, kgo.RecordPartitioner(kgo.ManualPartitioner()))
	var recs []*kgo.Record
	for i := from; i < to; i++ {
		for p := int32(0); p < partitions; p++ {
			recs = append(recs, expected(topic, p, i))
		}
	}
	if err := cl.ProduceSync(ctxFor(t), recs...).FirstErr(); err != nil {
		t.Fatal(err)
	}
}

// checkRange asserts that got holds exactly records [from, to) of every partition, in order.
func checkRange(t *testing.T, topic string, got map[int32][]recordSeen, from, to int) {
	for p := int32(0); p < partitions; p++ {
		rs := got[p]
		if len(rs) != to-from {
			t.Fatalf("partition %d: %d records, want %d", p, len(rs), to-from)
		}
		for j, r := range rs {
			i := from + j
			want := expected(topic, p, i)
			if r.offset != int64(i) || string(r.key) != string(want.Key) || string(r.value) != string(want.Value) {
				t.Fatalf("partition %d: record %d is offset %d key %q", p, i, r.offset, r.key)
			}
		}
	}
}

type recordSeen struct {
	offset     int64
	key, value []byte
}

func checkCommitted(t *testing.T, group, topic string, want int64) {
	offsets, err := kadm.NewClient(newClient(t)).FetchOffsets(ctxFor(t), group)
	if err != nil {
		t.Fatal(err)
	}
	for p := int32(0); p < partitions; p++ {
		o, ok := offsets.Lookup(topic, p)
		if !ok || o.Err != nil || o.At != want {
			t.Fatalf("group %s committed %+v for partition %d, want %d", group, o, p, want)
		}
	}
}

// franz-go's group consumer reads everything, commits, and a new member of the same group
// resumes exactly after the commit.
func TestFranzGroupConsumerCommitsAndResumes(t *testing.T) {
	requireGroups(t)
	topic, group := topicName(t), topicName(t)+"-group"
	createTopic(t, topic, partitions, nil)
	produceExpected(t, topic, 0, perPartition)

	consume := func(n int) map[int32][]recordSeen {
		cl := newClient(t, kgo.ConsumerGroup(group), kgo.ConsumeTopics(topic), kgo.DisableAutoCommit(),
			kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()), kgo.FetchMaxWait(500*time.Millisecond))
		got := map[int32][]recordSeen{}
		for _, r := range poll(t, cl, n) {
			got[r.Partition] = append(got[r.Partition], recordSeen{r.Offset, r.Key, r.Value})
		}
		if err := cl.CommitUncommittedOffsets(ctxFor(t)); err != nil {
			t.Fatal(err)
		}
		cl.Close() // leaves the group
		return got
	}
	checkRange(t, topic, consume(partitions*perPartition), 0, perPartition)
	checkCommitted(t, group, topic, perPartition)

	produceExpected(t, topic, perPartition, perPartition+10)
	checkRange(t, topic, consume(partitions*10), perPartition, perPartition+10)
	checkCommitted(t, group, topic, perPartition+10)
}

type saramaHandler struct {
	mu   sync.Mutex
	got  map[int32][]recordSeen
	n    int
	want int
	done chan struct{}
}

func (h *saramaHandler) Setup(sarama.ConsumerGroupSession) error { return nil }

// Cleanup commits what ConsumeClaim marked (auto-commit is off, so the commit is exact).
func (h *saramaHandler) Cleanup(sess sarama.ConsumerGroupSession) error {
	sess.Commit()
	return nil
}
func (h *saramaHandler) ConsumeClaim(sess sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for m := range claim.Messages() {
		h.mu.Lock()
		h.got[m.Partition] = append(h.got[m.Partition], recordSeen{m.Offset, m.Key, m.Value})
		h.n++
		if h.n == h.want {
			close(h.done)
		}
		h.mu.Unlock()
		sess.MarkMessage(m, "")
	}
	return nil
}

// Sarama's consumer group: the same, with its own JoinGroup/SyncGroup/OffsetCommit requests.
func TestSaramaConsumerGroupCommitsAndResumes(t *testing.T) {
	requireGroups(t)
	topic, group := topicName(t), topicName(t)+"-group"
	createTopic(t, topic, partitions, nil)
	produceExpected(t, topic, 0, perPartition)

	consume := func(n int) map[int32][]recordSeen {
		cfg := saramaConfig()
		cfg.Consumer.Offsets.AutoCommit.Enable = false
		cfg.Consumer.Group.Rebalance.GroupStrategies = []sarama.BalanceStrategy{sarama.NewBalanceStrategySticky()}
		cg, err := sarama.NewConsumerGroup([]string{bootstrap}, group, cfg)
		if err != nil {
			t.Fatal(err)
		}
		h := &saramaHandler{got: map[int32][]recordSeen{}, want: n, done: make(chan struct{})}
		ctx, cancel := context.WithCancel(ctxFor(t))
		errs := make(chan error, 1)
		go func() {
			for ctx.Err() == nil {
				if err := cg.Consume(ctx, []string{topic}, h); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
		select {
		case <-h.done:
		case err := <-errs:
			t.Fatalf("consume: %v", err)
		case <-time.After(60 * time.Second):
			t.Fatalf("got %d of %d records", h.n, n)
		}
		cancel()
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		// Consume returned after the session's Cleanup, which committed the marked offsets.
		if err := cg.Close(); err != nil {
			t.Fatal(err)
		}
		return h.got
	}
	checkRange(t, topic, consume(partitions*perPartition), 0, perPartition)
	checkCommitted(t, group, topic, perPartition)

	produceExpected(t, topic, perPartition, perPartition+10)
	checkRange(t, topic, consume(partitions*10), perPartition, perPartition+10)
	checkCommitted(t, group, topic, perPartition+10)
}
