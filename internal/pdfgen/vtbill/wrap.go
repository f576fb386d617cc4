package vtbill

import "strings"

// Hyphenation hint: a '|' inside a word marks a place where the layout may
// break the word with a hyphen, the way a word processor hyphenates. The hint
// never reaches the PDF; it lets tests put a known hyphen split at a line end.
const hint = "|"

// wrap fills words greedily into lines of at most width characters; the first
// line is shorter by firstIndent. It reports how many line ends split a word
// at a hint (a syllable hyphen) and how many broke after a real hyphen.
func wrap(text string, width, firstIndent int) (lines []string, hintSplits, hyphenSplits int) {
	limit := width - firstIndent
	var cur string
	flush := func() {
		lines = append(lines, cur)
		cur = ""
		limit = width
	}
	words := strings.Fields(text)
	for i := 0; i < len(words); i++ {
		word := words[i]
		plain := strings.ReplaceAll(word, hint, "")
		sep := ""
		if cur != "" {
			sep = " "
		}
		if len(cur)+len(sep)+len(plain) <= limit {
			cur += sep + plain
			continue
		}
		if head, rest, byHint, ok := splitWord(word, limit-len(cur)-len(sep)); ok {
			cur += sep + head
			flush()
			if byHint {
				hintSplits++
			} else {
				hyphenSplits++
			}
			words[i] = rest
			i-- // place the rest of the word on the new line
			continue
		}
		if cur != "" {
			flush()
		}
		cur = plain
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines, hintSplits, hyphenSplits
}

// splitWord finds the longest head of word (hint split gets a '-' appended,
// real hyphen kept) that fits in room characters.
func splitWord(word string, room int) (head, rest string, byHint, ok bool) {
	for i := len(word) - 1; i > 0; i-- {
		switch word[i] {
		case '|':
			h := strings.ReplaceAll(word[:i], hint, "") + "-"
			if len(h) <= room {
				return h, word[i+1:], true, true
			}
		case '-':
			h := strings.ReplaceAll(word[:i+1], hint, "")
			if len(h) <= room && i+1 < len(word) {
				return h, word[i+1:], false, true
			}
		}
	}
	return "", "", false, false
}
