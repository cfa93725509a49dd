// Package crd shows gen-client on a user's own custom resource: the
// CronTab types in apis/stable/v1 carry +genclient markers, and
//
//	go run github.com/skiff-k8s/skiff/hack/gen-client -input ./apis -output ./client \
//		-listers ./listers -informers ./informers
//
// writes the typed clientset in client/ (client.Clientset,
// client/scheme, client/typed/stable/v1), the CronTab lister in
// listers/stable/v1 and the shared informer factory in informers/
// (informers.NewSharedInformerFactory, informers/stable/v1). The example
// tests register the CRD in the in-memory API server and drive the
// generated client, informer and lister over real HTTP.
package crd
