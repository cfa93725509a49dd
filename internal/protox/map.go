package protox

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// mapStringString is the map type with a reflection-free fast path
// (labels, annotations, selectors).
var mapStringString = reflect.TypeFor[map[string]string]()

// mapField compiles a map field: one entry message {key = 1, value = 2}
// per key, in ascending key order; the key and value follow the field
// rules of their types.
func (b *builder) mapField(num int, name string, t reflect.Type) (fieldCodec, error) {
	if t.Key().Kind() != reflect.String {
		return fieldCodec{}, fmt.Errorf("%v: map key is not a string: %w", t, errUnsupported)
	}
	if t == mapStringString {
		return stringMapField(num, name), nil
	}
	kf, err := b.field(1, "key", t.Key())
	if err != nil {
		return fieldCodec{}, err
	}
	vf, err := b.mapValue(t.Elem())
	if err != nil {
		return fieldCodec{}, err
	}
	m := &mapCodec{t: t, num: num, key: encodeKey(num, wireBytes), kf: kf, vf: vf, id: nextMapID}
	nextMapID++
	return fieldCodec{num: num, name: name, size: m.size, put: m.put, dec: m.dec}, nil
}

// mapValue compiles the value field of a map entry: as a struct field,
// except that a named slice (ExtraValue) is written even when nil.
func (b *builder) mapValue(t reflect.Type) (fieldCodec, error) {
	if t.Kind() != reflect.Slice || t.Name() == "" || t.Elem().Kind() == reflect.Uint8 {
		return b.field(2, "value", t)
	}
	c, err := b.value(t)
	if err != nil {
		return fieldCodec{}, err
	}
	return single(2, "value", c), nil
}

// mapCodec encodes and decodes maps of one type through reflection.
type mapCodec struct {
	t      reflect.Type
	num    int
	key    string
	kf, vf fieldCodec
	// id indexes the decoder's scratch values for this map type.
	id int
	// pool holds *encScratch.
	pool sync.Pool
}

// nextMapID numbers map codecs; guarded by buildMu.
var nextMapID int

// mapScratch is a decoder's key and value for decoding the entries of one
// map type.
type mapScratch struct {
	kv, vv reflect.Value
	kp, vp unsafe.Pointer
	busy   bool
}

// scratch returns the decoder's scratch values for m, fresh ones when an
// enclosing map of the same type is using them.
func (d *decoder) scratch(m *mapCodec) *mapScratch {
	if m.id >= len(d.maps) {
		d.maps = append(d.maps, make([]*mapScratch, m.id+1-len(d.maps))...)
	}
	if s := d.maps[m.id]; s != nil && !s.busy {
		return s
	}
	s := &mapScratch{kv: reflect.New(m.t.Key()).Elem(), vv: reflect.New(m.t.Elem()).Elem()}
	s.kp, s.vp = s.kv.Addr().UnsafePointer(), s.vv.Addr().UnsafePointer()
	if d.maps[m.id] == nil {
		d.maps[m.id] = s
	}
	return s
}

// encScratch holds what encoding one map of a type needs: its keys, a
// copy of its values and the order to write them in.
type encScratch struct {
	kv, vv reflect.Value // one key and one value
	keys   []string
	vals   reflect.Value // []V
	order  []int
}

// scratch returns reusable encoding scratch for m's map type.
func (m *mapCodec) scratch() *encScratch {
	if s, ok := m.pool.Get().(*encScratch); ok {
		return s
	}
	return &encScratch{kv: reflect.New(m.t.Key()).Elem(), vv: reflect.New(m.t.Elem()).Elem()}
}

// size returns the encoded size of all entries of the map at p.
func (m *mapCodec) size(p unsafe.Pointer) int {
	mv := reflect.NewAt(m.t, p).Elem()
	if mv.Len() == 0 {
		return 0
	}
	s := m.scratch()
	kp, vp := s.kv.Addr().UnsafePointer(), s.vv.Addr().UnsafePointer()
	total := 0
	for it := mv.MapRange(); it.Next(); {
		s.kv.SetIterKey(it)
		s.vv.SetIterValue(it)
		n := m.kf.size(kp) + m.vf.size(vp)
		total += len(m.key) + varintSize(uint64(n)) + n
	}
	s.kv.SetZero()
	s.vv.SetZero()
	m.pool.Put(s)
	return total
}

// put writes the entries of the map at p in ascending key order.
func (m *mapCodec) put(b []byte, i int, p unsafe.Pointer) int {
	mv := reflect.NewAt(m.t, p).Elem()
	n := mv.Len()
	if n == 0 {
		return i
	}
	s := m.scratch()
	if !s.vals.IsValid() || s.vals.Len() < n {
		s.vals = reflect.MakeSlice(reflect.SliceOf(m.t.Elem()), n, n)
	}
	s.keys, s.order = s.keys[:0], s.order[:0]
	for it := mv.MapRange(); it.Next(); {
		s.kv.SetIterKey(it)
		s.vals.Index(len(s.keys)).SetIterValue(it)
		s.order = append(s.order, len(s.keys))
		s.keys = append(s.keys, s.kv.String())
	}
	slices.SortFunc(s.order, func(a, b int) int { return strings.Compare(s.keys[a], s.keys[b]) })
	kp := s.kv.Addr().UnsafePointer()
	for k := len(s.order) - 1; k >= 0; k-- {
		at := s.order[k]
		s.kv.SetString(s.keys[at])
		j := m.vf.put(b, i, s.vals.Index(at).Addr().UnsafePointer())
		j = m.kf.put(b, j, kp)
		i = putKey(b, putVarint(b, j, uint64(i-j)), m.key)
	}
	for k := range n {
		s.vals.Index(k).SetZero()
	}
	clear(s.keys)
	s.kv.SetZero()
	m.pool.Put(s)
	return i
}

