package transport_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/skiff-k8s/skiff/transport"
)

func ExampleNew() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("Authorization:", r.Header.Get("Authorization"))
		fmt.Println("User-Agent:", r.Header.Get("User-Agent"))
		fmt.Println("Impersonate-User:", r.Header.Get(transport.ImpersonateUserHeader))
		fmt.Println("Impersonate-Group:", r.Header.Values(transport.ImpersonateGroupHeader))
	}))
	defer srv.Close()

	rt, err := transport.New(&transport.Config{
		UserAgent:   "example/1.0",
		BearerToken: "my-token",
		Impersonate: transport.ImpersonationConfig{UserName: "jane", Groups: []string{"devs", "ops"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	resp, err := (&http.Client{Transport: rt}).Get(srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	// Output:
	// Authorization: Bearer my-token
	// User-Agent: example/1.0
	// Impersonate-User: jane
	// Impersonate-Group: [devs ops]
}

func ExampleConfig_HasBasicAuth() {
	c := &transport.Config{Username: "admin", Password: "s3cret"}
	fmt.Println(c.HasBasicAuth(), c.HasTokenAuth())
	// Output: true false
}
