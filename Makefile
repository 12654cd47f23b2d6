# A thin front door over CMake, as DuckDB and Kuzu have. The two commands a new user needs:
#   make demo   install what is missing, build, ingest samples/ into kg.db, open the REPL
#               (or run samples/queries.cypher when stdin is not a terminal)
#   make test   install what is missing, build, run every test
# make test runs the suite twice: test-release (RelWithDebInfo, build/) and test-sanitize (the
# same suite in an ASan+UBSan Debug build, build-sanitize/; -O0 builds twice as fast as -O1 under
# ASan, and tests with big workloads shrink them under the sanitizers), then test-fuzz runs each
# libFuzzer target for 60 s (clang, build-fuzz/). Each works on its own.
JOBS ?= $(shell nproc)
# ccache (when installed) shares compiled objects between checkouts of the tree: paths under the
# checkout are hashed relative to it, and the build directory's own path is not hashed.
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
KG_DB ?= kg.db

.PHONY: all setup build demo test test-release test-sanitize test-fuzz bench fuzz format clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@rm -f $(KG_DB) $(KG_DB)-wal $(KG_DB)-shm
	@$(BUILD)/kg ingest --db $(KG_DB) samples/
	@if [ -t 0 ]; then $(BUILD)/kg shell --db $(KG_DB); \
	 else $(BUILD)/kg shell --db $(KG_DB) < samples/queries.cypher; fi

test: test-release test-sanitize test-fuzz

test-release: build
	@cd $(BUILD) && ctest --output-on-failure --timeout 900 -j $(JOBS)

test-sanitize: setup
	@cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	@cd $(SANITIZE_BUILD) && ctest --output-on-failure --timeout 900 -j $(JOBS)

bench: build
	@bash bench/run.sh small

# libFuzzer targets (clang, ASan+UBSan) in build-fuzz/, each run FUZZ_SECONDS. make test runs
# them with a fixed seed (test-fuzz); make fuzz explores with a new seed each time.
FUZZ_SECONDS ?= 60
fuzz: setup
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS)

test-fuzz: setup
	@FUZZ_SEED=1 bash tests/fuzz/run.sh $(FUZZ_SECONDS)

format:
	@find graph ingest query export cli tests bench -name '*.h' -o -name '*.cc' | xargs clang-format -i

clean:
	@rm -rf $(BUILD) $(SANITIZE_BUILD) build-fuzz
