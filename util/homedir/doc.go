// Package homedir finds the current user's home directory the way kubectl
// does, so that ~/.kube/config resolves to the same file for every client.
package homedir
