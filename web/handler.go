package web

import (
	"errors"
	"log/slog"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/web/paths"
)

// Handler serves the site read-only: GET and HEAD only, conditional GET
// (ETag from the content hash, Last-Modified from the newest change), gzip
// from a copy compressed once per render, and Cache-Control. With a nil log
// nothing is logged.
func (s *Site) Handler(log *slog.Logger) http.Handler {
	h := http.HandlerFunc(s.serve)
	if log == nil {
		return h
	}
	return accessLog(log, h)
}

// Cache lifetimes: feeds and pages may be a few minutes old in a browser or
// proxy; the stylesheet URL carries its version, so it can be kept long.
const (
	cachePages = "public, max-age=300"
	cacheCSS   = "public, max-age=31536000, immutable"
)

// contentSecurity: billwatch pages need no script, frame, form or plugin.
const contentSecurity = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (s *Site) serve(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "billwatch is read-only", http.StatusMethodNotAllowed)
		return
	}
	p, ok := sitePath(r.URL.Path)
	if !ok {
		s.serveError(w, r, ErrNotFound)
		return
	}
	page, err := s.Render(r.Context(), p)
	if errors.Is(err, errNeedSlash) {
		http.Redirect(w, r, p+"/", http.StatusMovedPermanently)
		return
	}
	if err != nil {
		s.serveError(w, r, err)
		return
	}
	hdr.Set("Content-Type", page.ContentType)
	hdr.Set("Cache-Control", cachePages)
	if p == paths.Stylesheet {
		hdr.Set("Cache-Control", cacheCSS)
	}
	hdr.Set("X-Content-Type-Options", "nosniff")
	if strings.HasPrefix(page.ContentType, "text/html") {
		hdr.Set("Content-Security-Policy", contentSecurity)
	}
	hdr.Set("Vary", "Accept-Encoding")
	body, etag := page.Body, page.ETag
	gz := page.Gzip != nil && acceptsGzip(r)
	if gz {
		body, etag = page.Gzip, gzipETag(page.ETag)
	}
	hdr.Set("ETag", etag)
	if !page.LastModified.IsZero() {
		hdr.Set("Last-Modified", page.LastModified.UTC().Format(http.TimeFormat))
	}
	if notModified(r, page) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if gz {
		hdr.Set("Content-Encoding", "gzip")
	}
	hdr.Set("Content-Length", itoa(int64(len(body))))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// sitePath cleans a request path: "/x/index.html" is "/x/", as on a static
// host; paths with "..", "//" or other non-canonical forms name nothing.
func sitePath(p string) (string, bool) {
	if p == "" || p[0] != '/' {
		return "", false
	}
	clean := path.Clean(p)
	if strings.HasSuffix(p, "/") && clean != "/" {
		clean += "/"
	}
	if clean != p {
		return "", false
	}
	if base, ok := strings.CutSuffix(p, "/index.html"); ok {
		return base + "/", true
	}
	return p, true
}

func gzipETag(etag string) string { return strings.TrimSuffix(etag, `"`) + `-gz"` }

// notModified evaluates If-None-Match (any encoding's tag matches, weak or
// strong) and, only without it, If-Modified-Since.
func notModified(r *http.Request, p *Page) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == p.ETag || t == gzipETag(p.ETag) {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" && !p.LastModified.IsZero() {
		t, err := http.ParseTime(ims)
		return err == nil && !p.LastModified.Truncate(time.Second).After(t)
	}
	return false
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), "gzip") {
			continue
		}
		for _, prm := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(prm), "=")
			if q, err := strconv.ParseFloat(v, 64); strings.EqualFold(k, "q") && err == nil && q == 0 {
				return false
			}
		}
		return true
	}
	return false
}

func (s *Site) serveError(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusNotFound
	var body []byte
	if errors.Is(err, ErrNotFound) {
		if page, perr := s.Render(r.Context(), notFoundPath); perr == nil {
			body = page.Body
		}
	} else {
		status = http.StatusInternalServerError
		slog.Error("render page", "path", r.URL.Path, "err", err)
	}
	if body == nil {
		http.Error(w, http.StatusText(status), status)
		return
	}
	w.Header().Set("Content-Type", typeHTML)
	w.Header().Set("Content-Security-Policy", contentSecurity)
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// accessLog logs one line per request.
func accessLog(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.LogAttrs(r.Context(), slog.LevelInfo, "http", slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Int("bytes", rec.bytes), slog.Duration("dur", time.Since(start)),
			slog.String("remote", r.RemoteAddr))
	})
}

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}
