-- numbers: integer/float conversion, tostring/tonumber edge values, //, %, fmod, tointeger, ult, comparisons
-- (the sign of a NaN is the CPU's, so NaNs print as "nan")
local function nonan(s) return (tostring(s):gsub("%-nan", "nan")) end
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    if v ~= v then t[i] = "nan"
    elseif math.type(v) == "float" then t[i] = string.format("%s(%s)", string.format("%.17g", v), math.type(v))
    else t[i] = tostring(v) .. (math.type(v) and "(" .. math.type(v) .. ")" or "") end
  end
  print(table.concat(t, " "))
end
-- tonumber of strings
local strs = {"10", "  10  ", "\t\n10\v\f\r", "10 x", "", " ", "0x10", "0X1F", "-0x10", "0x", "0x.8", "0x8.", "0x.", "0xA.8p1",
              "0x1p-1074", "0x1p-1075", "0x1p1024", "0x1.fffffffffffffp1023", "0x.1p4", "0x1P+2", "0x1p", "1e400", "-1e400",
              "1e-400", "1e", "1e+", ".5", "5.", ".", "-.5", "+5", "+-5", "--5", "1_000", "0x7fffffffffffffff",
              "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000", "9223372036854775807",
              "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616",
              "1" .. ("0"):rep(30), "0.1", "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324",
              "2.4703282292062328e-324", "2.4703282292062327e-324", "inf", "nan", "infinity", "0x1.8", "1E2", "1e+2",
              "0e0", "-0", "-0.0", "00012", "0012.5", "1.5e3", "  0x1p4  ", "0x1p4 z", "1 2", "0b101", "١", "12\0",
              "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "9007199254740993.0",
              "123456789012345678901234567890e-10", "0.000000000000000000000000000001e30", "1e-310", "8.5e-323",
              "3.14159265358979323846264338327950288", "0x123456789abcdef0123", "0x.000000000000000000001p84"}
for _, s in ipairs(strs) do
  io.write(string.format("%q", s), " ")
  show(tonumber(s))
end
-- tonumber with a base
show(tonumber("ff", 16), tonumber("FF", 16), tonumber("zz", 36), tonumber("Zz", 36), tonumber("777", 8), tonumber("102", 2))
show(tonumber("  11  ", 2), tonumber("-11", 2), tonumber("1.0", 10), tonumber("", 10), tonumber("7fffffffffffffff", 16))
show(tonumber("ffffffffffffffffff", 16), tonumber("10", 36), tonumber("-  1", 10), tonumber("0x10", 16), tonumber("1e1", 10))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, 10, 10))
print(pcall(tonumber))
show(tonumber(nil), tonumber(true), tonumber({}), tonumber(10), tonumber(1.5))
-- tostring
local vals = {0, -0.0, 0.0, 1, -1, 1.0, -1.0, 0.1, 1/3, -1/3, 100.0, 1e14, 1e15, 1e16, 123456789012.0, 2^53, 2^63, -2^63,
              2^64, 1e100, 1e-5, 1e-4, 0.0001234, 123e-20, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              math.huge, -math.huge, math.pi, -math.pi, math.maxinteger, math.mininteger, 3.0, -3.5, 1e300 * 1e10,
              255 / 256, 12345678901234567890, 0x7fffffffffffffff, 0xffffffffffffffff, 0x1p-2}
