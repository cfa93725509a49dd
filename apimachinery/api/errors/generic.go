package errors

import (
	"fmt"
	"net/http"
	"strings"

	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/runtime/schema"
)

// NewGenericServerResponse builds the error for an HTTP response with code
// that carried no usable Status. The reason and message follow from code
// (serverMessage is used where the server's text is the best description);
// when qualifiedResource is set, " (<verb> <resource>[ <name>])" is
// appended. isUnexpectedResponse adds an UnexpectedServerResponse cause
// carrying serverMessage.
func NewGenericServerResponse(code int, verb string, qualifiedResource schema.GroupResource, name, serverMessage string, retryAfterSeconds int, isUnexpectedResponse bool) *StatusError {
	reason, message := genericReasonAndMessage(code, verb, serverMessage)
	switch {
	case !qualifiedResource.Empty() && name != "":
		message = fmt.Sprintf("%s (%s %s %s)", message, strings.ToLower(verb), qualifiedResource.String(), name)
	case !qualifiedResource.Empty():
		message = fmt.Sprintf("%s (%s %s)", message, strings.ToLower(verb), qualifiedResource.String())
	}
	var causes []metav1.StatusCause
	if isUnexpectedResponse {
		causes = []metav1.StatusCause{{Type: metav1.CauseTypeUnexpectedServerResponse, Message: serverMessage}}
	}
	return failure(code, reason, message, &metav1.StatusDetails{
		Group:             qualifiedResource.Group,
		Kind:              qualifiedResource.Resource,
		Name:              name,
		Causes:            causes,
		RetryAfterSeconds: int32(retryAfterSeconds),
	})
}

// genericReasonAndMessage maps an HTTP code to the reason and message of a
// response without a Status.
func genericReasonAndMessage(code int, verb, serverMessage string) (metav1.StatusReason, string) {
	switch code {
	case http.StatusConflict:
		if verb == "POST" {
			return metav1.StatusReasonAlreadyExists, "the server reported a conflict"
		}
		return metav1.StatusReasonConflict, "the server reported a conflict"
	case http.StatusNotFound:
		return metav1.StatusReasonNotFound, "the server could not find the requested resource"
	case http.StatusBadRequest:
		return metav1.StatusReasonBadRequest, "the server rejected our request for an unknown reason"
	case http.StatusUnauthorized:
		return metav1.StatusReasonUnauthorized, "the server has asked for the client to provide credentials"
	case http.StatusForbidden:
		// The server's text says who may not do what; keep it.
		return metav1.StatusReasonForbidden, serverMessage
	case http.StatusNotAcceptable:
		if serverMessage == "" {
			return metav1.StatusReasonNotAcceptable, "the server was unable to respond with a content type that the client supports"
		}
		return metav1.StatusReasonNotAcceptable, serverMessage
	case http.StatusUnsupportedMediaType:
		return metav1.StatusReasonUnsupportedMediaType, serverMessage
	case http.StatusMethodNotAllowed:
		return metav1.StatusReasonMethodNotAllowed, "the server does not allow this method on the requested resource"
	case http.StatusUnprocessableEntity:
		return metav1.StatusReasonInvalid, "the server rejected our request due to an error in our request"
	case http.StatusServiceUnavailable:
		return metav1.StatusReasonServiceUnavailable, "the server is currently unable to handle the request"
	case http.StatusGatewayTimeout:
		return metav1.StatusReasonTimeout, "the server was unable to return a response in the time allotted, but may still be processing the request"
	case http.StatusTooManyRequests:
		return metav1.StatusReasonTooManyRequests, "the server has received too many requests and has asked us to try again later"
	}
	if code >= http.StatusInternalServerError {
		return metav1.StatusReasonInternalError, fmt.Sprintf("an error on the server (%q) has prevented the request from succeeding", serverMessage)
	}
	return metav1.StatusReasonUnknown, fmt.Sprintf("the server responded with the status code %d but did not return more information", code)
}
