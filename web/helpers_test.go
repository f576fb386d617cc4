package web

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/billwatch/billwatch/feeds/feedtest"
	"github.com/billwatch/billwatch/store"
)

func openFixture(t testing.TB, opt feedtest.Options) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "bw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := feedtest.Populate(context.Background(), st, opt); err != nil {
		t.Fatal(err)
	}
	return st
}
