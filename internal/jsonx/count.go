package jsonx

import "bytes"

// countAhead counts the elements of the array at the position by looking
// at most limit bytes ahead, without checking syntax (the decoding pass
// does that). ok is false when the array does not end within the limit.
func (d *decoder) countAhead(limit int) (n int, ok bool) {
	data := d.data
	end := min(len(data), d.pos+limit)
	depth, seen := 0, false
	for i := d.pos + 1; i < end; i++ {
		switch c := data[i]; c {
		case '"':
			j, closed := stringEnd(data[:end], i+1)
			if !closed {
				return 0, false
			}
			i, seen = j, true
		case '[', '{':
			depth++
			seen = true
		case ']', '}':
			if depth == 0 {
				if seen {
					n++
				}
				return n, true
			}
			depth--
		case ',':
			if depth == 0 {
				n++
			}
		case ' ', '\t', '\r', '\n':
		default:
			seen = true
		}
	}
	return 0, false
}

// stringEnd returns the index of the quote closing the string whose
// contents start at i.
func stringEnd(data []byte, i int) (int, bool) {
	for {
		k := bytes.IndexByte(data[i:], '"')
		if k < 0 {
			return 0, false
		}
		j := i + k
		back := 0
		for b := j - 1; b >= i && data[b] == '\\'; b-- {
			back++
		}
		if back%2 == 0 {
			return j, true
		}
		i = j + 1
	}
}
