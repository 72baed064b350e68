#!/usr/bin/env python3
"""Generates Gannet's C++ Kafka message code from Kafka's JSON message schemas.

Usage: generate.py [--schemas DIR] [--internal-schemas DIR] [--out DIR]

Input: the Kafka 3.9 schema files (JSON with // comments), by default
<repo root>/../shared/kafka-protocol/messages, and the internal topics' record
schemas ("type": "data": __consumer_offsets' GroupMetadataKey/Value and
OffsetCommitKey/Value, __transaction_state's), by default the sibling folder
internal/. Output (committed to the repo):
  <out>/include/gannet/protocol/messages/<api>.h   one header per API (request + response)
  <out>/src/<api>.cc                               one translation unit per API
  <out>/include/gannet/protocol/internal/<rec>.h   one header per internal record schema
  <out>/src/internal/<rec>.cc                      one translation unit per internal schema
  <out>/include/gannet/protocol/api_keys.h         the API table
  <out>/tests/roundtrip_<n>.cc                     generated round-trip tests
  <out>/tests/internal_roundtrip_test.cc           round-trip tests of the internal records
Internal records are the same structs, readers and writers as messages; their
version is not in a header but in the int16 prefix Kafka writes before each
record key and value (the caller reads or writes that prefix).
The output is deterministic; files no longer produced are deleted. The wire format
is described in docs/protocol.md. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

MAX_VERSION = 32767
CPP_KEYWORDS = {
    "alignas", "alignof", "and", "asm", "auto", "bool", "break", "case", "catch", "char", "class", "const",
    "constexpr", "continue", "default", "delete", "do", "double", "else", "enum", "explicit", "export", "extern",
    "false", "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
    "noexcept", "not", "nullptr", "operator", "or", "private", "protected", "public", "register", "return",
    "short", "signed", "sizeof", "static", "struct", "switch", "template", "this", "throw", "true", "try",
    "typedef", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "while", "xor",
    "concept", "requires", "co_await", "co_return", "co_yield", "char8_t", "consteval", "constinit",
}
RESERVED_MEMBERS = {"decode", "encode", "size"}
PRIMITIVES = {"bool", "int8", "int16", "int32", "int64", "uint16", "uint32", "float64", "string", "bytes", "uuid",
              "records"}
INT_TYPES = {
    "int8": ("std::int8_t", 1, "int8"),
    "int16": ("std::int16_t", 2, "int16"),
    "int32": ("std::int32_t", 4, "int32"),
    "int64": ("std::int64_t", 8, "int64"),
    "uint16": ("std::uint16_t", 2, "uint16"),
    "uint32": ("std::uint32_t", 4, "uint32"),
}
ERROR_CODE_TYPE = "::gannet::protocol::error_code"


class SchemaError(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# Versions


class Versions:
    """An inclusive version range; empty when lo > hi."""

    def __init__(self, lo: int, hi: int):
        self.lo = lo
        self.hi = hi

    @staticmethod
    def parse(text) -> "Versions":
        text = str(text).strip()
        if text == "none":
            return Versions(0, -1)
        if text.endswith("+"):
            return Versions(int(text[:-1]), MAX_VERSION)
        if "-" in text:
            a, b = text.split("-")
            return Versions(int(a), int(b))
        return Versions(int(text), int(text))

    def empty(self) -> bool:
        return self.lo > self.hi

    def __and__(self, o: "Versions") -> "Versions":
        return Versions(max(self.lo, o.lo), min(self.hi, o.hi))

    def contains(self, v: int) -> bool:
        return self.lo <= v <= self.hi

    def covers(self, o: "Versions") -> bool:
        return o.empty() or (self.lo <= o.lo and o.hi <= self.hi)

    def minus(self, o: "Versions") -> "Versions":
        """self without o; o must be a prefix or suffix of self (or disjoint)."""
        if o.empty() or (self & o).empty():
            return self
        if o.lo <= self.lo:
            return Versions(o.hi + 1, self.hi)
        if o.hi >= self.hi:
            return Versions(self.lo, o.lo - 1)
        raise SchemaError("version range split in two")

    def __str__(self):
        if self.empty():
            return "none"
        if self.hi == MAX_VERSION:
            return f"{self.lo}+"
        return f"{self.lo}-{self.hi}"


def cond(vs: Versions, ctx: Versions) -> str:
    """A C++ condition on `version` true exactly for vs, knowing version is in ctx."""
    x = vs & ctx
    if x.empty():
        return "false"
    parts = []
    if x.lo > ctx.lo:
        parts.append(f"version >= {x.lo}")
    if x.hi < ctx.hi:
        parts.append(f"version <= {x.hi}")
    if not parts:
        return "true"
    return " && ".join(parts)


def negate(c: str) -> str:
    if c == "true":
        return "false"
    if c == "false":
        return "true"
    return f"!({c})"


def snake(name: str) -> str:
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    return s.lower()


def member_name(name: str) -> str:
    s = snake(name)
    if s in CPP_KEYWORDS or s in RESERVED_MEMBERS:
        s += "_"  # e.g. FetchSnapshotResponse's Size would hide size()
    return s


# ----------------------------------------------------------------------------------------------
# Schema model


class Field:
    def __init__(self, d: dict, msg: "Message", ctx: Versions):
        self.name = d["name"]
        self.member = member_name(self.name)
        self.type = d["type"]
        self.versions = Versions.parse(d.get("versions", "none")) if "versions" in d else None
        if self.versions is None:
            raise SchemaError(f"field {self.name} has no versions")
        self.nullable = Versions.parse(d.get("nullableVersions", "none"))
        self.tagged = Versions.parse(d.get("taggedVersions", "none"))
        self.tag = int(d["tag"]) if "tag" in d else None
        if (self.tag is None) != self.tagged.empty():
            raise SchemaError(f"field {self.name}: tag and taggedVersions go together")
        self.ignorable = bool(d.get("ignorable", False))
        self.default = d.get("default")
        self.flexible_override = Versions.parse(d["flexibleVersions"]) if "flexibleVersions" in d else None
        self.about = d.get("about", "")
        self.is_array = self.type.startswith("[]")
        self.elem = self.type[2:] if self.is_array else self.type
        self.is_struct = self.elem not in PRIMITIVES
        self.struct = None  # StructDef, resolved later
        if self.is_struct and "fields" in d:
            self.struct = StructDef(self.elem, d["fields"], msg, ctx & self.versions)
            msg.add_struct(self.struct)
        elif "fields" in d:
            raise SchemaError(f"field {self.name}: primitive with fields")
        if self.is_array and self.elem == "records":
            raise SchemaError("array of records")
        self.ctx = ctx & self.versions  # versions where the field is read and written
        if not self.nullable.empty():
            if not self.is_array and self.elem in ("bool", "uuid", "float64") or self.elem in INT_TYPES and not self.is_array:
                raise SchemaError(f"field {self.name}: a {self.type} cannot be nullable")
        self.is_error_code = self.type == "int16" and (self.name == "ErrorCode" or self.name.endswith("ErrorCode"))

    @property
    def ever_nullable(self) -> bool:
        return not self.nullable.empty()

    @property
    def regular(self) -> Versions:
        return self.versions.minus(self.tagged)

    @property
    def tagged_present(self) -> Versions:
        return self.versions & self.tagged


class StructDef:
    def __init__(self, name: str, fields: list, msg: "Message", ctx: Versions):
        self.name = name
        self.msg = msg
        self.ctx = ctx
        self.cpp = snake(name)
        self.fields = [Field(f, msg, ctx) for f in fields]
        seen = set()
        for f in self.fields:
            if f.member in seen:
                raise SchemaError(f"duplicate field {f.name} in {name}")
            seen.add(f.member)
        tags = [f.tag for f in self.fields if f.tag is not None]
        if len(tags) != len(set(tags)):
            raise SchemaError(f"duplicate tag in {name}")

    def deps(self):
        for f in self.fields:
            if f.is_struct:
                yield f.struct


class Message:
    def __init__(self, path: str, d: dict):
        self.file = os.path.basename(path)
        self.name = d["name"]
        self.kind = d["type"]
        self.api_key = d.get("apiKey")
        self.valid = Versions.parse(d["validVersions"])
        self.flexible = Versions.parse(d["flexibleVersions"])
        self.listeners = d.get("listeners", [])
        self.latest_unstable = bool(d.get("latestVersionUnstable", False))
        self.cpp = snake(self.name)
        self.structs: list[StructDef] = []  # every nested and common struct
        self.common: dict[str, StructDef] = {}
        for s in d.get("commonStructs", []):
            sd = StructDef(s["name"], s["fields"], self, self.valid)
            self.common[s["name"]] = sd
            self.add_struct(sd)
        self.root = StructDef(self.name, d["fields"], self, self.valid)
        self.root.cpp = self.cpp
        self.resolve(self.root)
        for s in list(self.structs):
            self.resolve(s)
        top = {f.member for f in self.root.fields} | {"message_api_key", "message_min_version",
                                                      "message_max_version", "message_first_flexible_version"}
        names = set()
        for s in self.structs:
            if s.cpp in top:
                s.cpp += "_data"
            if s.cpp in names or s.cpp == self.cpp:
                raise SchemaError(f"struct name {s.cpp} is used twice in {self.file}")
            names.add(s.cpp)

    def add_struct(self, s: StructDef):
        self.structs.append(s)

    def resolve(self, s: StructDef):
        for f in s.fields:
            if f.is_struct and f.struct is None:
                if f.elem not in self.common:
                    raise SchemaError(f"{self.file}: unknown type {f.elem}")
                f.struct = self.common[f.elem]

    def ordered_structs(self) -> list[StructDef]:
        """Structs in an order where every struct comes after the ones it contains."""
        done: list[StructDef] = []
        state: dict[int, int] = {}

        def visit(s: StructDef):
            st = state.get(id(s))
            if st == 2:
                return
            if st == 1:
                raise SchemaError(f"recursive struct {s.name}")
            state[id(s)] = 1
            for d in s.deps():
                visit(d)
            state[id(s)] = 2
            done.append(s)

        for s in self.structs:
            visit(s)
        visit(self.root)
        return done

    def real_name(self, s: StructDef) -> str:
        """Nested structs live at namespace scope as <message>_<struct> (the message declares
        an alias): clang cannot use a nested class's default member initializers, e.g. in
        std::optional<nested>, before the enclosing class is complete."""
        if s is self.root:
            return self.cpp
        return f"{self.cpp}_{snake(s.name)}"

    def qualified(self, s: StructDef) -> str:
        return f"::gannet::protocol::{self.real_name(s)}"

    def is_flexible(self, ctx: Versions) -> str:
        return cond(self.flexible, ctx)


def strip_comments(text: str) -> str:
    out = []
    for line in text.split("\n"):
        # Kafka's schema files only use whole-line or trailing // comments outside strings.
        i = 0
        in_str = False
        cut = len(line)
        while i < len(line):
            c = line[i]
            if in_str:
                if c == "\\":
                    i += 1
                elif c == '"':
                    in_str = False
            elif c == '"':
                in_str = True
            elif c == "/" and i + 1 < len(line) and line[i + 1] == "/":
                cut = i
                break
            i += 1
        out.append(line[:cut])
    return "\n".join(out)


def load_schema(path: str) -> Message:
    with open(path, encoding="utf-8") as f:
        d = json.loads(strip_comments(f.read()))
    try:
        return Message(path, d)
    except SchemaError as e:
        raise SchemaError(f"{os.path.basename(path)}: {e}") from e


# ----------------------------------------------------------------------------------------------
# C++ types and defaults


def parse_int(v) -> int:
    if isinstance(v, int):
        return v
    v = str(v).strip()
    return int(v, 16) if v.lower().startswith(("0x", "-0x")) else int(v)


def int_literal(v: int, cpp: str) -> str:
    if cpp == "std::int64_t" and v == -(2 ** 63):
        return "(-9223372036854775807 - 1)"
    if v == -(2 ** 31):
        return "(-2147483647 - 1)"
    return str(v)


def elem_cpp(f: Field) -> str:
    e = f.elem
    if f.is_struct:
        return f.struct.msg.qualified(f.struct)
    if e == "bool":
        return "bool"
    if e in INT_TYPES:
        if f.is_error_code:
            return ERROR_CODE_TYPE
        return INT_TYPES[e][0]
    if e == "float64":
        return "double"
    if e == "string":
        return "std::string"
    if e == "bytes":
        return "std::vector<std::uint8_t>"
    if e == "uuid":
        return "::gannet::protocol::uuid"
    if e == "records":
        return "::gannet::protocol::records"
    raise SchemaError(e)


def field_cpp(f: Field) -> str:
    t = elem_cpp(f)
    if f.is_array:
        t = f"std::vector<{t}>"
    if f.ever_nullable and f.elem != "records":
        t = f"std::optional<{t}>"
    return t


def default_is_null(f: Field) -> bool:
    if f.default == "null":
        if not f.ever_nullable:
            raise SchemaError(f"field {f.name}: null default on a non-nullable field")
        return True
    if f.elem == "records" and not f.is_array:
        return f.ever_nullable  # Kafka's records fields default to null
    return False


def scalar_default(f: Field) -> str:
    """The C++ default value of a non-array primitive (not nullable-null)."""
    e = f.elem
    d = f.default
    if e == "bool":
        if d is None or d == "":
            return "false"
        if isinstance(d, bool):
            return "true" if d else "false"
        if str(d).lower() not in ("true", "false"):
            raise SchemaError(f"bad bool default {d}")
        return str(d).lower()
    if e in INT_TYPES:
        v = 0 if d is None or d == "" else parse_int(d)
        cpp = INT_TYPES[e][0]
        if f.is_error_code:
            return f"{ERROR_CODE_TYPE}{{{v}}}" if v else f"{ERROR_CODE_TYPE}{{}}"
        return int_literal(v, cpp)
    if e == "float64":
        v = 0.0 if d is None or d == "" else float(d)
        return repr(v)
    if e == "string":
        return json.dumps("" if d is None else str(d))
    if e in ("bytes", "uuid", "records"):
        if d not in (None, ""):
            raise SchemaError(f"field {f.name}: unsupported default {d}")
        return "{}"
    raise SchemaError(e)


def member_initializer(f: Field) -> str:
    if default_is_null(f):
        if f.elem == "records":
            return " = ::gannet::protocol::records::null()"
        return " = std::nullopt"
    if f.is_array:
        if f.default not in (None, ""):
            raise SchemaError(f"field {f.name}: array default {f.default}")
        return " = std::vector<" + elem_cpp(f) + ">{}" if f.ever_nullable else "{}"
    if f.is_struct:
        if f.default not in (None, ""):
            raise SchemaError(f"field {f.name}: struct default {f.default}")
        return " = " + elem_cpp(f) + "{}" if f.ever_nullable else "{}"
    v = scalar_default(f)
    if f.elem == "string" and f.ever_nullable:
        return f" = std::string({v})" if v != '""' else " = std::string()"
    if f.elem == "bytes" and f.ever_nullable:
        return " = std::vector<std::uint8_t>{}"
    if v == "{}":
        return "{}"
    return " = " + v


def is_default_expr(f: Field, x: str) -> str:
    """A C++ expression true when member expression x holds the field's default."""
    if default_is_null(f):
        if f.elem == "records" and not f.is_array:
            return f"{x}.is_null()"
        return f"!{x}.has_value()"
    if f.elem == "records":
        return f"(!{x}.is_null() && {x}.size_bytes() == 0)"
    deref = f"(*{x})" if f.ever_nullable else x
    pre = f"{x}.has_value() && " if f.ever_nullable else ""
    if f.is_array:
        return f"({pre}{deref}.empty())"
    if f.is_struct:
        return f"({pre}{deref} == {elem_cpp(f)}{{}})"
    e = f.elem
    if e == "string":
        v = scalar_default(f)
        if v == '""':
            return f"({pre}{deref}.empty())"
        return f"({pre}{deref} == {v})"
    if e == "bytes":
        return f"({pre}{deref}.empty())"
    if e == "uuid":
        return f"({x} == ::gannet::protocol::uuid{{}})"
    return f"({x} == {scalar_default(f)})"


