-- utf8: char, charpattern, codes, codepoint, len, offset; invalid sequences and lax mode
local function hex(s) return (s:gsub(".", function(c) return string.format("%02X ", c:byte()) end)) end
print(utf8.charpattern == "[\0-\x7F\xC2-\xFD][\x80-\xBF]*", hex(utf8.charpattern))
for _, c in ipairs({0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x1FFFFF, 0x200000,
                    0x3FFFFFF, 0x4000000, 0x7FFFFFFF, 0xD800, 0xDFFF}) do
  print(string.format("%X", c), hex(utf8.char(c)))
end
print(utf8.char(), utf8.char(72, 101, 108, 108, 111), utf8.char(0x4E2D, 0x6587))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, "a"))
local s = "aé€𝄞z"
print(#s, utf8.len(s), utf8.len(s, 2), utf8.len(s, 3), utf8.len(s, -1), utf8.len(s, -5), utf8.len(s, 1, 1), utf8.len(""))
print(utf8.len(s, #s + 1), pcall(utf8.len, s, #s + 2))
print(pcall(utf8.len, s, 0))
print(utf8.codepoint(s), utf8.codepoint(s, 2), utf8.codepoint(s, 1, -1))
print(pcall(utf8.codepoint, s, 3))
print(pcall(utf8.codepoint, s, 1, #s + 1))
print(utf8.codepoint(s, 5, 4))
for p, c in utf8.codes(s) do io.write(p, ":", c, " ") end
print()
for p, c in utf8.codes("") do print("never", p, c) end
for i = -8, 14 do io.write(tostring(utf8.offset(s, i)), " ") end
print()
for i = 1, #s + 1 do io.write(tostring(utf8.offset(s, 0, i)), " ") end
print()
for i = 1, #s + 1 do io.write(tostring(select(2, pcall(utf8.offset, s, 1, i))), ",", tostring(select(2, pcall(utf8.offset, s, -1, i))), " ") end
print()
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, 1, #s + 2))
print(pcall(utf8.offset, s, 1, 0))
print(utf8.offset("", 1), utf8.offset("", 0), utf8.offset("", -1), utf8.offset("abc", 5), utf8.offset("abc", -4))
-- invalid sequences
local bad = {"\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xC2", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
             "\xED\xBF\xBF", "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF8\x88\x80\x80\x80", "\xFC\x84\x80\x80\x80\x80",
             "\xFE", "\xFF", "a\x80b", "\xE2\x82", "\xF7\xBF\xBF\xBF", "\xFD\xBF\xBF\xBF\xBF\xBF", "ok"}
for _, b in ipairs(bad) do
  local strict = table.pack(utf8.len(b))
  local lax = table.pack(utf8.len(b, 1, -1, true))
  local cp = table.pack(pcall(utf8.codepoint, b, 1, -1))
  local cpl = table.pack(pcall(utf8.codepoint, b, 1, -1, true))
  print(hex(b), table.unpack(strict, 1, strict.n))
  print("", table.unpack(lax, 1, lax.n))
  print("", table.unpack(cp, 1, cp.n))
  print("", table.unpack(cpl, 1, cpl.n))
  local ok, e = pcall(function() local t = {} for p, c in utf8.codes(b) do t[#t + 1] = p .. "=" .. c end return table.concat(t, ",") end)
  print("", ok, e)
  ok, e = pcall(function() local t = {} for p, c in utf8.codes(b, true) do t[#t + 1] = p .. "=" .. c end return table.concat(t, ",") end)
  print("", ok, e)
end
-- charpattern walks
local n = 0
for ch in ("añ€😀"):gmatch(utf8.charpattern) do n = n + 1 io.write(hex(ch), "| ") end
print(n)
print(utf8.char(0x7FFFFFFF) == "\u{7FFFFFFF}", "\u{48}\u{E9}\u{20AC}\u{1F600}")
print(utf8.len("\u{7FFFFFFF}"), utf8.len("\u{7FFFFFFF}", 1, -1, true), utf8.codepoint("\u{7FFFFFFF}", 1, 1, true))
print(utf8.len("\u{10FFFF}\u{110000}"), utf8.len("\u{10FFFF}\u{110000}", 1, -1, true))
-- codes and a continuation byte after a full sequence
print(pcall(function() for _ in utf8.codes("a\x80") do end end))
print(pcall(function() for _ in utf8.codes("é\x80") do end end))
print(pcall(function() for _ in utf8.codes("\xC3") do end end))
