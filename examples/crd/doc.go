// Package crd shows gen-client on a user's own custom resource: the
// CronTab types in apis/stable/v1 carry +genclient markers, and
//
//	go run github.com/skiff-k8s/skiff/hack/gen-client -input ./apis -output ./client
//
// writes the typed clientset in client/ (client.Clientset,
// client/scheme, client/typed/stable/v1). The example test registers the
// CRD in the in-memory API server and drives the generated client over
// real HTTP.
package crd
