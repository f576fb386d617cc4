package main

import "errors"

// ServeCmd is not built yet.
type ServeCmd struct{}

// Run reports that the command is not built yet.
func (c *ServeCmd) Run(a *App) error { return errors.New("serve: not built yet") }
