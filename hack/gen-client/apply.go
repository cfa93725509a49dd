package main

import (
	"fmt"
	"strings"
)

// setEngine chooses the gentype engine of k: with List and
// DeleteCollection when k lists, with Apply (and ApplyStatus) when apply
// configurations are configured and k patches.
func (d *kindData) setEngine(k *Kind, opts options) error {
	obj := "*" + d.Types + "." + k.Name
	list := obj + "List"
	d.List = k.Verbs["list"] || k.Verbs["deletecollection"]
	apply := opts.ApplyPath != "" && k.Verbs["patch"]
	var config string
	if apply {
		ref, err := d.applyRef("", k.Name, opts)
		if err != nil {
			return err
		}
		config = "*" + ref
		param := lowerFirst(k.Name)
		d.Signatures = append(d.Signatures, fmt.Sprintf("Apply(ctx context.Context, %s %s, opts metav1.ApplyOptions) (result %s, err error)", param, config, obj))
		if k.Verbs["update"] && k.Status {
			d.Signatures = append(d.Signatures, fmt.Sprintf("ApplyStatus(ctx context.Context, %s %s, opts metav1.ApplyOptions) (result %s, err error)", param, config, obj))
		}
	}
	switch {
	case d.List && apply:
		d.Engine = fmt.Sprintf("ClientWithListAndApply[%s, %s, %s]", obj, list, config)
		d.EngineCtor = "New" + d.Engine
	case d.List:
		d.Engine = fmt.Sprintf("ClientWithList[%s, %s]", obj, list)
		d.EngineCtor = "NewClientWithList"
	case apply:
		d.Engine = fmt.Sprintf("ClientWithApply[%s, %s]", obj, config)
		d.EngineCtor = "New" + d.Engine
	default:
		d.Engine = fmt.Sprintf("Client[%s]", obj)
		d.EngineCtor = "NewClient"
	}
	return nil
}

// applyRef returns the apply configuration type of a marker type ("" for
// the kind itself), recording its import: the type of the same name with
// the ApplyConfiguration suffix, in the package at the same place below
// -applyconfigurations as the type's package below -input (or below the
// skiff api tree for built-in types).
func (d *kindData) applyRef(full, kind string, opts options) (string, error) {
	pkg, name := splitType(full)
	switch {
	case full == "":
		pkg, name = d.TypesPath, kind
	case pkg == "":
		pkg = d.TypesPath
	}
	var acPkg string
	if rel, ok := strings.CutPrefix(pkg, opts.InPath+"/"); ok {
		acPkg = opts.ApplyPath + "/" + rel
	} else if rel, ok := strings.CutPrefix(pkg, modulePath+"/api/"); ok {
		acPkg = modulePath + "/applyconfigurations/" + rel
	} else {
		return "", fmt.Errorf("no apply configuration package for %s", pkg)
	}
	a := "ac" + alias(acPkg)
	d.extra = append(d.extra, imp{a, acPkg})
	return a + "." + name + "ApplyConfiguration", nil
}
