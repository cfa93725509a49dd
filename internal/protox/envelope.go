package protox

import (
	"bytes"
	"errors"
	"fmt"
)

// EnvelopeMagic starts every protobuf body of the Kubernetes API.
const EnvelopeMagic = "k8s\x00"

// The envelope after the magic is a runtime.Unknown message:
// {TypeMeta typeMeta = 1 {apiVersion = 1; kind = 2}; bytes raw = 2;
// string contentEncoding = 3; string contentType = 4}.

// envelopeHeaderSize returns the size of the envelope up to the raw
// bytes, and the size of its typeMeta message.
func envelopeHeaderSize(apiVersion, kind string, rawLen int) (header, typeMeta int) {
	typeMeta = 2 + varintSize(uint64(len(apiVersion))) + len(apiVersion) + varintSize(uint64(len(kind))) + len(kind)
	header = len(EnvelopeMagic) + 1 + varintSize(uint64(typeMeta)) + typeMeta + 1 + varintSize(uint64(rawLen))
	return header, typeMeta
}

// appendEnvelopeHeader appends the magic, the typeMeta and the key and
// length of raw.
func appendEnvelopeHeader(dst []byte, apiVersion, kind string, typeMeta, rawLen int) []byte {
	dst = append(dst, EnvelopeMagic...)
	dst = append(dst, 0x0a)
	dst = appendVarint(dst, uint64(typeMeta))
	dst = append(dst, 0x0a)
	dst = appendVarint(dst, uint64(len(apiVersion)))
	dst = append(dst, apiVersion...)
	dst = append(dst, 0x12)
	dst = appendVarint(dst, uint64(len(kind)))
	dst = append(dst, kind...)
	dst = append(dst, 0x12)
	return appendVarint(dst, uint64(rawLen))
}

// envelopeTrailer is the empty contentEncoding and contentType.
const envelopeTrailer = "\x1a\x00\x22\x00"

// AppendEnvelope appends the Kubernetes protobuf envelope of raw (an
// encoded object of the given apiVersion and kind) to dst, as the
// reference's protobuf serializer writes it. A nil raw is left out.
func AppendEnvelope(dst []byte, apiVersion, kind string, raw []byte) []byte {
	header, typeMeta := envelopeHeaderSize(apiVersion, kind, len(raw))
	dst = growBytes(dst, header+len(raw)+len(envelopeTrailer))
	if raw == nil {
		dst = appendEnvelopeHeader(dst, apiVersion, kind, typeMeta, 0)
		dst = dst[:len(dst)-2] // no raw field at all
	} else {
		dst = appendEnvelopeHeader(dst, apiVersion, kind, typeMeta, len(raw))
		dst = append(dst, raw...)
	}
	return append(dst, envelopeTrailer...)
}

// MarshalEnvelope appends the envelope of v, encoded in place, to dst: the
// same bytes as AppendEnvelope(dst, apiVersion, kind, Marshal(v)) with one
// allocation at most.
func MarshalEnvelope(dst []byte, apiVersion, kind string, v any) ([]byte, error) {
	c, p, err := target(v)
	if err != nil {
		return dst, fmt.Errorf("protox: encoding %T: %w", v, err)
	}
	n := c.size(p)
	header, typeMeta := envelopeHeaderSize(apiVersion, kind, n)
	start := len(dst)
	out := growBytes(dst, header+n+len(envelopeTrailer))
	out = appendEnvelopeHeader(out, apiVersion, kind, typeMeta, n)
	out, err = appendMessage(out, c, p)
	if err != nil {
		return dst[:start], err
	}
	return append(out, envelopeTrailer...), nil
}

// growBytes makes room for n more bytes in b.
func growBytes(b []byte, n int) []byte {
	if cap(b)-len(b) >= n {
		return b
	}
	grown := make([]byte, len(b), len(b)+n)
	copy(grown, b)
	return grown
}

// errNoMagic reports a body that does not start with EnvelopeMagic.
var errNoMagic = errors.New("protox: not a Kubernetes protobuf envelope (missing \"k8s\\x00\" prefix)")

// DecodeEnvelope splits a Kubernetes protobuf body into the apiVersion and
// kind of its object and the object's encoding. raw is a sub-slice of data.
// A non-empty contentEncoding (the reference never writes one) is an error.
func DecodeEnvelope(data []byte) (apiVersion, kind string, raw []byte, err error) {
	if !bytes.HasPrefix(data, []byte(EnvelopeMagic)) {
		return "", "", nil, errNoMagic
	}
	d := &decoder{data: data, pos: len(EnvelopeMagic)}
	for d.pos < len(data) {
		key, pos, err := readVarint(data, d.pos, len(data))
		if err != nil {
			return "", "", nil, envelopeErr(d.errAt(err))
		}
		d.pos = pos
		if key&7 != wireBytes {
			if d.pos, err = skipValue(data, pos, len(data), int(key&7)); err != nil {
				return "", "", nil, envelopeErr(d.errAt(err))
			}
			continue
		}
		n, pos, err := readVarint(data, pos, len(data))
		if err != nil || n > uint64(len(data)-pos) {
			return "", "", nil, envelopeErr(d.errAt(errTruncated))
		}
		value := data[pos : pos+int(n) : pos+int(n)]
		d.pos = pos + int(n)
		switch key >> 3 {
		case 1:
			if apiVersion, kind, err = decodeTypeMeta(value); err != nil {
				return "", "", nil, envelopeErr(err)
			}
		case 2:
			raw = value
		case 3:
			if n > 0 {
				return "", "", nil, fmt.Errorf("protox: envelope content encoding %q is not supported", value)
			}
		}
	}
	return apiVersion, kind, raw, nil
}

// envelopeErr prefixes an envelope decoding error.
func envelopeErr(err error) error {
	return fmt.Errorf("protox: decoding envelope: %w", err)
}

// decodeTypeMeta decodes {apiVersion = 1; kind = 2}.
func decodeTypeMeta(data []byte) (apiVersion, kind string, err error) {
	for pos := 0; pos < len(data); {
		key, next, err := readVarint(data, pos, len(data))
		if err != nil {
			return "", "", fmt.Errorf("typeMeta at offset %d: %w", pos, err)
		}
		if key&7 != wireBytes {
			if pos, err = skipValue(data, next, len(data), int(key&7)); err != nil {
				return "", "", fmt.Errorf("typeMeta at offset %d: %w", next, err)
			}
			continue
		}
		n, at, err := readVarint(data, next, len(data))
		if err != nil || n > uint64(len(data)-at) {
			return "", "", fmt.Errorf("typeMeta at offset %d: %w", next, errTruncated)
		}
		switch key >> 3 {
		case 1:
			apiVersion = string(data[at : at+int(n)])
		case 2:
			kind = string(data[at : at+int(n)])
		}
		pos = at + int(n)
	}
	return apiVersion, kind, nil
}
