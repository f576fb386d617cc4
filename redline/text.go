package redline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Text renders ops as plain text in git's word-diff style: "[-deleted-]" and
// "{+inserted+}"; the bill's current-law markup is kept as ⟦-…-⟧ / ⟦+…+⟧.
// A replacement reads "[-old-]{+new+}" with no space between the two.
func Text(ops []Op) string {
	var sb strings.Builder
	_ = WriteText(&sb, ops)
	return sb.String()
}

// WriteText streams Text to w (a CLI need not hold the whole redline twice).
func WriteText(w io.Writer, ops []Op) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for k, op := range ops {
		ws, text := splitLeadingSpace(op.Text)
		if op.Kind == Insert && k > 0 && ops[k-1].Kind == Delete && ws == " " {
			ws = ""
		}
		bw.WriteString(ws)
		if text == "" {
			continue
		}
		switch op.Kind {
		case Delete:
			bw.WriteString("[-")
		case Insert:
			bw.WriteString("{+")
		}
		switch op.Mark {
		case StruckLaw:
			bw.WriteString(OpenStruckLaw)
			bw.WriteString(text)
			bw.WriteString(CloseStruckLaw)
		case NewLaw:
			bw.WriteString(OpenNewLaw)
			bw.WriteString(text)
			bw.WriteString(CloseNewLaw)
		default:
			bw.WriteString(text)
		}
		switch op.Kind {
		case Delete:
			bw.WriteString("-]")
		case Insert:
			bw.WriteString("+}")
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write redline text: %w", err)
	}
	return nil
}

// JSON encodes the result with stable field names:
//
//	{"ops":[{"op":"equal|insert|delete","text":"…","mark":"new_law|struck_law"}],
//	 "sections":[{"status":"amended","old":"Sec. 2","new":"Sec. 2","heading":"…","inserted":41,"deleted":12}],
//	 "stats":{"inserted":41,"deleted":12,"unchanged":900},"summary":"…"}
func JSON(r Result) ([]byte, error) {
	if r.Ops == nil {
		r.Ops = []Op{}
	}
	if r.Sections == nil {
		r.Sections = []SectionChange{}
	}
	out, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("encode redline: %w", err)
	}
	return out, nil
}

// MarshalText encodes the kind as "equal", "insert" or "delete".
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes "equal", "insert" or "delete".
func (k *Kind) UnmarshalText(b []byte) error {
	return parseName(b, kindNames[:], (*uint8)(k), "op kind")
}

// MarshalText encodes the mark as "", "new_law" or "struck_law".
func (m Mark) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText decodes "", "new_law" or "struck_law".
func (m *Mark) UnmarshalText(b []byte) error {
	return parseName(b, markNames[:], (*uint8)(m), "mark")
}

// MarshalText encodes the status as "unchanged", "amended", "added", "removed" or "moved".
func (s SectionStatus) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a section status name.
func (s *SectionStatus) UnmarshalText(b []byte) error {
	return parseName(b, statusNames[:], (*uint8)(s), "section status")
}

func parseName(b []byte, names []string, dst *uint8, what string) error {
	for i, n := range names {
		if n == string(b) {
			*dst = uint8(i)
			return nil
		}
	}
	return fmt.Errorf("unknown %s %q", what, b)
}
