package scraper

import (
	"errors"
	"fmt"
)

// Sentinel errors every source and the pipeline can test with errors.Is.
var (
	ErrNotConfigured = errors.New("source is not configured")
	ErrRobots        = errors.New("disallowed by robots.txt")
	ErrTooLarge      = errors.New("response body over the size cap")
	ErrRateLimited   = errors.New("rate limited by the server")
	ErrBadContent    = errors.New("unexpected content") // parse failures: redesigned page, truncated JSON...
	ErrNoBills       = errors.New("the bill list returned no bills")
)

// StatusError is a final non-success HTTP status.
type StatusError struct {
	URL  string
	Code int
}

func (e *StatusError) Error() string { return fmt.Sprintf("GET %s: HTTP %d", e.URL, e.Code) }

// Retryable reports whether the status is worth another try.
func (e *StatusError) Retryable() bool {
	return e.Code == 429 || e.Code == 500 || e.Code == 502 || e.Code == 503 || e.Code == 504
}

// BadContent wraps a parse failure of the page at url.
func BadContent(url string, err error) error {
	return fmt.Errorf("%w at %s: %w", ErrBadContent, url, err)
}
