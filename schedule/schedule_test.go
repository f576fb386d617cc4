package schedule

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestSchedulerRunsDueJobsAndSurvivesFailures(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var order []string
	fast := &Job{Name: "fast", Every: 10 * time.Millisecond, Run: func(context.Context) error {
		order = append(order, "fast")
		return errors.New("source down")
	}}
	slow := &Job{Name: "slow", Every: time.Hour, Run: func(context.Context) error {
		order = append(order, "slow")
		return nil
	}}
	s := &Scheduler{Jobs: []*Job{fast, slow}, After: func(context.Context) {
		if len(order) >= 5 {
			cancel()
		}
	}}
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("scheduler did not stop on cancel")
	}
	slowRuns := 0
	for _, o := range order {
		if o == "slow" {
			slowRuns++
		}
	}
	if order[0] != "fast" || slowRuns != 1 || len(order) < 5 {
		t.Fatalf("order %v", order)
	}
}

func TestSchedulerStopsWhileWaiting(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ran := 0 // read only after Run returned
	j := &Job{Name: "daily", Every: 24 * time.Hour, Run: func(context.Context) error { ran++; return nil }}
	s := &Scheduler{Jobs: []*Job{j}}
	done := make(chan error)
	go func() { done <- s.Run(ctx) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("did not stop while waiting for the next run")
	}
	if ran != 1 {
		t.Fatalf("ran %d", ran)
	}
}

// A delayed job's first run comes after the others' first runs.
func TestDelayedJobRunsAfterTheOthers(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var order []string
	job := func(name string, delay time.Duration) *Job {
		return &Job{Name: name, Every: time.Hour, Delay: delay, Run: func(context.Context) error {
			order = append(order, name)
			return nil
		}}
	}
	s := &Scheduler{Jobs: []*Job{job("watched", 30*time.Millisecond), job("full", 0)}, After: func(context.Context) {
		if len(order) == 2 {
			cancel()
		}
	}}
	if err := s.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(order) != 2 || order[0] != "full" || order[1] != "watched" {
		t.Fatalf("order %v, want [full watched]", order)
	}
}