# ----------------------------------------------------------------------------------------------
# Code emission


class Out:
    def __init__(self):
        self.lines: list[str] = []
        self.ind = 0

    def __call__(self, line: str = ""):
        self.lines.append(("  " * self.ind + line) if line else "")

    def open(self, line: str):
        self(line)
        self.ind += 1

    def close(self, line: str = "}"):
        self.ind -= 1
        self(line)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def block_if(o: Out, c: str, body):
    """Emits body under `if (c)`, folding constant conditions."""
    if c == "false":
        return
    if c == "true":
        body()
        return
    o.open(f"if ({c}) {{")
    body()
    o.close()


class Emitter:
    """Emits decode, encode and size for one message's structs."""

    def __init__(self, msg: Message):
        self.m = msg
        self.tmp = 0

    def var(self, base: str) -> str:
        self.tmp += 1
        return f"{base}{self.tmp}"

    def compact(self, f: Field, ctx: Versions) -> str:
        flex = self.m.flexible
        if f.flexible_override is not None:
            flex = flex & f.flexible_override
        return cond(flex, ctx)

    # -- decode ----------------------------------------------------------------------------------

    def decode_scalar(self, o: Out, f: Field, target: str, ctx: Versions, r: str, nullable_c: str):
        """Decodes one non-array value of f's element type into target (a reference expression)."""
        e = f.elem
        comp = self.compact(f, ctx)
        if f.is_struct:
            if f.ever_nullable and not f.is_array:
                marker_tagged = not (f.tagged & ctx).empty()
                o.open("{")
                if marker_tagged:
                    # only reached for tagged fields: the presence marker is a varint
                    o(f"const bool present = {r}.read_uvarint() > 0;")
                elif nullable_c == "true":
                    o(f"const bool present = {r}.read_int8() >= 0;")
                elif nullable_c == "false":
                    o("const bool present = true;")
                else:
                    o(f"const bool present = ({nullable_c}) ? {r}.read_int8() >= 0 : true;")
                o.open("if (present) {")
                o(f"{target}.emplace().decode({r}, version);")
                o.close("} else {")
                o.ind += 1
                o(f"{target}.reset();")
                o.close()
                o.close()
            else:
                o(f"{target}.decode({r}, version);")
            return
        if e == "bool":
            o(f"{target} = {r}.read_bool();")
        elif e in INT_TYPES:
            if f.is_error_code:
                o(f"{target} = static_cast<{ERROR_CODE_TYPE}>({r}.read_int16());")
            else:
                o(f"{target} = {r}.read_{INT_TYPES[e][2]}();")
        elif e == "float64":
            o(f"{target} = {r}.read_float64();")
        elif e == "uuid":
            o(f"{target} = {r}.read_uuid();")
        elif e == "string":
            if f.ever_nullable and not f.is_array:
                o(f"{target} = {r}.read_nullable_string({comp});")
                if nullable_c != "true":
                    o(f"if (!{target} && !({nullable_c})) {r}.fail();")
            else:
                o(f"{target} = {r}.read_string({comp});")
        elif e == "bytes":
            if f.ever_nullable and not f.is_array:
                o(f"{target} = {r}.read_nullable_bytes({comp});")
                if nullable_c != "true":
                    o(f"if (!{target} && !({nullable_c})) {r}.fail();")
            else:
                o(f"{target} = {r}.read_bytes({comp});")
        elif e == "records":
            o(f"{target} = {r}.read_records({comp});")
            if nullable_c != "true":
                o(f"if ({target}.is_null() && !({nullable_c})) {r}.fail();")
        else:
            raise SchemaError(e)

    def decode_field(self, o: Out, f: Field, ctx: Versions, r: str, x: str):
        nullable_c = cond(f.nullable, ctx)
        if not f.is_array:
            self.decode_scalar(o, f, x, ctx, r, nullable_c)
            return
        comp = self.compact(f, ctx)
        n = self.var("n")
        o.open("{")
        o(f"const std::int32_t {n} = {r}.read_array_length({comp});")
        o.open(f"if ({n} < 0) {{")
        if f.ever_nullable:
            o(f"{x}.reset();")
            if nullable_c != "true":
                o(f"if (!({nullable_c})) {r}.fail();")
        else:
            o(f"{r}.fail();")
        o.close("} else {")
        o.ind += 1
        v = self.var("v")
        if f.ever_nullable:
            o(f"auto& {v} = {x}.emplace();")
        else:
            o(f"auto& {v} = {x};")
            o(f"{v}.clear();")
        if not f.is_struct and f.elem not in ("string", "bytes"):
            o(f"{v}.reserve(static_cast<std::size_t>({n}));")
        i = self.var("i")
        o.open(f"for (std::int32_t {i} = 0; {i} < {n} && {r}.ok(); ++{i}) {{")
        if f.is_struct:
            o(f"{v}.emplace_back().decode({r}, version);")
        else:
            self.decode_scalar(o, f, f"{v}.emplace_back()", ctx, r, "false")
        o.close()
        o.close()
        o.close()

    def emit_decode(self, o: Out, s: StructDef, qual: str, top: bool):
        ctx = s.ctx
        o.open(f"void {qual}::decode([[maybe_unused]] ::gannet::protocol::reader& r, "
               f"[[maybe_unused]] std::int16_t version) {{")
        if top:
            o.open(f"if (version < {self.m.valid.lo} || version > {self.m.valid.hi}) {{")
            o("r.fail();")
            o("return;")
            o.close()
        for f in s.fields:
            reg = f.regular & ctx
            if reg.empty():
                continue

            def body(f=f, reg=reg):
                self.decode_field(o, f, reg, "r", 'this->' + f.member)

            block_if(o, cond(reg, ctx), body)
        flex = self.m.is_flexible(ctx)
        tagged = sorted((f for f in s.fields if not (f.tagged_present & ctx).empty()), key=lambda f: f.tag)

        def tags():
            if not tagged:
                o("r.skip_tagged_fields();")
                return
            o("const std::uint32_t tagged_count = r.read_uvarint();")
            o.open("for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {")
            o("const std::uint32_t tag = r.read_uvarint();")
            o("::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());")
            o.open("switch (tag) {")
            for f in tagged:
                o.open(f"case {f.tag}: {{")
                tctx = f.tagged_present & ctx

                def tbody(f=f, tctx=tctx):
                    self.decode_field(o, f, tctx, "tr", 'this->' + f.member)

                block_if(o, cond(f.tagged_present, ctx), tbody)
                o("break;")
                o.close()
            o.open("default:")
            o("break;")
            o.ind -= 1
            o.close()
            o("if (!tr.ok()) r.fail();")
            o.close()

        block_if(o, flex, tags)
        o.close()

    # -- size ------------------------------------------------------------------------------------

    def size_scalar(self, o: Out, f: Field, x: str, ctx: Versions, acc: str, in_array: bool):
        e = f.elem
        comp = self.compact(f, ctx)
        if f.is_struct:
            o(f"{acc} += {x}.size(version);")
            return
        if e == "bool" or e == "int8":
            o(f"{acc} += 1;")
        elif e in INT_TYPES:
            o(f"{acc} += {INT_TYPES[e][1]};")
        elif e == "float64":
            o(f"{acc} += 8;")
        elif e == "uuid":
            o(f"{acc} += 16;")
        elif e == "string":
            if f.ever_nullable and not in_array:
                o(f"{acc} += ::gannet::protocol::wire::nullable_string_size({x}, {comp});")
            else:
                o(f"{acc} += ::gannet::protocol::wire::string_size({x}, {comp});")
        elif e == "bytes":
            if f.ever_nullable and not in_array:
                o(f"{acc} += ::gannet::protocol::wire::nullable_bytes_size({x}, {comp});")
            else:
                o(f"{acc} += ::gannet::protocol::wire::bytes_size({x}, {comp});")
        elif e == "records":
            o(f"{acc} += ::gannet::protocol::wire::records_size({x}, {comp});")

    def nullable_marker(self, f: Field, ctx: Versions) -> str:
        """For a nullable struct: the condition under which a presence marker is written."""
        if not (f.tagged & ctx).empty():
            return "true"
        return cond(f.nullable, ctx)

    def size_field(self, o: Out, f: Field, ctx: Versions, acc: str, x: str):
        if not f.is_array:
            if f.is_struct and f.ever_nullable:
                mk = self.nullable_marker(f, ctx)
                if mk != "false":
                    o(f"{acc} += ({mk}) ? 1 : 0;" if mk != "true" else f"{acc} += 1;")
                o(f"if ({x}) {acc} += {x}->size(version);")
                return
            self.size_scalar(o, f, x, ctx, acc, False)
            return
        comp = self.compact(f, ctx)
        if f.ever_nullable:
            o.open(f"if (!{x}) {{")
            o(f"{acc} += ::gannet::protocol::wire::null_array_length_size({comp});")
            o.close("} else {")
            o.ind += 1
            v = f"(*{x})"
        else:
            v = x
        o(f"{acc} += ::gannet::protocol::wire::array_length_size({v}.size(), {comp});")
        e = f.elem
        fixed = {"bool": 1, "float64": 8, "uuid": 16}
        if e in INT_TYPES:
            o(f"{acc} += {v}.size() * {INT_TYPES[e][1]};")
        elif e in fixed:
            o(f"{acc} += {v}.size() * {fixed[e]};")
        else:
            el = self.var("e")
            o.open(f"for (const auto& {el} : {v}) {{")
            self.size_scalar(o, f, el, ctx, acc, True)
            o.close()
        if f.ever_nullable:
            o.close()

    def tagged_fields(self, s: StructDef, ctx: Versions):
        return sorted((f for f in s.fields if not (f.tagged_present & ctx).empty()), key=lambda f: f.tag)

    def emit_size(self, o: Out, s: StructDef, qual: str):
        ctx = s.ctx
        o.open(f"std::size_t {qual}::size([[maybe_unused]] std::int16_t version) const {{")
        o("std::size_t n = 0;")
        for f in s.fields:
            reg = f.regular & ctx
            if reg.empty():
                continue
            block_if(o, cond(reg, ctx), lambda f=f, reg=reg: self.size_field(o, f, reg, "n", 'this->' + f.member))
        flex = self.m.is_flexible(ctx)
        tagged = self.tagged_fields(s, ctx)

        def tags():
            if not tagged:
                o("n += 1;")
                return
            o("std::uint32_t tagged_count = 0;")
            for f in tagged:
                c = cond(f.tagged_present, ctx)
                tctx = f.tagged_present & ctx
                test = f"!{is_default_expr(f, 'this->' + f.member)}"
                full = test if c == "true" else f"({c}) && {test}"

                def tb(f=f, tctx=tctx):
                    o("std::size_t fs = 0;")
                    self.size_field(o, f, tctx, "fs", 'this->' + f.member)
                    o(f"n += ::gannet::protocol::wire::uvarint_size({f.tag}) + "
                      f"::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;")
                    o("++tagged_count;")

                block_if(o, full, tb)
            o("n += ::gannet::protocol::wire::uvarint_size(tagged_count);")

        block_if(o, flex, tags)
        o("return n;")
        o.close()

    # -- encode ----------------------------------------------------------------------------------

    def encode_scalar(self, o: Out, f: Field, x: str, ctx: Versions, w: str, in_array: bool):
        e = f.elem
        comp = self.compact(f, ctx)
        if f.is_struct:
            if f.ever_nullable and not in_array:
                mk = self.nullable_marker(f, ctx)
                tagged = not (f.tagged & ctx).empty()
                o.open(f"if (!{x}) {{")
                if mk == "true":
                    o(f"{w}.write_uvarint(0);" if tagged else f"{w}.write_int8(-1);")
                elif mk == "false":
                    o(f"{w}.fail();")
                else:
                    o(f"if ({mk}) {w}.write_int8(-1); else {w}.fail();")
                o.close("} else {")
                o.ind += 1
                if mk == "true":
                    o(f"{w}.write_uvarint(1);" if tagged else f"{w}.write_int8(1);")
                elif mk != "false":
                    o(f"if ({mk}) {w}.write_int8(1);")
                o(f"{x}->encode({w}, version);")
                o.close()
            else:
                o(f"{x}.encode({w}, version);")
            return
        if e == "bool":
            o(f"{w}.write_bool({x});")
        elif e in INT_TYPES:
            if f.is_error_code:
                o(f"{w}.write_int16(static_cast<std::int16_t>({x}));")
            else:
                o(f"{w}.write_{INT_TYPES[e][2]}({x});")
        elif e == "float64":
            o(f"{w}.write_float64({x});")
        elif e == "uuid":
            o(f"{w}.write_uuid({x});")
        elif e in ("string", "bytes"):
            if f.ever_nullable and not in_array:
                nc = cond(f.nullable, ctx)
                if nc != "true":
                    o(f"if (!{x} && !({nc})) {w}.fail();")
                o(f"{w}.write_nullable_{e}({x}, {comp});")
            else:
                o(f"{w}.write_{e}({x}, {comp});")
        elif e == "records":
            nc = cond(f.nullable, ctx)
            if nc != "true":
                o(f"if ({x}.is_null() && !({nc})) {w}.fail();")
            o(f"{w}.write_records({x}, {comp});")

    def encode_field(self, o: Out, f: Field, ctx: Versions, w: str, x: str):
        if not f.is_array:
            self.encode_scalar(o, f, x, ctx, w, False)
            return
        comp = self.compact(f, ctx)
        if f.ever_nullable:
            nc = cond(f.nullable, ctx)
            o.open(f"if (!{x}) {{")
            if nc == "true":
                o(f"{w}.write_null_array_length({comp});")
            elif nc == "false":
                o(f"{w}.fail();")
            else:
                o(f"if ({nc}) {w}.write_null_array_length({comp}); else {w}.fail();")
            o.close("} else {")
            o.ind += 1
            v = f"(*{x})"
        else:
            v = x
        o(f"{w}.write_array_length({v}.size(), {comp});")
        el = self.var("e")
        o.open(f"for (const auto& {el} : {v}) {{")
        self.encode_scalar(o, f, el, ctx, w, True)
        o.close()
        if f.ever_nullable:
            o.close()

    def emit_encode(self, o: Out, s: StructDef, qual: str, top: bool):
        ctx = s.ctx
        o.open(f"void {qual}::encode([[maybe_unused]] ::gannet::protocol::writer& w, "
               f"[[maybe_unused]] std::int16_t version) const {{")
        if top:
            o.open(f"if (version < {self.m.valid.lo} || version > {self.m.valid.hi}) {{")
            o("w.fail();")
            o("return;")
            o.close()
        for f in s.fields:
            present = f.versions & ctx
            if not f.ignorable:
                # Kafka throws UnsupportedVersionException for a non-default field the version lacks.
                absent_c = negate(cond(f.versions, ctx))
                if absent_c != "false":
                    o(f"if ({absent_c} && !{is_default_expr(f, 'this->' + f.member)}) w.fail();")
            reg = f.regular & ctx
            if present.empty() or reg.empty():
                continue
            block_if(o, cond(reg, ctx), lambda f=f, reg=reg: self.encode_field(o, f, reg, "w", 'this->' + f.member))
        flex = self.m.is_flexible(ctx)
        tagged = self.tagged_fields(s, ctx)

        def tags():
            if not tagged:
                o("w.write_uvarint(0);")
                return
            o("std::uint32_t tagged_count = 0;")
            tests = []
            for f in tagged:
                c = cond(f.tagged_present, ctx)
                test = f"!{is_default_expr(f, 'this->' + f.member)}"
                full = test if c == "true" else f"({c}) && {test}"
                tests.append(full)
                o(f"if ({full}) ++tagged_count;")
            o("w.write_uvarint(tagged_count);")
            for f, full in zip(tagged, tests):
                tctx = f.tagged_present & ctx

                def tb(f=f, tctx=tctx):
                    o(f"w.write_uvarint({f.tag});")
                    o("std::size_t fs = 0;")
                    self.size_field(o, f, tctx, "fs", 'this->' + f.member)
                    o("w.write_uvarint(static_cast<std::uint32_t>(fs));")
                    self.encode_field(o, f, tctx, "w", 'this->' + f.member)

                block_if(o, full, tb)

        block_if(o, flex, tags)
        o.close()


