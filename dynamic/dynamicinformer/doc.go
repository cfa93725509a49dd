// Package dynamicinformer builds shared informers for any resource,
// built-in or custom, from a dynamic client: objects arrive and are cached
// as *unstructured.Unstructured, so no Go type needs to exist for them.
//
// A DynamicSharedInformerFactory hands out one informer per
// GroupVersionResource (ForResource), starts those not yet running
// (Start), waits for their caches to fill (WaitForCacheSync) and waits for
// them to stop (Shutdown). Each informer's Lister reads its cache through
// package dynamiclister. NewFilteredDynamicInformer builds a single
// informer outside any factory.
package dynamicinformer
