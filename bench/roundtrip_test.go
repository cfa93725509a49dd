package bench

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	skiffcorev1 "github.com/skiff-k8s/skiff/api/core/v1"
	skiffmetav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	refcorev1 "k8s.io/api/core/v1"
	refmetav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// roundTrip performs one request and reports an error if the answer is not
// the ConfigMap the server sends.
type roundTrip func(ctx context.Context) error

// checkName fails when a round trip decoded the wrong object.
func checkName(name string) error {
	if name != configMapName {
		return fmt.Errorf("decoded ConfigMap named %q, want %q", name, configMapName)
	}
	return nil
}

// configMapData is the data every created or updated ConfigMap carries.
func configMapData() map[string]string {
	return map[string]string{"config.yaml": "listen: 0.0.0.0:8080\nworkers: 4\n", "mode": "fast", "region": "eu-west-1"}
}

// skiffRoundTrips returns the skiff GET, CREATE and UPDATE of the ConfigMap.
func skiffRoundTrips(b *testing.B, host string) map[string]roundTrip {
	cms := newSkiffClientset(b, host).CoreV1().ConfigMaps(benchNamespace)
	obj := func() *skiffcorev1.ConfigMap {
		return &skiffcorev1.ConfigMap{
			ObjectMeta: skiffmetav1.ObjectMeta{Name: configMapName, Namespace: benchNamespace, ResourceVersion: "12345"},
			Data:       configMapData(),
		}
	}
	return map[string]roundTrip{
		"get": func(ctx context.Context) error {
			cm, err := cms.Get(ctx, configMapName, skiffmetav1.GetOptions{})
			if err != nil {
				return err
			}
			return checkName(cm.Name)
		},
		"create": func(ctx context.Context) error {
			cm, err := cms.Create(ctx, obj(), skiffmetav1.CreateOptions{})
			if err != nil {
				return err
			}
			return checkName(cm.Name)
		},
		"update": func(ctx context.Context) error {
			cm, err := cms.Update(ctx, obj(), skiffmetav1.UpdateOptions{})
			if err != nil {
				return err
			}
			return checkName(cm.Name)
		},
	}
}

// refRoundTrips returns the reference GET, CREATE and UPDATE of the ConfigMap.
func refRoundTrips(b *testing.B, host string) map[string]roundTrip {
	cms := newRefClientset(b, host, "application/json").CoreV1().ConfigMaps(benchNamespace)
	obj := func() *refcorev1.ConfigMap {
		return &refcorev1.ConfigMap{
			ObjectMeta: refmetav1.ObjectMeta{Name: configMapName, Namespace: benchNamespace, ResourceVersion: "12345"},
			Data:       configMapData(),
		}
	}
	return map[string]roundTrip{
		"get": func(ctx context.Context) error {
			cm, err := cms.Get(ctx, configMapName, refmetav1.GetOptions{})
			if err != nil {
				return err
			}
			return checkName(cm.Name)
		},
		"create": func(ctx context.Context) error {
			cm, err := cms.Create(ctx, obj(), refmetav1.CreateOptions{})
			if err != nil {
				return err
			}
			return checkName(cm.Name)
		},
		"update": func(ctx context.Context) error {
			cm, err := cms.Update(ctx, obj(), refmetav1.UpdateOptions{})
			if err != nil {
				return err
			}
			return checkName(cm.Name)
		},
	}
}

// runConcurrent runs b.N calls of rt from workers goroutines and reports
// requests per second.
func runConcurrent(b *testing.B, workers int, rt roundTrip) {
	ctx := context.Background()
	if err := rt(ctx); err != nil {
		b.Fatalf("round trip: %v", err)
	}
	var (
		next     atomic.Int64
		wg       sync.WaitGroup
		errOnce  sync.Once
		firstErr error
	)
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(b.N) {
				if err := rt(ctx); err != nil {
					errOnce.Do(func() { firstErr = err })
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if firstErr != nil {
		b.Fatalf("round trip: %v", firstErr)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
}

// BenchmarkRoundTrip times ConfigMap GET, CREATE and UPDATE through both
// typed clientsets at concurrency 1 and 32 against one fixed-answer server.
func BenchmarkRoundTrip(b *testing.B) {
	srv := newServer(b)
	libs := []struct {
		name  string
		build func(*testing.B, string) map[string]roundTrip
	}{
		{"skiff", skiffRoundTrips},
		{"reference", refRoundTrips},
	}
	for _, verb := range []string{"get", "create", "update"} {
		for _, workers := range []int{1, 32} {
			for _, lib := range libs {
				name := fmt.Sprintf("%s/c%d/%s", verb, workers, lib.name)
				b.Run(name, func(b *testing.B) {
					runConcurrent(b, workers, lib.build(b, srv.URL)[verb])
				})
			}
		}
	}
}
