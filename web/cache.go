package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	"github.com/billwatch/billwatch/store"
)

// Page is one rendered path with what HTTP needs to serve it.
type Page struct {
	Path         string
	Body         []byte
	Gzip         []byte // Body gzipped, when that saves bytes
	ContentType  string
	ETag         string    // strong validator from the body's hash, quoted
	LastModified time.Time // newest change (or run) in the store when rendered
}

func newPage(path string, body []byte, ctype string, modified time.Time) *Page {
	sum := sha256.Sum256(body)
	p := &Page{Path: path, Body: body, ContentType: ctype, ETag: `"` + hex.EncodeToString(sum[:16]) + `"`, LastModified: modified}
	if len(body) >= 256 {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // once per render, served many times
		zw.Write(body)
		zw.Close()
		if buf.Len() < len(body) {
			p.Gzip = buf.Bytes()
		}
	}
	return p
}

func (p *Page) size() int { return len(p.Body) + len(p.Gzip) + 256 }

// generation identifies the state of the store's data: it changes whenever
// a change is logged or a run starts or ends (runs also carry text fetched
// without a change, and the health shown on the sources page).
type generation struct {
	key      string
	modified time.Time
}

func (s *Site) generation(ctx context.Context) (generation, error) {
	var g generation
	last, err := s.st.Changes(ctx, store.ChangeFilter{Newest: true, Limit: 1})
	if err != nil {
		return g, fmt.Errorf("read data version: %w", err)
	}
	runs, err := s.st.Runs(ctx, "", 1)
	if err != nil {
		return g, fmt.Errorf("read data version: %w", err)
	}
	var cid, rid int64
	var status string
	if len(last) > 0 {
		cid, g.modified = last[0].ID, last[0].SeenAt.UTC()
	}
	if len(runs) > 0 {
		r := runs[0]
		rid, status = r.ID, r.Status
		t := r.StartedAt
		if r.FinishedAt != nil {
			t = *r.FinishedAt
		}
		if t.After(g.modified) {
			g.modified = t.UTC()
		}
	}
	g.modified = g.modified.Truncate(time.Second) // HTTP dates have whole seconds
	g.key = fmt.Sprintf("%d/%d/%s/%d", cid, rid, status, g.modified.Unix())
	return g, nil
}

// pageCache keeps rendered pages of the current generation.
type pageCache struct {
	mu       sync.Mutex
	refresh  sync.Mutex // one store check at a time
	gen      generation
	checked  time.Time
	pages    map[string]*Page
	bytes    int
	maxBytes int
}

func newPageCache(maxBytes int) *pageCache {
	return &pageCache{pages: map[string]*Page{}, maxBytes: maxBytes}
}

// current returns the data generation, asking the store at most once per
// Recheck interval; requests arriving during a check use the previous one.
func (c *pageCache) current(ctx context.Context, s *Site) (generation, error) {
	c.mu.Lock()
	g, fresh := c.gen, time.Since(c.checked) < s.opt.Recheck
	c.mu.Unlock()
	if fresh && g.key != "" {
		return g, nil
	}
	if g.key != "" && !c.refresh.TryLock() {
		return g, nil
	}
	if g.key == "" {
		c.refresh.Lock()
	}
	defer c.refresh.Unlock()
	ng, err := s.generation(ctx)
	if err != nil {
		return g, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if ng.key != c.gen.key {
		c.pages, c.bytes = map[string]*Page{}, 0
	}
	c.gen, c.checked = ng, time.Now()
	return ng, nil
}

func (c *pageCache) get(path, gen string) *Page {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen.key != gen {
		return nil
	}
	return c.pages[path]
}

func (c *pageCache) put(p *Page, gen string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen.key != gen || p.size() > c.maxBytes/4 {
		return
	}
	for path, old := range c.pages { // over budget: drop arbitrary pages
		if c.bytes+p.size() <= c.maxBytes {
			break
		}
		c.bytes -= old.size()
		delete(c.pages, path)
	}
	if old, ok := c.pages[p.Path]; ok {
		c.bytes -= old.size()
	}
	c.pages[p.Path] = p
	c.bytes += p.size()
}
