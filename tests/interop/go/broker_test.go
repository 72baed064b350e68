// Package interop runs real Go Kafka clients (franz-go's kgo and kadm, IBM's Sarama)
// against a Gannet broker started once for the whole package.
//
//	GANNET_BIN         the broker binary (default: build/src/server/gannet of this checkout)
//	INTEROP_BOOTSTRAP  host:port of a broker already running (e.g. the reference Kafka of
//	                   tests/reference/start-kafka.sh) to run the same tests against instead
package interop

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

// bootstrap is the broker every test talks to.
var bootstrap string

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	if b := os.Getenv("INTEROP_BOOTSTRAP"); b != "" {
		bootstrap = b
		return m.Run()
	}
	stop, err := startGannet()
	if err != nil {
		fmt.Fprintln(os.Stderr, "interop:", err)
		return 1
	}
	code := m.Run()
	if err := stop(); err != nil {
		fmt.Fprintln(os.Stderr, "interop:", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// startGannet runs the broker on a free loopback port with a temporary log dir and waits
// until it accepts connections. stop sends SIGTERM and requires a clean exit.
func startGannet() (stop func() error, err error) {
	bin := os.Getenv("GANNET_BIN")
	if bin == "" {
		bin, _ = filepath.Abs("../../../build/src/server/gannet")
	}
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("gannet binary not found at %s (set GANNET_BIN): %w", bin, err)
	}
	dir, err := os.MkdirTemp("", "gannet-interop-go-")
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	bootstrap = fmt.Sprintf("127.0.0.1:%d", port)
	config := filepath.Join(dir, "gannet.yaml")
	yaml := fmt.Sprintf("broker.id: 0\nlisteners: PLAINTEXT://%s\nlog.dirs: %s\nnum.partitions: 1\n"+
		"default.replication.factor: 1\nauto.create.topics.enable: true\noffsets.topic.replication.factor: 1\n"+
		"transaction.state.log.replication.factor: 1\ntransaction.state.log.min.isr: 1\n"+
		"group.initial.rebalance.delay.ms: 0\n", bootstrap, filepath.Join(dir, "logs"))
	if err := os.WriteFile(config, []byte(yaml), 0o644); err != nil {
		return nil, err
	}
	logPath := filepath.Join(dir, "gannet.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--config", config)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// The broker dies with the test binary (a `go test` timeout kills it).
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var exited atomic.Bool
	done := make(chan error, 1)
	go func() { done <- cmd.Wait(); exited.Store(true) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", bootstrap, time.Second)
		if err == nil {
			c.Close()
			break
		}
		if exited.Load() || time.Now().After(deadline) {
			cmd.Process.Kill()
			out, _ := os.ReadFile(logPath)
			return nil, fmt.Errorf("gannet did not start:\n%s", out)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return func() error {
		defer os.RemoveAll(dir)
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-done:
			if err != nil {
				out, _ := os.ReadFile(logPath)
				return fmt.Errorf("gannet exited with %v after SIGTERM:\n%s", err, tail(out))
			}
			return nil
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			return fmt.Errorf("gannet did not stop within 30s of SIGTERM")
		}
	}, nil
}

func tail(b []byte) []byte {
	if len(b) > 4000 {
		return b[len(b)-4000:]
	}
	return b
}

// topicName is unique per test and run, so tests can share one broker (and a long-running
// reference Kafka) without seeing each other's data.
func topicName(t *testing.T) string {
	return fmt.Sprintf("go-%s-%d", t.Name(), time.Now().UnixNano()%1_000_000_000)
}

func ctxFor(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// advertises reports whether the broker serves the API key (ApiVersions).
func advertises(t *testing.T, key int16) bool {
	cl, err := kgo.NewClient(kgo.SeedBrokers(bootstrap))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	resp, err := kmsg.NewPtrApiVersionsRequest().RequestWith(ctxFor(t), cl)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range resp.ApiKeys {
		if k.ApiKey == key {
			return true
		}
	}
	return false
}
