package wa

import (
	"io/fs"
	"net/url"
	"path"
	"testing"

	"github.com/billwatch/billwatch/internal/replay"
)

// replayFile returns what the recorded site serves for an official URL on
// a day (day2 overlays day1), as internal/replay names its files.
func replayFile(t testing.TB, day, raw string) []byte {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	name := replay.FileName(u)
	days := []string{"day1"}
	if day == "day2" {
		days = []string{"day2", "day1"}
	}
	for _, d := range days {
		if b, err := fs.ReadFile(Recorded(), path.Join(d, u.Host, name)); err == nil {
			return b
		}
	}
	t.Fatalf("no recorded file for %s (%s)", raw, name)
	return nil
}
