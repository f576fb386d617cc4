package digest

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/billwatch/billwatch/bill"
	"github.com/billwatch/billwatch/store"
)

func buildWeek(t *testing.T, f *fixture, opt Options) *Digest {
	t.Helper()
	after, err := f.st.ChangeIDBefore(f.ctx, weekStart)
	if err != nil {
		t.Fatal(err)
	}
	opt.Now = buildTime
	d, err := Build(f.ctx, f.st, dmvData(t), Window{AfterID: after, SentAt: weekStart}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func ids(refs ...BillRef) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.ID)
	}
	return out
}

func TestBuildSortsTheWeekIntoSections(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	d := buildWeek(t, f, Options{BaseURL: "https://billwatch.example.org/"})

	var got struct{ New, Moved, Amended, Dropped, Other []string }
	for _, it := range d.New {
		got.New = append(got.New, ids(it.Bill)...)
	}
	for _, it := range d.Moved {
		got.Moved = append(got.Moved, ids(it.Bill)...)
	}
	for _, it := range d.Amended {
		got.Amended = append(got.Amended, ids(it.Bill)...)
	}
	for _, it := range d.Dropped {
		got.Dropped = append(got.Dropped, ids(it.Bill)...)
	}
	for _, it := range d.Other {
		got.Other = append(got.Other, ids(it.Bill)...)
	}
	want := struct{ New, Moved, Amended, Dropped, Other []string }{
		New: []string{"vt/2014/S.38"}, Moved: []string{"vt/2026/H.351"}, Amended: []string{"vt/2026/H.351"},
		Dropped: []string{"vt/2020/S.124"}, Other: []string{"vt/2026/H.351"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("sections = %+v\nwant %+v", got, want)
	}

	n := d.New[0]
	if !n.NewBill || n.Term != "lawful presence" || !strings.Contains(n.Reason, "privilege card") {
		t.Errorf("new item = %+v", n)
	}
	if m := d.Moved[0]; len(m.Steps) != 1 || m.Steps[0].Milestone != "passed committee" || m.Steps[0].Date != "2026-03-03" {
		t.Errorf("moved = %+v", m)
	}
	if s := d.Moved[0].Bill.Sponsor; s != "Rep. Troy Headrick and 2 others" {
		t.Errorf("sponsor = %q", s)
	}
	a := d.Amended[0]
	if a.From != "As Introduced" || a.Summary == "" || a.Inserted == 0 || !strings.Contains(a.Excerpt, "{+") ||
		!strings.Contains(string(a.ExcerptHTML), `<ins style="`) || strings.Contains(string(a.ExcerptHTML), "class=") {
		t.Errorf("amended = %+v", a)
	}
	if o := d.Other[0]; len(o.Lines) != 1 || !strings.HasPrefix(o.Lines[0], "Referred to Committee on Appropriations") {
		t.Errorf("other = %+v", o)
	}
	if got, want := d.Moved[0].Bill.PageURL, "https://billwatch.example.org/bills/vt/2026/H.351/"; got != want {
		t.Errorf("page URL = %q, want %q", got, want)
	}
	if got := d.Moved[0].Bill.OfficialURL; got != "https://legislature.vermont.gov/bill/status/2026/H.351" {
		t.Errorf("official URL = %q", got)
	}
	if last, _ := f.st.LastChangeID(f.ctx); d.ToID != last || d.FromID >= d.ToID {
		t.Errorf("window %d..%d, newest change %d", d.FromID, d.ToID, last)
	}
	const subject = "DMV data: 1 bill moved, 1 new bill, 1 text amended, 1 bill dropped off, 2 sources failing"
	if got := d.Subject(); got != subject {
		t.Errorf("subject = %q, want %q", got, subject)
	}
}

func TestBuildReportsFailingAndQuietSources(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	d := buildWeek(t, f, Options{})
	r := d.Sources
	if !reflect.DeepEqual(r.Checked, []string{"ny", "vt", "wa"}) {
		t.Fatalf("checked = %v", r.Checked)
	}
	if len(r.Failures) != 1 || r.Failures[0].Source != "ny" || r.Failures[0].Count != 1 ||
		!r.Failures[0].Recovered.IsZero() || !strings.Contains(r.Failures[0].Message, "503") {
		t.Errorf("failures = %+v", r.Failures)
	}
	if len(r.Stale) != 1 || r.Stale[0].Source != "wa" || r.Stale[0].LastOK.IsZero() {
		t.Errorf("stale = %+v", r.Stale)
	}
	if r.Problems() != 2 || r.AllOK() {
		t.Errorf("problems = %d, all ok = %v", r.Problems(), r.AllOK())
	}

	// A later successful run shows the failure as recovered.
	f.at(buildTime.Add(-time.Hour))
	f.run("ny", store.RunOK, "")
	d = buildWeek(t, f, Options{})
	if fl := d.Sources.Failures; len(fl) != 1 || fl[0].Recovered.IsZero() {
		t.Errorf("after recovery: %+v", fl)
	}
}

func TestBuildFromCursorCoversOnlyNewerChanges(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	w := dmvData(t)
	last, _ := f.st.LastChangeID(f.ctx)
	d, err := Build(f.ctx, f.st, w, Window{AfterID: last, SentAt: buildTime.Add(-time.Hour)}, Options{Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	if d.HasChanges() || !d.Counts().Empty() || d.FromID != last || d.ToID != last {
		t.Fatalf("nothing new expected: %+v", d.Counts())
	}
	if got := d.Subject(); got != "DMV data: no changes this week, 2 sources failing" {
		t.Errorf("subject = %q", got)
	}

	// One more milestone after the cursor: exactly that.
	f.at(buildTime.Add(30 * time.Minute))
	b := h351()
	b.Actions = append(b.Actions, bill.Action{Date: "2026-03-09", Chamber: "lower", Text: "Read third time and passed", Classification: []string{"passage"}})
	f.apply(b, nil, dmvMatch(`"privilege card" in title`))
	d, err = Build(f.ctx, f.st, w, Window{AfterID: last}, Options{Now: buildTime.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Moved) != 1 || d.Moved[0].Steps[0].Milestone != "passed a chamber" || len(d.New)+len(d.Amended)+len(d.Dropped) != 0 {
		t.Errorf("after cursor: %+v", d.Counts())
	}
}

func TestBuildOneOffSince(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	d, err := Build(f.ctx, f.st, dmvData(t), Window{AfterID: 1 << 40, Since: weekStart.Add(-30 * 24 * time.Hour)}, Options{Now: buildTime})
	if err != nil {
		t.Fatal(err)
	}
	if !d.OneOff || d.FromID != 0 {
		t.Fatalf("one-off window: oneoff=%v from=%d", d.OneOff, d.FromID)
	}
	// The whole history: S.124 and H.351 matched before the week, S.38 during it.
	if got := ids(d.New[0].Bill, d.New[1].Bill, d.New[2].Bill); !reflect.DeepEqual(got, []string{"vt/2020/S.124", "vt/2026/H.351", "vt/2014/S.38"}) {
		t.Errorf("new = %v", got)
	}
}

func TestBuildCapsSections(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	d, err := Build(f.ctx, f.st, dmvData(t), Window{Since: weekStart.Add(-30 * 24 * time.Hour)}, Options{Now: buildTime, MaxItems: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.New) != 1 || d.Omitted.New != 2 || d.Counts().New != 3 {
		t.Errorf("capped new: %d shown, %d omitted", len(d.New), d.Omitted.New)
	}
}

func TestSubject(t *testing.T) {
	week := func(d *Digest) *Digest { d.Title, d.Since, d.Generated = "DMV data", weekStart, buildTime; return d }
	failing := SourceReport{Checked: []string{"ny"}, Failures: []SourceFailure{{Source: "ny", Count: 2}}}
	recovered := SourceReport{Checked: []string{"ny"}, Failures: []SourceFailure{{Source: "ny", Count: 1, Recovered: buildTime}}}
	cases := []struct {
		d    *Digest
		want string
	}{
		{week(&Digest{}), "DMV data: no changes this week"},
		{week(&Digest{Moved: make([]MovedItem, 3), New: make([]NewItem, 1)}), "DMV data: 3 bills moved, 1 new bill"},
		{week(&Digest{Amended: make([]AmendedItem, 2), Omitted: Omitted{Amended: 1}}), "DMV data: 3 texts amended"},
		{week(&Digest{Other: make([]OtherItem, 2)}), "DMV data: 2 bills with minor updates"},
		{week(&Digest{Moved: make([]MovedItem, 1), Other: make([]OtherItem, 2)}), "DMV data: 1 bill moved"},
		{week(&Digest{Sources: failing}), "DMV data: no changes this week, 1 source failing"},
		{week(&Digest{Sources: recovered}), "DMV data: no changes this week"},
		{&Digest{Title: "DMV data", Since: weekStart.AddDate(0, -2, 0), Generated: buildTime}, "DMV data: no changes since 2 Jan 2026"},
		{&Digest{Title: "DMV\r\n  data\tand more", Dropped: make([]DroppedItem, 1)}, "DMV data and more: 1 bill dropped off"},
	}
	for _, c := range cases {
		if got := c.d.Subject(); got != c.want {
			t.Errorf("Subject() = %q, want %q", got, c.want)
		}
	}
}
