package crawltest

import (
	"strings"
	"testing"

	"github.com/billwatch/billwatch/store"
)

// Before is the state a fault test compares against: row counts and the
// newest change id, taken before the faulty run.
type Before struct {
	Counts map[string]int
	Mark   int64
}

// Snapshot takes a Before.
func Snapshot(t testing.TB, st *store.Store) Before {
	t.Helper()
	return Before{Counts: Counts(t, st), Mark: LastChange(t, st)}
}

// CheckFaultRun asserts what every source promises under a fault: the run's
// health has the wanted status and names the problem, and nothing was
// written but the run's own source_failed change (for a failed run) — no
// history lost, no spurious change.
func CheckFaultRun(t testing.TB, st *store.Store, b Before, run store.Run, status, message string) {
	t.Helper()
	if run.Status != status {
		t.Fatalf("status %s, want %s (%s %v)", run.Status, status, run.Message, run.Errors)
	}
	health := run.Message + " " + strings.Join(run.Errors, " ")
	if !strings.Contains(health, message) {
		t.Fatalf("health %q lacks %q", health, message)
	}
	chs := ChangesSince(t, st, b.Mark)
	switch {
	case status == store.RunFailed && (len(chs) != 1 || chs[0].Kind != store.KindSourceFailed):
		t.Fatalf("changes after a failed run: %v", kinds(chs))
	case status != store.RunFailed && len(chs) != 0:
		t.Fatalf("changes after a %s run: %v", status, kinds(chs))
	}
	after := Counts(t, st)
	after["changes"] -= len(chs)
	if !SameCounts(b.Counts, after) {
		t.Fatalf("history moved: %v → %v", b.Counts, after)
	}
}

func kinds(chs []store.Change) []string {
	out := make([]string, len(chs))
	for i, c := range chs {
		out[i] = c.BillID + " " + c.Kind
	}
	return out
}
