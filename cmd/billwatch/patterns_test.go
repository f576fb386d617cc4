package main

import (
	"testing"

	"github.com/billwatch/billwatch/internal/lazyre"
)

// The binary links every package with patterns; they compile on first use, so
// this checks all of them at once (a typo would otherwise panic mid-crawl).
func TestEveryPatternCompiles(t *testing.T) {
	if err := lazyre.AllCompile(); err != nil {
		t.Fatal(err)
	}
}
