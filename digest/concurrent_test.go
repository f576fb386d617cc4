package digest

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/billwatch/billwatch/store"
)

// slowTransport accepts every message after a pause, counting them.
type slowTransport struct {
	pause time.Duration
	sent  *atomic.Int32
}

func (t slowTransport) Deliver(_ context.Context, msgs []*Message) []error {
	time.Sleep(t.pause)
	t.sent.Add(int32(len(msgs)))
	return make([]error, len(msgs))
}

// Two processes sending at once (`watch` on its schedule and someone running
// `billwatch digest --send`) must not both mail the same week: each opens
// the database itself, and the send lock makes the second read the cursor the
// first moved.
func TestConcurrentSendsMailEachRecipientOnce(t *testing.T) {
	f := newFixture(t)
	seedWeek(f)
	f.at(buildTime)
	var sent atomic.Int32
	services := make([]*Service, 2)
	for i := range services {
		st := f.st
		if i > 0 { // another process: its own connections to the same file
			var err error
			if st, err = store.Open(f.ctx, f.st.Path()); err != nil {
				t.Fatal(err)
			}
			defer st.Close()
		}
		svc := newService(t, f, nil, testWatchlists(t, "DMV data"), "")
		svc.Store, svc.Transport = st, slowTransport{pause: 100 * time.Millisecond, sent: &sent}
		services[i] = svc
	}
	results := make([][]Result, 2)
	var wg sync.WaitGroup
	for i, svc := range services {
		wg.Go(func() {
			var err error
			if i == 0 {
				results[i], err = svc.Send(f.ctx, Request{})
			} else {
				results[i], err = svc.SendDue(f.ctx) // never got one: due at once
			}
			if err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := sent.Load(); n != 2 {
		t.Fatalf("%d messages for 2 recipients; results %s / %s", n, statuses(results[0]), statuses(results[1]))
	}
}
