package pager

import (
	"context"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// Defaults of New.
const (
	defaultPageSize       = 500
	defaultPageBufferSize = 10
)

// ListPageFunc returns one page of a list: the objects opts select, at most
// opts.Limit of them, starting after opts.Continue.
type ListPageFunc func(ctx context.Context, opts metav1.ListOptions) (runtime.Object, error)

// SimplePageFunc adapts a page function that takes no context.
func SimplePageFunc(fn func(opts metav1.ListOptions) (runtime.Object, error)) ListPageFunc {
	return func(_ context.Context, opts metav1.ListOptions) (runtime.Object, error) {
		return fn(opts)
	}
}

// ListPager pages through a list with PageFn.
type ListPager struct {
	// PageSize is the limit of each page when the caller's ListOptions
	// set none. New sets 500.
	PageSize int64
	// PageFn fetches one page.
	PageFn ListPageFunc

	// FullListIfExpired makes List fall back to one un-paginated list when
	// a continuation page fails with 410 Expired. New sets true.
	FullListIfExpired bool

	// PageBufferSize is how many pages EachListItem fetches ahead of the
	// callback. New sets 10; negative is an error.
	PageBufferSize int32
}

// New returns a pager of fn with a page size of 500, a buffer of 10 pages
// and the full-list fallback on expiry.
func New(fn ListPageFunc) *ListPager {
	return &ListPager{
		PageSize:          defaultPageSize,
		PageFn:            fn,
		FullListIfExpired: true,
		PageBufferSize:    defaultPageBufferSize,
	}
}

// List returns every object options select. When the first page is the
// only one, it is returned as the page function returned it; otherwise
// the items of all pages are gathered into one list carrying the first
// page's resource version. paginated is true when more than one page was
// fetched. Items stored by value are returned as pointers into the pages.
func (p *ListPager) List(ctx context.Context, options metav1.ListOptions) (runtime.Object, bool, error) {
	return p.list(ctx, options, false)
}

// ListWithAlloc is List returning a shallow copy of each item stored by
// value, so keeping one item does not keep its whole page alive.
func (p *ListPager) ListWithAlloc(ctx context.Context, options metav1.ListOptions) (runtime.Object, bool, error) {
	return p.list(ctx, options, true)
}

func (p *ListPager) list(ctx context.Context, options metav1.ListOptions, allocNew bool) (runtime.Object, bool, error) {
	if options.Limit == 0 {
		options.Limit = p.PageSize
	}
	requested := options
	var gathered *list
	paginated := false
	for {
		if err := ctx.Err(); err != nil {
			return nil, paginated, err
		}
		obj, err := p.PageFn(ctx, options)
		if err != nil {
			if !p.fallBackOn(err, options) {
				return nil, paginated, err
			}
			full, err := p.PageFn(ctx, fullListOptions(requested))
			return full, paginated, err
		}
		page, err := meta.ListAccessor(obj)
		if err != nil {
			return nil, paginated, fmt.Errorf("returned object must be a list: %w", err)
		}
		next := page.GetContinue()
		if len(next) == 0 && gathered == nil {
			return obj, paginated, nil
		}
		if gathered == nil {
			gathered = newList(page, options.Limit)
		}
		if err := gathered.add(obj, allocNew); err != nil {
			return nil, paginated, err
		}
		if len(next) == 0 {
			return gathered, paginated, nil
		}
		options = continueOptions(options, next)
		paginated = true
	}
}

// fallBackOn reports whether a page error calls for the full list: an
// Expired error on a continuation page, with FullListIfExpired set.
func (p *ListPager) fallBackOn(err error, options metav1.ListOptions) bool {
	return p.FullListIfExpired && len(options.Continue) > 0 && errors.IsResourceExpired(err)
}

// fullListOptions returns the options of the un-paginated fallback list:
// the caller's options, including its resource version and match, without
// limit or continue token.
func fullListOptions(requested metav1.ListOptions) metav1.ListOptions {
	requested.Limit = 0
	requested.Continue = ""
	return requested
}

// continueOptions returns the options of the page after the one whose
// continue token is token. The resource version and its match are
// cleared: the token carries them, and the server rejects both together.
func continueOptions(options metav1.ListOptions, token string) metav1.ListOptions {
	options.Continue = token
	options.ResourceVersion = ""
	options.ResourceVersionMatch = ""
	return options
}
