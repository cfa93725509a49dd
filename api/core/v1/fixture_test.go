package v1

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/skiff-k8s/skiff/api/internal/roundtrip"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
	serjson "github.com/skiff-k8s/skiff/apimachinery/runtime/serializer/json"
)

// TestPodListFixtureCodecRoundTrip decodes the 5,000-pod list a v1.34 API
// server returned through the scheme's JSON serializer, as a client does,
// re-encodes it and requires JSON semantically equal to the input
// (integers compared exactly), naming every path that differs.
// Under the race detector, which makes it slower by an order of
// magnitude, only the first raceFixturePods pods are round-tripped.
func TestPodListFixtureCodecRoundTrip(t *testing.T) {
	raw := readPodListFixture(t)
	wantPods := 5000
	if raceEnabled {
		var err error
		raw, err = firstItems(raw, raceFixturePods)
		require.NoError(t, err)
		wantPods = raceFixturePods
		t.Logf("race detector on: round-tripping the first %d pods only", wantPods)
	}
	scheme := runtime.NewScheme()
	require.NoError(t, AddToScheme(scheme))
	codec := serjson.NewSerializerWithOptions(serjson.DefaultMetaFactory, scheme, scheme, serjson.SerializerOptions{})

	obj, gvk, err := codec.Decode(raw, nil, nil)
	require.NoError(t, err)
	require.Equal(t, SchemeGroupVersion.WithKind("PodList"), *gvk)
	list, ok := obj.(*PodList)
	require.True(t, ok, "decoded %T, want *PodList", obj)
	require.Len(t, list.Items, wantPods)

	var out bytes.Buffer
	require.NoError(t, codec.Encode(obj, &out))
	diffs, err := roundtrip.Diff(raw, out.Bytes(), 20)
	require.NoError(t, err)
	for _, d := range diffs {
		t.Errorf("re-encoded fixture differs at %s", d)
	}
}

// raceFixturePods is how many pods the race-detector run round-trips.
const raceFixturePods = 200

// firstItems returns a list document holding the part of list before its
// items (apiVersion, kind, metadata: the order an API server writes) and
// its first n items. It scans bytes only, strings aware.
func firstItems(list []byte, n int) ([]byte, error) {
	start := bytes.Index(list, []byte(`"items":[`))
	if start < 0 {
		return nil, errors.New("firstItems: no \"items\":[ in the list")
	}
	i := start + len(`"items":[`)
	depth, count, inString := 0, 0, false
	for ; i < len(list); i++ {
		c := list[i]
		switch {
		case inString:
			if c == '\\' {
				i++
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				if count++; count == n {
					out := append([]byte(nil), list[:i+1]...)
					return append(out, "]}"...), nil
				}
			}
			if depth < 0 {
				return list, nil // fewer than n items: the whole list
			}
		}
	}
	return nil, errors.New("firstItems: the list ends inside its items")
}

func TestFirstItems(t *testing.T) {
	list := []byte(`{"apiVersion":"v1","kind":"PodList","metadata":{},"items":[{"a":"}]\"{"},{"b":[1,{"c":2}]},{"d":3}]}`)
	tests := []struct {
		n    int
		want string
	}{
		{1, `{"apiVersion":"v1","kind":"PodList","metadata":{},"items":[{"a":"}]\"{"}]}`},
		{2, `{"apiVersion":"v1","kind":"PodList","metadata":{},"items":[{"a":"}]\"{"},{"b":[1,{"c":2}]}]}`},
		{5, string(list)},
	}
	for _, tt := range tests {
		got, err := firstItems(list, tt.n)
		require.NoError(t, err)
		require.Equal(t, tt.want, string(got), "n=%d", tt.n)
	}
	_, err := firstItems([]byte(`{"kind":"PodList"}`), 1)
	require.Error(t, err, "no items")
}