def doc_comment(text: str, o: Out):
    text = " ".join(text.split())
    if not text:
        return
    words = text.split(" ")
    line = "//"
    for wd in words:
        if len(line) + 1 + len(wd) > 100 - o.ind * 2:
            o(line)
            line = "//"
        line += " " + wd
    o(line)


def emit_struct_body(o: Out, m: Message, s: StructDef):
    if s is m.root:
        if m.api_key is not None:
            o(f"static constexpr std::int16_t message_api_key = {m.api_key};")
        o(f"static constexpr std::int16_t message_min_version = {m.valid.lo};")
        o(f"static constexpr std::int16_t message_max_version = {m.valid.hi};")
        ff = m.flexible.lo if not m.flexible.empty() else -1
        o(f"static constexpr std::int16_t message_first_flexible_version = {ff};")
        o()
    for f in s.fields:
        doc = f.about
        extra = []
        if str(f.versions) != "0+":
            extra.append(f"versions {f.versions}")
        if f.ever_nullable:
            extra.append(f"nullable {f.nullable}")
        if f.tag is not None:
            extra.append(f"tag {f.tag}")
        if extra:
            doc = (doc + " " if doc else "") + "(" + ", ".join(extra) + ")"
        doc_comment(doc, o)
        o(f"{field_cpp(f)} {f.member}{member_initializer(f)};")
    if s.fields:
        o()
    o("void decode(::gannet::protocol::reader& r, std::int16_t version);")
    o("void encode(::gannet::protocol::writer& w, std::int16_t version) const;")
    o("std::size_t size(std::int16_t version) const;")
    o(f"bool operator==(const {m.qualified(s)}&) const = default;")


