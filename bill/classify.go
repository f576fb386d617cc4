package bill

// Action classifications: the Open States vocabulary
// (openstates-core/openstates/data/common.py), plus "other" for an action that
// fits none, so that "unclassified" is always an explicit decision.
var ActionClassifications = []string{
	"filing", "introduction", "enrolled", "reading-1", "reading-2", "reading-3",
	"passage", "informal-passage", "failure", "withdrawal", "substitution",
	"amendment-introduction", "amendment-passage", "amendment-withdrawal",
	"amendment-failure", "amendment-amendment", "amendment-deferral",
	"committee-passage", "committee-passage-favorable", "committee-passage-unfavorable",
	"committee-failure", "executive-receipt", "executive-signature", "executive-veto",
	"executive-veto-line-item", "became-law", "veto-override-passage",
	"veto-override-failure", "deferral", "receipt", "referral", "referral-committee",
	"hearing-held", "work-session", "sponsorship", "carried-over",
	"reported-out-of-committee", "concurrence", "other",
}

var validClassification = func() map[string]bool {
	m := make(map[string]bool, len(ActionClassifications))
	for _, c := range ActionClassifications {
		m[c] = true
	}
	return m
}()

// ValidClassification reports whether c is in the shared vocabulary.
func ValidClassification(c string) bool { return validClassification[c] }

// Milestones are the classifications an advocate acts on: they are what the
// digest and feeds call "moved".
var Milestones = map[string]string{
	"hearing-held":                  "hearing held",
	"committee-passage":             "passed committee",
	"committee-passage-favorable":   "passed committee",
	"committee-passage-unfavorable": "reported unfavorably",
	"committee-failure":             "failed in committee",
	"passage":                       "passed a chamber",
	"failure":                       "failed a vote",
	"executive-signature":           "signed",
	"executive-veto":                "vetoed",
	"became-law":                    "became law",
	"veto-override-passage":         "veto overridden",
	"withdrawal":                    "withdrawn",
}

// Chambers used in Action.Chamber.
const (
	Lower       = "lower"
	Upper       = "upper"
	Executive   = "executive"
	Legislature = "legislature"
)
