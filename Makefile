# billwatch needs cgo with SQLite's FTS5 (build tag sqlite_fts5) and poppler's
# pdftotext. These targets take care of both; see README.md.
TAGS    := sqlite_fts5
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
GO      ?= go

.PHONY: deps build demo test vet bench install

# deps installs pdftotext (Debian/Ubuntu: poppler-utils) when it is missing.
deps:
	@command -v pdftotext >/dev/null 2>&1 || { \
	  echo "billwatch: installing poppler-utils (pdftotext) with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils >/dev/null; }
	@command -v gcc >/dev/null 2>&1 || { echo "billwatch: a C compiler (gcc) is needed for SQLite (cgo)"; exit 1; }

build: deps
	$(GO) build -tags $(TAGS) -o bin/billwatch ./cmd/billwatch

install: deps
	$(GO) install -tags $(TAGS) ./cmd/billwatch

demo: build
	./bin/billwatch demo $(ARGS)

vet:
	$(GO) vet -tags $(TAGS) ./...

test: deps
	$(GO) test -race -tags $(TAGS) ./...

bench: deps
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchtime 1x ./...
