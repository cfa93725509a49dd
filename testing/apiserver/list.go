package apiserver

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	metav1 "github.com/skiff-k8s/skiff/apimachinery/apis/meta/v1"
	"github.com/skiff-k8s/skiff/apimachinery/fields"
	"github.com/skiff-k8s/skiff/apimachinery/labels"
	"github.com/skiff-k8s/skiff/apimachinery/util/validation/field"
)

// listOptions are the parsed query options of list and watch.
type listOptions struct {
	res               *Resource
	label             labels.Selector
	field             fields.Selector
	limit             int64
	cont              string
	rv                string
	rvMatch           string
	allowBookmarks    bool
	sendInitialEvents *bool
	timeoutSeconds    int64
}

// parseListOptions reads the list/watch query of r for res.
func (s *Server) parseListOptions(r *http.Request, res *Resource) (*listOptions, error) {
	q := r.URL.Query()
	lo := &listOptions{res: res, label: labels.Everything(), field: fields.Everything(),
		cont: q.Get("continue"), rv: q.Get("resourceVersion"), rvMatch: q.Get("resourceVersionMatch")}
	var err error
	if v := q.Get("labelSelector"); v != "" {
		if lo.label, err = labels.Parse(v); err != nil {
			return nil, errBadRequest("unable to parse requirement: %v", err)
		}
	}
	if v := q.Get("fieldSelector"); v != "" {
		if lo.field, err = parseFieldSelector(res, v); err != nil {
			return nil, err
		}
	}
	if v := q.Get("limit"); v != "" {
		if lo.limit, err = strconv.ParseInt(v, 10, 64); err != nil {
			return nil, errBadRequest("invalid limit %q", v)
		}
	}
	if v := q.Get("timeoutSeconds"); v != "" {
		if lo.timeoutSeconds, err = strconv.ParseInt(v, 10, 64); err != nil {
			return nil, errBadRequest("invalid timeoutSeconds %q", v)
		}
	}
	lo.allowBookmarks = q.Get("allowWatchBookmarks") == "true"
	if v := q.Get("sendInitialEvents"); v != "" {
		b := v == "true"
		lo.sendInitialEvents = &b
	}
	return lo, lo.validate(verbOfQuery(r))
}

// verbOfQuery says whether r is a watch, for option validation.
func verbOfQuery(r *http.Request) string {
	if w := r.URL.Query().Get("watch"); w == "true" || w == "1" {
		return "watch"
	}
	return "list"
}

// validate applies the real server's rules on combining the options.
func (lo *listOptions) validate(verb string) error {
	var errs field.ErrorList
	switch lo.rvMatch {
	case "", string(metav1.ResourceVersionMatchNotOlderThan), string(metav1.ResourceVersionMatchExact):
	default:
		errs = append(errs, field.NotSupported(field.NewPath("resourceVersionMatch"), lo.rvMatch,
			[]string{string(metav1.ResourceVersionMatchExact), string(metav1.ResourceVersionMatchNotOlderThan), ""}))
	}
	if lo.rvMatch != "" && lo.rv == "" && lo.sendInitialEvents == nil {
		errs = append(errs, field.Forbidden(field.NewPath("resourceVersionMatch"), "resourceVersionMatch is forbidden unless resourceVersion is provided"))
	}
	if lo.rvMatch == string(metav1.ResourceVersionMatchExact) && lo.rv == "0" {
		errs = append(errs, field.Forbidden(field.NewPath("resourceVersionMatch"), `resourceVersionMatch "exact" is forbidden for resourceVersion "0"`))
	}
	if lo.cont != "" && lo.rvMatch != "" {
		errs = append(errs, field.Forbidden(field.NewPath("resourceVersionMatch"), "resourceVersionMatch is forbidden when continue is provided"))
	}
	if lo.sendInitialEvents != nil {
		if verb != "watch" {
			errs = append(errs, field.Forbidden(field.NewPath("sendInitialEvents"), "sendInitialEvents is forbidden for list"))
		} else if lo.rvMatch != string(metav1.ResourceVersionMatchNotOlderThan) {
			errs = append(errs, field.Forbidden(field.NewPath("resourceVersionMatch"), "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"))
		}
	}
	if len(errs) > 0 {
		return apierrors.NewInvalid(metav1.SchemeGroupVersion.WithKind("ListOptions").GroupKind(), "", errs)
	}
	return nil
}

// matches says whether m passes the label and field selectors.
func (lo *listOptions) matches(m map[string]any) bool {
	if !lo.label.Empty() && !lo.label.Matches(labels.Set(stringMap(m, "labels"))) {
		return false
	}
	if !lo.field.Empty() && !lo.field.Matches(objectFields(lo.res, m)) {
		return false
	}
	return true
}

// prefixOf is the storage key prefix of a namespace ("" for all).
func prefixOf(ns string) string {
	if ns == "" {
		return ""
	}
	return ns + "/"
}

// continueToken is the decoded continue parameter.
type continueToken struct {
	V     string `json:"v"`
	RV    uint64 `json:"rv"`
	Start string `json:"start"`
}

// encodeContinue builds the continue token for the next page.
func encodeContinue(rv uint64, lastKey string) string {
	raw, _ := json.Marshal(continueToken{V: "meta.k8s.io/v1", RV: rv, Start: lastKey + "\x00"})
	return base64.RawURLEncoding.EncodeToString(raw)
}

// decodeContinue parses a continue token.
func decodeContinue(s string) (*continueToken, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, errBadRequest("invalid continue token: %v", err)
	}
	var tok continueToken
	if err := json.Unmarshal(raw, &tok); err != nil || tok.V != "meta.k8s.io/v1" {
		return nil, errBadRequest("invalid continue token")
	}
	return &tok, nil
}

