package lazyre

import "testing"

func TestCompiledOnFirstUseAndOnce(t *testing.T) {
	r := New(`^Sec\. (\d+)\.`)
	if r.re != nil {
		t.Fatal("compiled before first use")
	}
	if got := r.FindStringSubmatch("Sec. 12. Definitions"); len(got) != 2 || got[1] != "12" {
		t.Fatalf("FindStringSubmatch = %q", got)
	}
	first := r.Regexp()
	if r.Regexp() != first {
		t.Fatal("compiled twice")
	}
	if r.String() != `^Sec\. (\d+)\.` {
		t.Fatalf("String = %q", r.String())
	}
}

func TestAllCompileReportsABadPattern(t *testing.T) {
	if err := AllCompile(); err != nil {
		t.Fatalf("good patterns: %v", err)
	}
	bad := New(`(unclosed`)
	defer func() { registry = registry[:len(registry)-1] }()
	if err := AllCompile(); err == nil {
		t.Fatalf("AllCompile accepted %q", bad)
	}
}
