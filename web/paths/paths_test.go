package paths

import (
	"errors"
	"strings"
	"testing"
)

func TestSegmentRoundTrip(t *testing.T) {
	cases := map[string]string{
		"S.124":         "S.124",
		"vt":            "vt",
		"2025-26":       "2025-26",
		"HB 1/2":        "HB_201_2F2",
		"..":            "_2E.",
		".hidden":       "_2Ehidden",
		"a_b":           "a_5Fb",
		"":              "_",
		"Ä<script>":     "_C3_84_3Cscript_3E",
		"x\x00y":        "x_00y",
		"dmv-data":      "dmv-data",
		"A.1234-A":      "A.1234-A",
		"question?mark": "question_3Fmark",
	}
	for in, want := range cases {
		got := Segment(in)
		if got != want {
			t.Errorf("Segment(%q) = %q, want %q", in, got, want)
		}
		back, err := Unsegment(got)
		if err != nil || back != in {
			t.Errorf("Unsegment(%q) = %q, %v; want %q", got, back, err, in)
		}
		if strings.ContainsAny(got, "/\\?#%") {
			t.Errorf("Segment(%q) = %q has unsafe characters", in, got)
		}
	}
}

func TestUnsegmentRejectsNonCanonical(t *testing.T) {
	for _, s := range []string{"S_2E124", "a b", "x_4", "..", ".", "a%20b", "_zz"} {
		if _, err := Unsegment(s); !errors.Is(err, ErrBadPath) {
			t.Errorf("Unsegment(%q) = %v, want ErrBadPath", s, err)
		}
	}
}

func TestPathsAndFiles(t *testing.T) {
	if got := Bill("vt/2020/S.124"); got != "/bills/vt/2020/S.124/" {
		t.Errorf("Bill = %q", got)
	}
	if got := Diff("vt/2020/S.124", 2, 5); got != "/bills/vt/2020/S.124/diff/2-5.html" {
		t.Errorf("Diff = %q", got)
	}
	for path, file := range map[string]string{"/": "index.html", "/bills/vt/2020/S.124/": "bills/vt/2020/S.124/index.html", "/feeds.opml": "feeds.opml"} {
		if got := File(path); got != file {
			t.Errorf("File(%q) = %q, want %q", path, got, file)
		}
	}
	id, err := ParseIDSegments([]string{"wa", "2025-26", "HB_201_2F2"})
	if err != nil || id != "wa/2025-26/HB 1/2" {
		t.Errorf("ParseIDSegments = %q, %v", id, err)
	}
	if got := Base("https://example.org/bw/").URL("/feeds/all.rss.xml"); got != "https://example.org/bw/feeds/all.rss.xml" {
		t.Errorf("Base.URL = %q", got)
	}
	if got := Base("").URL("/x/"); got != "/x/" {
		t.Errorf("empty Base.URL = %q", got)
	}
}
