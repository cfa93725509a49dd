package main

import (
	"flag"
	"fmt"
	"os"
)

//go:generate go run . -input ../../api -output ../../kubernetes -markers builtin-markers.txt -client-scheme github.com/skiff-k8s/skiff/internal/clientscheme -prefers-protobuf -fakes -listers ../../listers -informers ../../informers
//go:generate go run . -input ../../examples/crd/apis -output ../../examples/crd/client -listers ../../examples/crd/listers -informers ../../examples/crd/informers

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen-client:", err)
		os.Exit(1)
	}
}

// run parses the flags, reads the input packages and writes the clients.
func run(args []string) error {
	fs := flag.NewFlagSet("gen-client", flag.ContinueOnError)
	input := fs.String("input", "", "directory of <group>/<version> API type packages")
	output := fs.String("output", "", "directory to write the clientset, scheme and typed packages into")
	apply := fs.String("applyconfigurations", "", "import path of the apply configuration packages; empty: no Apply methods")
	clientScheme := fs.String("client-scheme", "", "import path of the growing client scheme package the typed clients use instead of <output>/scheme (skiff's internal/clientscheme); empty: the scheme package")
	prefersProtobuf := fs.Bool("prefers-protobuf", false, "make the resource clients prefer protobuf (gentype.PrefersProtobuf): for kinds the API server serves in protobuf, such as the built-in ones")
	fakes := fs.Bool("fakes", false, "also write typed/<group>/<version>/fake: the group clients of a fake clientset")
	markers := fs.String("markers", "", "optional file of extra markers: lines of '<group>/<version>.<Type> <marker>...'")
	listersDir := fs.String("listers", "", "optional directory to write the <group>/<version> lister packages into")
	informersDir := fs.String("informers", "", "optional directory to write the informer factory and packages into; needs -listers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *input == "" || *output == "" {
		return fmt.Errorf("-input and -output are required")
	}
	if *informersDir != "" && *listersDir == "" {
		return fmt.Errorf("-informers needs -listers: informers return listers")
	}
	inPath, err := importPath(*input)
	if err != nil {
		return err
	}
	outPath, err := importPath(*output)
	if err != nil {
		return err
	}
	extra, err := readMarkers(*markers)
	if err != nil {
		return err
	}
	groups, err := loadGroups(*input, inPath, extra)
	if err != nil {
		return err
	}
	files, err := render(clientGroups(groups), options{OutPath: outPath, OutDir: *output, InPath: inPath, ApplyPath: *apply, Fakes: *fakes, ClientScheme: *clientScheme, PrefersProtobuf: *prefersProtobuf})
	if err != nil {
		return err
	}
	if err := writeFiles(*output, files); err != nil {
		return err
	}
	if err := writeListers(groups, *listersDir); err != nil {
		return err
	}
	return writeInformers(clientGroups(groups), outPath, *listersDir, *informersDir)
}

// clientGroups returns groups without their +genclient:noClient kinds,
// dropping the groups left without kinds.
func clientGroups(groups []*Group) []*Group {
	var out []*Group
	for _, g := range groups {
		c := *g
		c.Kinds = nil
		for _, k := range g.Kinds {
			if !k.NoClient {
				c.Kinds = append(c.Kinds, k)
			}
		}
		if len(c.Kinds) > 0 {
			out = append(out, &c)
		}
	}
	return out
}

// writeInformers writes the informer packages of groups below dir, over
// the clientset at clientsetPath and the listers in listersDir; an empty
// dir writes none.
func writeInformers(groups []*Group, clientsetPath, listersDir, dir string) error {
	if dir == "" {
		return nil
	}
	paths := informerPaths{Clientset: clientsetPath}
	var err error
	if paths.Listers, err = importPath(listersDir); err != nil {
		return err
	}
	if paths.Informers, err = importPath(dir); err != nil {
		return err
	}
	files, err := renderInformers(groups, paths)
	if err != nil {
		return err
	}
	return writeFiles(dir, files)
}

// writeListers writes the lister packages of groups below dir; an empty
// dir writes none.
func writeListers(groups []*Group, dir string) error {
	if dir == "" {
		return nil
	}
	files, err := renderListers(groups, dir)
	if err != nil {
		return err
	}
	return writeFiles(dir, files)
}
