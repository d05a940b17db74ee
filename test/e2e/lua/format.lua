-- string.format: every conversion, flags, widths, precisions, edge values
local F = string.format
local function show(fmt, ...)
  local ok, r = pcall(F, fmt, ...)
  print(fmt, ok and ("[" .. r .. "]") or ("error: " .. r))
end
-- integers
for _, v in ipairs({0, 1, -1, 42, -42, 255, 65535, math.maxinteger, math.mininteger}) do
  for _, f in ipairs({"%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d",
                      "%-+8d|", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%08x", "%.0d", "%20.15d"}) do
    show(f, v)
  end
end
show("%u", 42)
show("%d", 3.0)
show("%d", 3.5)
show("%x", "0x10")
show("%d", "12")
-- characters
for _, c in ipairs({65, 97, 48, 32, 126}) do show("%c", c) end
show("%5c|%-5c|", 66, 67)
print(#F("%c", 0), F("%c", 0) == "\0")
-- floats
local floats = {0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 123.456, 1e-5, 1e-300, 5e-324, 2.2250738585072014e-308,
                1e15, 1e16, 1e17, 1e22, 1e100, 1e300, 1.7976931348623157e308, 9007199254740993.0,
                0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1e21, 123456789012345678.0, 4.35, 0.045, 2^63, -2^63}
local ffmt = {"%e", "%E", "%.0e", "%.3e", "%+.2e", "%12.4e", "%f", "%.0f", "%.1f", "%.2f", "%.10f",
              "%#.0f", "%+f", "% f", "%010.3f", "%-12.2f|", "%g", "%G", "%.0g", "%.1g", "%.3g",
              "%.10g", "%.14g", "%.17g", "%#g", "%#.3g", "%+g", "%a", "%A", "%.0a", "%.3a", "%+a", "%#a",
              "%20.10a", "%-20a|"}
for _, v in ipairs(floats) do
  for _, f in ipairs(ffmt) do show(f, v) end
end
-- %.99f is Lua's widest precision
show("%.99f", 1/3)
show("%99.2f", 1.0)
show("%.60e", 0.1)
show("%.99g", 0.1)
show("%.40f", 5e-324)
show("%f", 1e308)
show("%.20a", 0.1)
-- inf and nan
local inf, nan = math.huge, 0/0
for _, f in ipairs({"%f", "%e", "%g", "%a", "%E", "%G", "%A", "%F", "%10f|", "%-10f|", "%+f", "% f", "%010f", "%.3f"}) do
  show(f, inf)
  show(f, -inf)
end
print((F("%f", nan):gsub("-", "")), (F("%.1f", -nan):gsub("-", "")), (F("%10.3e|", nan):gsub("-", " ")))
print(tostring(inf), tostring(-inf), tostring(1e308 * 10))
-- strings
show("%s", "hello")
show("%10s|", "hi")
show("%-10s|", "hi")
show("%.2s", "hello")
show("%8.3s|", "hello")
show("%s", 12)
show("%s", 1.5)
show("%s", true)
show("%s", nil)
show("%s", "a\0b")
show("%5s", "a\0b")
show("%s %s %s", 1, 2, 3)
show("%%")
show("%5%")
show("%d %d", 1)
show("%y", 1)
show("%100d", 1)
show("%.100f", 1)
show("%-", 1)
show("%d", "x")
show("%d", 2^63)
show("%c", "x")
show("%10.3q", "a")
print(pcall(F, "%s", setmetatable({}, {__tostring = function() return "T!" end})))
print(pcall(F, "%s", setmetatable({}, {__tostring = function() return 1 end})))
print(F("%s", setmetatable({}, {__name = "MyType"})):match("^MyType: ") ~= nil)
-- %q
local qs = {"plain", "quote\"s", "back\\slash", "new\nline", "cr\rret", "tab\t", "nul\0byte", "\0001", "\0a",
            "\1\2\31\127", "\200\255", "end\0", "\0", "é", "\r\n", "9\0009"}
for _, s in ipairs(qs) do print(F("%q", s)) end
for _, v in ipairs({0, 1, -1, math.maxinteger, math.mininteger, 255}) do print(F("%q", v)) end
for _, v in ipairs({0.0, -0.0, 1.0, 0.5, 0.1, 1/3, 1e100, -1e-100, 2^53, 2^63, math.huge, -math.huge, 5e-324,
                    1.7976931348623157e308, 3.14159}) do
  print(F("%q", v), load("return " .. F("%q", v))() == v)
end
print(F("%q", 0/0))
print(F("%q", true), F("%q", false), F("%q", nil))
print(pcall(F, "%q", {}))
print(pcall(F, "%q", print))
-- round trips
for _, v in ipairs(floats) do
  assert(tonumber(F("%.17g", v)) == v, v)
  assert(tonumber(F("%a", v)) == v, v)
  assert(load("return " .. F("%q", v))() == v)
end
print("round trips ok")
-- tostring uses %.14g
for _, v in ipairs(floats) do io.write(tostring(v), " ") end
print()
print(1e15, 1e16, -1e15, 123456789012345.0, 2^53, 2^63, 0.1 + 0.2, 100.0, -0.0, 1e-7)
-- many arguments and long results
print(F("%s-%d-%5.1f-%x-%q", "a", 2, 3.25, 255, "q"))
local fifty = {} for i = 1, 50 do fifty[i] = i end
print(#F("%099d", 7), #F("%-99s|", "x"), F(("%d"):rep(50), table.unpack(fifty)))
print(#F("%s", ("x"):rep(100000)))
print(F("%.3f", 2.0005), F("%.2f", 2.675), F("%.1f", 0.25), F("%.1f", 0.35), F("%.0f", 0.5), F("%.0f", 1.5), F("%.0f", 2.5))
