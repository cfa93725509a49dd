package v1

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSwaggerDoc(t *testing.T) {
	type documented interface{ SwaggerDoc() map[string]string }
	values := []documented{
		APIGroup{}, APIGroupList{}, APIResource{}, APIResourceList{}, APIVersions{}, ApplyOptions{},
		Condition{}, CreateOptions{}, DeleteOptions{}, FieldSelectorRequirement{}, FieldsV1{}, GetOptions{},
		GroupVersionForDiscovery{}, LabelSelector{}, LabelSelectorRequirement{}, List{}, ListMeta{},
		ListOptions{}, ManagedFieldsEntry{}, ObjectMeta{}, OwnerReference{}, PartialObjectMetadata{},
		PartialObjectMetadataList{}, Patch{}, PatchOptions{}, Preconditions{}, RootPaths{},
		ServerAddressByClientCIDR{}, Status{}, StatusCause{}, StatusDetails{}, Table{},
		TableColumnDefinition{}, TableOptions{}, TableRow{}, TableRowCondition{}, TypeMeta{}, UpdateOptions{},
	}
	for _, v := range values {
		typ := reflect.TypeOf(v)
		t.Run(typ.Name(), func(t *testing.T) {
			doc := v.SwaggerDoc()
			assert.True(t, strings.HasPrefix(doc[""], typ.Name()+" "), "type doc %q", doc[""])
			names := map[string]bool{"": true}
			for i := 0; i < typ.NumField(); i++ {
				name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
				names[name] = true
			}
			for key := range doc {
				assert.True(t, names[key], "key %q is not a JSON field of %s", key, typ.Name())
			}
			doc["x"] = "mutated"
			assert.NotContains(t, v.SwaggerDoc(), "x", "SwaggerDoc must return a copy")
		})
	}
}
