package document

import "strings"

// Error is the only error type this package returns, so that the command line
// can print one line naming the file, the place in it and what to fix.
type Error struct {
	// File is the name given to Decode (a path, or "-" for standard input).
	File string
	// Pointer is the RFC 6901 JSON pointer of the offending value; "" is the
	// whole document.
	Pointer string
	// Message says what is wrong, in plain English.
	Message string
}

// Error formats the error as "<file>: <json-pointer>: <message>", showing the
// whole-document pointer "" as "/".
func (e *Error) Error() string {
	p := e.Pointer
	if p == "" {
		p = "/"
	}
	return e.File + ": " + p + ": " + e.Message
}

func newError(file, pointer, message string) *Error {
	return &Error{File: file, Pointer: pointer, Message: message}
}

// escapeToken escapes one JSON-pointer reference token (RFC 6901).
func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// unescapeToken undoes escapeToken.
func unescapeToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// join appends reference tokens to a JSON pointer.
func join(pointer string, tokens ...string) string {
	var b strings.Builder
	b.WriteString(pointer)
	for _, t := range tokens {
		b.WriteByte('/')
		b.WriteString(escapeToken(t))
	}
	return b.String()
}
