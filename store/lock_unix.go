//go:build unix

package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// LockDigestSends takes the database's digest-send lock, waiting for another
// process that holds it, and returns its release. Two processes sending the
// weekly digest at once (`watch` and a hand-run `billwatch digest --send`)
// would otherwise both read the same cursor and both mail the same changes:
// with the lock the second one reads the cursor the first has moved. The lock
// is an flock on a file beside the database, so the kernel drops it if the
// holder dies. A database in memory has no file and needs no lock.
func (s *Store) LockDigestSends(ctx context.Context) (release func(), err error) {
	if s.path == "" || s.path == ":memory:" {
		return func() {}, nil
	}
	f, err := os.OpenFile(s.path+"-digest.lock", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("digest send lock: %w", err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("digest send lock: %w", err)
		}
		select { // flock cannot be interrupted; poll so that ctx can
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for another process sending the digest: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}
