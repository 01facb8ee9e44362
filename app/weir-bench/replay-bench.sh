#!/usr/bin/env bash
# Replay throughput: 240,000 JSON events on 8 partitions of a weir-broker, replayed through
# the example pipeline (parse -> watermark -> sliding window -> SQLite) with
# `weir-run --replay ... --sink-dir`, next to kcat reading the same records in the same
# script. Usage: replay-bench.sh BUILD_DIR (default build/release).
set -euo pipefail
build=${1:-build/release}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
broker_pid=
cleanup() { [[ -n $broker_pid ]] && kill "$broker_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$build/app/weir-broker/weir-broker" --topic user_events:8 > "$work/broker.out" 2>&1 &
broker_pid=$!
for _ in $(seq 100); do grep -q bootstrap.servers "$work/broker.out" && break; sleep 0.1; done
servers=$(sed -n 's/^bootstrap.servers=//p' "$work/broker.out")

events=240000
/usr/bin/python3 - "$work/events.txt" "$events" <<'PY'
import json, random, sys
random.seed(1)
types = ["view", "click", "add_to_cart", "purchase", "search"]
with open(sys.argv[1], "w") as f:
    for i in range(int(sys.argv[2])):
        user = "user_%d" % random.randint(1, 10000)
        event = {"event_id": "e%08d" % i, "user_id": user, "event_type": random.choice(types),
                 "timestamp": 1795000000000 + i * 50, "properties": {"page": "/p/%d" % (i % 97)}}
        f.write(user + "\t" + json.dumps(event, separators=(",", ":")) + "\n")
PY
kcat -P -b "$servers" -t user_events -K $'\t' -l "$work/events.txt" 2>/dev/null

# Nanoseconds a command takes.
elapsed() { local start; start=$(date +%s%N); "$@" > /dev/null 2>&1; echo $(( $(date +%s%N) - start )); }
for run in 1 2 3; do
    weir=$(elapsed "$build/app/weir-run/weir-run" "$here/resources/examples/user_events.weir.json" \
        --set "user_events.bootstrap_servers=$servers" --replay user_events:.. \
        --sink-dir "$work/replay-$run" --quiet)
    kcat_ns=$(elapsed kcat -C -b "$servers" -t user_events -o beginning -e -q -f '%s\n')
    awk -v run="$run" -v n="$events" -v w="$weir" -v k="$kcat_ns" 'BEGIN {
        printf "run %d: weir-run --replay %.0f events/s (%.2f s), kcat -C %.0f events/s (%.2f s), " \
               "weir/kcat %.2f\n", run, n / (w / 1e9), w / 1e9, n / (k / 1e9), k / 1e9, k / w }'
done
