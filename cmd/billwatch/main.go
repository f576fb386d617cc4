// Command billwatch tracks bills about DMV / driver's-licence data (and any
// topic you configure) across legislatures: it crawls, keeps an append-only
// history in SQLite, and tells you what changed and why it matters.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/alecthomas/kong"

	"github.com/billwatch/billwatch/config"
	_ "github.com/billwatch/billwatch/scraper/all" // every source registers itself
)

// CLI is the command tree.
type CLI struct {
	DB       string `help:"Database file (default ${db}; the demo uses a fresh temporary one unless given)." type:"path"`
	Config   string `help:"Configuration file (TOML)." default:"${config}" type:"path"`
	LogLevel string `help:"Log level: debug, info, warn, error (default: info for watch and serve, warn otherwise)." enum:",debug,info,warn,error" default:""`

	Demo    DemoCmd    `cmd:"" help:"Run the offline demo: crawl recorded legislature data served locally, then show what changed."`
	Crawl   CrawlCmd   `cmd:"" help:"Crawl legislatures (the real sites) into the database."`
	Bills   BillsCmd   `cmd:"" help:"List stored bills."`
	Show    ShowCmd    `cmd:"" help:"Show one bill: metadata, sponsors, versions, status, why it matched."`
	History HistoryCmd `cmd:"" help:"Every action and observed change of a bill, with first-seen times."`
	Search  SearchCmd  `cmd:"" help:"Full-text search over titles, summaries and the text of every version."`
	Sources SourcesCmd `cmd:"" help:"Registered sources and the health of their last runs."`
	Export  ExportCmd  `cmd:"" help:"Export bills (with actions and versions) as CSV or JSON."`
	Match   MatchCmd   `cmd:"" help:"Run watchlists over bills given as JSON lines and say which match and why."`
	Changes ChangesCmd `cmd:"" help:"List the change log (what every feed and digest is built from)."`
	Diff    DiffCmd    `cmd:"" help:"Redline between two versions of a bill, or between two local files."`
	Serve   ServeCmd   `cmd:"" help:"Serve the pages and feeds over HTTP (read-only)."`
	Publish PublishCmd `cmd:"" help:"Write the pages and feeds as static files."`
	Watch   WatchCmd   `cmd:"" help:"Keep crawling on a schedule, re-publish, serve and send the weekly digest."`
	Digest  DigestCmd  `cmd:"" help:"Build or send the weekly digest email."`
}

func main() {
	var cli CLI
	ctx := kong.Parse(&cli,
		kong.Name("billwatch"),
		kong.Description("Track bills that touch DMV / driver's-licence data, across legislatures."),
		kong.UsageOnError(),
		kong.Vars{"db": config.DefaultDB(), "config": config.DefaultPath()},
	)
	var level slog.Level
	_ = level.UnmarshalText([]byte(logLevel(cli.LogLevel, ctx.Command())))
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))

	sigctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := &App{cli: &cli, ctx: sigctx, out: os.Stdout, errOut: os.Stderr}
	err := ctx.Run(app)
	app.close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "billwatch:", err)
		if errors.Is(err, context.Canceled) {
			os.Exit(130)
		}
		os.Exit(1)
	}
}

// logLevel: long-running commands say what they do; the others only warn.
func logLevel(flag, command string) string {
	if flag != "" {
		return flag
	}
	if strings.HasPrefix(command, "watch") || strings.HasPrefix(command, "serve") {
		return "info"
	}
	return "warn"
}
