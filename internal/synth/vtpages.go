package synth

import (
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/internal/pdfgen/vtbill"
)

// vtBill is everything the pages of bill k say.
type vtBill struct {
	number, body, title, year, act string
	topic                          topic
	sponsors                       []string
	actions                        []vtAction
}

type vtAction struct{ date, chamber, text string }

func (v *Vermont) bill(k int, day2 bool) vtBill {
	r := rng(2, k)
	s := vtSlots[k%100]
	b := vtBill{number: v.Number(k), body: vtKinds[s[0]].body, topic: pickTopic(r)}
	b.title = "An act relating to " + b.topic.subject
	if isResolution(b.number) {
		b.title = "Joint resolution relating to " + b.topic.phrases[r.IntN(len(b.topic.phrases))]
	}
	title := "Rep. "
	if b.body == "S" {
		title = "Sen. "
	}
	for range 1 + r.IntN(4) {
		b.sponsors = append(b.sponsors, title+surnames[r.IntN(len(surnames))]+" of "+towns[r.IntN(len(towns))])
	}
	first, _ := strconv.Atoi(v.Slug)
	start := time.Date(first-1, 1, 8, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(400))
	b.year = strconv.Itoa(start.Year())
	n := 1 + r.IntN(5)
	passed := r.IntN(8) == 0
	if passed {
		n = len(vermontActions)
	}
	if !v.hasActivity(k) {
		n = 0
	}
	if day2 && v.changed(k) && !passed && n > 0 {
		n++ // day 2: the bill moved one step
	}
	d := start
	for i := 0; i < n; i++ {
		text := vermontActions[i%len(vermontActions)]
		switch {
		case strings.Contains(text, "Committee on %s"):
			text = fmt.Sprintf(text, b.topic.committee)
		case strings.Contains(text, "%s"):
			text = fmt.Sprintf(text, d.Format("January 2, 2006"))
		}
		ch := b.body
		if i >= 6 {
			ch = map[string]string{"H": "S", "S": "H"}[b.body]
		}
		b.actions = append(b.actions, vtAction{date: fmt.Sprintf("%d/%d/%d", d.Month(), d.Day(), d.Year()), chamber: ch, text: text})
		d = d.AddDate(0, 0, 1+r.IntN(20))
	}
	if passed {
		b.act = "Act " + strconv.Itoa(1+k%190)
	}
	return b
}

func chamberName(code string) string {
	if code == "S" {
		return "Senate"
	}
	return "House"
}

type listRow struct {
	BillNumber      string
	Title           string
	Body            string
	ActNo           string
	Year            string `json:"year"`
	SortMeetingDate string
}

// list renders one of the three list JSONs: every bill is introduced, one in
// three bills was also released (so the lists overlap, as on the real site),
// resolutions have their own list.
func (v *Vermont) list(which string) []byte {
	rows := []listRow{}
	for k := 0; k < v.Bills; k++ {
		num := v.Number(k)
		res := isResolution(num)
		switch {
		case which == "resolutions" && !res, which != "resolutions" && res, which == "released" && k%3 != 0:
			continue
		}
		b := v.bill(k, false)
		rows = append(rows, listRow{BillNumber: num + " ", Title: " " + b.title, Body: b.body, ActNo: b.act, Year: b.year})
	}
	out, _ := json.MarshalIndent(map[string]any{"data": rows}, "", " ")
	return append(out, '\n')
}

