package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestOneShotMemory(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	oneShotMemory(10 << 20)
	if got := debug.SetGCPercent(100); got != -1 {
		t.Errorf("GC percent = %d, want -1 (off)", got)
	}
	if got, want := debug.SetMemoryLimit(-1), int64(64<<20+32*(10<<20)); got != want {
		t.Errorf("memory limit = %d, want %d (linear in the input)", got, want)
	}

	t.Setenv("GOGC", "50") // the user's setting wins
	debug.SetGCPercent(50)
	oneShotMemory(10 << 20)
	if got := debug.SetGCPercent(50); got != 50 {
		t.Errorf("GC percent = %d with GOGC=50 set, want 50", got)
	}
}
