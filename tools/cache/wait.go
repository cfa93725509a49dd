package cache

import (
	"context"
	"log/slog"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/util/wait"
)

// syncPollPeriod is how often the WaitFor*CacheSync functions ask the
// InformerSynced functions.
const syncPollPeriod = 100 * time.Millisecond

// WaitForCacheSync waits until every cacheSyncs function reports true, asking
// them every 100ms. It returns true once they all do, and false if stopCh is
// closed first.
func WaitForCacheSync(stopCh <-chan struct{}, cacheSyncs ...InformerSynced) bool {
	ctx := wait.ContextForChannel(stopCh)
	return waitForSynced(ctx, cacheSyncs)
}

// WaitForNamedCacheSync is WaitForCacheSync that logs, under controllerName,
// when it starts waiting and whether the caches synced.
func WaitForNamedCacheSync(controllerName string, stopCh <-chan struct{}, cacheSyncs ...InformerSynced) bool {
	ctx := wait.ContextForChannel(stopCh)
	return waitForNamedSynced(ctx, slog.Default().With("controller", controllerName), cacheSyncs)
}

// WaitForNamedCacheSyncWithContext is WaitForNamedCacheSync that stops when
// ctx ends; it logs to slog.Default().
func WaitForNamedCacheSyncWithContext(ctx context.Context, cacheSyncs ...InformerSynced) bool {
	return waitForNamedSynced(ctx, slog.Default(), cacheSyncs)
}

// waitForNamedSynced waits for cacheSyncs and logs the outcome to logger.
func waitForNamedSynced(ctx context.Context, logger *slog.Logger, cacheSyncs []InformerSynced) bool {
	logger.InfoContext(ctx, "waiting for caches to sync")
	if !waitForSynced(ctx, cacheSyncs) {
		logger.ErrorContext(ctx, "unable to sync caches", "err", context.Cause(ctx))
		return false
	}
	logger.InfoContext(ctx, "caches are synced")
	return true
}

// waitForSynced polls cacheSyncs every syncPollPeriod until all are synced
// (true) or ctx ends (false).
func waitForSynced(ctx context.Context, cacheSyncs []InformerSynced) bool {
	err := wait.PollUntilContextCancel(ctx, syncPollPeriod, true, func(context.Context) (bool, error) {
		for _, synced := range cacheSyncs {
			if !synced() {
				return false, nil
			}
		}
		return true, nil
	})
	return err == nil
}
