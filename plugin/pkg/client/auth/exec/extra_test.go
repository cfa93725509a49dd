package exec

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

func TestConcurrentGetCredsRunsPluginOnce(t *testing.T) {
	p := newPlugin(t, v1, api.NeverExecInteractiveMode, tokenOutput(v1, "shared"))
	a := p.authenticator(t, false, nil)
	var wg sync.WaitGroup
	tokens := make([]string, 8)
	errs := make([]error, 8)
	for i := range tokens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			creds, err := a.getCreds()
			errs[i] = err
			if err == nil {
				tokens[i] = creds.token
			}
		}()
	}
	wg.Wait()
	for i := range tokens {
		require.NoError(t, errs[i])
		assert.Equal(t, "shared", tokens[i])
	}
	assert.Equal(t, 1, p.runs(), "concurrent callers share one plugin run")
}

func TestSecretsNotPrinted(t *testing.T) {
	p := newPlugin(t, v1, api.NeverExecInteractiveMode, tokenOutput(v1, "TOKEN-SECRET"))
	p.setEnv("API_KEY", "ENV-SECRET")
	a := p.authenticator(t, false, nil)
	creds, err := a.getCreds()
	require.NoError(t, err)
	for _, s := range []string{fmt.Sprintf("%v", a), fmt.Sprintf("%+v", a), fmt.Sprintf("%#v", a), fmt.Sprint(creds), fmt.Sprintf("%+v", creds)} {
		for _, secret := range []string{"TOKEN-SECRET", "ENV-SECRET"} {
			if strings.Contains(s, secret) {
				t.Errorf("printed form leaks %q: %s", secret, s)
			}
		}
	}
}

func FuzzParseOutput(f *testing.F) {
	for _, seed := range []string{
		tokenOutput(v1, "t"),
		`{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t","expirationTimestamp":"2024-01-01T00:00:00Z"}}`,
		`{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":"x","clientKeyData":"y"}}`,
		`{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"}`,
		`{}`, `null`, `[`, "",
	} {
		f.Add([]byte(seed))
	}
	a := &Authenticator{group: supportedVersions[v1]}
	f.Fuzz(func(t *testing.T, out []byte) {
		creds, _, err := a.parseOutput(out)
		if err != nil {
			if creds != nil {
				t.Fatalf("error %v with credentials", err)
			}
			return
		}
		if creds == nil || (creds.token == "" && creds.cert == nil) {
			t.Fatalf("success without a token or certificate for %q", out)
		}
	})
}
