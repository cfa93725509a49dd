package roundtrip

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
)

// Decode decodes one JSON document into interface{} values with integers
// as int64 (or *big.Int beyond int64) and other numbers as float64.
func Decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("roundtrip: decode JSON: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("roundtrip: decode JSON: data after the first value at offset %d", dec.InputOffset())
	}
	return normalize(v)
}

// normalize replaces json.Number values by int64, *big.Int or float64.
func normalize(v any) (any, error) {
	switch v := v.(type) {
	case json.Number:
		return number(v)
	case map[string]any:
		for k, e := range v {
			n, err := normalize(e)
			if err != nil {
				return nil, err
			}
			v[k] = n
		}
	case []any:
		for i, e := range v {
			n, err := normalize(e)
			if err != nil {
				return nil, err
			}
			v[i] = n
		}
	}
	return v, nil
}

func number(n json.Number) (any, error) {
	if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
		return i, nil
	}
	if b, ok := new(big.Int).SetString(string(n), 10); ok {
		return b, nil
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil {
		return nil, fmt.Errorf("roundtrip: number %s: %w", n, err)
	}
	return f, nil
}

// Diff decodes want and got and returns the paths where they differ, at
// most limit of them (all when limit <= 0), each as
// "path: want X, got Y". An empty result means semantically equal.
func Diff(want, got []byte, limit int) ([]string, error) {
	w, err := Decode(want)
	if err != nil {
		return nil, fmt.Errorf("want: %w", err)
	}
	g, err := Decode(got)
	if err != nil {
		return nil, fmt.Errorf("got: %w", err)
	}
	d := differ{limit: limit}
	d.diff("$", w, g)
	return d.out, nil
}

// DiffValues compares two decoded values like Diff.
func DiffValues(want, got any, limit int) []string {
	d := differ{limit: limit}
	d.diff("$", want, got)
	return d.out
}

type differ struct {
	limit int
	out   []string
}

func (d *differ) full() bool { return d.limit > 0 && len(d.out) >= d.limit }

func (d *differ) add(path string, want, got any) {
	if !d.full() {
		d.out = append(d.out, fmt.Sprintf("%s: want %s, got %s", path, show(want), show(got)))
	}
}

func (d *differ) diff(path string, want, got any) {
	if d.full() {
		return
	}
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			d.add(path, want, got)
			return
		}
		d.diffMaps(path, w, g)
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			d.add(path, want, got)
			return
		}
		for i := range w {
			d.diff(path+"["+strconv.Itoa(i)+"]", w[i], g[i])
		}
	case *big.Int:
		if g, ok := got.(*big.Int); !ok || g.Cmp(w) != 0 {
			d.add(path, want, got)
		}
	default:
		if want != got {
			d.add(path, want, got)
		}
	}
}

func (d *differ) diffMaps(path string, want, got map[string]any) {
	keys := make([]string, 0, len(want)+len(got))
	for k := range want {
		keys = append(keys, k)
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		w, inWant := want[k]
		g, inGot := got[k]
		switch {
		case !inWant:
			d.add(path+"."+k, "(absent)", g)
		case !inGot:
			d.add(path+"."+k, w, "(absent)")
		default:
			d.diff(path+"."+k, w, g)
		}
	}
}

// show renders a value for a diff line, shortened.
func show(v any) string {
	var s string
	switch v := v.(type) {
	case string:
		if v == "(absent)" {
			return v
		}
		s = strconv.Quote(v)
	default:
		b, err := json.Marshal(v)
		if err != nil {
			s = fmt.Sprint(v)
		} else {
			s = fmt.Sprintf("%s (%T)", b, v)
		}
	}
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return s
}
