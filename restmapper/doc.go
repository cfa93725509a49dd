// Package restmapper builds meta.RESTMappers from discovery: which kind a
// resource name means and which resource serves a kind.
//
// NewDiscoveryRESTMapper maps from a snapshot (GetAPIGroupResources);
// NewDeferredDiscoveryRESTMapper reads discovery on first use and reads it
// again when a lookup fails while its cache is not fresh; NewShortcutExpander
// adds short names ("deploy", "po"); NewDiscoveryCategoryExpander resolves
// categories ("all") to resources.
package restmapper