def header_name(m: Message) -> str:
    n = m.name
    for suffix in ("Request", "Response"):
        if m.kind in ("request", "response") and n.endswith(suffix):
            return snake(n[: -len(suffix)])
    return snake(n)


def banner(files: list[str]) -> str:
    return f"// generated from {', '.join(files)}; do not edit\n"


def gen_header(base: str, msgs: list[Message], internal: bool = False) -> str:
    o = Out()
    o("#pragma once")
    if internal:
        o("// A Kafka internal topic record (key or value, without its int16 version")
        o("// prefix); format and conventions in docs/protocol.md.")
    else:
        o("// Kafka wire messages; format and conventions in docs/protocol.md.")
    o()
    o("#include <cstddef>")
    o("#include <cstdint>")
    o("#include <optional>")
    o("#include <string>")
    o("#include <vector>")
    o()
    o('#include "gannet/protocol/wire.h"')
    o()
    o("namespace gannet::protocol {")
    for m in msgs:
        o()
        nested = [s for s in m.ordered_structs() if s is not m.root]
        for s in nested:
            o(f"// {m.cpp}::{s.cpp}")
            o.open(f"struct {m.real_name(s)} {{")
            emit_struct_body(o, m, s)
            o.close("};")
            o()
        o(f"// {m.name}: {m.kind}" + (f" (api key {m.api_key})" if m.api_key is not None else "") +
          f", versions {m.valid}, flexible {m.flexible}.")
        o.open(f"struct {m.cpp} {{")
        for s in nested:
            o(f"using {s.cpp} = {m.qualified(s)};")
        if nested:
            o()
        emit_struct_body(o, m, m.root)
        o.close("};")
    o()
    o("}  // namespace gannet::protocol")
    return banner([m.file for m in msgs]) + o.text()


