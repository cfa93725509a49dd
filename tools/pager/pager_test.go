package pager_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
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

// server is a fake paginated list endpoint over n pods. It records the
// options of every call. expireAt, when positive, makes the call with
// that continue token fail with 410 Expired.
type server struct {
	mu       sync.Mutex
	n        int
	rv       string
	expireAt string
	calls    []metav1.ListOptions
}

func (s *server) page(_ context.Context, opts metav1.ListOptions) (runtime.Object, error) {
	s.mu.Lock()
	s.calls = append(s.calls, opts)
	s.mu.Unlock()
	if s.expireAt != "" && opts.Continue == s.expireAt {
		return nil, apierrors.NewResourceExpired("too old resource version")
	}
	start := 0
	if opts.Continue != "" {
		var err error
		if start, err = strconv.Atoi(opts.Continue); err != nil {
			return nil, fmt.Errorf("bad continue token %q", opts.Continue)
		}
	}
	end := s.n
	if opts.Limit > 0 && start+int(opts.Limit) < s.n {
		end = start + int(opts.Limit)
	}
	list := &corev1.PodList{ListMeta: metav1.ListMeta{ResourceVersion: s.rv}}
	if end < s.n {
		list.Continue = strconv.Itoa(end)
		list.ResourceVersion = s.rv + "-page-" + strconv.Itoa(start)
	}
	for i := start; i < end; i++ {
		list.Items = append(list.Items, corev1.Pod{ObjectMeta: metav1.ObjectMeta{Name: "pod-" + strconv.Itoa(i)}})
	}
	return list, nil
}

func (s *server) recorded() []metav1.ListOptions {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]metav1.ListOptions(nil), s.calls...)
}

// names returns the names of the items of a list.
func names(t *testing.T, obj runtime.Object) []string {
	t.Helper()
	items, err := meta.ExtractList(obj)
	require.NoError(t, err)
	out := make([]string, 0, len(items))
	for _, item := range items {
		accessor, err := meta.Accessor(item)
		require.NoError(t, err)
		out = append(out, accessor.GetName())
	}
	return out
}

func podNames(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, "pod-"+strconv.Itoa(i))
	}
	return out
}

func TestNewDefaults(t *testing.T) {
	p := pager.New(nil)
	assert.Equal(t, int64(500), p.PageSize)
	assert.Equal(t, int32(10), p.PageBufferSize)
	assert.True(t, p.FullListIfExpired)
}

func TestListSinglePage(t *testing.T) {
	s := &server{n: 3, rv: "10"}
	var returned runtime.Object
	p := pager.New(func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		obj, err := s.page(ctx, opts)
		returned = obj
		return obj, err
	})
	got, paginated, err := p.List(context.Background(), metav1.ListOptions{ResourceVersion: "10"})
	require.NoError(t, err)
	assert.False(t, paginated)
	assert.Same(t, returned, got, "a single page is returned unchanged")
	calls := s.recorded()
	require.Len(t, calls, 1)
	assert.Equal(t, int64(500), calls[0].Limit, "limit defaults to PageSize")
	assert.Equal(t, "10", calls[0].ResourceVersion)
}

func TestListPages(t *testing.T) {
	s := &server{n: 7, rv: "10"}
	p := pager.New(s.page)
	got, paginated, err := p.List(context.Background(), metav1.ListOptions{Limit: 3, ResourceVersion: "10", ResourceVersionMatch: metav1.ResourceVersionMatchExact})
	require.NoError(t, err)
	assert.True(t, paginated)
	assert.Equal(t, podNames(0, 7), names(t, got))
	accessor, err := meta.ListAccessor(got)
	require.NoError(t, err)
	assert.Equal(t, "10-page-0", accessor.GetResourceVersion(), "the gathered list has the first page's resource version")
	assert.Empty(t, accessor.GetContinue())
	want := []metav1.ListOptions{
		{Limit: 3, ResourceVersion: "10", ResourceVersionMatch: metav1.ResourceVersionMatchExact},
		{Limit: 3, Continue: "3"},
		{Limit: 3, Continue: "6"},
	}
	assert.Equal(t, want, s.recorded())
	copied := got.DeepCopyObject()
	assert.Equal(t, got, copied)
}

