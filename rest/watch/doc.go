// Package watch reads and writes the frames of a Kubernetes watch stream:
// each frame is a metav1.WatchEvent envelope {"type": ..., "object": ...}
// whose object is decoded with the client's serializer.
package watch
