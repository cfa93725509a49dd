package clientcmd

import (
	"reflect"
	"testing"
)

// FuzzLoad checks that Load never panics and that whatever it accepts
// writes out and loads back to the same config.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{fullKubeconfig, alfa, conflictAlfa, emptyCurrent, "", "{}", "clusters: [\n",
		"users:\n- name: u\n  user:\n    exec: {command: c, apiVersion: client.authentication.k8s.io/v1beta1}\n",
		`{"clusters":[{"name":"a","cluster":{"server":"x","certificate-authority-data":"AAE="}}]}`,
		"extensions:\n- name: e\n  extension: null\n- name: f\n  extension: [1, 2.5, \"x\"]\n"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		first, err := Load(data)
		if err != nil {
			return
		}
		out, err := Write(*first)
		if err != nil {
			t.Fatalf("Write of a loaded config failed: %v", err)
		}
		second, err := Load(out)
		if err != nil {
			t.Fatalf("reloading written config failed: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(first, second) {
			t.Fatalf("reloaded config differs from the loaded one\nloaded: %#v\nreloaded: %#v\nwritten:\n%s", first, second, out)
		}
		again, err := Write(*second)
		if err != nil {
			t.Fatalf("second Write failed: %v", err)
		}
		if string(again) != string(out) {
			t.Fatalf("write/reload is not stable:\nfirst:\n%s\nsecond:\n%s", out, again)
		}
		_ = Validate(*second)
		_ = ConfirmUsable(*second, "")
	})
}
