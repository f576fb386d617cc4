package wa

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/billwatch/billwatch/scraper"
)

// TestBuildGolden builds every recorded bill, on each day, from the site's
// files exactly as the crawl does, and compares it with its golden JSON.
func TestBuildGolden(t *testing.T) {
	tests := []struct {
		day, sess string
		it        listItem
	}{
		{"day1", "2025-26", listItem{"HB 1069", 1069, "lower"}},
		{"day2", "2025-26", listItem{"HB 1069", 1069, "lower"}},
		{"day1", "2025-26", listItem{"SB 6137", 6137, "upper"}},
		{"day1", "2021-22", listItem{"HB 1210", 1210, "lower"}},
	}
	for _, tt := range tests {
		name := tt.sess + "_" + tt.it.Identifier[:2] + tt.it.Identifier[3:] + "_" + tt.day
		t.Run(name, func(t *testing.T) {
			urls := billPages(tt.sess, tt.it)
			resps := make([]*scraper.Response, len(urls))
			for i, u := range urls {
				resps[i] = &scraper.Response{URL: u, Status: http.StatusOK, Body: replayFile(t, tt.day, u)}
			}
			b, err := build(tt.sess, tt.it, urls, resps)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			enc := json.NewEncoder(&out)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(b); err != nil {
				t.Fatal(err)
			}
			golden(t, "bill_"+name+".json", out.Bytes())
		})
	}
}
