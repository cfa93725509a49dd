package cache

import (
	"sync"
	"testing"
	"time"

	"github.com/skiff-k8s/skiff/apimachinery/util/sets"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// manualClock is a PassiveClock moved by hand.
type manualClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *manualClock) Since(t time.Time) time.Duration { return c.Now().Sub(t) }

func (c *manualClock) step(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestTTLPolicy(t *testing.T) {
	clock := &manualClock{now: time.Unix(1000, 0)}
	stored := clock.Now()
	tests := []struct {
		name    string
		ttl     time.Duration
		elapsed time.Duration
		want    bool
	}{
		{name: "younger than ttl", ttl: time.Minute, elapsed: 59 * time.Second, want: false},
		{name: "exactly ttl", ttl: time.Minute, elapsed: time.Minute, want: false},
		{name: "older than ttl", ttl: time.Minute, elapsed: time.Minute + 1, want: true},
		{name: "zero ttl never expires", ttl: 0, elapsed: time.Hour, want: false},
		{name: "negative ttl never expires", ttl: -time.Second, elapsed: time.Hour, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now := &manualClock{now: stored.Add(tt.elapsed)}
			p := &TTLPolicy{TTL: tt.ttl, Clock: now}
			assert.Equal(t, tt.want, p.IsExpired(&TimestampedEntry{Obj: 1, Timestamp: stored}))
		})
	}
}

func TestExpirationCacheExpiresLazily(t *testing.T) {
	clock := &manualClock{now: time.Unix(1000, 0)}
	deleted := make(chan string, 10)
	policy := &TTLPolicy{TTL: time.Minute, Clock: clock}
	s := NewFakeExpirationStore(MetaNamespaceKeyFunc, deleted, policy, clock)

	require.NoError(t, s.Add(pod("ns", "old", "")))
	clock.step(30 * time.Second)
	require.NoError(t, s.Add(pod("ns", "new", "")))
	clock.step(31 * time.Second) // old: 61s, new: 31s

	assert.Empty(t, deleted, "nothing is deleted before it is read")
	assert.Equal(t, []string{"ns/new"}, names(s.List()))
	assert.Equal(t, "ns/old", <-deleted, "List deleted the expired entry")

	_, exists, err := s.GetByKey("ns/new")
	require.NoError(t, err)
	assert.True(t, exists)

	require.NoError(t, s.Update(pod("ns", "new", ""))) // resets the timestamp
	clock.step(59 * time.Second)
	_, exists, err = s.Get(pod("ns", "new", ""))
	require.NoError(t, err)
	assert.True(t, exists, "Update reset the timestamp")

	clock.step(2 * time.Second)
	assert.Empty(t, s.ListKeys())
	assert.Equal(t, "ns/new", <-deleted)
}

func TestExpirationCacheStoreOperations(t *testing.T) {
	s := NewTTLStore(MetaNamespaceKeyFunc, time.Hour)
	require.NoError(t, s.Add(pod("ns", "a", "")))
	require.NoError(t, s.Replace([]interface{}{pod("ns", "b", ""), pod("ns", "c", "")}, "3"))
	assert.Equal(t, []string{"ns/b", "ns/c"}, sorted(s.ListKeys()))
	require.NoError(t, s.Delete(pod("ns", "b", "")))
	assert.Equal(t, []string{"ns/c"}, names(s.List()))
	assert.NoError(t, s.Resync())

	var keyErr KeyError
	assert.ErrorAs(t, s.Add(1), &keyErr)
	assert.ErrorAs(t, s.Delete(1), &keyErr)
	assert.ErrorAs(t, s.Replace([]interface{}{1}, ""), &keyErr)
	_, _, err := s.Get(1)
	assert.ErrorAs(t, err, &keyErr)
}

func TestFakeExpirationPolicy(t *testing.T) {
	keyOfEntry := func(obj interface{}) (string, error) {
		return MetaNamespaceKeyFunc(obj.(*TimestampedEntry).Obj)
	}
	p := &FakeExpirationPolicy{NeverExpire: sets.NewString("ns/keep"), RetrieveKeyFunc: keyOfEntry}
	s := NewExpirationStore(MetaNamespaceKeyFunc, p)
	require.NoError(t, s.Add(pod("ns", "keep", "")))
	require.NoError(t, s.Add(pod("ns", "drop", "")))
	assert.Equal(t, []string{"ns/keep"}, s.ListKeys())
}