def gen_source(base: str, msgs: list[Message], folder: str = "messages") -> str:
    o = Out()
    o(f'#include "gannet/protocol/{folder}/{base}.h"')
    o()
    o("#include <cstddef>")
    o("#include <cstdint>")
    o()
    o('#include "gannet/protocol/wire.h"')
    o()
    o("namespace gannet::protocol {")
    for m in msgs:
        em = Emitter(m)
        for s in m.ordered_structs():
            top = s is m.root
            qual = m.real_name(s)
            o()
            em.emit_decode(o, s, qual, top)
            o()
            em.emit_encode(o, s, qual, top)
            o()
            em.emit_size(o, s, qual)
    o()
    o("}  // namespace gannet::protocol")
    return banner([m.file for m in msgs]) + o.text()


LISTENER_BITS = {"zkBroker": "listener_zk_broker", "broker": "listener_broker", "controller": "listener_controller"}


def gen_api_keys(reqs: list[Message], resps: dict[int, Message]) -> str:
    o = Out()
    o("#pragma once")
    o("// The Kafka APIs Gannet knows, from the request schemas: key, name, valid versions,")
    o("// first flexible version (-1: none) and the listener kinds that serve it in Kafka 3.9.")
    o()
    o("#include <array>")
    o("#include <cstdint>")
    o("#include <string_view>")
    o()
    o("namespace gannet::protocol {")
    o()
    o.open("enum class api_key : std::int16_t {")
    for m in reqs:
        o(f"{header_name(m)} = {m.api_key},")
    o.close("};")
    o()
    o("inline constexpr std::uint8_t listener_zk_broker = 1;")
    o("inline constexpr std::uint8_t listener_broker = 2;")
    o("inline constexpr std::uint8_t listener_controller = 4;")
    o()
    o.open("struct api_info {")
    o("std::int16_t key;")
    o("std::string_view name;")
    o("std::int16_t min_version;")
    o("std::int16_t max_version;")
    o("std::int16_t first_flexible_version;  // -1: never flexible")
    o("std::uint8_t listeners;               // listener_* bits")
    o("bool latest_version_unstable;")
    o()
    o("constexpr bool valid_version(std::int16_t v) const { return v >= min_version && v <= max_version; }")
    o("constexpr bool flexible(std::int16_t v) const { return first_flexible_version >= 0 && v >= first_flexible_version; }")
    o.close("};")
    o()
    o(f"inline constexpr std::array<api_info, {len(reqs)}> all_apis = {{{{")
    o.ind += 1
    for m in reqs:
        resp = resps.get(m.api_key)
        if resp is None or str(resp.valid) != str(m.valid) or str(resp.flexible) != str(m.flexible):
            raise SchemaError(f"{m.name}: response versions differ from request versions")
        bits = " | ".join(LISTENER_BITS[x] for x in m.listeners) or "0"
        ff = m.flexible.lo if not m.flexible.empty() else -1
        name = m.name[: -len("Request")]
        o(f'{{{m.api_key}, "{name}", {m.valid.lo}, {m.valid.hi}, {ff}, static_cast<std::uint8_t>({bits}), '
          f'{"true" if m.latest_unstable else "false"}}},')
    o.ind -= 1
    o("}};")
    o()
    o(f"inline constexpr std::int16_t max_api_key = {max((m.api_key for m in reqs), default=-1)};")
    o()
    o("// The API with this key, or nullptr.")
    o.open("constexpr const api_info* find_api(std::int16_t key) {")
    o.open("for (const auto& a : all_apis) {")
    o("if (a.key == key) return &a;")
    o.close()
    o("return nullptr;")
    o.close()
    o()
    o("}  // namespace gannet::protocol")
    files = sorted(m.file for m in reqs)
    return f"// generated from {len(files)} request schemas (*Request.json); do not edit\n" + o.text()


