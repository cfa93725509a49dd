package gentype

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/skiff-k8s/skiff/rest"
	"github.com/skiff-k8s/skiff/util/flowcontrol"
)

// errNilConfig is returned for a nil *rest.Config.
var errNilConfig = errors.New("a rest config is required")

// ClientsetGroup is one group client slot of a generated clientset: how to
// fill it from a config and HTTP client, or from a REST client. Build one
// with Group.
type ClientsetGroup interface {
	fromConfig(c *rest.Config, httpClient *http.Client) error
	fromREST(client rest.Interface)
}

// groupSlot is the ClientsetGroup of a group client of type C.
type groupSlot[C any] struct {
	field     *C
	forConfig func(*rest.Config, *http.Client) (C, error)
	forREST   func(rest.Interface) C
}

// Group returns the clientset slot that stores into field the group client
// built by forConfig (the group's NewForConfigAndClient) or forREST (its
// New).
func Group[C any](field *C, forConfig func(*rest.Config, *http.Client) (C, error), forREST func(rest.Interface) C) ClientsetGroup {
	return groupSlot[C]{field: field, forConfig: forConfig, forREST: forREST}
}

func (s groupSlot[C]) fromConfig(c *rest.Config, httpClient *http.Client) error {
	client, err := s.forConfig(c, httpClient)
	if err != nil {
		return err
	}
	*s.field = client
	return nil
}

func (s groupSlot[C]) fromREST(client rest.Interface) { *s.field = s.forREST(client) }

// NewClientsetForConfig builds the clientset that newSet returns (an empty
// clientset and its group slots) for c: one HTTP client and one rate
// limiter shared by every group.
func NewClientsetForConfig[S any](c *rest.Config, newSet func() (S, []ClientsetGroup)) (S, error) {
	var zero S
	if c == nil {
		return zero, errNilConfig
	}
	config := *c
	if config.UserAgent == "" {
		config.UserAgent = rest.DefaultKubernetesUserAgent()
	}
	httpClient, err := rest.HTTPClientFor(&config)
	if err != nil {
		return zero, err
	}
	return NewClientsetForConfigAndClient(&config, httpClient, newSet)
}

// NewClientsetForConfigAndClient is NewClientsetForConfig sending through
// httpClient. Without c.RateLimiter, QPS > 0 needs Burst > 0; the token
// bucket made from them is shared by every group.
func NewClientsetForConfigAndClient[S any](c *rest.Config, httpClient *http.Client, newSet func() (S, []ClientsetGroup)) (S, error) {
	var zero S
	if c == nil {
		return zero, errNilConfig
	}
	config := *c
	if config.RateLimiter == nil && config.QPS > 0 {
		if config.Burst <= 0 {
			return zero, fmt.Errorf("burst is required to be greater than 0 when RateLimiter is not set and QPS is set to greater than 0")
		}
		config.RateLimiter = flowcontrol.NewTokenBucketRateLimiter(config.QPS, config.Burst)
	}
	set, groups := newSet()
	for _, g := range groups {
		if err := g.fromConfig(&config, httpClient); err != nil {
			return zero, err
		}
	}
	return set, nil
}

// NewClientset builds the clientset that newSet returns with every group
// sending through client.
func NewClientset[S any](client rest.Interface, newSet func() (S, []ClientsetGroup)) S {
	set, groups := newSet()
	for _, g := range groups {
		g.fromREST(client)
	}
	return set
}
