package exec_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/skiff-k8s/skiff/plugin/pkg/client/auth/exec"
	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
	"github.com/skiff-k8s/skiff/transport"
)

func ExampleGetAuthenticator() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("server saw:", r.Header.Get("Authorization"))
	}))
	defer srv.Close()

	// A plugin that prints a v1 ExecCredential with a token.
	authenticator, err := exec.GetAuthenticator(&api.ExecConfig{
		Command: "sh",
		Args: []string{"-c", `printf '%s' '{"kind":"ExecCredential",` +
			`"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"example-token"}}'`},
		APIVersion:      "client.authentication.k8s.io/v1",
		InteractiveMode: api.NeverExecInteractiveMode,
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	config := &transport.Config{}
	if err := authenticator.UpdateTransportConfig(config); err != nil {
		fmt.Println(err)
		return
	}
	rt, err := transport.New(config)
	if err != nil {
		fmt.Println(err)
		return
	}
	client := &http.Client{Transport: rt}
	defer client.CloseIdleConnections()
	resp, err := client.Get(srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	// Output: server saw: Bearer example-token
}
