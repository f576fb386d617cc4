package watchlist

import (
	"reflect"
	"testing"

	"github.com/billwatch/billwatch/bill"
)

func TestDocFromBill(t *testing.T) {
	b := &bill.Bill{
		Jurisdiction: "md",
		Session:      "2021",
		Identifier:   "HB 23",
		Title:        "Personal Information – State and Local Agencies – Restrictions on Access",
		OtherTitles: []bill.Title{
			{Type: "short", Title: "Maryland Driver Privacy Act"},
			{Type: "as introduced", Title: "personal information – state and local agencies – restrictions on access "},
		},
		Abstract: "MVA may not disclose personal information.",
		Subjects: []string{"Motor Vehicles", "Immigration"},
	}
	texts := []Text{{Name: "First Reader", Text: "text one"}, {Name: "Enrolled", Text: "text two"}}
	want := Doc{
		ID:           "md/2021/HB23",
		Jurisdiction: "md",
		Title:        "Personal Information – State and Local Agencies – Restrictions on Access / Maryland Driver Privacy Act",
		Abstract:     "MVA may not disclose personal information.\nSubjects: Motor Vehicles; Immigration",
		Texts:        []Text{{Name: "First Reader", Text: "text one"}, {Name: "Enrolled", Text: "text two"}},
	}
	if got := DocFromBill(b, texts); !reflect.DeepEqual(got, want) {
		t.Errorf("DocFromBill =\n%+v\nwant\n%+v", got, want)
	}
	if r := Default().Match(DocFromBill(b, texts))[0]; !r.Matched {
		t.Errorf("dmv-data should match: %s", r.Reason)
	}
}
