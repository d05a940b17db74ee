-- string.pack, string.unpack, string.packsize: options, endianness, alignment, limits, errors
local pack, unpack, packsize = string.pack, string.unpack, string.packsize
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  for i = 2, r.n do if type(r[i]) == "string" and f ~= unpack then r[i] = hex(r[i]) end end
  print(table.unpack(r, 1, r.n))
end
local function P(fmt, ...)
  local ok, s = pcall(pack, fmt, ...)
  if not ok then print(fmt, "error: " .. s) return end
  print(fmt, hex(s), #s, packsize and pcall(packsize, fmt))
  print("", pcall(unpack, fmt, s))
end
-- integers of every size and both byte orders
for _, fmt in ipairs({"b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "i1", "i2", "i3", "i4", "i5",
                      "i6", "i7", "i8", "I1", "I3", "I7", "I8"}) do
  P("<" .. fmt, 1)
  P(">" .. fmt, 1)
  P("=" .. fmt, 100)
  P("<" .. fmt, -2)
end
P("<i16", -1)
P(">i16", 1)
P("<I16", 0x7fffffffffffffff)
P("<i9", math.mininteger)
P(">i12", math.maxinteger)
P("<i16", math.mininteger)
-- limits
for n = 1, 8 do
  local lim = 1 << (n * 8 - 1)
  if n == 8 then
    P("<i8", math.maxinteger) P("<i8", math.mininteger)
  else
    P("<i" .. n, lim - 1)
    P("<i" .. n, -lim)
    print(n, pcall(pack, "<i" .. n, lim))
    print(n, pcall(pack, "<i" .. n, -lim - 1))
    P("<I" .. n, (1 << (n * 8)) - 1)
    print(n, pcall(pack, "<I" .. n, 1 << (n * 8)))
  end
end
print(pcall(pack, "i0", 1))
print(pcall(pack, "i17", 1))
print(pcall(pack, "I17", 1))
print(pcall(pack, "i100", 1))
-- unpacking wide integers that do not fit
print(pcall(unpack, "<i9", ("\255"):rep(9)))
print(pcall(unpack, "<i9", "\1" .. ("\0"):rep(8)))
print(pcall(unpack, "<i9", ("\0"):rep(8) .. "\1"))
print(pcall(unpack, "<I9", ("\255"):rep(8) .. "\0"))
print(pcall(unpack, "<I9", ("\255"):rep(8) .. "\1"))
print(pcall(unpack, "<i16", ("\255"):rep(16)))
print(pcall(unpack, ">i16", ("\0"):rep(15) .. "\5"))
print(pcall(unpack, ">i16", ("\0"):rep(7) .. "\128" .. ("\0"):rep(8)))
-- floats
for _, v in ipairs({0.0, -0.0, 1.0, -2.5, 0.1, 1/3, 1e300, 5e-324, math.huge, -math.huge, 3.4028234663852886e38, 1e-45}) do
  P("<f", v) P(">d", v) P("=n", v)
end
print(string.format("%.17g", unpack("<f", pack("<f", 0.1))))
print(unpack("<f", pack("<f", 1e40)), unpack("<f", pack("<f", -1e40)))
local n = unpack("<d", pack("<d", 0/0)) print(n ~= n)
-- strings
P("z", "hello")
P("s", "hello")
P("s1", "hi")
P(">s2", "hi")
P("<s4", "")
P("s8", "abc")
P("c5", "abc")
P("c3", "abc")
P("c0", "")
print(pcall(pack, "c2", "abc"))
print(pcall(pack, "z", "a\0b"))
print(pcall(pack, "s1", ("x"):rep(256)))
P("s1", ("x"):rep(255))
print(pcall(unpack, "z", "abc"))
print(pcall(unpack, "c4", "abc"))
print(pcall(unpack, "s1", "\5abc"))
print(pcall(pack, "c", "a"))
print(pack("c1", "a"))
-- alignment, padding, x and X
P("!<i1i8", 1, 2)
P("!4<i1i8", 1, 2)
P("!2<i1i8", 1, 2)
P("!8<i1i2i1i4i1i8", 1, 2, 3, 4, 5, 6)
P("!<bd", 1, 2.0)
P("!<bXi8", 1)
P("!<bXdb", 1, 2)
P("<bXi2", 1)
P("<i1x", 1)
P("<i1xxxi1", 1, 2)
P("!8 < i3 X i8", 7)
print(pcall(pack, "!3i4", 1))
print(pcall(pack, "!17", 1))
print(pcall(pack, "!<i1i3", 1, 2))
print(pcall(pack, "!4<i1i3", 1, 2))
print(pcall(pack, "X", 1))
print(pcall(pack, "Xz", 1))
print(pcall(pack, "Xc1", 1))
print(pcall(pack, "bX", 1))
print(pcall(pack, "!4 i3", 1))
-- spaces, default endianness, multiple values
P(" < i2 > i2 = i2 ", 1, 2, 3)
print(packsize(""), packsize("i4i8"), packsize("!i1i8"), packsize("!4i1d"), packsize("c10i1"), packsize("<!8i1i16"))
print(pcall(packsize, "s"))
print(pcall(packsize, "z"))
print(pcall(packsize, "c" .. (1 << 31)))
print(pcall(packsize, ("c2147483647"):rep(2)))
print(pcall(packsize, "w"))
print(pcall(pack, "i", "x"))
print(pcall(pack, "i", 1.5))
print(pcall(pack, "i", 2.0))
print(pcall(pack, "d", "1.5"))
print(pcall(pack, "d"))
print(pcall(pack, "i4i4", 1))
print(pcall(pack, "c5"))
-- unpack positions
local s = pack("<i2i2i2", 1, 2, 3)
print(unpack("<i2", s), unpack("<i2", s, 3), unpack("<i2", s, -2), unpack("<i2", s, 5))
print(pcall(unpack, "<i2", s, 6))
print(pcall(unpack, "<i2", s, 0))
print(pcall(unpack, "<i2", s, 8))
print(pcall(unpack, "<i2", s, -10))
print(unpack("<i2", s, 7 - 2))
print(unpack("", s), unpack("", s, 7))
print(pcall(unpack, "", s, 8))
print(unpack("<i2i2i2", s))
print(unpack("!4 i1 Xi4 i4", pack("!4 i1 Xi4 i4", 9, 10)))
print(pcall(unpack, "i4", "abc"))
print(unpack("zzz", "a\0bc\0\0"))
print(unpack("<I3", "\1\2\3"), unpack(">I3", "\1\2\3"))
print(unpack("<h", "\255\127"), unpack("<h", "\0\128"), unpack("<H", "\0\128"))
print(unpack("b", "\200"), unpack("B", "\200"))
-- round trips
for i = -300, 300, 7 do assert(unpack("<i2", pack("<i2", i)) == i) assert(unpack(">j", pack(">j", i * 1000003)) == i * 1000003) end
for _, v in ipairs({math.maxinteger, math.mininteger, 0, -1, 1 << 40}) do
  for sz = 8, 16 do assert(unpack("<i" .. sz, pack("<i" .. sz, v)) == v) assert(unpack(">i" .. sz, pack(">i" .. sz, v)) == v) end
end
print("round trips ok")
