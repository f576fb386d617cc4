package ny

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/internal/lazyre"
)

// envelope is the wrapper of every OpenLegislation response. List responses
// also carry the paging fields: offsets are 1-based, and the next page starts
// at offsetEnd+1 until offsetEnd reaches total.
type envelope struct {
	Success      *bool           `json:"success"`
	Message      string          `json:"message"`
	ResponseType string          `json:"responseType"`
	Total        int             `json:"total"`
	OffsetStart  int             `json:"offsetStart"`
	OffsetEnd    int             `json:"offsetEnd"`
	Result       json.RawMessage `json:"result"`
}

// errNotJSON marks a body that is not JSON at all (an HTML error or login page).
var errNotJSON = errors.New("not JSON")

// decodeEnvelope checks that body is a successful API response and returns it.
func decodeEnvelope(body []byte) (envelope, error) {
	var e envelope
	trim := bytes.TrimLeft(body, " \t\r\n\xef\xbb\xbf")
	if len(trim) == 0 || trim[0] != '{' {
		return e, fmt.Errorf("%w: the body starts with %q", errNotJSON, snippet(trim))
	}
	if err := json.Unmarshal(trim, &e); err != nil {
		return e, fmt.Errorf("%w: %w", errNotJSON, err)
	}
	switch {
	case e.Success == nil:
		return e, errors.New(`no "success" field: not an OpenLegislation response`)
	case !*e.Success && strings.Contains(strings.ToLower(e.Message), "key"):
		return e, fmt.Errorf("%w: the API answered success=false: %q", ErrKeyRejected, e.Message)
	case !*e.Success:
		return e, fmt.Errorf("the API answered success=false: %q", e.Message)
	case len(e.Result) == 0 || string(e.Result) == "null":
		return e, fmt.Errorf("the API answered without a result (%s)", e.ResponseType)
	}
	return e, nil
}

func snippet(b []byte) string {
	if len(b) > 40 {
		b = b[:40]
	}
	return string(b)
}

// items is the API's list wrapper: {"items": [...], "size": n}.
type items[T any] struct {
	Items []T `json:"items"`
}

// billRef names a base bill: {"basePrintNo": "S609", "session": 2017}.
type billRef struct {
	BasePrintNo string `json:"basePrintNo"`
	Session     int    `json:"session"`
	PrintNo     string `json:"printNo"`
	Version     string `json:"version"`
}

// printNo is a New York print number: chamber letter (S, J, B, R Senate;
// A, K, C, E, L Assembly) and up to five digits, with an amendment letter
// only on amendment prints.
var (
	basePrintNo = lazyre.New(`^[ABCEJKLRS][0-9]{1,5}$`)
	anyPrintNo  = lazyre.New(`^[ABCEJKLRS][0-9]{1,5}[A-Z]?$`)
)

func (r billRef) check() error {
	if !basePrintNo.MatchString(r.BasePrintNo) {
		return fmt.Errorf("bad base print number %q", r.BasePrintNo)
	}
	if r.Session < 2009 || r.Session > 2099 {
		return fmt.Errorf("%s: bad session %d", r.BasePrintNo, r.Session)
	}
	return nil
}

func (r billRef) session() string { return strconv.Itoa(r.Session) }

// apiTime formats a time as the API's ISO local date-time.
func apiTime(t time.Time) string { return t.Format("2006-01-02T15:04:05") }
