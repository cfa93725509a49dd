package bench

import (
	"testing"

	skiffdynamic "github.com/skiff-k8s/skiff/dynamic"
	skiffkubernetes "github.com/skiff-k8s/skiff/kubernetes"
	skiffrest "github.com/skiff-k8s/skiff/rest"
	refdynamic "k8s.io/client-go/dynamic"
	refkubernetes "k8s.io/client-go/kubernetes"
	refrest "k8s.io/client-go/rest"
)

// skiffConfig is the skiff config for host with throttling off.
func skiffConfig(host string) *skiffrest.Config {
	return &skiffrest.Config{Host: host, QPS: -1}
}

// refConfig is the reference config for host with throttling off, speaking
// contentType (the reference's JSON or protobuf media type).
func refConfig(host, contentType string) *refrest.Config {
	cfg := &refrest.Config{Host: host, QPS: -1}
	cfg.ContentType = contentType
	if contentType == protobufMediaType {
		cfg.AcceptContentTypes = protobufMediaType + ",application/json"
	}
	return cfg
}

// newSkiffClientset builds a skiff clientset for host.
func newSkiffClientset(tb testing.TB, host string) *skiffkubernetes.Clientset {
	tb.Helper()
	cs, err := skiffkubernetes.NewForConfig(skiffConfig(host))
	if err != nil {
		tb.Fatalf("skiff clientset: %v", err)
	}
	return cs
}

// newRefClientset builds a reference clientset for host speaking contentType.
func newRefClientset(tb testing.TB, host, contentType string) *refkubernetes.Clientset {
	tb.Helper()
	cs, err := refkubernetes.NewForConfig(refConfig(host, contentType))
	if err != nil {
		tb.Fatalf("reference clientset: %v", err)
	}
	return cs
}

// newSkiffDynamic builds a skiff dynamic client for host.
func newSkiffDynamic(tb testing.TB, host string) *skiffdynamic.DynamicClient {
	tb.Helper()
	dc, err := skiffdynamic.NewForConfig(skiffConfig(host))
	if err != nil {
		tb.Fatalf("skiff dynamic client: %v", err)
	}
	return dc
}

// newRefDynamic builds a reference dynamic client for host.
func newRefDynamic(tb testing.TB, host string) *refdynamic.DynamicClient {
	tb.Helper()
	dc, err := refdynamic.NewForConfig(refConfig(host, "application/json"))
	if err != nil {
		tb.Fatalf("reference dynamic client: %v", err)
	}
	return dc
}
