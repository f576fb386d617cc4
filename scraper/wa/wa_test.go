package wa

import "testing"

func TestSessions(t *testing.T) {
	for in, want := range map[int]string{2025: "2025-26", 2026: "2025-26", 2021: "2021-22", 2000: "1999-00", 2099: "2099-00"} {
		if got := SessionFor(dateIn(in)); got != want {
			t.Errorf("%d → %s, want %s", in, got, want)
		}
	}
	for s, ok := range map[string]bool{"2025-26": true, "1999-00": true, "2026-27": false, "2025-27": false, "2025": false, "1989-90": false, "2025-26x": false} {
		if err := ValidSession(s); (err == nil) != ok {
			t.Errorf("ValidSession(%q) = %v", s, err)
		}
	}
	if f, l, err := SessionYears("2025-26"); err != nil || f != 2024 || l != 2026 {
		t.Errorf("SessionYears: %d %d %v", f, l, err)
	}
}

func TestServiceURLs(t *testing.T) {
	if got := sponsorsURL("2025-26", "HB 1069"); got != "https://wslwebservices.leg.wa.gov/legislationservice.asmx/GetSponsors?biennium=2025-26&billId=HB%201069" {
		t.Error(got)
	}
	if got := historyURL("2025-26", 1069); got != "https://wslwebservices.leg.wa.gov/legislationservice.asmx/GetLegislativeStatusChangesByBillNumber?biennium=2025-26&billNumber=1069&beginDate=2024-01-01&endDate=2026-12-31" {
		t.Error(got)
	}
	if got := billPageURL("2021-22", 1210); got != "https://app.leg.wa.gov/billsummary?BillNumber=1210&Initiative=false&Year=2021" {
		t.Error(got)
	}
}
