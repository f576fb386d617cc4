package us

import "testing"

// BenchmarkParseBillStatus parses the largest BILLSTATUS file of
// shared/fixtures/congress/billstatus: H.R. 6658 (117th), 2022 format, 72,477 bytes.
func BenchmarkParseBillStatus(b *testing.B) {
	body := readFile(b, "site/day1/bulkdata/BILLSTATUS/117/hr/BILLSTATUS-117hr6658.xml")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, err := ParseBillStatus(body, BillStatusURL("117", "hr", "6658")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractTextUSLM extracts the largest USLM text served: H.R. 264
// (116th) engrossed in House, 335,158 bytes.
func BenchmarkExtractTextUSLM(b *testing.B) {
	body := readFile(b, "site/day1/content/pkg/BILLS-116hr264eh/xml/BILLS-116hr264eh.xml")
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if _, _, err := xmlText(body); err != nil {
			b.Fatal(err)
		}
	}
}
