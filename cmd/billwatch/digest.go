package main

import "errors"

// DigestCmd is not built yet.
type DigestCmd struct{}

// Run reports that the command is not built yet.
func (c *DigestCmd) Run(a *App) error { return errors.New("digest: not built yet") }
