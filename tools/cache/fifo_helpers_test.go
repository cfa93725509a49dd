package cache

import (
	"fmt"
	"slices"
	"testing"
)

// fifoObj is the queued object of the FIFO tests: a key and a value.
type fifoObj struct {
	name string
	val  int
}

// fobj returns a fifoObj.
func fobj(name string, val int) fifoObj { return fifoObj{name: name, val: val} }

// fifoKey is the KeyFunc of fifoObj.
func fifoKey(obj interface{}) (string, error) {
	switch o := obj.(type) {
	case fifoObj:
		return o.name, nil
	case ExplicitKey:
		return string(o), nil
	}
	return "", fmt.Errorf("not a fifoObj: %T", obj)
}

// fifoLister is a KeyListerGetter over fifoObjs.
type fifoLister map[string]fifoObj

// knownFifo returns a fifoLister holding objs.
func knownFifo(objs ...fifoObj) fifoLister {
	l := fifoLister{}
	for _, o := range objs {
		l[o.name] = o
	}
	return l
}

func (l fifoLister) ListKeys() []string {
	keys := make([]string, 0, len(l))
	for k := range l {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func (l fifoLister) GetByKey(key string) (interface{}, bool, error) {
	o, ok := l[key]
	return o, ok, nil
}

// popDeltas pops one Deltas from q, failing the test on an error.
func popDeltas(t *testing.T, q Queue) Deltas {
	t.Helper()
	got, err := q.Pop(func(interface{}, bool) error { return nil })
	if err != nil {
		t.Fatalf("Pop: %v", err)
	}
	d, ok := got.(Deltas)
	if !ok {
		t.Fatalf("Pop returned %T, want Deltas", got)
	}
	return d
}

// describeDeltas renders deltas as "Type:name=val" strings, a tombstone
// as "Type:~key(name=val)".
func describeDeltas(deltas Deltas) []string {
	out := make([]string, 0, len(deltas))
	for _, d := range deltas {
		out = append(out, string(d.Type)+":"+describeObj(d.Object))
	}
	return out
}

func describeObj(obj interface{}) string {
	switch o := obj.(type) {
	case fifoObj:
		return fmt.Sprintf("%s=%d", o.name, o.val)
	case DeletedFinalStateUnknown:
		return "~" + o.Key + "(" + describeObj(o.Obj) + ")"
	case nil:
		return "nil"
	}
	return fmt.Sprintf("%v", obj)
}

// drainDeltas pops from q until it is empty (per HasSynced-free length
// check by the caller's count) and returns the described batches.
func drainDeltas(t *testing.T, q Queue, n int) [][]string {
	t.Helper()
	out := make([][]string, 0, n)
	for range n {
		out = append(out, describeDeltas(popDeltas(t, q)))
	}
	return out
}
