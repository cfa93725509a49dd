package pager

import (
	"context"
	"fmt"

	"github.com/skiff-k8s/skiff/apimachinery/api/meta"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// EachListItem calls fn with every object options select, page by page,
// stopping at the first error fn or a page returns. Up to PageBufferSize
// pages are fetched ahead while fn runs. Items stored by value are passed
// as pointers into their page. There is no fallback on expiry: an Expired
// page error is returned.
func (p *ListPager) EachListItem(ctx context.Context, options metav1.ListOptions, fn func(obj runtime.Object) error) error {
	return p.eachListItem(ctx, options, fn, false)
}

// EachListItemWithAlloc is EachListItem passing a shallow copy of each
// item stored by value, so fn may keep it without keeping its page alive.
func (p *ListPager) EachListItemWithAlloc(ctx context.Context, options metav1.ListOptions, fn func(obj runtime.Object) error) error {
	return p.eachListItem(ctx, options, fn, true)
}

func (p *ListPager) eachListItem(ctx context.Context, options metav1.ListOptions, fn func(obj runtime.Object) error, allocNew bool) error {
	return p.eachPageBuffered(ctx, options, func(page runtime.Object) error {
		if allocNew {
			return meta.EachListItemWithAlloc(page, fn)
		}
		return meta.EachListItem(page, fn)
	})
}

// eachPageBuffered calls fn with each page while a goroutine fetches up to
// PageBufferSize pages ahead. The goroutine always ends before it returns.
func (p *ListPager) eachPageBuffered(ctx context.Context, options metav1.ListOptions, fn func(page runtime.Object) error) error {
	if p.PageBufferSize < 0 {
		return fmt.Errorf("ListPager.PageBufferSize must be >= 0, got %d", p.PageBufferSize)
	}
	ctx, cancel := context.WithCancel(ctx)
	pages := make(chan runtime.Object, p.PageBufferSize)
	fetched := make(chan error, 1)
	go func() {
		defer close(fetched)
		err := p.eachPage(ctx, options, func(page runtime.Object) error {
			select {
			case pages <- page:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		close(pages)
		fetched <- err
	}()
	err := consumePages(ctx, pages, fn)
	cancel()
	for range pages {
		// Drain what was buffered so the fetcher can finish.
	}
	fetchErr := <-fetched
	if err != nil {
		return err
	}
	return fetchErr
}

// consumePages calls fn with each page until pages closes, fn fails or
// ctx ends.
func consumePages(ctx context.Context, pages <-chan runtime.Object, fn func(runtime.Object) error) error {
	for page := range pages {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(page); err != nil {
			return err
		}
	}
	return nil
}

// eachPage fetches page after page and calls fn with each, until a page
// has no continue token.
func (p *ListPager) eachPage(ctx context.Context, options metav1.ListOptions, fn func(page runtime.Object) error) error {
	if options.Limit == 0 {
		options.Limit = p.PageSize
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		obj, err := p.PageFn(ctx, options)
		if err != nil {
			return err
		}
		page, err := meta.ListAccessor(obj)
		if err != nil {
			return fmt.Errorf("returned object must be a list: %w", err)
		}
		if err := fn(obj); err != nil {
			return err
		}
		next := page.GetContinue()
		if len(next) == 0 {
			return nil
		}
		options = continueOptions(options, next)
	}
}
