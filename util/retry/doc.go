// Package retry re-runs an operation with exponential backoff while it fails
// with an error the caller considers transient, most often a write that hit
// a 409 Conflict because another client updated the object first.
//
// The usual pattern re-reads the object inside the retried function so each
// attempt applies its change to the latest version:
//
//	err := retry.RetryOnConflict(retry.DefaultRetry, func() error {
//		pod, err := client.Get(ctx, name, metav1.GetOptions{})
//		if err != nil {
//			return err
//		}
//		pod.Labels["touched"] = "yes"
//		_, err = client.Update(ctx, pod, metav1.UpdateOptions{})
//		return err
//	})
package retry
