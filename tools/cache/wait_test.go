package cache

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWaitForCacheSync(t *testing.T) {
	always := func() bool { return true }
	never := func() bool { return false }
	tests := []struct {
		name    string
		fns     func() []InformerSynced
		stopped bool
		want    bool
	}{
		{"no functions", func() []InformerSynced { return nil }, false, true},
		{"all synced", func() []InformerSynced { return []InformerSynced{always, always} }, false, true},
		{"synced after a few polls", func() []InformerSynced {
			var n atomic.Int32
			return []InformerSynced{always, func() bool { return n.Add(1) >= 3 }}
		}, false, true},
		{"stopped before sync", func() []InformerSynced { return []InformerSynced{always, never} }, true, false},
	}
	for _, tt := range tests {
		waits := map[string]func(stop chan struct{}, fns []InformerSynced) bool{
			"WaitForCacheSync": func(stop chan struct{}, fns []InformerSynced) bool {
				return WaitForCacheSync(stop, fns...)
			},
			"WaitForNamedCacheSync": func(stop chan struct{}, fns []InformerSynced) bool {
				return WaitForNamedCacheSync("test", stop, fns...)
			},
			"WaitForNamedCacheSyncWithContext": func(stop chan struct{}, fns []InformerSynced) bool {
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				go func() {
					select {
					case <-stop:
						cancel()
					case <-ctx.Done():
					}
				}()
				return WaitForNamedCacheSyncWithContext(ctx, fns...)
			},
		}
		for fname, wait := range waits {
			t.Run(fname+"/"+tt.name, func(t *testing.T) {
				stop := make(chan struct{})
				if tt.stopped {
					close(stop)
				}
				got := wait(stop, tt.fns())
				assert.Equal(t, tt.want, got, "synced")
			})
		}
	}
}