for _, v in ipairs(vals) do io.write(tostring(v), " ", math.type(v), " ", string.format("%.14g", v), "; ") end
print()
print(nonan(0/0), nonan(-(0/0)), math.type(0/0), 0/0 ~= 0/0)
-- integer overflow wraps
show(math.maxinteger + 1 == math.mininteger, math.mininteger - 1 == math.maxinteger, math.maxinteger * 2, math.mininteger * -1)
show(-math.mininteger, math.mininteger // -1, math.mininteger % -1, math.abs(math.mininteger), 1 << 63, (1 << 63) - 1, 1 << 64)
show(5 // 0.0, -5 // 0.0, 0/0 == 0/0, 5 % math.huge, -5 % math.huge, 5 % -math.huge, -5 % -math.huge)
print(pcall(function() return 5 // 0 end))
print(pcall(function() return 5 % 0 end))
print(pcall(function() return 1 < "2" end))
-- // and %
for _, a in ipairs({7, -7, 7.5, -7.5, 0, 3}) do
  for _, b in ipairs({2, -2, 2.5, -2.5, 3, 0.0}) do
    io.write(nonan(string.format("%s//%s=%s %s%%%s=%s; ", a, b, a // b, a, b, a % b)))
  end
  print()
end
show(3 % -0.0, -0.0 % 3, 0.0 // -1, -0.0 // 1, 1e308 % 3, 5.3 % 2, -5.3 % 2, 2^53 % 3, math.mininteger % 3, math.maxinteger // 7)
-- fmod
show(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3), math.fmod(7.5, 2), math.fmod(-7.5, 2))
show(math.fmod(1, 0.0), math.fmod(0, 3), math.fmod(5, math.huge), math.fmod(math.huge, 2), math.fmod(-0.0, 1), math.fmod(1e308, 1e-308))
show(math.fmod(math.mininteger, -1), math.fmod(math.mininteger, math.maxinteger), math.fmod(math.maxinteger, math.mininteger), math.fmod(3, 2^60))
show(math.fmod(5.0, 3), math.fmod(1e20, 7), math.fmod(2^63, 10), math.fmod(0.3, 0.1), math.fmod(-1e-310, 3e-320))
print(pcall(math.fmod, 1, 0))
print(pcall(math.fmod, 1))
-- tointeger, floor, ceil
for _, v in ipairs({3.0, 3.5, -3.5, 2^53, 2^63, -2^63, 2^62, 1e100, -0.0, math.huge, -math.huge, 0/0, "8", "8.0", 7, math.maxinteger + 0.0}) do
  io.write(tostring(math.tointeger(v)), " ")
  local ok, f = pcall(math.floor, v) io.write(nonan(ok and (tostring(f) .. math.type(f)) or f), " ")
  ok, f = pcall(math.ceil, v) print(nonan(ok and (tostring(f) .. math.type(f)) or f))
end
show(math.floor(-0.5), math.ceil(-0.5), math.floor(1e15 + 0.5), math.ceil(2^52 + 0.5), math.floor(-2^63 - 1025), math.ceil(2^63 - 1024))
show(math.abs(-0.0), math.abs(-2^63), math.max(1, 2.0), math.min(1, 1.0), math.max(-0.0, 0.0), math.min(0.0, -0.0), math.max(3))
print(pcall(math.max))
-- ult and comparisons int vs float
show(math.ult(1, 2), math.ult(-1, 2), math.ult(2, -1), math.ult(math.maxinteger, math.mininteger), math.ult(0, 0))
local cmp = {math.maxinteger, math.maxinteger + 0.0, 2^63, math.mininteger, -2^63, 2^53, 2^53 + 1, (2^53 + 1) + 0.0, 1, 1.0,
             0.5, -0.0, 0, math.huge, -math.huge, 0/0}
for i = 1, #cmp do
  local row = {}
  for j = 1, #cmp do
    local a, b = cmp[i], cmp[j]
    row[#row + 1] = (a < b and "<" or "") .. (a <= b and "=" or "") .. (a == b and "e" or "") .. (a > b and ">" or "")
  end
  print(table.concat(row, " "))
end
show(1 == 1.0, math.maxinteger == 2^63, math.maxinteger < 2^63, math.mininteger == -2^63, 2^53 + 1 == (2^53 + 1) + 0.0)
-- string -> number coercions
show("10" + 1, "10" + 1.0, "3" * "4", "2" ^ 2, "0x10" + 0, " 5 " * 2, "1e2" + 0, 10 .. "", 1.5 .. "|", -0.0 .. "", "10" // "3")
show("7" % "2", -"2", -"2.0", "1" < "2", 10 == "10", "abc" < "abd", "" < "a", "Z" < "a", "a\0b" < "a\0c", "a" < "a\0")
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
print(pcall(function() return "1" | 2 end), pcall(function() return "1.0" | 2 end))
print(pcall(function() return "1.5" | 2 end))
print(pcall(function() return 1.5 | 2 end))
print(pcall(function() return 2^63 | 0 end))
print(pcall(function() return "9223372036854775808" | 0 end))
-- bitwise
show(5 & 3, 5 | 3, 5 ~ 3, ~5, 1 << 62, 1 << 63, 1 << 64, -1 >> 1, -1 >> 63, -1 >> 64, 1 << -1, 2 >> -1, 3.0 | 0)
-- integer for-loops at the edges
local n = 0
for i = math.maxinteger - 2, math.maxinteger do n = n + 1 end
for i = math.mininteger, math.mininteger + 2 do n = n + 1 end
for i = math.mininteger + 2, math.mininteger, -1 do n = n + 1 end
for i = 1, 0 do n = n + 100 end
for i = math.maxinteger, math.maxinteger - 1 do n = n + 100 end
for i = 0, math.maxinteger, math.maxinteger // 2 do n = n + 1 end
for i = math.mininteger, math.maxinteger, math.maxinteger do n = n + 1 end
for i = 1, 3.5 do n = n + 1 end
for i = 1.0, 2 do n = n + 1 io.write(math.type(i), " ") end
for i = 3, 1.5, -1 do n = n + 1 end
for i = 1, math.huge do n = n + 1 if i > 5 then break end end
for i = 1, -math.huge do n = n + 100 end
for i = 0.1, 0.35, 0.1 do io.write(i, " ") end
print(n)
print(pcall(function() for i = 1, 10, 0 do end end))
print(pcall(function() for i = 1.0, 10, 0.0 do end end))
print(pcall(function() for i = "a", 10 do end end))
print(pcall(function() for i = 1, {} do end end))
-- %.14g and %g boundaries
for e = -6, 17 do io.write(string.format("%.14g", 1.5 * 10^e), " ") end
print()
for _, v in ipairs({0.1, 0.2, 0.3, 1/7, 1e21, 1e-7, 123456.789, 1234567.0, 99999999999999.9, 999999999999999.9, 0.000099999999999999999}) do
  io.write(string.format("%.14g|%g|%.3g|%.20g", v, v, v, v), " ")
end
print()
-- math constants and functions
show(math.pi, math.huge, -math.huge, math.maxinteger, math.mininteger)
show(math.sqrt(2), math.sqrt(-1) ~= math.sqrt(-1), math.exp(1), math.log(1), math.log(8, 2), math.log(100, 10), math.log(27, 3), math.log(0))
show(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(-1), math.atan(1), math.atan(1, -1), math.atan(-0.0, -1), math.atan(0, 0))
show(2^0.5, 2^-1, (-8)^(1/3) ~= (-8)^(1/3), 0^0, 10^308 * 10, 2^1023 * 2, 2^-1074, 2^-1075)
math.randomseed(42)
local r = {} for i = 1, 5 do r[i] = math.random(1, 1000) end
print(table.concat(r, " "), math.random(0) ~= nil, math.random() < 1)
math.randomseed(123, 456)
print(math.random(10), math.random(100), math.random(math.mininteger, math.maxinteger), string.format("%.17g", math.random()))
print(pcall(math.random, 2, 1), pcall(math.random, 1, 2, 3))
