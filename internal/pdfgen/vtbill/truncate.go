package vtbill

import "bytes"

// Truncate returns a prefix of a PDF cut inside its first content stream: the
// header is intact (so it still looks like a PDF) but the cross-reference
// table, trailer and every page object after the cut are gone, which is what
// an interrupted download looks like.
func Truncate(pdf []byte) []byte {
	i := bytes.Index(pdf, []byte("stream\n"))
	if i < 0 {
		return pdf[:len(pdf)/3]
	}
	cut := i + len("stream\n") + 40
	return bytes.Clone(pdf[:min(cut, len(pdf))])
}
