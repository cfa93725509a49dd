package apiserver

import (
	"testing"
	"time"
)

func TestAge(t *testing.T) {
	now := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		ago  time.Duration
		want string
	}{
		{5 * time.Second, "5s"},
		{5 * time.Minute, "5m0s"},
		{90 * time.Minute, "90m"},
		{5 * time.Hour, "5h"},
		{72 * time.Hour, "3d"},
		{-time.Minute, "0s"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := age(timestamp(now.Add(-tt.ago)), now); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := age("yesterday", now); got != "<unknown>" {
		t.Errorf("bad timestamp: got %q", got)
	}
}
