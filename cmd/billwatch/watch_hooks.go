package main

import (
	"context"

	"github.com/billwatch/billwatch/schedule"
)

// sideJobs are the non-crawl jobs: the weekly digest.
func (c *WatchCmd) sideJobs(a *App) ([]*schedule.Job, error) { return nil, nil }

// after re-publishes when a job changed something.
func (c *WatchCmd) after(a *App) func(ctx context.Context, job string) { return nil }

// serve runs the read-only web server next to the scheduler.
func (c *WatchCmd) serve(a *App) {}
