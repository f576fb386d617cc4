package pdfgen

import (
	"bytes"
	"fmt"
	"io"
	"sort"
)

// objectWriter collects numbered indirect objects and writes them with the
// cross-reference table whose byte offsets readers use to find each object.
type objectWriter struct {
	bodies map[int][]byte
}

func newObjectWriter() *objectWriter {
	return &objectWriter{bodies: map[int][]byte{}}
}

func (o *objectWriter) add(n int, dict string) {
	o.bodies[n] = []byte(dict)
}

func (o *objectWriter) addStream(n int, data []byte) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<< /Length %d >>\nstream\n", len(data))
	b.Write(data)
	b.WriteString("\nendstream")
	o.bodies[n] = b.Bytes()
}

// finish writes header, objects in number order, xref table and trailer.
func (o *objectWriter) finish(w io.Writer, infoObj int) (int64, error) {
	nums := make([]int, 0, len(o.bodies))
	for n := range o.bodies {
		nums = append(nums, n)
	}
	sort.Ints(nums)
	size := nums[len(nums)-1] + 1

	var b bytes.Buffer
	// The second line's high bytes tell transfer tools the file is binary.
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, size)
	for _, n := range nums {
		offsets[n] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", n)
		b.Write(o.bodies[n])
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n", size)
	// Each entry is exactly 20 bytes: 10-digit offset, generation, type, EOL.
	b.WriteString("0000000000 65535 f \n")
	for n := 1; n < size; n++ {
		if _, ok := o.bodies[n]; !ok {
			b.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&b, "%010d 00000 n \n", offsets[n])
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", size, infoObj, xref)
	n, err := w.Write(b.Bytes())
	if err != nil {
		return int64(n), fmt.Errorf("pdfgen: write: %w", err)
	}
	return int64(n), nil
}
