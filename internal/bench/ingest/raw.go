package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/billwatch/billwatch/internal/synth"
)

// rawSchema holds the same rows as the store's bills, actions and versions
// tables, with the same keys and indexes, but nothing else: no revisions, no
// change log, no full-text index. The version's text is a column of versions.
const rawSchema = `
CREATE TABLE bills (id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, session TEXT NOT NULL, identifier TEXT NOT NULL,
  title TEXT NOT NULL, abstract TEXT NOT NULL, classification TEXT NOT NULL, status TEXT NOT NULL);
CREATE INDEX bills_juris_session ON bills(jurisdiction, session);
CREATE TABLE actions (bill_id TEXT NOT NULL, key TEXT NOT NULL, date TEXT NOT NULL, chamber TEXT NOT NULL, text TEXT NOT NULL,
  ord INTEGER NOT NULL, classification TEXT NOT NULL, UNIQUE (bill_id, key));
CREATE INDEX actions_bill ON actions(bill_id, date, ord);
CREATE TABLE versions (bill_id TEXT NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL, media_type TEXT NOT NULL,
  sha256 TEXT NOT NULL, text TEXT NOT NULL, UNIQUE (bill_id, url));
`

// WriteCSV writes bills.csv, actions.csv and versions.csv for n bills into dir.
func WriteCSV(dir string, n int) error {
	files := map[string]*csv.Writer{}
	for _, name := range []string{"bills", "actions", "versions"} {
		f, err := os.Create(filepath.Join(dir, name+".csv"))
		if err != nil {
			return fmt.Errorf("create %s.csv: %w", name, err)
		}
		defer f.Close()
		w := csv.NewWriter(f)
		defer w.Flush()
		files[name] = w
	}
	for i := 0; i < n; i++ {
		b, text := synth.NationalBill(i)
		id := b.ID()
		if err := files["bills"].Write([]string{id, b.Jurisdiction, b.Session, b.Identifier, b.Title, b.Abstract,
			strings.Join(b.Classification, ","), b.Status}); err != nil {
			return err
		}
		for k, a := range b.Actions {
			sum := sha256.Sum256([]byte(a.Date + "|" + a.Chamber + "|" + a.Text))
			key := hex.EncodeToString(sum[:8]) + "#" + strconv.Itoa(k)
			if err := files["actions"].Write([]string{id, key, a.Date, a.Chamber, a.Text, strconv.Itoa(a.Order),
				strings.Join(a.Classification, ",")}); err != nil {
				return err
			}
		}
		v := b.Versions[0]
		if err := files["versions"].Write([]string{id, v.Name, v.URL, v.MediaType, fmt.Sprintf("%064x", i), text}); err != nil {
			return err
		}
	}
	for _, w := range files {
		w.Flush()
		if err := w.Error(); err != nil {
			return fmt.Errorf("write CSV: %w", err)
		}
	}
	return nil
}

// ImportCSV creates db with rawSchema and imports the CSVs in dir with the
// sqlite3 command-line shell, returning the shell's wall and CPU time.
func ImportCSV(ctx context.Context, sqlite3, dir, db string) (wall, cpu time.Duration, err error) {
	script := rawSchema + fmt.Sprintf(".import --csv %q bills\n.import --csv %q actions\n.import --csv %q versions\n",
		filepath.Join(dir, "bills.csv"), filepath.Join(dir, "actions.csv"), filepath.Join(dir, "versions.csv"))
	cmd := exec.CommandContext(ctx, sqlite3, db)
	cmd.Stdin = strings.NewReader(script)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	wall = time.Since(start)
	if err != nil || len(out) > 0 {
		return wall, 0, fmt.Errorf("sqlite3 import: %v: %s", err, out)
	}
	return wall, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), nil
}
