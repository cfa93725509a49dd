package clientcmd

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	clientcmdapi "github.com/skiff-k8s/skiff/tools/clientcmd/api"
)

// mergeRule describes one kubeconfig merge rule: what file i writes for
// the rule's entry, and how to read the merged result back as a string
// that tells which file it came from.
type mergeRule struct {
	name    string
	snippet func(i int) string
	get     func(*clientcmdapi.Config) string
	want    func(i int) string // the result when file i wins
}

// mergeRules are the rules of behaviour.md §2.1.5-6: map entries are
// taken whole from the first file defining the name; current-context and
// preferences take the first non-empty value. Files after the first add
// a field the first lacks, so a field-by-field merge would show.
var mergeRules = []mergeRule{
	{
		name: "clusters",
		snippet: func(i int) string {
			extra := ""
			if i > 0 {
				extra = ", insecure-skip-tls-verify: true"
			}
			return fmt.Sprintf("clusters:\n- name: shared\n  cluster: {server: https://s%d%s}\n", i, extra)
		},
		get: func(c *clientcmdapi.Config) string {
			if c.Clusters["shared"] == nil {
				return "<none>"
			}
			return c.Clusters["shared"].Server + "|" + strconv.FormatBool(c.Clusters["shared"].InsecureSkipTLSVerify)
		},
		want: func(i int) string { return fmt.Sprintf("https://s%d|%v", i, i > 0) },
	},
	{
		name: "users",
		snippet: func(i int) string {
			extra := ""
			if i > 0 {
				extra = fmt.Sprintf(", username: u%d", i)
			}
			return fmt.Sprintf("users:\n- name: shared\n  user: {token: t%d%s}\n", i, extra)
		},
		get: func(c *clientcmdapi.Config) string {
			if c.AuthInfos["shared"] == nil {
				return "<none>"
			}
			return c.AuthInfos["shared"].Token + "|" + c.AuthInfos["shared"].Username
		},
		want: func(i int) string {
			if i == 0 {
				return "t0|"
			}
			return fmt.Sprintf("t%d|u%d", i, i)
		},
	},
	{
		name: "contexts",
		snippet: func(i int) string {
			extra := ""
			if i > 0 {
				extra = fmt.Sprintf(", namespace: n%d", i)
			}
			return fmt.Sprintf("contexts:\n- name: shared\n  context: {cluster: c%d, user: u%d%s}\n", i, i, extra)
		},
		get: func(c *clientcmdapi.Config) string {
			if c.Contexts["shared"] == nil {
				return "<none>"
			}
			return c.Contexts["shared"].Cluster + "|" + c.Contexts["shared"].AuthInfo + "|" + c.Contexts["shared"].Namespace
		},
		want: func(i int) string {
			if i == 0 {
				return "c0|u0|"
			}
			return fmt.Sprintf("c%d|u%d|n%d", i, i, i)
		},
	},
	{
		name:    "extensions",
		snippet: func(i int) string { return fmt.Sprintf("extensions:\n- name: shared\n  extension: {v: %d}\n", i) },
		get: func(c *clientcmdapi.Config) string {
			if u, ok := c.Extensions["shared"].(*runtime.Unknown); ok {
				return string(u.Raw)
			}
			return "<none>"
		},
		want: func(i int) string { return fmt.Sprintf(`{"v":%d}`, i) },
	},
	{
		name:    "current-context",
		snippet: func(i int) string { return fmt.Sprintf("current-context: ctx%d\n", i) },
		get:     func(c *clientcmdapi.Config) string { return c.CurrentContext },
		want:    func(i int) string { return fmt.Sprintf("ctx%d", i) },
	},
	{
		name: "preferences",
		snippet: func(i int) string {
			return fmt.Sprintf("preferences:\n  colors: %v\n  extensions:\n  - name: shared\n    extension: {v: %d}\n", i > 0, i)
		},
		get: func(c *clientcmdapi.Config) string {
			u, _ := c.Preferences.Extensions["shared"].(*runtime.Unknown)
			if u == nil {
				return "<none>"
			}
			return string(u.Raw) + "|" + strconv.FormatBool(c.Preferences.Colors)
		},
		// colors is a scalar: the first true wins even from a later file.
		want: func(i int) string { return fmt.Sprintf(`{"v":%d}|%v`, i, true) },
	},
}

// TestMergeRulesTable runs each merge rule over two and three files, with
// the rule's entry in every file, missing from the first, or present only
// in the last.
func TestMergeRulesTable(t *testing.T) {
	layouts := []struct {
		name    string
		files   int
		defines func(i int) bool // whether file i defines the entry
		winner  int
	}{
		{"two files, both define", 2, func(int) bool { return true }, 0},
		{"two files, only second defines", 2, func(i int) bool { return i == 1 }, 1},
		{"three files, all define", 3, func(int) bool { return true }, 0},
		{"three files, first silent", 3, func(i int) bool { return i > 0 }, 1},
		{"three files, only last defines", 3, func(i int) bool { return i == 2 }, 2},
		{"three files, first and last define", 3, func(i int) bool { return i != 1 }, 0},
	}
	for _, rule := range mergeRules {
		for _, layout := range layouts {
			t.Run(rule.name+"/"+layout.name, func(t *testing.T) {
				dir := t.TempDir()
				var files []string
				for i := 0; i < layout.files; i++ {
					content := "kind: Config\n"
					if layout.defines(i) {
						content += rule.snippet(i)
					}
					files = append(files, writeKubeconfig(t, dir, fmt.Sprintf("f%d", i), content))
				}
				merged, err := (&ClientConfigLoadingRules{Precedence: files}).Load()
				require.NoError(t, err)
				want := rule.want(layout.winner)
				if got := rule.get(merged); got != want {
					t.Errorf("merged %s = %q, want %q (file %d's)", rule.name, got, want, layout.winner)
				}
			})
		}
	}
}
