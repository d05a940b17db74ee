-- patterns: character classes over all 256 bytes (C locale ctype), sets, %b, %f, anchors, captures, gsub
local function ranges(cls)
  local out, start = {}, nil
  for b = 0, 256 do
    local m = b < 256 and string.find(string.char(b), "^" .. cls .. "$") ~= nil
    if m and not start then start = b end
    if not m and start then out[#out + 1] = start == b - 1 and tostring(start) or (start .. "-" .. (b - 1)) start = nil end
  end
  return table.concat(out, ",")
end
for _, c in ipairs({"a", "c", "d", "g", "l", "p", "s", "u", "w", "x"}) do
  print("%" .. c, ranges("%" .. c))
  print("%" .. c:upper(), ranges("%" .. c:upper()))
  print("[%" .. c .. "]", ranges("[%" .. c .. "]"), "[^%" .. c .. "]", ranges("[^%" .. c .. "]"))
end
print(".", ranges("."), "%z?", ranges("[%z]"))
print("[a-f]", ranges("[a-f]"), "[%a_]", ranges("[%a_]"), "[^%s%d]", ranges("[^%s%d]"), "[]]", ranges("[]]"))
print("[^]]", ranges("[^]]"), "[a-]", ranges("[a-]"), "[-a]", ranges("[-a]"), "[%-]", ranges("[%-]"), "[\200-\255]", ranges("[\200-\255]"))
print("%.", ranges("%."), "%%", ranges("%%"), "%]", ranges("%]"), "[%]]", ranges("[%]]"), "[z-a]", ranges("[z-a]"))
-- string.upper/lower use toupper/tolower
local all = {} for b = 0, 255 do all[#all + 1] = string.char(b) end
all = table.concat(all)
local up, lo = all:upper(), all:lower()
local diffs = {}
for b = 1, 256 do if up:byte(b) ~= b - 1 then diffs[#diffs + 1] = (b - 1) .. ">" .. up:byte(b) end end
print("upper", #diffs, diffs[1], diffs[#diffs])
diffs = {}
for b = 1, 256 do if lo:byte(b) ~= b - 1 then diffs[#diffs + 1] = (b - 1) .. ">" .. lo:byte(b) end end
print("lower", #diffs, diffs[1], diffs[#diffs])
-- find
local s = "hello world from Lua 5.4"
print(s:find("o"), s:find("o", 6), s:find("o", -3), s:find("xyz"), s:find(""), s:find("", 100), s:find("", #s + 1))
print(s:find("o w", 1, true), s:find("%d", 1, true), s:find("5.4", 1, true), s:find("(", 1, true), s:find("", 0))
print(s:find("(%a+) (%a+)"), s:find("^hello"), s:find("^world"), s:find("Lua 5%.4$"), s:find("%d$"))
print(s:find("l+"), s:find("l*"), s:find("l-o"), s:find("x?h"), s:find("wor?ld"), s:find("o", -100))
print(("aaa"):find("a-", 2), ("aaa"):find("a-$"), ("a$b"):find("$b"), ("a^b"):find("a^"), ("^a"):find("^^a"))
-- match
print(("key=val"):match("(%w+)=(%w+)"), ("  x  "):match("^%s*(.-)%s*$"), ("abc"):match("()b()"), ("abc"):match("().-()"))
print(("2024-01-15"):match("(%d+)-(%d+)-(%d+)"), ("[[x]]"):match("%[(%b[])%]"), ("f(a(b)c)d"):match("%b()"))
print(("hello"):match(".-(l+)(.*)"), ("hello"):match("((h)(e))"), ("abc"):match("(a)(b)(c)"), ("x"):match("()"))
print(("THE (quick) fox"):find("%f[%a]%a+"), ("THE (quick) fox"):match("%f[%l]%a+"), ("hello"):match("%f[%z]"))
print(("the cat sat"):gsub("%f[%w]%w+", string.upper), ("aXb"):match("%f[%u]."), ("end"):match("d%f[%z]"))
print(("abcabc"):match("(abc)%1"), ("abab"):match("(ab)%1"), ("aa"):match("(a)%1"), ("xyzxy"):match("(x(y))%2"))
print(("  nested ((parens) here) x"):match("%b()"), ("no close ("):match("%b()"), ("[a][b]"):match("%b[]"), ("<<>>"):match("%b<>"))
print(("hello"):match("h(.)"), ("hello"):match("h.-(o)"), ("héllo"):match("h(.)"), ("a.b"):match("%.(.)"))
print(("abc"):match("b", 3), ("abc"):match("b", -2), ("abc"):match("^b", 2), ("abc"):match("", 4), ("abc"):match("", 5))
-- gmatch
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, v, ";") end
print()
for w in ("one two  three"):gmatch("%a*") do io.write("[", w, "]") end
print()
for p in ("abc"):gmatch("()") do io.write(p, " ") end
print()
for a, b in ("xaxbxc"):gmatch("x()(.)") do io.write(a, b, " ") end
print()
for w in ("hello world"):gmatch("^%a+") do io.write(w, "|") end
print()
for w in ("abcdef"):gmatch("..", 3) do io.write(w, "|") end
print()
-- gsub
print(("hello world"):gsub("o", "0"), ("hello world"):gsub("o", "0", 1), ("hello"):gsub("", "-"), ("abc"):gsub(".", "%0%0"))
print(("hello world"):gsub("(%w+) (%w+)", "%2 %1"), ("abc"):gsub("%w", "%%"), ("a.b"):gsub("%.", "%%%%"))
print(("$name is $age"):gsub("%$(%w+)", {name = "Bob", age = 42}), ("$x $y"):gsub("%$(%w+)", {x = false}))
print(("1 2 3"):gsub("%d", function(d) return d * 2 end), ("a b c"):gsub("%a", function(c) if c == "b" then return nil end return c:upper() end))
print(("abc"):gsub("", "/"), ("abc"):gsub("b*", "-"), ("αβγ"):gsub(utf8.charpattern, "<%0>"))
print(("hello"):gsub("l", {l = 1.5}), ("hello"):gsub("(l)(l)", "%2%1"), ("x = 1"):gsub("%s*=%s*", "="))
print(("abc"):gsub("(b)", "[%1]", 0), ("abc"):gsub("a", "z", -1), ("abc"):gsub("()", "%1"))
print(pcall(string.gsub, "abc", "(b)", "%2"))
print(pcall(string.gsub, "abc", "b", "%"))
print(pcall(string.gsub, "abc", "b", "%x"))
print(pcall(string.gsub, "abc", "b", {b = {}}))
print(pcall(string.gsub, "abc", "b", function() return {} end))
print(pcall(string.gsub, "abc", "b", true))
-- malformed patterns
for _, p in ipairs({"(", "%", "[a", "[", "(()", "%b", "%ba", "%f", "%fa", "%1", "(a)%2", "a)", "[%", "[a-", "%g(", "(()))",
                    "%0", "(a%1)"}) do
  print(p, pcall(string.find, "abc(a)", p))
end
print(pcall(string.rep, "x", -1), ("x"):rep(0), ("ab"):rep(3, ","), ("ab"):rep(1, ","))
-- many captures
local caps = ("a"):rep(32)
print(select("#", caps:match(("(a)"):rep(32))))
print(pcall(string.match, ("a"):rep(33), ("(a)"):rep(33)))
-- backtracking limits stay deterministic
print(("a"):rep(30):match("(a*)*b"), (("a"):rep(20) .. "b"):match("^(a-)b$"))
print(string.format("%q", ("\0\1\2abc"):gsub("%c", "?")))
print(("x\0y\0z"):gsub("%z", "0"), ("x\0y"):find("\0", 1, true), ("x\0y"):find("%z"), ("a\0b"):match("[%z]"))
print(("\0\0"):len(), ("a\0b"):upper(), #("a\0b"):rep(3, "\0"))
