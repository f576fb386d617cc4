package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/billwatch/billwatch/bill"
)

// actionKey identifies an action across scrapes: its date, chamber and text
// (whitespace-folded), plus an occurrence number for identical repeats. The
// order on the page is deliberately not part of it: inserting an older action
// must not make every later one look new.
//
// A key is the first 8 bytes of sha256(date|chamber|folded text) in hex, '#',
// and the occurrence. Stored keys depend on exactly this form. It is built
// without fmt and, for text that needs no folding, without the Fields/Join
// copies: a bulk ingest computes one per action and this was 5% of its CPU.
func actionKeys(actions []bill.Action) []string {
	keys := make([]string, len(actions))
	seen := make(map[[8]byte]int, len(actions))
	var buf []byte
	for i, act := range actions {
		buf = append(buf[:0], act.Date...)
		buf = append(buf, '|')
		buf = append(buf, act.Chamber...)
		buf = append(buf, '|')
		buf = appendFolded(buf, act.Text)
		sum := sha256.Sum256(buf)
		var base [8]byte
		copy(base[:], sum[:8])
		seen[base]++
		var k [16 + 1 + 20]byte
		hex.Encode(k[:16], base[:])
		k[16] = '#'
		keys[i] = string(strconv.AppendInt(k[:17], int64(seen[base]), 10))
	}
	return keys
}

// appendFolded appends strings.Join(strings.Fields(s), " "): s with runs of
// white space made one space and none at either end. Text that is already so
// (plain ASCII, single spaces) is appended as it is.
func appendFolded(buf []byte, s string) []byte {
	if folded(s) {
		return append(buf, s...)
	}
	return append(buf, strings.Join(strings.Fields(s), " ")...)
}

// folded reports whether s is ASCII with no white space but single inner
// spaces; anything else takes strings.Fields' own path.
func folded(s string) bool {
	prevSpace := true // a leading space needs folding
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

type storedAction struct {
	id      int64
	removed bool
	text    string
	date    string
}

func (a *applier) actions() error {
	acts := a.obs.Bill.Actions
	stored, err := a.storedActions()
	if err != nil {
		return err
	}
	keys := actionKeys(acts)
	present := make(map[string]bool, len(keys))
	for i, act := range acts {
		k := keys[i]
		present[k] = true
		s, ok := stored[k]
		switch {
		case !ok:
			if err := a.insertAction(k, act); err != nil {
				return err
			}
		case s.removed:
			if _, err := a.exec(sqlRestoreAction, s.id); err != nil {
				return fmt.Errorf("restore action: %w", err)
			}
			if err := a.change(KindActionRestored, fmt.Sprintf("%s action listed again: %s", a.obs.Bill.Identifier, act.Text), actionDetails(act)); err != nil {
				return err
			}
		}
	}
	// An empty history from a bill that had one is a parsing failure or a
	// site fault, never evidence that every action was withdrawn.
	if len(acts) == 0 {
		return nil
	}
	for k, s := range stored {
		if present[k] || s.removed {
			continue
		}
		if _, err := a.exec(sqlRemoveAction, a.seenAt, s.id); err != nil {
			return fmt.Errorf("mark action removed: %w", err)
		}
		if err := a.change(KindActionRemoved, fmt.Sprintf("%s action no longer listed: %s %s", a.obs.Bill.Identifier, s.date, s.text),
			ActionDetails{Date: s.date, Text: s.text}); err != nil {
			return err
		}
	}
	return nil
}

// storedActions loads the bill's actions by key. A bill inserted by this
// observation has none, so the query is skipped.
func (a *applier) storedActions() (map[string]storedAction, error) {
	stored := map[string]storedAction{}
	if a.res.New {
		return stored, nil
	}
	rows, err := a.query(sqlLoadActions, a.id)
	if err != nil {
		return nil, fmt.Errorf("load actions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var s storedAction
		if err := rows.Scan(&s.id, &k, &s.removed, &s.text, &s.date); err != nil {
			return nil, fmt.Errorf("scan action: %w", err)
		}
		stored[k] = s
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load actions: %w", err)
	}
	return stored, nil
}

func (a *applier) insertAction(key string, act bill.Action) error {
	class := act.Classification
	if len(class) == 0 {
		class = []string{"other"}
	}
	if _, err := a.exec(sqlInsertAction, a.id, key, act.Date, act.Time, act.Chamber, act.Actor, act.Text, act.Order,
		strings.Join(class, ","), a.seenAt, a.runID); err != nil {
		return fmt.Errorf("insert action: %w", err)
	}
	if a.res.New {
		return nil // a new bill's existing history is summarised by its new_bill change
	}
	d := actionDetails(act)
	summary := fmt.Sprintf("%s: %s (%s)", a.obs.Bill.Identifier, act.Text, act.Date)
	if d.Milestone != "" {
		summary = fmt.Sprintf("%s %s: %s (%s)", a.obs.Bill.Identifier, d.Milestone, act.Text, act.Date)
	}
	return a.change(KindAction, summary, d)
}

func actionDetails(act bill.Action) ActionDetails {
	d := ActionDetails{Date: act.Date, Chamber: act.Chamber, Text: act.Text, Classification: act.Classification}
	for _, c := range act.Classification {
		if m, ok := bill.Milestones[c]; ok {
			d.Milestone = m
			break
		}
	}
	return d
}
