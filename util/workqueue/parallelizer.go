package workqueue

import (
	"context"
	"sync"
)

// DoWorkPieceFunc processes the piece with the given index.
type DoWorkPieceFunc func(piece int)

// options holds the settings of ParallelizeUntil.
type options struct {
	chunkSize int
}

// Options sets an option of ParallelizeUntil.
type Options func(*options)

// WithChunkSize makes each worker take c consecutive pieces at a time
// instead of one; values below 1 mean 1.
func WithChunkSize(c int) func(*options) {
	return func(o *options) { o.chunkSize = c }
}

// ParallelizeUntil calls doWorkPiece for every piece in [0, pieces) using
// up to workers goroutines, and returns when all are done or, once ctx is
// cancelled, as soon as the running calls return. A nil ctx never cancels.
func ParallelizeUntil(ctx context.Context, workers int, pieces int, doWorkPiece DoWorkPieceFunc, opts ...Options) {
	if pieces <= 0 {
		return
	}
	o := options{chunkSize: 1}
	for _, opt := range opts {
		opt(&o)
	}
	chunkSize := max(o.chunkSize, 1)
	chunks := (pieces + chunkSize - 1) / chunkSize
	toProcess := make(chan int, chunks)
	for i := range chunks {
		toProcess <- i
	}
	close(toProcess)

	var done <-chan struct{}
	if ctx != nil {
		done = ctx.Done()
	}
	workers = min(max(workers, 1), chunks)
	var wg sync.WaitGroup
	wg.Add(workers)
	for range workers {
		go func() {
			defer wg.Done()
			for chunk := range toProcess {
				start := chunk * chunkSize
				end := min(start+chunkSize, pieces)
				for piece := start; piece < end; piece++ {
					select {
					case <-done:
						return
					default:
					}
					doWorkPiece(piece)
				}
			}
		}()
	}
	wg.Wait()
}
