//go:build !unix

package store

import "context"

// LockDigestSends is a no-op where flock does not exist: run one sender.
func (s *Store) LockDigestSends(context.Context) (func(), error) { return func() {}, nil }
