package scraper

import (
	"reflect"
	"testing"

	"github.com/billwatch/billwatch/internal/lazyre"
)

func TestActionRules(t *testing.T) {
	rules := ActionRules{
		Rule(lazyre.New(`(?i)^read first time`), "introduction", "reading-1"),
		Rule(lazyre.New(`(?i)referred to committee`), "referral-committee"),
		Rule(lazyre.New(`(?i)first`), "reading-1"),
	}
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Read first time and referred to committee", []string{"introduction", "reading-1", "referral-committee"}},
		{"Signed", []string{"other"}},
	} {
		if got := rules.Classify(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Classify(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	if got := rules.Match("Signed"); got != nil {
		t.Errorf("Match with no rule = %v, want nil", got)
	}
}
