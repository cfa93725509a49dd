// Package watch is the vocabulary of change notification: a watch.Interface
// delivers Events (ADDED, MODIFIED, DELETED, BOOKMARK, ERROR) on a channel
// until it is stopped.
//
// Besides the interface it holds the building blocks clients and tests use:
// StreamWatcher turns a Decoder of a watch stream into an Interface,
// Broadcaster fans one stream of events out to many watchers, Filter and
// Recorder wrap a watcher, and FakeWatcher, RaceFreeFakeWatcher, ProxyWatcher
// and MockWatcher stand in for a server in tests.
//
// Where the reference takes a k8s.io/klog/v2 Logger, this package takes a
// *slog.Logger.
package watch
