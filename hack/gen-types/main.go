package main

import (
	"flag"
	"fmt"
	"os"
)

//go:generate go run . -data data/input.json -out ../../api -install ../../internal/apiinstall

// defaultData is the committed input file, relative to this directory.
const defaultData = "data/input.json"

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen-types:", err)
		os.Exit(1)
	}
}

// run parses flags and either refreshes the data file or generates.
func run(args []string) error {
	fs := flag.NewFlagSet("gen-types", flag.ContinueOnError)
	data := fs.String("data", defaultData, "input data file (.json or .json.gz)")
	out := fs.String("out", "", "directory to write api/<group>/<version> packages into")
	doRefresh := fs.Bool("refresh", false, "rebuild the data file from -shared instead of generating")
	shared := fs.String("shared", "../../../shared", "reference material directory (for -refresh)")
	module := fs.String("module", "github.com/skiff-k8s/skiff", "Go module path of the output")
	install := fs.String("install", "", "directory to write the apiinstall package (every group/version's AddToScheme) into; none when empty")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *doRefresh {
		in, err := refresh(*shared)
		if err != nil {
			return err
		}
		return writeInput(*data, in)
	}
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	in, err := readInput(*data)
	if err != nil {
		return err
	}
	if err := generate(in, *module, *out); err != nil {
		return err
	}
	if *install == "" {
		return nil
	}
	return generateInstall(in, *module, *install)
}
