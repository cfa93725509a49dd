// Package gentype is the generic typed client engine: Get, List, Watch,
// Create, Update, UpdateStatus, Delete, DeleteCollection, Patch, Apply and
// ApplyStatus written once for every resource kind, on top of
// rest.Interface.
//
// A generated typed client (kubernetes/typed/<group>/<version>) is a struct
// embedding one of [Client], [ClientWithList], [ClientWithApply] or
// [ClientWithListAndApply], built by the matching constructor from a
// resource description: the lowercase plural resource name, the REST client
// of its group version, the parameter codec, the namespace ("" for
// cluster-scoped resources or all namespaces) and functions returning empty
// objects to decode into. Subresource methods the generator emits
// (GetScale, UpdateScale, CreateToken, ApplyScale, ...) call
// [GetSubresource], [UpdateSubresource], [CreateSubresource] and
// [ApplySubresource]; group clients and clientsets are built by
// [NewGroupForConfigAndClient] and [NewClientset].
//
// A client given [PrefersProtobuf], as the generated clients of built-in
// kinds are (gen-client -prefers-protobuf), prefers protobuf: unless the
// rest.Config sets ContentType or AcceptContentTypes, bodies are sent as
// application/vnd.kubernetes.protobuf and answers are accepted as protobuf
// or JSON. Other clients (custom resources) speak JSON. List always issues
// a LIST (no streaming watch-list attempt).
package gentype