def gen_visit(reqs: list[Message]) -> str:
    o = Out()
    o("#pragma once")
    o("// Maps an api key to its request and response types, for generic code (fuzzing, logging).")
    o("// Includes every message header: include it only where all messages are needed.")
    o("//   visit_request(key, [&]<class T>(std::type_identity<T>) { ... });  // T = void: unknown key")
    o()
    o("#include <cstdint>")
    o("#include <type_traits>")
    o()
    for m in reqs:
        o(f'#include "gannet/protocol/messages/{header_name(m)}.h"')
    o()
    o("namespace gannet::protocol {")
    for kind in ("request", "response"):
        o()
        o("template <class F>")
        o.open(f"decltype(auto) visit_{kind}(std::int16_t key, F&& f) {{")
        o.open("switch (key) {")
        for m in reqs:
            o(f"case {m.api_key}:")
            o(f"  return f(std::type_identity<{header_name(m)}_{kind}>{{}});")
        o("default:")
        o("  return f(std::type_identity<void>{});")
        o.close()
        o.close()
    o()
    o("}  // namespace gannet::protocol")
    return f"// generated from {len(reqs)} request and response schema pairs; do not edit\n" + o.text()


# ----------------------------------------------------------------------------------------------
# Generated round-trip tests


class TestEmitter:
    """Emits, per struct, a fill function setting every field present in a version to a non-default value."""

    def __init__(self, m: Message):
        self.m = m

    def fname(self, s: StructDef) -> str:
        return f"fill_{self.m.cpp}" + ("" if s is self.m.root else f"_{s.cpp}")

    def value_stmt(self, o: Out, f: Field, x: str):
        e = f.elem
        if f.is_struct:
            o(f"{self.fname(f.struct)}({x}, version, seed);")
        elif e == "bool":
            o(f"{x} = !({'false' if f.is_array else scalar_default(f)});")
        elif e in INT_TYPES:
            if f.is_error_code:
                o(f"{x} = static_cast<{ERROR_CODE_TYPE}>(next_int<std::int16_t>(0, seed));")
            else:
                d = "0" if f.is_array else scalar_default(f)
                o(f"{x} = next_int<{INT_TYPES[e][0]}>({d}, seed);")
        elif e == "float64":
            o(f"{x} = next_double(seed);")
        elif e == "string":
            o(f"{x} = next_string(seed);")
        elif e == "bytes":
            o(f"{x} = next_bytes(seed);")
        elif e == "uuid":
            o(f"{x} = next_uuid(seed);")
        elif e == "records":
            o(f"{x} = next_records(seed);")

    def emit_fill(self, o: Out, s: StructDef):
        qual = self.m.qualified(s)
        o.open(f"[[maybe_unused]] void {self.fname(s)}({qual}& x, std::int16_t version, std::uint32_t& seed) {{")
        o("(void)x;")
        o("(void)version;")
        o("(void)seed;")
        for f in s.fields:
            c = cond(f.versions, s.ctx)
            if c == "false":
                continue
            x = f"x.{f.member}"

            def body(f=f, x=x):
                if f.is_array:
                    if f.ever_nullable:
                        o(f"auto& v = {x}.emplace();")
                    else:
                        o(f"auto& v = {x};")
                    o("v.clear();")
                    o.open("for (int i = 0; i < 2; ++i) {")
                    if f.is_struct:
                        o(f"{self.fname(f.struct)}(v.emplace_back(), version, seed);")
                    else:
                        self.value_stmt(o, f, "v.emplace_back()")
                    o.close()
                elif f.is_struct and f.ever_nullable:
                    o(f"{self.fname(f.struct)}({x}.emplace(), version, seed);")
                elif f.ever_nullable and f.elem in ("string", "bytes"):
                    self.value_stmt(o, f, f"{x}.emplace()")
                else:
                    self.value_stmt(o, f, x)

            if c == "true":
                o.open("{")
                body()
                o.close()
            else:
                o.open(f"if ({c}) {{")
                body()
                o.close()
        o.close()

    def emit(self, o: Out):
        structs = self.m.ordered_structs()
        for s in structs:
            o(f"void {self.fname(s)}({self.m.qualified(s)}& x, std::int16_t version, std::uint32_t& seed);")
        for s in structs:
            self.emit_fill(o, s)
        # top-level tagged fields present in each flexible version
        ctx = self.m.valid
        o.open(f"TEST(GeneratedRoundTripTest, {self.m.name}) {{")
        o.open(f"for (std::int16_t version = {self.m.valid.lo}; version <= {self.m.valid.hi}; ++version) {{")
        o(f"::gannet::protocol::{self.m.cpp} msg;")
        o("std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;")
        o(f"{self.fname(self.m.root)}(msg, version, seed);")
        flex = cond(self.m.flexible, ctx)
        top_tagged = [f for f in self.m.root.fields if f.tag is not None]
        if top_tagged:
            no_tags = " && ".join(negate(cond(f.tagged_present, ctx)) for f in top_tagged)
            if no_tags == "":
                no_tags = "true"
        else:
            no_tags = "true"
        unknown = "false" if flex == "false" else (flex if no_tags == "true" else f"({flex}) && ({no_tags})")
        o(f"::gannet::protocol::testing::check_round_trip(msg, version, {unknown});")
        o.close()
        o.close()


