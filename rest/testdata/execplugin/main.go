// Command execplugin is a client-go exec credential plugin for the rest
// package's tests. The test builds it with go build into a temporary
// directory.
//
// Environment:
//
//	PLUGIN_STATE_DIR   directory for the run counter ("runs", a line per
//	                   run) and the last KUBERNETES_EXEC_INFO ("info")
//	PLUGIN_API_VERSION apiVersion to answer with
//	PLUGIN_CERT_FILE   with PLUGIN_KEY_FILE: answer with this client
//	PLUGIN_KEY_FILE    certificate instead of a token
//	PLUGIN_EXIT_CODE   exit with this code after printing nothing
//
// Without a certificate it answers with the token "token-<run number>".
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	if code := os.Getenv("PLUGIN_EXIT_CODE"); code != "" {
		n, _ := strconv.Atoi(code)
		fmt.Fprintln(os.Stderr, "plugin failing on purpose")
		os.Exit(n)
	}
	run, err := record(os.Getenv("PLUGIN_STATE_DIR"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(90)
	}
	status := map[string]string{"token": "token-" + strconv.Itoa(run)}
	if certFile := os.Getenv("PLUGIN_CERT_FILE"); certFile != "" {
		cert, err1 := os.ReadFile(certFile)
		key, err2 := os.ReadFile(os.Getenv("PLUGIN_KEY_FILE"))
		if err1 != nil || err2 != nil {
			fmt.Fprintln(os.Stderr, "reading certificate:", err1, err2)
			os.Exit(91)
		}
		status = map[string]string{"clientCertificateData": string(cert), "clientKeyData": string(key)}
	}
	out, err := json.Marshal(map[string]any{
		"kind":       "ExecCredential",
		"apiVersion": os.Getenv("PLUGIN_API_VERSION"),
		"status":     status,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(92)
	}
	fmt.Println(string(out))
}

// record appends a line to dir/runs, saves KUBERNETES_EXEC_INFO in
// dir/info and returns the run number.
func record(dir string) (int, error) {
	if dir == "" {
		return 1, nil
	}
	if err := os.WriteFile(filepath.Join(dir, "info"), []byte(os.Getenv("KUBERNETES_EXEC_INFO")), 0o600); err != nil {
		return 0, err
	}
	runs := filepath.Join(dir, "runs")
	prev, err := os.ReadFile(runs)
	if err != nil && !os.IsNotExist(err) {
		return 0, err
	}
	if err := os.WriteFile(runs, append(prev, "run\n"...), 0o600); err != nil {
		return 0, err
	}
	return strings.Count(string(prev), "run\n") + 1, nil
}
