package ny

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/billwatch/billwatch/redline"
	"github.com/billwatch/billwatch/scraper"
)

// fullTextView is the result of `bills/{session}/{printNo}?view=only_fulltext`
// (OpenLegislation's BillFullTextView): one print's text in one format.
type fullTextView struct {
	Version        string `json:"version"`
	FullTextFormat string `json:"fullTextFormat"`
	FullText       string `json:"fullText"`
}

// ExtractText turns a print into clean text and marked-up text. body is the
// API's full-text view (JSON), or the print itself: the LBDC HTML (a
// BILLTEXT file's CDATA, a bill page) or plain text. The text keeps the
// print's front matter from "Introduced by" on and its numbered body, one
// paragraph per section or subdivision, without margin line numbers, page
// heads and footers; words the print hyphenated at a line end are joined.
// markup is the same text with ⟦+new matter+⟧ (underscored in the print)
// and ⟦-matter struck from law-⟧; text == redline.StripMarkup(markup). Plain
// texts carry no marks and give markup "".
func ExtractText(body []byte) (text, markup string, err error) {
	src, isHTML, err := printSource(body)
	if err != nil {
		return "", "", err
	}
	var lines []line
	if isHTML {
		if lines, err = htmlLines(src); err != nil {
			return "", "", fmt.Errorf("%w: %w", scraper.ErrBadContent, err)
		}
	} else {
		lines = plainLines(src)
	}
	paras := layout(lines)
	marked := false
	var parts []string
	for _, p := range paras {
		for _, s := range p {
			marked = marked || s.Mark != redline.None
		}
		parts = append(parts, redline.Markup(p))
	}
	markup = strings.Join(parts, "\n\n")
	text = redline.StripMarkup(markup)
	if strings.TrimSpace(text) == "" {
		return "", "", fmt.Errorf("%w: the print has no bill text", scraper.ErrBadContent)
	}
	if !marked {
		markup = ""
	}
	return text, markup, nil
}

// printSource finds the print inside body and says whether it is HTML.
func printSource(body []byte) (string, bool, error) {
	trim := bytes.TrimLeft(body, " \t\r\n\xef\xbb\xbf")
	if len(trim) > 0 && trim[0] == '{' {
		e, err := decodeEnvelope(trim)
		if err != nil {
			return "", false, fmt.Errorf("%w: full text: %w", scraper.ErrBadContent, err)
		}
		var v fullTextView
		if err := json.Unmarshal(e.Result, &v); err != nil {
			return "", false, fmt.Errorf("%w: full text view: %w", scraper.ErrBadContent, err)
		}
		if strings.TrimSpace(v.FullText) == "" {
			return "", false, fmt.Errorf("%w: the API has no %s text for this print", scraper.ErrBadContent, orDefault(v.FullTextFormat, "full"))
		}
		return v.FullText, strings.EqualFold(v.FullTextFormat, "HTML") || hasPre(v.FullText), nil
	}
	s := string(body)
	if i := strings.Index(s, "<![CDATA["); i >= 0 { // an LBDC BILLTEXT file
		s = s[i+len("<![CDATA["):]
		if j := strings.LastIndex(s, "]]>"); j >= 0 {
			s = s[:j]
		}
	}
	if hasPre(s) {
		return s, true, nil
	}
	if looksLikeMarkup(s) {
		return "", false, fmt.Errorf("%w: an HTML page without the <pre> bill print", scraper.ErrBadContent)
	}
	return s, false, nil
}

func hasPre(s string) bool {
	return strings.Contains(s, "<pre") || strings.Contains(s, "<PRE") || strings.Contains(strings.ToLower(s), "<pre")
}

func looksLikeMarkup(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(t, "<!doctype") || strings.HasPrefix(t, "<html") || strings.Contains(t, "<body")
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// errNoPre is an HTML print without any <pre> text.
var errNoPre = errors.New("no <pre> bill print in the HTML")