// dec decodes one entry into the map at p, making the map (sized for all
// its entries in the message) on the first one.
func (m *mapCodec) dec(d *decoder, p unsafe.Pointer, wt, end int) error {
	mv := reflect.NewAt(m.t, p).Elem()
	if mv.IsNil() {
		mv.Set(reflect.MakeMapWithSize(m.t, d.countField(uint64(m.num), wt, end)))
	}
	stop, err := d.entryBounds(wt, end)
	if err != nil {
		return err
	}
	s := d.scratch(m)
	s.busy = true
	defer func() { s.kv.SetZero(); s.vv.SetZero(); s.busy = false }()
	kp, vp := s.kp, s.vp
	for d.pos < stop {
		key, pos, err := readVarint(d.data, d.pos, stop)
		if err != nil {
			return d.errAt(err)
		}
		d.pos = pos
		switch key >> 3 {
		case 1:
			err = m.kf.dec(d, kp, int(key&7), stop)
		case 2:
			err = m.vf.dec(d, vp, int(key&7), stop)
		default:
			d.pos, err = skipValue(d.data, pos, stop, int(key&7))
		}
		if err != nil {
			return err
		}
	}
	mv.SetMapIndex(s.kv, s.vv)
	return nil
}

// entryBounds reads the length of the map entry at the position and
// returns where it ends.
func (d *decoder) entryBounds(wt, end int) (int, error) {
	if wt != wireBytes {
		return 0, d.errAt(fmt.Errorf("map entry with wire type %d", wt))
	}
	n, pos, err := readVarint(d.data, d.pos, end)
	if err != nil {
		return 0, d.errAt(err)
	}
	if n > uint64(end-pos) {
		return 0, d.errAt(fmt.Errorf("map entry length %d: %w", n, errTruncated))
	}
	d.pos = pos
	return pos + int(n), nil
}

// stringMapField compiles a map[string]string field without reflection.
func stringMapField(num int, name string) fieldCodec {
	key := encodeKey(num, wireBytes)
	entrySize := func(k, v string) int {
		return 2 + varintSize(uint64(len(k))) + len(k) + varintSize(uint64(len(v))) + len(v)
	}
	f := fieldCodec{num: num, name: name}
	f.size = func(p unsafe.Pointer) int {
		total := 0
		for k, v := range *(*map[string]string)(p) {
			n := entrySize(k, v)
			total += len(key) + varintSize(uint64(n)) + n
		}
		return total
	}
	f.put = func(b []byte, i int, p unsafe.Pointer) int {
		m := *(*map[string]string)(p)
		if len(m) == 0 {
			return i
		}
		var buf [16]string
		keys := buf[:0]
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for k := len(keys) - 1; k >= 0; k-- {
			j := putBytes(b, i, m[keys[k]])
			j = putKey(b, j, "\x12")
			j = putKey(b, putBytes(b, j, keys[k]), "\x0a")
			i = putKey(b, putVarint(b, j, uint64(i-j)), key)
		}
		return i
	}
	f.dec = func(d *decoder, p unsafe.Pointer, wt, end int) error {
		m := *(*map[string]string)(p)
		if m == nil {
			m = make(map[string]string, d.countField(uint64(num), wt, end))
			*(*map[string]string)(p) = m
		}
		stop, err := d.entryBounds(wt, end)
		if err != nil {
			return err
		}
		k, v, err := d.stringEntry(stop)
		if err != nil {
			return err
		}
		m[k] = v
		return nil
	}
	return f
}

// stringEntry decodes a map entry with string key and value ending at stop.
func (d *decoder) stringEntry(stop int) (k, v string, err error) {
	for d.pos < stop {
		key, pos, err := readVarint(d.data, d.pos, stop)
		if err != nil {
			return "", "", d.errAt(err)
		}
		d.pos = pos
		wt := int(key & 7)
		if (key>>3 != 1 && key>>3 != 2) || wt != wireBytes {
			if key>>3 == 1 || key>>3 == 2 {
				return "", "", d.errAt(fmt.Errorf("map entry field %d with wire type %d", key>>3, wt))
			}
			if d.pos, err = skipValue(d.data, pos, stop, wt); err != nil {
				return "", "", d.errAt(err)
			}
			continue
		}
		n, pos, err := readVarint(d.data, d.pos, stop)
		if err != nil {
			return "", "", d.errAt(err)
		}
		if n > uint64(stop-pos) {
			return "", "", d.errAt(fmt.Errorf("length %d: %w", n, errTruncated))
		}
		s := d.str(pos, pos+int(n))
		d.pos = pos + int(n)
		if key>>3 == 1 {
			k = s
		} else {
			v = s
		}
	}
	return k, v, nil
}
