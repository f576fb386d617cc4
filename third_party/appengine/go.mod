// A stand-in for google.golang.org/appengine, used through a replace directive
// in billwatch's go.mod. See urlfetch/urlfetch.go for why.
module google.golang.org/appengine

go 1.21
