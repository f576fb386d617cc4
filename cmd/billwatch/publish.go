package main

import "errors"

// PublishCmd is not built yet.
type PublishCmd struct{}

// Run reports that the command is not built yet.
func (c *PublishCmd) Run(a *App) error { return errors.New("publish: not built yet") }
