package paths

import (
	"fmt"
	"strings"
)

// Segment escapes one path segment so that it is a safe, portable file name
// and needs no URL escaping: ASCII letters, digits, '.' and '-' stand for
// themselves; every other byte (and a leading '.', so "." and ".." never
// appear) becomes "_XX" in upper-case hex. "S.124" stays "S.124"; "HB 1/2"
// becomes "HB_201_2F2". Unsegment reverses it exactly.
func Segment(s string) string {
	if s == "" {
		return "_"
	}
	if plain(s) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if safeByte(c) && !(i == 0 && c == '.') {
			sb.WriteByte(c)
			continue
		}
		fmt.Fprintf(&sb, "_%02X", c)
	}
	return sb.String()
}

// Unsegment reverses Segment.
func Unsegment(s string) (string, error) {
	if s == "_" {
		return "", nil
	}
	if plain(s) {
		return s, nil
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			sb.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		case safeByte(c) && !(i == 0 && c == '.'):
			sb.WriteByte(c)
		default:
			return "", fmt.Errorf("segment %q: %w", s, ErrBadPath)
		}
	}
	if Segment(sb.String()) != s {
		return "", fmt.Errorf("segment %q is not in canonical form: %w", s, ErrBadPath)
	}
	return sb.String(), nil
}

func plain(s string) bool {
	if s[0] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !safeByte(s[i]) {
			return false
		}
	}
	return true
}

func safeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' }

func unhex(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return c - 'A' + 10
}
