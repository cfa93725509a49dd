package v1

import "strings"

// String renders the object's fields on one line.
func (in *TypeMeta) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *ListMeta) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *ObjectMeta) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *OwnerReference) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *ManagedFieldsEntry) String() string { return render(in) }

// String returns the raw JSON of the field set.
func (f FieldsV1) String() string { return string(f.Raw) }

// String renders the object's fields on one line.
func (in *ListOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *GetOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *CreateOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *UpdateOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *PatchOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *ApplyOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *DeleteOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *Preconditions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *TableOptions) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *Patch) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *Status) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *StatusDetails) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *StatusCause) String() string { return render(in) }

// String returns the versions joined by commas.
func (apiVersions APIVersions) String() string {
	return strings.Join(apiVersions.Versions, ",")
}

// GoString returns the same as String.
func (apiVersions APIVersions) GoString() string { return apiVersions.String() }

// String renders the object's fields on one line.
func (in *APIGroupList) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *APIGroup) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *ServerAddressByClientCIDR) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *GroupVersionForDiscovery) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *APIResource) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *APIResourceList) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *RootPaths) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *LabelSelector) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *LabelSelectorRequirement) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *FieldSelectorRequirement) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *Condition) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *PartialObjectMetadata) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *PartialObjectMetadataList) String() string { return render(in) }

// String renders the object's fields on one line.
func (in *Timestamp) String() string { return render(in) }
