package watchlist

import (
	"strings"

	"github.com/billwatch/billwatch/bill"
)

// DocFromBill builds the Doc a watchlist sees from a normalized bill: the
// official title followed by any other titles (short and popular titles
// such as "Maryland Driver Privacy Act" are often only there), the abstract
// and subjects, and texts: the text of every version (the pipeline's, stored
// and just fetched). Supporting documents (fiscal notes...) are not given:
// they mention agencies and fees far more than the bill's purpose.
func DocFromBill(b *bill.Bill, texts []Text) Doc {
	titles := []string{b.Title}
	for _, t := range b.OtherTitles {
		if t.Title != "" && !containsFold(titles, t.Title) {
			titles = append(titles, t.Title)
		}
	}
	abstract := b.Abstract
	if len(b.Subjects) > 0 {
		abstract = strings.TrimSpace(abstract + "\nSubjects: " + strings.Join(b.Subjects, "; "))
	}
	d := Doc{
		ID:           b.ID(),
		Jurisdiction: b.Jurisdiction,
		Title:        strings.Join(titles, " / "),
		Abstract:     abstract,
		Texts:        texts,
	}
	return d
}

func containsFold(list []string, s string) bool {
	for _, have := range list {
		if strings.EqualFold(strings.TrimSpace(have), strings.TrimSpace(s)) {
			return true
		}
	}
	return false
}
