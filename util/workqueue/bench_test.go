package workqueue

import (
	"sync"
	"testing"
)

func BenchmarkQueueAddGetDone(b *testing.B) {
	q := NewTyped[int]()
	defer q.ShutDown()
	b.ReportAllocs()
	for i := range b.N {
		q.Add(i % 1024)
		item, _ := q.Get()
		q.Done(item)
	}
}

func BenchmarkQueueParallelWorkers(b *testing.B) {
	q := NewTyped[int]()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				item, shutdown := q.Get()
				if shutdown {
					return
				}
				q.Done(item)
			}
		}()
	}
	b.ReportAllocs()
	for i := range b.N {
		q.Add(i % 4096)
	}
	q.ShutDownWithDrain()
	wg.Wait()
}
