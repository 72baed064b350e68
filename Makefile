# Gannet's entry points. `make run` and `make test` install what is missing first.
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
CONFIG ?= config/gannet.yaml
# ccache: paths relative to the checkout, so another clone on the same machine
# (CI's) reuses the cache.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: all deps configure build run test unit-test asan-test fuzz fuzz-long soak bench bench-cluster format check-generated generate clean interop interop-go interop-java

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Builds and starts the broker on localhost:9092 (data under ./data).
run: configure
	@cmake --build $(BUILD) -j $(JOBS) --target gannet
	./$(BUILD)/src/server/gannet --config $(CONFIG)

# Every test: unit and integration tests (Release), unit tests again under
# ASan+UBSan, and a short fuzz run over the decoders.
test: build
	./scripts/run-tests.sh

unit-test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -L unit

asan-test: deps
	@cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGANNET_SANITIZE=ON -DGANNET_BENCH=OFF >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L unit

fuzz: deps
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGANNET_FUZZ=ON -DGANNET_BENCH=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	FUZZ_RUNS=$${FUZZ_RUNS:--1} ./scripts/run-fuzz.sh $(FUZZ_BUILD) $${FUZZ_SECONDS:-30}

# Ten million inputs per target, at most two hours each.
fuzz-long:
	$(MAKE) fuzz FUZZ_RUNS=10000000 FUZZ_SECONDS=7200

# An hour of mixed traffic, malformed clients and SIGKILL restarts against one
# broker: RSS over time, p99, acknowledged / lost / duplicated (tests/soak/soak.py;
# SOAK_SECONDS, SOAK_KILL_EVERY change it).
soak: build
	GANNET_BIN=$(CURDIR)/$(BUILD)/src/server/gannet /usr/bin/python3 tests/soak/soak.py

# Real clients, frameworks and Kafka's own tools against the broker
# (tests/interop/README.md; scripts/run-tests.sh runs them too).
interop: interop-go interop-java

# The Go clients (franz-go kgo and kadm, Sarama): tests/interop/go/, Go from scripts/install-go.sh.
interop-go: build
	./tests/interop/go/run.sh $(BUILD)/tests/interop/interop-go.log

# Java: the seed's Spring Kafka app, Kafka's Java client 3.9 and 4.x, Kafka's tools.
interop-java: configure
	@cmake --build $(BUILD) -j $(JOBS) --target gannet
	GANNET_BIN=$(CURDIR)/$(BUILD)/src/server/gannet ./tests/interop/java/run.sh $(BUILD)/tests/interop/interop-java.log

bench: build
	./scripts/run-bench.sh $(BUILD)

bench-cluster: build
	./scripts/run-bench.sh --cluster $(BUILD)

format:
	git ls-files '*.cc' '*.h' | grep -v '^src/protocol/generated/' | xargs clang-format -i

generate:
	python3 src/protocol/codegen/generate.py

check-generated:
	./tools/check-generated.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