def gen_tests(msgs: list[Message], folder: str = "messages") -> str:
    o = Out()
    o('#include <gtest/gtest.h>')
    o()
    o("#include <cstdint>")
    o()
    includes = sorted({header_name(m) for m in msgs})
    for inc in includes:
        o(f'#include "gannet/protocol/{folder}/{inc}.h"')
    o('#include "protocol/roundtrip_support.h"')
    o()
    o("namespace {")
    o()
    o("using ::gannet::protocol::testing::next_bytes;")
    o("using ::gannet::protocol::testing::next_double;")
    o("using ::gannet::protocol::testing::next_int;")
    o("using ::gannet::protocol::testing::next_records;")
    o("using ::gannet::protocol::testing::next_string;")
    o("using ::gannet::protocol::testing::next_uuid;")
    for m in msgs:
        o()
        TestEmitter(m).emit(o)
    o()
    o("}  // namespace")
    return banner(sorted(m.file for m in msgs)) + o.text()


# ----------------------------------------------------------------------------------------------
# Driver


def generate(schemas: str, out: str, test_shards: int = 8, internal: str | None = None) -> dict[str, str]:
    files = sorted(f for f in os.listdir(schemas) if f.endswith(".json"))
    msgs = [load_schema(os.path.join(schemas, f)) for f in files]
    groups: dict[str, list[Message]] = {}
    for m in msgs:
        groups.setdefault(header_name(m), []).append(m)
    result: dict[str, str] = {}
    for base, ms in sorted(groups.items()):
        ms.sort(key=lambda m: {"request": 0, "response": 1}.get(m.kind, 2))
        result[f"include/gannet/protocol/messages/{base}.h"] = gen_header(base, ms)
        result[f"src/{base}.cc"] = gen_source(base, ms)
    reqs = sorted((m for m in msgs if m.kind == "request"), key=lambda m: m.api_key)
    resps = {m.api_key: m for m in msgs if m.kind == "response"}
    result["include/gannet/protocol/api_keys.h"] = gen_api_keys(reqs, resps)
    result["include/gannet/protocol/visit.h"] = gen_visit(reqs)
    bases = sorted(groups)
    for i in range(test_shards):
        shard = [m for b in bases[i::test_shards] for m in groups[b]]
        result[f"tests/roundtrip_{i}_test.cc"] = gen_tests(shard)
    if internal is not None:
        result.update(generate_internal(internal))
    return result


