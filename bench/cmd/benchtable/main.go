// Command benchtable reads `go test -bench` output on stdin and prints a
// table comparing each skiff benchmark with its reference counterparts.
//
// Benchmarks are paired by name: the last path element names the library,
// "skiff" or "reference", optionally with a variant ("skiff-strip",
// "reference-json"); every skiff benchmark is paired with every reference
// one of the same prefix. Columns whose unit no pair reports on both sides
// are left out.
// With -count > 1 each figure is the median of the runs. Ratios are
// skiff / reference: below 1 means skiff uses less time, memory or
// allocations; above 1 in the req/s column means skiff serves more.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// units are the possible columns of the table, in order: the testing
// package's, then the custom metrics the benchmarks report.
var units = []string{"ns/op", "B/op", "allocs/op", "retained-B", "req/s"}

// sample holds every value seen for one benchmark, by unit.
type sample map[string][]float64

// results maps a benchmark name (GOMAXPROCS suffix removed) to its samples,
// and remembers the order names first appeared in.
type results struct {
	order  []string
	byName map[string]sample
}

func main() {
	res, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchtable: %v\n", err)
		os.Exit(1)
	}
	if err := render(os.Stdout, res); err != nil {
		fmt.Fprintf(os.Stderr, "benchtable: %v\n", err)
		os.Exit(1)
	}
}

// parse reads benchmark lines from r; other lines are ignored.
func parse(r io.Reader) (*results, error) {
	res := &results{byName: map[string]sample{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		name, vals, ok := parseLine(sc.Text())
		if !ok {
			continue
		}
		s, seen := res.byName[name]
		if !seen {
			s = sample{}
			res.byName[name] = s
			res.order = append(res.order, name)
		}
		for unit, v := range vals {
			s[unit] = append(s[unit], v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read benchmark output: %w", err)
	}
	return res, nil
}

// parseLine splits "BenchmarkX/y-2  10  123 ns/op  4 B/op" into its name
// without the -GOMAXPROCS suffix and its value per unit.
func parseLine(line string) (string, map[string]float64, bool) {
	f := strings.Fields(line)
	if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") || len(f)%2 != 0 {
		return "", nil, false
	}
	if _, err := strconv.Atoi(f[1]); err != nil {
		return "", nil, false
	}
	vals := map[string]float64{}
	for i := 2; i+1 < len(f); i += 2 {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return "", nil, false
		}
		vals[f[i+1]] = v
	}
	return trimProcs(f[0]), vals, true
}

// trimProcs removes the trailing "-N" GOMAXPROCS suffix from name.
func trimProcs(name string) string {
	i := strings.LastIndexByte(name, '-')
	if i < 0 {
		return name
	}
	if _, err := strconv.Atoi(name[i+1:]); err != nil {
		return name
	}
	return name[:i]
}

// median returns the median of vs, or 0 for none.
func median(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// pair is one row: a skiff benchmark and one reference counterpart.
type pair struct {
	bench, variant string
	skiff, ref     sample
}

// encoding returns the wire encoding a variant names ("json" or
// "protobuf"), or "" when it names none (the library's default).
func encoding(variant string) string {
	for _, e := range []string{"json", "protobuf"} {
		if strings.Contains(variant, e) {
			return e
		}
	}
	return ""
}

// sameEncoding reports whether a skiff and a reference variant belong in
// one row: skiff-json pairs with reference-json only, while a variant that
// names no encoding pairs with every one.
func sameEncoding(skiff, ref string) bool {
	es, er := encoding(skiff), encoding(ref)
	return es == "" || er == "" || es == er
}

// isLib reports whether lib is the library name or one of its variants
// ("skiff", "skiff-strip").
func isLib(lib, name string) bool {
	return lib == name || strings.HasPrefix(lib, name+"-")
}

// pairs matches every "<prefix>/skiff*" with each "<prefix>/reference*"
// of the same wire encoding (see sameEncoding).
// The variant column names the reference side, preceded by the skiff
// variant when there is one ("skiff-strip vs reference-json").
func pairs(res *results) []pair {
	var out []pair
	for _, name := range res.order {
		prefix, lib := splitLast(name)
		if !isLib(lib, "skiff") {
			continue
		}
		for _, other := range res.order {
			p, l := splitLast(other)
			if p != prefix || !isLib(l, "reference") || !sameEncoding(lib, l) {
				continue
			}
			variant := l
			if lib != "skiff" {
				variant = lib + " vs " + l
			}
			out = append(out, pair{
				bench:   strings.TrimPrefix(prefix, "Benchmark"),
				variant: variant,
				skiff:   res.byName[name],
				ref:     res.byName[other],
			})
		}
	}
	return out
}

// splitLast splits name at its last "/" into the benchmark and the library;
// a name without "/" has no library.
func splitLast(name string) (string, string) {
	i := strings.LastIndexByte(name, '/')
	if i < 0 {
		return name, ""
	}
	return name[:i], name[i+1:]
}

// render writes the comparison table of res to w.
func render(w io.Writer, res *results) error {
	rows := pairs(res)
	if len(rows) == 0 {
		return fmt.Errorf("no skiff/reference benchmark pairs in the input")
	}
	cols := columns(rows)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "benchmark\tvs\t"
	for _, u := range cols {
		head += fmt.Sprintf("skiff %s\treference\tratio\t", u)
	}
	fmt.Fprintln(tw, head)
	for _, r := range rows {
		line := r.bench + "\t" + r.variant + "\t"
		for _, u := range cols {
			line += cells(r.skiff[u], r.ref[u])
		}
		fmt.Fprintln(tw, line)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// columns returns the units, in table order, that at least one row has on
// both sides.
func columns(rows []pair) []string {
	var out []string
	for _, u := range units {
		for _, r := range rows {
			if len(r.skiff[u]) > 0 && len(r.ref[u]) > 0 {
				out = append(out, u)
				break
			}
		}
	}
	return out
}

// cells formats the skiff and reference medians of one unit and their ratio;
// a unit missing on either side prints dashes.
func cells(skiff, ref []float64) string {
	if len(skiff) == 0 || len(ref) == 0 {
		return "-\t-\t-\t"
	}
	s, r := median(skiff), median(ref)
	ratio := "-"
	if r != 0 {
		ratio = strconv.FormatFloat(s/r, 'f', 2, 64) + "x"
	}
	return fmt.Sprintf("%s\t%s\t%s\t", num(s), num(r), ratio)
}

// num prints v without a fraction when it is large enough not to need one.
func num(v float64) string {
	if v >= 100 {
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}
