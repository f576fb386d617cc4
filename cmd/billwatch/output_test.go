package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteOut(t *testing.T) {
	var stdout bytes.Buffer
	a := &App{ctx: context.Background(), out: &stdout}
	hello := func(w io.Writer) error { _, err := io.WriteString(w, "hello\n"); return err }
	if err := a.writeOut("", hello); err != nil || stdout.String() != "hello\n" {
		t.Fatalf("to standard output: %q, %v", stdout.String(), err)
	}
	file := filepath.Join(t.TempDir(), "out.txt")
	if err := a.writeOut(file, hello); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(file); string(b) != "hello\n" {
		t.Fatalf("file holds %q", b)
	}
	// A full disk must fail the command, not leave a short file behind a 0 exit.
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	if err := a.writeOut("/dev/full", hello); err == nil {
		t.Fatal("writing to a full device succeeded")
	}
}
