#!/usr/bin/env bash
# Writes the redline benchmark pairs (H.R. 264 EH/PCS, H.R. 2157 IH/ENR, 625 KiB
# of WA session law with 2% of its words edited, and with all its words
# shuffled) as text files, then times `git diff --no-index --word-diff=porcelain`
# on each, and `BILLWATCH diff OLD NEW` when a billwatch binary is given.
#
# Usage (from anywhere in the repo):
#   redline/testdata/bench.sh [OUT_DIR] [BILLWATCH_BINARY]
# RUNS (default 20) sets the runs per command. With hyperfine installed it is
# used (mean ± σ, and user+sys CPU time, which matters on a shared machine);
# otherwise each command is run RUNS times and the mean wall time printed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"
bw="${2:-}"
runs="${RUNS:-20}"
(cd "$here" && REDLINE_BENCH_DIR="$out" go test -count=1 -tags redlinebench -run '^TestWriteBenchFiles$' . >/dev/null)
echo "inputs in $out"

mean_ms() { # command... : mean wall time in ms over $runs runs
	local start end
	start=$(date +%s%N)
	for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
	end=$(date +%s%N)
	echo $(((end - start) / runs / 1000000))
}

for c in hr264 hr2157 edit2pct shuffled; do
	old="$out/$c.old.txt" new="$out/$c.new.txt"
	echo "== $c: $(($(stat -c %s "$old") / 1024)) KiB -> $(($(stat -c %s "$new") / 1024)) KiB"
	cmds=("git diff --no-index --word-diff=porcelain $old $new")
	[ -n "$bw" ] && cmds+=("$bw diff $old $new")
	if command -v hyperfine >/dev/null; then
		# git exits 1 when the files differ: -i ignores that.
		hyperfine -N -i -w 3 -r "$runs" "${cmds[@]}" 2>/dev/null | grep -E 'Benchmark|Time|±|faster'
	else
		for cmd in "${cmds[@]}"; do
			# shellcheck disable=SC2086 # the command is split on purpose
			echo "  $(mean_ms $cmd) ms  $cmd"
		done
	fi
done
