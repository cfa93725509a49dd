package cache

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestCacheMutationDetector(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(p interface{})
		add    []interface{}
		want   string
	}{
		{"untouched object", func(interface{}) {}, nil, ""},
		{"modified object", func(p interface{}) { p.(interface{ SetName(string) }).SetName("changed") }, nil, "cache pods modified"},
		{"tombstones and non-objects are ignored", func(interface{}) {}, []interface{}{DeletedFinalStateUnknown{Key: "k"}, "text"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			d := newCacheMutationDetector("pods", func(msg string) { got = msg })
			p := pod("ns", "a", "")
			d.AddObject(p)
			for _, o := range tt.add {
				d.AddObject(o)
			}
			tt.mutate(p)
			d.CompareObjects()
			if tt.want == "" {
				assert.Empty(t, got, "failure message")
				return
			}
			assert.True(t, strings.HasPrefix(got, tt.want), "failure message %q, want prefix %q", got, tt.want)
		})
	}
}

func TestCacheMutationDetectorRetention(t *testing.T) {
	d := newCacheMutationDetector("pods", func(string) {})
	d.retain = time.Hour
	d.AddObject(pod("ns", "new", ""))
	d.objects = append(d.objects, cachedCopy{cached: pod("ns", "old", ""), copied: pod("ns", "old", ""), added: time.Now().Add(-2 * time.Hour)})
	d.CompareObjects()
	assert.Len(t, d.objects, 1, "objects kept after the retention time")
}

func TestCacheMutationDetectorRunStops(t *testing.T) {
	d := newCacheMutationDetector("pods", func(string) {})
	d.period = time.Millisecond
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { d.Run(stop); close(done) }()
	close(stop)
	<-done
}

func TestNewCacheMutationDetectorDisabled(t *testing.T) {
	if mutationDetectionEnabled() {
		t.Skip(mutationDetectorEnv + " is set")
	}
	d := NewCacheMutationDetector("pods")
	_, ok := d.(noopMutationDetector)
	assert.True(t, ok, "detector %T, want the no-op one", d)
	d.AddObject(pod("ns", "a", ""))
	d.Run(make(chan struct{})) // returns at once
}
