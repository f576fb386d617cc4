package wa

import (
	"reflect"
	"testing"

	"github.com/billwatch/billwatch/bill"
)

func TestParseDocuments(t *testing.T) {
	vs, ams, err := parseDocuments(service(t, "day2", "legislativedocumentservice.asmx/GetDocuments@biennium=2025-26&namedLike=1069"), "HB 1069", 1069)
	if err != nil {
		t.Fatal(err)
	}
	want := bill.Version{Name: "House Bill (Passed Legislature)", MediaType: "application/xml", Class: "enrolled",
		URL: "https://lawfilesext.leg.wa.gov/biennium/2025-26/Xml/Bills/House%20Passed%20Legislature/1069.PL.xml"}
	if len(vs) != 1 || vs[0] != want {
		t.Fatalf("versions %+v", vs)
	}
	if len(ams) != 1 || ams[0].Name != "1069 AMS SALD S3166.1" || ams[0].Class != "amendment" ||
		ams[0].URL != "https://lawfilesext.leg.wa.gov/biennium/2025-26/Xml/Amendments/Senate/1069%20AMS%20SALD%20S3166.1.xml" {
		t.Fatalf("amendments %+v", ams)
	}

	doc := func(name, dir, created string) string {
		return `<LegislativeDocument><Name>` + name + `</Name><HtmUrl>http://lawfilesext.leg.wa.gov/biennium/2025-26/Htm/` + dir + `/` + name +
			`.htm</HtmUrl><HtmCreateDate>` + created + `</HtmCreateDate></LegislativeDocument>`
	}
	body := `<ArrayOfLegislativeDocument ` + ns + `>` + doc("1163-S2.PL", "Bills/House Passed Legislature", "2025-04-20T10:00:00") +
		doc("1163-S2.E", "Bills/House Bills", "") + doc("1163", "Bills/House Bills", "2025-01-10T08:00:00.12") + doc("1163-S", "Bills/House Bills", "") +
		doc("1163 HBR APP 25", "Bill Reports/House", "") + doc("5123 AMS SMIT S1163.1", "Amendments/Senate", "") +
		doc("11630", "Bills/House Bills", "") + doc("1163-S2", "Bills/House Bills", "") + doc("1163-S", "Bills/House Bills", "") + `</ArrayOfLegislativeDocument>`
	vs, ams, err = parseDocuments([]byte(body), "HB 1163", 1163)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, v := range vs {
		names = append(names, v.Name+"|"+v.Class+"|"+v.Date)
	}
	wantNames := []string{"House Bill|introduced|2025-01-10", "Substitute House Bill|substituted|", "Second Substitute House Bill|substituted|",
		"Engrossed Second Substitute House Bill|amendment|", "Second Substitute House Bill (Passed Legislature)|enrolled|2025-04-20"}
	if !reflect.DeepEqual(names, wantNames) || len(ams) != 0 {
		t.Fatalf("versions %v\nwant %v\namendments %v", names, wantNames, ams)
	}

	for _, bad := range []string{`<LegislativeDocument><Name>x</Name><HtmUrl>http://example.com/a.htm</HtmUrl></LegislativeDocument>`,
		`<LegislativeDocument><Name>x</Name><HtmUrl>http://lawfilesext.leg.wa.gov/biennium/2025-26/Pdf/x.pdf</HtmUrl></LegislativeDocument>`} {
		if _, _, err := parseDocuments([]byte(`<ArrayOfLegislativeDocument `+ns+`>`+bad+`</ArrayOfLegislativeDocument>`), "HB 1163", 1163); err == nil {
			t.Errorf("document outside lawfilesext/Htm must be an error: %s", bad)
		}
	}
}

func TestVersionNames(t *testing.T) {
	tests := []struct{ file, id, name, class string }{
		{"1069", "HB 1069", "House Bill", "introduced"},
		{"1069.PL", "HB 1069", "House Bill (Passed Legislature)", "enrolled"},
		{"1210-S2.SL", "HB 1210", "Second Substitute House Bill (Session Law)", "became-law"},
		{"1008-S2.E2", "HB 1008", "Second Engrossed Second Substitute House Bill", "amendment"},
		{"5000-S.E", "SB 5000", "Engrossed Substitute Senate Bill", "amendment"},
		{"4600-Temporary rules", "HR 4600", "House Resolution", "introduced"},
		{"4603-", "HR 4603", "House Resolution", "introduced"},
		{"8201", "SJR 8201", "Senate Joint Resolution", "introduced"},
	}
	for _, tt := range tests {
		k, ok := parseVersionFile(tt.file)
		if !ok || k.name(tt.id) != tt.name || k.class() != tt.class {
			t.Errorf("%s: %v %q %q, want %q %q", tt.file, ok, k.name(tt.id), k.class(), tt.name, tt.class)
		}
	}
	for _, bad := range []string{"1069 HBR LAWS 25", "1069.DIG", "abc"} {
		if _, ok := parseVersionFile(bad); ok {
			t.Errorf("%q is not a bill version file", bad)
		}
	}
}