func TestListExpired(t *testing.T) {
	tests := []struct {
		name         string
		fullList     bool
		expireAt     string
		wantErr      bool
		wantCalls    []metav1.ListOptions
		wantNames    []string
		wantPaginate bool
	}{
		{
			name: "continuation page expires: full list", fullList: true, expireAt: "2",
			wantCalls: []metav1.ListOptions{
				{Limit: 2, ResourceVersion: "5", ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan},
				{Limit: 2, Continue: "2"},
				{ResourceVersion: "5", ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan},
			},
			wantNames: podNames(0, 5), wantPaginate: true,
		},
		{
			name: "later continuation page expires: full list", fullList: true, expireAt: "4",
			wantCalls: []metav1.ListOptions{
				{Limit: 2, ResourceVersion: "5", ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan},
				{Limit: 2, Continue: "2"},
				{Limit: 2, Continue: "4"},
				{ResourceVersion: "5", ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan},
			},
			wantNames: podNames(0, 5), wantPaginate: true,
		},
		{
			name: "fallback disabled", fullList: false, expireAt: "2", wantErr: true,
			wantCalls: []metav1.ListOptions{
				{Limit: 2, ResourceVersion: "5", ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan},
				{Limit: 2, Continue: "2"},
			},
			wantPaginate: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &server{n: 5, rv: "5", expireAt: tt.expireAt}
			p := pager.New(s.page)
			p.FullListIfExpired = tt.fullList
			got, paginated, err := p.List(context.Background(), metav1.ListOptions{Limit: 2, ResourceVersion: "5", ResourceVersionMatch: metav1.ResourceVersionMatchNotOlderThan})
			assert.Equal(t, tt.wantPaginate, paginated, "paginated")
			assert.Equal(t, tt.wantCalls, s.recorded())
			if tt.wantErr {
				assert.True(t, apierrors.IsResourceExpired(err), "got %v, want Expired", err)
				assert.Nil(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantNames, names(t, got))
		})
	}
}

// TestListErrors checks errors that are returned as they are: Expired on
// the first page (no continue token, so no fallback), other page errors,
// non-list pages and a done context.
func TestListErrors(t *testing.T) {
	boom := errors.New("boom")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		fn    pager.ListPageFunc
		check func(error) bool
	}{
		{"expired first page", context.Background(), func(context.Context, metav1.ListOptions) (runtime.Object, error) {
			return nil, apierrors.NewResourceExpired("expired")
		}, apierrors.IsResourceExpired},
		{"page error", context.Background(), func(context.Context, metav1.ListOptions) (runtime.Object, error) {
			return nil, boom
		}, func(err error) bool { return errors.Is(err, boom) }},
		{"not a list", context.Background(), func(context.Context, metav1.ListOptions) (runtime.Object, error) {
			return &corev1.Pod{}, nil
		}, func(err error) bool { return err != nil && err.Error() != "" && !errors.Is(err, boom) }},
		{"context done", cancelled, (&server{n: 3}).page, func(err error) bool { return errors.Is(err, context.Canceled) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, alloc := range []bool{false, true} {
				p := pager.New(tt.fn)
				list := p.List
				if alloc {
					list = p.ListWithAlloc
				}
				got, _, err := list(tt.ctx, metav1.ListOptions{})
				assert.Nil(t, got)
				assert.True(t, tt.check(err), "unexpected error %v", err)
			}
		})
	}
}

// TestListWithAlloc checks that List hands out pointers into the pages and
// ListWithAlloc copies.
func TestListWithAlloc(t *testing.T) {
	var pages []*corev1.PodList
	s := &server{n: 4, rv: "1"}
	fn := func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		obj, err := s.page(ctx, opts)
		if err == nil {
			pages = append(pages, obj.(*corev1.PodList))
		}
		return obj, err
	}
	p := pager.New(fn)
	p.PageSize = 2
	got, _, err := p.List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	items, err := meta.ExtractList(got)
	require.NoError(t, err)
	assert.Same(t, &pages[0].Items[0], items[0], "List shares the page's items")

	pages = nil
	got, _, err = p.ListWithAlloc(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	items, err = meta.ExtractList(got)
	require.NoError(t, err)
	assert.NotSame(t, &pages[0].Items[0], items[0], "ListWithAlloc copies the items")
	assert.Equal(t, &pages[0].Items[0], items[0])
}

func TestSimplePageFunc(t *testing.T) {
	s := &server{n: 2}
	fn := pager.SimplePageFunc(func(opts metav1.ListOptions) (runtime.Object, error) {
		return s.page(context.Background(), opts)
	})
	got, _, err := pager.New(fn).List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	assert.Equal(t, podNames(0, 2), names(t, got))
}
