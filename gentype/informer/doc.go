// Package informer is the generic informer engine behind generated
// informers: [New] builds the SharedIndexInformer of one kind from its
// typed client, [Factory] is the shared informer factory of a clientset
// (one informer per Go type, started once, shut down together), and
// [ForResource] looks a GroupVersionResource up in a generated table.
//
// The generated code of gen-client -informers (informers/... for the
// built-in kinds, and the informers of a user's CRD clientset) holds only
// declarations passing closures and descriptors to this package. It lives
// outside package gentype so that clientsets do not import tools/cache.
package informer
