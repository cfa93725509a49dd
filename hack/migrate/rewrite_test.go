package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRewriteFile(t *testing.T) {
	offers := offered{
		skiffModule + "/rest":                      true,
		skiffModule + "/apimachinery/apis/meta/v1": true,
	}
	tests := []struct {
		name, src, want string
		notFormatted    bool
		unmapped        int
	}{
		{
			name: "no imports",
			src:  "package p\n",
		},
		{
			name: "single import keeps alias and comments",
			src:  "package p\n\nimport meta \"k8s.io/apimachinery/pkg/apis/meta/v1\" // meta\n\nvar _ meta.Time\n",
			want: "package p\n\nimport meta \"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1\" // meta\n\nvar _ meta.Time\n",
		},
		{
			name:         "raw string literal",
			src:          "package p\n\nimport `k8s.io/client-go/rest`\n\nvar _ rest.Config\n",
			want:         "package p\n\nimport \"github.com/skiff-k8s/skiff/rest\"\n\nvar _ rest.Config\n",
			notFormatted: true, // gofmt would rewrite the raw literal itself
		},
		{
			name:         "unformatted file keeps its layout",
			src:          "package p\nimport (\n\"z.example/a\"\n  \"k8s.io/client-go/rest\"\n)\nvar _ = rest.Config{}\n",
			want:         "package p\nimport (\n\"z.example/a\"\n  \"github.com/skiff-k8s/skiff/rest\"\n)\nvar _ = rest.Config{}\n",
			notFormatted: true,
		},
		{
			name:     "not offered is left alone",
			src:      "package p\n\nimport \"k8s.io/client-go/tools/remotecommand\"\n",
			unmapped: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := rewriteFile("x.go", []byte(tt.src), offers)
			require.NoError(t, err)
			got := ""
			if res.Out != nil {
				got = string(res.Out)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.notFormatted, res.NotFormatted)
			assert.Len(t, res.Unmapped, tt.unmapped)
		})
	}
}

func TestRewriteFileBadInput(t *testing.T) {
	for _, src := range []string{"", "package", "package p\nimport (\n", "package p\nimport \"\\x\"\n", "\x00\xff"} {
		res, err := rewriteFile("bad.go", []byte(src), offered{})
		assert.Error(t, err, "source %q", src)
		assert.Nil(t, res)
	}
}

func FuzzRewriteFile(f *testing.F) {
	f.Add("package p\n\nimport \"k8s.io/client-go/rest\"\n")
	f.Add("package p\nimport (\n\"z\"\n\"k8s.io/api/core/v1\"\n)\n")
	f.Add("package p\nimport `k8s.io/apimachinery/pkg/types`\n")
	offers := loadOffered()
	f.Fuzz(func(t *testing.T, src string) {
		res, err := rewriteFile("f.go", []byte(src), offers)
		if err != nil {
			return
		}
		if res.Out == nil {
			return
		}
		again, err := rewriteFile("f.go", res.Out, offers)
		if err != nil {
			t.Fatalf("rewritten source does not parse: %v\n%s", err, res.Out)
		}
		if len(again.Changes) != 0 {
			t.Fatalf("second rewrite changed %v", again.Changes)
		}
	})
}
