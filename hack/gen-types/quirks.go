package main

// clientQuirk records where the reference client's surface for a kind
// differs from what the server's OpenAPI paths describe, so that the
// markers (and the clients the second stage generates from them) keep the
// reference's method sets: nothing a caller relies on goes missing, and
// methods the reference offers as hand-written expansions (Bind, Evict,
// Finalize) are not generated a second time under another name.
type clientQuirk struct {
	// noClient drops +genclient: the reference has no client for the kind.
	noClient bool
	// verbs replaces the served verbs when non-nil.
	verbs []string
	// skipMethods names +genclient:method methods not to emit.
	skipMethods []string
}

// clientQuirks is keyed by module-relative package path and kind.
var clientQuirks = map[string]clientQuirk{
	// Binding is posted through pods/binding (PodExpansion.Bind).
	"api/core/v1.Binding": {noClient: true},
	// The reference client offers every verb although the server serves
	// only get and list.
	"api/core/v1.ComponentStatus": {verbs: standardVerbs},
	// Services had no deletecollection when the reference client was cut.
	"api/core/v1.Service": {verbs: []string{"create", "update", "patch", "delete", "get", "list", "watch"}},
	// Bind and Evict are hand-written expansions.
	"api/core/v1.Pod": {skipMethods: []string{"CreateBinding", "CreateEviction"}},
	// Finalize is a hand-written expansion.
	"api/core/v1.Namespace":             {skipMethods: []string{"UpdateFinalize"}},
	"api/core/v1.ReplicationController": {skipMethods: []string{"ApplyScale"}},
	// The apps beta clients never had scale methods.
	"api/apps/v1beta1.Deployment":  {skipMethods: scaleMethods},
	"api/apps/v1beta1.StatefulSet": {skipMethods: scaleMethods},
	"api/apps/v1beta2.Deployment":  {skipMethods: scaleMethods},
	"api/apps/v1beta2.ReplicaSet":  {skipMethods: scaleMethods},
	"api/apps/v1beta2.StatefulSet": {skipMethods: scaleMethods},
}

var scaleMethods = []string{"GetScale", "UpdateScale", "ApplyScale"}
