package main

import "errors"

// DiffCmd is not built yet.
type DiffCmd struct{}

// Run reports that the command is not built yet.
func (c *DiffCmd) Run(a *App) error { return errors.New("diff: not built yet") }
