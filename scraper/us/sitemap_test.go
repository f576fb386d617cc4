package us

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestParseSitemapIndex(t *testing.T) {
	index, err := parseSitemap(readFile(t, "site/day1/sitemap/bulkdata/BILLSTATUS/sitemapindex.xml"), "sitemapindex")
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, m := range congressSitemaps(index, "116") {
		types = append(types, m.Type)
	}
	if !reflect.DeepEqual(types, []string{"hr", "hjres", "sconres"}) {
		t.Fatalf("116th sitemaps %v", types)
	}
	if got := congressSitemaps(index, "119"); len(got) != 0 {
		t.Fatalf("119th sitemaps %v", got)
	}
}

func TestParseSitemapURLSet(t *testing.T) {
	entries, err := parseSitemap(readFile(t, "site/day2/sitemap/bulkdata/BILLSTATUS/116hr/sitemap.xml"), "urlset")
	if err != nil {
		t.Fatal(err)
	}
	bills, skipped := listedBills(entries, "116", "hr")
	if len(bills) != 2 || len(skipped) != 0 {
		t.Fatalf("bills %+v skipped %v", bills, skipped)
	}
	want := listedBill{Identifier: "HR 264", Type: "hr", Number: "264", URL: BillStatusURL("116", "hr", "264"),
		LastMod: time.Date(2026, 1, 12, 8, 13, 55, 16e6, time.UTC)}
	if bills[0] != want {
		t.Fatalf("got %+v\nwant %+v", bills[0], want)
	}
}

func TestParseSitemapFaults(t *testing.T) {
	tests := []struct {
		name, body, root string
		bills, skipped   int
		err              bool
	}{
		{"HTML error page", `<!DOCTYPE html><html><body>Service Unavailable</body></html>`, "urlset", 0, 0, true},
		{"index where a URL set is expected", `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>`, "urlset", 0, 0, true},
		{"truncated", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.govinfo.gov/bulk`, "urlset", 0, 0, true},
		{"empty set", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>`, "urlset", 0, 0, false},
		{"foreign and odd entries", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://www.govinfo.gov/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr1.xml</loc><lastmod>2026-01-05</lastmod></url>
<url><loc>https://www.govinfo.gov/bulkdata/BILLSTATUS/116/s/BILLSTATUS-116s1.xml</loc></url>
<url><loc>https://example.org/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr2.xml</loc></url>
<url><loc>https://www.govinfo.gov/bulkdata/BILLSTATUS/116/hr/BILLSTATUS-116hr02.xml</loc></url>
<url><loc> </loc></url></urlset>`, "urlset", 1, 3, false},
		{"latin-1 declaration", `<?xml version="1.0" encoding="ISO-8859-1"?><urlset/>`, "urlset", 0, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			entries, err := parseSitemap([]byte(tt.body), tt.root)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v", err)
			}
			if err != nil && !errors.Is(err, errNotSitemap) {
				t.Fatalf("err %v is not errNotSitemap", err)
			}
			bills, skipped := listedBills(entries, "116", "hr")
			if len(bills) != tt.bills || len(skipped) != tt.skipped {
				t.Fatalf("bills %v skipped %v", bills, skipped)
			}
		})
	}
}

func TestParseLastMod(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2026-01-05T08:14:09.402Z":  time.Date(2026, 1, 5, 8, 14, 9, 402e6, time.UTC),
		"2026-01-05T03:14:09-05:00": time.Date(2026, 1, 5, 8, 14, 9, 0, time.UTC),
		"2026-01-05T03:14-05:00":    time.Date(2026, 1, 5, 8, 14, 0, 0, time.UTC),
		"2026-01-05":                time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC),
		"yesterday":                 {},
	} {
		if got := parseLastMod(in); !got.Equal(want) {
			t.Errorf("%q → %v, want %v", in, got, want)
		}
	}
}
