package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/billwatch/billwatch/bill"
)

// BillDetail is everything `show` and the bill page need.
type BillDetail struct {
	BillRow
	Abstract       string         `json:"abstract,omitempty"`
	Classification []string       `json:"classification,omitempty"`
	Subjects       []string       `json:"subjects,omitempty"`
	Sponsors       []bill.Sponsor `json:"sponsors,omitempty"`
	Related        []bill.Related `json:"related,omitempty"`
	Sources        []string       `json:"sources,omitempty"`
	Citations      []string       `json:"citations,omitempty"`
	OtherTitles    []bill.Title   `json:"other_titles,omitempty"`
	Actions        []ActionRow    `json:"actions"`
	Versions       []VersionRow   `json:"versions"`
	Documents      []VersionRow   `json:"documents,omitempty"`
	Matches        []Match        `json:"matches,omitempty"` // current result per watchlist that ever matched
}

// ActionRow is a stored action.
type ActionRow struct {
	ID             int64      `json:"id"`
	Date           string     `json:"date"`
	Chamber        string     `json:"chamber,omitempty"`
	Actor          string     `json:"actor,omitempty"`
	Text           string     `json:"text"`
	Classification []string   `json:"classification"`
	FirstSeen      time.Time  `json:"first_seen"`
	Removed        *time.Time `json:"removed_at,omitempty"`
}

// VersionRow is a stored version or document with its latest text's metadata.
type VersionRow struct {
	ID         int64     `json:"id"`
	Name       string    `json:"name"`
	Date       string    `json:"date,omitempty"`
	URL        string    `json:"url"`
	MediaType  string    `json:"media_type,omitempty"`
	Class      string    `json:"class,omitempty"`
	FirstSeen  time.Time `json:"first_seen"`
	SHA256     string    `json:"sha256,omitempty"`
	FetchedAt  string    `json:"fetched_at,omitempty"`
	TextLength int       `json:"text_length"`
	Texts      int       `json:"texts"` // how many distinct documents were seen at this URL
	Role       string    `json:"role"`  // "version" or "document"
}

// Bill returns one bill with its history, or ErrNotFound.
func (s *Store) Bill(ctx context.Context, id string) (BillDetail, error) {
	m, err := s.revisionMeta(ctx, id)
	if err != nil {
		return BillDetail{}, err
	}
	rows, err := s.ListBills(ctx, BillFilter{ID: id})
	if err != nil {
		return BillDetail{}, err
	}
	if len(rows) != 1 {
		return BillDetail{}, ErrNotFound
	}
	d := BillDetail{Abstract: m.Abstract, Classification: m.Classification, Subjects: m.Subjects, Sponsors: m.Sponsors,
		Related: m.Related, Sources: m.Sources, Citations: m.Citations, OtherTitles: m.OtherTitles}
	d.BillRow = rows[0]
	if d.Actions, err = s.Actions(ctx, id); err != nil {
		return d, err
	}
	all, err := s.Versions(ctx, id)
	if err != nil {
		return d, err
	}
	for _, v := range all {
		if v.Role == "document" {
			d.Documents = append(d.Documents, v)
		} else {
			d.Versions = append(d.Versions, v)
		}
	}
	d.Matches, err = s.BillMatches(ctx, id)
	return d, err
}

// Actions lists a bill's actions in history order, removed ones included.
func (s *Store) Actions(ctx context.Context, id string) ([]ActionRow, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT id, date, chamber, actor, text, classification, first_seen, removed_at FROM actions
		WHERE bill_id = ? ORDER BY date, ord, id`, id)
	if err != nil {
		return nil, fmt.Errorf("load actions of %s: %w", id, err)
	}
	defer rows.Close()
	var out []ActionRow
	for rows.Next() {
		var a ActionRow
		var class, first string
		var removed sql.NullString
		if err := rows.Scan(&a.ID, &a.Date, &a.Chamber, &a.Actor, &a.Text, &class, &first, &removed); err != nil {
			return nil, fmt.Errorf("scan action: %w", err)
		}
		a.Classification = strings.Split(class, ",")
		a.FirstSeen, _ = time.Parse(time.RFC3339Nano, first)
		if removed.Valid {
			t, _ := time.Parse(time.RFC3339Nano, removed.String)
			a.Removed = &t
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Versions lists a bill's versions then documents, in page order.
func (s *Store) Versions(ctx context.Context, id string) ([]VersionRow, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT v.id, v.name, v.date, v.url, v.media_type, v.class, v.role,
		v.first_seen, coalesce(t.sha256, ''), coalesce(t.fetched_at, ''), coalesce(length(t.text), 0),
		(SELECT count(*) FROM version_texts WHERE version_id = v.id)
		FROM versions v LEFT JOIN version_texts t ON t.id = (SELECT max(id) FROM version_texts WHERE version_id = v.id)
		WHERE v.bill_id = ? ORDER BY v.role DESC, v.ord, v.id`, id)
	if err != nil {
		return nil, fmt.Errorf("load versions of %s: %w", id, err)
	}
	defer rows.Close()
	var out []VersionRow
	for rows.Next() {
		var v VersionRow
		var first string
		if err := rows.Scan(&v.ID, &v.Name, &v.Date, &v.URL, &v.MediaType, &v.Class, &v.Role, &first, &v.SHA256, &v.FetchedAt, &v.TextLength, &v.Texts); err != nil {
			return nil, fmt.Errorf("scan version: %w", err)
		}
		v.FirstSeen, _ = time.Parse(time.RFC3339Nano, first)
		out = append(out, v)
	}
	return out, rows.Err()
}

// BillMatches returns the current result of every watchlist that ever matched the bill.
func (s *Store) BillMatches(ctx context.Context, id string) ([]Match, error) {
	rows, err := s.r.QueryContext(ctx, `SELECT watchlist, matched, explanation FROM (`+currentMatches+`) WHERE bill_id = ? ORDER BY watchlist`, id)
	if err != nil {
		return nil, fmt.Errorf("load matches of %s: %w", id, err)
	}
	defer rows.Close()
	var out []Match
	for rows.Next() {
		var m Match
		var expl string
		if err := rows.Scan(&m.Watchlist, &m.Matched, &expl); err != nil {
			return nil, fmt.Errorf("scan match: %w", err)
		}
		var d MatchDetails
		if err := json.Unmarshal([]byte(expl), &d); err == nil {
			m.Reason, m.Hits = d.Reason, d.Hits
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
