package workqueue

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParallelizeUntil(t *testing.T) {
	tests := []struct {
		name           string
		workers        int
		pieces         int
		chunk          int
		wantProcessing int
	}{
		{name: "one worker", workers: 1, pieces: 10},
		{name: "more workers than pieces", workers: 16, pieces: 3},
		{name: "chunks", workers: 3, pieces: 100, chunk: 7},
		{name: "chunk larger than pieces", workers: 3, pieces: 5, chunk: 50},
		{name: "zero workers still works", workers: 0, pieces: 4},
		{name: "no pieces", workers: 4, pieces: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoGoroutineLeak(t)
			counts := make([]atomic.Int32, tt.pieces)
			var opts []Options
			if tt.chunk > 0 {
				opts = append(opts, WithChunkSize(tt.chunk))
			}
			ParallelizeUntil(context.Background(), tt.workers, tt.pieces, func(p int) { counts[p].Add(1) }, opts...)
			for i := range counts {
				assert.Equal(t, int32(1), counts[i].Load(), "piece %d processed", i)
			}
		})
	}
}

func TestParallelizeUntilStopsOnCancel(t *testing.T) {
	checkNoGoroutineLeak(t)
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var done []int
	ParallelizeUntil(ctx, 1, 100, func(p int) {
		mu.Lock()
		defer mu.Unlock()
		done = append(done, p)
		if p == 4 {
			cancel()
		}
	})
	assert.Equal(t, []int{0, 1, 2, 3, 4}, done, "pieces run before the cancel")
}

func TestParallelizeUntilNilContext(t *testing.T) {
	var n atomic.Int32
	//nolint:staticcheck // a nil context is accepted, as in the reference
	ParallelizeUntil(nil, 2, 10, func(int) { n.Add(1) })
	assert.Equal(t, int32(10), n.Load())
}
