package testing

import (
	"fmt"
	"sync"

	"github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	"github.com/skiff-k8s/skiff/apimachinery/watch"
	"github.com/skiff-k8s/skiff/rest"
)

// FakeClient is what a fake clientset offers its tests: recorded actions,
// reactors and the object tracker.
type FakeClient interface {
	Tracker() ObjectTracker
	AddReactor(verb, resource string, reaction ReactionFunc)
	PrependReactor(verb, resource string, reaction ReactionFunc)
	AddWatchReactor(resource string, reaction WatchReactionFunc)
	PrependWatchReactor(resource string, reaction WatchReactionFunc)
	AddProxyReactor(resource string, reaction ProxyReactionFunc)
	PrependProxyReactor(resource string, reaction ProxyReactionFunc)
	Invokes(action Action, defaultReturnObj runtime.Object) (runtime.Object, error)
	InvokesWatch(action Action) (watch.Interface, error)
	InvokesProxy(action Action) rest.ResponseWrapper
	ClearActions()
	Actions() []Action
}

// Fake records the actions of a fake client and runs its reactor chains.
// The zero value is ready to use; the chains are exported so tests can
// inspect or replace them (holding the lock).
type Fake struct {
	sync.RWMutex
	actions []Action

	// ReactionChain answers get, list, create, update, delete and patch
	// actions: the first reactor that handles an action wins.
	ReactionChain []Reactor
	// WatchReactionChain answers watch actions.
	WatchReactionChain []WatchReactor
	// ProxyReactionChain answers proxy actions.
	ProxyReactionChain []ProxyReactor

	// Resources is what a fake discovery client built on this Fake serves.
	Resources []*v1.APIResourceList
}

// Reactor answers the actions it handles.
type Reactor interface {
	Handles(action Action) bool
	React(action Action) (handled bool, ret runtime.Object, err error)
}

// WatchReactor answers the watch actions it handles.
type WatchReactor interface {
	Handles(action Action) bool
	React(action Action) (handled bool, ret watch.Interface, err error)
}

// ProxyReactor answers the proxy actions it handles.
type ProxyReactor interface {
	Handles(action Action) bool
	React(action Action) (handled bool, ret rest.ResponseWrapper, err error)
}

// ReactionFunc answers an action; handled false passes it to the next
// reactor.
type ReactionFunc func(action Action) (handled bool, ret runtime.Object, err error)

// WatchReactionFunc answers a watch action.
type WatchReactionFunc func(action Action) (handled bool, ret watch.Interface, err error)

// ProxyReactionFunc answers a proxy action.
type ProxyReactionFunc func(action Action) (handled bool, ret rest.ResponseWrapper, err error)

// SimpleReactor is a Reactor for a verb and resource ("*" for any).
type SimpleReactor struct {
	Verb     string
	Resource string

	Reaction ReactionFunc
}

// Handles says whether the action has the reactor's verb and resource.
func (r *SimpleReactor) Handles(action Action) bool {
	return action.Matches(r.Verb, r.Resource)
}

// React runs the reaction.
func (r *SimpleReactor) React(action Action) (bool, runtime.Object, error) {
	return r.Reaction(action)
}

// SimpleWatchReactor is a WatchReactor for a resource ("*" for any).
type SimpleWatchReactor struct {
	Resource string
	Reaction WatchReactionFunc
}

// Handles says whether the action is on the reactor's resource.
func (r *SimpleWatchReactor) Handles(action Action) bool {
	return action.Matches("*", r.Resource)
}

// React runs the reaction.
func (r *SimpleWatchReactor) React(action Action) (bool, watch.Interface, error) {
	return r.Reaction(action)
}

// SimpleProxyReactor is a ProxyReactor for a resource ("*" for any).
type SimpleProxyReactor struct {
	Resource string
	Reaction ProxyReactionFunc
}

// Handles says whether the action is on the reactor's resource.
func (r *SimpleProxyReactor) Handles(action Action) bool {
	return action.Matches("*", r.Resource)
}

// React runs the reaction.
func (r *SimpleProxyReactor) React(action Action) (bool, rest.ResponseWrapper, error) {
	return r.Reaction(action)
}

// DefaultWatchReactor returns a reaction that answers every watch with w
// and err.
func DefaultWatchReactor(watchInterface watch.Interface, err error) WatchReactionFunc {
	return func(Action) (bool, watch.Interface, error) { return true, watchInterface, err }
}

// AddReactor appends a reactor for verb and resource to the chain.
func (c *Fake) AddReactor(verb, resource string, reaction ReactionFunc) {
	c.Lock()
	defer c.Unlock()
	c.ReactionChain = append(c.ReactionChain, &SimpleReactor{Verb: verb, Resource: resource, Reaction: reaction})
}

