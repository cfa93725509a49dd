package v1

// PartialObjectMetadata is any object reduced to its type and metadata, as
// served for the "as=PartialObjectMetadata" content type.
type PartialObjectMetadata struct {
	TypeMeta `json:",inline"`
	// ObjectMeta is the object's metadata.
	ObjectMeta `json:"metadata,omitempty"`
}

// PartialObjectMetadataList is a list of PartialObjectMetadata.
type PartialObjectMetadataList struct {
	TypeMeta `json:",inline"`
	// ListMeta is the list's metadata.
	ListMeta `json:"metadata,omitempty"`
	// Items are the objects' metadata.
	Items []PartialObjectMetadata `json:"items"`
}
