//go:build !skiffinformer

package bench

// skiffInformerCases is empty until skiff's shared informer is on main;
// build with -tags skiffinformer to include informer_skiff_test.go.
var skiffInformerCases []skiffInformerCase
