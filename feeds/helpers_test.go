package feeds

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/billwatch/billwatch/feeds/feedtest"
	"github.com/billwatch/billwatch/store"
	"github.com/billwatch/billwatch/watchlist"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const testBase = "https://billwatch.example.org/vt"

func openFixture(t *testing.T, opt feedtest.Options) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := feedtest.Populate(ctx, st, opt); err != nil {
		t.Fatal(err)
	}
	return st
}

func newBuilder(st *store.Store) *Builder {
	return &Builder{Store: st, Base: testBase, Watchlists: watchlist.Default()}
}

func render(t *testing.T, b *Builder, s Scope, f Format) []byte {
	t.Helper()
	feed, err := b.Build(context.Background(), s)
	if err != nil {
		t.Fatalf("build %v: %v", s, err)
	}
	out, err := feed.Render(f)
	if err != nil {
		t.Fatalf("render %v %v: %v", s, f.Name(), err)
	}
	return out
}

// wellFormed parses an XML document strictly with encoding/xml, which
// rejects characters XML forbids and broken markup.
func wellFormed(doc []byte) error {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update after checking the diff):\n%s", name, got)
	}
}
