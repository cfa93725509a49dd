package exec

import (
	"bytes"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
	"github.com/skiff-k8s/skiff/pkg/apis/clientauthentication"
	clientauthv1 "github.com/skiff-k8s/skiff/pkg/apis/clientauthentication/v1"
	"github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// installHelp introduces the install hint of a missing plugin.
const installHelp = "The exec credential plugin named in your kubeconfig is not installed or not on PATH. " +
	"Install it, or change the user's exec command in the kubeconfig."

// execInfo builds the ExecCredential input in the wire form of gv. The v1
// and v1beta1 forms are identical, so the v1 structs serve both.
func execInfo(gv schema.GroupVersion, interactive bool, cluster *clientauthentication.Cluster) *clientauthv1.ExecCredential {
	in := &clientauthentication.ExecCredential{
		TypeMeta: metav1.TypeMeta{Kind: "ExecCredential", APIVersion: gv.String()},
		Spec:     clientauthentication.ExecCredentialSpec{Interactive: interactive, Cluster: cluster},
	}
	out := &clientauthv1.ExecCredential{}
	// The conversion cannot fail for these inputs: it copies fields and
	// wraps the extension object.
	_ = clientauthv1.Convert_clientauthentication_ExecCredential_To_v1_ExecCredential(in, out, nil)
	return out
}

// interactive decides whether the plugin may use standard input.
func (a *Authenticator) interactive() (bool, error) {
	switch a.interactiveMode {
	case api.NeverExecInteractiveMode:
		return false, nil
	case api.IfAvailableExecInteractiveMode:
		return !a.stdinUnavailable && a.isTerminal(), nil
	case api.AlwaysExecInteractiveMode:
		if !a.isTerminal() {
			return false, errors.New("exec plugin cannot support interactive mode: standard input is not a terminal")
		}
		if a.stdinUnavailable {
			msg := "standard input is unavailable"
			if a.stdinUnavailableMessage != "" {
				msg += ": " + a.stdinUnavailableMessage
			}
			return false, fmt.Errorf("exec plugin cannot support interactive mode: %s", msg)
		}
		return true, nil
	default:
		return false, fmt.Errorf("exec plugin cannot support interactive mode: unknown interactiveMode: %q", string(a.interactiveMode))
	}
}

// refreshCredsLocked runs the plugin and caches what it returned. The
// caller holds a.mu.
func (a *Authenticator) refreshCredsLocked() error {
	interactive, err := a.interactive()
	if err != nil {
		return err
	}
	var cluster *clientauthentication.Cluster
	if a.provideClusterInfo {
		cluster = a.cluster
	}
	info, err := json.Marshal(execInfo(a.group, interactive, cluster))
	if err != nil {
		return fmt.Errorf("exec plugin: encoding %s: %w", execInfoEnv, err)
	}
	stdout := &bytes.Buffer{}
	cmd := exec.Command(a.cmd, a.args...) //nolint:gosec // running the configured plugin is the point
	cmd.Env = append(append(a.environ(), a.env...), execInfoEnv+"="+string(info))
	cmd.Stdout = stdout
	cmd.Stderr = a.stderr
	if interactive {
		cmd.Stdin = a.stdin
	}
	if err := cmd.Run(); err != nil {
		return a.runError(err)
	}
	creds, exp, err := a.parseOutput(stdout.Bytes())
	if err != nil {
		return err
	}
	old := a.cachedCreds
	a.cachedCreds, a.exp = creds, exp
	if old != nil && old.cert != nil && !sameCert(old.cert, creds.cert) {
		a.connTracker.closeAll()
	}
	return nil
}

// runError explains why the plugin could not run or failed.
func (a *Authenticator) runError(err error) error {
	var exitErr *exec.ExitError
	switch {
	case errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist):
		msg := fmt.Sprintf("exec: executable %s not found", a.cmd)
		if a.hintLimit.Allow() {
			msg += "\n\n" + installHelp
			if a.installHint != "" {
				msg += "\n\n" + a.installHint
			}
		}
		return fmt.Errorf("%s: %w", msg, err)
	case errors.As(err, &exitErr):
		return fmt.Errorf("exec: executable %s failed with exit code %d: %w", a.cmd, exitErr.ExitCode(), err)
	default:
		return fmt.Errorf("exec: running executable %s: %w", a.cmd, err)
	}
}

// parseOutput validates the plugin's ExecCredential and extracts the
// credentials and their expiry (zero for none).
func (a *Authenticator) parseOutput(out []byte) (*credentials, time.Time, error) {
	var cred clientauthv1.ExecCredential
	if err := json.Unmarshal(out, &cred); err != nil {
		return nil, time.Time{}, fmt.Errorf("exec plugin: decoding stdout: %w", err)
	}
	if cred.Kind != "ExecCredential" || cred.APIVersion == "" {
		return nil, time.Time{}, fmt.Errorf("exec plugin: decoding stdout: want kind ExecCredential with an apiVersion, got kind %q apiVersion %q", cred.Kind, cred.APIVersion)
	}
	if gv, err := schema.ParseGroupVersion(cred.APIVersion); err != nil || gv != a.group {
		return nil, time.Time{}, fmt.Errorf("exec plugin is configured to use API version %s, plugin returned version %s", a.group, cred.APIVersion)
	}
	st := cred.Status
	switch {
	case st == nil:
		return nil, time.Time{}, errors.New("exec plugin didn't return a status field")
	case st.Token == "" && st.ClientCertificateData == "" && st.ClientKeyData == "":
		return nil, time.Time{}, errors.New("exec plugin didn't return a token or cert/key pair")
	case (st.ClientCertificateData == "") != (st.ClientKeyData == ""):
		return nil, time.Time{}, errors.New("exec plugin returned only certificate or key, not both")
	}
	creds := &credentials{token: st.Token}
	if st.ClientCertificateData != "" {
		cert, err := tls.X509KeyPair([]byte(st.ClientCertificateData), []byte(st.ClientKeyData))
		if err != nil {
			return nil, time.Time{}, fmt.Errorf("exec plugin: failed parsing client key/certificate: %w", err)
		}
		creds.cert = &cert
	}
	var exp time.Time
	if st.ExpirationTimestamp != nil {
		exp = st.ExpirationTimestamp.Time
	}
	return creds, exp, nil
}

func sameCert(a, b *tls.Certificate) bool {
	if a == nil || b == nil || len(a.Certificate) != len(b.Certificate) {
		return a == b
	}
	for i := range a.Certificate {
		if !bytes.Equal(a.Certificate[i], b.Certificate[i]) {
			return false
		}
	}
	return true
}

// stdinIsTerminal reports whether standard input is a character device,
// the usual sign of a terminal.
func stdinIsTerminal() bool {
	fi, err := os.Stdin.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
