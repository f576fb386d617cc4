package feeds

import (
	"testing"
	"time"

	"github.com/billwatch/billwatch/store"
)

func TestItemIDIsUUIDv5OfTheNaturalKey(t *testing.T) {
	c := store.Change{ID: 1, Kind: "new_bill", BillID: "vt/2014/S.38", Jurisdiction: "vt",
		SeenAt: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	// Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "billwatch"), "change/1/new_bill/vt/2014/S.38/2026-01-01T00:00:00Z")
	const want = "urn:uuid:f6cf6549-7fce-549d-8e30-d19bfa967bda"
	if got := ItemID(c); got != want {
		t.Fatalf("ItemID = %s, want %s", got, want)
	}
	local := c
	local.SeenAt = c.SeenAt.In(time.FixedZone("EST", -5*3600))
	if ItemID(local) != want {
		t.Error("the id depends on the time zone of SeenAt")
	}
	other := c
	other.SeenAt = other.SeenAt.Add(time.Second)
	if ItemID(other) == want {
		t.Error("a different change (same log id, other time) got the same id")
	}
	fail := store.Change{ID: 2, Kind: store.KindSourceFailed, Jurisdiction: "wa", SeenAt: c.SeenAt}
	if ItemID(fail) == ItemID(store.Change{ID: 2, Kind: store.KindSourceFailed, Jurisdiction: "ny", SeenAt: c.SeenAt}) {
		t.Error("failures of two sources share an id")
	}
}

func TestFeedPathsRoundTrip(t *testing.T) {
	scopes := []Scope{Everything, {Kind: Watchlist, Key: "dmv-data"}, {Kind: Jurisdiction, Key: "vt"},
		{Kind: Bill, Key: "vt/2020/S.124"}, {Kind: Bill, Key: "wa/2025-26/HB 1/2"}, {Kind: Watchlist, Key: "my list"}}
	want := map[string]bool{
		"/feeds/all.rss.xml": true, "/feeds/watchlists/dmv-data.atom.xml": true, "/feeds/bills/vt/2020/S.124.json": true,
	}
	for _, s := range scopes {
		for _, f := range Formats {
			p := s.Path(f)
			delete(want, p)
			gs, gf, err := ParsePath(p)
			if err != nil || gs != s || gf != f {
				t.Errorf("ParsePath(%q) = %+v %v %v; want %+v %v", p, gs, gf, err, s, f)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("paths never produced: %v", want)
	}
	for _, bad := range []string{"/feeds/all.xml", "/feeds/bills/vt/S.124.json", "/feeds/watchlists/a/b.rss.xml", "/bills/x", "/feeds/nope/x.json", "/feeds/watchlists/S_2E1.json"} {
		if _, _, err := ParsePath(bad); err == nil {
			t.Errorf("ParsePath(%q) accepted", bad)
		}
	}
}
