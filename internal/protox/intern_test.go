package protox

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	corev1 "github.com/skiff-k8s/skiff/api/core/v1"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/internal/intern"
	"github.com/skiff-k8s/skiff/internal/slab"
)

// managedSet is the managed-fields set every pod of podList carries.
const managedSet = `{"f:spec":{"f:containers":{}}}`

// podList returns the encoding of a list of three pods with equal
// namespaces, labels and managed-fields sets, padded to at least pad
// bytes through the list's resourceVersion.
func podList(t *testing.T, pad int) []byte {
	t.Helper()
	l := corev1.PodList{ListMeta: metav1.ListMeta{ResourceVersion: strings.Repeat("0", pad)}}
	for i := range 3 {
		l.Items = append(l.Items, corev1.Pod{ObjectMeta: metav1.ObjectMeta{
			Name: fmt.Sprint("p", i), Namespace: "default", Labels: map[string]string{"app": "web"},
			ManagedFields: []metav1.ManagedFieldsEntry{{
				Manager: "kubectl", FieldsType: "FieldsV1", FieldsV1: &metav1.FieldsV1{Raw: []byte(managedSet)},
			}},
		}})
	}
	data, err := Marshal(&l)
	require.NoError(t, err)
	return data
}

// sharedParts reports which values of the first and last pod of l share
// their bytes.
func sharedParts(l *corev1.PodList) (namespace, label, raw bool) {
	a, b := &l.Items[0], &l.Items[len(l.Items)-1]
	ra, rb := a.ManagedFields[0].FieldsV1.Raw, b.ManagedFields[0].FieldsV1.Raw
	return unsafe.StringData(a.Namespace) == unsafe.StringData(b.Namespace),
		unsafe.StringData(a.Labels["app"]) == unsafe.StringData(b.Labels["app"]),
		unsafe.SliceData(ra) == unsafe.SliceData(rb)
}

func TestUnmarshalInterns(t *testing.T) {
	tests := []struct {
		name       string
		pad        int
		decode     func([]byte, any) error
		wantShared bool
	}{
		{"small input copies each value", 0, Unmarshal, false},
		{"large input shares equal values", intern.MinInput, Unmarshal, true},
		{"UnmarshalShared points into the input", intern.MinInput, UnmarshalShared, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := podList(t, tt.pad)
			var l corev1.PodList
			require.NoError(t, tt.decode(data, &l))
			require.Len(t, l.Items, 3)
			ns, label, raw := sharedParts(&l)
			assert.Equal(t, tt.wantShared, ns, "namespaces share bytes")
			assert.Equal(t, tt.wantShared, label, "label values share bytes")
			assert.Equal(t, tt.wantShared, raw, "managed-fields sets share bytes")
			a := l.Items[0].ManagedFields[0].FieldsV1.Raw
			b := l.Items[2].ManagedFields[0].FieldsV1.Raw
			assert.Equal(t, len(a), cap(a), "cap == len")
			_ = append(a, '!')
			assert.Equal(t, managedSet, string(b), "appending to one set changed the other")
			again, err := Marshal(&l)
			require.NoError(t, err)
			assert.Equal(t, data, again, "decoded list re-encodes to the input")
		})
	}
}

func TestUnmarshalSharesNothingAcrossDecodes(t *testing.T) {
	data := podList(t, intern.MinInput)
	var first, second corev1.PodList
	require.NoError(t, Unmarshal(data, &first))
	require.NoError(t, Unmarshal(data, &second))
	a, b := first.Items[0].ManagedFields[0].FieldsV1.Raw, second.Items[0].ManagedFields[0].FieldsV1.Raw
	assert.Equal(t, string(a), string(b))
	assert.NotSame(t, unsafe.SliceData(a), unsafe.SliceData(b), "two decodes share a set")
	assert.NotSame(t, unsafe.StringData(first.Items[0].Namespace), unsafe.StringData(second.Items[0].Namespace),
		"two decodes share a string")
}

func TestUnmarshalSharesOnlyFieldsV1Bytes(t *testing.T) {
	pad := strings.Repeat("x", intern.MinInput)
	l := corev1.SecretList{ListMeta: metav1.ListMeta{Continue: pad}, Items: []corev1.Secret{
		{Data: map[string][]byte{"k": []byte("same")}},
		{Data: map[string][]byte{"k": []byte("same")}},
	}}
	data, err := Marshal(&l)
	require.NoError(t, err)
	var got corev1.SecretList
	require.NoError(t, Unmarshal(data, &got))
	a, b := got.Items[0].Data["k"], got.Items[1].Data["k"]
	assert.Equal(t, "same", string(b))
	assert.NotSame(t, unsafe.SliceData(a), unsafe.SliceData(b), "secret values share bytes")
}

func TestUnmarshalKeepsStringsApartFromBytes(t *testing.T) {
	c, err := codecFor(reflect.TypeFor[corev1.PodList]())
	require.NoError(t, err)
	data := podList(t, 0)
	// A fresh decoder: the first string decoded, the first pod's name,
	// starts the string arena's first chunk.
	d := &decoder{data: data, copy: true}
	var l corev1.PodList
	require.NoError(t, c.dec(d, unsafe.Pointer(&l), len(data)))
	chunk := uintptr(unsafe.Pointer(unsafe.StringData(l.Items[0].Name)))
	raw := uintptr(unsafe.Pointer(unsafe.SliceData(l.Items[0].ManagedFields[0].FieldsV1.Raw)))
	if raw >= chunk && raw < chunk+slab.BytesChunk {
		t.Errorf("a managed-fields set lies in the strings' chunk, %d bytes after its start", raw-chunk)
	}
}
