package ny

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkParseBill parses the real S609-2017 response (17.6 kB, two
// prints with their plain texts and memos).
func BenchmarkParseBill(b *testing.B) {
	body := readTestdata(b, s609)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ParseBill(body); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractText extracts real LBDC prints: the A5457 BILLTEXT file
// (two pages) and the S6169-B bill page (votes, print and memo).
func BenchmarkExtractText(b *testing.B) {
	for _, f := range []string{"fixtures/lbdc_2017-02-09-14.23.24.464033_BILLTEXT_A05457.XML", "fixtures/lbdc_billscrape_2023-S6169.html"} {
		body := readTestdata(b, f)
		b.Run(f[strings.LastIndex(f, "_")+1:], func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, _, err := ExtractText(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractTextLong extracts a long print: the A5457 print's pages
// repeated 200 times (about 400 pages, the size of a large budget bill).
func BenchmarkExtractTextLong(b *testing.B) {
	raw := string(readTestdata(b, "fixtures/lbdc_2017-02-09-14.23.24.464033_BILLTEXT_A05457.XML"))
	pages := raw[strings.Index(raw, "<PRE"):strings.LastIndex(raw, "</pre>")]
	body := []byte(strings.Repeat(pages+"</pre><P CLASS=\"brk\">", 200))
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := ExtractText(body); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseIDList parses a full 1,000-item page of bill ids, in the
// format of the recorded page (the numbers are generated).
func BenchmarkParseIDList(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"success" : true, "message" : "", "responseType" : "base-bill-id list", "total" : 25000, "offsetStart" : 1, "offsetEnd" : 1000, "limit" : 1000, "result" : {"items" : [`)
	for i := range 1000 {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, `{"basePrintNo" : "S%d", "session" : 2025, "basePrintNoStr" : "S%d-2025"}`, i+1, i+1)
	}
	sb.WriteString(`], "size" : 1000}}`)
	body := []byte(sb.String())
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := parseIDList(body); err != nil {
			b.Fatal(err)
		}
	}
}
