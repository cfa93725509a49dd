package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Exit statuses of the tool.
const (
	exitOK       = 0
	exitError    = 1
	exitUnmapped = 2
)

// options are the parsed command-line flags.
type options struct {
	dryRun   bool
	offline  bool
	version  string
	replace  string
	dir      string
	patterns []string
}

func main() {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "migrate: %v\n", err)
		os.Exit(exitError)
	}
	os.Exit(run(wd, os.Args[1:], os.Stdout, os.Stderr))
}

// parseFlags parses args into options; it writes usage errors to stderr.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	fs.BoolVar(&o.dryRun, "dry-run", false, "report what would change, write nothing")
	fs.BoolVar(&o.offline, "offline", false, "never use the network")
	fs.StringVar(&o.version, "skiff-version", "latest", "skiff version to require")
	fs.StringVar(&o.replace, "replace", "", "add a replace directive for skiff pointing at this local path")
	fs.StringVar(&o.dir, "C", "", "run in this directory (the module to migrate) instead of the current one")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: migrate [-C dir] [-dry-run] [-offline] [-skiff-version V] [-replace PATH] [dir | dir/... ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("parse flags: %w", err)
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		o.patterns = []string{"./..."}
	}
	return o, nil
}

// run is the whole tool with its working directory and output streams
// passed in; it returns the exit status.
func run(wd string, args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		return exitError
	}
	if o.dir != "" {
		if !filepath.IsAbs(o.dir) {
			o.dir = filepath.Join(wd, o.dir)
		}
		wd = o.dir
	}
	m := &migration{wd: wd, opts: o, out: stdout, offers: loadOffered()}
	if err := m.run(); err != nil {
		fmt.Fprintf(stderr, "migrate: %v\n", err)
		return exitError
	}
	switch {
	case m.parseErrors > 0:
		fmt.Fprintf(stderr, "migrate: %d file(s) could not be parsed and were left unchanged\n", m.parseErrors)
		return exitError
	case m.unmapped > 0:
		fmt.Fprintf(stderr, "migrate: %d import(s) of packages skiff does not offer were left unchanged; "+
			"replace that code or keep the reference module for it\n", m.unmapped)
		return exitUnmapped
	}
	return exitOK
}
