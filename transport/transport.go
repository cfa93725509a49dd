package transport

import (
	"context"
	"errors"
	"net/http"
)

// New returns the round tripper config describes: config.Transport, or a
// cached transport built from the TLS, dial and proxy settings, wrapped by
// HTTPWrappersForConfig. A custom Transport may not be combined with TLS
// certificate options or Insecure.
func New(config *Config) (http.RoundTripper, error) {
	if config == nil {
		return nil, errors.New("transport: nil config")
	}
	if config.Transport != nil && (config.HasCA() || config.HasCertAuth() || config.HasCertCallback() || config.TLS.Insecure) {
		return nil, errors.New("using a custom transport with TLS certificate options or the insecure flag is not allowed")
	}
	if err := validateHolders(config); err != nil {
		return nil, err
	}
	rt := config.Transport
	if rt == nil {
		base, reloader, err := tlsCache.get(config)
		if err != nil {
			return nil, err
		}
		rt = base
		if reloader != nil {
			rt = &certRotationRoundTripper{reloader: reloader, rt: base}
		}
	}
	return HTTPWrappersForConfig(config, rt)
}

// certRotationRoundTripper checks the client certificate files before each
// request (at most once per reload interval); a changed certificate closes
// the connections made with the old one.
type certRotationRoundTripper struct {
	reloader *certReloader
	rt       http.RoundTripper
}

func (rt *certRotationRoundTripper) RoundTrip(req *http.Request) (*http.Response, error) {
	// Errors keep the last good certificate; the handshake reports them.
	_, _ = rt.reloader.certificate()
	return rt.rt.RoundTrip(req)
}

// WrappedRoundTripper returns the wrapped round tripper.
func (rt *certRotationRoundTripper) WrappedRoundTripper() http.RoundTripper { return rt.rt }

// Wrappers chains fns into one WrapperFunc; nil entries are skipped, and
// the first function wraps the round tripper first (innermost).
func Wrappers(fns ...WrapperFunc) WrapperFunc {
	var nonNil []WrapperFunc
	for _, fn := range fns {
		if fn != nil {
			nonNil = append(nonNil, fn)
		}
	}
	switch len(nonNil) {
	case 0:
		return nil
	case 1:
		return nonNil[0]
	}
	return func(rt http.RoundTripper) http.RoundTripper {
		for _, fn := range nonNil {
			rt = fn(rt)
		}
		return rt
	}
}

// ContextCanceller returns a wrapper whose round tripper fails every
// request with err once ctx is done, without sending it.
func ContextCanceller(ctx context.Context, err error) WrapperFunc {
	return func(rt http.RoundTripper) http.RoundTripper {
		return &contextCanceller{ctx: ctx, err: err, rt: rt}
	}
}

type contextCanceller struct {
	ctx context.Context
	err error
	rt  http.RoundTripper
}

func (b *contextCanceller) RoundTrip(req *http.Request) (*http.Response, error) {
	select {
	case <-b.ctx.Done():
		return nil, b.err
	default:
		return b.rt.RoundTrip(req)
	}
}

// WrappedRoundTripper returns the wrapped round tripper.
func (b *contextCanceller) WrappedRoundTripper() http.RoundTripper { return b.rt }
