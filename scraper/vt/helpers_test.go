package vt

import "time"

func dateIn(year int) time.Time { return time.Date(year, 3, 1, 0, 0, 0, 0, time.UTC) }