def generate_internal(schemas: str) -> dict[str, str]:
    """The internal topics' record schemas: one header and one TU per schema."""
    files = sorted(f for f in os.listdir(schemas) if f.endswith(".json"))
    msgs = [load_schema(os.path.join(schemas, f)) for f in files]
    result: dict[str, str] = {}
    for m in msgs:
        if m.kind != "data" or m.api_key is not None:
            raise SchemaError(f"{m.file}: an internal record schema must have type data and no apiKey")
        base = header_name(m)
        result[f"include/gannet/protocol/internal/{base}.h"] = gen_header(base, [m], internal=True)
        result[f"src/internal/{base}.cc"] = gen_source(base, [m], folder="internal")
    result["tests/internal_roundtrip_test.cc"] = gen_tests(msgs, folder="internal")
    return result


def write_tree(out: str, files: dict[str, str]):
    os.makedirs(out, exist_ok=True)
    for rel, text in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    # delete what is no longer produced
    wanted = {os.path.normpath(os.path.join(out, rel)) for rel in files}
    for root, dirs, names in os.walk(out, topdown=False):
        for n in names:
            p = os.path.normpath(os.path.join(root, n))
            if p not in wanted:
                os.remove(p)
        for d in dirs:
            p = os.path.join(root, d)
            if not os.listdir(p):
                os.rmdir(p)


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--schemas", default=os.path.join(repo, "..", "shared", "kafka-protocol", "messages"))
    ap.add_argument("--internal-schemas", default=None,
                    help="internal record schemas (default: the folder internal/ beside --schemas)")
    ap.add_argument("--out", default=os.path.join(repo, "src", "protocol", "generated"))
    ap.add_argument("--test-shards", type=int, default=8)
    args = ap.parse_args(argv)
    try:
        internal = args.internal_schemas
        if internal is None:
            internal = os.path.join(os.path.dirname(os.path.normpath(args.schemas)), "internal")
        files = generate(args.schemas, args.out, args.test_shards, internal)
    except (SchemaError, json.JSONDecodeError, KeyError, ValueError) as e:
        print(f"generate.py: {e}", file=sys.stderr)
        return 1
    # The generator owns this tree's layout: clang-format leaves it alone, and
    # since write_tree() deletes what it does not write, the marker is an output.
    files[".clang-format"] = "# Generated by src/protocol/codegen/generate.py: not formatted.\nDisableFormat: true\nSortIncludes: Never\n"
    write_tree(args.out, files)
    print(f"generate.py: {len(files)} files in {os.path.relpath(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
