package patch

import (
	"fmt"
	"net/http"
	"strings"
)

// InvalidPatchError reports a patch the server must refuse. Code is the HTTP
// status the real kube-apiserver answers with:
//
//   - http.StatusBadRequest (400, reason BadRequest): the patch body is not
//     valid JSON or not the shape its patch type requires (a JSON patch that
//     is not a list of operations, a merge or strategic patch that is not an
//     object, a malformed $patch, $retainKeys, $setElementOrder or
//     $deleteFromPrimitiveList directive, an apply body with
//     metadata.managedFields set).
//   - http.StatusUnprocessableEntity (422, reason Invalid): the patch is well
//     formed but cannot be applied to this object: a JSON patch operation on a
//     missing path, an index out of range, a failed "test" operation, an
//     unknown operation, or strategic patch content outside its $retainKeys.
//   - http.StatusRequestEntityTooLarge (413, reason RequestEntityTooLarge):
//     a JSON patch with more than 10,000 operations.
//
// Error returns the message the real server puts in the Status.
type InvalidPatchError struct {
	// Code is http.StatusBadRequest, http.StatusUnprocessableEntity or
	// http.StatusRequestEntityTooLarge.
	Code int
	// Message says what is wrong and where.
	Message string
	// Err is the underlying cause, if any.
	Err error
}

// Error returns the message.
func (e *InvalidPatchError) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the underlying cause.
func (e *InvalidPatchError) Unwrap() error { return e.Err }

// badRequest builds a 400 InvalidPatchError.
func badRequest(format string, args ...any) *InvalidPatchError {
	return &InvalidPatchError{Code: http.StatusBadRequest, Message: fmt.Sprintf(format, args...)}
}

// unprocessable builds a 422 InvalidPatchError.
func unprocessable(format string, args ...any) *InvalidPatchError {
	return &InvalidPatchError{Code: http.StatusUnprocessableEntity, Message: fmt.Sprintf(format, args...)}
}

// Conflict is one field that server-side apply would take from another
// manager.
type Conflict struct {
	// Manager is the name of the manager that owns the field.
	Manager string
	// Field is the field path as the real server prints it, e.g.
	// .spec.replicas or .spec.containers[name="c"].image.
	Field string
	// APIVersion is the apiVersion the owning manager used, e.g. apps/v1.
	APIVersion string

	// path is the field path in pathSet form.
	path string
}

// ConflictError reports that an apply without force would change fields
// other managers own; the server answers 409 Conflict with reason Conflict
// and one cause of type FieldManagerConflict per conflict (message
// `conflict with "<manager>" using <apiVersion>`, field Conflict.Field).
type ConflictError struct {
	// Conflicts lists the contested fields, sorted by manager then field.
	Conflicts []Conflict
}

// Error formats the conflicts like the real server, e.g.
// `Apply failed with 1 conflict: conflict with "kubectl" using v1: .spec.replicas`.
func (e *ConflictError) Error() string {
	if len(e.Conflicts) == 1 {
		c := e.Conflicts[0]
		return fmt.Sprintf("Apply failed with 1 conflict: %s: %s", managerPhrase("conflict", c), c.Field)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Apply failed with %d conflicts: ", len(e.Conflicts))
	for i := 0; i < len(e.Conflicts); {
		j := i
		for j < len(e.Conflicts) && e.Conflicts[j].Manager == e.Conflicts[i].Manager &&
			e.Conflicts[j].APIVersion == e.Conflicts[i].APIVersion {
			j++
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(managerPhrase("conflicts", e.Conflicts[i]))
		b.WriteString(":")
		for _, c := range e.Conflicts[i:j] {
			b.WriteString("\n- ")
			b.WriteString(c.Field)
		}
		i = j
	}
	return b.String()
}

// CauseMessage is the message of the Status cause for one conflict:
// `conflict with "<manager>" using <apiVersion>`.
func (c Conflict) CauseMessage() string { return managerPhrase("conflict", c) }

// managerPhrase renders `<word> with "<manager>" using <apiVersion>`.
func managerPhrase(word string, c Conflict) string {
	if c.APIVersion == "" {
		return fmt.Sprintf("%s with %q", word, c.Manager)
	}
	return fmt.Sprintf("%s with %q using %s", word, c.Manager, c.APIVersion)
}
