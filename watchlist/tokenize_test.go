package watchlist

import (
	"reflect"
	"testing"
)

func TestNormalizeWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Driver's License", []string{"driver", "license"}},
		{"drivers' licenses", []string{"driver", "license"}},
		{"DRIVER LICENCES", []string{"driver", "license"}},
		{"driver\u2019s licence", []string{"driver", "license"}},
		{"\u2018driver\u02bcs\u2019 license", []string{"driver", "license"}},
		{"drive-only", []string{"drive", "only"}},
		{"agencies, addresses; status", []string{"agency", "address", "status"}},
		{"18 U.S.C. 2725", []string{"18", "u", "s", "c", "2725"}},
		{"Sepúlveda ÉTAT", []string{"sepúlveda", "état"}},
		{"  \t\n", nil},
	}
	for _, tt := range tests {
		if got := normalizeWords(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("normalizeWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPhraseVariants(t *testing.T) {
	tests := []struct {
		in   string
		want [][]string
	}{
		{"driver's license", [][]string{{"driver", "license"}}},
		{"drive-only license", [][]string{{"drive", "only", "license"}, {"driveonly", "license"}}},
		{"non-REAL ID", [][]string{{"non", "real", "id"}, {"nonreal", "id"}}},
		{"--", nil},
	}
	for _, tt := range tests {
		if got := phraseVariants(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("phraseVariants(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWordSpans(t *testing.T) {
	text := "The driver’s-licence photo"
	sc := wordScanner{text: text}
	var got []string
	for {
		_, start, end, ok := sc.next()
		if !ok {
			break
		}
		got = append(got, text[start:end])
	}
	want := []string{"The", "driver’s", "licence", "photo"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans = %q, want %q", got, want)
	}
}
