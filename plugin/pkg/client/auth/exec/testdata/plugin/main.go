// Command plugin is the exec credential plugin of the exec package's
// tests, which build it with go build. It is driven by environment
// variables: PLUGIN_INFO_FILE receives KUBERNETES_EXEC_INFO,
// PLUGIN_COUNT_FILE gets a line per run, PLUGIN_STDERR is written to
// stderr, PLUGIN_OUTPUT (or the contents of PLUGIN_OUTPUT_FILE) to stdout,
// and PLUGIN_EXIT_CODE is the exit code.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	os.Exit(run())
}

func run() int {
	if f := os.Getenv("PLUGIN_INFO_FILE"); f != "" {
		if err := os.WriteFile(f, []byte(os.Getenv("KUBERNETES_EXEC_INFO")), 0o600); err != nil {
			return 90
		}
	}
	if f := os.Getenv("PLUGIN_COUNT_FILE"); f != "" {
		fh, err := os.OpenFile(f, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
		if err != nil {
			return 91
		}
		_, _ = fh.WriteString("run\n")
		_ = fh.Close()
	}
	if msg := os.Getenv("PLUGIN_STDERR"); msg != "" {
		fmt.Fprint(os.Stderr, msg)
	}
	out := os.Getenv("PLUGIN_OUTPUT")
	if f := os.Getenv("PLUGIN_OUTPUT_FILE"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return 92
		}
		out = string(b)
	}
	fmt.Print(out)
	code, _ := strconv.Atoi(os.Getenv("PLUGIN_EXIT_CODE"))
	return code
}
