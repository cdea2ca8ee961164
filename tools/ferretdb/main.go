// Command ferretdb runs FerretDB 1.x (SQLite backend) through its embeddable
// package. The upstream binary built with `go install` panics without the
// version file its release build generates; the embeddable package does not
// need it.
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"net/http"
	_ "net/http/pprof" // profiles on -debug-addr
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// defaultParams: WAL without an fsync per commit (a crash of the process loses
// nothing; of the machine, the last commits), which halves the write latency;
// and a WAL file cut back to 64 MB when it restarts, as a long read (a full
// collection scan) lets it grow to hundreds of MB, which it kept on disk.
const defaultParams = "_pragma=synchronous(normal)&_pragma=journal_size_limit(67108864)"

func query(params string) string {
	if params == "" {
		return ""
	}
	return "?" + params
}

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("sqlite-dir", "data/ferretdb", "directory for the SQLite databases")
	params := flag.String("sqlite-params", defaultParams, "SQLite URI query parameters")
	debugAddr := flag.String("debug-addr", "", "address for Go's pprof handlers (/debug/pprof/), off when empty")
	flag.Parse()

	if *debugAddr != "" {
		go func() { log.Print(http.ListenAndServe(*debugAddr, nil)) }()
	}

	if err := os.MkdirAll(*dataDir, 0o700); err != nil {
		log.Fatal(err)
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dataDir + "/" + query(*params),
		Logger:    logger,
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	log.Printf("ferretdb listening on %s, data in %s", *listen, *dataDir)
	if err := f.Run(ctx); err != nil {
		log.Fatal(err)
	}
}