// expiredContinue is the 410 for a continue token older than the history.
const expiredContinue = "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list."

// listAt resolves which snapshot a list reads and from which key.
func (s *Server) listAt(lo *listOptions) (at uint64, start string, err error) {
	if lo.cont != "" {
		if lo.rv != "" && lo.rv != "0" {
			return 0, "", errBadRequest("specifying resource version is not allowed when using continue")
		}
		tok, err := decodeContinue(lo.cont)
		if err != nil {
			return 0, "", err
		}
		if _, compacted := s.store.current(); tok.RV < compacted {
			return 0, "", apierrors.NewResourceExpired(expiredContinue)
		}
		return tok.RV, tok.Start, nil
	}
	rv, err := parseRV(lo.rv)
	if err != nil {
		return 0, "", err
	}
	cur, _ := s.store.current()
	if rv > cur {
		return 0, "", apierrors.NewTimeoutError("Too large resource version: "+lo.rv+", current: "+strconv.FormatUint(cur, 10), 1)
	}
	if lo.rvMatch == string(metav1.ResourceVersionMatchExact) {
		return rv, "", nil
	}
	return 0, "", nil
}

// handleList serves a list: one consistent snapshot, selectors, pages.
func (s *Server) handleList(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	lo, err := s.parseListOptions(r, info.res)
	if err != nil {
		return err
	}
	at, start, err := s.listAt(lo)
	if err != nil {
		return err
	}
	items, rv, err := s.store.snapshot(info.res.GVR, prefixOf(info.namespace), at)
	if err != nil {
		var se *snapshotError
		if errors.As(err, &se) && se.tooOld {
			return apierrors.NewResourceExpired("The resourceVersion for the provided list is too old.")
		}
		return apierrors.NewTimeoutError(err.Error(), 1)
	}
	var page []json.RawMessage
	var cont string
	var remaining *int64
	for i, it := range items {
		if it.key < start || !lo.matches(it.obj.m) {
			continue
		}
		if lo.limit > 0 && int64(len(page)) == lo.limit {
			if n := countMatching(lo, items[i:]); n > 0 {
				cont = encodeContinue(rv, lastKey(items, i))
				if lo.label.Empty() && lo.field.Empty() {
					remaining = &n
				}
			}
			break
		}
		page = append(page, it.obj.raw)
	}
	body := listBody(info.res, page, strconv.FormatUint(rv, 10), cont, remaining)
	if v, ok := wantsTable(r); ok {
		raws := make([][]byte, len(page))
		for i, p := range page {
			raws[i] = p
		}
		s.writeRaw(w, r, http.StatusOK, s.buildTable(r, info.res, v, raws, body.Metadata))
		return nil
	}
	if v, ok := wantsMetadata(r); ok {
		body.Kind, body.APIVersion = "PartialObjectMetadataList", "meta.k8s.io/"+v
		for i, raw := range body.Items {
			body.Items[i] = partialRaw(raw, v)
		}
	}
	s.writeValue(w, r, http.StatusOK, body)
	return nil
}

// lastKey is the key of the last item before index i.
func lastKey(items []keyed, i int) string {
	return items[i-1].key
}

// countMatching counts the items passing the selectors.
func countMatching(lo *listOptions, items []keyed) int64 {
	var n int64
	for _, it := range items {
		if lo.matches(it.obj.m) {
			n++
		}
	}
	return n
}

// listMeta is the metadata of a list response.
type listMeta struct {
	ResourceVersion    string `json:"resourceVersion,omitempty"`
	Continue           string `json:"continue,omitempty"`
	RemainingItemCount *int64 `json:"remainingItemCount,omitempty"`
}

// listResponse is a list response body.
type listResponse struct {
	Kind       string            `json:"kind"`
	APIVersion string            `json:"apiVersion"`
	Metadata   listMeta          `json:"metadata"`
	Items      []json.RawMessage `json:"items"`
}

// listBody builds a <Kind>List response.
func listBody(res *Resource, items []json.RawMessage, rv, cont string, remaining *int64) listResponse {
	if items == nil {
		items = []json.RawMessage{}
	}
	return listResponse{Kind: res.Kind + "List", APIVersion: res.apiVersion(),
		Metadata: listMeta{ResourceVersion: rv, Continue: cont, RemainingItemCount: remaining}, Items: items}
}

// handleGet serves GET of one object or its status.
func (s *Server) handleGet(w http.ResponseWriter, r *http.Request, info *requestInfo) error {
	switch info.sub {
	case "log":
		return s.serveLog(w, r, info)
	case "exec", "attach", "portforward", "proxy":
		return apierrors.NewBadRequest("Upgrade request required")
	}
	obj, err := s.getObject(info.res, info.namespace, info.name)
	if err != nil {
		return err
	}
	if info.sub == "scale" {
		scale, err := scaleOf(info.res, obj.m)
		if err != nil {
			return err
		}
		s.writeValue(w, r, http.StatusOK, scale)
		return nil
	}
	if v, ok := wantsMetadata(r); ok {
		s.writeValue(w, r, http.StatusOK, partialObject(obj.m, v))
		return nil
	}
	if v, ok := wantsTable(r); ok {
		s.writeRaw(w, r, http.StatusOK, s.buildTable(r, info.res, v, [][]byte{obj.raw}, listMeta{ResourceVersion: metaString(obj.m, "resourceVersion")}))
		return nil
	}
	s.writeRaw(w, r, http.StatusOK, obj.raw)
	return nil
}
