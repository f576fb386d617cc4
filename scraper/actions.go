package scraper

import "github.com/billwatch/billwatch/internal/lazyre"

// ActionRule gives the Open States classification codes of the action texts
// its pattern matches.
type ActionRule struct {
	Pattern *lazyre.Regexp
	Codes   []string
}

// ActionRules classify a legislature's action texts. Every matching rule
// contributes its codes, in rule order and without repeats; order among the
// rules matters only for readability.
type ActionRules []ActionRule

// Match returns the codes of every rule that matches text (nil for none).
func (rs ActionRules) Match(text string) []string {
	var out []string
	for _, r := range rs {
		if r.Pattern.MatchString(text) {
			out = AddCodes(out, r.Codes...)
		}
	}
	return out
}

// Classify is Match with Open States' "other" when no rule fits.
func (rs ActionRules) Classify(text string) []string { return OrOther(rs.Match(text)) }

// AddCodes appends the codes not yet in out.
func AddCodes(out []string, codes ...string) []string {
next:
	for _, c := range codes {
		for _, have := range out {
			if have == c {
				continue next
			}
		}
		out = append(out, c)
	}
	return out
}

// OrOther returns codes, or {"other"} when there are none.
func OrOther(codes []string) []string {
	if len(codes) == 0 {
		return []string{"other"}
	}
	return codes
}

// Rule is an ActionRule: texts matching pattern get codes.
func Rule(pattern *lazyre.Regexp, codes ...string) ActionRule {
	return ActionRule{Pattern: pattern, Codes: codes}
}