// PrependReactor puts a reactor for verb and resource first in the chain.
func (c *Fake) PrependReactor(verb, resource string, reaction ReactionFunc) {
	c.Lock()
	defer c.Unlock()
	r := &SimpleReactor{Verb: verb, Resource: resource, Reaction: reaction}
	c.ReactionChain = append([]Reactor{r}, c.ReactionChain...)
}

// AddWatchReactor appends a watch reactor for resource to the chain.
func (c *Fake) AddWatchReactor(resource string, reaction WatchReactionFunc) {
	c.Lock()
	defer c.Unlock()
	c.WatchReactionChain = append(c.WatchReactionChain, &SimpleWatchReactor{Resource: resource, Reaction: reaction})
}

// PrependWatchReactor puts a watch reactor for resource first in the chain.
func (c *Fake) PrependWatchReactor(resource string, reaction WatchReactionFunc) {
	c.Lock()
	defer c.Unlock()
	r := &SimpleWatchReactor{Resource: resource, Reaction: reaction}
	c.WatchReactionChain = append([]WatchReactor{r}, c.WatchReactionChain...)
}

// AddProxyReactor appends a proxy reactor for resource to the chain.
func (c *Fake) AddProxyReactor(resource string, reaction ProxyReactionFunc) {
	c.Lock()
	defer c.Unlock()
	c.ProxyReactionChain = append(c.ProxyReactionChain, &SimpleProxyReactor{Resource: resource, Reaction: reaction})
}

// PrependProxyReactor puts a proxy reactor for resource first in the chain.
func (c *Fake) PrependProxyReactor(resource string, reaction ProxyReactionFunc) {
	c.Lock()
	defer c.Unlock()
	r := &SimpleProxyReactor{Resource: resource, Reaction: reaction}
	c.ProxyReactionChain = append([]ProxyReactor{r}, c.ProxyReactionChain...)
}

// record stores a copy of action and returns a snapshot of the chains.
func (c *Fake) record(action Action) ([]Reactor, []WatchReactor, []ProxyReactor) {
	c.Lock()
	defer c.Unlock()
	c.actions = append(c.actions, action.DeepCopy())
	return append([]Reactor(nil), c.ReactionChain...),
		append([]WatchReactor(nil), c.WatchReactionChain...),
		append([]ProxyReactor(nil), c.ProxyReactionChain...)
}

// Invokes records action and runs the reaction chain; when no reactor
// handles it, it returns defaultReturnObj and no error. Every reactor gets
// the same copy of action, so a reactor that changes its object without
// handling it changes what the next ones (and the server) see. Reactors
// run without the lock held, so they may use the fake.
func (c *Fake) Invokes(action Action, defaultReturnObj runtime.Object) (runtime.Object, error) {
	chain, _, _ := c.record(action)
	action = action.DeepCopy()
	for _, r := range chain {
		if !r.Handles(action) {
			continue
		}
		handled, ret, err := r.React(action)
		if handled {
			return ret, err
		}
	}
	return defaultReturnObj, nil
}

// InvokesWatch records action and runs the watch reaction chain; when no
// reactor handles it, it returns an error.
func (c *Fake) InvokesWatch(action Action) (watch.Interface, error) {
	_, chain, _ := c.record(action)
	action = action.DeepCopy()
	for _, r := range chain {
		if !r.Handles(action) {
			continue
		}
		handled, ret, err := r.React(action)
		if handled {
			return ret, err
		}
	}
	return nil, fmt.Errorf("testing: no watch reactor handles %s of %s", action.GetVerb(), action.GetResource())
}

// InvokesProxy records action and runs the proxy reaction chain; it
// returns nil when no reactor handles it or the handling reactor failed.
func (c *Fake) InvokesProxy(action Action) rest.ResponseWrapper {
	_, _, chain := c.record(action)
	action = action.DeepCopy()
	for _, r := range chain {
		if !r.Handles(action) {
			continue
		}
		handled, ret, err := r.React(action)
		if !handled {
			continue
		}
		if err != nil {
			return nil
		}
		return ret
	}
	return nil
}

// ClearActions forgets the recorded actions.
func (c *Fake) ClearActions() {
	c.Lock()
	defer c.Unlock()
	c.actions = nil
}

// Actions returns copies of the recorded actions, oldest first.
func (c *Fake) Actions() []Action {
	c.RLock()
	defer c.RUnlock()
	out := make([]Action, len(c.actions))
	for i, a := range c.actions {
		out[i] = a.DeepCopy()
	}
	return out
}
