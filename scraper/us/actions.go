package us

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/internal/lazyre"
	"github.com/billwatch/billwatch/textnorm"
)

// actions converts the BILLSTATUS history, which lists the newest action
// first, into oldest-first actions. Items without text (the samples have
// a few empty placeholders) carry nothing to show and are skipped; an
// unreadable date is a content fault.
func actions(items []xAction) ([]bill.Action, error) {
	out := make([]bill.Action, 0, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		a := items[i]
		text := textnorm.CollapseSpaces(a.Text)
		if text == "" {
			continue
		}
		date, err := bill.ParseDate(textnorm.CollapseSpaces(a.Date))
		if err != nil {
			return nil, fmt.Errorf("action %q: %w", text, err)
		}
		act := bill.Action{Date: date, Time: actionTime(a.Time), Text: text, Order: len(out),
			Chamber: actionChamber(a, text), Actor: actionActor(a),
			Classification: classifyAction(textnorm.CollapseSpaces(a.Code), textnorm.CollapseSpaces(a.Type), text)}
		out = append(out, act)
	}
	return out, nil
}

var hhmmss = lazyre.New(`^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$`)

// actionTime keeps a well-formed HH:MM:SS (House floor actions have one).
func actionTime(s string) string {
	if s = textnorm.CollapseSpaces(s); hhmmss.MatchString(s) {
		return s
	}
	return ""
}

// actionActor is the committee an action names, if any.
func actionActor(a xAction) string {
	for _, c := range a.Committees {
		if c = textnorm.CollapseSpaces(c); c != "" {
			return c
		}
	}
	return textnorm.CollapseSpaces(a.Committee)
}

// actionChamber decides who acted: the source system when it is a chamber's
// own (0 Senate, 1 House committees, 2 House floor), else the action code
// (Library of Congress codes: below 10000 House, 10000-18999 Senate; E and
// president codes executive; H codes House floor), else the text: the
// resolving-differences and conference codes (19500 up) serve both chambers.
func actionChamber(a xAction, text string) string {
	source := textnorm.CollapseSpaces(a.SourceCode)
	if source == "" { // format 3.0.0 often gives only the system's name
		switch name := strings.ToLower(textnorm.CollapseSpaces(a.SourceName)); {
		case name == "senate":
			source = "0"
		case strings.HasPrefix(name, "house"):
			source = "2"
		}
	}
	switch source {
	case "0":
		return bill.Upper
	case "1", "2":
		return actionChamberByText(text, codeChamber(textnorm.CollapseSpaces(a.Code), bill.Lower))
	}
	return actionChamberByText(text, codeChamber(textnorm.CollapseSpaces(a.Code), ""))
}

func codeChamber(code, fallback string) string {
	switch {
	case code == "":
		return fallback
	case strings.HasPrefix(code, "E"), code == "28000", code == "29000", code == "31000", code == "36000":
		return bill.Executive
	case strings.HasPrefix(code, "H"), strings.HasPrefix(code, "Intro-H"):
		return bill.Lower
	}
	n, err := strconv.Atoi(code)
	switch {
	case err != nil:
		return fallback
	case n < 10000:
		return bill.Lower
	case n < 19000:
		return bill.Upper
	}
	return fallback
}

var (
	presidentText = lazyre.New(`(?i)^(presented to|signed by|vetoed by|pocket vetoed by) president|^became (public|private) law`)
	houseText     = lazyre.New(`(?i)\b(in|to) (the )?house\b|house actions|^house\b`)
	senateText    = lazyre.New(`(?i)\b(in|to) (the )?senate\b|senate actions|^senate\b`)
)

// actionChamberByText refines a chamber from the action's words: the
// executive's acts and "Resolving differences -- Senate actions" style
// prefixes are only told apart there.
func actionChamberByText(text, fallback string) string {
	lower := strings.ToLower(text)
	switch {
	case presidentText.MatchString(text):
		return bill.Executive
	case fallback != "":
		return fallback
	case strings.Contains(lower, "-- house actions"):
		return bill.Lower
	case strings.Contains(lower, "-- senate actions"):
		return bill.Upper
	case senateText.MatchString(text) && !houseText.MatchString(text):
		return bill.Upper
	case houseText.MatchString(text) && !senateText.MatchString(text):
		return bill.Lower
	}
	return ""
}
