"""Tests of src/protocol/codegen/generate.py on small synthetic schemas (schemas/).

Run: python3 -m unittest discover -s tests/protocol/codegen -p "*_test.py"
The schemas cover tagged fields (including a nullable tagged struct), nullable structs,
compact arrays, hex defaults, names that collide with member functions, and ignorable fields.
When a C++ compiler is present, the generated code is also compiled and round-tripped.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.join(REPO, "src", "protocol", "codegen"))

import generate  # noqa: E402

SCHEMAS = os.path.join(HERE, "schemas")


class GeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.files = generate.generate(SCHEMAS, "unused", test_shards=1)
        cls.header = cls.files["include/gannet/protocol/messages/synthetic_tagged.h"]
        cls.source = cls.files["src/synthetic_tagged.cc"]

    def test_every_file_starts_with_the_generated_banner(self):
        for name, text in self.files.items():
            self.assertTrue(text.startswith("// generated from "), name)
            self.assertIn("do not edit", text.split("\n")[0], name)

    def test_output_is_deterministic(self):
        again = generate.generate(SCHEMAS, "unused", test_shards=1)
        self.assertEqual(self.files, again)

    def test_types_and_defaults(self):
        h = self.header
        self.assertIn("std::int32_t id = -1;", h)
        self.assertIn("std::optional<std::string> name = std::nullopt;", h)
        self.assertIn("std::optional<std::vector<::gannet::protocol::synthetic_tagged_request_item>> items", h)
        self.assertIn("std::optional<::gannet::protocol::synthetic_tagged_request_inner> maybe = std::nullopt;", h)
        self.assertIn("std::int64_t epoch = 16;", h)  # hex default
        self.assertIn("bool only_old = true;", h)
        self.assertIn("::gannet::protocol::error_code error_code", h)
        self.assertIn("::gannet::protocol::records data = ::gannet::protocol::records::null();", h)

    def test_member_named_like_a_member_function_is_escaped(self):
        self.assertIn("std::int8_t size_ = 0;", self.header)

    def test_compact_forms_only_in_flexible_versions(self):
        self.assertIn("r.read_array_length(version >= 2)", self.source)
        self.assertIn("r.read_bytes(version >= 2)", self.source)

    def test_nullable_struct_uses_int8_marker_and_tagged_one_a_varint(self):
        self.assertIn("r.read_int8() >= 0", self.source)
        self.assertIn("tr.read_uvarint() > 0", self.source)

    def test_tagged_fields_written_in_tag_order_when_not_default(self):
        enc = self.source[self.source.index("void synthetic_tagged_request::encode("):]
        enc = enc[: enc.index("\n}\n")]
        self.assertLess(enc.index("w.write_uvarint(0);"), enc.index("w.write_uvarint(1);"))
        self.assertIn("!(this->epoch == 16)", enc)

    def test_non_ignorable_field_absent_from_version_is_an_error(self):
        enc = self.source[self.source.index("void synthetic_tagged_request::encode("):]
        self.assertIn("if (!(version <= 1) && !(this->only_old == true)) w.fail();", enc)

    def test_api_table(self):
        keys = self.files["include/gannet/protocol/api_keys.h"]
        self.assertIn('{9000, "SyntheticTagged", 0, 3, 2, static_cast<std::uint8_t>(listener_broker), false},', keys)

    def test_versions_and_conditions(self):
        V = generate.Versions
        self.assertEqual(generate.cond(V.parse("3+"), V.parse("0-5")), "version >= 3")
        self.assertEqual(generate.cond(V.parse("0-2"), V.parse("0-5")), "version <= 2")
        self.assertEqual(generate.cond(V.parse("0+"), V.parse("2-5")), "true")
        self.assertEqual(generate.cond(V.parse("none"), V.parse("0-5")), "false")
        self.assertEqual(generate.snake("KRaftVersionFeature"), "k_raft_version_feature")
        self.assertEqual(generate.snake("ThrottleTimeMs"), "throttle_time_ms")

    def test_comments_are_stripped_but_not_inside_strings(self):
        self.assertEqual(generate.strip_comments('{"a": "x//y"} // c'), '{"a": "x//y"} ')

    def test_stale_files_are_deleted(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "src"))
            stale = os.path.join(d, "src", "gone.cc")
            with open(stale, "w") as f:
                f.write("x")
            generate.write_tree(d, self.files)
            self.assertFalse(os.path.exists(stale))
            self.assertTrue(os.path.exists(os.path.join(d, "src", "synthetic_tagged.cc")))


DRIVER = r"""
#include <cstdio>
#include "gannet/protocol/messages/synthetic_tagged.h"
using namespace gannet::protocol;
template <class M> static bool rt(const M& m, int v, std::size_t expect_size = 0) {
  gannet::outbound_frame f; writer w(f); m.encode(w, static_cast<std::int16_t>(v));
  if (!w.ok() || m.size(static_cast<std::int16_t>(v)) != f.bytes.size()) return false;
  if (expect_size && f.bytes.size() != expect_size) return false;
  M back; reader r(f.bytes); back.decode(r, static_cast<std::int16_t>(v));
  return r.ok() && r.remaining() == 0 && back == m;
}
int main() {
  int failures = 0;
  for (int v = 0; v <= 3; ++v) {
    synthetic_tagged_request m;
    m.id = 7; m.name = "n"; m.items.emplace().push_back({.key = "k", .values = {1, 2}, .note = v >= 3 ? "t" : ""});
    if (v >= 1) m.maybe.emplace().x = 3;
    if (v >= 2) { m.tagged_inner.emplace().y[0] = 1; m.epoch = 99; }
    if (v <= 1) m.only_old = false;
    if (!rt(m, v)) { std::printf("round trip v%d failed\n", v); ++failures; }
    m.maybe.reset(); m.tagged_inner.reset();
    if (v >= 1 && !rt(m, v)) { std::printf("null structs v%d failed\n", v); ++failures; }
  }
  {
    synthetic_tagged_request m;  // defaults at v3: nothing tagged is written
    gannet::outbound_frame f; writer w(f); m.encode(w, 3);
    // id 4, name null 1, items [] 1, maybe null marker 1, payload 1, size 1, tags 1
    if (f.bytes.size() != 10) { std::printf("default size %zu\n", f.bytes.size()); ++failures; }
  }
  {
    synthetic_tagged_request m; m.only_old = false;  // non-default, non-ignorable, absent in v2
    gannet::outbound_frame f; writer w(f); m.encode(w, 2);
    if (w.ok()) { std::printf("ignorable check failed\n"); ++failures; }
  }
  {
    synthetic_tagged_request m; m.items.emplace().push_back({.key = "k", .values = {}, .note = "x"});
    gannet::outbound_frame f; writer w(f); m.encode(w, 2);  // note is ignorable: dropped silently
    if (!w.ok()) { std::printf("ignorable field refused\n"); ++failures; }
  }
  {
    synthetic_tagged_response m; m.error_code = error_code::corrupt_message;
    if (!rt(m, 0) || !rt(m, 3)) { std::printf("response failed\n"); ++failures; }
  }
  return failures;
}
"""


@unittest.skipUnless(shutil.which("c++"), "no C++ compiler")
class GeneratedCodeCompilesTest(unittest.TestCase):
    def test_generated_code_compiles_and_round_trips(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "gen")
            generate.write_tree(out, generate.generate(SCHEMAS, out, test_shards=1))
            drv = os.path.join(d, "driver.cc")
            with open(drv, "w") as f:
                f.write(DRIVER)
            exe = os.path.join(d, "driver")
            cmd = ["c++", "-std=c++20", "-O0", "-Wall", "-Wextra", "-Werror", "-I", os.path.join(REPO, "include"),
                   "-I", os.path.join(out, "include"), drv, os.path.join(out, "src", "synthetic_tagged.cc"),
                   os.path.join(REPO, "src", "protocol", "records.cc"), "-o", exe]
            res = subprocess.run(cmd, capture_output=True, text=True)
            self.assertEqual(res.returncode, 0, res.stderr[-3000:])
            run = subprocess.run([exe], capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stdout)


if __name__ == "__main__":
    unittest.main()
