package cache

import (
	"strconv"
	"testing"
)

// benchObjs returns n fifoObjs with distinct names.
func benchObjs(n int) []interface{} {
	objs := make([]interface{}, n)
	for i := range objs {
		objs[i] = fobj("obj-"+strconv.Itoa(i), i)
	}
	return objs
}

func BenchmarkQueueAddPop(b *testing.B) {
	queues := []struct {
		name string
		new  func() Queue
	}{
		{name: "DeltaFIFO", new: func() Queue { return NewDeltaFIFO(fifoKey, nil) }},
		{name: "RealFIFO", new: func() Queue { return NewRealFIFO(fifoKey, nil, nil) }},
		{name: "FIFO", new: func() Queue { return NewFIFO(fifoKey) }},
	}
	objs := benchObjs(1000)
	for _, q := range queues {
		b.Run(q.name, func(b *testing.B) {
			queue := q.new()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if err := queue.Add(objs[i%len(objs)]); err != nil {
					b.Fatal(err)
				}
				if _, err := queue.Pop(nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDeltaFIFOReplace5000 measures a relist of 5,000 objects over
// 5,000 known ones, half of them gone, popped to the end.
func BenchmarkDeltaFIFOReplace5000(b *testing.B) {
	objs := benchObjs(5000)
	known := fifoLister{}
	for _, o := range objs {
		known[o.(fifoObj).name] = o.(fifoObj)
	}
	list := objs[:2500]
	b.ReportAllocs()
	for b.Loop() {
		f := NewDeltaFIFO(fifoKey, known)
		if err := f.Replace(list, "1"); err != nil {
			b.Fatal(err)
		}
		for range 5000 {
			if _, err := f.Pop(nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}
