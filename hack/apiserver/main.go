// Command apiserver runs the in-memory Kubernetes API server of
// testing/apiserver as a standalone process and writes a kubeconfig for it,
// so kubectl and the examples work without a cluster:
//
//	go run ./hack/apiserver -addr 127.0.0.1:8080 -kubeconfig /tmp/skiff.kubeconfig
//	kubectl --kubeconfig /tmp/skiff.kubeconfig get namespaces
//
// With -tls it serves HTTPS with a fresh CA and a client certificate (both
// written into the kubeconfig); with -token it requires that bearer token.
// It runs until interrupted.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/skiff-k8s/skiff/testing/apiserver"
)

func main() {
	if err := run(); err != nil {
		// The library's errors already start with "apiserver: ".
		fmt.Fprintln(os.Stderr, "apiserver:", strings.TrimPrefix(err.Error(), "apiserver: "))
		os.Exit(1)
	}
}

// run parses the flags, starts the server and waits for a signal.
func run() error {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on (port 0 picks a free one)")
	kubeconfig := flag.String("kubeconfig", "apiserver.kubeconfig", "where to write the kubeconfig")
	useTLS := flag.Bool("tls", false, "serve HTTPS with a generated CA and client certificate")
	token := flag.String("token", "", "require this bearer token (user \"admin\"); written into the kubeconfig")
	flag.Parse()
	opts := apiserver.Options{}
	if *token != "" {
		opts.Tokens = map[string]string{*token: "admin"}
	}
	s, err := apiserver.New(opts)
	if err != nil {
		return err
	}
	var r *apiserver.Running
	if *useTLS {
		r, err = s.StartTLSOn(*addr)
	} else {
		r, err = s.StartOn(*addr)
	}
	if err != nil {
		return err
	}
	defer r.Close()
	if err := r.WriteKubeconfig(*kubeconfig); err != nil {
		return err
	}
	slog.Info("serving", "url", r.URL, "kubeconfig", *kubeconfig)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	return nil
}
