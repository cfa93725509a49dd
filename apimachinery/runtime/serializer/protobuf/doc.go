// Package protobuf encodes and decodes API objects in the Kubernetes
// protobuf wire format (media type application/vnd.kubernetes.protobuf).
//
// A protobuf document is the four magic bytes "k8s\x00" followed by a
// runtime.Unknown envelope: the object's apiVersion and kind, and the
// object itself in proto2 wire format as its `protobuf` struct tags
// describe it. [Serializer] reads and writes that form; [RawSerializer]
// reads and writes the bare message without magic or envelope, which is
// how each frame of a watch stream carries its metav1.WatchEvent.
// [LengthDelimitedFramer] splits such a stream: every frame is preceded by
// its length as a 4-byte big-endian integer
// (application/vnd.kubernetes.protobuf;stream=watch).
//
// Only kinds whose fields all carry protobuf tags can be encoded: the
// built-in API kinds. Unstructured objects and custom resource types get
// an error that [IsNotMarshalable] recognises; the API server likewise
// answers custom resources in JSON only.
package protobuf
