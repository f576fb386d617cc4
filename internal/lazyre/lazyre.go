// Package lazyre is a regexp.Regexp compiled on first use.
//
// billwatch is one binary: every scraper's action classifier, every text
// normalizer and every template is linked into it, and package-level
// regexp.MustCompile ran all of them before main on every start — about a
// third of the start-up of a one-shot command such as `billwatch diff A B`,
// which needs almost none of them. A lazy Regexp pays for compiling when a
// pattern is first used. AllCompile lets one test check every pattern.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a pattern compiled on first use; methods mirror regexp.Regexp.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

var (
	registryMu sync.Mutex
	registry   []*Regexp
)

// New returns a lazy Regexp; a bad pattern panics on first use (and in the
// test that calls AllCompile), as regexp.MustCompile would at start-up.
func New(expr string) *Regexp {
	r := &Regexp{expr: expr}
	registryMu.Lock()
	registry = append(registry, r)
	registryMu.Unlock()
	return r
}

// AllCompile compiles every pattern created so far and returns the first
// error, so a test in a package that links them all catches a typo.
func AllCompile() error {
	registryMu.Lock()
	all := append([]*Regexp(nil), registry...)
	registryMu.Unlock()
	for _, r := range all {
		if _, err := regexp.Compile(r.expr); err != nil {
			return err
		}
	}
	return nil
}

// Regexp returns the compiled pattern.
func (r *Regexp) Regexp() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	return r.re
}

func (r *Regexp) String() string { return r.expr }

func (r *Regexp) Match(b []byte) bool { return r.Regexp().Match(b) }

func (r *Regexp) MatchString(s string) bool { return r.Regexp().MatchString(s) }

func (r *Regexp) FindString(s string) string { return r.Regexp().FindString(s) }

func (r *Regexp) FindStringIndex(s string) []int { return r.Regexp().FindStringIndex(s) }

func (r *Regexp) FindStringSubmatch(s string) []string { return r.Regexp().FindStringSubmatch(s) }

func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.Regexp().FindStringSubmatchIndex(s)
}

func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.Regexp().FindSubmatch(b) }

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.Regexp().FindAllStringIndex(s, n)
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.Regexp().FindAllStringSubmatch(s, n)
}

func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.Regexp().ReplaceAll(src, repl) }

func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.Regexp().ReplaceAllString(src, repl)
}

func (r *Regexp) Split(s string, n int) []string { return r.Regexp().Split(s, n) }
