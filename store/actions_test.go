package store

import (
	"fmt"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/bill"
)

// The keys stored in existing databases were made by this formula; the
// faster actionKeys must reproduce them exactly, or every stored action
// would look removed and come back as new.
func oldActionKeys(actions []bill.Action) []string {
	keys := make([]string, len(actions))
	seen := map[string]int{}
	for i, act := range actions {
		base := sha(act.Date + "|" + act.Chamber + "|" + strings.Join(strings.Fields(act.Text), " "))[:16]
		seen[base]++
		keys[i] = fmt.Sprintf("%s#%d", base, seen[base])
	}
	return keys
}

func TestActionKeysUnchanged(t *testing.T) {
	texts := []string{"", " ", "Read 1st time", "Read  1st time", " Read 1st time", "Read 1st time ", "Read\t1st\ntime",
		"Read\u00a01st time", "Referred to Committee on Ways & Means", "Reçu en première lecture", "a\u2003b", "x\r\n", "Read 1st time"}
	var acts []bill.Action
	for _, tx := range texts {
		for _, ch := range []string{"", "lower"} {
			acts = append(acts, bill.Action{Date: "2026-01-12", Chamber: ch, Text: tx})
		}
	}
	got, want := actionKeys(acts), oldActionKeys(acts)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("action %q/%q: key %s, want %s", acts[i].Chamber, acts[i].Text, got[i], want[i])
		}
	}
}
