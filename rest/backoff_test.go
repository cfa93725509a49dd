package rest

import (
	"context"
	"errors"
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

func TestURLBackoff(t *testing.T) {
	b := &URLBackoff{Backoff: flowcontrol.NewBackOff(time.Second, 4*time.Second)}
	u, _ := url.Parse("https://host:6443/api/v1/pods")
	other, _ := url.Parse("https://other/api")
	steps := []struct {
		code int
		err  error
		want time.Duration
	}{
		{500, nil, time.Second},
		{429, nil, 2 * time.Second},
		{0, errors.New("dial"), 4 * time.Second},
		{503, nil, 4 * time.Second},
		{200, nil, 0},
		{404, nil, 0},
	}
	for i, s := range steps {
		b.UpdateBackoff(u, s.err, s.code)
		assert.Equal(t, s.want, b.CalculateBackoff(u), "step %d", i)
	}
	assert.Zero(t, b.CalculateBackoff(other), "backoff is per host")
	b.UpdateBackoffWithContext(context.Background(), u, nil, 500)
	assert.Equal(t, time.Second, b.CalculateBackoffWithContext(context.Background(), u))
	b.Disable()
	b.UpdateBackoff(u, nil, 500)
	assert.Zero(t, b.CalculateBackoff(u))
	assert.Zero(t, (&URLBackoff{}).CalculateBackoff(u))
}

func TestBackoffFromEnvironment(t *testing.T) {
	tests := []struct {
		name, base, duration string
		wantURL              bool
	}{
		{"both set", "1", "10", true},
		{"base only", "1", "", false},
		{"not integers", "1s", "10", false},
		{"none", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(envBackoffBase, tt.base)
			t.Setenv(envBackoffDuration, tt.duration)
			_, isURL := readExpBackoffConfig().(*URLBackoff)
			assert.Equal(t, tt.wantURL, isURL)
		})
	}
}

func TestSleepWithContextReturnsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	done := make(chan struct{})
	go func() {
		(&NoBackoff{}).SleepWithContext(ctx, time.Hour)
		(&URLBackoff{}).SleepWithContext(ctx, time.Hour)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("SleepWithContext ignored a cancelled context")
	}
}

// legacyBackoff is a BackoffManager without context methods.
type legacyBackoff struct{ updates int }

func (l *legacyBackoff) UpdateBackoff(*url.URL, error, int)      { l.updates++ }
func (l *legacyBackoff) CalculateBackoff(*url.URL) time.Duration { return 0 }
func (l *legacyBackoff) Sleep(time.Duration)                     {}

func TestBackOffAdapter(t *testing.T) {
	legacy := &legacyBackoff{}
	c := clientWithTransport(t, &scriptedTransport{script: []any{retryAfter(429, "0"), ok200}})
	err := c.Get().Resource("pods").BackOff(legacy).Do(context.Background()).Error()
	assert.NoError(t, err)
	assert.Equal(t, 2, legacy.updates)
	r := c.Get().BackOff(nil)
	_, isNo := r.backoff.(*NoBackoff)
	assert.True(t, isNo, "BackOff(nil) gives %T", r.backoff)
}
