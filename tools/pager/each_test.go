package pager_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/tools/pager"
)

func TestEachListItem(t *testing.T) {
	for _, bufferSize := range []int32{0, 1, 10} {
		for _, alloc := range []bool{false, true} {
			t.Run("", func(t *testing.T) {
				s := &server{n: 11, rv: "3"}
				p := pager.New(s.page)
				p.PageSize = 4
				p.PageBufferSize = bufferSize
				each := p.EachListItem
				if alloc {
					each = p.EachListItemWithAlloc
				}
				var got []string
				err := each(context.Background(), metav1.ListOptions{ResourceVersion: "3"}, func(obj runtime.Object) error {
					accessor, err := meta.Accessor(obj)
					if err != nil {
						return err
					}
					got = append(got, accessor.GetName())
					return nil
				})
				require.NoError(t, err)
				assert.Equal(t, podNames(0, 11), got)
				want := []metav1.ListOptions{
					{Limit: 4, ResourceVersion: "3"},
					{Limit: 4, Continue: "4"},
					{Limit: 4, Continue: "8"},
				}
				assert.Equal(t, want, s.recorded())
			})
		}
	}
}

// TestEachListItemErrors checks that the callback's error, a page error and
// an Expired page error (no fallback here) end the iteration and are
// returned, and that a negative buffer size is rejected.
func TestEachListItemErrors(t *testing.T) {
	stop := errors.New("stop")
	t.Run("callback error", func(t *testing.T) {
		s := &server{n: 100}
		p := pager.New(s.page)
		p.PageSize = 1
		p.PageBufferSize = 2
		calls := 0
		err := p.EachListItem(context.Background(), metav1.ListOptions{}, func(runtime.Object) error {
			calls++
			if calls == 3 {
				return stop
			}
			return nil
		})
		assert.ErrorIs(t, err, stop)
		assert.Equal(t, 3, calls)
		assert.Less(t, len(s.recorded()), 100, "fetching stops after the callback fails")
	})
	t.Run("page error", func(t *testing.T) {
		s := &server{n: 10, expireAt: "4"}
		p := pager.New(s.page)
		p.PageSize = 2
		var seen int
		err := p.EachListItem(context.Background(), metav1.ListOptions{}, func(runtime.Object) error {
			seen++
			return nil
		})
		assert.True(t, apierrors.IsResourceExpired(err), "got %v, want Expired", err)
		assert.Equal(t, 4, seen, "items of the pages before the error are delivered")
	})
	t.Run("not a list", func(t *testing.T) {
		p := pager.New(func(context.Context, metav1.ListOptions) (runtime.Object, error) { return &corev1.Pod{}, nil })
		err := p.EachListItem(context.Background(), metav1.ListOptions{}, func(runtime.Object) error { return nil })
		assert.ErrorContains(t, err, "returned object must be a list")
	})
	t.Run("negative buffer", func(t *testing.T) {
		p := pager.New((&server{n: 1}).page)
		p.PageBufferSize = -1
		err := p.EachListItem(context.Background(), metav1.ListOptions{}, func(runtime.Object) error { return nil })
		assert.EqualError(t, err, "ListPager.PageBufferSize must be >= 0, got -1")
	})
	t.Run("context done", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		p := pager.New((&server{n: 1}).page)
		err := p.EachListItem(ctx, metav1.ListOptions{}, func(runtime.Object) error { return nil })
		assert.ErrorIs(t, err, context.Canceled)
	})
}

// TestEachListItemPrefetches checks that pages are fetched ahead while the
// callback is busy with the first one, and that when the callback fails
// the fetcher is stopped (its blocked page call sees the cancellation)
// before EachListItem returns.
func TestEachListItemPrefetches(t *testing.T) {
	s := &server{n: 100}
	var fetched atomic.Int32
	prefetched := make(chan struct{})
	fetcherStopped := make(chan struct{})
	p := pager.New(func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		switch fetched.Add(1) {
		case 4: // page 1 in the callback, pages 2 and 3 buffered
			close(prefetched)
		case 5:
			<-ctx.Done()
			close(fetcherStopped)
			return nil, ctx.Err()
		}
		return s.page(ctx, opts)
	})
	p.PageSize = 1
	p.PageBufferSize = 2
	stop := errors.New("stop")
	err := p.EachListItem(context.Background(), metav1.ListOptions{}, func(runtime.Object) error {
		<-prefetched
		return stop
	})
	assert.ErrorIs(t, err, stop)
	select {
	case <-fetcherStopped:
	default:
		if fetched.Load() >= 5 {
			t.Fatal("the fetcher was still running when EachListItem returned")
		}
	}
}
