package main

import (
	"os"
	"runtime/debug"
)

// oneShotMemory lets a one-shot command that holds inputBytes of input run
// without garbage collection, up to a memory limit linear in that input.
//
// Why: `billwatch diff` allocates a few times its input and then exits, so a
// collection frees nothing it will need again; in a 10–20 ms process the
// collector's start-up (worker goroutines, mark bits) is 1–2 ms of it. Measured
// whole-process peaks with no collection stay linear: 10 MB pairs 147 and
// 152 MB (138 and 129 MB with the default collector). The limit bounds the
// worst case: past it the runtime collects as usual.
func oneShotMemory(inputBytes int64) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return // the user's own settings win
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(64<<20 + 32*inputBytes)
}