func (v *Vermont) statusPage(k int, day2 bool) []byte {
	b := v.bill(k, day2)
	var sb strings.Builder
	actSpan := ""
	if b.act != "" {
		actSpan = " <span>(" + b.act + ")</span>"
	}
	fmt.Fprintf(&sb, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Bill Status %s | Vermont General Assembly</title></head>
<body>
<!-- SYNTHETIC page in the documented structure (internal/synth); not a recording. -->
<div id="Form_SelectSession_selected_session_Holder"><select id="Form_SelectSession_selected_session">
<option value="%s" selected>%d-%s Session</option>
</select></div>
<div class="bill-title">
<h1>%s%s</h1>
<h2>%s</h2>
</div>
<dl class="summary-table">
<dt>Sponsor(s)</dt>
<dd><ul>`, b.number, v.Slug, mustAtoi(v.Slug)-1, v.Slug, b.number, actSpan, html.EscapeString(b.title))
	for _, s := range b.sponsors {
		fmt.Fprintf(&sb, `<li><a href="/people/single/%s/%d">%s</a></li>`, v.Slug, len(s), html.EscapeString(s))
	}
	last := ""
	if n := len(b.actions); n > 0 {
		a := b.actions[n-1]
		last = chamberName(a.chamber) + " " + a.date + " - " + a.text
	}
	location := "In Committee"
	if b.act != "" {
		location = "Governor"
	}
	file := vtbill.FileName(b.number, "As Introduced")
	dir := strings.TrimSuffix(file, " As Introduced.pdf")
	fmt.Fprintf(&sb, `</ul></dd>
<dt>Location</dt>
<dd>%s</dd>
<dt>Last Recorded Action</dt>
<dd>%s</dd>
</dl>
<h5>Bill/Resolution Text</h5>
<ul class="bill-path"><li><div><a href="/Documents/%s/Docs/BILLS/%s/%s">As Introduced</a></div></li></ul>
<h5>Detailed Status</h5>
<table id="bill-detailed-status-table" class="display"><thead><tr><th>Chamber</th><th>Date</th><th>Journal page</th><th>Calendar</th><th>Status</th><th>Full status</th></tr></thead><tbody></tbody></table>
`, location, html.EscapeString(last), v.Slug, pathEscape(dir), pathEscape(file))
	if v.hasActivity(k) {
		fmt.Fprintf(&sb, `<script>
$(document).ready(function() {
  $('#bill-detailed-status-table').DataTable({
    "ajax": { "url": "bill/loadBillDetailedStatus/%s/%d" },
    "pageLength": 50
  });
});
</script>
`, v.Slug, internalBase+k)
	}
	sb.WriteString("</body></html>\n")
	return []byte(sb.String())
}

func pathEscape(s string) string { return strings.ReplaceAll(s, " ", "%20") }

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(strings.SplitN(s, ".", 2)[0])
	return n
}

type actionRow struct {
	Biennium, StatusDate, ChamberCode, Chamber, FullStatus string
	Keywords                                               string `json:"keywords"`
	Location, JournalPage, CalendarPage, URL               string
	Sequence                                               string
}

func (v *Vermont) actionsJSON(k int, day2 bool) []byte {
	b := v.bill(k, day2)
	rows := make([]actionRow, len(b.actions))
	for i, a := range b.actions {
		rows[i] = actionRow{Biennium: v.Slug, StatusDate: a.date, ChamberCode: a.chamber, Chamber: chamberName(a.chamber),
			FullStatus: html.EscapeString(a.text), Sequence: strconv.Itoa(i + 1)}
	}
	out, _ := json.MarshalIndent(map[string]any{"data": rows}, "", " ")
	return append(out, '\n')
}

// indexFromDir maps a PDF's directory ("H-0012", "PR0004", "J.R.H.3") back to its bill.
func (v *Vermont) indexFromDir(dir, file string) (int, bool) {
	if dir != file {
		return 0, false
	}
	num := dir
	if p, digits, ok := strings.Cut(dir, "-"); ok {
		n, err := strconv.Atoi(digits)
		if err != nil {
			return 0, false
		}
		num = p + "." + strconv.Itoa(n)
	} else if digits, ok := strings.CutPrefix(dir, "PR"); ok && !strings.HasPrefix(digits, ".") {
		n, err := strconv.Atoi(digits)
		if err != nil {
			return 0, false
		}
		num = "PR." + strconv.Itoa(n)
	}
	return v.index(num)
}

// pdf lays out bill k's "As Introduced" printing: front matter and one to
// three pages of sections drafted from its topic.
func (v *Vermont) pdf(k int) ([]byte, error) {
	b := v.bill(k, false)
	r := rng(3, k)
	sponsor := strings.Join(b.sponsors, ", ")
	body := []vtbill.Paragraph{{Text: b.number}, {Text: "Introduced by " + sponsor}, {Text: "Referred to Committee on " + b.topic.committee},
		{Text: "Date: " + b.year}, {Text: "Subject: " + b.topic.subject},
		{Text: "Statement of purpose of bill as introduced: This bill proposes to amend the law on " + b.topic.phrases[r.IntN(len(b.topic.phrases))] + "."},
		{Text: b.title}, {Text: "It is hereby enacted by the General Assembly of the State of Vermont:"}}
	text := billText(r, b.topic, b.title, 1200+r.IntN(3000))
	for _, line := range strings.Split(strings.TrimSpace(text), "\n")[2:] {
		indent := 5
		if strings.HasPrefix(line, "Sec. ") {
			indent = 0
		}
		body = append(body, vtbill.Paragraph{Text: line, Indent: indent})
	}
	doc, _, err := vtbill.Layout(vtbill.Bill{Slug: v.Slug, ID: b.number, Version: "As Introduced", File: vtbill.FileName(b.number, "As Introduced"),
		Head: "BILL AS INTRODUCED", Year: b.year, Tag: fmt.Sprintf("VT LEG #%d v.1", 300000+k), Body: body})
	if err != nil {
		return nil, err
	}
	return doc.Bytes()
}
