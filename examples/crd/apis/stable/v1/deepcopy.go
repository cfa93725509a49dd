package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime"

// DeepCopyInto copies in into out.
func (in *CronTab) DeepCopyInto(out *CronTab) {
	*out = *in
	out.TypeMeta = in.TypeMeta
	in.ObjectMeta.DeepCopyInto(&out.ObjectMeta)
	in.Spec.DeepCopyInto(&out.Spec)
	in.Status.DeepCopyInto(&out.Status)
}

// DeepCopy returns a deep copy of in; nil for nil.
func (in *CronTab) DeepCopy() *CronTab {
	if in == nil {
		return nil
	}
	out := new(CronTab)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *CronTab) DeepCopyObject() runtime.Object {
	if c := in.DeepCopy(); c != nil {
		return c
	}
	return nil
}

// DeepCopyInto copies in into out.
func (in *CronTabSpec) DeepCopyInto(out *CronTabSpec) {
	*out = *in
	if in.Replicas != nil {
		out.Replicas = new(int32)
		*out.Replicas = *in.Replicas
	}
}

// DeepCopyInto copies in into out.
func (in *CronTabStatus) DeepCopyInto(out *CronTabStatus) {
	*out = *in
	if in.LastScheduleTime != nil {
		out.LastScheduleTime = in.LastScheduleTime.DeepCopy()
	}
}

// DeepCopyInto copies in into out.
func (in *CronTabList) DeepCopyInto(out *CronTabList) {
	*out = *in
	out.TypeMeta = in.TypeMeta
	in.ListMeta.DeepCopyInto(&out.ListMeta)
	if in.Items != nil {
		out.Items = make([]CronTab, len(in.Items))
		for i := range in.Items {
			in.Items[i].DeepCopyInto(&out.Items[i])
		}
	}
}

// DeepCopy returns a deep copy of in; nil for nil.
func (in *CronTabList) DeepCopy() *CronTabList {
	if in == nil {
		return nil
	}
	out := new(CronTabList)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *CronTabList) DeepCopyObject() runtime.Object {
	if c := in.DeepCopy(); c != nil {
		return c
	}
	return nil
}
