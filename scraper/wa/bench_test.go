package wa

import "testing"

// Parse throughput of the 1.1 MB session law of 2SHB 1210, XML and HTM
// editions of the same version: bytes of input per second.
func BenchmarkDocumentTextXML(b *testing.B) {
	benchDocument(b, realDocs[3].day, realDocs[3].path)
}

func BenchmarkDocumentTextHTM(b *testing.B) {
	benchDocument(b, realDocs[4].day, realDocs[4].path)
}

func benchDocument(b *testing.B, day, p string) {
	raw := docFile(b, day, p)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := DocumentText(raw); err != nil {
			b.Fatal(err)
		}
	}
}
