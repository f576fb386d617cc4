package main

import "errors"

// WatchCmd is not built yet.
type WatchCmd struct{}

// Run reports that the command is not built yet.
func (c *WatchCmd) Run(a *App) error { return errors.New("watch: not built yet") }
