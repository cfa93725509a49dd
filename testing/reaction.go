package testing

import (
	"fmt"

	apierrors "github.com/skiff-k8s/skiff/apimachinery/api/errors"
	"github.com/skiff-k8s/skiff/apimachinery/runtime"
)

// ObjectReaction returns a reaction that answers get, list, create,
// update, patch, delete and delete-collection actions from tracker.
// Patches and delete-collections are done by the server, so they need a
// tracker of this package; with another tracker they answer 405
// MethodNotSupported.
func ObjectReaction(tracker ObjectTracker) ReactionFunc {
	return func(action Action) (bool, runtime.Object, error) {
		gvr, ns := action.GetResource(), action.GetNamespace()
		switch a := action.(type) {
		case GetActionImpl:
			obj, err := tracker.Get(gvr, ns, a.Name, a.GetOptions)
			return true, obj, err
		case ListActionImpl:
			obj, err := tracker.List(gvr, a.Kind, ns, a.ListOptions)
			return true, obj, err
		case CreateActionImpl:
			return reactCreate(tracker, a)
		case UpdateActionImpl:
			return reactUpdate(tracker, a)
		case DeleteActionImpl:
			return true, nil, tracker.Delete(gvr, ns, a.Name, a.DeleteOptions)
		case DeleteCollectionActionImpl:
			st, ok := tracker.(*serverTracker)
			if !ok {
				return true, nil, apierrors.NewMethodNotSupported(gvr.GroupResource(), "deletecollection")
			}
			return true, nil, st.deleteCollection(a)
		case PatchActionImpl:
			st, ok := tracker.(*serverTracker)
			if !ok {
				return true, nil, apierrors.NewMethodNotSupported(gvr.GroupResource(), "patch")
			}
			obj, err := st.patch(a)
			return true, obj, err
		default:
			return false, nil, fmt.Errorf("testing: no reaction to %T (%s %s)", action, action.GetVerb(), gvr)
		}
	}
}

// reactCreate creates the object of a and returns the stored one.
func reactCreate(tracker ObjectTracker, a CreateActionImpl) (bool, runtime.Object, error) {
	if st, ok := tracker.(*serverTracker); ok && a.Subresource == "" {
		obj, err := st.create(a.Resource, a.Object, a.Namespace, a.CreateOptions)
		return true, obj, err
	}
	if err := tracker.Create(a.Resource, a.Object, a.Namespace, a.CreateOptions); err != nil {
		return true, nil, err
	}
	return true, a.Object, nil
}

// reactUpdate updates the object of a and returns the stored one.
func reactUpdate(tracker ObjectTracker, a UpdateActionImpl) (bool, runtime.Object, error) {
	if st, ok := tracker.(*serverTracker); ok {
		var sub []string
		if a.Subresource != "" {
			sub = []string{a.Subresource}
		}
		obj, err := st.update(a.Resource, a.Object, a.Namespace, a.UpdateOptions, sub...)
		return true, obj, err
	}
	if err := tracker.Update(a.Resource, a.Object, a.Namespace, a.UpdateOptions); err != nil {
		return true, nil, err
	}
	return true, a.Object, nil
}
