// Package api holds the in-memory form of a kubeconfig: clusters, users
// (auth infos) and contexts keyed by name, plus helpers to minify, flatten,
// shorten and redact a config.
//
// The on-disk v1 form uses named lists (clusters: [{name, cluster}]); the
// clientcmd package converts between the two when it loads and writes files.
// The JSON tags on these types describe the in-memory form only.
package api
