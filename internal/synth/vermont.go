package synth

import (
	"bytes"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"
)

// Vermont is a synthetic Vermont session in the documented structure
// (shared/docs/sources.md, Vermont; the same shapes as the reconstructed site
// in scraper/vt/testdata): three list JSONs, a status page, a detailed-status
// JSON and one "As Introduced" PDF per bill. FS serves it in
// internal/replay's day layout, generating each file when it is read.
type Vermont struct {
	Slug  string // biennium slug, e.g. "2026"
	Bills int
	// ChangedEvery makes day 2 differ from day 1: every ChangedEvery-th bill
	// has one more action. 0 leaves day 2 identical to day 1.
	ChangedEvery int
	// IdleEvery: every IdleEvery-th bill has no detailed status yet (no
	// activity); 0 means one bill in 101.
	IdleEvery int
}

// kinds of Vermont bill numbers and their share per 100 bills.
var vtKinds = []struct {
	prefix     string
	share      int
	body       string
	resolution bool // listed by loadAllResolutionsByChamber
}{
	{"H.", 52, "H", false}, {"S.", 30, "S", false}, {"H.C.R.", 7, "H", true}, {"S.C.R.", 4, "S", true},
	{"J.R.H.", 2, "H", true}, {"J.R.S.", 2, "S", true}, {"H.R.", 1, "H", true}, {"S.R.", 1, "S", true}, {"PR.", 1, "H", false},
}

// vtSlots maps k%100 to (kind, rank within the kind's slots).
var vtSlots = func() (s [100][2]int) {
	i := 0
	for kind, k := range vtKinds {
		for r := 0; r < k.share; r++ {
			s[i] = [2]int{kind, r}
			i++
		}
	}
	return s
}()

// Number is the bill number of bill k: "H.12", "J.R.S.3".
func (v *Vermont) Number(k int) string {
	s := vtSlots[k%100]
	kind := vtKinds[s[0]]
	return kind.prefix + strconv.Itoa(k/100*kind.share+s[1]+1)
}

// index is the inverse of Number; ok is false for numbers not in the session.
func (v *Vermont) index(number string) (int, bool) {
	for kind := len(vtKinds) - 1; kind >= 0; kind-- { // longest prefixes ("H.C.R.") before "H."
		k := vtKinds[kind]
		rest, found := strings.CutPrefix(number, k.prefix)
		if !found {
			continue
		}
		n, err := strconv.Atoi(rest)
		if err != nil || n < 1 {
			return 0, false
		}
		block, rank := (n-1)/k.share, (n-1)%k.share
		for slot, s := range vtSlots {
			if s[0] == kind && s[1] == rank {
				idx := block*100 + slot
				return idx, idx < v.Bills
			}
		}
	}
	return 0, false
}

// isResolution: resolutions are in the resolutions list, not the bill lists.
func isResolution(number string) bool {
	for _, k := range vtKinds {
		if k.resolution && strings.HasPrefix(number, k.prefix) {
			return true
		}
	}
	return false
}

// FS returns the site as an fs.FS of day directories ("day1", "day2").
func (v *Vermont) FS() fs.FS { return vtFS{v} }

type vtFS struct{ v *Vermont }

func (f vtFS) Open(name string) (fs.File, error) {
	b, err := f.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return &memFile{name: name, r: bytes.NewReader(b), size: int64(len(b))}, nil
}

// ReadFile generates the file at name ("day1/bill/status/2026/H.12").
func (f vtFS) ReadFile(name string) ([]byte, error) {
	day, rest, _ := strings.Cut(name, "/")
	if day != "day1" && day != "day2" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	b := f.v.file(rest, day == "day2")
	if b == nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return b, nil
}

// file renders one path; on day 2 only files that changed exist (replay
// falls back to day 1 for the rest).
func (v *Vermont) file(p string, day2 bool) []byte {
	slug := v.Slug
	switch p {
	case "robots.txt":
		if day2 {
			return nil
		}
		return []byte("User-agent: *\nDisallow: /admin/\nDisallow: /search/\n")
	case "bill/loadBillsReleased/" + slug + "/_index":
		return v.listOrNil(day2, "released")
	case "bill/loadBillsIntroduced/" + slug + "/_index":
		return v.listOrNil(day2, "introduced")
	case "bill/loadAllResolutionsByChamber/" + slug + "/both":
		return v.listOrNil(day2, "resolutions")
	}
	if num, ok := strings.CutPrefix(p, "bill/status/"+slug+"/"); ok {
		k, ok := v.index(num)
		if !ok || (day2 && !v.changed(k)) {
			return nil
		}
		return v.statusPage(k, day2)
	}
	if id, ok := strings.CutPrefix(p, "bill/loadBillDetailedStatus/"+slug+"/"); ok {
		n, err := strconv.Atoi(id)
		k := n - internalBase
		if err != nil || k < 0 || k >= v.Bills || !v.hasActivity(k) || (day2 && !v.changed(k)) {
			return nil
		}
		return v.actionsJSON(k, day2)
	}
	if rest, ok := strings.CutPrefix(p, "Documents/"+slug+"/Docs/BILLS/"); ok && !day2 {
		dir, file, _ := strings.Cut(rest, "/")
		num, ok := strings.CutSuffix(file, " As Introduced.pdf")
		if !ok {
			return nil
		}
		k, ok := v.indexFromDir(dir, num)
		if !ok {
			return nil
		}
		b, err := v.pdf(k)
		if err != nil {
			return nil
		}
		return b
	}
	return nil
}

func (v *Vermont) listOrNil(day2 bool, which string) []byte {
	if day2 {
		return nil // the lists do not change between the days
	}
	return v.list(which)
}

func (v *Vermont) changed(k int) bool { return v.ChangedEvery > 0 && k%v.ChangedEvery == 0 }

// internalBase offsets the site's internal bill ids.
const internalBase = 40000

func (v *Vermont) hasActivity(k int) bool {
	n := v.IdleEvery
	if n <= 0 {
		n = 101
	}
	return k%n != n-1
}

type memFile struct {
	name string
	r    *bytes.Reader
	size int64
}

func (m *memFile) Stat() (fs.FileInfo, error) { return memInfo{m}, nil }
func (m *memFile) Read(p []byte) (int, error) { return m.r.Read(p) }
func (m *memFile) Close() error               { return nil }

type memInfo struct{ f *memFile }

func (i memInfo) Name() string       { return i.f.name[strings.LastIndex(i.f.name, "/")+1:] }
func (i memInfo) Size() int64        { return i.f.size }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

func (i memInfo) String() string { return fmt.Sprintf("%s (%d bytes)", i.Name(), i.Size()) }
