package v1

import "github.com/skiff-k8s/skiff/apimachinery/runtime"

// DeepCopyInto copies in into out.
func (in *ExecCredential) DeepCopyInto(out *ExecCredential) {
	*out = *in
	in.Spec.DeepCopyInto(&out.Spec)
	out.Status = in.Status.DeepCopy()
}

// DeepCopy returns a deep copy of in, or nil for nil.
func (in *ExecCredential) DeepCopy() *ExecCredential {
	if in == nil {
		return nil
	}
	out := new(ExecCredential)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyObject returns a deep copy of in as a runtime.Object.
func (in *ExecCredential) DeepCopyObject() runtime.Object {
	if c := in.DeepCopy(); c != nil {
		return c
	}
	return nil
}

// DeepCopyInto copies in into out.
func (in *ExecCredentialSpec) DeepCopyInto(out *ExecCredentialSpec) {
	*out = *in
	out.Cluster = in.Cluster.DeepCopy()
}

// DeepCopy returns a deep copy of in, or nil for nil.
func (in *ExecCredentialSpec) DeepCopy() *ExecCredentialSpec {
	if in == nil {
		return nil
	}
	out := new(ExecCredentialSpec)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies in into out.
func (in *ExecCredentialStatus) DeepCopyInto(out *ExecCredentialStatus) {
	*out = *in
	out.ExpirationTimestamp = in.ExpirationTimestamp.DeepCopy()
}

// DeepCopy returns a deep copy of in, or nil for nil.
func (in *ExecCredentialStatus) DeepCopy() *ExecCredentialStatus {
	if in == nil {
		return nil
	}
	out := new(ExecCredentialStatus)
	in.DeepCopyInto(out)
	return out
}

// DeepCopyInto copies in into out.
func (in *Cluster) DeepCopyInto(out *Cluster) {
	*out = *in
	if in.CertificateAuthorityData != nil {
		out.CertificateAuthorityData = append([]byte(nil), in.CertificateAuthorityData...)
	}
	in.Config.DeepCopyInto(&out.Config)
}

// DeepCopy returns a deep copy of in, or nil for nil.
func (in *Cluster) DeepCopy() *Cluster {
	if in == nil {
		return nil
	}
	out := new(Cluster)
	in.DeepCopyInto(out)
	return out
}
