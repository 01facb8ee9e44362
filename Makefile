# The two commands: `make run` and `make test`. Both install missing Debian
# packages, configure, build, then run the example pipeline or every test.
BUILD_DIR ?= build/dev
PRESET    ?= dev
JOBS      ?= 2
EXAMPLE   ?= resources/examples/user_events.weir.json

.PHONY: all deps configure build run run-headless test bench package clean

all: build

deps:
	@./installer/install-deps.sh

$(BUILD_DIR)/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

# `make run` opens the designer with the article pipeline from its templates, running:
# generator -> topic user_events on the in-process sandbox broker -> parse -> watermark ->
# sliding window -> SQLite. Its relative paths (the SQLite table, dead letters) resolve in
# $(RUN_DIR). The sandbox starts empty on every run, so the example runs without a
# checkpoint and each run starts fresh: the previous run's outputs are removed first.
# Without a display it runs the same pipeline headless (`make run-headless`).
# See docs/sandbox-broker.md.
RUN_DIR   ?= $(BUILD_DIR)/run
RUN_OUTPUTS = example.checkpoint user_event_counts.db* dead_letters.ndjson* late_events.ndjson*

run: build
	mkdir -p $(RUN_DIR)
	cd $(RUN_DIR) && rm -f $(RUN_OUTPUTS)
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	    echo "make run: no display found; running the pipeline headless (make run-headless)"; \
	    $(MAKE) --no-print-directory run-headless; \
	else \
	    cd $(RUN_DIR) && $(CURDIR)/$(BUILD_DIR)/app/weir/weir --template user_events --run \
	        --scratch-dir .; \
	fi

run-headless: build
	mkdir -p $(RUN_DIR)
	cd $(RUN_DIR) && rm -f $(RUN_OUTPUTS)
	cd $(RUN_DIR) && $(CURDIR)/$(BUILD_DIR)/app/weir-run/weir-run $(CURDIR)/$(EXAMPLE) \
	    --metrics-addr 127.0.0.1:9464

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS) --timeout 600

bench: deps
	cmake --preset release && cmake --build build/release -j$(JOBS) --target weir-bench weir-guibench \
	    weir-chartbench weir-run weir-broker
	build/release/app/weir-bench/weir-bench
	build/release/app/weir-guibench/weir-guibench
	build/release/app/weir-chartbench/weir-chartbench
	app/weir-bench/replay-bench.sh build/release

# `make package`: the release build's Debian package and tarball (cpack, DEB and TGZ), left
# in build/release. Only what the package holds is built. See docs/packaging.md.
package: deps
	cmake --preset release
	cmake --build build/release -j$(JOBS) --target weir-package-inputs
	cd build/release && cpack --config CPackConfig.cmake > cpack.log || { cat cpack.log; exit 1; }
	@sed -n 's|^CPack: - package: \(.*\) generated\.|make package: \1|p' build/release/cpack.log

clean:
	rm -rf build
