package watchlist

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseExample(t *testing.T) {
	data, err := os.ReadFile("testdata/example.toml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Names(), []string{"green-light", "face-recognition", "plate-readers"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("names = %v, want %v", got, want)
	}
	gl, _ := s.Lookup("green-light")
	want := &Watchlist{
		Name:          "green-light",
		Title:         "Green Light laws",
		Description:   "Licences for residents regardless of immigration status.",
		Jurisdictions: []string{"vt", "ny", "nj"},
		Bills:         []string{"vt/2026/H.121"},
		Any:           []string{"driver's privilege card", "Driver's License Access and Privacy Act"},
		All: []Group{
			{Phrases: []string{"driver's license", "identification card"}},
			{Phrases: []string{"lawful presence", "immigration status", "undocumented"}},
		},
		None:       []string{"commercial driver's license"},
		Near:       40,
		Recipients: []string{"greenlight@example.org"}, // display name dropped
	}
	gl2 := *gl
	gl2.index = nil
	if !reflect.DeepEqual(&gl2, want) {
		t.Errorf("green-light =\n%+v\nwant\n%+v", gl2, *want)
	}
	fr, _ := s.Lookup("face-recognition")
	if fr.Title != "Government face recognition" || fr.Near != DefaultNear {
		t.Errorf("face-recognition defaults: title %q near %d", fr.Title, fr.Near)
	}
	pr, _ := s.Lookup("plate-readers")
	if len(pr.All) != 2 || pr.groupName(0) != "reader" || pr.groupName(1) != "sharing" {
		t.Errorf("plate-readers groups = %+v", pr.All)
	}
	if gl.groupName(1) != "group 2" {
		t.Errorf("unnamed group label = %q", gl.groupName(1))
	}
}

