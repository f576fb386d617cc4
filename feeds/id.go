package feeds

import (
	"crypto/sha1"
	"fmt"
	"strings"
	"time"

	"github.com/billwatch/billwatch/store"
)

// namespace is billwatch's UUIDv5 namespace, 8a79d029-1ca4-5b0b-a5e6-6f10845305dd: the UUIDv5 of "billwatch" in the
// RFC 9562 URL namespace, written out so that it can never drift.
var namespace = [16]byte{0x8a, 0x79, 0xd0, 0x29, 0x1c, 0xa4, 0x5b, 0x0b, 0xa5, 0xe6, 0x6f, 0x10, 0x84, 0x53, 0x05, 0xdd}

// ItemID is the permanent id of the feed item for a change:
// "urn:uuid:" + UUIDv5 of the change's natural key (its log id, kind, subject
// and first-seen time). Unlike a page URL it survives a new base_url or a new
// page layout, the same change has the same id in every feed it appears in,
// and a rebuilt database (whose log ids restart) cannot reuse an old id for a
// different change, because the kind, subject and time are part of the key.
func ItemID(c store.Change) string {
	subject := c.BillID
	if subject == "" {
		subject = c.Jurisdiction
	}
	key := fmt.Sprintf("change/%d/%s/%s/%s", c.ID, c.Kind, subject, c.SeenAt.UTC().Format(time.RFC3339Nano))
	return "urn:uuid:" + uuidV5(key)
}

// FeedID is the permanent id of a feed (Atom's feed id), from its scope.
func FeedID(s Scope) string {
	return "urn:uuid:" + uuidV5("feed/"+kindName(s.Kind)+"/"+s.Key)
}

func kindName(k Kind) string {
	if k == All {
		return "all"
	}
	return kindDirs[k]
}

// uuidV5 is RFC 9562 §5.5: SHA-1 of namespace and name, version 5, variant 10.
func uuidV5(name string) string {
	h := sha1.New()
	h.Write(namespace[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	x := fmt.Sprintf("%x", u)
	return strings.Join([]string{x[0:8], x[8:12], x[12:16], x[16:20], x[20:32]}, "-")
}
