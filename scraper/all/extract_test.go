package all_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/billwatch/billwatch/scraper/all"
)

func TestExtractFileRoutesAndRejects(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, body string
		want       string // substring of the text; "" means an error is expected
	}{
		{"plain text", "Sec. 1.  The  Department\r\nshall not disclose.", "Sec. 1. The Department\nshall not disclose."},
		{"html", "<html><body><p>Sec. 1. Photos</p><script>x()</script></body></html>", "Sec. 1. Photos"},
		{"binary", "\x00\x01\x02PK\x03\x04garbage", ""},
		{"invalid utf-8", strings.Repeat("\xff\xfe\xfd", 100), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := all.ExtractFile(ctx, tt.name, []byte(tt.body))
			if tt.want == "" {
				if !errors.Is(err, all.ErrNotText) {
					t.Fatalf("want ErrNotText, got %q, %v", got, err)
				}
				return
			}
			if err != nil || !strings.Contains(got, tt.want) || strings.Contains(got, "x()") {
				t.Fatalf("got %q, %v", got, err)
			}
		})
	}
	// GPO's USLM bill versions (the real H.R. 264 text the redline tests use)
	// go to the Congress extractor; their <preamble> once sent them to New
	// York's, which wants a <pre> bill print.
	uslm, err := os.ReadFile("../../redline/testdata/uslm/H264_PCS.XML")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := all.ExtractFile(ctx, "H264_PCS.XML", uslm); err != nil || !strings.Contains(got, "Making appropriations for financial services") || strings.Contains(got, "<preamble") {
		t.Fatalf("USLM: %v %q", err, got[:min(len(got), 200)])
	}
	// The House publishes USLM under its own namespace: the same bill reads
	// the same, amendatory marks included.
	gpo, err := os.ReadFile("../us/testdata/site/day1/content/pkg/BILLS-116hr2157ih/xml/BILLS-116hr2157ih.xml")
	if err != nil {
		t.Fatal(err)
	}
	house := bytes.ReplaceAll(gpo, []byte(`"http://schemas.gpo.gov/xml/uslm"`), []byte(`"http://xml.house.gov/schemas/uslm/1.0"`))
	want, err := all.ExtractFile(ctx, "gpo.xml", gpo)
	if err != nil || !strings.Contains(want, "⟦+shall+⟧") {
		t.Fatalf("GPO USLM: %v %q", err, want[:min(len(want), 200)])
	}
	if got, err := all.ExtractFile(ctx, "house.xml", house); err != nil || got != want {
		t.Errorf("House USLM: %v, differs from the GPO namespace's: %q", err, got[:min(len(got), 200)])
	}
	// A Washington XML document goes to the Washington extractor (its markup kept).
	body, err := os.ReadFile("../wa/testdata/site/day2/lawfilesext.leg.wa.gov/biennium/2025-26/Xml/Bills/House Passed Legislature/1069.PL.xml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := all.ExtractFile(ctx, "1069.PL.xml", body)
	if err != nil || !strings.Contains(got, "⟦") {
		t.Fatalf("WA XML: %v %q", err, got[:min(len(got), 200)])
	}
}
