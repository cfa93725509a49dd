package apiserver

import (
	"strings"
	"testing"
)

func TestManagerFromUserAgent(t *testing.T) {
	tests := []struct {
		name, ua, want string
	}{
		{"prefix before slash", "kubectl/v1.34.4 (linux/amd64) kubernetes/abc", "kubectl"},
		{"no slash", "my tool", "my tool"},
		{"empty is unknown", "", "unknown"},
		{"only a slash is unknown", "/v1", "unknown"},
		{"non-printable dropped", "a\tb\x00c/1", "abc"},
		{"cut to 128 bytes", strings.Repeat("x", 200), strings.Repeat("x", 128)},
		{"multibyte rune not split", strings.Repeat("x", 127) + "é", strings.Repeat("x", 127)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := managerFromUserAgent(tt.ua); got != tt.want {
				t.Errorf("managerFromUserAgent(%q) = %q, want %q", tt.ua, got, tt.want)
			}
		})
	}
}
