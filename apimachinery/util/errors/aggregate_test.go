package errors

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

var (
	errA = errors.New("a")
	errB = errors.New("b")
)

func TestNewAggregate(t *testing.T) {
	tests := []struct {
		name    string
		in      []error
		wantNil bool
		wantMsg string
	}{
		{"nil list", nil, true, ""},
		{"only nils", []error{nil, nil}, true, ""},
		{"one", []error{errA}, false, "a"},
		{"two", []error{errA, nil, errB}, false, "[a, b]"},
		{"duplicates collapse", []error{errA, errors.New("a"), errB}, false, "[a, b]"},
		{"nested", []error{errA, NewAggregate([]error{errB, errA})}, false, "[a, b]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NewAggregate(tt.in)
			if tt.wantNil {
				assert.Nil(t, got)
				return
			}
			if assert.NotNil(t, got) {
				assert.Equal(t, tt.wantMsg, got.Error())
			}
		})
	}
}

func TestAggregateIs(t *testing.T) {
	agg := NewAggregate([]error{fmt.Errorf("wrapped: %w", errA)})
	assert.True(t, errors.Is(agg, errA), "errors.Is must see wrapped member")
	assert.False(t, errors.Is(agg, errB))
	assert.True(t, agg.Is(errA))
}

func TestFilterOutFlattenReduce(t *testing.T) {
	isA := func(e error) bool { return errors.Is(e, errA) }
	agg := NewAggregate([]error{errA, NewAggregate([]error{errA, errB})})

	assert.Equal(t, "b", FilterOut(agg, isA).Error())
	assert.Nil(t, FilterOut(errA, isA))
	assert.Equal(t, errB, FilterOut(errB, isA))
	assert.Nil(t, FilterOut(nil, isA))

	flat := Flatten(agg)
	assert.Len(t, flat.Errors(), 3)

	assert.Equal(t, errA, Reduce(NewAggregate([]error{errA})))
	assert.Nil(t, Reduce(nil))
	assert.Equal(t, errB, Reduce(errB))
}

func TestCreateAggregateFromMessageCountMap(t *testing.T) {
	got := CreateAggregateFromMessageCountMap(MessageCountMap{"boom": 3})
	assert.Equal(t, "boom (repeated 3 times)", got.Error())
	assert.Nil(t, CreateAggregateFromMessageCountMap(nil))
}

func TestAggregateGoroutines(t *testing.T) {
	got := AggregateGoroutines(func() error { return nil }, func() error { return errA })
	assert.Equal(t, "a", got.Error())
	assert.Nil(t, AggregateGoroutines(func() error { return nil }))
}