func TestLoadMergesOverDefault(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "watchlists.toml")
	config := `
[[watchlist]]
name = "dmv-data"
title = "DMV data (Vermont only)"
jurisdictions = ["vt"]
any = ["privilege card"]

[[watchlist]]
name = "extra"
bills = ["VT/2026/h.121"]
`
	if err := os.WriteFile(path, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Names(); !reflect.DeepEqual(got, []string{"dmv-data", "extra"}) {
		t.Fatalf("names = %v", got)
	}
	dmv, _ := s.Lookup("dmv-data")
	if dmv.Title != "DMV data (Vermont only)" || len(dmv.All) != 0 {
		t.Errorf("dmv-data not overridden: %+v", dmv)
	}
	extra, _ := s.Lookup("extra")
	if extra.Bills[0] != "vt/2026/H.121" {
		t.Errorf("bill id not canonical: %q", extra.Bills[0])
	}
	// The override applies to matching through the set too.
	rs := s.Match(Doc{ID: "ny/2025/S1", Title: "Driver's privilege cards"})
	if rs[0].Matched || !strings.Contains(rs[0].Reason, "jurisdiction") {
		t.Errorf("override ignored: %+v", rs[0])
	}

	if s, err := Load(""); err != nil || s != Default() {
		t.Errorf("Load(\"\") = %v, %v; want the defaults", s, err)
	}
	if _, err := Load(filepath.Join(dir, "missing.toml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		config string
		want   []string // substrings of the error, in any order
	}{
		{"syntax", `[[watchlist]] name = `, []string{"parse watchlist config"}},
		{"top-level key", `near = 3`, []string{`unknown top-level key "near"`}},
		{"watchlist not array", "[watchlist]\nname = \"x\"", []string{"write [[watchlist]]"}},
		{"missing name", "[[watchlist]]\nany = [\"x\"]", []string{`watchlist #1: name: missing`}},
		{"bad slug", "[[watchlist]]\nname = \"DMV Data\"\nany = [\"x\"]", []string{`watchlist "DMV Data": name: "DMV Data" is not a slug`}},
		{"duplicate name", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\n[[watchlist]]\nname = \"a\"\nany = [\"y\"]", []string{`watchlist "a": name: duplicates watchlist #1`}},
		{"unknown field", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\nnera = 5", []string{`watchlist "a": nera: unknown field`}},
		{"wrong type", "[[watchlist]]\nname = \"a\"\nany = \"x\"", []string{`watchlist "a": any: must be an array of strings, not a string`}},
		{"wrong item type", "[[watchlist]]\nname = \"a\"\nany = [\"x\", 3]", []string{`watchlist "a": any[1]: must be a string, not an integer`}},
		{"near type", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\nnear = \"far\"", []string{`watchlist "a": near: must be an integer, not a string`}},
		{"negative near", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\nnear = -1", []string{`watchlist "a": near: -1: must be a positive number`}},
		{"matches nothing", "[[watchlist]]\nname = \"a\"\ntitle = \"A\"", []string{`watchlist "a": any: the watchlist matches nothing`}},
		{"empty phrase", "[[watchlist]]\nname = \"a\"\nany = [\"x\", \" -- \"]", []string{`watchlist "a": any[1]: " -- " has no words to match`}},
		{"duplicate phrase", "[[watchlist]]\nname = \"a\"\nany = [\"driver's license\", \"Drivers Licences\"]", []string{`any[1]: "Drivers Licences" is the same phrase as any[0]`}},
		{"empty group", "[[watchlist]]\nname = \"a\"\nall = [[\"x\"], []]", []string{`watchlist "a": all[1]: empty group`}},
		{"group not array", "[[watchlist]]\nname = \"a\"\nall = [\"x\"]", []string{`watchlist "a": all[0]: must be an array of strings, not a string`}},
		{"group table key", "[[watchlist]]\nname = \"a\"\n[[watchlist.all]]\nname = \"g\"\nterms = [\"x\"]", []string{`watchlist "a": all[0]: unknown key "terms"`}},
		{"none without all", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\nnone = [\"y\"]", []string{`watchlist "a": none: has no effect without "all"`}},
		{"bad bill", "[[watchlist]]\nname = \"a\"\nbills = [\"H.121\"]", []string{`watchlist "a": bills[0]: bill id "H.121"`}},
		{"bad jurisdiction", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\njurisdictions = [\"New York\"]", []string{`watchlist "a": jurisdictions[0]: "New York" is not a jurisdiction id`}},
		{"bad recipient", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\nrecipients = [\"ok@example.org\", \"not an address\"]", []string{`watchlist "a": recipients[1]: "not an address" is not an e-mail address`}},
		{"several at once", "[[watchlist]]\nname = \"a\"\nany = [\"x\"]\nnear = -2\nrecipients = [\"nope\"]", []string{"near: -2", "recipients[0]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.config))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\ndoes not contain %q", err, w)
				}
			}
			if tt.name != "syntax" && !errors.Is(err, ErrInvalidConfig) {
				t.Errorf("error does not wrap ErrInvalidConfig: %v", err)
			}
		})
	}
}

func TestParseEmptyIsEmptySet(t *testing.T) {
	s, err := Parse(nil)
	if err != nil || len(s.Watchlists()) != 0 {
		t.Fatalf("Parse(nil) = %v, %v", s, err)
	}
}

func TestNewSetDoesNotEditInput(t *testing.T) {
	in := Watchlist{Name: "a", Bills: []string{"VT/2026/h.121"}, Jurisdictions: []string{"VT"}}
	if _, err := NewSet(in); err != nil {
		t.Fatal(err)
	}
	if in.Bills[0] != "VT/2026/h.121" || in.Jurisdictions[0] != "VT" {
		t.Errorf("input edited: %+v", in)
	}
}

func TestSelect(t *testing.T) {
	data, _ := os.ReadFile("testdata/example.toml")
	user, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	s := Default().Merge(user)
	sub, err := s.Select("plate-readers", "dmv-data")
	if err != nil {
		t.Fatal(err)
	}
	if got := sub.Names(); !reflect.DeepEqual(got, []string{"dmv-data", "plate-readers"}) {
		t.Errorf("Select kept %v", got)
	}
	if _, err := s.Select("nope"); !errors.Is(err, ErrUnknownWatchlist) || !strings.Contains(err.Error(), "green-light") {
		t.Errorf("Select(nope) = %v", err)
	}
	if all, _ := s.Select(); all != s {
		t.Error("Select() should return the whole set")
	}
}
