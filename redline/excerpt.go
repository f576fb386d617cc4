package redline

import "strings"

// Ellipsis marks text left out of an excerpt.
const Ellipsis = "…"

// Excerpt returns a short redline of at most about maxWords words for feeds and
// the digest email: the first change and the biggest change (one window when they
// are the same), each with a little unchanged context, and "…" where text was
// left out. Long changes are cut to fit and line breaks become spaces. Render it
// with HTML or Text. It returns nil when the result has no changes.
func Excerpt(r Result, maxWords int) []Op {
	groups := changeGroups(r.Ops)
	if len(groups) == 0 {
		return nil
	}
	if maxWords < 4 {
		maxWords = 4
	}
	first, biggest := groups[0], groups[0]
	for _, g := range groups[1:] {
		if g.words > biggest.words {
			biggest = g
		}
	}
	picks := []group{first}
	if biggest.from != first.from && maxWords >= 16 {
		picks = append(picks, biggest)
	}
	budget := maxWords / len(picks)
	var out []Op
	add := func(op Op) {
		// Line breaks mean nothing in a 40-word snippet in a feed or an email.
		op.Text = strings.ReplaceAll(strings.ReplaceAll(op.Text, "\n\n", " "), "\n", " ")
		if op.Text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Kind == op.Kind && out[n-1].Mark == op.Mark {
			out[n-1].Text += op.Text
			return
		}
		out = append(out, op)
	}
	sharedWhole := false // the unchanged text between the two picks was shown whole
	for pi, g := range picks {
		ctx := min(8, budget/4)
		change := budget - 2*ctx
		if g.from > 0 && !sharedWhole {
			prev := r.Ops[g.from-1]
			text, cut := tailWords(prev.Text, ctx)
			if (cut || g.from > 1) && !endsWithEllipsis(out) {
				add(Op{Kind: Equal, Text: Ellipsis})
			}
			add(Op{Kind: Equal, Mark: prev.Mark, Text: text})
		}
		sharedWhole = false
		ops := r.Ops[g.from:g.to]
		per := change / kinds(ops)
		left := map[Kind]int{Delete: per, Insert: per}
		for _, op := range ops {
			if left[op.Kind] < 0 {
				continue // already cut, and marked with an ellipsis
			}
			text, cut := headWords(op.Text, left[op.Kind])
			left[op.Kind] -= wordCount(text)
			if cut {
				text += " " + Ellipsis
				left[op.Kind] = -1
			}
			add(Op{Kind: op.Kind, Mark: op.Mark, Text: text})
		}
		if g.to == len(r.Ops) {
			continue
		}
		next := r.Ops[g.to]
		if pi+1 < len(picks) && picks[pi+1].from == g.to+1 && wordCount(next.Text) <= 2*ctx {
			add(next)
			sharedWhole = true
			continue
		}
		text, cut := headWords(next.Text, ctx)
		add(Op{Kind: Equal, Mark: next.Mark, Text: text})
		if cut || g.to+1 < len(r.Ops) {
			add(Op{Kind: Equal, Text: " " + Ellipsis})
		}
	}
	return out
}

// group is a run r.Ops[from:to] of non-Equal ops.
type group struct{ from, to, words int }

func changeGroups(ops []Op) []group {
	var gs []group
	for i := 0; i < len(ops); {
		if ops[i].Kind == Equal {
			i++
			continue
		}
		g := group{from: i}
		for i < len(ops) && ops[i].Kind != Equal {
			g.words += wordCount(ops[i].Text)
			i++
		}
		g.to = i
		gs = append(gs, g)
	}
	return gs
}

func endsWithEllipsis(ops []Op) bool {
	return len(ops) > 0 && strings.HasSuffix(ops[len(ops)-1].Text, Ellipsis)
}

// kinds counts the distinct kinds (delete, insert) among change ops: 1 or 2.
func kinds(ops []Op) int {
	var del, ins int
	for _, op := range ops {
		if op.Kind == Delete {
			del = 1
		} else {
			ins = 1
		}
	}
	return del + ins
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// headWords keeps the first n words of s with their separators.
func headWords(s string, n int) (string, bool) {
	if n <= 0 {
		return "", strings.TrimSpace(s) != ""
	}
	words, inWord := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n'
		if !space && !inWord {
			if words == n {
				return strings.TrimRight(s[:i], " \n"), true
			}
			words++
		}
		inWord = !space
	}
	return s, false
}

// tailWords keeps the last n words of s, with a leading space when cut.
func tailWords(s string, n int) (string, bool) {
	if n <= 0 {
		return "", strings.TrimSpace(s) != ""
	}
	words, inWord := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		space := s[i] == ' ' || s[i] == '\n'
		if !space && !inWord {
			if words == n {
				return " " + strings.TrimLeft(s[i+1:], " \n"), true
			}
			words++
		}
		inWord = !space
	}
	return s, false
}
